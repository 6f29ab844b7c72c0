"""Agreement of ``catalog.lineage.trace_sql`` with sqllineage's own test expectations (the yardstick).

Usage: ``python bench/sqllineage_agreement.py [PATH-TO-sqllineage-mirror] [-v]``

The sqllineage repository is read from a local git mirror (``fetch github:reata/sqllineage`` puts one under
``/work/.mirror``); nothing of it is copied into ropa. Its ``tests/sql/**.py`` files are parsed with ``ast``,
their imports of the test helpers are replaced by recorders, and each test function is called once per
``pytest.mark.parametrize`` combination, so every ``assert_table_lineage_equal`` /
``assert_column_lineage_equal`` call becomes one case (sql, dialect, schema, expected lineage).

Table agreement: our ``sources``/``targets`` equal theirs. Column agreement: our ``column_edges`` equal their
(first, last) column pairs. Tables are compared lower-case with sqllineage's ``<default>.`` prefix dropped;
their unqualified source column (qualifier ``None``) is our ``<unknown>`` table.
Targets: table ≥ 97 %, column ≥ 93 %.
"""

from __future__ import annotations

import ast
import glob
import itertools
import subprocess
import sys
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

TABLE_TARGET = 0.97
COLUMN_TARGET = 0.93


@dataclass
class Case:
    """One expectation of sqllineage's suite."""

    test: str
    kind: str  # table | column
    sql: str
    dialect: str | None
    schema: dict[str, list[str]] | None
    sources: set[str] = field(default_factory=set)
    targets: set[str] = field(default_factory=set)
    columns: set[tuple[str, str]] = field(default_factory=set)

    @property
    def name(self) -> str:
        return f"{self.test}[{self.dialect or 'ansi'}]"


def find_mirror(given: str | None = None) -> Path:
    """The sqllineage git directory: *given*, or the one ``fetch`` left under /work/.mirror."""
    candidates = [given] if given else sorted(glob.glob("/work/.mirror/*sqllineage*/repo"))
    for candidate in candidates:
        if candidate and Path(candidate).exists():
            return Path(candidate)
    raise SystemExit("sqllineage mirror not found: pass its path (fetch github:reata/sqllineage first)")


def _git(repo: Path, *args: str) -> str:
    return subprocess.run(
        ["git", "--git-dir", str(_git_dir(repo)), *args], capture_output=True, text=True, check=True
    ).stdout


def _git_dir(repo: Path) -> Path:
    return repo / ".git" if (repo / ".git").exists() else repo


def _files(repo: Path) -> list[str]:
    names = _git(repo, "ls-tree", "-r", "--name-only", "HEAD", "tests/").splitlines()
    return sorted(
        n for n in names if n.startswith("tests/sql/") and Path(n).name.startswith("test_") and n.endswith(".py")
    )


def _warehouse_schema(repo: Path) -> dict[str, list[str]]:
    """The ``_data_warehouse_schemas`` literal of their conftest (the ``provider`` fixture's metadata)."""
    tree = ast.parse(_git(repo, "show", "HEAD:tests/conftest.py"))
    for node in tree.body:
        if isinstance(node, ast.Assign) and any(
            getattr(t, "id", "") == "_data_warehouse_schemas" for t in node.targets
        ):
            return ast.literal_eval(node.value)
    return {}


class _Schema(dict):  # type: ignore[type-arg]
    """Stands in for a sqllineage metadata provider: just the table → columns mapping."""


