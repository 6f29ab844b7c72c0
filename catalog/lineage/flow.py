"""A query landing in a target: its tables read and column edges, after the sqlglot passes listed here.

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

from typing import Any

from sqlglot import exp
from sqlglot.dialects.dialect import Dialect
from sqlglot.errors import OptimizeError, SqlglotError
from sqlglot.optimizer.normalize_identifiers import normalize_identifiers
from sqlglot.optimizer.qualify_columns import qualify_columns
from sqlglot.optimizer.scope import build_scope
from sqlglot.schema import MappingSchema

from catalog.lineage.scopes import Walker
from catalog.lineage.tables import schema_columns
from catalog.lineage.trace import Edge

# Dialects whose SELECT list may use an alias defined earlier in it ("SELECT a AS x, x + 1 AS y"); elsewhere such a
# name is a column of the sources, as standard SQL (and sqllineage by default) reads it.
_LATERAL_ALIAS_DIALECTS = frozenset({"snowflake", "redshift", "databricks", "spark", "teradata", "duckdb", "bigquery"})


def flow(
    query: exp.Expr,
    target: str | None,
    target_columns: list[str] | None,
    engine: Dialect,
    schema: dict[str, Any] | None,
    *,
    copy: bool = True,
) -> tuple[set[str], set[str], set[Edge]]:
    """Tables read by *query* and, when it lands in *target*, the column edges into it.

    The passes rewrite *query*; with ``copy=False`` the caller hands over a tree it will not use again.
    """
    while isinstance(query, exp.Subquery) and isinstance(query.this, exp.Query):
        query = query.this  # "AS ((SELECT …))"
    query = normalize_identifiers(query.copy() if copy else query, dialect=engine)
    _remember_names(query, engine)
    for number, derived in enumerate(
        q for q in query.find_all(exp.Subquery) if not q.alias and isinstance(q.parent, exp.From | exp.Join)
    ):
        derived.set("alias", exp.TableAlias(this=exp.to_identifier(f"_ropa_{number}")))
    try:
        # In place on our own copy: when it gives up half-way, what it did qualify still helps the walk.
        query = qualify_columns(
            query, _mapping_schema(schema, engine), expand_alias_refs=True, expand_stars=True, dialect=engine
        )
    except (OptimizeError, SqlglotError, KeyError, ValueError):
        pass  # best effort: ambiguous names stay unqualified and resolve to <unknown>
    root = build_scope(query)
    if root is None:
        return set(), set() if target is None else {target}, set()
    walker = Walker(root, schema, type(engine).__name__.lower() in _LATERAL_ALIAS_DIALECTS)
    sources = walker.tables()
    if target is None:
        return sources, set(), set()
    edges: set[Edge] = set()
    names = _output_names(root.expression, engine)
    columns = _target_columns(names, target_columns, target, schema)
    functions: dict[tuple[str, str, str], frozenset[str]] = {}
    for index, column in enumerate(columns):
        if column is None:
            continue
        for table, name, kind, applied in walker.output(root, index):
            key = (f"{table}.{name}", f"{target}.{column}", kind)
            functions[key] = functions.get(key, frozenset()) | applied
    edges.update(
        Edge(source, target_column, kind, applied) for (source, target_column, kind), applied in functions.items()
    )
    for table, name in walker.filters():
        edges.add(Edge(f"{table}.{name}", f"{target}.*", "filter"))
    return sources, {target}, edges


_NAME = "ropa_name"


_mapping_schemas: dict[tuple[int, str], tuple[dict[str, Any] | None, MappingSchema]] = {}


def _mapping_schema(schema: dict[str, Any] | None, engine: Dialect) -> MappingSchema:
    """sqlglot's schema object for *schema*, built once per (schema, dialect): building it normalises every
    name, which would otherwise cost more than the statement."""
    key = (id(schema), type(engine).__name__)
    hit = _mapping_schemas.get(key)
    if hit is None or hit[0] is not schema:
        if len(_mapping_schemas) > 128:
            _mapping_schemas.clear()
        hit = _mapping_schemas[key] = (schema, MappingSchema(schema or {}, dialect=engine))
    return hit[1]


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
    known = schema_columns(schema, target)
    if known and "*" not in names and len(known) == len(names):
        return list(known)
    return list(names)


def with_ctes(stmt: exp.Expr, query: exp.Expr) -> exp.Expr:
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
