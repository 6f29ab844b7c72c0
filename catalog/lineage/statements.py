"""One parsed statement → (kind, tables read, tables written, column edges), using sqlglot's own scopes.

Every data-moving statement is reduced to *a query whose outputs land in target columns*:
``INSERT … SELECT`` and ``CREATE … AS`` carry their query; ``UPDATE … SET a = x FROM s`` becomes
``SELECT x AS a FROM t, s WHERE …``; each ``MERGE`` branch becomes ``SELECT <values> FROM t JOIN s ON …``.
The query is then qualified and walked scope by scope (``sqlglot.optimizer.scope``), following each output
column through CTEs, derived tables, set operations, scalar subqueries and lateral/UDTF sources down to
physical tables.

sqlglot optimizer passes we run, in order, and why (the rest of ``qualify``/``optimize`` is left out):

* ``normalize_identifiers`` — unquoted names compare case-insensitively the way the dialect does
  (``TA.col`` matches alias ``ta``).
* ``qualify_columns`` (with ``expand_stars`` and ``expand_alias_refs``) — gives unqualified columns their
  source, expands ``*`` over CTEs/subqueries and over tables the schema knows, expands references to
  lateral aliases (``SELECT a + 1 AS b, b * 2 AS c``) and pushes CTE column lists down.

Left out: ``qualify_tables`` (its default db/catalog and aliases would change names "as written"),
``isolate_table_selects`` (rewrites tables into subqueries: more scopes, same lineage),
``quote_identifiers`` (we never generate SQL back), ``validate_qualify_columns`` (unknown columns are
normal without a schema: we keep them, or mark the table ``<unknown>``), and every rewrite of ``optimize``
(merge_subqueries, pushdown_*, eliminate_*, unnest_subqueries, simplify…): they preserve results, not the
shape of data flow we report.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Any

from sqlglot import exp
from sqlglot.dialects.dialect import Dialect
from sqlglot.errors import OptimizeError, SqlglotError
from sqlglot.optimizer.normalize_identifiers import normalize_identifiers
from sqlglot.optimizer.qualify_columns import qualify_columns
from sqlglot.optimizer.scope import Scope, build_scope

from catalog.lineage.trace import UNKNOWN_TABLE, Edge

_EXCHANGE = re.compile(
    r"\s*TABLE\s+([\w.`\"]+)\s+EXCHANGE\s+PARTITION\s*\(.*?\)\s*WITH\s+TABLE\s+([\w.`\"]+)", re.I | re.S
)
# Dialects whose SELECT list may use an alias defined earlier in it ("SELECT a AS x, x + 1 AS y"); elsewhere such a
# name is a column of the sources, as standard SQL (and sqllineage by default) reads it.
_LATERAL_ALIAS_DIALECTS = frozenset({"snowflake", "redshift", "databricks", "spark", "teradata", "duckdb", "bigquery"})
_RANK = {"copy": 0, "transform": 1, "aggregate": 2}
_TARGET = "ropa_target"  # meta flag on the synthetic FROM entry of UPDATE/MERGE/DELETE: written, not read
_Ref = tuple[str, str, str]  # (table, column, kind)


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
        dropped = {_name(t) for t in tables if isinstance(t, exp.Table)} if kind in ("TABLE", "VIEW") else set()
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
            return ("create", *_flow(query, _name(into.this), None, engine, schema))
        return ("select", *_flow(stmt, None, None, engine, schema))
    if isinstance(stmt, exp.Command):
        return _command(stmt, engine, schema, dialect)
    if isinstance(stmt, exp.Use | exp.Set | exp.Describe | exp.Show | exp.Transaction | exp.Commit | exp.Rollback):
        return "other", set(), set(), set()
    # Anything else (GRANT, ANALYZE, …): tables it mentions in queries are read, nothing is written.
    sources: set[str] = set()
    for query in stmt.find_all(exp.Select):
        sources |= _flow(query, None, None, engine, schema)[0]
    return "other", sources, set(), set()


def _alter(stmt: exp.Alter) -> Traced:
    """RENAME changes the name later statements see; SWAP WITH / EXCHANGE move one table's data into another."""
    table = _name(stmt.this)
    for action in stmt.args.get("actions") or []:
        if isinstance(action, exp.AlterRename) and isinstance(action.this, exp.Table):
            return Traced("alter", set(), set(), set(), renamed={table: _name(action.this)})
        if isinstance(action, exp.SwapTable) and isinstance(action.this, exp.Table):
            return Traced("alter", {_name(action.this)}, {table}, set())
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
        target = _name(this)
    query = stmt.expression
    if not isinstance(query, exp.Query):
        # INSERT … VALUES: nothing read (unless a value is a subquery).
        sources = set()
        if query is not None:
            for sub in query.find_all(exp.Select):
                sources |= _flow(sub, None, None, engine, schema)[0]
        return "insert", sources, {target}, set()
    query = _with_ctes(stmt, query)
    return ("insert", *_flow(query, target, columns, engine, schema))


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
    target = _name(this)
    query = stmt.expression
    if isinstance(query, exp.Query):
        query = _with_ctes(stmt, query)
        return ("create", *_flow(query, target, columns, engine, schema))
    clone = stmt.args.get("clone")
    if isinstance(clone, exp.Clone) and isinstance(clone.this, exp.Table):
        return "create", {_name(clone.this)}, {target}, set()
    like = next((p.this for p in stmt.find_all(exp.LikeProperty) if isinstance(p.this, exp.Table)), None)
    if like is not None:
        return "create", {_name(like)}, {target}, set()
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
    target = _name(aliased if aliased is not None else target_table)
    selects: list[exp.Expr] = []
    columns: list[str] = []
    for eq in stmt.expressions:
        if isinstance(eq, exp.EQ) and isinstance(eq.this, exp.Column):
            columns.append(eq.this.name.lower())
            selects.append(exp.alias_(eq.expression.copy(), f"_c{len(selects)}"))
    query: exp.Expr
    if aliased is not None and isinstance(from_, exp.From):
        first = from_.this.copy()
        first.meta[_TARGET] = aliased is from_.this
        query = exp.Select(expressions=selects or [exp.Literal.number(1)]).from_(first, copy=False)
    else:
        base = target_table.copy()
        base.args.pop("joins", None)
        base.meta[_TARGET] = True
        query = exp.Select(expressions=selects or [exp.Literal.number(1)]).from_(base, copy=False)
        if isinstance(from_, exp.From):
            query.append("joins", exp.Join(this=from_.this.copy()))
    for join in [*joins, *(stmt.args.get("joins") or [])]:
        copied = join.copy()
        if join.this is aliased:
            copied.this.meta[_TARGET] = True
        query.append("joins", copied)
    if stmt.args.get("where") is not None:
        query.set("where", stmt.args["where"].copy())
    query = _with_ctes(stmt, query)
    sources, targets, edges = _flow(query, target, columns if selects else [], engine, schema)
    return "update", sources, targets | {target}, edges


