"""Classification through the CLI on SQLite, MariaDB and PostgreSQL: the same real schemas, the same figures?

Run: ``.venv/bin/python bench/classify_backends.py [APP ...] [--diff] [--exam DIR]``. Every schema of
``tests/data/schemas`` (or the ones named, or those of a blind-exam folder given with ``--exam``) is loaded into
SQLite, a throwaway MariaDB database and a throwaway PostgreSQL database (see ``tests/catalog/schema_backends.py``),
then ``ropa scan URL --system APP``, ``ropa classify`` and ``ropa tags export --format csv`` run on each, and the
export is scored against the labels (``tests/data/labels``, or the exam's own ``<app>.csv``). Prints personal F1
and category accuracy per app and backend, pooled per backend, and with ``--diff`` every column whose (top)
category differs from SQLite's — without its label for an exam, whose mistakes stay closed. The databases are
dropped afterwards.

``--demo`` compares the demo estate instead (it has rows, so the value detectors on the samples take part):
built as SQLite files and loaded into PostgreSQL (one schema per system) and MariaDB (one database per system)
by ``demo.servers``, each system scanned and classified through the CLI; prints the tags that differ.
"""

from __future__ import annotations

import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

BACKENDS = ("sqlite", "mariadb", "postgres")


def demo(work: Path) -> None:
    """The demo estate on the three backends: every (system, table, column, category, confidence) compared."""
    import uuid

    import sqlalchemy as sa

    from demo import build_estate
    from tests.catalog.schema_backends import cli, read_export
    from tests.conftest import MYSQL_URL, PG_URL, _throwaway_database

    prefix = f"ropa_bench_{uuid.uuid4().hex[:8]}"  # MariaDB: one database per system, <prefix>_<system>
    my_server = sa.make_url(MYSQL_URL)
    try:
        with _throwaway_database(
            PG_URL, "PostgreSQL", 'CREATE DATABASE "{name}"', 'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'
        ) as pg_url:
            estate = build_estate(
                work / "estate", postgres_url=pg_url, mysql_url=my_server.set(database=prefix).render_as_string(False)
            )
            tags = {}
            for backend in BACKENDS:
                catalog = f"sqlite:///{work / f'demo-{backend}.db'}"
                for target in estate.targets:
                    if backend == "sqlite":
                        cli(catalog, "scan", target.url, "--system", target.system)
                    elif backend == "postgres":
                        cli(catalog, "scan", pg_url, "--system", target.system, "--schema", target.system)
                    else:
                        url = my_server.set(database=f"{prefix}_{target.system}").render_as_string(False)
                        cli(catalog, "scan", url, "--system", target.system)
                cli(catalog, "classify")
                cli(catalog, "tags", "export", "--format", "csv", "-o", str(work / f"demo-{backend}.csv"))
                tags[backend] = {
                    (r["system"], r["table"], r["column"], r["category"], r["confidence"])
                    for r in read_export(work / f"demo-{backend}.csv")
                }
            for backend in BACKENDS[1:]:
                only_here, only_sqlite = tags[backend] - tags["sqlite"], tags["sqlite"] - tags[backend]
                print(f"demo {backend}: {len(tags[backend])} tags, {len(only_here)} not on sqlite, "
                      f"{len(only_sqlite)} only on sqlite")  # fmt: skip
                for row in sorted(only_here):
                    print(f"    + {row}")
                for row in sorted(only_sqlite):
                    print(f"    - {row}")
    finally:
        engine = sa.create_engine(my_server, isolation_level="AUTOCOMMIT")
        with engine.connect() as conn:
            for (name,) in conn.exec_driver_sql("SHOW DATABASES LIKE %s", (f"{prefix}\\_%",)).all():
                conn.exec_driver_sql(f"DROP DATABASE `{name}`")
        engine.dispose()


