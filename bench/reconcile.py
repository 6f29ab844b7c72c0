"""Reconciliation on a large catalog: one shared read of the map per run against a read per check.

Builds the synthetic catalog of ``bench/app.py`` (default 40 systems × 50 tables × 50 columns = 100,000
columns, a third of them tagged) with the demo register, then times

- ``reconcile`` as it runs: one :class:`~ropa.checks.context.CheckInput` shared by every check, so the map
  and the latest validation results are read once;
- the baseline "each check reads for itself": every check given a fresh ``CheckInput`` (what the checks did
  before the shared input: three reads of the map, two of the validation results);
- the export content (``build_report``), which reuses the same input for its sheets.

Usage: ``.venv/bin/python bench/reconcile.py [--systems 40 --tables 50 --columns 50 --repeat 3]``
"""

from __future__ import annotations

import argparse
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from bench.app import build  # noqa: E402
from catalog.store import open_catalog  # noqa: E402
from ropa.checks.context import CheckInput  # noqa: E402
from ropa.exports.report import build_report  # noqa: E402
from ropa.reconcile import CHECKS, reconcile  # noqa: E402
from ropa.register import load_register  # noqa: E402


def best_of(repeat: int, work: Callable[[], object]) -> float:
    times = []
    for _ in range(repeat):
        started = time.perf_counter()
        work()
        times.append(time.perf_counter() - started)
    return min(times)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--systems", type=int, default=40)
    parser.add_argument("--tables", type=int, default=50)
    parser.add_argument("--columns", type=int, default=50)
    parser.add_argument("--repeat", type=int, default=3)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory(prefix="ropa-bench-reconcile-") as tmp:
        catalog = open_catalog(f"sqlite:///{tmp}/big.db")
        total = build(catalog, args.systems, args.tables, args.columns)
        register = load_register(catalog)
        shared = best_of(args.repeat, lambda: reconcile(catalog, register, store=False))
        each = best_of(args.repeat, lambda: [check(CheckInput(catalog, register)) for check in CHECKS])
        report = best_of(args.repeat, lambda: build_report(catalog))
    print(f"catalog: {total:,} columns; best of {args.repeat}")
    print(f"reconcile, map read once (shared CheckInput)  {shared:6.2f} s")
    print(f"baseline: each check reads for itself        {each:6.2f} s   ratio {each / shared:.2f}×")
    print(f"export content (reconcile + sheets)          {report:6.2f} s")


if __name__ == "__main__":
    main()
