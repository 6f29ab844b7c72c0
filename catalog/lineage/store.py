"""Traced SQL into the catalog: ``add_path`` (files, dbt, query logs), ``trace_views`` (scanned views).

Each input (a file, a manifest, a log, or the views of one system) is one ``lineage_source``; adding it again
replaces everything it produced — its statements and its edges — in the same transaction as the new ones, so
the catalog never holds half of an input. Adding a folder again does the same for the whole folder: inputs
from files no longer in it are dropped too. Statement edges are stored per statement with their location
(``file:line``) and fingerprint; only tables a script creates and drops itself are composed away.
"""

from __future__ import annotations

import os
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import sqlalchemy as sa
from sqlalchemy.engine import Connection

from catalog.errors import NotFoundError
from catalog.lineage.resolve import Resolver, catalog_schema, link_edges, load_mapping
from catalog.lineage.session import compose, temporary_tables
from catalog.lineage.sources import SqlInput, SqlUnit, read_inputs
from catalog.lineage.trace import Edge, StatementLineage, trace_sql
from catalog.store import Catalog, schema, utcnow
from catalog.store.schema_lineage import lineage_source, lineage_statement

Progress = Callable[[str, int, int], None]


@dataclass(frozen=True)
class Problem:
    """A statement that could not be traced: where, and the parser's message."""

    location: str
    message: str

    def __str__(self) -> str:
        return f"{self.location}: {self.message}"


@dataclass
class AddResult:
    """What one ``add_path`` / ``trace_views`` call did."""

    inputs: int = 0
    statements: int = 0  # statements, or log rows
    shapes: int = 0  # distinct statement fingerprints traced
    edges: int = 0
    resolved: int = 0  # edge ends linked to a scanned column
    problems: list[Problem] = field(default_factory=list)
    unresolved: list[str] = field(default_factory=list)  # names of this call's edges matching nothing scanned


def add_path(
    catalog: Catalog,
    path: str | Path,
    system: str,
    *,
    dialect: str | None = None,
    mapping: str | Path | Mapping[str, str] | None = None,
    progress: Progress | None = None,
) -> AddResult:
    """Trace the SQL at *path* (file or folder) running in *system* and store its column edges.

    *mapping* is a ``databases:`` YAML path (or the dict itself) saying which system each database name in
    the SQL belongs to. Adding a folder again replaces everything it produced, including what came from
    files since removed from it. Raises :class:`~catalog.errors.LineageError` only when an input cannot be read; bad
    statements are returned in ``problems``.
    """
    databases = dict(mapping) if isinstance(mapping, Mapping) else load_mapping(mapping)
    inputs = read_inputs(path, dialect=dialect)
    with catalog.begin() as conn:
        if Path(path).is_dir():  # files gone from the folder take what they produced with them
            _drop_under(conn, Path(path), {item.key for item in inputs})
        system_dialect = conn.execute(sa.select(schema.system.c.dialect).where(schema.system.c.name == system)).scalar()
        resolver = Resolver(conn, system, databases)
        table_schema = catalog_schema(conn, system, resolver)
        result = AddResult()
        total = sum(len(i.units) for i in inputs)
        done = 0
        for item in inputs:
            used = dialect or item.dialect or system_dialect
            step = None
            if progress is not None:
                step = _Counter(progress, f"tracing {item.display}", done, total)
            _store(conn, item, system, used, resolver, table_schema, result, step)
            done += len(item.units)
    return result


