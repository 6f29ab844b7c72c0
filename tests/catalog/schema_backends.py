"""The real public schemas of ``tests/data/schemas`` on every backend, classified through the CLI as a user would.

The schemas are MySQL DDL. They are loaded into SQLite (rewritten by
:func:`tests.catalog.test_classify_real.mysql_to_sqlite`), into MariaDB as written (only the two PostgreSQL
types some Rails schemas carry, ``jsonb`` and ``inet``, spelled the MariaDB way), and into PostgreSQL through
:func:`mysql_to_postgres` (types mapped as a port would map them, column and table comments as ``COMMENT ON``,
primary and foreign keys kept). Each database is then scanned, classified and exported by the real ``ropa`` CLI
(:func:`cli_export`) and scored against the hand labels the way ``evaluate`` does (:func:`score`), keyed by the
export's ``table`` and ``column`` — the schema column differs by backend (``main``, ``public``, the database).

Used by ``tests/catalog/test_classify_backends.py`` and ``bench/classify_backends.py``.
"""

from __future__ import annotations

import csv
import re
import sqlite3
from collections import defaultdict
from collections.abc import Iterable
from pathlib import Path
from typing import Any

import sqlalchemy as sa
import sqlglot
from sqlglot import exp

from connectors.base import literal_percent
from tests.catalog.test_classify_real import (
    ALTER_STATEMENTS,
    LateKeys,
    Score,
    compare,
    mysql_to_sqlite,
    table_primary_key,
)

DATA = Path(__file__).resolve().parent.parent / "data"
SCHEMAS = DATA / "schemas"
LABELS = DATA / "labels"

# PostgreSQL-only types some schemas written from Rails carry, and what MariaDB calls them.
_MARIADB_SPELLING = {"jsonb": "json", "inet": "inet6"}


def schema_text(app: str, folder: Path = SCHEMAS) -> str:
    """The app's MySQL DDL, from ``tests/data/schemas`` or an exam folder (``tests/data/blind8``)."""
    return (folder / f"{app}.sql").read_text(encoding="utf-8")


# ---------------------------------------------------------------- loading


def load_sqlite(path: Path, text: str) -> str:
    """Load MySQL DDL into a new SQLite file; returns its URL."""
    with sqlite3.connect(path) as conn:
        for statement in mysql_to_sqlite(text):
            conn.execute(statement)
    conn.close()
    return f"sqlite:///{path}"


def mariadb_ddl(text: str) -> str:
    """The DDL as MariaDB takes it: unchanged but for PostgreSQL-only column types (``jsonb``, ``inet``) and empty
    statements (Pimcore's install SQL has a stray ``;``, which the ``mysql`` client skips and a multi-statement
    query refuses)."""
    for pg, maria in _MARIADB_SPELLING.items():
        text = re.sub(rf"(`\s+){pg}\b", rf"\g<1>{maria}", text, flags=re.IGNORECASE)
    return re.sub(r";(\s*;)+", ";", text)


def load_mariadb(url: str, text: str) -> None:
    """Run the DDL (upstream ``COMMENT``s, keys and engine options included) in the database of *url*."""
    import pymysql
    from pymysql.constants import CLIENT

    parsed = sa.make_url(url)
    conn = pymysql.connect(
        host=parsed.host or "127.0.0.1",
        port=parsed.port or 3306,
        user=parsed.username or "root",
        password=parsed.password or "",
        database=parsed.database,
        client_flag=CLIENT.MULTI_STATEMENTS,
        charset="utf8mb4",
    )
    try:
        with conn.cursor() as cur:
            cur.execute("SET FOREIGN_KEY_CHECKS = 0")  # as dumps do: a key may name a table created later
            cur.execute(mariadb_ddl(text))
            while cur.nextset():
                pass
        conn.commit()
    finally:
        conn.close()


# the types a PostgreSQL identity may have (MySQL also counts up a FLOAT key, as CHITS does)
_IDENTITY_TYPES = frozenset({"smallint", "integer", "bigint"})


