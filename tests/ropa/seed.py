"""Seed a catalog directly (systems, tables, columns, confirmed tags) — the shape scans and tagging produce.

Used by the reconciliation, validation and export tests so they do not depend on the other areas.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any

from catalog.store import Catalog, schema, utcnow

TagSpec = tuple[int, str, str, float, dict[str, Any]]
"""A tag in full: ``(category, status, source, confidence, evidence)``."""


def seed(
    catalog: Catalog,
    system: str,
    tables: Mapping[str, Mapping[str, Sequence[int | TagSpec]]],
    *,
    kind: str = "database",
    url: str | None = None,
    dialect: str | None = "sqlite",
    schema_name: str = "main",
    status: str = "confirmed",
    **system_fields: Any,
) -> dict[str, int]:
    """Add *system* with ``{table: {column: tags}}``; returns the column ids by ``system.schema.table.column``.

    A tag is a category id (a manual tag of *status*, confidence 1) or a full :data:`TagSpec`.
    """
    now = utcnow()
    ids: dict[str, int] = {}
    with catalog.begin() as conn:
        system_id = conn.execute(
            schema.system.insert().values(
                name=system,
                kind=kind,
                url=url,
                dialect=dialect if kind == "database" else None,
                created_at=now,
                **system_fields,
            )
        ).inserted_primary_key[0]  # type: ignore[index]
        for table, columns in tables.items():
            table_id = conn.execute(
                schema.tbl.insert().values(
                    system_id=system_id, schema_name=schema_name, name=table, first_seen=now, last_seen=now
                )
            ).inserted_primary_key[0]  # type: ignore[index]
            for position, (column, tags) in enumerate(columns.items()):
                column_id = conn.execute(
                    schema.col.insert().values(
                        table_id=table_id,
                        name=column,
                        position=position,
                        data_type="TEXT",
                        first_seen=now,
                        last_seen=now,
                    )
                ).inserted_primary_key[0]  # type: ignore[index]
                ids[f"{system}.{schema_name}.{table}.{column}"] = column_id
                for tag in tags:
                    category, tag_status, source, confidence, evidence = (
                        tag if isinstance(tag, tuple) else (tag, status, "manual", 1.0, None)
                    )
                    conn.execute(
                        schema.tag.insert().values(
                            column_id=column_id,
                            category=category,
                            status=tag_status,
                            source=source,
                            confidence=confidence,
                            evidence=evidence,
                            actor="seed",
                            created_at=now,
                            updated_at=now,
                        )
                    )
    return ids
