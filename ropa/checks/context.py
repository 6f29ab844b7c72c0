"""What the data map holds, read once per check from the catalog tables (private to the checks).

Only *confirmed* tags count as "held": a suggestion is a question for a person, not a fact, and is
reported separately (review queue). Declared systems (SaaS, files, paper) contribute the categories their
YAML declares, kept in ``system.properties["categories"]``.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, field
from typing import Any

import sqlalchemy as sa

from catalog.store import Catalog, schema


@dataclass
class _System:
    name: str
    kind: str
    owner: str | None
    hosting_party: str | None
    country: str | None
    properties: dict[str, Any]
    # category id -> evidence: column paths "system.schema.table.column" or "declared"
    held: dict[int, list[str]] = field(default_factory=lambda: defaultdict(list))


def column_path(system: str, schema_name: str, table: str, column: str) -> str:
    return ".".join(part for part in (system, schema_name, table, column) if part)


def read_map(catalog: Catalog) -> dict[str, _System]:
    """Every system of the catalog with the categories it holds and the columns that show it."""
    s, t, c, g = schema.system, schema.tbl, schema.col, schema.tag
    systems: dict[str, _System] = {}
    with catalog.connect() as conn:
        for row in conn.execute(sa.select(s).order_by(s.c.name)):
            props = dict(row.properties or {})
            entry = _System(row.name, row.kind, row.owner, row.hosting_party, row.country, props)
            for category in props.get("categories") or []:
                try:
                    entry.held[int(category)].append("declared")
                except (TypeError, ValueError):
                    continue
            systems[row.name] = entry
        query = (
            sa.select(s.c.name, t.c.schema_name, t.c.name.label("table"), c.c.name.label("column"), g.c.category)
            .select_from(
                g.join(c, g.c.column_id == c.c.id).join(t, c.c.table_id == t.c.id).join(s, t.c.system_id == s.c.id)
            )
            .where(g.c.status == "confirmed", c.c.removed_at.is_(None), t.c.removed_at.is_(None))
            .order_by(s.c.name, t.c.schema_name, t.c.name, c.c.position, c.c.name)
        )
        for row in conn.execute(query):
            systems[row.name].held[int(row.category)].append(
                column_path(row.name, row.schema_name, row.table, row.column)
            )
    return systems
