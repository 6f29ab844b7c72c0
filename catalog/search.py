"""Find anything by name: a column, table, system, party, activity or category.

The app's global search box calls :func:`search`; matching is a case-insensitive substring match done in
SQL for catalog objects (so it stays fast on 100,000 columns) and in memory for the 32 categories and the
register's parties and activities.
"""

from __future__ import annotations

from dataclasses import dataclass

import sqlalchemy as sa

from catalog.queries import column_path, live_columns
from catalog.store import Catalog, schema
from catalog.taxonomy import categories


@dataclass(frozen=True)
class Hit:
    """One search result; ``kind`` ∈ category|system|table|column|party|activity."""

    kind: str
    label: str
    system: str | None = None
    column_id: int | None = None
    category: int | None = None


KIND_ORDER = ("category", "system", "party", "activity", "table", "column")


def _like(text: str) -> str:
    escaped = text.lower().replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
    return f"%{escaped}%"


def search(catalog: Catalog, text: str, *, lang: str = "en", limit: int = 20) -> list[Hit]:
    """Objects whose name contains *text* (case-insensitive), categories and systems first.

    Categories match by id, Latvian or English name.

    >>> from catalog.store import open_catalog
    >>> [h.label for h in search(open_catalog("sqlite://"), "norēķ")]
    ['18. Billing and payment data']
    """
    text = text.strip()
    if not text:
        return []
    needle = text.lower()
    hits: list[Hit] = []
    for cat in categories():
        if needle == str(cat.id) or needle in cat.name_lv.lower() or needle in cat.name_en.lower():
            hits.append(Hit("category", f"{cat.id}. {cat.name(lang)}", category=cat.id))
    pattern = _like(text)
    with catalog.connect() as conn:
        for (name,) in conn.execute(
            sa.select(schema.system.c.name)
            .where(sa.func.lower(schema.system.c.name).like(pattern, escape="\\"))
            .order_by(schema.system.c.name)
            .limit(limit)
        ):
            hits.append(Hit("system", name, system=name))
        tables = (
            sa.select(schema.system.c.name, schema.tbl.c.schema_name, schema.tbl.c.name)
            .select_from(schema.tbl.join(schema.system, schema.tbl.c.system_id == schema.system.c.id))
            .where(schema.tbl.c.removed_at.is_(None), sa.func.lower(schema.tbl.c.name).like(pattern, escape="\\"))
            .order_by(schema.system.c.name, schema.tbl.c.name)
            .limit(limit)
        )
        for system, schema_name, table in conn.execute(tables):
            hits.append(Hit("table", column_path(system, schema_name, table), system=system))
        columns = (
            live_columns()
            .with_only_columns(
                schema.col.c.id, schema.system.c.name, schema.tbl.c.schema_name, schema.tbl.c.name, schema.col.c.name
            )
            .where(sa.func.lower(schema.col.c.name).like(pattern, escape="\\"))
            .order_by(schema.system.c.name, schema.tbl.c.name, schema.col.c.name)
            .limit(limit)
        )
        for column_id, system, schema_name, table, column in conn.execute(columns):
            hits.append(
                Hit("column", column_path(system, schema_name, table, column), system=system, column_id=column_id)
            )
    hits.extend(_register_hits(catalog, needle, lang))
    hits.sort(key=lambda h: KIND_ORDER.index(h.kind))
    return hits[:limit]


def _register_hits(catalog: Catalog, needle: str, lang: str) -> list[Hit]:
    from catalog.queries import register

    return register.search(catalog, needle, lang=lang)


__all__ = ["Hit", "search"]