def _pg_type(kind: exp.DataType | None, enum_type: str | None = None) -> str:
    """A MySQL column type as a port to PostgreSQL writes it (pgloader's defaults where it has one)."""
    if kind is None:
        return "text"
    t = exp.DataType.Type
    this = kind.this
    params = [p.sql(dialect="mysql") for p in kind.expressions]
    if this in (t.TINYINT, t.UTINYINT) and params == ["1"] or this in (t.BOOLEAN, t.BIT):
        return "boolean"  # MySQL's BOOLEAN is TINYINT(1)
    simple = {
        t.TINYINT: "smallint", t.UTINYINT: "smallint", t.SMALLINT: "smallint", t.USMALLINT: "integer",
        t.MEDIUMINT: "integer", t.UMEDIUMINT: "integer", t.INT: "integer", t.UINT: "bigint",
        t.BIGINT: "bigint", t.UBIGINT: "bigint", t.FLOAT: "real", t.DOUBLE: "double precision",
        t.UDOUBLE: "double precision",
        t.DATETIME: "timestamp", t.TIMESTAMP: "timestamptz", t.TIMESTAMPTZ: "timestamptz", t.DATE: "date",
        t.TIME: "time", t.YEAR: "smallint", t.TEXT: "text", t.TINYTEXT: "text", t.MEDIUMTEXT: "text",
        t.LONGTEXT: "text", t.BLOB: "bytea", t.TINYBLOB: "bytea", t.MEDIUMBLOB: "bytea", t.LONGBLOB: "bytea",
        t.BINARY: "bytea", t.VARBINARY: "bytea", t.JSON: "jsonb", t.JSONB: "jsonb", t.INET: "inet",
        t.ENUM: "varchar(255)", t.SET: "varchar(255)",
        # without PostGIS a port keeps a spatial column in PostgreSQL's own geometric type
        t.GEOMETRY: "point", t.GEOGRAPHY: "point",
    }  # fmt: skip
    if enum_type is not None and this in (t.ENUM, t.SET):
        return enum_type
    if this in simple:
        return simple[this]
    if this in (t.DECIMAL, t.UDECIMAL):
        return f"numeric({', '.join(params)})" if params else "numeric"
    if this in (t.VARCHAR, t.CHAR, t.NVARCHAR, t.NCHAR):
        name = "varchar" if this in (t.VARCHAR, t.NVARCHAR) else "char"
        # MySQL's CHAR(0) holds only '' or NULL (Home Assistant's retired columns); PostgreSQL's shortest is 1
        return f"{name}({max(int(params[0]), 1) if params[0].isdigit() else params[0]})" if params else name
    return kind.sql(dialect="postgres")


def _quote(name: str, fold: bool = False) -> str:
    name = name.lower() if fold else name
    return '"' + name.replace('"', '""') + '"'


def _literal(text: str) -> str:
    return "'" + text.replace("'", "''") + "'"


