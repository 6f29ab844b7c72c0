"""The classification of a real schema does not depend on the database it lives in, nor on the entry point.

Four real public schemas (``tests/data/schemas``), chosen for what differs between backends — gibbon (column
comments, ``enum``, ``int(10) unsigned zerofill``, ``tinyint(1)``, camelCase names, primary keys added by
``ALTER TABLE``), mastodon (foreign keys, ``inet``, ``jsonb``, ``boolean``), openemr (comments, ``longtext``,
``tinyint(4)``, ``decimal``) and hievents (``json``, which MariaDB reports as ``longtext``; foreign keys) — are
loaded into SQLite, a throwaway MariaDB database (the DDL as written) and a throwaway PostgreSQL database
(converted: ``character varying``, ``timestamp without time zone``, ``COMMENT ON``, keys added afterwards), then
scanned, classified and exported with the real CLI. Each server's export must hold the same (table, column,
category) rows, with the same confidence, as SQLite's; the CLI export must equal
:func:`catalog.tag_exchange.export_rows`; and classifying again, or after a re-scan, must change nothing.
How the schemas are loaded: ``tests/catalog/schema_backends.py``.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
import sqlalchemy as sa

from catalog.store import open_catalog
from catalog.tag_exchange import export_rows
from tests.catalog.schema_backends import (
    cli,
    cli_export,
    labels,
    load_mariadb,
    load_postgres,
    load_sqlite,
    read_export,
    schema_text,
    score,
)
from tests.conftest import MYSQL_URL, _throwaway_database

APPS = ["gibbon", "mastodon", "openemr", "hievents"]
Rows = list[dict[str, Any]]


def _tags(rows: Rows) -> set[tuple[str, str, int]]:
    return {(r["table"], r["column"], r["category"]) for r in rows}


def _confidences(rows: Rows) -> dict[tuple[str, str, int], float]:
    return {(r["table"], r["column"], r["category"]): r["confidence"] for r in rows}


def _classified(tmp_path: Path, app: str, url: str, backend: str) -> Rows:
    """The export after scan + classify; checks the entry points agree and classification is idempotent."""
    catalog_url = f"sqlite:///{tmp_path / f'{backend}-catalog.db'}"
    first = cli_export(catalog_url, url, app, tmp_path / f"{backend}.csv")
    assert first, f"{app} on {backend}: nothing classified"
    catalog = open_catalog(catalog_url)
    try:
        library = [r | {"confidence": float(r["confidence"])} for r in export_rows(catalog)]
    finally:
        catalog.dispose()
    assert first == library, f"{app} on {backend}: the CLI export differs from export_rows"
    cli(catalog_url, "classify")
    cli(catalog_url, "tags", "export", "--format", "csv", "-o", str(tmp_path / f"{backend}-again.csv"))
    assert read_export(tmp_path / f"{backend}-again.csv") == first, f"{app} on {backend}: a second classify changed"
    again = cli_export(catalog_url, url, app, tmp_path / f"{backend}-rescan.csv")
    assert again == first, f"{app} on {backend}: classify after a re-scan changed the tags"
    return first


@pytest.fixture(scope="module")
def sqlite_exports(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Rows]:
    """Each app's export from SQLite — the reference (what ``test_classify_real`` measures)."""
    out = {}
    for app in APPS:
        folder = tmp_path_factory.mktemp(f"{app}-sqlite")
        out[app] = _classified(folder, app, load_sqlite(folder / f"{app}.db", schema_text(app)), "sqlite")
    return out


def _same_as_sqlite(rows: Rows, reference: Rows, app: str, backend: str) -> None:
    truth = labels(app)
    got, want = score(rows, truth)[0], score(reference, truth)[0]
    figures = (
        f"{backend} F1 {got.f1:.3f} accuracy {got.accuracy:.3f}, sqlite F1 {want.f1:.3f} accuracy {want.accuracy:.3f}"
    )
    only_here, only_sqlite = sorted(_tags(rows) - _tags(reference)), sorted(_tags(reference) - _tags(rows))
    assert not only_here and not only_sqlite, (
        f"{app}: {figures}\n only on {backend}: {only_here[:20]}\n only on sqlite: {only_sqlite[:20]}"
    )
    theirs, ours = _confidences(reference), _confidences(rows)
    moved = sorted((key, theirs[key], ours[key]) for key in ours if abs(theirs[key] - ours[key]) > 1e-9)
    assert not moved, f"{app}: confidence differs from sqlite on {backend} (key, sqlite, {backend}): {moved[:20]}"