def _merge(
    stmt: exp.Merge, engine: Dialect, schema: dict[str, Any] | None
) -> tuple[str, set[str], set[str], set[Edge]]:
    target_table = stmt.this
    using = stmt.args.get("using")
    if not isinstance(target_table, exp.Table) or using is None:
        return "merge", set(), set(), set()
    target = _name(target_table)
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
        base.meta[_TARGET] = True
        query: exp.Expr = exp.Select(expressions=selects or [exp.Literal.number(1)]).from_(base, copy=False)
        query.append("joins", exp.Join(this=using.copy(), on=(stmt.args.get("on") or exp.true()).copy()))
        if when is not None and when.args.get("condition") is not None:
            query.set("where", exp.Where(this=when.args["condition"].copy()))
        query = _with_ctes(stmt, query)
        more_sources, _, more_edges = _flow(query, target, columns if selects else [], engine, schema)
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
            sources.add(_name(table))
    where = stmt.args.get("where")
    if where is not None:
        for sub in where.find_all(exp.Select):
            sources |= _flow(sub, None, None, engine, schema)[0]
    return "delete", sources, set(), set()


def _copy(stmt: exp.Copy, engine: Dialect, schema: dict[str, Any] | None) -> tuple[str, set[str], set[str], set[Edge]]:
    this = stmt.this
    files = [_literal(f) for f in stmt.args.get("files") or []]
    loading = bool(stmt.args.get("kind"))  # COPY t FROM … loads; COPY t|(query) TO … unloads
    if isinstance(this, exp.Query) or isinstance(this, exp.Subquery):
        query = this.this if isinstance(this, exp.Subquery) else this
        sources, _, _ = _flow(query, None, None, engine, schema)
        return "copy", sources, set(files), set()
    table = this.this if isinstance(this, exp.Schema) else this
    if not isinstance(table, exp.Table):
        return "copy", set(), set(), set()
    if loading:
        return "copy", set(files), {_name(table)}, set()
    return "copy", {_name(table)}, set(files), set()


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


