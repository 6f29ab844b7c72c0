"""The shared walk every database connector uses, and the snapshot it returns.

A connector reads a database's own catalog in bulk — one query for schemas, one for tables and views, one
for columns, one for keys — instead of one reflection round trip per table (what SQLAlchemy ``inspect()``
does). That is what makes a scan of thousands of tables take seconds. The dialect modules
(``sqlite.py``, ``postgres.py``, ``mysql.py``) only declare what differs: the catalog queries, which schemas
are the server's own, how identifiers are quoted, how a session is made read-only with a statement timeout,
and the bounded sample query.

Every catalog query returns rows of a fixed shape (documented on :class:`Connector`) with the allowed
schemas bound as an expanding ``:schemas`` parameter. Connectors never write the catalog: they return a
:class:`SystemSnapshot` and :mod:`catalog.store.snapshots` applies it — or, given a :class:`SnapshotSink`,
hand it over while they read it (MySQL, which reads its columns in parts), so the catalog is written
while the source server computes the next part.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field, replace
from operator import itemgetter
from typing import Any, ClassVar, NamedTuple, Protocol

import sqlalchemy as sa
from sqlalchemy.engine import Connection, Engine

# How the drivers say a statement ran past its timeout (PostgreSQL, MariaDB, MySQL, SQLite's interrupt).
TIMEOUT_PATTERN = r"statement timeout|max_statement_time|max_execution_time|execution was interrupted|^interrupted$"

Progress = Callable[[str, int, int], None]
"""``progress(phase, done, total)`` — called while a scan runs; the CLI draws it as a bar."""


class ColumnSnapshot(NamedTuple):
    """One column. A NamedTuple rather than a dataclass: scans build tens of thousands, twice as fast."""

    name: str
    position: int
    data_type: str | None
    nullable: bool = True
    default: str | None = None
    comment: str | None = None
    is_pk: bool = False
    fk_target: str | None = None  # "schema.table.column" as the source names it


@dataclass(frozen=True, slots=True)
class TableSnapshot:
    schema: str
    name: str
    kind: str = "table"  # table | view
    comment: str | None = None
    row_estimate: int | None = None
    view_sql: str | None = None
    columns: tuple[ColumnSnapshot, ...] = ()

    @property
    def key(self) -> tuple[str, str]:
        return (self.schema, self.name)


@dataclass(frozen=True, slots=True)
class SystemSnapshot:
    """What one scan saw. ``profiles`` maps (schema, table, column) to detector ratios — never values."""

    dialect: str
    tables: tuple[TableSnapshot, ...]
    schemas: tuple[str, ...] = ()
    complete: bool = True  # every schema was asked for, so a stored table not seen here is gone
    skipped: tuple[str, ...] = ()  # schemas seen but not readable: their tables are not "gone"
    warnings: tuple[str, ...] = ()
    profiles: dict[tuple[str, str, str], tuple[dict[str, float], int]] = field(default_factory=dict)
    sampled_tables: int = 0

    @property
    def column_count(self) -> int:
        return sum(len(t.columns) for t in self.tables)


class SnapshotSink(Protocol):
    """Takes a snapshot while it is read (the catalog's :class:`catalog.store.snapshots.SnapshotWriter`).

    :meth:`Connector.snapshot` calls :meth:`tables` once with the snapshot's tables (their columns may
    not be read yet), then :meth:`columns` with every table, columns complete, exactly once over all
    calls. A connector that reads its catalog in parts hands each part over as soon as it has it.
    """

    def tables(self, snap: SystemSnapshot) -> None: ...

    def columns(self, tables: Sequence[TableSnapshot]) -> None: ...


_POSITION = itemgetter(1)


def _blank(value: Any) -> str | None:
    """Catalogs use '' and NULL interchangeably for 'no comment'; store None."""
    if value is None:
        return None
    text = str(value)
    return text if text.strip() else None


def literal_percent(conn: Connection, sql: str) -> str:
    """*sql* as the driver must receive it to keep its ``%`` signs: PyMySQL and psycopg (``format`` and
    ``pyformat`` styles) read ``%`` as a placeholder even in a statement without parameters, so a column named
    ``Montant%`` (OpenVet) failed the scan with a driver error. The statements built here carry quoted names, never
    parameters."""
    return sql.replace("%", "%%") if conn.dialect.paramstyle in ("format", "pyformat") else sql


def _mark_keys(columns: dict[tuple[str, str], list[ColumnSnapshot]], key_rows: Iterable[Sequence[Any]]) -> None:
    """Set ``is_pk`` / ``fk_target`` on the few key columns, in place (the rest stay as built).

    A column in several foreign keys takes the target of the smallest key, then of the first target by
    table and column name. A single-column key is the column's own reference, while in a composite key it
    is one part of another column's (Logto's ``tenant_id`` in ``(tenant_id)`` → ``tenants`` and in
    ``(tenant_id, user_id)`` → ``users``). Rows come in the order each catalog lists keys (by constraint
    name on PostgreSQL and MySQL, by SQLite's own numbering), so taking the first listed would give the
    column a different target, and the classifier a different person link, per backend.
    """
    rows = list(key_rows)
    sizes = Counter((row[0], row[1], row[7]) for row in rows if row[3] != "p")
    targets: dict[tuple[str, str, str], tuple[int, str, str, str]] = {}
    for schema, table, column, kind, ref_schema, ref_table, ref_column, key in rows:
        if kind == "p":
            _set_key(columns, schema, table, column, None)
            continue
        rank = (sizes[(schema, table, key)], ref_table, ref_column, ref_schema)
        best = targets.get((schema, table, column))
        if best is None or rank < best:
            targets[(schema, table, column)] = rank
    for (schema, table, column), (_, ref_table, ref_column, ref_schema) in targets.items():
        _set_key(columns, schema, table, column, f"{ref_schema}.{ref_table}.{ref_column}")


def _set_key(
    columns: dict[tuple[str, str], list[ColumnSnapshot]], schema: str, table: str, column: str, target: str | None
) -> None:
    """Mark *column* a primary-key column (*target* None) or give it its foreign key's *target*."""
    group = columns.get((schema, table))
    if not group:
        return
    for index, col in enumerate(group):
        if col.name == column:  # (tuple.__new__: what _replace ends in, less two Python frames)
            if target is None:
                group[index] = tuple.__new__(ColumnSnapshot, (*col[:6], True, col[7]))
            else:
                group[index] = tuple.__new__(ColumnSnapshot, (*col[:7], target))
            return


class Connector:
    """Base of the dialect connectors. Subclasses set the class attributes; the walk is shared.

    Row shapes of the catalog queries (all filtered by the expanding bind ``:schemas``):

    - ``schemas_sql`` → ``(schema, accessible)``; ``accessible`` false means no privilege to read it;
    - ``tables_sql`` → ``(schema, table, kind 'table'|'view', comment, row_estimate, view_sql)``;
    - ``columns_sql`` → ``(schema, table, column, position, type, nullable, default, comment)``, or any
      shape the dialect's :meth:`table_columns` reads (MySQL reads its catalog its own way: ``connectors.mysql``);
    - ``keys_sql`` → ``(schema, table, column, 'p'|'f', ref_schema, ref_table, ref_column, key)``, ``key``
      naming the constraint within its table, so a composite key's size is known (see :func:`_mark_keys`);
    - ``views_sql`` (optional) → ``(schema, view, definition)`` when ``tables_sql`` leaves the SQL out.
    """

    dialect: ClassVar[str]
    system_schemas: ClassVar[frozenset[str]] = frozenset()
    quote_char: ClassVar[str] = '"'
    # How the server treats an unquoted identifier, so `--schema Sales` finds what `CREATE SCHEMA Sales`
    # made: "lower" (PostgreSQL folds to lower case), "insensitive" (SQLite), "exact" (MySQL: as stored).
    identifier_case: ClassVar[str] = "exact"
    schemas_sql: ClassVar[str]
    tables_sql: ClassVar[str]
    columns_sql: ClassVar[str]
    keys_sql: ClassVar[str]
    views_sql: ClassVar[str | None] = None  # (schema, view, definition) when tables_sql cannot join it cheaply
    begin_snapshot_sql: ClassVar[str] = "BEGIN"
    end_snapshot_sql: ClassVar[str] = "COMMIT"
    sample_sql: ClassVar[str] = "SELECT {columns} FROM {table} LIMIT {limit}"

    def __init__(self, engine: Engine, url: sa.URL) -> None:
        self.engine = engine
        self.url = url

    # -- what a dialect may refine -------------------------------------------------------------------------
    def default_schemas(self) -> list[str] | None:
        """Schemas scanned when the user names none (``None`` = every non-system schema)."""
        return None

    def extra_snapshot_work(self, conn: Connection, tables: list[TableSnapshot]) -> list[TableSnapshot]:
        """Hook for what a catalog query cannot say (SQLite: comments in the DDL, row counts)."""
        return tables

    def sample_query(self, table: TableSnapshot, limit: int) -> str:
        columns = ", ".join(self.quote(c.name) for c in table.columns)
        return self.sample_sql.format(columns=columns, table=self.qualified(table), limit=int(limit))

    # -- shared --------------------------------------------------------------------------------------------
    def view_statement(self, schema: str, name: str, body: str | None) -> str | None:
        """A view's definition as one complete ``CREATE VIEW`` statement, whatever the catalog kept.

        PostgreSQL and MySQL keep only the SELECT; SQLite keeps the whole statement. Lineage reads the
        target view's name from the statement, so it is always the full one.
        """
        text = _blank(body)
        if text is None or text.lstrip()[:6].upper() == "CREATE":
            return text
        target = f"{self.quote(schema)}.{self.quote(name)}"
        return f"CREATE VIEW {target} AS {text.strip().rstrip(';').strip()}"

    def quote(self, name: str) -> str:
        q = self.quote_char
        return q + name.replace(q, q + q) + q

    def qualified(self, table: TableSnapshot) -> str:
        return f"{self.quote(table.schema)}.{self.quote(table.name)}"

    def _rows(self, conn: Connection, sql: str, schemas: Sequence[str]) -> list[Any]:
        query = sa.text(sql).bindparams(sa.bindparam("schemas", expanding=True))
        return list(conn.execute(query, {"schemas": list(schemas)}).all())

    def choose_schemas(self, conn: Connection, wanted: Sequence[str] | None) -> tuple[list[str], list[str], list[str]]:
        """``(schemas to read, schemas skipped for lack of privilege, warnings)``."""
        found = {str(name): bool(ok) for name, ok in conn.execute(sa.text(self.schemas_sql)).all()}
        warnings: list[str] = []
        if wanted:
            names = []
            for name in wanted:
                match = self._match(name, found)
                if match is not None:
                    names.append(match)
                else:
                    warnings.append(f"schema {name!r} not found (or no privilege to see it); skipped")
        else:
            names = sorted(n for n in found if n not in self.system_schemas and not n.startswith("pg_"))
        chosen = [n for n in names if found[n]]
        skipped = [n for n in names if not found[n]]
        for name in skipped:
            warnings.append(f"schema {name!r}: permission denied; skipped — grant USAGE/SELECT to scan it")
        return chosen, skipped, warnings

    def _match(self, name: str, found: dict[str, bool]) -> str | None:
        if name in found:
            return name
        if self.identifier_case == "lower" and name.lower() in found:
            return name.lower()
        if self.identifier_case == "insensitive":
            same = [f for f in found if f.lower() == name.lower()]
            return same[0] if len(same) == 1 else None
        return None

    def snapshot(
        self, conn: Connection, schemas: Sequence[str] | None = None, sink: SnapshotSink | None = None
    ) -> SystemSnapshot:
        """Read the structure in a handful of bulk catalog queries, inside one read-only transaction.

        With a *sink*, the snapshot is also handed to it, in parts where the dialect reads in parts
        (:meth:`_stream`); otherwise in one piece at the end.
        """
        wanted = list(schemas) if schemas else self.default_schemas()
        streamed = False
        conn.exec_driver_sql(self.begin_snapshot_sql)
        try:
            chosen, skipped, warnings = self.choose_schemas(conn, wanted)
            outline = SystemSnapshot(
                dialect=self.dialect,
                tables=(),
                schemas=tuple(chosen),
                complete=not wanted,
                skipped=tuple(skipped),
                warnings=tuple(warnings),
            )
            if sink is not None and chosen:
                tables, streamed = self._stream(conn, chosen, outline, sink)
            else:
                tables = self._walk(conn, chosen) if chosen else []
            if not streamed:
                tables = self.extra_snapshot_work(conn, tables)
        finally:
            conn.exec_driver_sql(self.end_snapshot_sql)
        snap = replace(outline, tables=tuple(tables))
        if sink is not None and not streamed:
            sink.tables(snap)
            sink.columns(snap.tables)
        return snap

    def _stream(
        self, conn: Connection, schemas: Sequence[str], outline: SystemSnapshot, sink: SnapshotSink
    ) -> tuple[list[TableSnapshot], bool]:
        """``(tables, whether the sink has had them)``: a dialect reading in parts feeds *sink* as it goes."""
        return self._walk(conn, schemas), False

    def _fetch(
        self, conn: Connection, schemas: Sequence[str]
    ) -> tuple[list[Any], dict[tuple[str, str], list[ColumnSnapshot]], list[Any], list[Any]]:
        """Run the catalog queries, in one transaction: ``(key rows, columns by table, view rows, table rows)``."""
        keys = self._rows(conn, self.keys_sql, schemas)
        views = self._rows(conn, self.views_sql, schemas) if self.views_sql else []
        tables = self._rows(conn, self.tables_sql, schemas)
        columns = self.table_columns(self._rows(conn, self.columns_sql, schemas))
        return keys, columns, views, tables

    def table_columns(self, rows: list[Any]) -> dict[tuple[str, str], list[ColumnSnapshot]]:
        """Column rows grouped by ``(schema, table)``, keys not yet marked (see :meth:`_walk`).

        Tens of thousands of rows pass here, so the loop body is kept to one constructor call.
        """
        columns: dict[tuple[str, str], list[ColumnSnapshot]] = {}
        for schema, table, name, position, data_type, nullable, default, comment in rows:
            group = columns.get((schema, table))
            if group is None:
                group = columns[(schema, table)] = []
            group.append(
                ColumnSnapshot(
                    name,
                    int(position),
                    data_type if data_type is None or len(data_type) <= 200 else data_type[:199] + "…",
                    bool(nullable),
                    None if default is None else str(default),
                    comment if comment and not comment.isspace() else None,
                )
            )
        return columns

    def _walk(self, conn: Connection, schemas: Sequence[str]) -> list[TableSnapshot]:
        key_rows, columns, view_rows, table_rows = self._fetch(conn, schemas)
        _mark_keys(columns, key_rows)
        return [self.complete(table, columns.get(table.key, ())) for table in self.outline(table_rows, view_rows)]

    def outline(self, table_rows: Iterable[Sequence[Any]], view_rows: Iterable[Sequence[Any]]) -> list[TableSnapshot]:
        """The tables (and views, with their SQL) of ``tables_sql`` rows, columns not yet attached."""
        definitions = {(r[0], r[1]): r[2] for r in view_rows}
        tables = []
        for schema, name, kind, comment, estimate, view_sql in table_rows:
            if definitions:
                view_sql = definitions.get((schema, name), view_sql)
            estimate = None if estimate is None or int(estimate) < 0 else int(estimate)
            tables.append(
                TableSnapshot(
                    schema=schema,
                    name=name,
                    kind=kind,
                    comment=_blank(comment),
                    row_estimate=estimate if kind == "table" else None,
                    view_sql=self.view_statement(schema, name, view_sql) if kind == "view" else None,
                )
            )
        return tables

    @staticmethod
    def complete(table: TableSnapshot, columns: Sequence[ColumnSnapshot]) -> TableSnapshot:
        """*table* with its *columns*, in position order."""
        positions = list(map(_POSITION, columns))
        if positions != sorted(positions):
            columns = sorted(columns, key=_POSITION)
        return TableSnapshot(
            table.schema, table.name, table.kind, table.comment, table.row_estimate, table.view_sql, tuple(columns)
        )

    def sample(
        self,
        conn: Connection,
        tables: Iterable[TableSnapshot],
        limit: int,
        profile: Callable[[Sequence[object]], dict[str, float]],
        progress: Progress | None = None,
    ) -> tuple[dict[tuple[str, str, str], tuple[dict[str, float], int]], list[str], int]:
        """One bounded query per table; each column's values go to *profile* and are dropped right after.

        Returns ``({(schema, table, column): (ratios, values seen)}, warnings, tables sampled)``. A table
        that cannot be read (no privilege, timeout) is skipped with a warning; the scan goes on.
        """
        targets = [t for t in tables if t.kind == "table" and t.columns]
        profiles: dict[tuple[str, str, str], tuple[dict[str, float], int]] = {}
        warnings: list[str] = []
        sampled = 0
        for done, table in enumerate(targets, start=1):
            try:
                rows = conn.exec_driver_sql(literal_percent(conn, self.sample_query(table, limit))).all()
            except sa.exc.DBAPIError as exc:
                reason = str(exc.orig).strip().splitlines()[0] if exc.orig is not None else type(exc).__name__
                if re.search(TIMEOUT_PATTERN, reason, re.IGNORECASE):
                    reason += "; raise ROPA_STATEMENT_TIMEOUT to sample it"
                warnings.append(f"table {table.schema}.{table.name}: not sampled ({reason})")
                self.after_failed_statement(conn)
            else:
                sampled += 1
                for index, column in enumerate(table.columns):
                    values = [row[index] for row in rows if row[index] is not None]
                    profiles[(table.schema, table.name, column.name)] = (dict(profile(values)), len(values))
                    del values
                del rows
            if progress is not None:
                progress("sampling", done, len(targets))
        return profiles, warnings, sampled

    def after_failed_statement(self, conn: Connection) -> None:
        """Make the connection usable again after a failed sample (autocommit sessions need nothing)."""
