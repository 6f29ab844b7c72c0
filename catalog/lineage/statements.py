"""One parsed statement → (kind, tables read, tables written, column edges).

Every data-moving statement is reduced to *a query whose outputs land in target columns* and handed to
:func:`catalog.lineage.flow.flow`: ``INSERT … SELECT`` and ``CREATE … AS`` carry their query;
``UPDATE … SET a = x FROM s`` becomes ``SELECT x AS a FROM t, s WHERE …``; each ``MERGE`` branch becomes
``SELECT <values> FROM t JOIN s ON …``. DDL without data flow only records drops and renames, which matter
to the statements after it.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Any

from sqlglot import exp
from sqlglot.dialects.dialect import Dialect
from sqlglot.errors import SqlglotError

from catalog.lineage.flow import flow, with_ctes
from catalog.lineage.tables import TARGET_FLAG, literal_text, table_name
from catalog.lineage.trace import Edge

_EXCHANGE = re.compile(
    r"\s*TABLE\s+([\w.`\"]+)\s+EXCHANGE\s+PARTITION\s*\(.*?\)\s*WITH\s+TABLE\s+([\w.`\"]+)", re.I | re.S
)


@dataclass
class Traced:
    """One statement's lineage, plus what it does to table names for the statements after it."""

    kind: str
    sources: set[str]
    targets: set[str]
    edges: set[Edge]
    dropped: set[str] = field(default_factory=set)
    renamed: dict[str, str] = field(default_factory=dict)


def trace_statement(stmt: exp.Expr, engine: Dialect, schema: dict[str, Any] | None, dialect: str | None) -> Traced:
    """Lineage of one parsed statement; raises sqlglot errors for the caller to report."""
    if isinstance(stmt, exp.Drop):
        kind = str(stmt.args.get("kind") or "").upper()
        tables = [*(stmt.args.get("tables") or []), stmt.this]
        dropped = {table_name(t) for t in tables if isinstance(t, exp.Table)} if kind in ("TABLE", "VIEW") else set()
        return Traced("drop", set(), set(), set(), dropped=dropped)
    if isinstance(stmt, exp.Alter) and isinstance(stmt.this, exp.Table):
        return _alter(stmt)
    return Traced(*_trace(stmt, engine, schema, dialect))


def _trace(
    stmt: exp.Expr, engine: Dialect, schema: dict[str, Any] | None, dialect: str | None
) -> tuple[str, set[str], set[str], set[Edge]]:
    if isinstance(stmt, exp.Insert):
        return _insert(stmt, engine, schema)
    if isinstance(stmt, exp.Create):
        return _create(stmt, engine, schema)
    if isinstance(stmt, exp.Merge):
        return _merge(stmt, engine, schema)
    if isinstance(stmt, exp.Update):
        return _update(stmt, engine, schema)
    if isinstance(stmt, exp.Delete):
        return _delete(stmt, engine, schema)
    if isinstance(stmt, exp.Copy):
        return _copy(stmt, engine, schema)
    if isinstance(stmt, exp.Cache):
        return "other", set(), set(), set()  # Spark's CACHE TABLE keeps a session copy: no lasting data flow
    if isinstance(stmt, exp.Query):
        first = stmt
        while isinstance(first, exp.SetOperation):
            first = first.this
        into = first.args.get("into") if isinstance(first, exp.Select) else None
        if isinstance(into, exp.Into) and isinstance(into.this, exp.Table):
            query = stmt.copy()
            inner = query
            while isinstance(inner, exp.SetOperation):
                inner = inner.this
            inner.set("into", None)
            return ("create", *flow(query, table_name(into.this), None, engine, schema, copy=False))
        return ("select", *flow(stmt, None, None, engine, schema, copy=False))
    if isinstance(stmt, exp.Command):
        return _command(stmt, engine, schema, dialect)
    if isinstance(stmt, exp.Use | exp.Set | exp.Describe | exp.Show | exp.Transaction | exp.Commit | exp.Rollback):
        return "other", set(), set(), set()
    # Anything else (GRANT, ANALYZE, …): tables it mentions in queries are read, nothing is written.
    sources: set[str] = set()
    for query in stmt.find_all(exp.Select):
        sources |= flow(query, None, None, engine, schema)[0]
    return "other", sources, set(), set()


def _alter(stmt: exp.Alter) -> Traced:
    """RENAME changes the name later statements see; SWAP WITH / EXCHANGE move one table's data into another."""
    table = table_name(stmt.this)
    for action in stmt.args.get("actions") or []:
        if isinstance(action, exp.AlterRename) and isinstance(action.this, exp.Table):
            return Traced("alter", set(), set(), set(), renamed={table: table_name(action.this)})
        if isinstance(action, exp.SwapTable) and isinstance(action.this, exp.Table):
            return Traced("alter", {table_name(action.this)}, {table}, set())
    return Traced("alter", set(), set(), set())


# --- statement kinds --------------------------------------------------------------------------------------


