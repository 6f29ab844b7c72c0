"""ropa's catalog: systems, tables, columns, tags, lineage and the audit log, plus the Annex 1 taxonomy."""

from __future__ import annotations

from catalog.errors import RopaError
from catalog.taxonomy import Category, categories, category, load_categories

__all__ = ["Category", "RopaError", "categories", "category", "load_categories"]
