"""Run planned expectations with Great Expectations 1.x and store what they found (counts only).

GX is imported here, lazily (it takes seconds to import). The context keeps its stores as files in the
catalog's folder (``<folder>/gx``) so suites and results persist between runs; Data Docs are built once per
run into the requested folder, rendering that run's results and suites (pages of earlier runs already in the
folder stay listed in its index).
Retention checks use ``UnexpectedRowsExpectation`` with SQL per dialect because scanned dates are often
text and ``ExpectColumnValuesToBeBetween`` does not compare text as dates. The query selects only a
constant, and results are requested without unexpected-value lists, so no sampled value reaches the GX
stores, the Data Docs or the catalog.
"""

from __future__ import annotations

import os
import uuid
from collections import defaultdict
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path
from typing import Any

import sqlalchemy as sa

from catalog import settings
from catalog.errors import ValidationError
from catalog.store import Catalog, schema, utcnow
from catalog.store.schema_register import validation_result
from ropa.validation.plan import Planned, Skipped

Progress = Callable[[str], None]

_EXPECTATION = {
    "retention_max": "unexpected_rows_expectation",
    "retention_min": "expect_column_values_to_not_be_null",
    "format": "expect_column_values_to_match_regex",
    "not_null": "expect_column_values_to_not_be_null",
}
_SQLITE_UNIT = {"day": "days", "week": "days", "month": "months", "year": "years"}
_SQL_UNIT = {"day": "DAY", "week": "DAY", "month": "MONTH", "year": "YEAR"}


@dataclass(frozen=True)
class ValidationRun:
    """What one ``validate()`` did: stored rows, skipped rules, where the Data Docs are."""

    run_id: str
    run_at: datetime
    results: list[dict[str, Any]] = field(default_factory=list)
    skipped: list[Skipped] = field(default_factory=list)
    docs_index: Path | None = None

    @property
    def failed(self) -> list[dict[str, Any]]:
        return [r for r in self.results if not r["success"]]


def _quote(name: str, dialect: str) -> str:
    if dialect == "mysql":
        return "`" + name.replace("`", "``") + "`"
    return '"' + name.replace('"', '""') + '"'


def retention_sql(column: str, count: int, unit: str, dialect: str, today: datetime) -> str:
    """Rows whose *column* is older than *count* *unit* before *today*, as one constant column."""
    ref = today.strftime("%Y-%m-%d %H:%M:%S")
    col = _quote(column, dialect)
    n = count * 7 if unit == "week" else count
    if dialect == "sqlite":
        cond = f"datetime({col}) < datetime('{ref}', '-{n} {_SQLITE_UNIT[unit]}')"
    elif dialect == "postgresql":
        cond = f"CAST({col} AS timestamp) < TIMESTAMP '{ref}' - INTERVAL '{n} {_SQL_UNIT[unit].lower()}'"
    elif dialect == "mysql":
        cond = f"CAST({col} AS DATETIME) < DATE_SUB('{ref}', INTERVAL {n} {_SQL_UNIT[unit]})"
    else:
        raise ValidationError(f"retention checks do not support dialect {dialect!r}")
    return f"SELECT 1 AS overdue FROM {{batch}} WHERE {col} IS NOT NULL AND {cond}"


def _source_url(url: str) -> str:
    """The stored (redacted) URL with the password from ``ROPA_PASSWORD`` put back, if there was one."""
    parsed = sa.make_url(url)
    if parsed.password == "***":
        password = settings.get("password")
        parsed = parsed.set(password=password or None)
    if parsed.get_backend_name() == "postgresql" and parsed.drivername == "postgresql":
        parsed = parsed.set(drivername="postgresql+psycopg")
    if parsed.get_backend_name() == "mysql" and parsed.drivername == "mysql":
        parsed = parsed.set(drivername="mysql+pymysql")
    return parsed.render_as_string(hide_password=False)


def import_gx() -> Any:
    """The ``great_expectations`` module, imported quietly (no analytics, no progress bars)."""
    os.environ.setdefault("GX_ANALYTICS_ENABLED", "False")
    os.environ.setdefault("TQDM_DISABLE", "1")  # GX's tqdm bars would interleave with our own progress
    try:
        import great_expectations as gx
    except ImportError as exc:  # pragma: no cover - a dependency of the package
        raise ValidationError(
            f"Great Expectations is not installed ({exc})", hint="pip install great_expectations"
        ) from None
    return gx


