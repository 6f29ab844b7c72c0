"""``ropa register import|export``, ``ropa reconcile``, ``ropa export`` through typer's runner."""

from __future__ import annotations

from pathlib import Path

from typer.testing import CliRunner

from ropa.cli import app

DATA = Path(__file__).resolve().parent.parent / "data"
DEMO = Path(__file__).resolve().parent.parent.parent / "demo" / "register.yaml"
runner = CliRunner()


def _invoke(url: str, *args: str):  # type: ignore[no-untyped-def]
    return runner.invoke(app, ["--catalog", url, *args], terminal_width=200)


def test_import_reconcile_and_export(tmp_path: Path) -> None:
    url = f"sqlite:///{tmp_path / 'c.db'}"
    result = _invoke(url, "register", "import", str(DEMO))
    assert result.exit_code == 0, result.output
    assert "Imported register version 1: 17 activities" in result.output and "add     activity:billing" in result.output
    again = _invoke(url, "register", "import", str(DEMO))
    assert again.exit_code == 0 and "Register unchanged" in again.output
    result = _invoke(url, "reconcile", "--lang", "lv")
    assert result.exit_code == 0, result.output
    assert "Konstatējumi" in result.output and "DevCloud Inc." in result.output
    old = tmp_path / "old.json"
    assert _invoke(url, "export", "--format", "json", "-o", str(old)).exit_code == 0
    for fmt in ("xlsx", "csv", "html"):
        result = _invoke(url, "export", "--format", fmt, "--lang", "lv", "-o", str(tmp_path / f"r.{fmt}"))
        assert result.exit_code == 0, result.output
        assert (tmp_path / f"r.{fmt}").stat().st_size > 1000
    assert "0 change(s)" in _invoke(url, "export", "--diff", str(old)).output
    yaml_out = tmp_path / "back.yaml"
    assert _invoke(url, "register", "export", str(yaml_out)).exit_code == 0
    assert "Register unchanged" in _invoke(url, "register", "import", str(yaml_out)).output


def test_a_bad_register_is_one_line_with_file_and_line(tmp_path: Path) -> None:
    bad = DATA / "register_bad_category.yaml"
    result = _invoke(f"sqlite:///{tmp_path / 'c.db'}", "register", "import", str(bad))
    assert result.exit_code == 2
    lines = [line for line in result.output.splitlines() if line.strip()]
    assert len(lines) == 1 and "Traceback" not in result.output
    assert f"{bad}:36: activity 'billing': categories[2]: unknown category 33" in result.output.replace("\n", "")


def test_reconcile_without_a_register_says_what_to_do(tmp_path: Path) -> None:
    result = _invoke(f"sqlite:///{tmp_path / 'c.db'}", "reconcile")
    assert result.exit_code == 2 and "ropa register import" in result.output


def test_export_rejects_an_unknown_format(tmp_path: Path) -> None:
    url = f"sqlite:///{tmp_path / 'c.db'}"
    _invoke(url, "register", "import", str(DATA / "register_ok.yaml"))
    result = _invoke(url, "export", "--format", "pdf", "-o", str(tmp_path / "x.pdf"))
    assert result.exit_code == 2 and "unknown export format 'pdf'" in result.output
