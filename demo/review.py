"""The DPO's review of the demo, replayed: ground truth turned into tag decisions in the ``ropa tags`` CSV format.

After classification and propagation the catalog holds *suggestions*; reconciliation counts only *confirmed*
tags. On the demo the person reviewing knows the answer — ``truth.csv`` — so this module writes what they would
decide: every true category confirmed, every other suggestion rejected. The decisions are imported through the
tagging area's import (so the audit log records them), never written to the tag table directly.
"""

from __future__ import annotations

import csv
from collections import defaultdict
from pathlib import Path

import sqlalchemy as sa

from catalog.store import Catalog, schema

HEADER = ("system", "schema", "table", "column", "category", "status", "confidence", "source")


def _truth(path: Path) -> dict[tuple[str, str, str], set[int]]:
    held: dict[tuple[str, str, str], set[int]] = defaultdict(set)
    with path.open(encoding="utf-8", newline="") as f:
        for row in csv.DictReader(f):
            held[(row["system"], row["table"], row["column"])].add(int(row["category"]))
    return held


def decisions(catalog: Catalog, truth: Path, systems: tuple[str, ...]) -> list[tuple[str, str, str, str, int, str]]:
    """``(system, schema, table, column, category, status)`` for every true category and every wrong suggestion.

    The schema comes from the catalog (``main`` in SQLite, the system's schema or database on a server).
    """
    held = _truth(truth)
    s, t, c, g = schema.system, schema.tbl, schema.col, schema.tag
    query = (
        sa.select(s.c.name, t.c.schema_name, t.c.name, c.c.name, g.c.category, g.c.status)
        .select_from(
            s.join(t, t.c.system_id == s.c.id).join(c, c.c.table_id == t.c.id).outerjoin(g, g.c.column_id == c.c.id)
        )
        .where(s.c.name.in_(systems), t.c.removed_at.is_(None), c.c.removed_at.is_(None))
        .order_by(s.c.name, t.c.schema_name, t.c.name, c.c.position, g.c.category)
    )
    out: list[tuple[str, str, str, str, int, str]] = []
    seen: set[tuple[str, str, str, str, int]] = set()
    with catalog.connect() as conn:
        for system, schema_name, table, column, category, status in conn.execute(query):
            true = held.get((system, table, column), set())
            for cat in sorted(true):
                key = (system, schema_name, table, column, cat)
                if key not in seen:
                    seen.add(key)
                    out.append((*key, "confirmed"))
            if category is not None and status == "suggested" and category not in true:
                key = (system, schema_name, table, column, category)
                if key not in seen:
                    seen.add(key)
                    out.append((*key, "rejected"))
    return out


def write(rows: list[tuple[str, str, str, str, int, str]], path: Path) -> Path:
    """The decisions as a ``ropa tags import`` CSV."""
    path.parent.mkdir(parents=True, exist_ok=True)
    with path.open("w", encoding="utf-8", newline="") as f:
        writer = csv.writer(f, lineterminator="\n")
        writer.writerow(HEADER)
        writer.writerows((*row, "1.0", "manual") for row in rows)
    return path