# --- query flow ---------------------------------------------------------------------------------------------


def _flow(
    query: exp.Expr,
    target: str | None,
    target_columns: list[str] | None,
    engine: Dialect,
    schema: dict[str, Any] | None,
) -> tuple[set[str], set[str], set[Edge]]:
    """Tables read by *query* and, when it lands in *target*, the column edges into it."""
    while isinstance(query, exp.Subquery) and isinstance(query.this, exp.Query):
        query = query.this  # "AS ((SELECT …))"
    query = normalize_identifiers(query.copy(), dialect=engine)
    _remember_names(query, engine)
    for number, derived in enumerate(
        q for q in query.find_all(exp.Subquery) if not q.alias and isinstance(q.parent, exp.From | exp.Join)
    ):
        derived.set("alias", exp.TableAlias(this=exp.to_identifier(f"_ropa_{number}")))
    try:
        # In place on our own copy: when it gives up half-way, what it did qualify still helps the walk.
        query = qualify_columns(query, schema or {}, expand_alias_refs=True, expand_stars=True, dialect=engine)
    except (OptimizeError, SqlglotError, KeyError, ValueError):
        pass  # best effort: ambiguous names stay unqualified and resolve to <unknown>
    root = build_scope(query)
    if root is None:
        return set(), set() if target is None else {target}, set()
    walker = _Walker(root, schema, type(engine).__name__.lower() in _LATERAL_ALIAS_DIALECTS)
    sources = walker.tables()
    if target is None:
        return sources, set(), set()
    edges: set[Edge] = set()
    names = _output_names(root.expression, engine)
    columns = _target_columns(names, target_columns, target, schema)
    for index, column in enumerate(columns):
        if column is None:
            continue
        for table, name, kind in walker.output(root, index):
            edges.add(Edge(f"{table}.{name}", f"{target}.{column}", kind))
    for table, name in walker.filters():
        edges.add(Edge(f"{table}.{name}", f"{target}.*", "filter"))
    return sources, {target}, edges


_NAME = "ropa_name"


def _remember_names(query: exp.Expr, engine: Dialect) -> None:
    """Unnamed outputs (``max(col1)``) are named by their text, as written — before qualify renames them."""
    while isinstance(query, exp.SetOperation):
        query = query.this
    for proj in getattr(query, "expressions", []):
        if not isinstance(proj, exp.Alias | exp.Column | exp.Star):
            proj.meta[_NAME] = proj.sql(dialect=engine).lower()


def _output_names(query: exp.Expr, engine: Dialect) -> list[str]:
    while isinstance(query, exp.SetOperation):
        query = query.this
    if isinstance(query, exp.Subquery):
        return _output_names(query.this, engine)
    names = []
    for proj in getattr(query, "expressions", []):
        if isinstance(proj, exp.Star) or (isinstance(proj, exp.Column) and isinstance(proj.this, exp.Star)):
            names.append("*")
        elif isinstance(proj, exp.Alias) and proj.this.meta.get(_NAME):  # alias added by qualify
            names.append(proj.this.meta[_NAME])
        elif proj.meta.get(_NAME):
            names.append(proj.meta[_NAME])
        elif isinstance(proj, exp.Alias | exp.Column) and proj.alias_or_name:
            names.append(proj.alias_or_name.lower())
        else:
            names.append(proj.sql(dialect=engine).lower())
    return names


def _target_columns(
    names: list[str], declared: list[str] | None, target: str, schema: dict[str, Any] | None
) -> list[str | None]:
    """Which target column each output lands in: declared list by position, else the target's schema by
    position (INSERT without a column list), else the output's own name."""
    if declared:
        return [declared[i] if i < len(declared) else None for i in range(len(names))]
    if declared is not None:  # an UPDATE/MERGE branch with no assignments
        return []
    known = _schema_columns(schema, target)
    if known and "*" not in names and len(known) == len(names):
        return list(known)
    return list(names)


