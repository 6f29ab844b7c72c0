"""``ropa demo`` end to end on a temporary catalog; stages whose area has not landed are reported, not fatal."""

from __future__ import annotations

import csv
from pathlib import Path

import pytest
from typer.testing import CliRunner

from catalog.errors import RopaError
from catalog.store import Catalog, open_catalog
from demo import Estate, pipeline, review
from ropa.cli import app


def test_the_main_job_runs_end_to_end(tmp_path: Path) -> None:
    # Every stage but Great Expectations validation (its area tests it; it alone takes 10+ s here).
    stages = tuple(stage for stage in pipeline.STAGES if stage[0] != "validate")
    catalog = open_catalog(f"sqlite:///{tmp_path / 'catalog.db'}")
    try:
        report = pipeline.run(catalog, directory=tmp_path / "estate", out_dir=tmp_path / "out", stages=stages)
    finally:
        catalog.dispose()
    statuses = {o.stage: o.status for o in report.outcomes}
    assert list(statuses) == [name for name, _ in stages]
    assert set(statuses.values()) <= {pipeline.OK, pipeline.UNAVAILABLE}, report.outcomes
    assert statuses["generate"] == pipeline.OK and report.ok
    assert report.estate is not None and (report.estate.directory / "truth.csv").exists()
    if statuses["export"] == pipeline.OK:
        assert {p.name for p in (tmp_path / "out").iterdir()} >= {name for _, _, name in pipeline.EXPORTS}
    if statuses["scan"] == pipeline.OK:
        assert catalog.status().columns == report.estate.columns


def test_ropa_demo_reports_an_unreachable_server_in_one_line(tmp_path: Path) -> None:
    result = CliRunner().invoke(
        app,
        [
            "--catalog",
            f"sqlite:///{tmp_path / 'catalog.db'}",
            "demo",
            "--dir",
            str(tmp_path / "estate"),
            "--out",
            str(tmp_path / "out"),
            "--postgres",
            "postgresql://nobody:secret@127.0.0.1:1/ropa_demo",
        ],
    )
    assert result.exit_code == 2, result.output
    assert "cannot load the demo" in result.output and "secret" not in result.output
    assert "Traceback" not in result.output


def _missing(ctx: pipeline.Context) -> str:
    return str(pipeline._entry("catalog.no_such_area", "run")(ctx.catalog))


def _broken(ctx: pipeline.Context) -> str:
    raise RopaError("this stage cannot run", obj="stage:broken")


def test_unavailable_and_failing_stages_are_reported_and_the_job_goes_on(catalog: Catalog, tmp_path: Path) -> None:
    report = pipeline.run(
        catalog,
        directory=tmp_path,
        out_dir=tmp_path,
        stages=(("missing", _missing), ("broken", _broken), ("missing again", _missing)),
    )
    assert [(o.stage, o.status) for o in report.outcomes] == [
        ("missing", pipeline.UNAVAILABLE),
        ("broken", pipeline.FAILED),
        ("missing again", pipeline.UNAVAILABLE),
    ]
    assert "catalog.no_such_area.run" in report.outcomes[0].detail
    assert "this stage cannot run" in report.outcomes[1].detail
    assert not report.ok


def test_review_replays_the_truth_as_decisions(catalog: Catalog, estate: Estate) -> None:
    scan = pytest.importorskip("catalog.scanning").scan
    target = next(t for t in estate.targets if t.system == "media")
    scan(catalog, target.url, "media")
    rows = review.decisions(catalog, estate.truth, estate.systems)
    with estate.truth.open(encoding="utf-8") as f:
        truth = {(r["table"], r["column"], int(r["category"])) for r in csv.DictReader(f) if r["system"] == "media"}
    assert {(r[2], r[3], r[4]) for r in rows if r[5] == "confirmed"} == truth
    assert all(r[0] == "media" and r[1] == "main" for r in rows)
    written = review.write(rows, estate.directory / "decisions_test.csv").read_text(encoding="utf-8").splitlines()
    assert written[0] == ",".join(review.HEADER) and len(written) == len(rows) + 1


def test_the_validation_preload_leaves_no_package_for_both_threads_to_import() -> None:
    """Great Expectations is imported on a background thread while the job goes on; SQLAlchemy's ORM (imported
    lazily by a scan's list binding) and pandas (by the register queries) must be imported before that thread
    starts, or a scan can meet a partly initialised ``sqlalchemy.orm.exc`` (seen once in CI). A fresh interpreter,
    the thread kept from starting: what the preload leaves imported."""
    import subprocess
    import sys

    code = (
        "import sys, threading\n"
        "threading.Thread.start = lambda self: None\n"
        "from demo import pipeline\n"
        "pipeline._preload_validation()\n"
        "print(sorted(m for m in ('sqlalchemy.orm', 'pandas') if m in sys.modules))\n"
    )
    root = Path(__file__).resolve().parent.parent.parent
    out = subprocess.run([sys.executable, "-c", code], cwd=root, capture_output=True, text=True, timeout=120)
    assert out.returncode == 0, out.stderr
    assert out.stdout.split("\n")[-2] == "['pandas', 'sqlalchemy.orm']", out.stdout


def test_a_failed_run_leaves_no_preload_thread_behind(tmp_path: Path) -> None:
    """Generation failing (an unreachable server) ends the run at once, but not before the validation preload it
    started has finished: nothing it imports is left half-done for the caller."""
    import threading

    catalog = open_catalog(f"sqlite:///{tmp_path / 'catalog.db'}")
    try:
        with pytest.raises(RopaError):
            pipeline.run(
                catalog,
                directory=tmp_path / "estate",
                out_dir=tmp_path / "out",
                postgres_url="postgresql://nobody:secret@127.0.0.1:1/ropa_demo",
            )
    finally:
        catalog.dispose()
    assert not [t for t in threading.enumerate() if t.name == "ropa-gx-preload" and t.is_alive()]
