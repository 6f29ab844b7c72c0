"""``ropa demo`` end to end on a temporary catalog; stages whose area has not landed are reported, not fatal."""

from __future__ import annotations

from pathlib import Path

from typer.testing import CliRunner

from catalog.errors import RopaError
from catalog.store import Catalog
from demo import pipeline
from ropa.cli import app


def test_ropa_demo_runs_the_whole_job(tmp_path: Path) -> None:
    out, estate = tmp_path / "out", tmp_path / "estate"
    result = CliRunner().invoke(
        app,
        [
            "--catalog",
            f"sqlite:///{tmp_path / 'catalog.db'}",
            "demo",
            "--dir",
            str(estate),
            "--out",
            str(out),
            "--no-app",
        ],
    )
    assert result.exit_code == 0, result.output
    for stage, _ in pipeline.STAGES:
        assert stage in result.output
    assert "failed" not in result.output
    assert (estate / "crm.db").exists() and (estate / "truth.csv").exists()
    if "export " in result.output and (out / "register_en.xlsx").exists():
        assert {p.name for p in out.iterdir()} >= {
            "register_lv.xlsx",
            "register_en.xlsx",
            "register.json",
            "register.html",
        }


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
