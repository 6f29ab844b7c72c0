"""Writing a system to its own SQLite file, byte-identical run after run.

Column comments are kept where SQLite can keep them: as ``-- comment`` at the end of the column's line in
``CREATE TABLE`` (``sqlite_master.sql`` preserves the text, so a connector can read them back). The table's
own comment sits on the ``CREATE TABLE`` line. The file is built fresh and ``VACUUM``-ed so page layout does
not depend on the order of writes.
"""

from __future__ import annotations

import re
import sqlite3
from pathlib import Path

from faker import Faker

from demo import generate
from demo.model import System, Table
from demo.people import Population

_PLAIN = re.compile(r"[a-z_][a-z0-9_]*")


def quote(name: str) -> str:
    """Quote an identifier only when it needs it (diacritics, capitals) — as people write DDL."""
    return name if _PLAIN.fullmatch(name) else '"' + name.replace('"', '""') + '"'


def create_table_sql(table: Table) -> str:
    head = f"CREATE TABLE {quote(table.name)} (" + (f" -- {table.comment}" if table.comment else "")
    lines = [head]
    last = len(table.cols) - 1
    for n, column in enumerate(table.cols):
        parts = [quote(column.name), column.type]
        if column.pk:
            parts.append("PRIMARY KEY")
        elif column.not_null:
            parts.append("NOT NULL")
        if column.ref:
            ref_table, ref_col = column.ref.split(".")
            parts.append(f"REFERENCES {quote(ref_table)}({quote(ref_col)})")
        line = "  " + " ".join(parts) + ("," if n < last else "")
        if column.comment:
            line += f" -- {column.comment}"
        lines.append(line)
    lines.append(")")
    return "\n".join(lines)


def finish(path: Path) -> None:
    """VACUUM: a canonical file whatever the write history."""
    conn = sqlite3.connect(path, isolation_level=None)
    try:
        conn.execute("VACUUM")
    finally:
        conn.close()


def write_system(system: System, path: Path, population: Population, seed: int) -> dict[str, int]:
    """Create *path* afresh with the system's tables, rows and views; returns rows per table."""
    path.unlink(missing_ok=True)
    fake = Faker("lv_LV")
    counts: dict[str, int] = {}
    conn = sqlite3.connect(path)
    try:
        with conn:
            for table in system.tables:
                conn.execute(create_table_sql(table))
                data = [
                    tuple(generate.sqlite_value(v) for v in row)
                    for row in generate.rows(system, table, population, seed, fake)
                ]
                marks = ", ".join("?" for _ in table.cols)
                conn.executemany(f"INSERT INTO {quote(table.name)} VALUES ({marks})", data)
                counts[table.name] = len(data)
            for view in system.views:
                conn.execute(f"CREATE VIEW {quote(view.name)} AS {view.sql}")
    finally:
        conn.close()
    finish(path)
    return counts