@pytest.mark.postgres
@pytest.mark.parametrize("app", APPS)
def test_postgres_classifies_as_sqlite(
    app: str, pg_database: str, sqlite_exports: dict[str, Rows], tmp_path: Path
) -> None:
    load_postgres(pg_database, schema_text(app))
    rows = _classified(tmp_path, app, pg_database, "postgres")
    assert {r["schema"] for r in rows} == {"public"}
    _same_as_sqlite(rows, sqlite_exports[app], app, "postgres")


@pytest.mark.mysql
@pytest.mark.parametrize("app", APPS)
def test_mariadb_classifies_as_sqlite(
    app: str, mysql_database: str, sqlite_exports: dict[str, Rows], tmp_path: Path
) -> None:
    load_mariadb(mysql_database, schema_text(app))
    rows = _classified(tmp_path, app, mysql_database, "mariadb")
    _same_as_sqlite(rows, sqlite_exports[app], app, "mariadb")


@pytest.fixture
def support_database() -> Iterator[str]:
    """A throwaway MariaDB database named ``…_support``: a word that, as a table's name, makes texts complaints."""
    with _throwaway_database(
        MYSQL_URL,
        "MariaDB",
        "CREATE DATABASE `{name}_support` CHARACTER SET utf8mb4 COLLATE utf8mb4_bin",
        "DROP DATABASE IF EXISTS `{name}_support`",
    ) as url:
        parsed = sa.make_url(url)
        yield parsed.set(database=f"{parsed.database}_support").render_as_string(hide_password=False)


@pytest.mark.mysql
def test_the_database_a_url_names_is_no_table_context(
    support_database: str, sqlite_exports: dict[str, Rows], tmp_path: Path
) -> None:
    """MariaDB files tables under their database's name; PostgreSQL keeps it out (``public``): it must not count."""
    load_mariadb(support_database, schema_text("gibbon"))
    rows = cli_export(f"sqlite:///{tmp_path / 'catalog.db'}", support_database, "gibbon", tmp_path / "tags.csv")
    assert {r["schema"] for r in rows} == {sa.make_url(support_database).database}
    _same_as_sqlite(rows, sqlite_exports["gibbon"], "gibbon", "mariadb")


@pytest.mark.mysql
def test_a_mariadb_view_column_takes_no_comment_from_its_table(mysql_database: str, tmp_path: Path) -> None:
    """MySQL views cannot comment their columns; information_schema shows the base table's comment there,
    PostgreSQL and SQLite show none — so the view must classify as it does on SQLite."""
    view = "CREATE VIEW v_klienti AS SELECT id, kods FROM klienti"
    engine = sa.create_engine(mysql_database)
    with engine.begin() as conn:
        conn.exec_driver_sql(
            "CREATE TABLE klienti (id int PRIMARY KEY, kods varchar(20) COMMENT 'Personas kods', piezimes text)"
        )
        conn.exec_driver_sql(view)
    engine.dispose()
    lite = tmp_path / "klienti.db"
    with sqlite3.connect(lite) as db:
        db.execute(
            "CREATE TABLE klienti (\n id int PRIMARY KEY,\n kods varchar(20), -- Personas kods\n piezimes text\n)"
        )
        db.execute(view)
    db.close()
    rows = {}
    for backend, url in (("sqlite", f"sqlite:///{lite}"), ("mariadb", mysql_database)):
        exported = cli_export(f"sqlite:///{tmp_path / f'{backend}.db'}", url, "crm", tmp_path / f"{backend}.csv")
        rows[backend] = {(r["table"], r["column"], r["category"], r["confidence"]) for r in exported}
    assert ("klienti", "kods", 1) in {key[:3] for key in rows["sqlite"]}
    assert rows["mariadb"] == rows["sqlite"]