def _schema_columns(schema: dict[str, Any] | None, table: str) -> list[str] | None:
    if not schema:
        return None
    parts = table.split(".")
    node: Any = schema
    depth = 0
    probe = schema
    while isinstance(probe, dict) and probe and all(isinstance(v, dict) for v in probe.values()):
        probe = next(iter(probe.values()))
        depth += 1
    depth = max(depth, 1)
    if len(parts) < depth:
        # unqualified name against a qualified schema: accept a unique match on the last parts
        matches = _find_suffix(schema, parts, depth)
        return matches
    for part in parts[-depth:]:
        if not isinstance(node, dict) or part not in node:
            return None
        node = node[part]
    return list(node) if isinstance(node, dict) else None


def _find_suffix(schema: dict[str, Any], parts: list[str], depth: int) -> list[str] | None:
    found: list[list[str]] = []

    def walk(node: Any, path: list[str]) -> None:
        if len(path) == depth:
            if path[-len(parts) :] == parts and isinstance(node, dict):
                found.append(list(node))
            return
        for key, value in node.items():
            walk(value, [*path, key])

    walk(schema, [])
    return found[0] if len(found) == 1 else None


def _with_ctes(stmt: exp.Expr, query: exp.Expr) -> exp.Expr:
    """``WITH … INSERT/CREATE/UPDATE/MERGE`` keeps the CTEs on the statement; move them onto the query."""
    with_ = stmt.args.get("with_") or stmt.args.get("with")
    if not isinstance(with_, exp.With) or not isinstance(query, exp.Query):
        return query
    query = query.copy()
    own = query.args.get("with_") or query.args.get("with")
    if isinstance(own, exp.With):
        own.set("expressions", [*(c.copy() for c in with_.expressions), *own.expressions])
    else:
        query.set("with_", with_.copy())
    return query


def _literal(node: exp.Expr) -> str:
    """A path as written, without quotes ('s3://bucket/key')."""
    while isinstance(node, exp.Table | exp.Column) and not isinstance(node.this, exp.Identifier):
        node = node.this
    if isinstance(node, exp.Literal | exp.Identifier):
        return node.name
    return node.sql().strip("'\"`")


_FILE_FORMATS = frozenset({"parquet", "json", "csv", "orc", "avro", "delta", "text", "binaryfile", "iceberg"})


def _name(table: exp.Expr) -> str:
    """A table's name lower-case, qualified as written (``catalog.db.t``, ``db.t`` or ``t``)."""
    if isinstance(table, exp.Table):
        parts = [p.name for p in table.parts if p is not None]
        if len(parts) == 2 and parts[0].lower() in _FILE_FORMATS and ("/" in parts[1] or ":" in parts[1]):
            return parts[1]  # Spark's parquet.`s3://bucket/path` reads files, not a table in db "parquet"
        return ".".join(parts).lower()
    if isinstance(table, exp.Schema):
        return _name(table.this)
    return table.sql().lower()


# --- the scope walk -----------------------------------------------------------------------------------------