def load_cases(repo: Path) -> list[Case]:
    """Every expectation in sqllineage's ``tests/sql`` as :class:`Case` records."""
    from sqllineage.core.models import Table

    warehouse = _Schema(_warehouse_schema(repo))
    cases: list[Case] = []
    current = {"test": ""}

    def table_name(value: Any) -> str:
        text = str(Table(value) if isinstance(value, str) else value).lower()
        return text.removeprefix("<default>.")

    def schema_of(provider: Any) -> dict[str, list[str]] | None:
        if isinstance(provider, dict) and provider:
            return dict(provider)
        inner = getattr(provider, "_schema", None) or getattr(provider, "schema", None)
        return dict(inner) if isinstance(inner, dict) and inner else None

    def table_recorder(
        sql: str, source_tables: Any = None, target_tables: Any = None, dialect: str = "ansi", **_: Any
    ) -> None:
        cases.append(
            Case(
                current["test"],
                "table",
                sql,
                None if dialect == "ansi" else dialect,
                None,
                sources={table_name(t) for t in source_tables or ()},
                targets={table_name(t) for t in target_tables or ()},
            )
        )

    def column_recorder(
        sql: str, column_lineages: Any = None, dialect: str = "ansi", metadata_provider: Any = None, **_: Any
    ) -> None:
        pairs = set()
        for src, tgt in column_lineages or ():
            src_table = table_name(src.qualifier) if src.qualifier is not None else "<unknown>"
            pairs.add((f"{src_table}.{src.column.lower()}", f"{table_name(tgt.qualifier)}.{tgt.column.lower()}"))
        cases.append(
            Case(
                current["test"],
                "column",
                sql,
                None if dialect == "ansi" else dialect,
                schema_of(metadata_provider),
                columns=pairs,
            )
        )

    stubs = {
        "assert_table_lineage_equal": table_recorder,
        "assert_column_lineage_equal": column_recorder,
        "generate_metadata_providers": lambda schemas: [_Schema(schemas)],
    }
    for path in _files(repo):
        tree = ast.parse(_git(repo, "show", f"HEAD:{path}"), filename=path)
        tree.body = [n for n in tree.body if not (isinstance(n, ast.ImportFrom) and n.level > 0)]
        namespace: dict[str, Any] = {"__name__": f"sqllineage_case_{Path(path).stem}", **stubs}
        exec(compile(tree, path, "exec"), namespace)  # noqa: S102 - their test module, with our recorders
        for name, func in list(namespace.items()):
            if not (name.startswith("test_") and callable(func)):
                continue
            for kwargs in _parameters(func, warehouse):
                current["test"] = f"{path.removeprefix('tests/sql/')}::{name}"
                try:
                    func(**kwargs)
                except Exception as exc:  # noqa: BLE001 - a test that cannot run here is reported, not fatal
                    print(f"skipped {current['test']}: {type(exc).__name__}: {exc}", file=sys.stderr)
    return cases


def _parameters(func: Callable[..., Any], warehouse: dict[str, list[str]]) -> Iterator[dict[str, Any]]:
    import inspect

    from _pytest.mark.structures import ParameterSet

    wanted = list(inspect.signature(func).parameters)
    axes: list[list[dict[str, Any]]] = []
    for mark in getattr(func, "pytestmark", []):
        if mark.name != "parametrize":
            continue
        names = mark.args[0]
        names = [n.strip() for n in names.split(",")] if isinstance(names, str) else list(names)
        rows = []
        for value in mark.args[1]:
            if isinstance(value, ParameterSet):  # pytest.param(...)
                values = tuple(value.values)
            else:
                values = (value,) if len(names) == 1 else tuple(value)
            rows.append(dict(zip(names, values, strict=False)))
        axes.append(rows)
    for combo in itertools.product(*axes) if axes else [()]:
        kwargs: dict[str, Any] = {}
        for part in combo:
            kwargs.update(part)
        if "provider" in wanted and "provider" not in kwargs:
            kwargs["provider"] = warehouse
        yield {k: v for k, v in kwargs.items() if k in wanted}


def check(case: Case) -> tuple[bool, str]:
    """Does ``trace_sql`` agree with this case? Returns (agrees, what differs)."""
    from catalog.lineage import trace_sql

    result = trace_sql(case.sql, dialect=case.dialect, schema=case.schema)
    if case.kind == "table":
        ok = result.sources == case.sources and result.targets == case.targets
        why = f"sources {sorted(result.sources)} vs {sorted(case.sources)}; targets {sorted(result.targets)} vs {sorted(case.targets)}"
    else:
        ok = result.column_edges == case.columns
        why = (
            f"missing {sorted(case.columns - result.column_edges)}; extra {sorted(result.column_edges - case.columns)}"
        )
    if result.errors:
        why += f"; errors {[str(e) for e in result.errors]}"
    return ok, why


def main(argv: list[str]) -> int:
    verbose = "-v" in argv
    args = [a for a in argv if not a.startswith("-")]
    repo = find_mirror(args[0] if args else None)
    cases = load_cases(repo)
    started = time.perf_counter()
    totals = {"table": [0, 0], "column": [0, 0]}
    for case in cases:
        ok, why = check(case)
        totals[case.kind][0] += ok
        totals[case.kind][1] += 1
        if not ok and verbose:
            print(f"DIFF {case.kind} {case.name}\n  {case.sql.strip()[:300]}\n  {why}")
    elapsed = time.perf_counter() - started
    print(f"sqllineage mirror: {repo}  ({len(cases)} cases, traced in {elapsed:.2f} s)")
    status = 0
    for kind, target in (("table", TABLE_TARGET), ("column", COLUMN_TARGET)):
        agree, total = totals[kind]
        share = agree / total if total else 0.0
        verdict = "ok" if share >= target else "BELOW TARGET"
        status |= share < target
        print(f"{kind:6} lineage agreement: {agree}/{total} = {share:.1%} (target {target:.0%}) {verdict}")
    return int(status)


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
