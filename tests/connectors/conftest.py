"""Helpers for the connector tests: what the catalog holds for a system, in one comparable shape."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest
import sqlalchemy as sa

from catalog.store import Catalog, schema, utcnow

Stored = dict[tuple[str, str], dict[str, Any]]


def stored(catalog: Catalog, system: str, *, removed: bool = False) -> Stored:
    """``{(schema, table): {kind, comment, view_sql, rows, removed, columns: {name: {...}}}}``."""
    t, c, s = schema.tbl, schema.col, schema.system
    result: Stored = {}
    with catalog.connect() as conn:
        tables = conn.execute(
            sa.select(t).join(s, s.c.id == t.c.system_id).where(s.c.name == system).order_by(t.c.id)
        ).mappings()
        ids = {}
        for row in tables:
            if row["removed_at"] is not None and not removed:
                continue
            ids[row["id"]] = (row["schema_name"], row["name"])
            result[(row["schema_name"], row["name"])] = {
                "kind": row["kind"],
                "comment": row["comment"],
                "view_sql": row["view_sql"],
                "rows": row["row_estimate"],
                "removed": row["removed_at"] is not None,
                "columns": {},
            }
        for row in conn.execute(sa.select(c).where(c.c.table_id.in_(list(ids))).order_by(c.c.position)).mappings():
            if row["removed_at"] is not None and not removed:
                continue
            result[ids[row["table_id"]]]["columns"][row["name"]] = {
                "id": row["id"],
                "position": row["position"],
                "type": row["data_type"],
                "nullable": row["nullable"],
                "default": row["default"],
                "comment": row["comment"],
                "pk": row["is_pk"],
                "fk": row["fk_target"],
                "profile": row["profile"],
                "sample_size": row["sample_size"],
                "removed": row["removed_at"] is not None,
                "changed_at": row["changed_at"],
            }
    return result


def confirm_tag(catalog: Catalog, column_id: int, category: int) -> None:
    """A person's confirmed decision on a column (written directly: the tagging area owns the API)."""
    now = utcnow()
    with catalog.begin() as conn:
        conn.execute(
            schema.tag.insert().values(
                column_id=column_id, category=category, status="confirmed", source="manual", confidence=1.0,
                note="checked with the DPO", actor="test", created_at=now, updated_at=now,
            )
        )  # fmt: skip


def tags(catalog: Catalog, column_id: int) -> list[tuple[int, str]]:
    with catalog.connect() as conn:
        rows = conn.execute(
            sa.select(schema.tag.c.category, schema.tag.c.status).where(schema.tag.c.column_id == column_id)
        )
        return [tuple(r) for r in rows]  # type: ignore[misc]


@pytest.fixture
def read_catalog() -> Callable[..., Stored]:
    return stored


@pytest.fixture
def confirm() -> Callable[[Catalog, int, int], None]:
    return confirm_tag


@pytest.fixture
def tags_of() -> Callable[[Catalog, int], list[tuple[int, str]]]:
    return tags
