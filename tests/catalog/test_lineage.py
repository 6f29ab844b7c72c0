"""``trace_sql`` against the case files in ``tests/fixtures/lineage/*.sql`` (add a case, not a test)."""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from pathlib import Path

import pytest

from catalog.lineage import Edge, trace_sql
from catalog.lineage.fingerprint import fingerprint_sql

CASES = Path(__file__).resolve().parent.parent / "fixtures" / "lineage"


@dataclass
class Case:
    file: str
    title: str
    dialect: str | None = None
    schema: dict | None = None  # type: ignore[type-arg]
    sources: set[str] = field(default_factory=set)
    targets: set[str] = field(default_factory=set)
    edges: set[Edge] = field(default_factory=set)
    error_lines: list[int] = field(default_factory=list)
    functions: dict[tuple[str, str, str], frozenset[str]] = field(default_factory=dict)
    sql: str = ""


def _items(value: str) -> set[str]:
    return {v.strip() for v in value.split(",") if v.strip()}


def load_cases() -> list[Case]:
    cases: list[Case] = []
    for path in sorted(CASES.glob("*.sql")):
        current: Case | None = None
        in_header = False
        sql_lines: list[str] = []
        for line in [*path.read_text(encoding="utf-8").splitlines(), "-- title: <end>"]:
            if line.startswith("-- title:"):
                if current is not None:
                    current.sql = "\n".join(sql_lines).strip("\n")
                    cases.append(current)
                current, in_header, sql_lines = Case(path.name, line.split(":", 1)[1].strip()), True, []
                continue
            if current is None:
                continue
            key, _, value = line.removeprefix("-- ").partition(":")
            if (
                in_header
                and line.startswith("-- ")
                and key in {"dialect", "schema", "sources", "targets", "edge", "error"}
            ):
                value = value.strip()
                if key == "dialect":
                    current.dialect = value
                elif key == "schema":
                    current.schema = json.loads(value)
                elif key == "sources":
                    current.sources = _items(value)
                elif key == "targets":
                    current.targets = _items(value)
                elif key == "edge":
                    src, _, rest = value.partition("->")
                    tgt, kind, *applied = rest.split()
                    current.edges.add(Edge(src.strip(), tgt.strip(), kind))
                    if applied:  # "… transform md5,lower": the SQL functions applied on the way
                        current.functions[(src.strip(), tgt.strip(), kind)] = frozenset(applied[0].split(","))
                else:
                    current.error_lines.append(int(value.removeprefix("line").strip()))
                continue
            in_header = False
            sql_lines.append(line)
    return cases


ALL = load_cases()


@pytest.mark.parametrize("case", ALL, ids=[f"{c.file}:{c.title}" for c in ALL])
def test_case(case: Case) -> None:
    result = trace_sql(case.sql, dialect=case.dialect, schema=case.schema)
    assert sorted(e.line for e in result.errors) == sorted(case.error_lines), result.errors
    assert result.sources == case.sources
    assert result.targets == case.targets
    assert result.edges == case.edges
    assert result.column_edges == {(e.source, e.target) for e in case.edges if e.kind != "filter"}
    applied = {(e.source, e.target, e.kind): e.functions for e in result.edges}
    for key, functions in case.functions.items():
        assert applied[key] == functions, key


def test_the_corpus_covers_every_construct() -> None:
    text = "\n".join(c.sql.upper() for c in ALL)
    for construct in (
        "INSERT INTO",
        "CREATE TABLE",
        "CREATE VIEW",
        "MERGE",
        "UPDATE",
        "DELETE",
        "COPY",
        "UNLOAD",
        "WITH RECURSIVE",
        "UNION",
        "INTERSECT",
        "OVER (",
        "CASE WHEN",
        "LATERAL",
        "SELECT *",
        "CROSS APPLY",
        "UNNEST",
    ):
        assert construct in text, construct
    dialects = {c.dialect for c in ALL}
    assert {"postgres", "mysql", "sqlite", "tsql", "bigquery", "snowflake", "hive", "spark"} <= dialects


def test_errors_carry_line_and_parser_message() -> None:
    result = trace_sql("SELECT 1;\n\nSELECT * FROM WHERE x;\nSELECT 2")
    (error,) = result.errors
    assert error.line == 3
    assert error.index == 1
    assert "Expected table name" in error.message
    assert len(result.statements) == 2


@pytest.mark.parametrize("bad", ["", ";;;", "\x00\x01", "SELECT (((", "' unterminated", "-- only a comment"])
def test_trace_never_raises(bad: str) -> None:
    result = trace_sql(bad)
    assert result.sources == set()
    assert result.column_edges == set()


def test_fingerprint_ignores_literals_and_layout() -> None:
    one = fingerprint_sql("SELECT a FROM t WHERE id = 1 AND name IN ('x', 'y')")
    two = fingerprint_sql("select a\n  from t where id = 42 and name in ('z')")
    other = fingerprint_sql("SELECT b FROM t WHERE id = 1")
    assert one == two
    assert one != other
    assert fingerprint_sql("COPY t FROM '/a.csv'") != fingerprint_sql("COPY t FROM '/b.csv'")
    assert fingerprint_sql("SELECT a FROM t WHERE id = $1", "postgres") == fingerprint_sql(
        "SELECT a FROM t WHERE id = 7"
    )


def test_repeated_shapes_share_one_parse() -> None:
    from catalog.lineage import trace

    trace.clear_cache()
    for value in range(50):
        result = trace_sql(f"INSERT INTO dwh.t SELECT id FROM crm.s WHERE id > {value}")
        assert result.column_edges == {("crm.s.id", "dwh.t.id")}
    assert trace.cached_shapes() == 1


def test_confidence_drops_without_schema_or_with_errors() -> None:
    sql = "INSERT INTO t SELECT a, b FROM s JOIN u ON s.id = u.id"
    assert trace_sql(sql).confidence == 0.0  # neither column can be placed
    assert trace_sql(sql, schema={"s": ["id", "a"], "u": ["id", "b"]}).confidence == 1.0
    assert trace_sql("INSERT INTO t SELECT a FROM s; SELECT FROM;").confidence == 0.5


def test_schema_is_used_per_call_not_leaked() -> None:
    with_schema = trace_sql("INSERT INTO t SELECT * FROM s", schema={"s": ["a"]})
    without = trace_sql("INSERT INTO t SELECT * FROM s")
    assert with_schema.column_edges == {("s.a", "t.a")}
    assert without.column_edges == {("s.*", "t.*")}


def test_public_names_are_exact() -> None:
    import catalog.lineage

    assert sorted(catalog.lineage.__all__) == sorted(
        [
            "AddResult", "Edge", "LineagePath", "LineageTree", "Problem", "StatementError", "StatementLineage",
            "TraceResult", "add_path", "graph", "paths_from", "resolve_edges", "trace_sql", "trace_views", "tree",
            "unresolved",
        ]
    )  # fmt: skip
    assert all(hasattr(catalog.lineage, name) for name in catalog.lineage.__all__)


def test_the_cli_module_does_not_import_sqlglot() -> None:
    import subprocess
    import sys

    code = "import sys, ropa.commands.lineage; print('sqlglot' in sys.modules, 'networkx' in sys.modules)"
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout
    assert out.split() == ["False", "False"]


@pytest.mark.parametrize("module", ["trace", "fingerprint", "sources", "graph"])
def test_docstring_examples_run(module: str) -> None:
    import doctest
    import importlib

    outcome = doctest.testmod(importlib.import_module(f"catalog.lineage.{module}"))
    assert outcome.attempted > 0
    assert outcome.failed == 0
