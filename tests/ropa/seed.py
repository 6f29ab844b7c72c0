"""Seed a catalog directly (systems, tables, columns, confirmed tags) — the shape scans and tagging produce.

Used by the reconciliation, validation and export tests so they do not depend on the other areas.
"""

from __future__ import annotations

from typing import Any

from catalog.store import Catalog, schema, utcnow


def seed(
    catalog: Catalog,
    system: str,
    tables: dict[str, dict[str, list[int]]],
    *,
    kind: str = "database",
    url: str | None = None,
    dialect: str | None = "sqlite",
    schema_name: str = "main",
    status: str = "confirmed",
    **system_fields: Any,
) -> None:
    """Add *system* with ``{table: {column: [category ids]}}``; each category becomes a tag of *status*."""
    now = utcnow()
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
            for position, (column, categories) in enumerate(columns.items()):
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
                for category in categories:
                    conn.execute(
                        schema.tag.insert().values(
                            column_id=column_id,
                            category=category,
                            status=status,
                            source="manual",
                            confidence=1.0,
                            created_at=now,
                            updated_at=now,
                        )
                    )
