"""Throughput of ``catalog.lineage.trace_sql`` against sqllineage (the named baseline), in one run.

Usage: ``python bench/lineage.py [--generated N] [--baseline-sample N] [--baseline-seconds S] [MIRROR]``

Corpus: sqllineage's own test SQL (read from its git mirror, see ``bench/sqllineage_agreement.py``), ropa's
case files (``tests/fixtures/lineage/*.sql``) and N (default 100 000) statements generated from the demo
warehouse SQL (``demo/sql/**.sql``; built-in templates when absent): each generated statement is a template
with fresh literals and one of 20 table suffixes, as a query log of a warehouse looks.

Figures printed:
* ropa on the whole corpus (statements/s), with its fingerprint cache as in production;
* ropa and sqllineage on the *same* random sample (default 500 statements), ropa with a cold cache — the
  like-for-like ratio; sqllineage is time-boxed (``LineageRunner`` with sqlfluff is slow) and its per-statement
  rate extrapolated from what it finished.
Target: ≥ 10× sqllineage's throughput.
"""

from __future__ import annotations

import argparse
import random
import re
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "bench"))

TARGET_RATIO = 10.0
SUFFIXES = 20

_FALLBACK_TEMPLATES = [
    "INSERT INTO dwh.fact_calls SELECT c.id, c.client_id, c.started_at, c.duration_s / 60.0 AS minutes "
    "FROM callcentre.calls c WHERE c.started_at >= '2026-01-01'",
    "CREATE TABLE dwh.client_month AS SELECT client_id, date_trunc('month', issued_at) AS month, SUM(amount) AS total "
    "FROM billing.invoices WHERE amount > 0 GROUP BY 1, 2",
    "INSERT INTO extracts.partner SELECT k.personal_code, k.name, a.city FROM crm.clients k "
    "JOIN crm.addresses a ON a.client_id = k.id WHERE k.status = 3",
    "WITH last AS (SELECT client_id, MAX(paid_at) AS paid FROM billing.payments GROUP BY client_id) "
    "INSERT INTO dwh.debtors SELECT c.id, c.name, l.paid FROM crm.clients c LEFT JOIN last l ON l.client_id = c.id "
    "WHERE l.paid IS NULL OR l.paid < '2026-06-01'",
]


def demo_templates() -> list[str]:
    """Statements of the demo warehouse SQL, or the built-in ones."""
    from catalog.lineage.trace import _split, dialect_of

    folder = ROOT / "demo" / "sql"
    statements: list[str] = []
    for path in sorted(folder.rglob("*.sql")) if folder.exists() else []:
        text = path.read_text(encoding="utf-8")
        for _, tokens, error, _ in _split(text, dialect_of("sqlite")):
            if error is None and tokens:
                statements.append(text[tokens[0].start : tokens[-1].end + 1])
    return statements or list(_FALLBACK_TEMPLATES)


_NUMBER = re.compile(r"(?<![\w.])\d+(?![\w.])")
_DATE = re.compile(r"'\d{4}-\d{2}-\d{2}( \d{2}:\d{2}:\d{2})?'")
_TARGET = re.compile(r"((?:INSERT\s+INTO|CREATE\s+TABLE|CREATE\s+VIEW)\s+)([\w.\"]+)", re.I)


class _Suffix:
    """Renames the statement's target table (``dwh.t`` → ``dwh.t_p7``): a new shape for the same template."""

    def __init__(self, suffix: str) -> None:
        self.suffix = suffix

    def __call__(self, match: re.Match[str]) -> str:
        return f"{match.group(1)}{match.group(2).strip(chr(34))}{self.suffix}"


def generate(templates: list[str], count: int, seed: int = 7) -> list[str]:
    rng = random.Random(seed)
    out = []
    for i in range(count):
        sql = templates[i % len(templates)]
        sql = _NUMBER.sub(lambda m: str(rng.randint(1, 9999)), sql)
        sql = _DATE.sub(lambda m: f"'2026-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}'", sql)
        sql = _TARGET.sub(_Suffix(f"_p{rng.randrange(SUFFIXES)}"), sql, count=1)
        out.append(sql)
    return out