def test_the_postgres_port_keeps_every_table_whatever_its_comments_say() -> None:
    """The port must not lose a table: a ``--`` comment naming ALTER TABLE once ate the CREATE after it (the
    first table of two blind exams vanished from PostgreSQL and its columns read as differences)."""
    from tests.catalog.schema_backends import mysql_to_postgres

    ddl = (
        "-- keys are added by ALTER TABLE at the end, as the migrations do.\n"
        "CREATE TABLE `auth_user` (`id` int NOT NULL AUTO_INCREMENT, `email` varchar(254) NOT NULL,\n"
        "  PRIMARY KEY (`id`));\n"
        "CREATE TABLE `post` (`id` int NOT NULL, `author_id` int NOT NULL,\n"
        "  `score` int COMMENT 'Share of votes in %');\n"
        "ALTER TABLE `post` ADD CONSTRAINT `fk` FOREIGN KEY (`author_id`) REFERENCES `auth_user` (`id`);\n"
    )
    statements = mysql_to_postgres(ddl)
    assert [s.split("(")[0] for s in statements if s.startswith("CREATE TABLE")] == [
        'CREATE TABLE "auth_user" ',
        'CREATE TABLE "post" ',
    ]
    assert 'COMMENT ON COLUMN "post"."score" IS \'Share of votes in %\'' in statements


def test_the_postgres_port_writes_an_unsigned_double_as_postgres_reads_it() -> None:
    """PostgreSQL has no unsigned types: ``double unsigned`` (and with a precision) is a plain double there."""
    from tests.catalog.schema_backends import mysql_to_postgres

    (create,) = mysql_to_postgres("CREATE TABLE `geo` (`lat` double unsigned, `lon` double(10,6) unsigned);")
    assert create == 'CREATE TABLE "geo" (\n  "lat" double precision,\n  "lon" double precision\n)'


@pytest.mark.postgres
def test_a_zero_length_char_loads_in_postgres(pg_database: str) -> None:
    """MySQL allows ``CHAR(0)`` (a column that holds only '' or NULL: Home Assistant's retired columns);
    PostgreSQL's shortest ``char`` is 1, so the port writes that rather than refuse the table."""
    load_postgres(pg_database, "CREATE TABLE `states` (`entity_id` CHAR(0), `state` varchar(255));")
    rows = _pg_rows(
        pg_database,
        "SELECT column_name, data_type, character_maximum_length FROM information_schema.columns"
        " WHERE table_name = 'states' ORDER BY ordinal_position",
    )
    assert rows == [("entity_id", "character", 1), ("state", "character varying", 255)]


@pytest.mark.postgres
def test_a_percent_sign_in_a_comment_loads_in_postgres(pg_database: str) -> None:
    """psycopg reads ``%`` as a placeholder even without parameters: the loader must pass it through."""
    load_postgres(pg_database, "CREATE TABLE `exam` (`sat` int COMMENT 'Saturation in %');")
    assert _pg_rows(pg_database, "SELECT col_description('exam'::regclass, 1)") == [("Saturation in %",)]


@pytest.mark.postgres
def test_a_float_auto_increment_key_loads_in_postgres(pg_database: str) -> None:
    """MySQL counts up a FLOAT key (CHITS's ``user_id float NOT NULL auto_increment``); PostgreSQL has no float
    identity, so the port keeps the column's type and leaves the identity out rather than refuse the table."""
    load_postgres(
        pg_database,
        "CREATE TABLE `users` (`user_id` float NOT NULL auto_increment, `n` int NOT NULL AUTO_INCREMENT,"
        " PRIMARY KEY (`user_id`));",
    )
    rows = _pg_rows(
        pg_database,
        "SELECT column_name, data_type, is_identity FROM information_schema.columns"
        " WHERE table_name = 'users' ORDER BY ordinal_position",
    )
    assert rows == [("user_id", "real", "NO"), ("n", "integer", "YES")]


