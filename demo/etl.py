"""The warehouse and the outbound extracts, built by running the SQL files under ``demo/sql/`` for real.

Every system file is attached under its system name, so the very SQL that ``ropa lineage add`` traces
(``crm.klienti`` → ``dwh.dim_klienti``) is what fills ``dwh`` and ``extracts``.
"""

from __future__ import annotations

import re
import sqlite3
from pathlib import Path

import yaml

SQL_DIR = Path(__file__).resolve().parent / "sql"
SYSTEMS_YAML = SQL_DIR / "systems.yaml"
LABELS_YAML = SQL_DIR / "labels.yaml"
ETL_SYSTEMS = ("dwh", "extracts")


def sql_files(system: str) -> list[Path]:
    """The system's SQL files in the order they run (file names sort in load order)."""
    return sorted((SQL_DIR / system).glob("*.sql"))


def labels() -> dict[str, dict[str, dict[str, tuple[int, ...]]]]:
    """``{system: {table: {column: categories}}}`` for every column the ETL SQL creates."""
    raw = yaml.safe_load(LABELS_YAML.read_text(encoding="utf-8"))
    return {
        system: {t: {c: tuple(cats) for c, cats in cols.items()} for t, cols in tables.items()}
        for system, tables in raw.items()
    }


def run(files: dict[str, Path]) -> None:
    """Build ``dwh`` and ``extracts`` (their files are recreated) from the source systems in *files*."""
    for system in ETL_SYSTEMS:
        files[system].unlink(missing_ok=True)
    scripts = [path.read_text(encoding="utf-8") for system in ETL_SYSTEMS for path in sql_files(system)]
    text = "\n".join(scripts)
    # SQLite attaches at most 10 databases: attach only those the SQL names.
    used = {name: path for name, path in files.items() if name in ETL_SYSTEMS or re.search(rf"\b{name}\.", text)}
    conn = sqlite3.connect(":memory:", uri=True)
    try:
        for system, path in used.items():
            # Sources read-only: the ETL must not touch their bytes (determinism, and it is how a warehouse reads).
            mode = "rwc" if system in ETL_SYSTEMS else "ro"
            conn.execute("ATTACH DATABASE ? AS " + system, (f"{path.resolve().as_uri()}?mode={mode}",))
        for script in scripts:
            conn.executescript(script)
        conn.commit()
    finally:
        conn.close()
