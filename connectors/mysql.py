"""MySQL and MariaDB: ``information_schema`` in three bulk queries; sessions read-only with a timeout.

A MySQL "schema" is a database: a URL naming a database scans that one, a URL without one scans every
database the user can see except the server's own. ``information_schema`` only lists what the user has
privileges on, so a database named with ``--schema`` but invisible is reported and skipped.
MariaDB and MySQL spell the statement timeout differently (``max_statement_time`` in seconds vs.
``MAX_EXECUTION_TIME`` in milliseconds); the session set-up asks the server which one it is.

Each catalog query comes back as one row — its rows' fields as JSON values joined by ``GROUP_CONCAT``
(see :class:`_Packed`) — because PyMySQL decodes result rows in pure Python: 40,000 column rows cost it
about 0.2 s of CPU, ``json.loads`` of the same fields in one text some 15 ms, and the server builds that
text for less than it spends building per-table JSON documents.
"""

from __future__ import annotations

import json
import ssl
from collections.abc import Callable, Sequence
from concurrent.futures import Future, ThreadPoolExecutor
from dataclasses import replace
from functools import cache
from itertools import chain, groupby, islice, repeat
from typing import Any, Generic, NamedTuple, TypeVar

import pymysql
import sqlalchemy as sa
from sqlalchemy.engine import Connection

from connectors.base import ColumnSnapshot, Connector, SnapshotSink, SystemSnapshot, TableSnapshot, _mark_keys

_T = TypeVar("_T")


class _Packed(NamedTuple):
    """A catalog query whose result travels as one row: ``COUNT(*)`` and every field as JSON, in order.

    *fields* are ``(SQL expression, kind)`` with kind ``text``, ``number`` or ``bool``; *source* is the
    ``FROM ... WHERE`` part with ``%s`` for the schema; *order* orders the rows. :attr:`plain` is the same
    query row by row — the fallback when the packed text was cut short. A cut shows as invalid JSON or
    as too few values, provided no record ends in a number (a number cut short is still a number).
    """

    fields: tuple[tuple[str, str], ...]
    source: str
    order: str = ""

    @property
    def packed(self) -> str:
        assert self.fields[-1][1] != "number", "a record ending in a number hides a cut"
        values = ", ".join(_JSON_VALUE[kind].format(expr) for expr, kind in self.fields)
        order = f" ORDER BY {self.order}" if self.order else ""
        return f"SELECT COUNT(*), GROUP_CONCAT(CONCAT_WS(',', {values}){order}) {self.source}"

    @property
    def plain(self) -> str:
        order = f" ORDER BY {self.order}" if self.order else ""
        return f"SELECT {', '.join(expr for expr, _ in self.fields)} {self.source}{order}"

    def where(self, condition: str) -> _Packed:
        """The same query with one more condition (ANDed to the WHERE of *source*)."""
        return self._replace(source=f"{self.source} AND {condition}")

    def normalised(self, row: Sequence[Any]) -> tuple[Any, ...]:
        """A plain row's fields as the packed form gives them (``bool`` for flags)."""
        return tuple(bool(v) if kind == "bool" else v for v, (_, kind) in zip(row, self.fields))


# How a field is spelt as a JSON value (CONCAT_WS skips NULLs, so none may be NULL).
_JSON_VALUE = {
    "text": "IFNULL(JSON_QUOTE({}), 'null')",
    "number": "IFNULL({}, 'null')",
    "bool": "IF({}, 'true', 'false')",
}


def _group_columns(columns: dict[tuple[str, str], list[ColumnSnapshot]], schema: str, values: list[Any]) -> None:
    """Add *schema*'s columns to *columns* from the flat fields of :attr:`MySQLConnector.columns_query`.

    Built without a Python loop per column: the fields are sliced out in C, the snapshots made with
    ``tuple.__new__`` (what ColumnSnapshot's own constructor calls, less its Python frame) and each
    table's run of consecutive columns cut off the list.
    """
    width = 7
    comments = values[6::width]
    if any(map(str.isspace, filter(None, comments))):
        comments = [None if c is None or c.isspace() else c for c in comments]
    fields = zip(
        values[1::width], values[2::width], values[3::width], values[4::width], values[5::width], comments,
        repeat(False), repeat(None),
    )  # fmt: skip
    built = iter(map(tuple.__new__, repeat(ColumnSnapshot), fields))
    for table, run in groupby(values[0::width]):
        group = list(islice(built, sum(1 for _ in run)))
        known = columns.setdefault((schema, table), group)
        if known is not group:  # the table's columns came in two runs
            known += group


