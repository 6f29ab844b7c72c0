"""Helpers for the connector tests: what the catalog holds for a system, in one comparable shape."""

from __future__ import annotations

import os
import pwd
import shutil
import socket
import subprocess
import tempfile
import uuid
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest
import sqlalchemy as sa

from catalog.store import Catalog, schema, utcnow

Stored = dict[tuple[str, str], dict[str, Any]]


def stored(catalog: Catalog, system: str, *, removed: bool = False) -> Stored:
    """``{(schema, table): {kind, comment, view_sql, rows, removed, columns: {name: {...}}}}``."""
    t, c, s = schema.tbl, schema.col, schema.system
    result: Stored = {}
    with catalog.connect() as conn:
        tables = conn.execute(
            sa.select(t).join(s, s.c.id == t.c.system_id).where(s.c.name == system).order_by(t.c.id)
        ).mappings()
        ids = {}
        for row in tables:
            if row["removed_at"] is not None and not removed:
                continue
            ids[row["id"]] = (row["schema_name"], row["name"])
            result[(row["schema_name"], row["name"])] = {
                "kind": row["kind"],
                "comment": row["comment"],
                "view_sql": row["view_sql"],
                "rows": row["row_estimate"],
                "removed": row["removed_at"] is not None,
                "columns": {},
            }
        for row in conn.execute(sa.select(c).where(c.c.table_id.in_(list(ids))).order_by(c.c.position)).mappings():
            if row["removed_at"] is not None and not removed:
                continue
            result[ids[row["table_id"]]]["columns"][row["name"]] = {
                "id": row["id"],
                "position": row["position"],
                "type": row["data_type"],
                "nullable": row["nullable"],
                "default": row["default"],
                "comment": row["comment"],
                "pk": row["is_pk"],
                "fk": row["fk_target"],
                "profile": row["profile"],
                "sample_size": row["sample_size"],
                "removed": row["removed_at"] is not None,
                "changed_at": row["changed_at"],
            }
    return result


def confirm_tag(catalog: Catalog, column_id: int, category: int) -> None:
    """A person's confirmed decision on a column (written directly: the tagging area owns the API)."""
    now = utcnow()
    with catalog.begin() as conn:
        conn.execute(
            schema.tag.insert().values(
                column_id=column_id, category=category, status="confirmed", source="manual", confidence=1.0,
                note="checked with the DPO", actor="test", created_at=now, updated_at=now,
            )
        )  # fmt: skip


def tags(catalog: Catalog, column_id: int) -> list[tuple[int, str]]:
    with catalog.connect() as conn:
        rows = conn.execute(
            sa.select(schema.tag.c.category, schema.tag.c.status).where(schema.tag.c.column_id == column_id)
        )
        return [tuple(r) for r in rows]  # type: ignore[misc]


@pytest.fixture
def read_catalog() -> Callable[..., Stored]:
    return stored


@pytest.fixture
def confirm() -> Callable[[Catalog, int, int], None]:
    return confirm_tag


@pytest.fixture
def tags_of() -> Callable[[Catalog, int], list[tuple[int, str]]]:
    return tags


PG_URL = os.environ.get("ROPA_TEST_PG_URL", "postgresql+psycopg://postgres@127.0.0.1:5432/postgres")
MYSQL_URL = os.environ.get("ROPA_TEST_MYSQL_URL", "mysql+pymysql://root@127.0.0.1:3306/")
IN_CI = os.environ.get("CI", "").lower() in ("1", "true", "yes")


def server_url(url: str, what: str) -> str:
    """*url* when its server answers; skip (or fail under CI) otherwise — as tests/conftest.py does."""
    engine = sa.create_engine(url, connect_args={"connect_timeout": 5})
    try:
        with engine.connect():
            pass
    except sa.exc.OperationalError as exc:
        if IN_CI:
            pytest.fail(f"{what} server is not reachable at {url} under CI: {exc.orig}")
        pytest.skip(f"{what} server not reachable at {url}")
    finally:
        engine.dispose()
    return url


@pytest.fixture(scope="module")
def pg_server() -> str:
    return server_url(PG_URL, "PostgreSQL")


@pytest.fixture(scope="module")
def mysql_server() -> str:
    return server_url(MYSQL_URL, "MariaDB")


