"""Applying a scan's :class:`~connectors.base.SystemSnapshot` to the catalog as a diff.

Why a diff and not "delete and insert": tags, notes and human decisions hang off column ids. A column
that disappears keeps its row (``removed_at`` set) and gets it back, with everything people said about it,
when it reappears. Tables likewise. The caller runs :func:`apply_snapshot` inside one catalog transaction,
so a scan that fails half-way leaves the previous snapshot untouched.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime
from typing import TYPE_CHECKING, Any

import sqlalchemy as sa
from sqlalchemy.engine import Connection

from catalog.store import schema

if TYPE_CHECKING:
    from connectors.base import ColumnSnapshot, SystemSnapshot, TableSnapshot

_TABLE_FIELDS = ("kind", "comment", "view_sql")
_COLUMN_FIELDS = ("data_type", "nullable", "default", "comment", "is_pk", "fk_target")


@dataclass
class Diff:
    """What changed since the previous scan; ``*_names`` list the first few objects for the summary."""

    tables_added: int = 0
    tables_changed: int = 0
    tables_removed: int = 0
    tables_revived: int = 0
    columns_added: int = 0
    columns_changed: int = 0
    columns_removed: int = 0
    columns_revived: int = 0
    examples: dict[str, list[str]] = field(default_factory=dict)

    def note(self, what: str, name: str, keep: int = 20) -> None:
        setattr(self, what, getattr(self, what) + 1)
        names = self.examples.setdefault(what, [])
        if len(names) < keep:
            names.append(name)

    def as_dict(self) -> dict[str, Any]:
        counts = {k: v for k, v in self.__dict__.items() if k != "examples"}
        return {**counts, "examples": self.examples}

    @property
    def empty(self) -> bool:
        return not any(v for k, v in self.__dict__.items() if k != "examples")


def _table_values(table: TableSnapshot) -> dict[str, Any]:
    return {"kind": table.kind, "comment": table.comment, "view_sql": table.view_sql}


def _column_values(column: ColumnSnapshot) -> dict[str, Any]:
    return {
        "position": column.position,
        "data_type": column.data_type,
        "nullable": column.nullable,
        "default": column.default,
        "comment": column.comment,
        "is_pk": column.is_pk,
        "fk_target": column.fk_target,
    }


def apply_snapshot(conn: Connection, system_id: int, snap: SystemSnapshot, now: datetime) -> Diff:
    """Bring the catalog's tables and columns of *system_id* in line with *snap*; return the diff.

    Run inside ``catalog.begin()``. When the snapshot has profiles (sampling on), they replace the stored
    ones for the sampled columns; other columns keep theirs.
    """
    diff = Diff()
    t, c = schema.tbl, schema.col
    stored = {
        (r.schema_name, r.name): r
        for r in conn.execute(
            sa.select(t.c.id, t.c.schema_name, t.c.name, t.c.removed_at, *[t.c[f] for f in _TABLE_FIELDS]).where(
                t.c.system_id == system_id
            )
        )
    }
    seen = {table.key for table in snap.tables}
    if snap.complete:
        in_scope = {key for key in stored if key[0] not in snap.skipped}
    else:  # a filtered scan says nothing about the schemas it did not read
        in_scope = {key for key in stored if key[0] in snap.schemas}

    new_tables, table_updates = [], []
    for table in snap.tables:
        values = _table_values(table)
        old = stored.get(table.key)
        label = f"{table.schema}.{table.name}" if table.schema else table.name
        if old is None:
            new_tables.append(
                {"system_id": system_id, "schema_name": table.schema, "name": table.name, **values,
                 "row_estimate": table.row_estimate, "first_seen": now, "last_seen": now}
            )  # fmt: skip
            diff.note("tables_added", label)
            continue
        if old.removed_at is not None:
            diff.note("tables_revived", label)
        elif any(getattr(old, f) != values[f] for f in _TABLE_FIELDS):
            diff.note("tables_changed", label)
        table_updates.append(
            {"_id": old.id, **values, "row_estimate": table.row_estimate, "last_seen": now, "removed_at": None}
        )
    if new_tables:
        conn.execute(t.insert(), new_tables)
    if table_updates:
        conn.execute(t.update().where(t.c.id == sa.bindparam("_id")), table_updates)
    gone_tables = []
    for key, old in stored.items():
        if key in in_scope and key not in seen and old.removed_at is None:
            gone_tables.append(old.id)
            diff.note("tables_removed", f"{key[0]}.{key[1]}" if key[0] else key[1])
    if gone_tables:
        conn.execute(t.update().where(t.c.id.in_(gone_tables)).values(removed_at=now))

    ids = {
        (r.schema_name, r.name): r.id
        for r in conn.execute(sa.select(t.c.id, t.c.schema_name, t.c.name).where(t.c.system_id == system_id))
    }
    live_ids = [ids[key] for key in seen]
    stored_cols: dict[tuple[int, str], Any] = {}
    if ids:
        fields = [c.c[f] for f in (*_COLUMN_FIELDS, "position")]
        query = sa.select(c.c.id, c.c.table_id, c.c.name, c.c.removed_at, *fields).join(t, t.c.id == c.c.table_id)
        scope_ids = {ids[key] for key in in_scope | seen}
        for r in conn.execute(query.where(t.c.system_id == system_id)):
            if r.table_id in scope_ids:
                stored_cols[(r.table_id, r.name)] = r

    new_cols, col_updates, seen_cols = [], [], set()
    for table in snap.tables:
        table_id = ids[table.key]
        prefix = f"{table.schema}.{table.name}" if table.schema else table.name
        for column in table.columns:
            key = (table_id, column.name)
            seen_cols.add(key)
            values = _column_values(column)
            profile = snap.profiles.get((table.schema, table.name, column.name))
            if profile is not None:
                values["profile"], values["sample_size"] = profile
            old = stored_cols.get(key)
            label = f"{prefix}.{column.name}"
            if old is None:
                new_cols.append({"table_id": table_id, "name": column.name, **values,
                                 "first_seen": now, "last_seen": now})  # fmt: skip
                diff.note("columns_added", label)
                continue
            changed = any(getattr(old, f) != values[f] for f in _COLUMN_FIELDS)
            if old.removed_at is not None:
                diff.note("columns_revived", label)
                col_updates.append({"_id": old.id, **values, "changed_at": now, "removed_at": None})
            elif changed:
                diff.note("columns_changed", label)
                col_updates.append({"_id": old.id, **values, "changed_at": now})
            elif profile is not None or old.position != column.position:
                col_updates.append({"_id": old.id, **values})
    _grouped(conn, c.insert(), new_cols)
    _grouped(conn, c.update().where(c.c.id == sa.bindparam("_id")), col_updates)
    if live_ids:
        conn.execute(c.update().where(c.c.table_id.in_(live_ids), c.c.removed_at.is_(None)).values(last_seen=now))
    gone_cols = [old.id for key, old in stored_cols.items() if key not in seen_cols and old.removed_at is None]
    if gone_cols:
        names = {v: k for k, v in ids.items()}
        for key, old in stored_cols.items():
            if key not in seen_cols and old.removed_at is None:
                schema_name, table_name = names[key[0]]
                prefix = f"{schema_name}.{table_name}" if schema_name else table_name
                diff.note("columns_removed", f"{prefix}.{key[1]}")
        for start in range(0, len(gone_cols), 500):
            chunk = gone_cols[start : start + 500]
            conn.execute(c.update().where(c.c.id.in_(chunk)).values(removed_at=now))
    return diff


def _grouped(conn: Connection, statement: Any, rows: list[dict[str, Any]]) -> None:
    """executemany needs every row to name the same keys: run one batch per key set.

    (Filling missing keys with None instead would store JSON ``null`` over "no profile".)
    """
    groups: dict[tuple[str, ...], list[dict[str, Any]]] = {}
    for row in rows:
        groups.setdefault(tuple(sorted(row)), []).append(row)
    for batch in groups.values():
        conn.execute(statement, batch)