def trace_views(catalog: Catalog, system: str) -> AddResult:
    """Trace the view definitions a scan captured for *system* (origin ``view``) and link older edges.

    Called at the end of a successful scan; safe to call again (it replaces the system's view edges).
    """
    with catalog.begin() as conn:
        row = conn.execute(sa.select(schema.system.c.dialect).where(schema.system.c.name == system)).first()
        if row is None:
            raise NotFoundError(f"no system named {system!r} in the catalog", hint="scan it first")
        views = conn.execute(
            sa.select(schema.tbl.c.schema_name, schema.tbl.c.name, schema.tbl.c.view_sql)
            .join(schema.system, schema.system.c.id == schema.tbl.c.system_id)
            .where(
                schema.system.c.name == system,
                schema.tbl.c.kind == "view",
                schema.tbl.c.removed_at.is_(None),
                schema.tbl.c.view_sql.is_not(None),
            )
            .order_by(schema.tbl.c.schema_name, schema.tbl.c.name)
        ).all()
        units = [
            SqlUnit(sql, ".".join(p for p in (system, schema_name, name) if p), line=1)
            for schema_name, name, sql in views
        ]
        item = SqlInput("view", system, system, units, rows=len(units))
        resolver = Resolver(conn, system)
        result = AddResult()
        if units:
            _store(conn, item, system, row.dialect, resolver, catalog_schema(conn, system, resolver), result, None)
        else:
            _drop(conn, "view", system)  # its views are gone: so are their edges
        result.resolved += link_edges(conn)
    return result


# --- internals ---------------------------------------------------------------------------------------------


class _Counter:
    """Progress over all units of one ``add_path`` call."""

    def __init__(self, progress: Progress, phase: str, done: int, total: int) -> None:
        self.progress, self.phase, self.done, self.total = progress, phase, done, total

    def __call__(self, unit: SqlUnit) -> None:
        self.done += 1
        self.progress(self.phase, self.done, self.total)


def _where(unit: SqlUnit, line: int) -> str:
    """A statement's location: the unit's own (log row, dbt model) or ``file:line``."""
    return unit.location if unit.line is not None else f"{unit.location}:{line}"


def _store(
    conn: Connection,
    item: SqlInput,
    system: str,
    dialect: str | None,
    resolver: Resolver,
    table_schema: dict[str, list[str]],
    result: AddResult,
    step: Callable[[SqlUnit], None] | None,
) -> None:
    statements: list[dict[str, Any]] = []
    edges: list[dict[str, Any]] = []
    now = utcnow()
    errors = 0
    unresolved: set[str] = set(result.unresolved)
    for unit in item.units:
        if step is not None:
            step(unit)
        if unit.error:
            statements.append(_statement(unit.location, unit.line, None, None, unit.occurrences, unit.error))
            result.problems.append(Problem(unit.location, unit.error))
            errors += 1
            continue
        traced = trace_sql(unit.sql, dialect, table_schema or None)
        for error in traced.errors:
            statements.append(
                _statement(
                    _where(unit, error.line), error.line, error.fingerprint, None, unit.occurrences, error.message
                )
            )
            result.problems.append(Problem(_where(unit, error.line), error.message))
            errors += 1
        for statement in traced.statements:
            statements.append(
                _statement(
                    _where(unit, statement.line),
                    statement.line,
                    statement.fingerprint,
                    statement.kind,
                    unit.occurrences,
                )
            )
        merged: dict[tuple[str, str, str, int], tuple[Edge, StatementLineage]] = {}
        for edge, statement in compose(traced.statements, temporary_tables(traced.statements)):
            key = (edge.source, edge.target, edge.kind, statement.index)
            if key in merged:  # the same edge by two routes: one row, with the functions of both
                edge = Edge(edge.source, edge.target, edge.kind, edge.functions | merged[key][0].functions)
            merged[key] = (edge, statement)
        for edge, statement in merged.values():
            row = _edge(
                edge.source,
                edge.target,
                edge.kind,
                item.origin,
                _where(unit, statement.line),
                statement.fingerprint,
                resolver,
                now,
                edge.functions,
            )
            edges.append(row)
            for side, name in (("source", edge.source), ("target", edge.target)):
                if row[f"{side}_column_id"] is None and row[f"{side}_column"] != "*":
                    place = resolver.place(name.rsplit(".", 1)[0])
                    missing = f"{row[f'{side}_table']}.{row[f'{side}_column']} (no such column)"
                    unresolved.add(f"{place.system or '?'}: {missing if place.table_id else place.table}")
        result.shapes += len({s.fingerprint for s in traced.statements})
        if item.origin == "sql":
            item.rows = len(traced.statements) + len(traced.errors)
    result.unresolved = sorted(unresolved)
    _replace(conn, item, system, dialect, statements, edges, errors, now)
    result.inputs += 1
    result.statements += item.rows
    result.edges += len(edges)
    result.resolved += sum((e["source_column_id"] is not None) + (e["target_column_id"] is not None) for e in edges)


