"""Building the whole estate: population → source systems → ETL → ground truth (→ servers on request)."""

from __future__ import annotations

import csv
import io
import sqlite3
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from demo import etl
from demo.people import population
from demo.sqlite import finish, write_system
from demo.systems import SOURCE_SYSTEMS

SEED = 20261101
SYSTEMS: tuple[str, ...] = tuple(s.name for s in SOURCE_SYSTEMS) + etl.ETL_SYSTEMS
DEMO_DIR = Path(__file__).resolve().parent
TRUTH_CSV = DEMO_DIR / "truth.csv"
DECLARED_SYSTEMS = DEMO_DIR / "declared_systems.yaml"
REGISTER = DEMO_DIR / "register.yaml"
TRUTH_HEADER = ("system", "schema", "table", "column", "category")

Progress = Callable[[str], None]


@dataclass(frozen=True)
class Target:
    """Where one system can be scanned: a SQLAlchemy URL and, on a shared server database, its schema."""

    system: str
    url: str
    schemas: tuple[str, ...] | None = None


@dataclass(frozen=True)
class Estate:
    """What :func:`build_estate` made: the files, the scan targets, the truth and the counts."""

    directory: Path
    files: dict[str, Path]
    targets: tuple[Target, ...]
    truth: Path
    tables: int
    columns: int
    rows: int
    sql_dir: Path = etl.SQL_DIR
    systems_yaml: Path = etl.SYSTEMS_YAML
    declared_systems: Path = DECLARED_SYSTEMS
    register: Path = REGISTER
    server_targets: dict[str, tuple[Target, ...]] = field(default_factory=dict)

    @property
    def systems(self) -> tuple[str, ...]:
        return tuple(self.files)


def truth_rows() -> list[tuple[str, str, str, str, int]]:
    """Every (system, schema, table, column, category) the generator put personal data in, in build order."""
    out: list[tuple[str, str, str, str, int]] = []
    for system in SOURCE_SYSTEMS:
        for table in system.tables:
            for column in table.cols:
                out.extend((system.name, "main", table.name, column.name, cat) for cat in sorted(column.cats))
        for view in system.views:
            for name, cats in view.labels.items():
                out.extend((system.name, "main", view.name, name, cat) for cat in sorted(cats))
    for system_name, tables in etl.labels().items():
        for table_name, columns in tables.items():
            for column_name, cats in columns.items():
                out.extend((system_name, "main", table_name, column_name, cat) for cat in sorted(cats))
    return out


def truth_csv() -> str:
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\n")
    writer.writerow(TRUTH_HEADER)
    writer.writerows(truth_rows())
    return buffer.getvalue()


def _count(path: Path) -> tuple[int, int, int]:
    conn = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True)
    try:
        names = [
            r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type IN ('table', 'view') ORDER BY name")
        ]
        kinds = dict(conn.execute("SELECT name, type FROM sqlite_master"))
        columns = sum(len(conn.execute(f'PRAGMA table_info("{n}")').fetchall()) for n in names)
        rows = sum(conn.execute(f'SELECT COUNT(*) FROM "{n}"').fetchone()[0] for n in names if kinds[n] == "table")
        return len(names), columns, rows
    finally:
        conn.close()


def build_estate(
    target_dir: str | Path,
    *,
    postgres_url: str | None = None,
    mysql_url: str | None = None,
    seed: int = SEED,
    progress: Progress | None = None,
) -> Estate:
    """Generate the synthetic Balticom estate into *target_dir* (one SQLite file per system) and return it.

    With *postgres_url* / *mysql_url* the same systems are also loaded into that server (one schema per system
    in PostgreSQL, one ``<database>_<system>`` database per system in MySQL/MariaDB). Same seed → same bytes::

    estate = build_estate(Path("estate"))
    estate.targets[0].system  # 'crm'
    """
    if postgres_url or mysql_url:
        from demo import servers

        for url in (postgres_url, mysql_url):
            if url:
                servers.check(url)
    directory = Path(target_dir)
    directory.mkdir(parents=True, exist_ok=True)
    people = population(seed)
    files: dict[str, Path] = {}
    for system in SOURCE_SYSTEMS:
        if progress:
            progress(system.name)
        files[system.name] = directory / f"{system.name}.db"
        write_system(system, files[system.name], people, seed)
    for name in etl.ETL_SYSTEMS:
        files[name] = directory / f"{name}.db"
    if progress:
        progress("dwh")
    etl.run(files)
    for name in etl.ETL_SYSTEMS:
        finish(files[name])
    truth = directory / "truth.csv"
    truth.write_text(truth_csv(), encoding="utf-8")
    tables = columns = rows = 0
    for path in files.values():
        t, c, r = _count(path)
        tables, columns, rows = tables + t, columns + c, rows + r
    targets = tuple(Target(system=name, url=f"sqlite:///{path.resolve()}") for name, path in files.items())
    server_targets: dict[str, tuple[Target, ...]] = {}
    if postgres_url or mysql_url:
        if postgres_url:
            if progress:
                progress("postgres")
            server_targets["postgresql"] = servers.load(postgres_url, files)
        if mysql_url:
            if progress:
                progress("mysql")
            server_targets["mysql"] = servers.load(mysql_url, files)
    return Estate(
        directory=directory,
        files=files,
        targets=targets,
        truth=truth,
        tables=tables,
        columns=columns,
        rows=rows,
        server_targets=server_targets,
    )
