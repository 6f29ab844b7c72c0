"""Fixtures for the app tests: a small seeded catalog and a runner that renders one page with AppTest.

The seed writes the catalog's tables directly (as a scan + classify + lineage run would leave them), so
the app is tested on known content without depending on the other areas' pipelines.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest

from catalog.store import Catalog, open_catalog, schema, utcnow
from tests.ropa.seed import seed as seed_system

ROOT = Path(__file__).resolve().parents[2]
APP = ROOT / "app.py"

# system → table → [(column, [(category, status, source, confidence, evidence)])]
ESTATE: dict[str, dict[str, list[tuple[str, list[tuple[int, str, str, float, dict[str, Any]]]]]]] = {
    "crm": {
        "klienti": [
            ("id", []),
            ("personas_kods", [(1, "confirmed", "name", 0.95, {"rule": "name.personas_kods"})]),
            ("vards", [(1, "confirmed", "name", 0.9, {"rule": "name.vards"})]),
            ("epasts", [(2, "suggested", "value", 0.85, {"rule": "value.email", "ratio": 0.98})]),
        ],
        "piezimes": [("teksts", [])],
    },
    "billing": {
        "invoices": [
            ("id", []),
            ("iban", [(18, "suggested", "value", 0.9, {"rule": "value.iban", "ratio": 0.97})]),
            ("amount", [(18, "confirmed", "manual", 1.0, {})]),
        ],
    },
    "dwh": {
        "customers": [
            (
                "personas_kods",
                [
                    (
                        1,
                        "suggested",
                        "lineage",
                        0.8,
                        {"path": ["crm.main.klienti.personas_kods", "dwh.main.customers.personas_kods"]},
                    )
                ],
            ),
            ("segment", [(7, "suggested", "name", 0.6, {"rule": "name.segment"})]),
        ],
    },
}


def seed(catalog: Catalog) -> dict[str, int]:
    """Write :data:`ESTATE` (plus a declared SaaS system and one lineage edge); returns column ids by path."""
    now = utcnow()
    ids: dict[str, int] = {}
    for system_name, tables in ESTATE.items():
        ids |= seed_system(
            catalog,
            system_name,
            {table: dict(columns) for table, columns in tables.items()},
            owner="AS Balticom",
            country="LV",
            last_scanned_at=now,
        )
    with catalog.begin() as conn:
        conn.execute(
            schema.system.insert().values(
                name="google_analytics",
                kind="saas",
                owner="Google Ireland Ltd",
                country="US",
                properties={"categories": [23, 7], "retention": "180 days"},
                created_at=now,
            )
        )
        conn.execute(
            schema.lineage_edge.insert().values(
                source_system="crm",
                source_table="main.klienti",
                source_column="personas_kods",
                source_column_id=ids["crm.main.klienti.personas_kods"],
                target_system="dwh",
                target_table="main.customers",
                target_column="personas_kods",
                target_column_id=ids["dwh.main.customers.personas_kods"],
                kind="copy",
                origin="sql",
                location="dwh/load_customers.sql:3",
                created_at=now,
            )
        )
    return ids


@pytest.fixture
def seeded(catalog: Catalog) -> Catalog:
    seed(catalog)
    return catalog


@pytest.fixture
def render(monkeypatch: pytest.MonkeyPatch) -> Iterator[Callable[..., Any]]:
    """``render(catalog, page, **query_params)`` → the AppTest after rendering that page."""
    from streamlit.testing.v1 import AppTest

    def _render(catalog: Catalog, page: str = "overview", **params: Any) -> AppTest:
        monkeypatch.setenv("ROPA_CATALOG", str(catalog.url.render_as_string(hide_password=False)))
        at = AppTest.from_file(str(APP), default_timeout=60)
        for key, value in params.items():
            at.query_params[key] = str(value)
        at.switch_page(f"app_pages/{page}.py").run()  # url paths equal file names, so no first run is needed
        assert not at.exception, [e.message for e in at.exception]
        return at

    yield _render


@pytest.fixture(scope="session")
def demo_catalog(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Catalog]:
    """The demo estate after the main job (scan, declared systems, lineage, classify, register, reconcile).

    Built once per test session. Great Expectations validation and the exports are left out: they take most
    of the job's time and the pages read their stored results the same way as reconciliation's.
    """
    from demo import pipeline

    root = tmp_path_factory.mktemp("demo")
    cat = open_catalog(f"sqlite:///{root / 'catalog.db'}")
    stages = tuple(stage for stage in pipeline.STAGES if stage[0] not in ("validate", "export"))
    report = pipeline.run(cat, directory=root / "estate", out_dir=root / "out", stages=stages)
    failed = [o for o in report.outcomes if o.status == "failed"]
    assert not failed, failed
    yield cat
    cat.dispose()


@pytest.fixture
def empty_catalog(tmp_path: Path) -> Iterator[Catalog]:
    cat = open_catalog(f"sqlite:///{tmp_path / 'empty.db'}")
    yield cat
    cat.dispose()


def texts(at: Any) -> str:
    """Everything the page shows as text (markdown, captions, metrics, tables), for content assertions."""
    parts: list[str] = []
    for kind in ("title", "header", "subheader", "markdown", "caption", "info", "warning", "error", "success"):
        parts.extend(str(getattr(e, "value", "")) for e in getattr(at, kind))
    for metric in at.metric:
        parts.append(f"{metric.label} {metric.value}")
    for frame in at.dataframe:
        parts.append(frame.value.to_string())
    for static in at.table:
        parts.append(static.value.to_string())
    return "\n".join(parts)


__all__ = ["APP", "ESTATE", "seed", "texts"]