def own_cases() -> list[tuple[str, str | None]]:
    sys.path.insert(0, str(ROOT / "tests" / "catalog"))
    from test_lineage import load_cases  # type: ignore[import-not-found]

    return [(c.sql, c.dialect) for c in load_cases()]


def their_cases(mirror: str | None) -> list[tuple[str, str | None]]:
    try:
        from sqllineage_agreement import find_mirror, load_cases  # type: ignore[import-not-found]

        return [(c.sql, c.dialect) for c in load_cases(find_mirror(mirror))]
    except SystemExit as exc:
        print(f"(sqllineage test SQL left out: {exc})")
        return []


def run_ropa(corpus: list[tuple[str, str | None]]) -> float:
    from catalog.lineage import trace_sql

    started = time.perf_counter()
    for sql, dialect in corpus:
        result = trace_sql(sql, dialect)
        result.column_edges  # noqa: B018 - the result is what is measured
    return time.perf_counter() - started


_SQLLINEAGE_DIALECTS = {None: "ansi", "spark": "sparksql", "postgres": "postgres", "sqlite": "sqlite"}


def run_sqllineage(corpus: list[tuple[str, str | None]], seconds: float) -> tuple[int, float, int]:
    """Statements finished, time taken, failures — stopping once *seconds* are used."""
    import logging
    import warnings

    from sqllineage.runner import LineageRunner

    logging.getLogger("sqlfluff").setLevel(logging.ERROR)
    logging.getLogger("sqllineage").setLevel(logging.ERROR)
    warnings.filterwarnings("ignore")
    done = failed = 0
    started = time.perf_counter()
    for sql, dialect in corpus:
        if time.perf_counter() - started > seconds:
            break
        try:
            runner = LineageRunner(sql, dialect=_SQLLINEAGE_DIALECTS.get(dialect, dialect or "ansi"))
            runner.source_tables  # noqa: B018
            runner.target_tables  # noqa: B018
            runner.get_column_lineage()
        except Exception:  # noqa: BLE001 - a statement the baseline cannot handle still cost it time
            failed += 1
        done += 1
    return done, time.perf_counter() - started, failed


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("mirror", nargs="?", default=None)
    parser.add_argument("--generated", type=int, default=100_000)
    parser.add_argument("--baseline-sample", type=int, default=500)
    parser.add_argument("--baseline-seconds", type=float, default=240.0)
    args = parser.parse_args(argv)

    from catalog.lineage import trace

    theirs = their_cases(args.mirror)
    ours = own_cases()
    templates = demo_templates()
    generated: list[tuple[str, str | None]] = [(sql, "sqlite") for sql in generate(templates, args.generated)]
    corpus = theirs + ours + generated
    print(
        f"corpus: {len(theirs)} sqllineage test statements + {len(ours)} ropa cases + {len(generated)} generated "
        f"from {len(templates)} demo templates = {len(corpus)}"
    )

    trace.clear_cache()
    elapsed = run_ropa(corpus)
    whole_rate = len(corpus) / elapsed
    print(f"ropa trace_sql, whole corpus (fingerprint cache warm as in production): {whole_rate:,.0f} statements/s")

    rng = random.Random(11)
    sample = rng.sample(
        theirs + ours + generated[: len(templates) * SUFFIXES * 5], min(args.baseline_sample, len(corpus))
    )
    trace.clear_cache()
    ours_cold = run_ropa(sample)
    ours_rate = len(sample) / ours_cold
    print(f"ropa trace_sql, {len(sample)}-statement sample, cold cache: {ours_rate:,.0f} statements/s")
    done, took, failed = run_sqllineage(sample, args.baseline_seconds)
    base_rate = done / took if took else 0.0
    print(
        f"sqllineage LineageRunner, same sample: {done} statements in {took:.1f} s ({failed} failed): {base_rate:,.1f} statements/s"
    )
    if not base_rate:
        return 1
    like_for_like, overall = ours_rate / base_rate, whole_rate / base_rate
    verdict = "ok" if like_for_like >= TARGET_RATIO else "BELOW TARGET"
    print(
        f"ratio ropa/sqllineage: {like_for_like:,.1f}x same sample cold ({verdict}, target {TARGET_RATIO:.0f}x); {overall:,.1f}x whole corpus"
    )
    return 0 if like_for_like >= TARGET_RATIO else 1


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