class _Walker:
    """Follows output columns through one statement's scope tree down to physical tables (memoised)."""

    def __init__(self, root: Scope, schema: dict[str, Any] | None = None, lateral_aliases: bool = False) -> None:
        self.root = root
        self.schema = schema
        self.lateral_aliases = lateral_aliases
        self.scopes = list(root.traverse())
        self.by_expression = {id(s.expression): s for s in self.scopes}
        self._all_tables = [t for t in root.expression.find_all(exp.Table) if isinstance(t.this, exp.Identifier)]
        self._aliases = {t.alias_or_name.lower(): t for t in reversed(self._all_tables)}
        self._outputs: dict[tuple[int, int], set[_Ref]] = {}
        self._busy: set[tuple[int, int]] = set()

    def tables(self) -> set[str]:
        found = set()
        for scope in self.scopes:
            for source in scope.sources.values():
                if isinstance(source, exp.Table) and not source.meta.get(_TARGET) and source.name:
                    found.add(_name(source))
        # Tables sqlglot's scopes do not register, e.g. inside parenthesised joins "FROM ((a JOIN b …) JOIN c …)"
        ctes = {cte.alias_or_name.lower() for cte in self.root.expression.find_all(exp.CTE)}
        for table in self._all_tables:
            if table.meta.get(_TARGET) or not isinstance(table.this, exp.Identifier):
                continue
            if not table.db and table.name.lower() in ctes:
                continue
            found.add(_name(table))
        return found

    # outputs ------------------------------------------------------------------------------------------

    def output(self, scope: Scope, index: int) -> set[_Ref]:
        key = (id(scope), index)
        if key in self._outputs:
            return self._outputs[key]
        if key in self._busy:  # recursive CTE: the recursive branch adds nothing new
            return set()
        self._busy.add(key)
        expression = scope.expression
        refs: set[_Ref] = set()
        if isinstance(expression, exp.SetOperation):
            for child in scope.set_operation_scopes:
                refs |= self.output(child, index)
        elif isinstance(expression, exp.Select):
            projections = expression.expressions
            if index < len(projections):
                refs = self._projection(scope, projections[index])
        self._busy.discard(key)
        self._outputs[key] = refs
        return refs

    def named(self, scope: Scope, name: str) -> set[_Ref]:
        """A column *name* read from the query of *scope* (a CTE, derived table or set operation)."""
        expression = scope.expression
        first = expression
        while isinstance(first, exp.SetOperation):
            first = first.this
        if isinstance(first, exp.Subquery):
            first = first.unnest()
        names = [p.alias_or_name.lower() for p in getattr(first, "expressions", [])]
        if name in names:
            return self.output(scope, names.index(name))
        # Not listed explicitly: it may come through an unexpanded star.
        select_scope = scope
        while isinstance(select_scope.expression, exp.SetOperation) and select_scope.set_operation_scopes:
            select_scope = select_scope.set_operation_scopes[0]
        refs: set[_Ref] = set()
        for proj in getattr(select_scope.expression, "expressions", []):
            if isinstance(proj, exp.Star):
                for _, selected in select_scope.selected_sources.values():
                    refs |= self._through(selected, name)
            elif isinstance(proj, exp.Column) and isinstance(proj.this, exp.Star):
                found = self._source(select_scope, proj.table)
                if found is not None:
                    refs |= self._through(found, name)
        return refs

    def _through(self, source: exp.Table | Scope, name: str) -> set[_Ref]:
        if isinstance(source, exp.Table):
            return {(_name(source), name, "copy")}
        if isinstance(source, Scope):
            if source.is_udtf:
                return self._udtf(source)
            return self.named(source, name)
        return set()

    def _projection(self, scope: Scope, proj: exp.Expr) -> set[_Ref]:
        node = proj.unalias() if isinstance(proj, exp.Alias) else proj
        if isinstance(node, exp.Star):
            refs: set[_Ref] = set()
            for _, source in scope.selected_sources.values():
                refs |= self._star(source)
            return refs
        if isinstance(node, exp.Column) and isinstance(node.this, exp.Star):
            return self._star(self._source(scope, node.table))
        if isinstance(node, exp.Column):
            return self._column(scope, node)
        return self._expression(scope, node)

    def _star(self, source: exp.Table | Scope | None) -> set[_Ref]:
        if isinstance(source, exp.Table):
            return {(_name(source), "*", "copy")}
        if isinstance(source, Scope):
            refs: set[_Ref] = set()
            expression = source.expression
            if isinstance(expression, exp.SetOperation):
                for child in source.set_operation_scopes:
                    refs |= self._star(child)
                return refs
            for index, proj in enumerate(getattr(expression, "expressions", [])):
                node = proj.unalias() if isinstance(proj, exp.Alias) else proj
                if isinstance(node, exp.Star) or (isinstance(node, exp.Column) and isinstance(node.this, exp.Star)):
                    refs |= self.output(source, index)
            return refs
        return set()

    def _expression(self, scope: Scope, node: exp.Expr) -> set[_Ref]:
        refs: set[_Ref] = set()
        for item in _walk_columns(node):
            if isinstance(item, exp.Column):
                kind = "aggregate" if _under_aggregate(item, node) else "transform"
                refs |= {(t, c, _worst(k, kind)) for t, c, k in self._column(scope, item)}
            elif isinstance(item, exp.Star):
                kind = "aggregate" if _under_aggregate(item, node) else "transform"
                for _, source in scope.selected_sources.values():
                    refs |= {(t, c, _worst(k, kind)) for t, c, k in self._star(source)}
            else:  # a subquery: its outputs feed the value
                child = self.by_expression.get(id(item))
                if child is None:
                    continue
                kind = "aggregate" if _under_aggregate(item, node) else "transform"
                width = len(getattr(child.expression, "expressions", [])) or 1
                for index in range(width):
                    refs |= {(t, c, _worst(k, kind)) for t, c, k in self.output(child, index)}
        return refs

    def _column(self, scope: Scope, column: exp.Column) -> set[_Ref]:
        name = column.name.lower()
        if not name:
            return set()
        source = self._source(scope, column.table) if column.table else self._owner(scope, name)
        if (
            self.lateral_aliases
            and not column.table
            and (source is None or not isinstance(source, exp.Table) or name not in self._columns_of(source))
        ):
            alias = self._lateral_alias(scope, column, name)
            if alias is not None:
                return alias
        if source is None:
            if column.table:
                return {(column.table.lower(), name, "copy")}
            return {(UNKNOWN_TABLE, name, "copy")}
        if isinstance(source, exp.Table):
            return {(_name(source), name, "copy")}
        if source.is_udtf:
            inner = source.expression.this if isinstance(source.expression, exp.Lateral) else None
            child = self.by_expression.get(id(inner.unnest())) if isinstance(inner, exp.Subquery) else None
            return self.named(child, name) if child is not None else self._udtf(source)
        return self.named(source, name)

    def _lateral_alias(self, scope: Scope, column: exp.Column, name: str) -> set[_Ref] | None:
        """``SELECT a AS x, x * 2 AS y``: an unqualified name no source is known to have, naming another output
        of the same SELECT, is that output (where the dialect allows it; qualify only expands some)."""
        select = scope.expression
        if not isinstance(select, exp.Select):
            return None
        own = column.find_ancestor(exp.Alias)
        for proj in select.expressions:
            if isinstance(proj, exp.Alias) and proj is not own and proj.alias.lower() == name:
                key = (id(scope), -1 - select.expressions.index(proj))
                if key in self._busy:
                    return None
                self._busy.add(key)
                try:
                    return {(t, c, _worst(k, "transform")) for t, c, k in self._projection(scope, proj)}
                finally:
                    self._busy.discard(key)
        return None

    def _udtf(self, scope: Scope) -> set[_Ref]:
        """LATERAL VIEW explode(x) / UNNEST(x) / LATERAL (…): its columns are computed from x."""
        refs: set[_Ref] = set()
        expression = scope.expression
        parent = scope.parent or self.root
        inner = expression.this if isinstance(expression, exp.Lateral) else expression
        if isinstance(inner, exp.Subquery | exp.Query):
            child = self.by_expression.get(id(inner.unnest() if isinstance(inner, exp.Subquery) else inner))
            if child is not None:
                for index in range(len(getattr(child.expression, "expressions", [])) or 1):
                    refs |= {(t, c, _worst(k, "transform")) for t, c, k in self.output(child, index)}
                return refs
        for column in inner.find_all(exp.Column):
            refs |= {(t, c, _worst(k, "transform")) for t, c, k in self._column(parent, column)}
        return refs

    def _source(self, scope: Scope | None, alias: str) -> exp.Table | Scope | None:
        alias = alias.lower()
        while scope is not None:
            found = scope.sources.get(alias)
            if found is None:
                found = next((v for k, v in scope.sources.items() if k.lower() == alias), None)
            if found is not None:
                return found
            # "SELECT tab2.* FROM tab2 a": the table's own name used although it has an alias
            for value in scope.sources.values():
                if isinstance(value, exp.Table) and value.name.lower() == alias:
                    return value
            scope = scope.parent
        return self._aliases.get(alias)

    def _owner(self, scope: Scope, name: str) -> exp.Table | Scope | None:
        """The source of an unqualified column: the only source, or the only one known to have it."""
        only = self._only_source(scope)
        if only is not None or not scope.selected_sources:
            return only
        sources = [source for _, source in scope.selected_sources.values()]
        having = [source for source in sources if name in self._columns_of(source)]
        if len(having) == 1:
            return having[0]
        # No schema: a name no subquery/UDTF produces belongs to the one physical table, if there is one.
        tables = [source for source in sources if isinstance(source, exp.Table)]
        if not having and len(tables) == 1 and not (self.schema and _schema_columns(self.schema, _name(tables[0]))):
            return tables[0]
        return None

    def _columns_of(self, source: exp.Table | Scope) -> set[str]:
        if isinstance(source, exp.Table):
            return set(_schema_columns(self.schema, _name(source)) or ())
        expression = source.expression
        if source.is_udtf:
            alias = expression.args.get("alias")
            columns = {c.name.lower() for c in alias.columns} if isinstance(alias, exp.TableAlias) else set()
            if not columns and isinstance(expression, exp.Unnest) and alias is not None:
                columns = {alias.name.lower()}  # BigQuery: UNNEST(x) AS item names the value itself
            inner = expression.this if isinstance(expression, exp.Lateral) else None
            if not columns and isinstance(inner, exp.Subquery):
                columns = {p.alias_or_name.lower() for p in inner.unnest().expressions}
            return columns
        while isinstance(expression, exp.SetOperation):
            expression = expression.this
        return {p.alias_or_name.lower() for p in getattr(expression, "expressions", [])}

    def _only_source(self, scope: Scope | None) -> exp.Table | Scope | None:
        while scope is not None:
            selected = scope.selected_sources
            if len(selected) == 1:
                return next(iter(selected.values()))[1]
            if selected:
                return None
            scope = scope.parent  # SELECT without FROM inside a subquery reads the outer row
        return None

    # filters ------------------------------------------------------------------------------------------

    def filters(self) -> set[tuple[str, str]]:
        """Physical columns that only decide which rows flow (WHERE, JOIN … ON, HAVING, QUALIFY)."""
        found: set[tuple[str, str]] = set()
        seen: set[int] = set()
        for scope in self.scopes:
            for column in scope.columns:
                if column.find_ancestor(exp.Select) is not scope.expression and isinstance(
                    scope.expression, exp.Select
                ):
                    continue  # a column of an inner query sqlglot could not place: its own scope handles it
                seen.add(id(column))
                if _in_filter(column, scope.expression):
                    found |= {(t, c) for t, c, _ in self._column(scope, column) if c != "*"}
            if scope.is_subquery and scope.parent is not None and _in_filter(scope.expression, scope.parent.expression):
                for index in range(len(getattr(scope.expression, "expressions", []))):
                    found |= {(t, c) for t, c, _ in self.output(scope, index) if c != "*"}
        # Conditions sqlglot's scopes miss, e.g. inside parenthesised joins "FROM ((a JOIN b ON …) JOIN c ON …)"
        for join in self.root.expression.find_all(exp.Join):
            for column in (join.args.get("on") or exp.Null()).find_all(exp.Column):
                select = column.find_ancestor(exp.Select)
                owner = self.by_expression.get(id(select)) if select is not None else None
                if id(column) not in seen and owner is not None:
                    found |= {(t, c) for t, c, _ in self._column(owner, column) if c != "*"}
        return found


