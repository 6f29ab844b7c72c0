"""PostgreSQL: pg_catalog in four bulk queries; sessions forced read-only with a statement timeout.

``pg_catalog`` (not ``information_schema``) because it shows every object whatever the scanning role's
privileges, carries comments and ``reltuples`` row estimates, and is several times faster on big schemas.
Schemas the role has no ``USAGE`` on are reported and skipped.
"""

from __future__ import annotations

from typing import Any

from connectors.base import Connector, TableSnapshot

_SKIP = "n.nspname NOT IN ('pg_catalog', 'information_schema', 'pg_toast') AND n.nspname NOT LIKE 'pg\\_%'"
_KINDS = "('r', 'p', 'v', 'm', 'f')"


class PostgresConnector(Connector):
    dialect = "postgresql"
    system_schemas = frozenset({"pg_catalog", "information_schema", "pg_toast"})
    quote_char = '"'
    identifier_case = "lower"
    begin_snapshot_sql = "BEGIN TRANSACTION ISOLATION LEVEL REPEATABLE READ READ ONLY"
    end_snapshot_sql = "COMMIT"

    schemas_sql = f"""
        SELECT n.nspname, has_schema_privilege(n.oid, 'USAGE')
        FROM pg_namespace n WHERE {_SKIP}
    """
    tables_sql = f"""
        SELECT n.nspname, c.relname,
               CASE WHEN c.relkind IN ('v', 'm') THEN 'view' ELSE 'table' END,
               d.description, c.reltuples::bigint,
               CASE WHEN c.relkind IN ('v', 'm') THEN pg_get_viewdef(c.oid) END
        FROM pg_class c
        JOIN pg_namespace n ON n.oid = c.relnamespace
        LEFT JOIN pg_description d ON d.objoid = c.oid AND d.classoid = 'pg_class'::regclass AND d.objsubid = 0
        WHERE c.relkind IN {_KINDS} AND NOT c.relispartition AND n.nspname IN :schemas
        ORDER BY n.nspname, c.relname
    """
    # pg_get_expr is most of this query's cost: it runs only where a default exists, and without the
    # table as context (a third of the time) unless the expression may name columns (generated ones).
    columns_sql = f"""
        SELECT n.nspname, c.relname, a.attname, a.attnum, format_type(a.atttypid, a.atttypmod),
               NOT a.attnotnull,
               CASE WHEN NOT a.atthasdef THEN NULL
                    WHEN a.attgenerated = '' THEN pg_get_expr(ad.adbin, 0)
                    ELSE pg_get_expr(ad.adbin, ad.adrelid) END,
               d.description
        FROM pg_attribute a
        JOIN pg_class c ON c.oid = a.attrelid
        JOIN pg_namespace n ON n.oid = c.relnamespace
        LEFT JOIN pg_attrdef ad ON a.atthasdef AND ad.adrelid = a.attrelid AND ad.adnum = a.attnum
        LEFT JOIN pg_description d ON d.objoid = c.oid AND d.classoid = 'pg_class'::regclass
             AND d.objsubid = a.attnum
        WHERE a.attnum > 0 AND NOT a.attisdropped AND c.relkind IN {_KINDS} AND NOT c.relispartition
          AND n.nspname IN :schemas
    """
    keys_sql = """
        SELECT n.nspname, c.relname, a.attname, con.contype, fn.nspname, fc.relname, fa.attname, con.conname
        FROM pg_constraint con
        JOIN pg_class c ON c.oid = con.conrelid
        JOIN pg_namespace n ON n.oid = c.relnamespace
        CROSS JOIN LATERAL unnest(con.conkey, con.confkey) WITH ORDINALITY AS k(attnum, fattnum, ord)
        JOIN pg_attribute a ON a.attrelid = con.conrelid AND a.attnum = k.attnum
        LEFT JOIN pg_class fc ON fc.oid = con.confrelid
        LEFT JOIN pg_namespace fn ON fn.oid = fc.relnamespace
        LEFT JOIN pg_attribute fa ON fa.attrelid = con.confrelid AND fa.attnum = k.fattnum
        WHERE con.contype IN ('p', 'f') AND n.nspname IN :schemas
        ORDER BY con.conname, k.ord
    """

    # Big tables are sampled from random pages (TABLESAMPLE SYSTEM) so the query stays cheap and the
    # rows are not only the oldest ones; small tables are read with a plain LIMIT.
    SAMPLE_FROM_PAGES_ABOVE = 50_000

    def sample_query(self, table: TableSnapshot, limit: int) -> str:
        columns = ", ".join(self.quote(c.name) for c in table.columns)
        rows = table.row_estimate or 0
        if rows > self.SAMPLE_FROM_PAGES_ABOVE:
            percent = min(100.0, 100.0 * 10 * limit / rows)
            source = f"{self.qualified(table)} TABLESAMPLE SYSTEM ({percent:.6f})"
        else:
            source = self.qualified(table)
        return f"SELECT {columns} FROM {source} LIMIT {int(limit)}"

    # Set at connection start-up, so even the first statement of a session is read-only and bounded.
    SESSION_OPTIONS = "-c default_transaction_read_only=on -c statement_timeout={milliseconds}"

    @classmethod
    def connect_args(cls, statement_timeout: float, connect_timeout: float) -> dict[str, Any]:
        options = cls.SESSION_OPTIONS.format(milliseconds=int(statement_timeout * 1000))
        return {"connect_timeout": max(1, int(connect_timeout)), "options": options}
