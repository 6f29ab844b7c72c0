"""Loading the built estate into a real server: PostgreSQL (one schema per system) or MySQL/MariaDB
(one database ``<database>_<system>`` per system — MySQL has no schemas inside a database).

The SQLite files are the single source: tables, rows, keys and views are copied from them, comments from the
system specs (``COMMENT ON`` in PostgreSQL, ``COMMENT '…'`` in MySQL), so every backend holds the same estate.
A reload drops and recreates only the schemas/databases it owns.
"""

from __future__ import annotations

import sqlite3
from contextlib import closing
from datetime import date, datetime
from pathlib import Path

import sqlalchemy as sa
import sqlglot
from sqlglot import exp

from catalog.errors import ConfigError
from catalog.store import redact_url
from demo.estate import Target
from demo.systems import SOURCE_SYSTEMS

_DEFAULT_PREFIX = "ropa_demo"


def _comments() -> dict[tuple[str, str], tuple[str | None, dict[str, str]]]:
    out: dict[tuple[str, str], tuple[str | None, dict[str, str]]] = {}
    for system in SOURCE_SYSTEMS:
        for table in system.tables:
            out[(system.name, table.name)] = (table.comment, {c.name: c.comment for c in table.cols if c.comment})
    return out


def _type(declared: str, values: list[object]) -> sa.types.TypeEngine:  # type: ignore[type-arg]
    upper = declared.upper()
    if upper in ("", "INT", "NUM", "REAL", "TEXT"):  # CREATE TABLE AS affinities: decide from the values
        present = [v for v in values if v is not None]
        if present and all(isinstance(v, int) for v in present):
            return sa.BigInteger()
        if present and all(isinstance(v, int | float) for v in present):
            return sa.Float()
        return sa.Text()
    if upper.startswith("INT"):
        return sa.BigInteger()
    if upper.startswith("NUMERIC"):
        return sa.Numeric(14, 2)
    if upper == "REAL":
        return sa.Float()
    if upper == "DATE":
        return sa.Date()
    if upper == "TIMESTAMP":
        return sa.DateTime()
    if upper == "BOOLEAN":
        return sa.Boolean()
    return sa.Text()


def _convert(value: object, type_: sa.types.TypeEngine) -> object:  # type: ignore[type-arg]
    if value is None:
        return None
    if isinstance(type_, sa.DateTime) and isinstance(value, str):
        return datetime.fromisoformat(value)
    if isinstance(type_, sa.Date) and isinstance(value, str):
        return date.fromisoformat(value[:10])
    if isinstance(type_, sa.Boolean):
        return bool(value)
    return value


def _targets_for(url: sa.URL, systems: list[str]) -> tuple[dict[str, str], str]:
    backend = url.get_backend_name()
    if backend == "postgresql":
        return {s: s for s in systems}, backend
    if backend == "mysql":
        prefix = (url.database or _DEFAULT_PREFIX) + "_"
        return {s: prefix + s for s in systems}, backend
    raise ConfigError(f"cannot load the demo into {redact_url(url)}", hint="use a postgresql:// or mysql:// URL")


def _view_sql(sql: str, system: str, schema_of: dict[str, str], dialect: str) -> str:
    """A SQLite view re-targeted: every table qualified with its server schema, written in *dialect*."""
    create = sqlglot.parse_one(sql, read="sqlite")
    assert isinstance(create, exp.Create)
    name = create.this.name if isinstance(create.this, exp.Table) else create.this.this.name
    select = create.expression
    for table in select.find_all(exp.Table):
        db = table.db or system
        table.set("db", exp.to_identifier(schema_of.get(db, db)))
    target = exp.Table(this=exp.to_identifier(name), db=exp.to_identifier(schema_of[system]))
    return exp.Create(this=target, kind="VIEW", expression=select).sql(dialect=dialect)


def _engine(url: str) -> tuple[sa.Engine, sa.URL, str]:
    parsed = sa.make_url(url)
    _, backend = _targets_for(parsed, [])
    driver = {"postgresql": "postgresql+psycopg", "mysql": "mysql+pymysql"}[backend]
    # MySQL: the URL's database only names the prefix; the per-system databases are created here.
    connect = parsed.set(drivername=driver, database="" if backend == "mysql" else parsed.database)
    return sa.create_engine(connect, connect_args={"connect_timeout": 10}), parsed, backend


def check(url: str) -> None:
    """Fail fast (before anything is generated) when the server cannot be reached with *url*."""
    engine, parsed, _ = _engine(url)
    try:
        with engine.connect():
            pass
    except sa.exc.OperationalError as exc:
        raise ConfigError(f"cannot load the demo into {redact_url(parsed)}: {str(exc.orig).strip()}") from None
    finally:
        engine.dispose()