def _context(gx: Any, root: Path, docs_dir: Path) -> Any:
    """A context whose stores (suites, results, checkpoints) are files under *root* and whose Data Docs site
    is *docs_dir*; data sources live in memory.

    Measured here: a ``mode="file"`` context rewrites ``great_expectations.yml`` on every data source and
    asset added (~0.5 s each, most of a 30-table run), so the project config is given in code instead —
    results still persist on disk between runs.
    """
    from great_expectations.data_context.types.base import (
        DataContextConfig,
        FilesystemStoreBackendDefaults,
        ProgressBarsConfig,
    )

    root.mkdir(parents=True, exist_ok=True)
    config = DataContextConfig(
        store_backend_defaults=FilesystemStoreBackendDefaults(root_directory=str(root.resolve())),
        data_docs_sites={
            "ropa": {
                "class_name": "SiteBuilder",
                "site_index_builder": {"class_name": "DefaultSiteIndexBuilder"},
                "store_backend": {
                    "class_name": "TupleFilesystemStoreBackend",
                    "base_directory": str(docs_dir.resolve()),
                },
            }
        },
        progress_bars=ProgressBarsConfig(globally=False, metric_calculations=False),
        analytics_enabled=False,
    )
    return gx.get_context(project_config=config, mode="ephemeral")


def _expectation(gxe: Any, item: Planned, dialect: str, today: datetime) -> Any:
    meta = {"ropa": {"system": item.system, "schema": item.schema, "table": item.table, "column": item.column,
                     "check": item.check, "rule": item.rule}}  # fmt: skip
    if item.check == "retention_max":
        sql = retention_sql(item.column, item.params["count"], item.params["unit"], dialect, today)
        return gxe.UnexpectedRowsExpectation(
            unexpected_rows_query=sql,
            description=f"No {item.column} older than {item.params['period']} (retention rule {item.rule})",
            meta=meta,
        )
    if item.check == "format":
        return gxe.ExpectColumnValuesToMatchRegex(
            column=item.column, regex=item.params["regex"], mostly=item.params["mostly"], meta=meta
        )
    return gxe.ExpectColumnValuesToNotBeNull(column=item.column, meta=meta)


def _delete_if_exists(collection: Any, name: str) -> None:
    try:
        collection.delete(name)
    except Exception:  # GX raises different errors per collection for "not found"; absence is the goal
        pass