@cache
def _unverified_tls() -> ssl.SSLContext:
    """The TLS context PyMySQL's default ("preferred") mode would build — no certificate check — made once.

    PyMySQL builds it per connection with ``ssl.create_default_context()``, which loads the system's
    CA store (about 0.1 s) that an unverified context never consults; a scan opens three connections.
    """
    context = ssl.SSLContext(ssl.PROTOCOL_TLS_CLIENT)
    context.check_hostname = False
    context.verify_mode = ssl.CERT_NONE
    return context


class PyMySQLConnection(pymysql.connections.Connection):  # type: ignore[misc]
    """PyMySQL's connection, reusing one unverified TLS context in "preferred" mode (see above).

    Explicit TLS options (``ssl_ca`` etc. in the URL) still get PyMySQL's own verifying context.
    """

    def _create_ssl_ctx(self, sslp: Any) -> ssl.SSLContext:
        if isinstance(sslp, dict) and not sslp:
            return _unverified_tls()
        return super()._create_ssl_ctx(sslp)  # type: ignore[no-any-return]


def _ranges(names: Sequence[str], size: int) -> list[tuple[str | None, str | None]]:
    """``(from, to)`` table-name ranges of about *size* of *names* each (sorted as the server sorts them).

    Ranges meet at names that exist, ``name >= from AND name < to`` in the server's own collation: every
    table falls in exactly one range, however Python would sort the names.
    """
    bounds = list(names[size::size])
    return list(zip([None, *bounds], [*bounds, None]))


class _NoSession(Exception):
    """A further session could not connect: its jobs run on the scan's own session instead."""


class _Session:
    """A further read-only session of a scan with its own worker thread: its jobs run in order on it.

    It connects as soon as it is made, so the connection is ready by the time its first job comes.
    Should the server refuse it (``max_user_connections``, ``max_connections``), each job runs on the
    scan's own session when its result is asked for — slower, same snapshot.
    """

    def __init__(self, connector: MySQLConnector) -> None:
        self.engine = connector.engine
        self.conn: Connection | None = None
        self.pool = ThreadPoolExecutor(1)
        self.pool.submit(self._open)

    def _open(self) -> None:
        try:
            self.conn = self.engine.connect()
        except sa.exc.DBAPIError:
            self.conn = None

    def submit(self, job: Callable[..., _T], *args: Any) -> _Job[_T]:
        """Run ``job(connection, *args)`` on this session after the jobs before it."""
        return _Job(self.pool.submit(self._run, job, args), job, args)

    def _run(self, job: Callable[..., _T], args: tuple[Any, ...]) -> _T:
        if self.conn is None:  # (_open ran first, in this same worker)
            raise _NoSession
        return job(self.conn, *args)

    def close(self) -> None:
        self.pool.shutdown(wait=True, cancel_futures=True)
        if self.conn is not None:
            self.conn.close()


class _Job(Generic[_T]):
    """A job given to a :class:`_Session`; :meth:`result` falls back to the caller's session."""

    def __init__(self, future: Future[_T], job: Callable[..., _T], args: tuple[Any, ...]) -> None:
        self.future, self.job, self.args = future, job, args

    def result(self, conn: Connection) -> _T:
        try:
            return self.future.result()
        except _NoSession:
            return self.job(conn, *self.args)


