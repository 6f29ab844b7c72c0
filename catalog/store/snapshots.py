"""Applying a scan's :class:`~connectors.base.SystemSnapshot` to the catalog as a diff.

Why a diff and not "delete and insert": tags, notes and human decisions hang off column ids. A column
that disappears keeps its row (``removed_at`` set) and gets it back, with everything people said about it,
when it reappears. Tables likewise. The caller runs :func:`apply_snapshot` inside one catalog transaction,
so a scan that fails half-way leaves the previous snapshot untouched.
"""

from __future__ import annotations

import operator
import re
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import datetime
from itertools import chain, islice, repeat
from typing import TYPE_CHECKING, Any

import sqlalchemy as sa
from sqlalchemy.engine import Connection

from catalog.store import schema

if TYPE_CHECKING:
    from connectors.base import ColumnSnapshot, SystemSnapshot, TableSnapshot

_TABLE_FIELDS = ("kind", "comment", "view_sql")
# A new table row: tbl column -> TableSnapshot field (plus system_id, first_seen, last_seen).
_NEW_TABLE = {
    "schema_name": "schema",
    "name": "name",
    "kind": "kind",
    "comment": "comment",
    "view_sql": "view_sql",
    "row_estimate": "row_estimate",
}
_COLUMN_FIELDS = ("data_type", "nullable", "default", "comment", "is_pk", "fk_target")
# A new column row: table id, the ColumnSnapshot's fields in their order, first and last seen.
_NEW_COLUMN = ("table_id", "name", "position", *_COLUMN_FIELDS, "first_seen", "last_seen")
_ROWS_PER_INSERT = 50  # SQLite multi-row INSERT: 50 x ~15 parameters, far below its variable limit
_PLACEHOLDERS = re.compile(r"\(\?(?:, \?)*\)")


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

    def note(self, what: str, *parts: str, keep: int = 20) -> None:
        """Count one change; keep its dotted name when fewer than *keep* of its kind are kept yet."""
        self.record(what, [parts], keep=keep)

    def record(self, what: str, items: Sequence[tuple[str, ...]], keep: int = 20, count: int | None = None) -> None:
        """Count many changes at once (the first *keep* by name) — cheap for 40,000 new columns.

        *count* is the number of changes when *items* lists only the first few of them.
        """
        count = len(items) if count is None else count
        if not count:
            return
        setattr(self, what, getattr(self, what) + count)
        names = self.examples.setdefault(what, [])
        for parts in items[: max(0, keep - len(names))]:
            names.append(".".join(p for p in parts if p))

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
    ones for the sampled columns; other columns keep theirs. Tuned for tens of thousands of columns:
    stored rows are compared as tuples and written with one raw ``executemany`` per statement shape.
    """
    writer = SnapshotWriter(conn, system_id, now)
    writer.tables(snap)
    writer.columns(snap.tables)
    return writer.finish()


class SnapshotWriter:
    """:func:`apply_snapshot` in parts, for a scan that hands its snapshot over as it reads it.

    :meth:`tables` takes the table list (columns not needed yet), :meth:`columns` then takes every
    table with its columns exactly once, in batches, and :meth:`finish` records what disappeared. A
    connector streaming its snapshot (see :class:`connectors.base.SnapshotSink`) lets the catalog be
    written while the source is still computing the next batch.
    """

    def __init__(self, conn: Connection, system_id: int, now: datetime) -> None:
        self.conn, self.system_id, self.now = conn, system_id, now
        self.diff = Diff()
        self.profiles: dict[tuple[str, str, str], tuple[dict[str, float], int]] = {}
        self.ids: dict[tuple[str, str], int] = {}
        self.live: list[int] = []  # stored tables seen again: their columns' last_seen moves on
        self.stored_cols: dict[tuple[int, str], Any] = {}
        self.with_columns: set[int] = set()
        self.seen_cols: set[tuple[int, str]] = set()
        self.added: list[tuple[str, ...]] = []  # the first few (names for the summary); added_count counts all
        self.added_count = 0
        self.revived: list[tuple[str, ...]] = []
        self.changed: list[tuple[str, ...]] = []

    def tables(self, snap: SystemSnapshot) -> None:
        """Insert, update or mark removed the tables (not their columns); load the stored columns."""
        conn, system_id, now, diff = self.conn, self.system_id, self.now, self.diff
        self.profiles = snap.profiles
        t, c = schema.tbl, schema.col
        table_fields = [t.c[f] for f in _TABLE_FIELDS]
        stored = {
            (r[1], r[2]): r
            for r in conn.execute(
                sa.select(t.c.id, t.c.schema_name, t.c.name, t.c.removed_at, *table_fields).where(
                    t.c.system_id == system_id
                )
            ).all()
        }
        seen = {table.key for table in snap.tables}
        if snap.complete:
            in_scope = {key for key in stored if key[0] not in snap.skipped}
        else:  # a filtered scan says nothing about the schemas it did not read
            in_scope = {key for key in stored if key[0] in snap.schemas}

        new_tables: list[TableSnapshot] = []
        table_updates = []
        for table in snap.tables:
            old = stored.get(table.key)
            if old is None:
                new_tables.append(table)
                continue
            values = _table_values(table)
            if old[3] is not None:
                diff.note("tables_revived", table.schema, table.name)
            elif tuple(old[4:]) != tuple(values.values()):
                diff.note("tables_changed", table.schema, table.name)
            table_updates.append(
                {"_id": old[0], **values, "row_estimate": table.row_estimate, "last_seen": now, "removed_at": None}
            )
        diff.record("tables_added", [table.key for table in new_tables])
        if new_tables:  # inserted column-wise, as new columns are
            count = len(new_tables)
            given: dict[str, Sequence[Any]] = {
                name: [getattr(table, field) for table in new_tables] for name, field in _NEW_TABLE.items()
            }
            given["system_id"] = [system_id] * count
            given["first_seen"] = given["last_seen"] = [now] * count
            executemany_columns(conn, t.insert(), given, count)
        executemany(conn, t.update().where(t.c.id == sa.bindparam("_id")), table_updates)
        gone_tables = []
        for key, old in stored.items():
            if key in in_scope and key not in seen and old[3] is None:
                gone_tables.append(old[0])
                diff.note("tables_removed", *key)
        _update_ids(conn, t, gone_tables, removed_at=now)

        self.ids = ids = {
            (r[1], r[2]): r[0]
            for r in conn.execute(sa.select(t.c.id, t.c.schema_name, t.c.name).where(t.c.system_id == system_id)).all()
        }
        self.live = sorted(stored[key][0] for key in seen if key in stored)  # new tables' columns are "now"
        if stored:
            fields = [c.c[f] for f in (*_COLUMN_FIELDS, "position")]
            query = sa.select(c.c.id, c.c.table_id, c.c.name, c.c.removed_at, *fields).join(t, t.c.id == c.c.table_id)
            scope_ids = {ids[key] for key in in_scope | seen}
            for r in conn.execute(query.where(t.c.system_id == system_id)).all():
                if r[1] in scope_ids:
                    self.stored_cols[(r[1], r[2])] = r
        self.with_columns = {key[0] for key in self.stored_cols}

    def columns(self, tables: Sequence[TableSnapshot]) -> None:
        """Insert, update or revive the columns of *tables* (each table once over all calls)."""
        now, ids, profiles, stored_cols = self.now, self.ids, self.profiles, self.stored_cols
        fresh: list[tuple[int, tuple[ColumnSnapshot, ...]]] = []  # tables whose columns are all new
        new_plain: list[tuple[Any, ...]] = []  # in the order of _NEW_COLUMN (+ profile, sample_size)
        new_profiled: list[tuple[Any, ...]] = []
        col_updates: list[dict[str, Any]] = []
        added = self.added
        last = len(_COLUMN_FIELDS) + 4  # stored row: id, table_id, name, removed_at, *fields, position
        for table in tables:
            table_id = ids[table.key]
            if table_id not in self.with_columns and not (profiles and table.kind == "table"):
                # Nothing stored and nothing sampled: every column is new (a first scan) — no per-column checks.
                fresh.append((table_id, table.columns))
                if len(added) < 20:
                    added += [(table.schema, table.name, column.name) for column in table.columns]
                self.added_count += len(table.columns)
                continue
            for column in table.columns:
                key = (table_id, column.name)
                profile = profiles.get((table.schema, table.name, column.name)) if profiles else None
                old = stored_cols.get(key) if stored_cols else None
                if old is None:
                    if profile is None:
                        new_plain.append((table_id, *column, now, now))
                    else:
                        new_profiled.append((table_id, *column, now, now, *profile))
                    added.append((table.schema, table.name, column.name))
                    self.added_count += 1
                    continue
                self.seen_cols.add(key)
                current = (
                    column.data_type,
                    column.nullable,
                    column.default,
                    column.comment,
                    column.is_pk,
                    column.fk_target,
                )  # fmt: skip  (same order as _COLUMN_FIELDS)
                update: dict[str, Any] | None = None
                if old[3] is not None:
                    self.revived.append((table.schema, table.name, column.name))
                    update = {"_id": old[0], **_column_values(column), "changed_at": now, "removed_at": None}
                elif tuple(old[4:last]) != current:
                    self.changed.append((table.schema, table.name, column.name))
                    update = {"_id": old[0], **_column_values(column), "changed_at": now}
                elif profile is not None or old[last] != column.position:
                    update = {"_id": old[0], **_column_values(column)}
                if update is not None:
                    if profile is not None:
                        update["profile"], update["sample_size"] = profile
                    col_updates.append(update)
        c, conn = schema.col, self.conn
        _insert_fresh_columns(conn, fresh, now)
        executemany_tuples(conn, c.insert(), _NEW_COLUMN, new_plain)
        executemany_tuples(conn, c.insert(), (*_NEW_COLUMN, "profile", "sample_size"), new_profiled)
        executemany(conn, c.update().where(c.c.id == sa.bindparam("_id")), col_updates)

    def finish(self) -> Diff:
        """Move the seen columns' last_seen on, mark the unseen ones removed; the whole diff."""
        c, conn, now, diff = schema.col, self.conn, self.now, self.diff
        diff.record("columns_added", self.added, count=self.added_count)
        diff.record("columns_revived", self.revived)
        diff.record("columns_changed", self.changed)
        for start in range(0, len(self.live), 500):
            chunk = self.live[start : start + 500]
            conn.execute(c.update().where(c.c.table_id.in_(chunk), c.c.removed_at.is_(None)).values(last_seen=now))
        names = {v: k for k, v in self.ids.items()}
        gone = [(key, old[0]) for key, old in self.stored_cols.items() if key not in self.seen_cols and old[3] is None]
        diff.record("columns_removed", [(*names[key[0]], key[1]) for key, _ in gone])
        _update_ids(conn, c, [column_id for _, column_id in gone], removed_at=now)
        return diff