def mysql_to_postgres(text: str, *, enum_types: bool = False, fold_case: bool = False) -> list[str]:
    """MySQL DDL as PostgreSQL statements: tables, then comments, then foreign keys (so order does not matter).

    Foreign keys to tables the DDL does not create are left out (PostgreSQL cannot declare them).

    Identifiers keep their case (quoted, as the backticks had them) unless *fold_case* lower-cases them, as
    pgloader does by default; ``ENUM``/``SET`` become ``varchar(255)``, or with *enum_types* a type of their
    own per column (pgloader's ``<table>_<column>``); an integer ``AUTO_INCREMENT`` becomes an identity (a FLOAT
    one keeps its type alone: PostgreSQL has no such identity). Unique keys are kept, after the tables (a foreign
    key may reference a unique column that is not the primary key: BHIMA's ``entity.uuid``, and PostgreSQL
    refuses the key without it). A key to columns no key makes unique, which InnoDB allows (Zidisha's
    ``countries``, LORIS's ``consent_group``), gives them a unique key of their own, so PostgreSQL takes the
    reference: the tables hold no rows, so it constrains nothing. A unique key over a spatial column is left out:
    PostgreSQL's own ``point`` has no b-tree operator class to index it (Dawarich's points, unique on ``lonlat``,
    ``timestamp`` and ``user_id``). Defaults, other indexes and engine options are left out (the catalog reads
    none of them for classification).
    """
    late = LateKeys.of(text)
    types: list[str] = []
    tables: list[str] = []
    comments: list[str] = []
    uniques: list[str] = []
    foreign: list[tuple[str, tuple[str, ...], str]] = []  # (target, target columns, ALTER TABLE … ADD FOREIGN KEY)
    created: dict[str, frozenset[str]] = {}  # table → its columns
    unique: dict[str, set[frozenset[str]]] = defaultdict(set)  # table → the column sets a key makes unique

    def q(name: str) -> str:
        return _quote(name, fold_case)

    for stmt in sqlglot.parse(ALTER_STATEMENTS.sub("", text), read="mysql"):
        if not isinstance(stmt, exp.Create) or not isinstance(stmt.this, exp.Schema):
            continue
        name = stmt.this.this.name
        created[name] = _key_set(item.name for item in stmt.this.expressions if isinstance(item, exp.ColumnDef))
        lines: list[str] = []
        table_keys: list[tuple[list[str], str, list[str]]] = []  # (columns, target, target columns)
        keyed = False
        spatial = {
            item.name
            for item in stmt.this.expressions
            if isinstance(item, exp.ColumnDef) and _pg_type(item.args.get("kind")) == "point"
        }
        for item in stmt.this.expressions:
            if isinstance(item, exp.ColumnDef):
                kind = item.args.get("kind")
                enum_type = None
                if enum_types and kind is not None and kind.this in (exp.DataType.Type.ENUM, exp.DataType.Type.SET):
                    enum_type = q(f"{name}_{item.name}")
                    values = ", ".join(dict.fromkeys(_literal(v.name) for v in kind.expressions))
                    types.append(f"CREATE TYPE {enum_type} AS ENUM ({values})")
                pg_type = _pg_type(kind, enum_type)
                parts = [q(item.name), pg_type]
                for constraint in item.args.get("constraints") or []:
                    k = constraint.args.get("kind")
                    if isinstance(k, exp.CommentColumnConstraint):
                        comments.append(f"COMMENT ON COLUMN {q(name)}.{q(item.name)} IS {_literal(k.this.name)}")
                    elif isinstance(k, exp.NotNullColumnConstraint) and not k.args.get("allow_null"):
                        parts.append("NOT NULL")
                    elif isinstance(k, exp.PrimaryKeyColumnConstraint):
                        parts.append("PRIMARY KEY")
                        unique[name].add(_key_set([item.name]))
                        keyed = True
                    elif isinstance(k, exp.UniqueColumnConstraint) and item.name not in spatial:
                        parts.append("UNIQUE")
                        unique[name].add(_key_set([item.name]))
                    elif isinstance(k, exp.AutoIncrementColumnConstraint) and pg_type in _IDENTITY_TYPES:
                        parts.append("GENERATED BY DEFAULT AS IDENTITY")
                lines.append(" ".join(parts))
            elif (primary := table_primary_key(item)) is not None:
                lines.append("PRIMARY KEY (" + ", ".join(q(e.name) for e in primary.expressions) + ")")
                unique[name].add(_key_set(e.name for e in primary.expressions))
                keyed = True
            else:
                keys = (
                    [item]
                    if isinstance(item, exp.UniqueColumnConstraint)
                    else item.find_all(exp.UniqueColumnConstraint)
                )
                for key in keys:
                    columns = _unique_columns(key)
                    if columns and not spatial & set(columns):
                        uniques.append(f"ALTER TABLE {q(name)} ADD UNIQUE (" + ", ".join(q(c) for c in columns) + ")")
                        unique[name].add(_key_set(columns))
                for fk in [item] if isinstance(item, exp.ForeignKey) else list(item.find_all(exp.ForeignKey)):
                    ref = fk.args["reference"].this  # Schema(Table, columns)
                    table_keys.append(
                        ([e.name for e in fk.expressions], ref.this.name, [e.name for e in ref.expressions])
                    )
        if name in late.primary and not keyed:
            lines.append("PRIMARY KEY (" + ", ".join(q(c) for c in late.primary[name]) + ")")
            unique[name].add(_key_set(late.primary[name]))
        for columns, target, target_columns in table_keys + late.foreign.get(name, []):
            foreign.append(
                (
                    target,
                    tuple(target_columns),
                    f"ALTER TABLE {q(name)} ADD FOREIGN KEY (" + ", ".join(map(q, columns))
                    + f") REFERENCES {q(target)} (" + ", ".join(map(q, target_columns)) + ")",
                )
            )  # fmt: skip
        properties = stmt.args.get("properties")
        for prop in properties.expressions if properties else []:
            if isinstance(prop, exp.SchemaCommentProperty):
                comments.append(f"COMMENT ON TABLE {q(name)} IS {_literal(prop.this.name)}")
        tables.append(f"CREATE TABLE {q(name)} (\n  " + ",\n  ".join(lines) + "\n)")
    # A trimmed schema may keep a key to a table (or columns) it left out: MariaDB (without key checks) and
    # SQLite keep such a key, PostgreSQL cannot create it.
    kept = [key for key in foreign if _key_set(key[1]) <= created.get(key[0], frozenset())]
    for target, referenced, _ in kept:
        if (key_set := _key_set(referenced)) not in unique[target]:
            unique[target].add(key_set)
            uniques.append(f"ALTER TABLE {q(target)} ADD UNIQUE (" + ", ".join(map(q, referenced)) + ")")
    return types + tables + comments + uniques + [sql for _, _, sql in kept]


