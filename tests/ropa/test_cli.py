from __future__ import annotations

from pathlib import Path

import pytest
import sqlalchemy as sa
from typer.testing import CliRunner

from ropa import __version__
from ropa.cli import app

runner = CliRunner()


def invoke(*args: str):  # type: ignore[no-untyped-def]
    return runner.invoke(app, list(args), catch_exceptions=False)


def test_version() -> None:
    result = invoke("--version")
    assert result.exit_code == 0
    assert result.stdout.strip() == f"ropa {__version__}"


def test_init_and_status(tmp_path: Path) -> None:
    url = f"sqlite:///{tmp_path / 'c.db'}"
    result = invoke("--catalog", url, "init")
    assert result.exit_code == 0, result.output
    assert "Catalog ready" in result.stdout
    result = invoke("--catalog", url, "status")
    assert result.exit_code == 0
    for word in ("systems", "tables", "columns", "tags", "lineage edges"):
        assert word in result.stdout


def test_catalog_from_environment(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("ROPA_CATALOG", f"sqlite:///{tmp_path / 'env.db'}")
    assert invoke("init").exit_code == 0
    assert (tmp_path / "env.db").exists()


@pytest.mark.parametrize(("lang", "expected"), [("lv", "Personas identifikācijas dati"), ("en", "Identification data")])
def test_categories(lang: str, expected: str) -> None:
    result = runner.invoke(app, ["categories", "--lang", lang], terminal_width=300)
    assert result.exit_code == 0
    assert expected in result.stdout
    assert (
        "TV pakalpojuma lietošanas dati" in result.stdout if lang == "lv" else "TV service usage data" in result.stdout
    )


def test_categories_bad_lang() -> None:
    result = invoke("categories", "--lang", "de")
    assert result.exit_code == 2
    assert "--lang must be lv or en" in result.output


@pytest.mark.parametrize("url", ["nosuchdb://x/y", "definitely not a url"])
def test_bad_catalog_url_is_one_line_exit_2(url: str) -> None:
    result = invoke("--catalog", url, "status")
    assert result.exit_code == 2
    assert "Traceback" not in result.output
    lines = [line for line in result.output.splitlines() if line.strip()]
    assert len(lines) == 1 and lines[0].startswith("Error:"), result.output


def test_debug_shows_the_traceback() -> None:
    result = runner.invoke(app, ["--debug", "--catalog", "nosuchdb://x/y", "status"])
    assert result.exit_code != 0
    assert result.exception is not None and type(result.exception).__name__ == "ConfigError"


@pytest.mark.postgres
def test_init_creates_the_catalog_on_postgres(pg_database: str) -> None:
    missing = sa.make_url(pg_database).set(database=f"{sa.make_url(pg_database).database}_new")
    url = missing.render_as_string(hide_password=False)
    try:
        result = invoke("--catalog", url, "init")
        assert result.exit_code == 0, result.output
        engine = sa.create_engine(url)
        with engine.connect() as conn:
            assert conn.execute(sa.text("SELECT version_num FROM alembic_version")).scalar_one()
        engine.dispose()
    finally:
        admin = sa.create_engine(sa.make_url(pg_database).set(database="postgres"), isolation_level="AUTOCOMMIT")
        with admin.connect() as conn:
            conn.execute(sa.text(f'DROP DATABASE IF EXISTS "{missing.database}" WITH (FORCE)'))
        admin.dispose()


def test_python_dash_m_works() -> None:
    import subprocess
    import sys

    out = subprocess.run([sys.executable, "-m", "ropa", "--version"], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == f"ropa {__version__}"