def _insert_fresh_columns(conn: Connection, fresh: list[tuple[int, tuple[ColumnSnapshot, ...]]], now: datetime) -> None:
    """Insert every column of the *fresh* tables, built column-wise: no tuple per row in Python."""
    count = sum(len(columns) for _, columns in fresh)
    if not count:
        return
    fields = list(zip(*chain.from_iterable(columns for _, columns in fresh)))  # ColumnSnapshot fields
    given: dict[str, Sequence[Any]] = dict(zip(_NEW_COLUMN[1:-2], fields))
    given["table_id"] = list(chain.from_iterable(repeat(table_id, len(columns)) for table_id, columns in fresh))
    given["first_seen"] = given["last_seen"] = [now] * count
    executemany_columns(conn, schema.col.insert(), given, count)


def _update_ids(conn: Connection, table: sa.Table, ids: list[int], **values: Any) -> None:
    for start in range(0, len(ids), 500):  # stay below every driver's bound-parameter limit
        conn.execute(table.update().where(table.c.id.in_(ids[start : start + 500])).values(**values))


def _processed(values: Sequence[Any], processor: Any) -> list[Any]:
    """Bind-process a column's values, converting each distinct value once (times, flags repeat a lot)."""
    first = values[0]
    if all(map(operator.is_, values, repeat(first))):  # e.g. the scan time on every row (checked in C)
        return [None if first is None else processor(first)] * len(values)
    try:
        cache = {value: None if value is None else processor(value) for value in set(values)}
    except TypeError:  # unhashable (JSON profiles): convert each
        return [None if v is None else processor(v) for v in values]
    return [cache[v] for v in values]


