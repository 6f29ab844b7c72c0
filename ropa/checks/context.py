"""What the checks read, gathered once per :func:`ropa.reconcile.reconcile` call and shared by every check.

Reading the data map costs seconds on a catalog of 100,000 columns; each check used to read it again. A
:class:`CheckInput` reads each part lazily on first use and keeps it for the rest of the run, so a run
reads the map at most once, and a check that needs no map (e.g. transfers) costs nothing extra.

Only *confirmed* tags count as "held": a suggestion is a question for a person, not a fact, and is
reported separately (review queue). Declared systems (SaaS, files, paper) contribute the categories their
YAML declares, kept in ``system.properties["categories"]``.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, field
from functools import cached_property
from typing import Any

import sqlalchemy as sa

from catalog.queries import column_path, tagged_columns
from catalog.store import Catalog, schema
from catalog.store.schema_register import validation_result
from ropa.register.model import Register

DECLARED = "declared"
"""The evidence a declared (non-scannable) system gives for a category instead of a column path."""


@dataclass(frozen=True)
class Backing:
    """How one confirmed tag backs a category: the tag's source and confidence (never a value)."""

    source: str
    confidence: float


@dataclass
class SystemHoldings:
    """One system of the map and what it holds."""

    name: str
    kind: str
    owner: str | None
    hosting_party: str | None
    country: str | None
    properties: dict[str, Any]
    # category id -> evidence: column paths "system.schema.table.column", or DECLARED
    held: dict[int, list[str]] = field(default_factory=lambda: defaultdict(list))
    # column path -> the confirmed tag's source and confidence, per category
    backing: dict[tuple[int, str], Backing] = field(default_factory=dict)


def read_map(catalog: Catalog) -> dict[str, SystemHoldings]:
    """Every system of the catalog with the categories it holds and the columns that show it."""
    s, t, c, g = schema.system, schema.tbl, schema.col, schema.tag
    systems: dict[str, SystemHoldings] = {}
    with catalog.connect() as conn:
        for row in conn.execute(sa.select(s).order_by(s.c.name)):
            props = dict(row.properties or {})
            entry = SystemHoldings(row.name, row.kind, row.owner, row.hosting_party, row.country, props)
            for category in props.get("categories") or []:
                try:
                    entry.held[int(category)].append(DECLARED)
                except (TypeError, ValueError):
                    continue
            systems[row.name] = entry
        query = (
            tagged_columns()
            .with_only_columns(
                s.c.name,
                t.c.schema_name,
                t.c.name.label("table"),
                c.c.name.label("column"),
                g.c.category,
                g.c.source,
                g.c.confidence,
            )
            .where(g.c.status == "confirmed")
            .order_by(s.c.name, t.c.schema_name, t.c.name, c.c.position, c.c.name)
        )
        for row in conn.execute(query):
            entry = systems[row.name]
            cid, path = int(row.category), column_path(row.name, row.schema_name, row.table, row.column)
            entry.held[cid].append(path)
            entry.backing[(cid, path)] = Backing(row.source, round(float(row.confidence or 0), 3))
    return systems


def latest_validation(catalog: Catalog) -> list[Any]:
    """Every stored result row of the latest ``ropa validate`` run, in the order stored (empty before one)."""
    v = validation_result
    with catalog.connect() as conn:
        latest = conn.execute(sa.select(v.c.run_id).order_by(v.c.id.desc()).limit(1)).scalar()
        if latest is None:
            return []
        return list(conn.execute(sa.select(v).where(v.c.run_id == latest).order_by(v.c.id)).all())


class CheckInput:
    """The catalog and register a reconciliation run checks, with the parts of the map read once.

    >>> from catalog.store import open_catalog
    >>> from ropa.register import parse_text
    >>> facts = CheckInput(open_catalog("sqlite://"), parse_text("controller: {name: AS Example}"))
    >>> facts.systems, facts.validation
    ({}, [])
    """

    def __init__(self, catalog: Catalog, register: Register) -> None:
        self.catalog = catalog
        self.register = register

    @cached_property
    def systems(self) -> dict[str, SystemHoldings]:
        """The data map (see :func:`read_map`), read on first use."""
        return read_map(self.catalog)

    @cached_property
    def validation(self) -> list[Any]:
        """The latest Great Expectations run's stored rows (see :func:`latest_validation`)."""
        return latest_validation(self.catalog)

    def failed(self, *checks: str) -> list[Any]:
        """The latest run's failed results of the given expectation kinds, in stored order."""
        return [row for row in self.validation if row.check in checks and row.success is False]


__all__ = ["DECLARED", "Backing", "CheckInput", "SystemHoldings", "latest_validation", "read_map"]
