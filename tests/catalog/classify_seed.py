"""Seed systems, tables and columns straight into the catalog — the shape a scan leaves behind.

Lets the classification, tagging and propagation tests run without the connectors. Only metadata and
detector ratios go in, as a scan stores them; never sampled values.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

import sqlalchemy as sa

from catalog.store import Catalog, schema, utcnow


@dataclass(frozen=True)
class Col:
    name: str
    data_type: str = "TEXT"
    comment: str | None = None
    is_pk: bool = False
    fk_target: str | None = None
    profile: dict[str, float] | None = None


def seed_columns(
    catalog: Catalog, system: str, tables: dict[str, list[Col | str]], *, schema_name: str = "main"
) -> dict[str, int]:
    """Add *system* (created if missing) with *tables*; returns ``{"table.column": column id}``."""
    now = utcnow()
    ids: dict[str, int] = {}
    with catalog.begin() as conn:
        sid = conn.execute(sa.select(schema.system.c.id).where(schema.system.c.name == system)).scalar()
        if sid is None:
            sid = conn.execute(
                schema.system.insert().values(name=system, kind="database", dialect="sqlite", created_at=now)
            ).inserted_primary_key[0]  # type: ignore[index]
        for table, columns in tables.items():
            tid = conn.execute(
                schema.tbl.insert().values(
                    system_id=sid, schema_name=schema_name, name=table, kind="table", first_seen=now, last_seen=now
                )
            ).inserted_primary_key[0]  # type: ignore[index]
            for pos, spec in enumerate(columns):
                col = spec if isinstance(spec, Col) else Col(spec)
                values: dict[str, Any] = dict(
                    table_id=tid, name=col.name, position=pos, data_type=col.data_type, nullable=True,
                    comment=col.comment, is_pk=col.is_pk, fk_target=col.fk_target, profile=col.profile,
                    sample_size=100 if col.profile is not None else None, first_seen=now, last_seen=now,
                )  # fmt: skip
                ids[f"{table}.{col.name}"] = conn.execute(schema.col.insert().values(**values)).inserted_primary_key[0]  # type: ignore[index]
    return ids


def tags_of(catalog: Catalog, column_id: int) -> dict[int, dict[str, Any]]:
    """``{category: tag row as a dict}`` for one column."""
    with catalog.connect() as conn:
        rows = conn.execute(sa.select(schema.tag).where(schema.tag.c.column_id == column_id)).mappings().all()
    return {r.category: dict(r) for r in rows}