def executemany(conn: Connection, statement: Any, rows: list[dict[str, Any]]) -> None:
    """Run *statement* for every row, fast: compiled once, values bound by the type's own processors.

    SQLAlchemy's generic executemany builds a parameter dict per row, which dominates a 40,000-column
    scan. Here the statement is compiled once per key set (rows may differ in keys, e.g. with or without
    a profile), each value goes through the column type's bind processor (dates, JSON, booleans as the
    catalog's dialect stores them) and the driver's ``executemany`` gets plain tuples or dicts.
    """
    groups: dict[tuple[str, ...], list[tuple[Any, ...]]] = {}
    for row in rows:
        groups.setdefault(tuple(row), []).append(tuple(row.values()))
    for keys, batch in groups.items():
        executemany_tuples(conn, statement, keys, batch)


def executemany_tuples(conn: Connection, statement: Any, keys: tuple[str, ...], rows: list[tuple[Any, ...]]) -> None:
    """:func:`executemany` for rows already given as tuples in the order of *keys* (no dict per row)."""
    if rows:
        executemany_columns(conn, statement, dict(zip(keys, zip(*rows))), len(rows))  # transposed in C


def executemany_columns(conn: Connection, statement: Any, given: dict[str, Sequence[Any]], count: int) -> None:
    """:func:`executemany` for *count* rows given column by column: ``{key: that column's values}``.

    Column-wise, each type's bind processor runs once per distinct value and the rows are put together
    by ``zip`` in C — no Python work per row.
    """
    if not count:
        return
    dialect = conn.dialect
    keys = list(given)
    compiled = statement.compile(dialect=dialect, column_keys=keys)
    defaults = compiled.construct_params({key: given[key][0] for key in keys})  # Python-side defaults
    order = list(compiled.positiontup) if compiled.positional else list(compiled.binds)
    columns: list[Sequence[Any]] = []
    for name in order:
        processor = compiled.binds[name].type.dialect_impl(dialect).bind_processor(dialect)
        values = given[name] if name in given else [defaults.get(name)] * count
        columns.append(_processed(values, processor) if processor is not None else values)
    if not compiled.positional:
        conn.exec_driver_sql(compiled.string, [dict(zip(order, row)) for row in zip(*columns)])
        return
    rows = zip(*columns)
    head, _, group = compiled.string.rpartition(" VALUES ")
    if dialect.name == "sqlite" and head.startswith("INSERT") and _PLACEHOLDERS.fullmatch(group):
        # SQLite: many rows per INSERT statement — a third less time than one statement per row. Each
        # statement's parameters are the values of n rows in a row, grouped by zip in C.
        n = _ROWS_PER_INSERT
        full = count // n * n
        if full:
            laid_out = chain.from_iterable(islice(rows, full))
            multirow = f"{head} VALUES " + ", ".join([group] * n)
            conn.exec_driver_sql(multirow, list(zip(*[laid_out] * (len(columns) * n))))
            if full == count:
                return
    conn.exec_driver_sql(compiled.string, list(rows))