def main(argv: list[str]) -> None:
    from tests.catalog.schema_backends import (
        LABELS,
        SCHEMAS,
        cli_export,
        labels,
        load_mariadb,
        load_postgres,
        load_sqlite,
        schema_text,
        score,
        top_categories,
    )
    from tests.catalog.test_classify_real import Score
    from tests.conftest import MYSQL_URL, PG_URL, _throwaway_database

    show_diff = "--diff" in argv
    if "--demo" in argv:
        with tempfile.TemporaryDirectory() as tmp:
            demo(Path(tmp))
        return
    schemas, label_folder = SCHEMAS, LABELS
    exam = "--exam" in argv
    if exam:  # a blind-exam folder (<app>.sql + <app>.csv side by side): its figures only
        at = argv.index("--exam")
        if at + 1 >= len(argv) or not Path(argv[at + 1]).is_dir():
            raise SystemExit("--exam needs an exam folder, e.g. --exam tests/data/blind8")
        schemas = label_folder = Path(argv.pop(at + 1))
    labelled = sorted(p.stem for p in schemas.glob("*.sql") if (label_folder / f"{p.stem}.csv").is_file())
    apps = [a for a in argv if not a.startswith("--")] or labelled
    pooled = {b: Score() for b in BACKENDS}
    differing = 0
    with tempfile.TemporaryDirectory() as tmp:
        work = Path(tmp)
        for app in apps:
            text, truth = schema_text(app, schemas), labels(app, label_folder)
            exports = {}
            started = time.perf_counter()
            with (
                _throwaway_database(
                    PG_URL, "PostgreSQL", 'CREATE DATABASE "{name}"', 'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'
                ) as pg_url,
                _throwaway_database(
                    MYSQL_URL, "MariaDB", "CREATE DATABASE `{name}` CHARACTER SET utf8mb4",
                    "DROP DATABASE IF EXISTS `{name}`",
                ) as my_url,
            ):  # fmt: skip
                urls = {"sqlite": load_sqlite(work / f"{app}.db", text), "mariadb": my_url, "postgres": pg_url}
                for backend, load in (("mariadb", load_mariadb), ("postgres", load_postgres)):
                    try:
                        load(urls[backend], text)
                    except Exception as error:  # the test port of the DDL, not ropa: say so and go on
                        print(f"{app}: the DDL did not load in {backend} ({str(error).splitlines()[0]}); skipped")
                        del urls[backend]
                for backend in urls:
                    catalog = f"sqlite:///{work / f'{app}-{backend}-catalog.db'}"
                    exports[backend] = cli_export(catalog, urls[backend], app, work / f"{app}-{backend}.csv")
            line = [f"{app:12}"]
            for backend in exports:
                s, _ = score(exports[backend], truth)
                total = pooled[backend]
                total.tp, total.fp, total.fn, total.right = (
                    total.tp + s.tp, total.fp + s.fp, total.fn + s.fn, total.right + s.right
                )  # fmt: skip
                line.append(f"{backend} F1 {s.f1:.3f} acc {s.accuracy:.3f}")
            print(" | ".join(line) + f"  ({time.perf_counter() - started:.1f} s)")
            base = top_categories(exports["sqlite"])
            for backend in [b for b in BACKENDS[1:] if b in exports]:
                other = top_categories(exports[backend])
                diff = sorted(k for k in set(base) | set(other) if base.get(k) != other.get(k))
                differing += len(diff)
                if show_diff:
                    for key in diff:
                        want = "" if exam else f" (label {sorted(truth.get(key, ())) or '-'})"
                        print(f"    {backend}: {key} sqlite {base.get(key)} vs {other.get(key)}{want}")
        for backend, total in pooled.items():
            print(f"pooled {backend:9}: F1 {total.f1:.3f}, accuracy {total.accuracy:.3f} "
                  f"(tp {total.tp}, fp {total.fp}, fn {total.fn})")  # fmt: skip
        print(f"columns whose category differs from SQLite: {differing}")


if __name__ == "__main__":
    main(sys.argv[1:])
