"""SQLite: ``sqlite_master`` joined with the ``pragma_*`` table functions — still one query per kind.

The file is opened through a ``file:...?mode=ro`` URI plus ``PRAGMA query_only``, so a scan cannot write
it. The schema is ``main`` (attached databases are not followed). SQLite keeps no comments and no row
statistics: comments are read from ``--`` remarks in the stored ``CREATE TABLE`` text
(:mod:`connectors._ddl_comments`), and rows are counted exactly up to ``COUNT_UP_TO`` rows, beyond that
``max(rowid)`` stands in as the estimate.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import replace

import sqlalchemy as sa
from sqlalchemy.engine import Connection

from connectors._ddl_comments import parse_ddl_comments
from connectors.base import ColumnSnapshot, Connector, TableSnapshot

_USER_OBJECTS = "m.type IN ('table', 'view') AND m.name NOT LIKE 'sqlite\\_%' ESCAPE '\\'"


class SQLiteConnector(Connector):
    dialect = "sqlite"
    system_schemas = frozenset({"temp"})
    quote_char = '"'
    identifier_case = "insensitive"
    begin_snapshot_sql = "BEGIN"
    end_snapshot_sql = "COMMIT"
    COUNT_UP_TO = 100_000
    TYPE_SAMPLE = 100  # rows read for the storage class of a column without a declared type

    schemas_sql = "SELECT name, 1 FROM pragma_database_list WHERE name = 'main'"
    tables_sql = f"""
        SELECT 'main', m.name, m.type, NULL, NULL, CASE WHEN m.type = 'view' THEN m.sql END
        FROM sqlite_master m
        WHERE {_USER_OBJECTS} AND 'main' IN :schemas
        ORDER BY m.name
    """
    columns_sql = f"""
        SELECT 'main', m.name, p.name, p.cid + 1, NULLIF(p.type, ''), NOT p."notnull", p.dflt_value, NULL
        FROM sqlite_master m JOIN pragma_table_xinfo(m.name) p
        WHERE {_USER_OBJECTS} AND p.hidden <> 1 AND 'main' IN :schemas
    """
    # A foreign key without a column list points at the referenced table's primary key.
    keys_sql = f"""
        SELECT 'main', m.name, p.name, 'p', NULL, NULL, NULL, NULL
        FROM sqlite_master m JOIN pragma_table_info(m.name) p
        WHERE {_USER_OBJECTS} AND m.type = 'table' AND p.pk > 0 AND 'main' IN :schemas
        UNION ALL
        SELECT 'main', m.name, f."from", 'f', 'main', f."table",
               COALESCE(f."to", (SELECT r.name FROM pragma_table_info(f."table") r WHERE r.pk = f.seq + 1)), f.id
        FROM sqlite_master m JOIN pragma_foreign_key_list(m.name) f
        WHERE {_USER_OBJECTS} AND m.type = 'table' AND 'main' IN :schemas
    """

    def extra_snapshot_work(self, conn: Connection, tables: list[TableSnapshot]) -> list[TableSnapshot]:
        ddl: dict[str, str | None] = dict(
            conn.exec_driver_sql("SELECT name, sql FROM sqlite_master WHERE type = 'table'").all()
        )
        result = []
        for table in tables:
            if table.kind == "table":
                table_comment, column_comments = parse_ddl_comments(ddl.get(table.name) or "")
                columns = tuple(
                    c._replace(comment=column_comments[c.name]) if c.name in column_comments else c
                    for c in table.columns
                )
                table = replace(table, comment=table_comment, columns=columns, row_estimate=self._count(conn, table))
            if any(c.data_type is None for c in table.columns):
                table = replace(table, columns=self._storage_classes(conn, table))
            result.append(table)
        return result

    def _storage_classes(self, conn: Connection, table: TableSnapshot) -> tuple[ColumnSnapshot, ...]:
        """Columns without a declared type (a view's expressions, ``CREATE TABLE … AS SELECT``) get the storage
        class most of their first rows hold (``text``, ``integer``, ``real``, ``blob``): where PostgreSQL and MySQL
        report the expression's type, SQLite reports nothing, and the classifier reads types. Only ``typeof`` is
        read, never a value."""
        untyped = [c for c in table.columns if c.data_type is None]
        classes = ", ".join(f"typeof({self.quote(c.name)})" for c in untyped)
        rows = conn.exec_driver_sql(f"SELECT {classes} FROM {self.qualified(table)} LIMIT {self.TYPE_SAMPLE}").all()
        found = {}
        for i, column in enumerate(untyped):
            counts = Counter(row[i] for row in rows if row[i] != "null")
            if counts:
                found[column.name] = counts.most_common(1)[0][0]
        return tuple(c._replace(data_type=found[c.name]) if c.name in found else c for c in table.columns)

    def _count(self, conn: Connection, table: TableSnapshot) -> int | None:
        name = self.qualified(table)
        count = conn.exec_driver_sql(f"SELECT count(*) FROM (SELECT 1 FROM {name} LIMIT {self.COUNT_UP_TO + 1})")
        rows = int(count.scalar_one())
        if rows <= self.COUNT_UP_TO:
            return rows
        try:
            return int(conn.exec_driver_sql(f"SELECT max(rowid) FROM {name}").scalar_one())
        except sa.exc.DBAPIError:  # WITHOUT ROWID table: the bounded count is the best estimate we have
            return rows
