"""Benchmark: ``ropa scan`` (bulk catalog queries) vs. SQLAlchemy ``inspect()`` per-table reflection.

Creates N tables x 20 columns (every column commented, a foreign key per table) in a throwaway database on
the local PostgreSQL and MariaDB servers, then in the same run times

- our scan with sampling off, into a fresh in-memory catalog (snapshot + diff + catalog writes), and
- the baseline: ``inspect(engine)`` with ``get_columns``, ``get_pk_constraint``, ``get_foreign_keys`` and
  ``get_table_comment`` for every table — what a naive ingestion does,

prints both times, the ratio and the peak memory (process max RSS after our scan, and the Python heap peak
of a second scan under ``tracemalloc``). The databases are dropped at the end.

    .venv/bin/python bench/scan.py                 # 2,000 tables on both servers
    .venv/bin/python bench/scan.py --tables 200 --only postgresql

Targets (issue 5): >= 10x faster than reflection on PostgreSQL, >= 5x on MariaDB, peak memory < 300 MB.
"""

from __future__ import annotations

import argparse
import os
import resource
import sys
import time
import tracemalloc
import uuid
from pathlib import Path
from typing import Any

import sqlalchemy as sa

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from catalog.scanning import scan  # noqa: E402
from catalog.store import open_catalog  # noqa: E402
from connectors.connection import connect, connector_for, resolve_url  # noqa: E402

SERVERS = {
    "postgresql": "postgresql+psycopg://postgres@127.0.0.1:5432/postgres",
    "mysql": "mysql+pymysql://root@127.0.0.1:3306/",
}
TARGETS = {"postgresql": 10.0, "mysql": 5.0}


def _pg_ddl(tables: int, columns: int) -> list[str]:
    """One script per 100 tables: one transaction for all would exhaust max_locks_per_transaction."""
    parts: list[str] = []
    scripts = []
    for i in range(tables):
        if i and i % 100 == 0:
            scripts.append("\n".join(parts))
            parts = []
        cols = ["id integer PRIMARY KEY"]
        if i:
            cols.append(f"parent_id integer REFERENCES t{i - 1:05d}(id)")
        cols += [f"c{j:02d} varchar(100) DEFAULT 'x'" for j in range(len(cols), columns)]
        parts.append(f"CREATE TABLE t{i:05d} ({', '.join(cols)});")
        parts.append(f"COMMENT ON TABLE t{i:05d} IS 'Tabula {i} — klientu dati';")
        names = ["id", "parent_id"][: 2 if i else 1] + [f"c{j:02d}" for j in range(2 if i else 1, columns)]
        parts += [f"COMMENT ON COLUMN t{i:05d}.{n} IS 'Kolonna {n} (vārds)';" for n in names]
    return [*scripts, "\n".join(parts)]


def _mysql_ddl(tables: int, columns: int) -> list[str]:
    statements = []
    for i in range(tables):
        cols = ["id int PRIMARY KEY COMMENT 'Kolonna id'"]
        if i:
            cols.append(
                f"parent_id int COMMENT 'Kolonna parent_id', FOREIGN KEY (parent_id) REFERENCES t{i - 1:05d}(id)"
            )
        first = 2 if i else 1
        cols += [f"c{j:02d} varchar(100) DEFAULT 'x' COMMENT 'Kolonna c{j:02d} (vārds)'" for j in range(first, columns)]
        statements.append(f"CREATE TABLE t{i:05d} ({', '.join(cols)}) ENGINE=InnoDB COMMENT 'Tabula {i}'")
    return statements


def create(kind: str, tables: int, columns: int) -> tuple[str, sa.Engine, str]:
    admin = sa.create_engine(SERVERS[kind], isolation_level="AUTOCOMMIT")
    name = f"ropa_bench_{uuid.uuid4().hex[:8]}"
    with admin.connect() as conn:
        if kind == "postgresql":
            conn.exec_driver_sql(f'CREATE DATABASE "{name}"')
        else:
            conn.exec_driver_sql(f"CREATE DATABASE `{name}` CHARACTER SET utf8mb4")
    url = sa.make_url(SERVERS[kind]).set(database=name)
    engine = sa.create_engine(url, isolation_level="AUTOCOMMIT")
    started = time.perf_counter()
    try:
        with engine.connect() as conn:
            statements = _pg_ddl(tables, columns) + ["ANALYZE"] if kind == "postgresql" else _mysql_ddl(tables, columns)
            for statement in statements:
                conn.exec_driver_sql(statement)
    except BaseException:
        drop(kind, admin, name)
        raise
    finally:
        engine.dispose()
    print(f"  created {tables} tables x {columns} columns in {time.perf_counter() - started:.1f} s", flush=True)
    return name, admin, url.render_as_string(hide_password=False)


