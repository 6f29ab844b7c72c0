"""Opening a source database safely, and turning driver failures into one clear :class:`ScanError`.

The password comes from the URL or ``ROPA_PASSWORD``; it is used to connect and nowhere else — every URL
shown or stored goes through :func:`catalog.store.redact_url`. Sessions are read-only and carry a statement
timeout from the first statement on (settings ``ROPA_STATEMENT_TIMEOUT``, ``ROPA_CONNECT_TIMEOUT``).
"""

from __future__ import annotations

import re
import sqlite3
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import sqlalchemy as sa
from sqlalchemy.engine import Connection, make_url

from catalog import settings
from catalog.errors import ScanError
from catalog.store import redact_url
from connectors.base import TIMEOUT_PATTERN, Connector
from connectors.mysql import MySQLConnector, PyMySQLConnection
from connectors.postgres import PostgresConnector
from connectors.sqlite import SQLiteConnector

SQLITE_STEPS_PER_CHECK = 10_000  # how often SQLite asks whether the statement timeout has passed
DRIVERS = {"postgresql": "postgresql+psycopg", "mysql": "mysql+pymysql", "mariadb": "mariadb+pymysql"}


def _seconds(name: str) -> float:
    raw = settings.get(name)
    try:
        value = float(raw)
    except ValueError:
        value = -1
    if value <= 0:
        from catalog.errors import ConfigError

        env = next(s.env for s in settings.SETTINGS if s.name == name)
        raise ConfigError(f"{env}={raw!r} is not a positive number of seconds")
    return value


def resolve_url(url: str, system: str) -> sa.URL:
    """The URL to connect with: driver chosen, password from ``ROPA_PASSWORD`` when the URL has none."""
    try:
        parsed = make_url(url)
    except sa.exc.ArgumentError:
        raise ScanError(
            f"{redact_url(url)!r} is not a database URL",
            obj=f"system {system!r}",
            hint="use e.g. postgresql://user@host/db, mysql://user@host/db or sqlite:///path/file.db",
        ) from None
    backend = parsed.get_backend_name()
    if backend not in ("sqlite", "postgresql", "mysql", "mariadb"):
        raise ScanError(
            f"unsupported URL scheme {parsed.drivername!r}",
            obj=f"system {system!r}",
            hint="ropa scans sqlite://, postgresql:// and mysql:// (MariaDB: mysql:// or mariadb://)",
        )
    if parsed.drivername in DRIVERS:
        parsed = parsed.set(drivername=DRIVERS[parsed.drivername])
    if backend != "sqlite" and parsed.password is None and settings.get("password"):
        parsed = parsed.set(password=settings.get("password"))
    return parsed