def _key_set(columns: Iterable[str]) -> frozenset[str]:
    """Column names as MySQL compares them (in lower case): which keys make which columns unique."""
    return frozenset(column.lower() for column in columns)


def _unique_columns(unique: exp.UniqueColumnConstraint) -> list[str]:
    """The columns of a table's unique key; none where a part is no plain column (``UNIQUE KEY (name(100))``,
    a prefix PostgreSQL cannot index: left out, as pgloader leaves it)."""
    schema = unique.this
    parts = schema.expressions if isinstance(schema, exp.Schema) else []
    if not parts or not all(isinstance(part, exp.Column | exp.Identifier) for part in parts):
        return []
    return [part.name for part in parts]


def load_postgres(url: str, text: str, **options: bool) -> None:
    """Run :func:`mysql_to_postgres` of the DDL in the database of *url* (options passed on)."""
    engine = sa.create_engine(url)
    try:
        with engine.begin() as conn:
            for statement in mysql_to_postgres(text, **options):
                # psycopg reads "%" as a placeholder even without parameters ("Saturation in %" in a comment)
                conn.exec_driver_sql(literal_percent(conn, statement))
    finally:
        engine.dispose()


# ---------------------------------------------------------------- the CLI and the score


def cli(catalog_url: str, *args: str) -> str:
    """Run ``ropa --catalog URL ARGS`` in process (typer's runner); fails with the output on a non-zero exit."""
    from typer.testing import CliRunner

    from ropa.cli import app

    result = CliRunner().invoke(app, ["--catalog", catalog_url, *args])
    if result.exit_code != 0:
        stderr = result.stderr if result.stderr_bytes is not None else ""
        raise AssertionError(f"ropa {' '.join(args)} exited {result.exit_code}: {result.output}{stderr}")
    return result.output


def read_export(path: Path) -> list[dict[str, Any]]:
    with path.open(encoding="utf-8", newline="") as fh:
        return [
            row | {"category": int(row["category"]), "confidence": float(row["confidence"])}
            for row in csv.DictReader(fh)
        ]


def cli_export(catalog_url: str, source_url: str, system: str, out: Path) -> list[dict[str, Any]]:
    """``ropa scan URL --system S``, ``ropa classify``, ``ropa tags export --format csv -o out``: the rows."""
    cli(catalog_url, "scan", source_url, "--system", system)
    cli(catalog_url, "classify")
    cli(catalog_url, "tags", "export", "--format", "csv", "-o", str(out))
    return read_export(out)


def labels(app: str, folder: Path = LABELS) -> dict[tuple[str, str], set[int]]:
    found: dict[tuple[str, str], set[int]] = defaultdict(set)
    with (folder / f"{app}.csv").open(encoding="utf-8") as fh:
        for row in csv.DictReader(fh):
            found[(row["table"], row["column"])].add(int(row["category"]))
    return found


def predictions(
    rows: list[dict[str, Any]], system: str | None = None
) -> dict[tuple[str, str], list[tuple[float, int]]]:
    """``(table, column)`` → ``[(confidence, category)]`` of the export (suggested and confirmed tags)."""
    found: dict[tuple[str, str], list[tuple[float, int]]] = defaultdict(list)
    for row in rows:
        if (system is None or row["system"] == system) and row["status"] != "rejected":
            found[(row["table"], row["column"])].append((float(row["confidence"]), int(row["category"])))
    return found


def top_categories(rows: list[dict[str, Any]]) -> dict[tuple[str, str], int]:
    """``(table, column)`` → the category scored (the most confident, as ``evaluate`` takes it)."""
    return {key: max(guess)[1] for key, guess in predictions(rows).items()}


def score(rows: list[dict[str, Any]], truth: dict[tuple[str, str], set[int]]) -> tuple[Score, list[str]]:
    """Personal/not-personal counts and category hits, as ``evaluate`` counts them; and the mistakes."""
    guessed = predictions(rows)
    return compare(guessed, truth, sorted(set(truth) | set(guessed)))
