"""MySQL and MariaDB: ``information_schema`` in four bulk queries; sessions read-only with a timeout.

A MySQL "schema" is a database: a URL naming a database scans that one, a URL without one scans every
database the user can see except the server's own. ``information_schema`` only lists what the user has
privileges on, so a database named with ``--schema`` but invisible is reported and skipped.
MariaDB and MySQL spell the statement timeout differently (``max_statement_time`` in seconds vs.
``MAX_EXECUTION_TIME`` in milliseconds); the session set-up asks the server which one it is.
"""

from __future__ import annotations

import json
import ssl
from collections.abc import Sequence
from functools import cache
from typing import Any

import pymysql
from sqlalchemy.engine import Connection

from connectors.base import ColumnSnapshot, Connector


@cache
def _unverified_tls() -> ssl.SSLContext:
    """The TLS context PyMySQL's default ("preferred") mode would build — no certificate check — made once.

    PyMySQL builds it per connection with ``ssl.create_default_context()``, which loads the system's
    CA store (about 0.1 s) that an unverified context never consults; a scan opens two connections.
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


class MySQLConnector(Connector):
    dialect = "mysql"
    system_schemas = frozenset({"mysql", "information_schema", "performance_schema", "sys"})
    quote_char = "`"
    identifier_case = "exact"
    begin_snapshot_sql = "START TRANSACTION READ ONLY"
    end_snapshot_sql = "COMMIT"

    schemas_sql = "SELECT SCHEMA_NAME, 1 FROM information_schema.SCHEMATA"
    # Views are read apart: joining information_schema.VIEWS to TABLES costs more than a second query.
    tables_sql = """
        SELECT TABLE_SCHEMA, TABLE_NAME,
               CASE WHEN TABLE_TYPE = 'VIEW' THEN 'view' ELSE 'table' END,
               CASE WHEN TABLE_TYPE = 'VIEW' THEN NULL ELSE TABLE_COMMENT END,
               TABLE_ROWS, NULL
        FROM information_schema.TABLES
        WHERE TABLE_SCHEMA IN :schemas AND TABLE_TYPE <> 'SEQUENCE'
        ORDER BY TABLE_SCHEMA, TABLE_NAME
    """
    views_sql = (
        "SELECT TABLE_SCHEMA, TABLE_NAME, VIEW_DEFINITION FROM information_schema.VIEWS WHERE TABLE_SCHEMA IN :schemas"
    )
    # One row per table with its columns packed as JSON: PyMySQL decodes rows in pure Python, so 2,000
    # rows of JSON (parsed in C) are several times faster than 40,000 rows of fields. The JSON already
    # holds each column's fields as ColumnSnapshot takes them (long types cut, blank comments NULL).
    # MariaDB reports "no default" as the text 'NULL' (and string defaults quoted); normalise the former.
    columns_apart = True
    columns_sql = """
        SELECT TABLE_SCHEMA, TABLE_NAME,
               JSON_ARRAYAGG(JSON_ARRAY(
                   COLUMN_NAME, ORDINAL_POSITION,
                   IF(CHAR_LENGTH(COLUMN_TYPE) > 200, CONCAT(LEFT(COLUMN_TYPE, 199), '…'), COLUMN_TYPE),
                   IS_NULLABLE = 'YES',
                   CASE WHEN COLUMN_DEFAULT = 'NULL' THEN NULL ELSE COLUMN_DEFAULT END,
                   CASE WHEN TRIM(COLUMN_COMMENT) <> '' THEN COLUMN_COMMENT END))
        FROM information_schema.COLUMNS
        WHERE TABLE_SCHEMA IN :schemas
        GROUP BY TABLE_SCHEMA, TABLE_NAME
    """
    keys_sql = """
        SELECT TABLE_SCHEMA, TABLE_NAME, COLUMN_NAME,
               CASE WHEN CONSTRAINT_NAME = 'PRIMARY' THEN 'p' ELSE 'f' END,
               REFERENCED_TABLE_SCHEMA, REFERENCED_TABLE_NAME, REFERENCED_COLUMN_NAME
        FROM information_schema.KEY_COLUMN_USAGE
        WHERE TABLE_SCHEMA IN :schemas AND (CONSTRAINT_NAME = 'PRIMARY' OR REFERENCED_TABLE_NAME IS NOT NULL)
        ORDER BY CONSTRAINT_NAME, ORDINAL_POSITION
    """

    def _rows(self, conn: Connection, sql: str, schemas: Sequence[str]) -> list[Any]:
        """One query per schema, the schema compared with ``=``: MariaDB then opens only that database's
        tables ("Scanned 1 database"); ``IN`` with two names makes it scan every database on the server."""
        query = sql.replace("IN :schemas", "= %s")
        rows: list[Any] = []
        for schema in schemas:
            rows += conn.exec_driver_sql(query, (schema,)).all()
        return rows

    def table_columns(self, rows: list[Any]) -> dict[tuple[str, str], list[ColumnSnapshot]]:
        make = ColumnSnapshot
        columns = {}
        for schema, table, packed in rows:
            columns[(schema, table)] = [
                make(
                    name,
                    position,
                    data_type,
                    bool(nullable),
                    default,
                    None if comment is None or comment.isspace() else comment,
                )
                for name, position, data_type, nullable, default, comment in json.loads(packed)
            ]
        return columns

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
    # MariaDB builds JSON_ARRAYAGG on GROUP_CONCAT, so its length limit applies to a table's columns.
    GROUP_CONCAT_SQL = "SET SESSION group_concat_max_len = 67108864"

    @classmethod
    def session_sql(cls, server_version: str, statement_timeout: float) -> tuple[str, ...]:
        if "mariadb" in server_version.lower():
            timeout = cls.MARIADB_TIMEOUT_SQL.format(seconds=float(statement_timeout))
        else:
            timeout = cls.MYSQL_TIMEOUT_SQL.format(milliseconds=int(statement_timeout * 1000))
        return (cls.READ_ONLY_SQL, timeout, cls.GROUP_CONCAT_SQL)