def _walk_columns(node: exp.Expr) -> Iterable[exp.Expr]:
    """Columns of an expression, and the subqueries in it (whose insides belong to another scope)."""
    stack = [node]
    while stack:
        item = stack.pop()
        if isinstance(item, exp.Column):
            yield item
            continue
        if isinstance(item, exp.Subquery) and item is not node:
            yield item.unnest()
            continue
        if isinstance(item, exp.Query) and item is not node:
            yield item
            continue
        if isinstance(item, exp.Star):  # count(*): the whole row feeds the value
            yield item
            continue
        stack.extend(item.iter_expressions())


def _under_aggregate(node: exp.Expr, top: exp.Expr) -> bool:
    current = node.parent
    while current is not None and current is not top.parent:
        if isinstance(current, exp.AggFunc):
            return True
        current = current.parent
    return False


def _in_filter(node: exp.Expr, stop: exp.Expr) -> bool:
    current: exp.Expr | None = node.parent
    child: exp.Expr = node
    while current is not None and current is not stop:
        if isinstance(current, exp.Where | exp.Having | exp.Qualify):
            return True
        if isinstance(current, exp.Join) and child is not current.this:
            return True
        child = current
        current = current.parent
    return False


def _worst(a: str, b: str) -> str:
    return a if _RANK.get(a, 1) >= _RANK.get(b, 1) else b