class MySQLConnector(Connector):
    dialect = "mysql"
    system_schemas = frozenset({"mysql", "information_schema", "performance_schema", "sys"})
    quote_char = "`"
    identifier_case = "exact"
    begin_snapshot_sql = "START TRANSACTION READ ONLY"
    end_snapshot_sql = "COMMIT"

    schemas_sql = "SELECT SCHEMA_NAME, 1 FROM information_schema.SCHEMATA"
    tables_query = _Packed(
        fields=(
            ("TABLE_NAME", "text"),
            ("TABLE_ROWS", "number"),
            ("IF(TABLE_TYPE = 'VIEW', 'view', 'table')", "text"),
            ("IF(TABLE_TYPE = 'VIEW', NULL, TABLE_COMMENT)", "text"),
        ),
        source="FROM information_schema.TABLES WHERE TABLE_SCHEMA = %s AND TABLE_TYPE <> 'SEQUENCE'",
        order="TABLE_NAME",
    )
    # Each column's fields as ColumnSnapshot takes them: long types cut, MariaDB's 'NULL' (no default) and
    # blank comments as NULL (comments of other white space are blanked in Python).
    columns_query = _Packed(
        fields=(
            ("TABLE_NAME", "text"),
            ("COLUMN_NAME", "text"),
            ("ORDINAL_POSITION", "number"),
            ("IF(CHAR_LENGTH(COLUMN_TYPE) > 200, CONCAT(LEFT(COLUMN_TYPE, 199), '…'), COLUMN_TYPE)", "text"),
            ("IS_NULLABLE = 'YES'", "bool"),
            ("NULLIF(COLUMN_DEFAULT, 'NULL')", "text"),
            ("NULLIF(COLUMN_COMMENT, '')", "text"),
        ),
        source="FROM information_schema.COLUMNS WHERE TABLE_SCHEMA = %s",
    )
    keys_query = _Packed(
        fields=(
            ("TABLE_NAME", "text"),
            ("COLUMN_NAME", "text"),
            ("IF(CONSTRAINT_NAME = 'PRIMARY', 'p', 'f')", "text"),
            ("REFERENCED_TABLE_SCHEMA", "text"),
            ("REFERENCED_TABLE_NAME", "text"),
            ("REFERENCED_COLUMN_NAME", "text"),
            ("CONSTRAINT_NAME", "text"),
        ),
        source="""FROM information_schema.KEY_COLUMN_USAGE WHERE TABLE_SCHEMA = %s
                  AND (CONSTRAINT_NAME = 'PRIMARY' OR REFERENCED_TABLE_NAME IS NOT NULL)""",
        order="CONSTRAINT_NAME, ORDINAL_POSITION",
    )
    # (No tables_sql/columns_sql/keys_sql: this connector's own _read_all reads the packed queries above.)
    # Views are read apart, and only where TABLES listed some: the view definitions are not in TABLES.
    views_sql = "SELECT TABLE_NAME, VIEW_DEFINITION FROM information_schema.VIEWS WHERE TABLE_SCHEMA = %s"

    # Tables per columns query: the catalog writer takes one range while the server reads the next. At
    # most MAX_RANGES queries, as each one lists the database's directory again.
    CHUNK_TABLES = 400
    MAX_RANGES = 8

    def _walk(self, conn: Connection, schemas: Sequence[str]) -> list[TableSnapshot]:
        return self._read_all(conn, schemas, None)

    def _stream(
        self, conn: Connection, schemas: Sequence[str], outline: SystemSnapshot, sink: SnapshotSink
    ) -> tuple[list[TableSnapshot], bool]:
        return self._read_all(conn, schemas, (outline, sink)), True

    def _read_all(
        self, conn: Connection, schemas: Sequence[str], feed: tuple[SystemSnapshot, SnapshotSink] | None
    ) -> list[TableSnapshot]:
        """Tables and views on this connection; keys and the columns, in parts, on two more.

        One query per schema, the schema compared with ``=``: MariaDB then opens only that database's
        tables ("Scanned 1 database"); ``IN`` with two names makes it scan every database on the server.
        The columns (the slowest query) are read in ranges of table names (a condition MariaDB checks
        before it opens a table), taken in turns by two more sessions (the keys' session after the
        keys) — so the server computes the next ranges while this thread turns the previous one into
        snapshots and, with a *feed*, hands them to its sink (the catalog writer). information_schema
        is not transactional anyway, so more sessions cost no consistency. The keys are asked for once
        the tables are read, beside the column ranges and the catalog writes: tables and keys both open
        every table in the engine (row counts, foreign keys), and two such queries at once contend
        inside the server (measured: 63 ms together vs. 44 ms in a row); the column ranges only read
        table definitions and run well beside either.
        """
        ranges, keyed = _Session(self), _Session(self)
        try:
            table_rows: list[Any] = []
            parts: list[_Job[dict[tuple[str, str], list[ColumnSnapshot]]] | None] = []
            views: list[Any] = []
            later: list[tuple[int, str, str | None, str | None]] = []  # the keys session's ranges
            for schema in schemas:
                found = self._read(conn, self.tables_query, (schema,))
                size = max(self.CHUNK_TABLES, -(-len(found) // self.MAX_RANGES))
                for lo, hi in _ranges([r[0] for r in found], size):
                    # Ranges 0, 1, 3, 5, ... here; 2, 4, ... on the keys session, busy with the keys first.
                    if len(parts) >= 2 and len(parts) % 2 == 0:
                        later.append((len(parts), schema, lo, hi))
                        parts.append(None)
                    else:
                        parts.append(ranges.submit(self._columns, schema, lo, hi))
                table_rows += [(schema, name, kind, comment, rows, None) for name, rows, kind, comment in found]
                if any(kind == "view" for _, _, kind, _ in found):
                    rows = conn.exec_driver_sql(self.views_sql, (schema,)).all()
                    views += [(schema, name, definition) for name, definition in rows]
            key_rows = keyed.submit(self._keys, schemas)  # after the tables: see above
            for index, schema, lo, hi in later:
                parts[index] = keyed.submit(self._columns, schema, lo, hi)
            outline = self.outline(table_rows, views)
            if feed is not None:
                feed[1].tables(replace(feed[0], tables=tuple(outline)))
            keys = key_rows.result(conn)
            order = {table.key: index for index, table in enumerate(outline)}
            done: dict[tuple[str, str], TableSnapshot] = {}
            for part in parts:
                assert part is not None
                columns = part.result(conn)
                batch = sorted((key for key in columns if key in order and key not in done), key=order.__getitem__)
                _mark_keys(columns, chain.from_iterable(keys.get(key, ()) for key in batch))
                tables = [self.complete(outline[order[key]], columns[key]) for key in batch]
                done.update(zip(batch, tables))
                if feed is not None and tables:
                    feed[1].columns(tables)
            rest = [self.complete(table, ()) for table in outline if table.key not in done]  # no columns read
            done.update((table.key, table) for table in rest)
            if feed is not None and rest:
                feed[1].columns(rest)
            return [done[table.key] for table in outline]
        finally:
            try:
                ranges.close()
            finally:
                keyed.close()  # even when closing the other session fails: no thread or connection left open

    @staticmethod
    def complete(table: TableSnapshot, columns: Sequence[ColumnSnapshot]) -> TableSnapshot:
        """*table* with its *columns*; a view's columns without comments, as PostgreSQL and SQLite report them.

        A MySQL view cannot comment its columns: information_schema repeats the base table's comments there,
        which would make a view classify differently here than the same view on another backend.
        """
        if table.kind == "view":
            columns = [c._replace(comment=None) if c.comment else c for c in columns]
        return Connector.complete(table, columns)

    def _keys(self, conn: Connection, schemas: Sequence[str]) -> dict[tuple[str, str], list[tuple[Any, ...]]]:
        """Key rows (``keys_sql`` shape) by table, in the keys query's order."""
        keys: dict[tuple[str, str], list[tuple[Any, ...]]] = {}
        for schema in schemas:
            for row in self._read(conn, self.keys_query, (schema,)):
                keys.setdefault((schema, row[0]), []).append((schema, *row))
        return keys

    def _columns(
        self, conn: Connection, schema: str, lo: str | None, hi: str | None
    ) -> dict[tuple[str, str], list[ColumnSnapshot]]:
        """The columns of *schema*'s tables named from *lo* (inclusive) to *hi* (exclusive), by table."""
        query, params = self.columns_query, [schema]
        if lo is not None:
            query, params = query.where("TABLE_NAME >= %s"), [*params, lo]
        if hi is not None:
            query, params = query.where("TABLE_NAME < %s"), [*params, hi]
        columns: dict[tuple[str, str], list[ColumnSnapshot]] = {}
        _group_columns(columns, schema, self._read(conn, query, tuple(params), flat=True))
        return columns

    @staticmethod
    def _read(conn: Connection, query: _Packed, params: tuple[Any, ...], *, flat: bool = False) -> list[Any]:
        """*query*'s rows (tuples, or with *flat* one list of all their fields in order).

        The packed form first; should the server have cut its text (``GROUP_CONCAT`` stops at
        ``max_allowed_packet``, some 300,000 columns), the same query row by row.
        """
        width = len(query.fields)
        count, text = conn.exec_driver_sql(query.packed, params).one()
        values: list[Any] = []
        if count:
            try:
                values = json.loads(f"[{text}]")
            except ValueError:
                values = []
            if len(values) != count * width:
                rows = conn.exec_driver_sql(query.plain, params).all()
                values = list(chain.from_iterable(query.normalised(row) for row in rows))
        if flat:
            return values
        fields = iter(values)
        return list(zip(*[fields] * width))

    def default_schemas(self) -> list[str] | None:
        return [self.url.database] if self.url.database else None

    @staticmethod
    def connect_args(statement_timeout: float, connect_timeout: float) -> dict[str, Any]:
        # read_timeout is the client-side backstop should the server ignore its own timeout.
        return {
            "connect_timeout": max(1, int(connect_timeout)),
            "read_timeout": max(1, int(statement_timeout) + 5),
            "charset": "utf8mb4",
        }

    READ_ONLY_SQL = "SET SESSION TRANSACTION READ ONLY"
    MARIADB_TIMEOUT_SQL = "SET SESSION max_statement_time = {seconds}"
    MYSQL_TIMEOUT_SQL = "SET SESSION MAX_EXECUTION_TIME = {milliseconds}"  # SELECTs only, which is all we run
    # The packed queries' text is a GROUP_CONCAT: as long as max_allowed_packet allows (else row by row).
    GROUP_CONCAT_SQL = "SET SESSION group_concat_max_len = 67108864"

    @classmethod
    def session_sql(cls, server_version: str, statement_timeout: float) -> tuple[str, ...]:
        if "mariadb" in server_version.lower():
            timeout = cls.MARIADB_TIMEOUT_SQL.format(seconds=float(statement_timeout))
        else:
            timeout = cls.MYSQL_TIMEOUT_SQL.format(milliseconds=int(statement_timeout * 1000))
        return (cls.READ_ONLY_SQL, timeout, cls.GROUP_CONCAT_SQL)
