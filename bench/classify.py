"""Classification speed: columns per second for name+comment rules, the whole engine, and with 100-row samples.

Run: ``.venv/bin/python bench/classify.py [--columns N]``. Prints the figures and the ratio against the target
the product owner set (baseline: 5,000 columns/s for name and comment rules). Column names come from the
classification cases and the real schemas in ``tests/data``, numbered so that no two are alike (no cache
hits a real catalog would also give); the values for the sampled run are generated with Faker.
"""

from __future__ import annotations

import argparse
import csv
import random
import re
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

BASELINE_NAMES = 5000.0  # columns/s, the target for name+comment rules


def _names() -> list[tuple[str, str, str | None, str | None]]:
    """(table, column, type, comment) from the case file and the real schemas."""
    out = []
    with (ROOT / "tests" / "data" / "classification_cases.csv").open(encoding="utf-8") as fh:
        for row in csv.DictReader(fh):
            out.append((row["table"], row["column"], row["data_type"] or None, row["comment"] or None))
    for ddl in (ROOT / "tests" / "data" / "schemas").glob("*.sql"):
        table = None
        for line in ddl.read_text(encoding="utf-8").splitlines():
            m = re.match(r"\s*create table (?:if not exists )?`?(\w+)`?", line, re.I)
            if m:
                table = m.group(1)
                continue
            m = re.match(r"\s*`?(\w+)`?\s+(\w+)", line)
            if table and m and m.group(1).upper() not in ("PRIMARY", "KEY", "UNIQUE", "INDEX", "CONSTRAINT"):
                out.append((table, m.group(1), m.group(2), None))
    return out


def _values(kind: int, fake, n: int = 100) -> list[object]:  # type: ignore[no-untyped-def]
    makers = [
        fake.email, fake.phone_number, fake.iban, fake.ssn, fake.ipv4, fake.mac_address, fake.date_of_birth,
        fake.word, fake.sentence, lambda: fake.random_int(0, 10**6), fake.credit_card_number, fake.uuid4,
    ]  # fmt: skip
    make = makers[kind % len(makers)]
    return [make() for _ in range(n)]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--columns", type=int, default=20000, help="columns for the name+comment run")
    parser.add_argument("--sampled", type=int, default=1000, help="columns for the 100-row sample run")
    args = parser.parse_args()

    from faker import Faker

    from catalog.classify import ColumnInfo, suggest, table_context
    from catalog.detectors import profile_values
    from catalog.rules import load_rules, stem, tokens

    rules = load_rules()
    base = _names()
    rng = random.Random(7)
    columns = []
    for i in range(args.columns):
        table, name, typ, comment = base[i % len(base)]
        columns.append(
            (f"{table}_{i // len(base)}", ColumnInfo(f"{name}{rng.choice(['', '_x', 'Ref', '_2'])}{i}", typ, comment))
        )
    # Best of three runs, caches cleared each time: the machine is shared, the best run is the code's speed.
    names_rate = 0.0
    contexts: dict[str, object] = {}
    for _ in range(3):
        tokens.cache_clear()
        stem.cache_clear()
        contexts = {}
        personal = 0
        start = time.perf_counter()
        for table, column in columns:
            info = contexts.get(table)
            if info is None:
                info = contexts[table] = table_context(table, (), rules)
            personal += bool(suggest(column, info, rules))  # type: ignore[arg-type]
        names_rate = max(names_rate, len(columns) / (time.perf_counter() - start))

    fake = Faker(["lv_LV", "en_US"])
    fake.seed_instance(7)
    samples = [(_values(i, fake), columns[i][1], columns[i][0]) for i in range(args.sampled)]
    start = time.perf_counter()
    for values, column, table in samples:
        profile = profile_values(values)
        info = contexts[table]
        suggest(ColumnInfo(column.name, column.data_type, column.comment, profile=profile), info, rules)  # type: ignore[arg-type]
    sampled_rate = len(samples) / (time.perf_counter() - start)

    # The whole engine as ``ropa classify`` runs it per system: column rules, table context, record tables, the
    # second pass through linked tables and the learned model for the columns the rules leave silent.
    from catalog.classify import default_model, suggest_system

    by_table: dict[str, list[ColumnInfo]] = {}
    for table, column in columns:
        by_table.setdefault(table, []).append(column)
    tables = [(table_context(t, [c.name for c in cols], rules), cols) for t, cols in by_table.items()]
    model = default_model()
    engine_rates = {}
    for label, use in (("rules", None), ("rules + model", model)):
        best = 0.0
        for _ in range(3):
            tokens.cache_clear()
            stem.cache_clear()
            start = time.perf_counter()
            suggest_system(tables, rules, model=use)
            best = max(best, len(columns) / (time.perf_counter() - start))
        engine_rates[label] = best

    print(f"name+comment rules: {names_rate:,.0f} columns/s over {len(columns):,} columns ({personal:,} personal)")
    print(f"  target {BASELINE_NAMES:,.0f} columns/s -> ratio {names_rate / BASELINE_NAMES:.1f}x")
    for label, rate in engine_rates.items():
        print(f"whole engine per table ({label}): {rate:,.0f} columns/s -> ratio {rate / BASELINE_NAMES:.1f}x")
    print(f"with 100-row samples through profile_values: {sampled_rate:,.0f} columns/s over {len(samples):,} columns")
    print(
        f"  ({sampled_rate * 100:,.0f} sampled values/s; ratio to the name-only run {sampled_rate / names_rate:.2f}x)"
    )


if __name__ == "__main__":
    main()
