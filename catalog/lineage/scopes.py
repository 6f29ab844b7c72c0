"""The scope walk: follow a query's output columns through its sqlglot scopes down to physical tables.

Memoised per (scope, output); recursive CTEs stop where they loop. Unqualified columns are placed on the only
source, on the one source known (from the schema or a subquery's outputs) to have them, or on ``<unknown>``.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from sqlglot import exp
from sqlglot.optimizer.scope import Scope

from catalog.lineage.tables import TARGET_FLAG, schema_columns, table_name
from catalog.lineage.trace import UNKNOWN_TABLE

RANK = {"copy": 0, "transform": 1, "aggregate": 2}
_NONE: frozenset[str] = frozenset()
_Ref = tuple[str, str, str, frozenset[str]]  # (table, column, kind, SQL functions applied on the way)


class Walker:
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
                if isinstance(source, exp.Table) and not source.meta.get(TARGET_FLAG) and source.name:
                    found.add(table_name(source))
        # Tables sqlglot's scopes do not register, e.g. inside parenthesised joins "FROM ((a JOIN b …) JOIN c …)"
        ctes = {cte.alias_or_name.lower() for cte in self.root.expression.find_all(exp.CTE)}
        for table in self._all_tables:
            if table.meta.get(TARGET_FLAG) or not isinstance(table.this, exp.Identifier):
                continue
            if not table.db and table.name.lower() in ctes:
                continue
            found.add(table_name(table))
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
            return {(table_name(source), name, "copy", _NONE)}
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
            return {(table_name(source), "*", "copy", _NONE)}
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
                refs |= _apply(self._column(scope, item), kind, _functions(item, node))
            elif isinstance(item, exp.Star):
                kind = "aggregate" if _under_aggregate(item, node) else "transform"
                for _, source in scope.selected_sources.values():
                    refs |= _apply(self._star(source), kind, _functions(item, node))
            else:  # a subquery: its outputs feed the value
                child = self.by_expression.get(id(item))
                if child is None:
                    continue
                kind = "aggregate" if _under_aggregate(item, node) else "transform"
                width = len(getattr(child.expression, "expressions", [])) or 1
                for index in range(width):
                    refs |= _apply(self.output(child, index), kind, _functions(item, node))
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
                return {(column.table.lower(), name, "copy", _NONE)}
            return {(UNKNOWN_TABLE, name, "copy", _NONE)}
        if isinstance(source, exp.Table):
            return {(table_name(source), name, "copy", _NONE)}
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
                    return _apply(self._projection(scope, proj), "transform", _NONE)
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
                    refs |= _apply(self.output(child, index), "transform", _NONE)
                return refs
        for column in inner.find_all(exp.Column):
            refs |= _apply(self._column(parent, column), "transform", _functions(column, inner))
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
        if not having and len(tables) == 1 and not (self.schema and schema_columns(self.schema, table_name(tables[0]))):
            return tables[0]
        return None

    def _columns_of(self, source: exp.Table | Scope) -> set[str]:
        if isinstance(source, exp.Table):
            return set(schema_columns(self.schema, table_name(source)) or ())
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
                    found |= {(t, c) for t, c, *_ in self._column(scope, column) if c != "*"}
            if scope.is_subquery and scope.parent is not None and _in_filter(scope.expression, scope.parent.expression):
                for index in range(len(getattr(scope.expression, "expressions", []))):
                    found |= {(t, c) for t, c, *_ in self.output(scope, index) if c != "*"}
        # Conditions sqlglot's scopes miss, e.g. inside parenthesised joins "FROM ((a JOIN b ON …) JOIN c ON …)"
        for join in self.root.expression.find_all(exp.Join):
            for column in (join.args.get("on") or exp.Null()).find_all(exp.Column):
                select = column.find_ancestor(exp.Select)
                owner = self.by_expression.get(id(select)) if select is not None else None
                if id(column) not in seen and owner is not None:
                    found |= {(t, c) for t, c, *_ in self._column(owner, column) if c != "*"}
        return found


def _apply(refs: set[_Ref], kind: str, functions: frozenset[str]) -> set[_Ref]:
    """*refs* seen through one more step: the stronger kind, and the functions that step applied."""
    return {(t, c, worst(k, kind), f | functions if functions else f) for t, c, k, f in refs}


def _functions(node: exp.Expr, top: exp.Expr) -> frozenset[str]:
    """Names of the SQL functions wrapped around *node* up to *top* (``md5(lower(email))`` → md5, lower)."""
    names = []
    current: exp.Expr | None = node.parent if node is not top else None
    while current is not None:
        if isinstance(current, exp.Anonymous):
            names.append(current.name.lower())
        elif isinstance(current, exp.Func):
            names.append(current.sql_name().lower())
        if current is top:
            break
        current = current.parent
    return frozenset(names)


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


def worst(a: str, b: str) -> str:
    return a if RANK.get(a, 1) >= RANK.get(b, 1) else b