def _insert(
    stmt: exp.Insert, engine: Dialect, schema: dict[str, Any] | None
) -> tuple[str, set[str], set[str], set[Edge]]:
    this = stmt.this
    columns: list[str] | None = None
    if isinstance(this, exp.Schema):
        columns = [c.name.lower() for c in this.expressions]
        this = this.this
    if isinstance(this, exp.Directory):
        target = this.this.name if isinstance(this.this, exp.Literal) else this.this.sql()
    else:
        target = table_name(this)
    query = stmt.expression
    if not isinstance(query, exp.Query):
        # INSERT … VALUES: nothing read (unless a value is a subquery).
        sources = set()
        if query is not None:
            for sub in query.find_all(exp.Select):
                sources |= flow(sub, None, None, engine, schema)[0]
        return "insert", sources, {target}, set()
    query = with_ctes(stmt, query)
    return ("insert", *flow(query, target, columns, engine, schema, copy=False))


def _create(
    stmt: exp.Create, engine: Dialect, schema: dict[str, Any] | None
) -> tuple[str, set[str], set[str], set[Edge]]:
    kind = (stmt.args.get("kind") or "").upper()
    this = stmt.this
    columns: list[str] | None = None
    if isinstance(this, exp.Schema):
        names = [c.name.lower() for c in this.expressions if isinstance(c, exp.ColumnDef | exp.Identifier | exp.Column)]
        columns = names or None
        this = this.this
    if kind not in ("TABLE", "VIEW") or not isinstance(this, exp.Table):
        return "other", set(), set(), set()
    target = table_name(this)
    query = stmt.expression
    if isinstance(query, exp.Query):
        query = with_ctes(stmt, query)
        return ("create", *flow(query, target, columns, engine, schema, copy=False))
    clone = stmt.args.get("clone")
    if isinstance(clone, exp.Clone) and isinstance(clone.this, exp.Table):
        return "create", {table_name(clone.this)}, {target}, set()
    like = next((p.this for p in stmt.find_all(exp.LikeProperty) if isinstance(p.this, exp.Table)), None)
    if like is not None:
        return "create", {table_name(like)}, {target}, set()
    return "create", set(), {target}, set()


def _update(
    stmt: exp.Update, engine: Dialect, schema: dict[str, Any] | None
) -> tuple[str, set[str], set[str], set[Edge]]:
    target_table = stmt.this
    if not isinstance(target_table, exp.Table):
        return "update", set(), set(), set()
    from_ = stmt.args.get("from_") or stmt.args.get("from")
    joins = list(target_table.args.get("joins") or [])
    extra: list[exp.Expr] = [from_.this] if isinstance(from_, exp.From) else []
    extra += [j.this for j in [*joins, *(stmt.args.get("joins") or [])]]
    aliased = next(
        (
            t
            for t in extra
            if isinstance(t, exp.Table) and not target_table.db and t.alias_or_name.lower() == target_table.name.lower()
        ),
        None,
    )  # T-SQL: UPDATE t SET … FROM tab1 t — the target is named by its alias in FROM
    target = table_name(aliased if aliased is not None else target_table)
    selects: list[exp.Expr] = []
    columns: list[str] = []
    for eq in stmt.expressions:
        if isinstance(eq, exp.EQ) and isinstance(eq.this, exp.Column):
            columns.append(eq.this.name.lower())
            selects.append(exp.alias_(eq.expression.copy(), f"_c{len(selects)}"))
    query: exp.Expr
    if aliased is not None and isinstance(from_, exp.From):
        first = from_.this.copy()
        first.meta[TARGET_FLAG] = aliased is from_.this
        query = exp.Select(expressions=selects or [exp.Literal.number(1)]).from_(first, copy=False)
    else:
        base = target_table.copy()
        base.args.pop("joins", None)
        base.meta[TARGET_FLAG] = True
        query = exp.Select(expressions=selects or [exp.Literal.number(1)]).from_(base, copy=False)
        if isinstance(from_, exp.From):
            query.append("joins", exp.Join(this=from_.this.copy()))
    for join in [*joins, *(stmt.args.get("joins") or [])]:
        copied = join.copy()
        if join.this is aliased:
            copied.this.meta[TARGET_FLAG] = True
        query.append("joins", copied)
    if stmt.args.get("where") is not None:
        query.set("where", stmt.args["where"].copy())
    query = with_ctes(stmt, query)
    sources, targets, edges = flow(query, target, columns if selects else [], engine, schema, copy=False)
    return "update", sources, targets | {target}, edges


