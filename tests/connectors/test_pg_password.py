"""PostgreSQL with password authentication (a cluster of its own): wrong password vs. right password.

The shared test server trusts 127.0.0.1, so a wrong password would pass there; ``pg_password_server``
(tests/connectors/conftest.py) starts a throwaway cluster that checks passwords with scram-sha-256.
"""

from __future__ import annotations

from pathlib import Path

import pytest
import sqlalchemy as sa
from typer.testing import CliRunner

from catalog.store import open_catalog, schema
from ropa.cli import app
from tests.connectors.conftest import PasswordServer

pytestmark = pytest.mark.postgres


def _scan(tmp_path: Path, url: str, env: dict[str, str] | None = None):  # type: ignore[no-untyped-def]
    catalog = f"sqlite:///{tmp_path / 'catalog.db'}"
    args = ["--catalog", catalog, "scan", url, "--system", "x"]
    return CliRunner().invoke(app, args, env=env, catch_exceptions=False, terminal_width=200)


def test_wrong_password_is_one_line_naming_the_system_without_the_password(
    tmp_path: Path, pg_password_server: PasswordServer
) -> None:
    wrong = "Nepareiza-Parole-7"
    result = _scan(tmp_path, pg_password_server.url(wrong))
    assert result.exit_code == 2, result.output
    lines = result.output.strip().splitlines()
    assert len(lines) == 1, result.output
    [line] = lines
    assert line.startswith("Error: system 'x': wrong user name or password"), line
    assert "password authentication failed" in line  # the server's own words, for the record
    assert "check the user and the password (URL or ROPA_PASSWORD)" in line  # what to do
    assert wrong not in result.output and pg_password_server.password not in result.output
    assert "Traceback" not in result.output


def test_wrong_password_from_the_environment_too(tmp_path: Path, pg_password_server: PasswordServer) -> None:
    result = _scan(tmp_path, pg_password_server.url(), env={"ROPA_PASSWORD": "Nepareiza-Parole-8"})
    assert result.exit_code == 2 and "wrong user name or password" in result.output, result.output
    assert "Nepareiza-Parole-8" not in result.output


def test_right_password_scans_and_is_not_stored(tmp_path: Path, pg_password_server: PasswordServer) -> None:
    server = pg_password_server
    engine = sa.create_engine(server.url(server.password).replace("postgresql://", "postgresql+psycopg://"))
    with engine.begin() as conn:
        conn.exec_driver_sql("DROP TABLE IF EXISTS klienti")
        conn.exec_driver_sql("CREATE TABLE klienti (id int PRIMARY KEY, vards text)")
        conn.exec_driver_sql("COMMENT ON COLUMN klienti.vards IS 'Vārds'")
    engine.dispose()

    result = _scan(tmp_path, server.url(server.password))
    assert result.exit_code == 0, result.output
    assert "1/0/2" in result.stdout  # read tables/views/columns
    assert server.password not in result.output
    assert _stored_url(tmp_path) == f"postgresql://{server.user}:***@127.0.0.1:{server.port}/postgres"

    result = _scan(tmp_path, server.url(), env={"ROPA_PASSWORD": server.password})  # password from the env
    assert result.exit_code == 0, result.output
    assert server.password not in result.output
    assert _stored_url(tmp_path) == f"postgresql://{server.user}@127.0.0.1:{server.port}/postgres"


def _stored_url(tmp_path: Path) -> str:
    catalog = open_catalog(f"sqlite:///{tmp_path / 'catalog.db'}")
    try:
        with catalog.connect() as conn:
            return str(conn.execute(sa.select(schema.system.c.url).where(schema.system.c.name == "x")).scalar_one())
    finally:
        catalog.dispose()