def run(
    catalog: Catalog,
    planned: list[Planned],
    skipped: list[Skipped],
    *,
    gx_root: Path,
    docs_dir: Path,
    today: datetime,
    progress: Progress | None = None,
) -> ValidationRun:
    """Run *planned* against the scanned systems; store one ``validation_result`` row per expectation."""
    say = progress or (lambda _msg: None)
    run_id = uuid.uuid4().hex
    run_at = utcnow()
    skipped = list(skipped)
    with catalog.connect() as conn:
        systems = {r.name: r for r in conn.execute(sa.select(schema.system))}
    by_table: dict[tuple[str, str, str], list[Planned]] = defaultdict(list)
    for item in planned:
        by_table[(item.system, item.schema, item.table)].append(item)
    say("loading Great Expectations")
    gx = import_gx()
    import great_expectations.expectations as gxe

    context = _context(gx, gx_root, docs_dir)
    definitions = []
    sources: dict[str, Any] = {}
    for (system, schema_name, table), items in sorted(by_table.items()):
        row = systems.get(system)
        if row is None or not row.url or row.dialect not in ("sqlite", "postgresql", "mysql"):
            skipped.extend(Skipped(i.rule, f"system {system} has no database URL to validate") for i in items)
            continue
        say(f"preparing {system}.{table}")
        try:
            if system not in sources:
                url = _source_url(row.url)
                _delete_if_exists(context.data_sources, system)
                if row.dialect == "sqlite":
                    sources[system] = context.data_sources.add_sqlite(name=system, connection_string=url)
                elif row.dialect == "postgresql":
                    sources[system] = context.data_sources.add_postgres(name=system, connection_string=url)
                else:
                    sources[system] = context.data_sources.add_sql(name=system, connection_string=url)
            source = sources[system]
            asset_name = f"{schema_name}.{table}" if schema_name else table
            schema_arg = None if row.dialect == "sqlite" or not schema_name else schema_name
            asset = source.add_table_asset(name=asset_name, table_name=table, schema_name=schema_arg)
            batch = asset.add_batch_definition_whole_table("all_rows")
        except Exception as exc:  # GX wraps connection and reflection errors in many types
            skipped.extend(Skipped(i.rule, f"{system}.{table}: {str(exc).splitlines()[0][:200]}") for i in items)
            sources.pop(system, None)
            continue
        suite_name = f"{system}.{asset_name}"
        _delete_if_exists(context.validation_definitions, suite_name)
        _delete_if_exists(context.suites, suite_name)
        suite = context.suites.add(gx.ExpectationSuite(name=suite_name))
        for item in items:
            suite.add_expectation(_expectation(gxe, item, row.dialect, today))
        definitions.append(
            context.validation_definitions.add(gx.ValidationDefinition(name=suite_name, data=batch, suite=suite))
        )
    results: list[dict[str, Any]] = []
    docs_index: Path | None = None
    if definitions:
        say(f"running {sum(len(v) for v in by_table.values())} expectations on {len(definitions)} tables")
        _delete_if_exists(context.checkpoints, "ropa")
        checkpoint = context.checkpoints.add(
            gx.Checkpoint(
                name="ropa",
                validation_definitions=definitions,
                actions=[],  # Data Docs are built once below: the action rebuilds the whole site per result
                result_format={"result_format": "SUMMARY", "partial_unexpected_count": 0},
            )
        )
        try:
            outcome = checkpoint.run()
        except Exception as exc:
            raise ValidationError(f"Great Expectations run failed: {str(exc).splitlines()[0][:300]}") from None
        for suite_result in outcome.run_results.values():
            for er in suite_result.results:
                info = (er.expectation_config.meta or {}).get("ropa")
                if not info:
                    continue
                found = er.result or {}
                unexpected = found.get("unexpected_count")
                if unexpected is None and info["check"] == "retention_max":
                    unexpected = found.get("observed_value")
                results.append(
                    {
                        "run_id": run_id,
                        "run_at": run_at,
                        "system": info["system"],
                        "table_name": f"{info['schema']}.{info['table']}" if info["schema"] else info["table"],
                        "column_name": info["column"],
                        "check": info["check"],
                        "rule": info["rule"],
                        "expectation": er.expectation_config.type,
                        "success": bool(er.success),
                        "element_count": found.get("element_count"),
                        "unexpected_count": int(unexpected) if isinstance(unexpected, int | float) else None,
                        "details": {"exception": bool(er.exception_info and er.exception_info.get("raised_exception"))},
                    }
                )
        say("building Data Docs")
        from great_expectations.data_context.types.resource_identifiers import ExpectationSuiteIdentifier

        # This run's pages only: the results store keeps every earlier run, and rendering all of them made
        # each `ropa validate` slower than the last (13 demo runs: 416 results, ~7 s of docs for 32 new ones).
        rendered = [*outcome.run_results, *(ExpectationSuiteIdentifier(name=d.suite.name) for d in definitions)]
        context.build_data_docs(site_names=["ropa"], resource_identifiers=rendered)
        index = docs_dir / "index.html"
        docs_index = index if index.exists() else None
    say("storing results")
    with catalog.begin() as conn:
        if results:
            conn.execute(validation_result.insert(), results)
        else:  # an empty run still supersedes the previous one, so stale failures do not linger
            conn.execute(
                validation_result.insert().values(
                    run_id=run_id,
                    run_at=run_at,
                    system="",
                    table_name="",
                    column_name=None,
                    check="none",
                    rule=None,
                    expectation="none",
                    success=True,
                    element_count=0,
                    unexpected_count=0,
                    details={"empty_run": True},
                )
            )
    return ValidationRun(run_id, run_at, results, skipped, docs_index)


__all__ = ["ValidationRun", "retention_sql", "run", "_EXPECTATION"]
