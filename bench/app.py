"""Benchmark: page render time of the Streamlit app on a catalog of 100,000 columns.

Builds a SQLite catalog with bulk inserts through ``catalog.store.schema`` (40 systems × 50 tables × 50
columns = 100,000 columns, about a third of them tagged, 20,000 lineage edges) and imports the demo register,
and runs the reconciliation once (as ``ropa demo`` does), then renders every page with
``streamlit.testing.v1.AppTest`` and prints, per page, the time the app script took (``app.py`` records it):

- cold: the first render (empty query cache — what the first visitor after a catalog change waits for),
- warm: the same page rendered again (queries served from ``st.cache_data``),
- wall: AppTest's wall time for the cold render, which adds the harness's own overhead (about 0.7 s per
  AppTest instance scanning installed packages for components, plus polling) that a served app pays once
  at start-up, not per page,

against the target of 1 s (issue 9). Imports and plotly's lazy set-up are paid once by rendering every page
on a small catalog first, since they are a process start-up cost, not a page cost.

    .venv/bin/python bench/app.py                  # 100,000 columns
    .venv/bin/python bench/app.py --systems 10     # 25,000 columns, quicker
"""

from __future__ import annotations

import argparse
import os
import random
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from catalog.store import Catalog, open_catalog, schema, utcnow  # noqa: E402

TARGET_SECONDS = 1.0
PAGES = ("overview", "category", "system", "lineage", "review", "register", "findings")
PAGE_PARAMS = {"category": {"category": "18"}, "system": {"system": "sys_000"}, "lineage": {"system": "sys_001"}}


def build(catalog: Catalog, systems: int, tables: int, columns: int, seed: int = 9) -> int:
    """Bulk-write the synthetic catalog; returns the number of columns."""
    rng = random.Random(seed)
    now = utcnow()
    with catalog.begin() as conn:
        conn.execute(
            schema.system.insert(),
            [
                {"id": s + 1, "name": f"sys_{s:03d}", "kind": "database", "dialect": "postgresql", "country": "LV",
                 "created_at": now, "last_scanned_at": now}
                for s in range(systems)
            ],
        )  # fmt: skip
        conn.execute(
            schema.tbl.insert(),
            [
                {"id": s * tables + t + 1, "system_id": s + 1, "schema_name": "public", "name": f"table_{t:03d}",
                 "kind": "table", "first_seen": now, "last_seen": now}
                for s in range(systems)
                for t in range(tables)
            ],
        )  # fmt: skip
        column_rows = []
        tag_rows = []
        for table_id in range(1, systems * tables + 1):
            for c in range(columns):
                column_id = (table_id - 1) * columns + c + 1
                column_rows.append(
                    {"id": column_id, "table_id": table_id, "name": f"col_{c:03d}", "position": c,
                     "data_type": "text", "nullable": True, "is_pk": c == 0, "first_seen": now, "last_seen": now}
                )  # fmt: skip
                if rng.random() < 0.33:
                    status = "confirmed" if rng.random() < 0.6 else "suggested"
                    tag_rows.append(
                        {"column_id": column_id, "category": rng.randint(1, 32), "status": status,
                         "source": rng.choice(["name", "value", "comment", "lineage"]),
                         "confidence": round(rng.uniform(0.5, 1.0), 2),
                         "evidence": {"rule": f"rule_{rng.randint(1, 60)}", "ratio": round(rng.random(), 2)},
                         "actor": "bench", "created_at": now, "updated_at": now}
                    )  # fmt: skip
        for start in range(0, len(column_rows), 20000):
            conn.execute(schema.col.insert(), column_rows[start : start + 20000])
        conn.execute(schema.tag.insert(), tag_rows)
        total = len(column_rows)
        edges = []
        for _ in range(total // 5):
            source, target = rng.randint(1, total), rng.randint(1, total)
            edges.append(
                {"source_system": f"sys_{(source - 1) // (tables * columns):03d}", "source_table": "public.t",
                 "source_column": "c", "source_column_id": source,
                 "target_system": f"sys_{(target - 1) // (tables * columns):03d}", "target_table": "public.t",
                 "target_column": "c", "target_column_id": target, "kind": "copy", "origin": "sql",
                 "created_at": now}
            )  # fmt: skip
        conn.execute(schema.lineage_edge.insert(), edges)
    try:
        from ropa.reconcile import reconcile
        from ropa.register import import_register

        import_register(catalog, ROOT / "demo" / "register.yaml", actor="bench")
        started = time.perf_counter()
        found = reconcile(catalog)
        print(f"reconciliation: {len(found)} findings in {time.perf_counter() - started:.2f} s (stored for the app)")
    except Exception as exc:  # the register area may not be installed: pages then show their hint
        print(f"(no register imported: {exc})")
    return total


def render(page: str, timeout: float = 120) -> tuple[float, float, float]:
    """(cold script seconds, warm script seconds, cold AppTest wall seconds) for one page."""
    from streamlit.testing.v1 import AppTest

    at = AppTest.from_file(str(ROOT / "app.py"), default_timeout=timeout)
    for key, value in PAGE_PARAMS.get(page, {}).items():
        at.query_params[key] = value
    started = time.perf_counter()
    at.switch_page(f"app_pages/{page}.py").run()
    wall = time.perf_counter() - started
    if at.exception:
        raise SystemExit(f"page {page} failed: {at.exception[0].message}")
    cold = float(at.session_state["_render_seconds"])
    at.run()
    return cold, float(at.session_state["_render_seconds"]), wall


def warm_up(directory: str) -> None:
    """Render every page once on a small catalog: imports and plotly's validators load here, not in the figures."""
    sys.path.insert(0, str(ROOT))
    from tests.app.conftest import seed

    small = open_catalog(f"sqlite:///{directory}/small.db")
    seed(small)
    try:
        from ropa.register import import_register

        import_register(small, ROOT / "tests" / "data" / "register_ok.yaml", actor="bench")
    except Exception:
        pass
    os.environ["ROPA_CATALOG"] = str(small.url)
    for page in PAGES:
        render(page)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--systems", type=int, default=40)
    parser.add_argument("--tables", type=int, default=50)
    parser.add_argument("--columns", type=int, default=50)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory(prefix="ropa-bench-app-") as tmp:
        warm_up(tmp)
        catalog = open_catalog(f"sqlite:///{tmp}/big.db")
        started = time.perf_counter()
        total = build(catalog, args.systems, args.tables, args.columns)
        print(f"built {total:,} columns in {time.perf_counter() - started:.1f} s ({catalog.status()})")
        os.environ["ROPA_CATALOG"] = str(catalog.url)
        print(f"{'page':<10} {'cold s':>8} {'warm s':>8} {'wall s':>8}   target {TARGET_SECONDS:.1f} s")
        worst = 0.0
        for page in PAGES:
            cold, warm, wall = render(page)
            worst = max(worst, cold)
            verdict = "ok" if cold < TARGET_SECONDS else "SLOW"
            print(f"{page:<10} {cold:8.3f} {warm:8.3f} {wall:8.3f}   {verdict} ({cold / TARGET_SECONDS:.2f}× target)")
        print(f"slowest cold render {worst:.3f} s = {worst / TARGET_SECONDS:.2f}× the 1 s target")


if __name__ == "__main__":
    main()