@pytest.mark.postgres
def test_a_foreign_key_to_a_unique_column_loads_in_postgres(pg_database: str) -> None:
    """InnoDB lets a key reference any indexed column; PostgreSQL only a unique one. BHIMA's suppliers reference
    ``entity.uuid`` (a UNIQUE KEY, not the primary key), so the port keeps unique keys — and the reference with
    them — while a prefix key (``name(20)``), which PostgreSQL cannot declare, is left out."""
    load_postgres(
        pg_database,
        "CREATE TABLE `supplier` (`id` int PRIMARY KEY, `contact_uuid` binary(16),"
        " CONSTRAINT `supplier__contact` FOREIGN KEY (`contact_uuid`) REFERENCES `entity` (`uuid`));"
        "CREATE TABLE `entity` (`reference` int NOT NULL AUTO_INCREMENT, `uuid` binary(16) NOT NULL,"
        " `name` varchar(190), `code` varchar(10) UNIQUE, PRIMARY KEY (`reference`),"
        " UNIQUE KEY `entity_uuid` (`uuid`), UNIQUE KEY `entity_name` (`name`(20)));",
    )
    keys = _pg_unique_and_foreign_keys(pg_database)
    assert keys == [
        ("entity", "UNIQUE", "code"),
        ("entity", "UNIQUE", "uuid"),
        ("supplier", "FOREIGN KEY", "contact_uuid"),
    ]


@pytest.mark.postgres
def test_a_foreign_key_to_columns_no_key_makes_unique_loads_in_postgres(pg_database: str) -> None:
    """InnoDB lets a key reference any indexed columns (Zidisha's lenders reference ``countries`` by ``code``);
    PostgreSQL only unique ones, and refused the whole schema. The port makes the referenced columns unique
    (the tables are empty: it constrains nothing) and still leaves out a key to columns the DDL does not have."""
    load_postgres(
        pg_database,
        "CREATE TABLE `lender` (`id` int PRIMARY KEY, `country_code` char(2), `kind` int,"
        " CONSTRAINT `lender_country` FOREIGN KEY (`country_code`) REFERENCES `countries` (`code`),"
        " CONSTRAINT `lender_kind` FOREIGN KEY (`kind`) REFERENCES `countries` (`kind_left_out`));"
        "CREATE TABLE `countries` (`id` int PRIMARY KEY, `code` char(2), KEY `countries_code` (`code`));",
    )
    keys = _pg_unique_and_foreign_keys(pg_database)
    assert keys == [("countries", "UNIQUE", "code"), ("lender", "FOREIGN KEY", "country_code")]


# Keys as dumps declare them late or by name: Cal.com's Prisma dump adds its foreign keys by ALTER TABLE,
# phpMyAdmin dumps add primary keys that way, OpenConstructionERP names its primary keys.
_LATE_AND_NAMED_KEYS = """
CREATE TABLE `users` (`id` int NOT NULL, `name` varchar(80), CONSTRAINT pk_users PRIMARY KEY (`id`));
CREATE TABLE `booking` (`id` int NOT NULL, `userId` int, `ownerId` int);
ALTER TABLE `booking` ADD PRIMARY KEY (`id`), ADD KEY `booking_user` (`userId`);
ALTER TABLE `booking` ADD CONSTRAINT `booking_userId_fkey` FOREIGN KEY (`userId`) REFERENCES `users`(`id`) ON DELETE CASCADE;
ALTER TABLE booking
  ADD FOREIGN KEY (ownerId) REFERENCES users (id);
"""
_KEYS_MARIADB_HOLDS = [
    ("booking", "FOREIGN KEY", "ownerId", "users"),
    ("booking", "FOREIGN KEY", "userId", "users"),
    ("booking", "PRIMARY KEY", "id", None),
    ("users", "PRIMARY KEY", "id", None),
]


