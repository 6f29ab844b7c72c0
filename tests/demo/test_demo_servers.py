"""The estate loaded into the real PostgreSQL and MariaDB servers (throwaway databases, dropped afterwards)."""

from __future__ import annotations

import sqlite3
from dataclasses import replace

import pytest
import sqlalchemy as sa

from catalog.errors import ConfigError
from demo import SYSTEMS, Estate, servers
from demo.pipeline import scan_targets


def _sqlite_count(estate: Estate, system: str, table: str) -> int:
    with sqlite3.connect(estate.files[system]) as conn:
        return int(conn.execute(f'SELECT COUNT(*) FROM "{table}"').fetchone()[0])


@pytest.mark.postgres
def test_postgres_holds_the_same_estate(pg_database: str, estate: Estate) -> None:
    targets = servers.load(pg_database, estate.files)
    assert [t.system for t in targets] == list(SYSTEMS) and all(t.schemas == (t.system,) for t in targets)
    assert scan_targets(replace(estate, server_targets={"postgresql": targets})) == targets
    engine = sa.create_engine(sa.make_url(pg_database).set(drivername="postgresql+psycopg"))
    try:
        with engine.connect() as conn:
            tables, columns = conn.execute(
                sa.text(
                    "SELECT COUNT(DISTINCT (table_schema, table_name)), COUNT(*) FROM information_schema.columns "
                    "WHERE table_schema = ANY(:s)"
                ),
                {"s": list(SYSTEMS)},
            ).one()
            assert (tables, columns) == (estate.tables, estate.columns)
            comment = conn.execute(
                sa.text(
                    "SELECT col_description(c.attrelid, c.attnum) FROM pg_attribute c "
                    "WHERE c.attrelid = 'crm.klienti'::regclass AND c.attname = 'personas_kods'"
                )
            ).scalar()
            assert comment == "Personas kods"
            assert (
                conn.execute(sa.text("SELECT obj_description('crm.klienti'::regclass)")).scalar() == "Klientu reģistrs"
            )
            n = conn.execute(sa.text('SELECT COUNT(*) FROM crm.klienti WHERE "vārds" IS NOT NULL')).scalar()
            assert n == _sqlite_count(estate, "crm", "klienti")
            assert (conn.execute(sa.text("SELECT COUNT(*) FROM dwh.v_aktivie_klienti")).scalar() or 0) > 0
            fks = conn.execute(
                sa.text(
                    "SELECT COUNT(*) FROM information_schema.table_constraints WHERE constraint_type = 'FOREIGN KEY' "
                    "AND table_schema = 'crm'"
                )
            ).scalar()
            assert (fks or 0) > 10
    finally:
        engine.dispose()


@pytest.mark.mysql
def test_mysql_gets_one_database_per_system(mysql_database: str, estate: Estate) -> None:
    subset = {name: estate.files[name] for name in ("crm", "iptv", "dwh")}
    base = sa.make_url(mysql_database)
    engine = sa.create_engine(base.set(drivername="mysql+pymysql"))
    try:
        targets = servers.load(mysql_database, subset)
        assert [sa.make_url(t.url).database for t in targets] == [f"{base.database}_{s}" for s in subset]
        with engine.connect() as conn:
            crm = f"{base.database}_crm"
            comment = conn.execute(
                sa.text(
                    "SELECT column_comment FROM information_schema.columns "
                    "WHERE table_schema = :s AND table_name = 'klienti' AND column_name = 'personas_kods'"
                ),
                {"s": crm},
            ).scalar()
            assert comment == "Personas kods"
            rows = conn.execute(sa.text(f"SELECT COUNT(*) FROM `{crm}`.`v_aktivie_klienti`")).scalar()
            assert rows and rows > 0
            n = conn.execute(sa.text(f"SELECT COUNT(*) FROM `{base.database}_iptv`.devices")).scalar()
            assert n == _sqlite_count(estate, "iptv", "devices")
    finally:
        with engine.connect() as conn:
            for system in subset:
                conn.execute(sa.text(f"DROP DATABASE IF EXISTS `{base.database}_{system}`"))
        engine.dispose()


@pytest.mark.postgres
def test_a_schema_the_demo_did_not_make_is_never_dropped(pg_database: str, estate: Estate) -> None:
    engine = sa.create_engine(sa.make_url(pg_database).set(drivername="postgresql+psycopg"))
    try:
        with engine.begin() as conn:
            conn.execute(sa.text("CREATE SCHEMA media; CREATE TABLE media.payroll (id int)"))
        with pytest.raises(ConfigError) as caught:
            servers.load(pg_database, {"media": estate.files["media"]})
        assert caught.value.obj == "media" and "payroll" in str(caught.value)
        with engine.connect() as conn:
            assert conn.execute(sa.text("SELECT COUNT(*) FROM media.payroll")).scalar() == 0
    finally:
        engine.dispose()
