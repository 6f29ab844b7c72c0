"""Shared fixtures: a fresh catalog, throwaway databases on the real PostgreSQL and MariaDB servers.

Outside CI a server that is down skips its tests with a reason; under ``CI=true`` it is a failure,
never a skip. Server URLs can be overridden with ``ROPA_TEST_PG_URL`` / ``ROPA_TEST_MYSQL_URL``.
"""

from __future__ import annotations

import os
import uuid
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest
import sqlalchemy as sa

from catalog.store import Catalog, open_catalog

PG_URL = os.environ.get("ROPA_TEST_PG_URL", "postgresql+psycopg://postgres@127.0.0.1:5432/postgres")
MYSQL_URL = os.environ.get("ROPA_TEST_MYSQL_URL", "mysql+pymysql://root@127.0.0.1:3306/")
IN_CI = os.environ.get("CI", "").lower() in ("1", "true", "yes")


def _server_or_skip(url: str, what: str) -> sa.Engine:
    engine = sa.create_engine(url, isolation_level="AUTOCOMMIT", connect_args={"connect_timeout": 5})
    try:
        with engine.connect():
            pass
    except sa.exc.OperationalError as exc:
        engine.dispose()
        if IN_CI:
            pytest.fail(f"{what} server is not reachable at {url} under CI: {exc.orig}")
        pytest.skip(f"{what} server not reachable at {url}")
    return engine


def unique_name(prefix: str = "ropa_test") -> str:
    return f"{prefix}_{uuid.uuid4().hex[:10]}"


@pytest.fixture
def catalog(tmp_path: Path) -> Iterator[Catalog]:
    """A fresh, migrated SQLite catalog in the test's tmp dir."""
    cat = open_catalog(f"sqlite:///{tmp_path / 'catalog.db'}")
    yield cat
    cat.dispose()


@contextmanager
def _throwaway_database(server_url: str, what: str, create: str, drop: str) -> Iterator[str]:
    """Create a uniquely named database on a real server, yield its URL, drop it afterwards."""
    admin = _server_or_skip(server_url, what)
    name = unique_name()
    with admin.connect() as conn:
        conn.execute(sa.text(create.format(name=name)))
    try:
        yield sa.make_url(server_url).set(database=name).render_as_string(hide_password=False)
    finally:
        with admin.connect() as conn:
            conn.execute(sa.text(drop.format(name=name)))
        admin.dispose()


@pytest.fixture
def pg_database() -> Iterator[str]:
    """URL of a throwaway PostgreSQL database, dropped afterwards."""
    with _throwaway_database(
        PG_URL, "PostgreSQL", 'CREATE DATABASE "{name}"', 'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'
    ) as url:
        yield url


@pytest.fixture
def mysql_database() -> Iterator[str]:
    """URL of a throwaway MariaDB/MySQL database, dropped afterwards."""
    with _throwaway_database(
        MYSQL_URL,
        "MariaDB",
        "CREATE DATABASE `{name}` CHARACTER SET utf8mb4 COLLATE utf8mb4_bin",
        "DROP DATABASE IF EXISTS `{name}`",
    ) as url:
        yield url