def drop(kind: str, admin: sa.Engine, name: str) -> None:
    with admin.connect() as conn:
        if kind == "postgresql":
            conn.exec_driver_sql(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
        else:
            conn.exec_driver_sql(f"DROP DATABASE IF EXISTS `{name}`")
    admin.dispose()


def reflect(url: str) -> tuple[int, int]:
    """The baseline: one round of per-table reflection calls, as naive ingestion does."""
    engine = sa.create_engine(url)
    try:
        inspector = sa.inspect(engine)
        tables = columns = 0
        for table in inspector.get_table_names():
            columns += len(inspector.get_columns(table))
            inspector.get_pk_constraint(table)
            inspector.get_foreign_keys(table)
            inspector.get_table_comment(table)
            tables += 1
        return tables, columns
    finally:
        engine.dispose()


def _ours(url: str) -> tuple[float, Any]:
    """One full scan into a fresh in-memory catalog: (seconds, result)."""
    catalog = open_catalog("sqlite://")
    started = time.perf_counter()
    result = scan(catalog, url, "bench", sample=0)
    seconds = time.perf_counter() - started
    catalog.dispose()
    return seconds, result


def _reading(url: str) -> float:
    """Reading the source alone, no catalog (a scan writes the catalog while it reads, so it cannot be
    told apart inside one)."""
    connector = connector_for(resolve_url(url, "bench"), "bench")
    started = time.perf_counter()
    with connect(connector, "bench") as conn:
        connector.snapshot(conn)
    return time.perf_counter() - started


def _load() -> str:
    return "load average " + ", ".join(f"{x:.2f}" for x in os.getloadavg())


def run(kind: str, tables: int, columns: int, repeat: int) -> bool:
    print(f"{kind}: ({_load()}, {os.cpu_count()} CPUs)", flush=True)
    name, admin, url = create(kind, tables, columns)
    try:
        # Interleaved and best of *repeat*, as timeit does: the machine is shared, the minimum is the signal.
        ours, reading, baseline = [], [], []
        for _ in range(repeat):
            seconds, result = _ours(url)
            ours.append(seconds)
            reading.append(_reading(url))
            started = time.perf_counter()
            seen_tables, seen_columns = reflect(url)
            baseline.append(time.perf_counter() - started)
        rss_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024

        tracemalloc.start()
        _ours(url)
        heap_mb = tracemalloc.get_traced_memory()[1] / 2**20
        tracemalloc.stop()
    finally:
        drop(kind, admin, name)
    assert (result.tables, result.columns) == (seen_tables, seen_columns), "scan and reflection disagree"
    ratio = min(baseline) / min(ours)
    ok = ratio >= TARGETS[kind] and rss_mb < 300
    runs = lambda xs: ", ".join(f"{x:.2f}" for x in xs)  # noqa: E731
    print(
        f"  ropa scan:  {min(ours):7.2f} s  best of [{runs(ours)}] ({result.tables} tables, {result.columns} columns,"
    )
    during = "the catalog is written while the columns are read" if kind == "mysql" else "then the catalog is written"
    print(f"              reading the source alone {min(reading):.2f} s; {during})")
    print(
        f"  reflection: {min(baseline):7.2f} s  best of [{runs(baseline)}] (inspect(): columns, pk, fks, comment per table)"
    )
    print(
        f"  ratio:      {ratio:7.1f}x  (target >= {TARGETS[kind]:.0f}x); reading only: {min(baseline) / min(reading):.1f}x"
    )
    print(
        f"  memory:     {rss_mb:7.1f} MB peak RSS of the process, {heap_mb:.1f} MB Python heap peak of a scan (target < 300)"
    )
    print(f"  {'OK' if ok else 'BELOW TARGET'}  ({_load()})", flush=True)
    return ok


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--tables", type=int, default=2000)
    parser.add_argument("--columns", type=int, default=20)
    parser.add_argument("--only", choices=sorted(SERVERS))
    parser.add_argument("--repeat", type=int, default=3, help="interleaved runs of each; the best counts")
    args = parser.parse_args()
    kinds = [args.only] if args.only else ["postgresql", "mysql"]
    results = [run(kind, args.tables, args.columns, args.repeat) for kind in kinds]
    return 0 if all(results) else 1


if __name__ == "__main__":
    sys.exit(main())
