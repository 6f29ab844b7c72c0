"""The system page: one system's facts, its tables and columns with their categories, its lineage neighbours."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from typing import TYPE_CHECKING, Any

import sqlalchemy as sa

from catalog.queries import column_path, live_columns, tagged_columns
from catalog.queries.overview import ON_MAP
from catalog.store import Catalog, schema

if TYPE_CHECKING:
    import pandas as pd


def system_names(catalog: Catalog) -> list[str]:
    with catalog.connect() as conn:
        return [n for (n,) in conn.execute(sa.select(schema.system.c.name).order_by(schema.system.c.name))]


@dataclass(frozen=True)
class SystemSummary:
    name: str
    kind: str
    dialect: str | None
    url: str | None  # stored redacted
    owner: str | None
    hosting_party: str | None
    country: str | None
    description: str | None
    last_scanned_at: datetime | None
    tables: int
    columns: int
    personal_columns: int
    declared_categories: list[int]
    properties: dict[str, Any]


def system_summary(catalog: Catalog, name: str) -> SystemSummary | None:
    """Facts and counts of one system (``None`` when no system has that name)."""
    s = schema.system
    with catalog.connect() as conn:
        row = conn.execute(sa.select(s).where(s.c.name == name)).first()
        if row is None:
            return None
        tables = conn.execute(
            sa.select(sa.func.count())
            .select_from(schema.tbl)
            .where(schema.tbl.c.system_id == row.id, schema.tbl.c.removed_at.is_(None))
        ).scalar_one()
        columns = conn.execute(
            live_columns().with_only_columns(sa.func.count()).where(schema.system.c.id == row.id)
        ).scalar_one()
        personal = conn.execute(
            tagged_columns()
            .with_only_columns(sa.func.count(sa.distinct(schema.col.c.id)))
            .where(schema.system.c.id == row.id, schema.tag.c.status.in_(ON_MAP))
        ).scalar_one()
    props = dict(row.properties or {}) if isinstance(row.properties, dict) else {}
    declared = sorted({int(c) for c in props.get("categories") or [] if str(c).isdigit()})
    return SystemSummary(
        row.name, row.kind, row.dialect, row.url, row.owner, row.hosting_party, row.country, row.description,
        row.last_scanned_at, int(tables), int(columns), int(personal), declared, props,
    )  # fmt: skip


def system_columns(catalog: Catalog, name: str, *, only_personal: bool = False, limit: int = 5000) -> pd.DataFrame:
    """Tables and columns of a system with their categories (``1✓`` confirmed, ``2?`` suggested).

    Two queries (columns, then their tags) merged in memory: portable across SQLite, PostgreSQL and MySQL
    where string aggregation functions differ.
    """
    import pandas as pd

    columns_query = (
        live_columns()
        .with_only_columns(
            schema.col.c.id,
            schema.tbl.c.schema_name,
            schema.tbl.c.name,
            schema.tbl.c.kind,
            schema.col.c.name,
            schema.col.c.data_type,
            schema.col.c.comment,
        )
        .where(schema.system.c.name == name)
        .order_by(schema.tbl.c.schema_name, schema.tbl.c.name, schema.col.c.position)
    )
    tags_query = (
        tagged_columns()
        .with_only_columns(schema.tag.c.column_id, schema.tag.c.category, schema.tag.c.status)
        .where(schema.system.c.name == name, schema.tag.c.status.in_(ON_MAP))
        .order_by(schema.tag.c.category)
    )
    with catalog.connect() as conn:
        tags: dict[int, list[str]] = {}
        for column_id, category, status in conn.execute(tags_query):
            tags.setdefault(column_id, []).append(f"{category}{'✓' if status == 'confirmed' else '?'}")
        if only_personal:
            columns_query = columns_query.where(schema.col.c.id.in_(list(tags) or [-1]))
        rows = [
            {
                "table": column_path(name, sch, table) + (" (view)" if kind == "view" else ""),
                "column": column,
                "type": data_type or "",
                "categories": " ".join(tags.get(cid, [])),
                "comment": comment or "",
                "column_id": cid,
            }
            for cid, sch, table, kind, column, data_type, comment in conn.execute(columns_query.limit(limit))
        ]
    return pd.DataFrame(rows, columns=["table", "column", "type", "categories", "comment", "column_id"])


def system_neighbours(catalog: Catalog, name: str) -> pd.DataFrame:
    """Systems this one feeds (downstream) or is fed by (upstream), with the number of column edges."""
    import pandas as pd

    e = schema.lineage_edge
    with catalog.connect() as conn:
        down = conn.execute(
            sa.select(e.c.target_system, sa.func.count())
            .where(e.c.source_system == name, e.c.target_system.is_not(None), e.c.target_system != name)
            .group_by(e.c.target_system)
        ).all()
        up = conn.execute(
            sa.select(e.c.source_system, sa.func.count())
            .where(e.c.target_system == name, e.c.source_system.is_not(None), e.c.source_system != name)
            .group_by(e.c.source_system)
        ).all()
    rows = [{"direction": "upstream", "system": s, "edges": int(n)} for s, n in up]
    rows += [{"direction": "downstream", "system": s, "edges": int(n)} for s, n in down]
    return pd.DataFrame(rows, columns=["direction", "system", "edges"])


__all__ = ["SystemSummary", "system_columns", "system_names", "system_neighbours", "system_summary"]