def _statement(
    location: str,
    line: int | None,
    fingerprint: str | None,
    kind: str | None,
    occurrences: int,
    error: str | None = None,
) -> dict[str, Any]:
    return {
        "location": location[:600],
        "line": line,
        "fingerprint": fingerprint,
        "kind": kind,
        "occurrences": occurrences,
        "error": error,
    }


def _edge(
    source: str,
    target: str,
    kind: str,
    origin: str,
    location: str,
    fingerprint: str,
    resolver: Resolver,
    now: Any,
    functions: frozenset[str] = frozenset(),
) -> dict[str, Any]:
    source_table, source_column = source.rsplit(".", 1)
    target_table, target_column = target.rsplit(".", 1)
    src, tgt = resolver.place(source_table), resolver.place(target_table)
    return {
        "source_system": src.system,
        "source_table": src.table[:600],
        "source_column": source_column[:200],
        "source_column_id": resolver.column_id(src, source_column),
        "target_system": tgt.system,
        "target_table": tgt.table[:600],
        "target_column": target_column[:200],
        "target_column_id": resolver.column_id(tgt, target_column),
        "kind": kind,
        "origin": origin,
        "location": location[:600],
        "fingerprint": fingerprint,
        "functions": sorted(functions) or None,
        "created_at": now,
    }


def _replace(
    conn: Connection,
    item: SqlInput,
    system: str,
    dialect: str | None,
    statements: list[dict[str, Any]],
    edges: list[dict[str, Any]],
    errors: int,
    now: Any,
) -> None:
    """Drop what this input produced before, then write the new statements and edges."""
    _drop(conn, item.origin, item.key)
    inserted = conn.execute(
        lineage_source.insert().values(
            origin=item.origin,
            key=item.key,
            system=system,
            dialect=dialect,
            traced_at=now,
            statements=item.rows,
            shapes=len({s["fingerprint"] for s in statements if s["fingerprint"]}),
            errors=errors,
            edges=len(edges),
        )
    ).inserted_primary_key
    assert inserted is not None
    source_id = inserted[0]
    if statements:
        conn.execute(lineage_statement.insert(), [{**s, "source_id": source_id} for s in statements])
    if edges:
        conn.execute(schema.lineage_edge.insert(), edges)


def _drop_under(conn: Connection, folder: Path, keep: set[str]) -> None:
    """Drop the inputs stored from files below *folder* (any depth) that are not in *keep*."""
    prefix = os.path.join(str(folder.resolve()), "")  # keys are resolved file paths (sources.SqlInput.key)
    stored = conn.execute(
        sa.select(lineage_source.c.origin, lineage_source.c.key).where(lineage_source.c.origin != "view")
    ).all()
    for origin, key in stored:
        if key.startswith(prefix) and key not in keep:
            _drop(conn, origin, key)


def _drop(conn: Connection, origin: str, key: str) -> None:
    old = conn.execute(
        sa.select(lineage_source.c.id).where(lineage_source.c.origin == origin, lineage_source.c.key == key)
    ).scalar()
    if old is None:
        return
    old_locations = sa.select(lineage_statement.c.location).where(lineage_statement.c.source_id == old)
    conn.execute(
        schema.lineage_edge.delete().where(
            schema.lineage_edge.c.origin == origin, schema.lineage_edge.c.location.in_(old_locations)
        )
    )
    conn.execute(lineage_statement.delete().where(lineage_statement.c.source_id == old))
    conn.execute(lineage_source.delete().where(lineage_source.c.id == old))