def connector_for(url: sa.URL, system: str) -> Connector:
    """A connector with a read-only engine for *url* (nothing is connected yet)."""
    statement_timeout, connect_timeout = _seconds("statement_timeout"), _seconds("connect_timeout")
    backend = url.get_backend_name()
    if backend == "sqlite":
        path = url.database
        if not path or path == ":memory:":
            raise ScanError("a SQLite URL must name a file", obj=f"system {system!r}", hint="sqlite:///path/file.db")
        file = Path(path).expanduser().resolve()
        if not file.is_file():
            raise ScanError(f"SQLite file {path} does not exist", obj=f"system {system!r}", hint="check the path")
        uri = file.as_uri() + "?mode=ro"
        # SQLite has no statement timeout of its own: a progress handler, called every few thousand
        # virtual-machine steps, interrupts a statement once it has run past its deadline.
        deadline = [float("inf")]

        def creator() -> sqlite3.Connection:
            conn = sqlite3.connect(uri, uri=True, timeout=connect_timeout, check_same_thread=False)
            conn.execute("PRAGMA query_only = ON")
            conn.set_progress_handler(lambda: time.monotonic() > deadline[0], SQLITE_STEPS_PER_CHECK)
            return conn

        engine = sa.create_engine("sqlite://", creator=creator, isolation_level="AUTOCOMMIT")

        @sa.event.listens_for(engine, "before_cursor_execute")
        def _start(*_args: Any) -> None:
            deadline[0] = time.monotonic() + statement_timeout

        return SQLiteConnector(engine, url)
    if backend == "postgresql":
        args = PostgresConnector.connect_args(statement_timeout, connect_timeout)
        engine = sa.create_engine(url, connect_args=args, isolation_level="AUTOCOMMIT", poolclass=sa.pool.NullPool)
        return PostgresConnector(engine, url)
    args = MySQLConnector.connect_args(statement_timeout, connect_timeout)
    engine = sa.create_engine(url, connect_args=args, isolation_level="AUTOCOMMIT", poolclass=sa.pool.NullPool)

    if url.get_driver_name() == "pymysql":

        @sa.event.listens_for(engine, "do_connect")
        def _connect(_dialect: Any, _record: Any, cargs: Any, cparams: Any) -> Any:
            return PyMySQLConnection(*cargs, **cparams)

    @sa.event.listens_for(engine, "connect")
    def _session(dbapi_conn: Any, _record: Any) -> None:
        cursor = dbapi_conn.cursor()
        cursor.execute("SELECT VERSION()")
        version = str(cursor.fetchone()[0])
        for statement in MySQLConnector.session_sql(version, statement_timeout):
            cursor.execute(statement)
        cursor.close()

    return MySQLConnector(engine, url)


# (pattern in the driver's message, what it means, what to do) — first match wins.
_DIAGNOSES: tuple[tuple[str, str, str], ...] = (
    (r"password authentication failed|access denied for user|\(1045", "wrong user name or password",
     "check the user and the password (URL or ROPA_PASSWORD)"),
    (r"database \".*\" does not exist|unknown database|\(1049", "unknown database",
     "check the database name in the URL"),
    (r"\(1044|permission denied for database|not permitted to log in", "permission denied",
     "ask for a read-only account with access to this database"),
    (r"role \".*\" does not exist", "unknown user", "check the user name in the URL"),
    (TIMEOUT_PATTERN,
     "a query ran longer than ROPA_STATEMENT_TIMEOUT", "raise ROPA_STATEMENT_TIMEOUT or narrow the scan with --schema"),
    (r"timeout|timed out", "connection timed out", "check host, port and firewall; ROPA_CONNECT_TIMEOUT sets the wait"),
    (r"could not translate host name|name or service not known|nodename nor servname|getaddrinfo",
     "unknown host", "check the host name in the URL"),
    (r"refused|can't connect|could not connect|connection failed|\(2003|\(2002|no route",
     "cannot reach the server", "check host and port and that the server is running"),
)  # fmt: skip


def diagnose(exc: BaseException, url: sa.URL, system: str) -> ScanError:
    """One clear :class:`ScanError` for a failure to connect or read; never includes the password."""
    orig = getattr(exc, "orig", None) or exc
    detail = " ".join(str(orig).split())
    if url.password:
        detail = detail.replace(str(url.password), "***")
    where = f"{url.host or 'localhost'}:{url.port}" if url.port else (url.host or url.database or "")
    for pattern, meaning, hint in _DIAGNOSES:
        if re.search(pattern, detail, re.IGNORECASE):
            return ScanError(f"{meaning} ({where}): {detail[:200]}", obj=f"system {system!r}", hint=hint)
    return ScanError(f"cannot scan {redact_url(url)}: {detail[:200]}", obj=f"system {system!r}")


@contextmanager
def connect(connector: Connector, system: str) -> Iterator[Connection]:
    """A read-only connection to the source; driver failures become a :class:`ScanError`."""
    try:
        conn = connector.engine.connect()
    except (sa.exc.DBAPIError, OSError) as exc:
        connector.engine.dispose()
        raise diagnose(exc, connector.url, system) from None
    try:
        yield conn
    except sa.exc.DBAPIError as exc:
        raise diagnose(exc, connector.url, system) from None
    finally:
        conn.close()
        connector.engine.dispose()