def _merge(
    stmt: exp.Merge, engine: Dialect, schema: dict[str, Any] | None
) -> tuple[str, set[str], set[str], set[Edge]]:
    target_table = stmt.this
    using = stmt.args.get("using")
    if not isinstance(target_table, exp.Table) or using is None:
        return "merge", set(), set(), set()
    target = table_name(target_table)
    sources: set[str] = set()
    edges: set[Edge] = set()
    whens = stmt.args.get("whens")
    branches = list(whens.expressions) if isinstance(whens, exp.Whens) else list(stmt.args.get("expressions") or [])
    for when in branches or [None]:
        selects: list[exp.Expr] = []
        columns: list[str] = []
        then = when.args.get("then") if when is not None else None
        if isinstance(then, exp.Update):
            for eq in then.expressions:
                if isinstance(eq, exp.EQ) and isinstance(eq.this, exp.Column):
                    columns.append(eq.this.name.lower())
                    selects.append(exp.alias_(eq.expression.copy(), f"_c{len(selects)}"))
        elif (
            isinstance(then, exp.Insert) and isinstance(then.this, exp.Tuple) and isinstance(then.expression, exp.Tuple)
        ):
            for col, value in zip(then.this.expressions, then.expression.expressions, strict=False):
                columns.append(col.name.lower())
                selects.append(exp.alias_(value.copy(), f"_c{len(selects)}"))
        base = target_table.copy()
        base.meta[TARGET_FLAG] = True
        query: exp.Expr = exp.Select(expressions=selects or [exp.Literal.number(1)]).from_(base, copy=False)
        query.append("joins", exp.Join(this=using.copy(), on=(stmt.args.get("on") or exp.true()).copy()))
        if when is not None and when.args.get("condition") is not None:
            query.set("where", exp.Where(this=when.args["condition"].copy()))
        query = with_ctes(stmt, query)
        more_sources, _, more_edges = flow(query, target, columns if selects else [], engine, schema, copy=False)
        sources |= more_sources
        edges |= more_edges
    return "merge", sources, {target}, edges


def _delete(
    stmt: exp.Delete, engine: Dialect, schema: dict[str, Any] | None
) -> tuple[str, set[str], set[str], set[Edge]]:
    """DELETE moves no data anywhere: it only reads the tables of its USING clause and subqueries."""
    sources: set[str] = set()
    using = stmt.args.get("using")
    for table in using or []:
        if isinstance(table, exp.Table):
            sources.add(table_name(table))
    where = stmt.args.get("where")
    if where is not None:
        for sub in where.find_all(exp.Select):
            sources |= flow(sub, None, None, engine, schema)[0]
    return "delete", sources, set(), set()


def _copy(stmt: exp.Copy, engine: Dialect, schema: dict[str, Any] | None) -> tuple[str, set[str], set[str], set[Edge]]:
    this = stmt.this
    files = [literal_text(f) for f in stmt.args.get("files") or []]
    loading = bool(stmt.args.get("kind"))  # COPY t FROM … loads; COPY t|(query) TO … unloads
    if isinstance(this, exp.Query) or isinstance(this, exp.Subquery):
        query = this.this if isinstance(this, exp.Subquery) else this
        sources, _, _ = flow(query, None, None, engine, schema, copy=False)
        return "copy", sources, set(files), set()
    table = this.this if isinstance(this, exp.Schema) else this
    if not isinstance(table, exp.Table):
        return "copy", set(), set(), set()
    if loading:
        return "copy", set(files), {table_name(table)}, set()
    return "copy", {table_name(table)}, set(files), set()


def _command(
    stmt: exp.Command, engine: Dialect, schema: dict[str, Any] | None, dialect: str | None
) -> tuple[str, set[str], set[str], set[Edge]]:
    """Statements sqlglot keeps opaque. ``UNLOAD ('<query>') TO 's3://…'`` still reads its query's tables."""
    name = str(stmt.this).upper()
    text = stmt.expression.name if isinstance(stmt.expression, exp.Literal) else str(stmt.expression or "")
    exchange = _EXCHANGE.match(text) if name == "ALTER" else None
    if exchange:  # Hive: ALTER TABLE a EXCHANGE PARTITION (…) WITH TABLE b moves b's partition into a
        return "alter", {exchange.group(2).lower()}, {exchange.group(1).lower()}, set()
    if name == "REPLACE" and text.lstrip()[:4].upper() == "INTO":  # MySQL REPLACE INTO = INSERT, overwriting
        from catalog.lineage.trace import trace_sql

        traced = trace_sql(f"INSERT {text}", dialect, schema)
        if not traced.errors:
            return "insert", traced.sources, traced.targets, traced.edges
    if name == "UNLOAD":
        start, end = text.find("'"), text.find("'", text.find("'") + 1)
        inner = text[start + 1 : end] if start >= 0 and end > start else ""
        if inner:
            from catalog.lineage.trace import trace_sql

            traced = trace_sql(inner.replace("''", "'"), dialect, None)
            rest = text[end + 1 :]
            to = rest.lower().find("to")
            quoted = rest[to:].split("'") if to >= 0 else []
            targets = {quoted[1]} if len(quoted) > 2 else set()
            if not traced.errors:
                return "copy", set(traced.sources), targets, set()
    raise SqlglotError(f"{name} is not supported by the SQL parser (sqlglot keeps it as an opaque command)")