@contextmanager
def throwaway_database(server: str, setup: str | list[str]) -> Iterator[str]:
    """A database created on *server*, filled by *setup*, dropped afterwards (for module-scoped fixtures)."""
    admin = sa.create_engine(server, isolation_level="AUTOCOMMIT")
    name = f"ropa_test_{uuid.uuid4().hex[:10]}"
    pg = admin.dialect.name == "postgresql"
    with admin.connect() as conn:
        conn.exec_driver_sql(f'CREATE DATABASE "{name}"' if pg else f"CREATE DATABASE `{name}` COLLATE utf8mb4_bin")
    url = sa.make_url(server).set(database=name).render_as_string(hide_password=False)
    try:
        engine = sa.create_engine(url)
        with engine.begin() as conn:
            for statement in [setup] if isinstance(setup, str) else setup:
                conn.exec_driver_sql(statement)
        engine.dispose()
        yield url
    finally:
        with admin.connect() as conn:
            conn.exec_driver_sql(
                f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)' if pg else f"DROP DATABASE IF EXISTS `{name}`"
            )
        admin.dispose()


@pytest.fixture(scope="session")
def database_maker() -> Callable[..., Any]:
    return throwaway_database


PG_INSTALL = Path(os.environ.get("ROPA_TEST_PG_INSTALL", "/usr/lib/postgresql"))


def _pg_bin() -> Path:
    """The newest installed PostgreSQL's bin directory (Debian: /usr/lib/postgresql/<major>/bin)."""
    found = sorted((p.parent for p in PG_INSTALL.glob("*/bin/initdb")), key=lambda b: int(b.parent.name), reverse=True)
    if not found:
        reason = f"no PostgreSQL server binaries (initdb) under {PG_INSTALL}"
        if IN_CI:
            pytest.fail(f"{reason} under CI: the image's postgresql package provides them")
        pytest.skip(reason)
    return found[0]


def _free_port() -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


@dataclass(frozen=True)
class PasswordServer:
    """A PostgreSQL cluster of its own that checks passwords (the shared one trusts 127.0.0.1)."""

    user: str
    password: str
    port: int

    def url(self, password: str | None = None, database: str = "postgres") -> str:
        """A plain ``postgresql://`` URL, as a user would type it (``password=None``: none in the URL)."""
        auth = self.user if password is None else f"{self.user}:{password}"
        return f"postgresql://{auth}@127.0.0.1:{self.port}/{database}"


@pytest.fixture(scope="session")
def pg_password_server() -> Iterator[PasswordServer]:
    """Starts a throwaway PostgreSQL cluster with ``scram-sha-256`` authentication; removed afterwards.

    ``initdb`` refuses to run as root, so as root (CI, this machine) the cluster belongs to the
    ``postgres`` account. Missing binaries skip outside CI and fail under it; a cluster that will not
    initialise or start fails the tests that need it, with the server's own output.
    """
    bin_dir = _pg_bin()
    user, password = "ropa_owner", f"Parole-{uuid.uuid4().hex[:12]}"
    as_postgres = ["runuser", "-u", "postgres", "--"] if os.geteuid() == 0 else []
    home = Path(tempfile.mkdtemp(prefix="ropa_pg_"))
    data, log, pwfile = home / "data", home / "server.log", home / "pwfile"
    pwfile.write_text(password + "\n")
    pwfile.chmod(0o600)
    if as_postgres:
        account = pwd.getpwnam("postgres")
        for path in (home, pwfile):
            os.chown(path, account.pw_uid, account.pw_gid)

    def run(*args: str | Path) -> None:
        done = subprocess.run([*as_postgres, *map(str, args)], capture_output=True, text=True, timeout=60)
        if done.returncode != 0:
            server_log = log.read_text(errors="replace")[-2000:] if log.exists() else ""
            pytest.fail(f"{Path(str(args[0])).name} failed ({done.returncode}): {done.stderr.strip()}\n{server_log}")

    port = _free_port()
    started = False
    try:
        run(
            bin_dir / "initdb", "-D", data, "-U", user, "--pwfile", pwfile, "--auth=scram-sha-256",
            "--encoding=UTF8", "--no-sync", "--no-instructions",
        )  # fmt: skip
        options = f"-p {port} -k {home} -c listen_addresses=127.0.0.1 -c fsync=off"
        run(bin_dir / "pg_ctl", "-D", data, "-o", options, "-l", log, "-w", "-t", "30", "start")
        started = True
        yield PasswordServer(user, password, port)
    finally:
        if started:
            subprocess.run(
                [*as_postgres, str(bin_dir / "pg_ctl"), "-D", str(data), "-m", "immediate", "-w", "stop"],
                capture_output=True,
                timeout=60,
            )
        shutil.rmtree(home, ignore_errors=True)
