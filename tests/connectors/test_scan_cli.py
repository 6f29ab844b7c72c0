"""``ropa scan`` and ``ropa systems import`` through typer's runner: output, exit codes, one-line errors."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest
from typer.testing import CliRunner

from ropa.cli import app

runner = CliRunner()


def _invoke(catalog_url: str, *args: str, env: dict[str, str] | None = None):  # type: ignore[no-untyped-def]
    return runner.invoke(app, ["--catalog", catalog_url, *args], env=env, catch_exceptions=False, terminal_width=200)


@pytest.fixture
def cat_url(tmp_path: Path) -> str:
    return f"sqlite:///{tmp_path / 'catalog.db'}"


@pytest.fixture
def crm(tmp_path: Path) -> Path:
    path = tmp_path / "crm.db"
    conn = sqlite3.connect(path)
    conn.executescript("CREATE TABLE klienti ( -- Klienti\n id INTEGER PRIMARY KEY,\n vards TEXT -- Vārds\n);")
    conn.close()
    return path


def test_scan_prints_summary_and_diff(cat_url: str, crm: Path) -> None:
    result = _invoke(cat_url, "scan", f"sqlite:///{crm}", "--system", "crm")
    assert result.exit_code == 0, result.output
    assert "Scan summary" in result.stdout and "crm" in result.stdout
    assert "1/0/2" in result.stdout and "1/2" in result.stdout  # read t/v/c, added t/c
    assert "columns added" not in result.stdout  # a first scan lists nothing: everything is new
    conn = sqlite3.connect(crm)
    conn.execute("ALTER TABLE klienti ADD COLUMN epasts TEXT")
    conn.close()
    result = _invoke(cat_url, "scan", f"sqlite:///{crm}", "--system", "crm", "--sample", "0")
    assert result.exit_code == 0
    assert "columns added: main.klienti.epasts" in result.stdout
    assert "tables added" not in result.stdout


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["sqlite:///{tmp}/missing.db", "--system", "crm"], "system 'crm': SQLite file"),
        (["oracle://scott:tiger@db/orcl", "--system", "erp"], "unsupported URL scheme 'oracle'"),
        (["postgresql://ropa:Sekrets-9@127.0.0.1:1/x", "--system", "pg"], "cannot reach the server"),
        (["mysql+pymysql://root:Sekrets-9@127.0.0.1:3306/ropa_no_such_db", "--system", "my"], "system 'my'"),
        (["sqlite:///{tmp}/crm.db"], "needs a URL and --system"),
        (["sqlite:///{tmp}/crm.db", "--system", "crm", "--sample", "-1"], "--sample must be 0 or more"),
    ],
)
def test_bad_input_is_one_line_exit_2(cat_url: str, crm: Path, args: list[str], message: str) -> None:
    result = _invoke(cat_url, "scan", *[a.format(tmp=crm.parent) for a in args])
    assert result.exit_code == 2
    lines = result.output.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith("Error: ") and message in lines[0], result.output
    assert "tiger" not in result.output and "Sekrets" not in result.output


def test_scan_targets_file_reports_failures_and_goes_on(cat_url: str, crm: Path, tmp_path: Path) -> None:
    targets = tmp_path / "targets.yaml"
    targets.write_text(
        f"systems:\n  - {{name: crm, url: 'sqlite:///{crm}'}}\n  - {{name: gone, url: 'sqlite:///{tmp_path}/gone.db'}}\n"
    )
    result = _invoke(cat_url, "scan", "--targets", str(targets))
    assert result.exit_code == 2
    assert "crm" in result.stdout and "failed" in result.stdout
    assert "1 of 2 systems failed: gone" in result.output
    assert "Error: system 'gone': SQLite file" in result.output


def test_systems_import(cat_url: str, tmp_path: Path) -> None:
    good = tmp_path / "declared.yaml"
    good.write_text("systems:\n  - {name: google_analytics, kind: saas, owner: Google Ireland Ltd, country: US}\n")
    result = _invoke(cat_url, "systems", "import", str(good))
    assert result.exit_code == 0 and "Imported 1 declared systems: google_analytics" in result.stdout
    bad = tmp_path / "bad.yaml"
    bad.write_text("systems:\n  - name: x\n    kind: saas\n    owner: X\n    country: Latvia\n")
    result = _invoke(cat_url, "systems", "import", str(bad))
    assert result.exit_code == 2
    assert result.output.strip() == (
        f"Error: {bad}:5: system 'x': country 'Latvia' is not an ISO 3166-1 alpha-2 code such as LV or US"
        " — fix the file and import it again"
    )