def _keys_in_sqlite(url: str) -> list[tuple[Any, ...]]:
    with sqlite3.connect(sa.make_url(url).database or "") as conn:
        tables = [r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")]
        primary = [
            (t, "PRIMARY KEY", r[1], None) for t in tables for r in conn.execute(f"PRAGMA table_info({t})") if r[5]
        ]
        foreign = [
            (t, "FOREIGN KEY", r[3], r[2]) for t in tables for r in conn.execute(f"PRAGMA foreign_key_list({t})")
        ]
    conn.close()
    return sorted(primary + foreign, key=lambda key: key[:3])


@pytest.mark.parametrize(
    "backend",
    ["sqlite", pytest.param("mariadb", marks=pytest.mark.mysql), pytest.param("postgres", marks=pytest.mark.postgres)],
)
def test_the_ports_keep_keys_declared_late_or_by_name(
    request: pytest.FixtureRequest, tmp_path: Path, backend: str
) -> None:
    """The SQLite and PostgreSQL ports left ALTER TABLE statements and named primary keys out, so 46 schemas of
    tests/data lost keys MariaDB holds (Cal.com all 74 of its foreign keys) and scored other than through a real
    server. MariaDB runs the DDL as written: what it holds is what the ports must hold."""
    if backend == "sqlite":
        keys = _keys_in_sqlite(load_sqlite(tmp_path / "keys.db", _LATE_AND_NAMED_KEYS))
    elif backend == "mariadb":
        url = request.getfixturevalue("mysql_database")
        load_mariadb(url, _LATE_AND_NAMED_KEYS)
        engine = sa.create_engine(url)
        with engine.connect() as conn:
            keys = [
                tuple(row)
                for row in conn.exec_driver_sql(
                    "SELECT TABLE_NAME, IF(CONSTRAINT_NAME = 'PRIMARY', 'PRIMARY KEY', 'FOREIGN KEY'), COLUMN_NAME,"
                    " REFERENCED_TABLE_NAME FROM information_schema.KEY_COLUMN_USAGE WHERE TABLE_SCHEMA = DATABASE()"
                    " ORDER BY 1, 2, 3"
                )
            ]
        engine.dispose()
    else:
        url = request.getfixturevalue("pg_database")
        load_postgres(url, _LATE_AND_NAMED_KEYS)
        keys = _pg_rows(
            url,
            "SELECT tc.table_name, tc.constraint_type, kcu.column_name, ccu.table_name"
            " FROM information_schema.table_constraints tc"
            " JOIN information_schema.key_column_usage kcu USING (constraint_schema, constraint_name)"
            " LEFT JOIN information_schema.constraint_column_usage ccu ON tc.constraint_type = 'FOREIGN KEY'"
            " AND ccu.constraint_schema = tc.constraint_schema AND ccu.constraint_name = tc.constraint_name"
            " WHERE tc.table_schema = current_schema() AND tc.constraint_type IN ('PRIMARY KEY', 'FOREIGN KEY')"
            " ORDER BY 1, 2, 3",
        )
    assert keys == _KEYS_MARIADB_HOLDS


def _pg_unique_and_foreign_keys(url: str) -> list[tuple[Any, ...]]:
    """``(table, 'UNIQUE'|'FOREIGN KEY', column)`` of the PostgreSQL database's keys, in that order."""
    return _pg_rows(
        url,
        "SELECT tc.table_name, tc.constraint_type, kcu.column_name FROM information_schema.table_constraints tc"
        " JOIN information_schema.key_column_usage kcu USING (constraint_schema, constraint_name)"
        " WHERE tc.table_schema = current_schema() AND tc.constraint_type IN ('UNIQUE', 'FOREIGN KEY')"
        " ORDER BY 1, 2, 3",
    )


def _pg_rows(url: str, sql: str) -> list[tuple[Any, ...]]:
    """The rows of one query on the PostgreSQL database of *url*, as tuples."""
    engine = sa.create_engine(url)
    try:
        with engine.connect() as conn:
            return [tuple(row) for row in conn.exec_driver_sql(sql).all()]
    finally:
        engine.dispose()
