"""SQLite comments read from the CREATE TABLE text (connectors/_ddl_comments.py)."""

from __future__ import annotations

import pytest

from connectors._ddl_comments import parse_ddl_comments

CASES = [
    ("trailing after comma", "CREATE TABLE k (\n  id INTEGER,\n  personas_kods TEXT, -- Personas kods\n  x INT\n)",
     None, {"personas_kods": "Personas kods"}),
    ("trailing, last column", "CREATE TABLE k (\n  id INTEGER,\n  personas_kods TEXT -- Personas kods\n)",
     None, {"personas_kods": "Personas kods"}),
    ("table comment on CREATE line", "CREATE TABLE k ( -- Klienti\n  id INTEGER -- Nr.\n)",
     "Klienti", {"id": "Nr."}),
    ("quoted names with spaces and diacritics",
     'CREATE TABLE "Klientu dati" (\n  "vārds un uzvārds" TEXT, -- Vārds\n  [e pasts] TEXT -- E-pasts\n)',
     None, {"vārds un uzvārds": "Vārds", "e pasts": "E-pasts"}),
    ("dashes inside a string are no comment", "CREATE TABLE k (\n  a TEXT DEFAULT '--',\n  b TEXT -- B\n)",
     None, {"b": "B"}),
    ("commas inside types", "CREATE TABLE k (\n  summa NUMERIC(10,2), -- Summa\n  c INT\n)",
     None, {"summa": "Summa"}),
    ("comment on its own line goes to the next column", "CREATE TABLE k (\n  a INT,\n  -- Dzimšanas datums\n  b DATE\n)",
     None, {"b": "Dzimšanas datums"}),
    ("block comments skipped", "CREATE TABLE k (\n  a INT /* , not, a, column */, -- A\n  b INT\n)",
     None, {"a": "A"}),
    ("one-line DDL has no comments", "CREATE TABLE k (a INT, b TEXT)", None, {}),
    ("doubled quote in a name", 'CREATE TABLE k (\n  "a""b" INT -- AB\n)', None, {'a"b': "AB"}),
]  # fmt: skip


@pytest.mark.parametrize(("title", "sql", "table", "columns"), CASES, ids=[c[0] for c in CASES])
def test_ddl_comments(title: str, sql: str, table: str | None, columns: dict[str, str]) -> None:
    assert parse_ddl_comments(sql) == (table, columns)