def load(url: str, files: dict[str, Path]) -> tuple[Target, ...]:
    """Copy every system in *files* into the server at *url*; returns where each system can be scanned."""
    engine, parsed, backend = _engine(url)
    schema_of, _ = _targets_for(parsed, list(files))
    comments = _comments()
    try:
        with engine.begin() as conn:
            for system, path in files.items():
                _load_system(conn, backend, system, schema_of, path, comments)
    except sa.exc.OperationalError as exc:
        raise ConfigError(f"cannot load the demo into {redact_url(parsed)}: {str(exc.orig).strip()}") from None
    finally:
        engine.dispose()
    if backend == "postgresql":
        return tuple(Target(system=s, url=url, schemas=(s,)) for s in files)
    return tuple(
        Target(system=s, url=parsed.set(database=schema_of[s]).render_as_string(hide_password=False)) for s in files
    )


def _refuse_foreign(conn: sa.Connection, schema: str, path: Path) -> None:
    """A reload may drop only what a previous load made: a schema holding other tables is left alone."""
    found = set(
        conn.execute(
            sa.text("SELECT table_name FROM information_schema.tables WHERE table_schema = :s"), {"s": schema}
        ).scalars()
    )
    if not found:
        return
    with closing(sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True)) as source:
        ours = {name for (name,) in source.execute("SELECT name FROM sqlite_master WHERE type IN ('table', 'view')")}
    foreign = sorted(found - ours)
    if foreign:
        raise ConfigError(
            f"{schema!r} already exists and holds tables the demo did not make ({', '.join(foreign[:3])}, …)",
            obj=schema,
            hint="point --postgres/--mysql at an empty database",
        )


def _load_system(
    conn: sa.Connection,
    backend: str,
    system: str,
    schema_of: dict[str, str],
    path: Path,
    comments: dict[tuple[str, str], tuple[str | None, dict[str, str]]],
) -> None:
    schema = schema_of[system]
    preparer = conn.dialect.identifier_preparer
    _refuse_foreign(conn, schema, path)
    if backend == "postgresql":
        conn.execute(sa.text(f"DROP SCHEMA IF EXISTS {preparer.quote(schema)} CASCADE"))
        conn.execute(sa.text(f"CREATE SCHEMA {preparer.quote(schema)}"))
    else:
        conn.execute(sa.text(f"DROP DATABASE IF EXISTS {preparer.quote(schema)}"))
        conn.execute(sa.text(f"CREATE DATABASE {preparer.quote(schema)} CHARACTER SET utf8mb4 COLLATE utf8mb4_bin"))
    source = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True)
    try:
        metadata = sa.MetaData(schema=schema)
        data: dict[str, list[tuple]] = {}  # type: ignore[type-arg]
        objects = source.execute(
            "SELECT type, name, sql FROM sqlite_master WHERE type IN ('table', 'view') ORDER BY rowid"
        )
        views = []
        for kind, name, sql in objects.fetchall():
            if kind == "view":
                views.append(sql)
                continue
            info = source.execute(f'PRAGMA table_info("{name}")').fetchall()
            fks = {row[3]: (row[2], row[4]) for row in source.execute(f'PRAGMA foreign_key_list("{name}")')}
            rows = source.execute(f'SELECT * FROM "{name}"').fetchall()
            table_comment, column_comments = comments.get((system, name), (None, {}))
            columns = []
            types = []
            for idx, (_cid, column, declared, notnull, _default, is_pk) in enumerate(info):
                type_ = _type(declared or "", [r[idx] for r in rows])
                types.append(type_)
                args: list[sa.ForeignKey] = []
                if column in fks:
                    ref_table, ref_column = fks[column]
                    args.append(sa.ForeignKey(f"{schema}.{ref_table}.{ref_column}"))
                columns.append(
                    sa.Column(
                        column,
                        type_,
                        *args,
                        primary_key=bool(is_pk),
                        nullable=not (notnull or is_pk),
                        autoincrement=False,
                        comment=column_comments.get(column),
                    )
                )
            sa.Table(name, metadata, *columns, comment=table_comment)
            data[name] = [tuple(_convert(v, t) for v, t in zip(row, types)) for row in rows]
        metadata.create_all(conn)
        for table in metadata.sorted_tables:
            rows = data[table.name]
            if rows:
                keys = [c.name for c in table.columns]
                conn.execute(table.insert(), [dict(zip(keys, row)) for row in rows])
        for sql in views:
            conn.execute(sa.text(_view_sql(sql, system, schema_of, "postgres" if backend == "postgresql" else "mysql")))
    finally:
        source.close()
