"""What a multi-statement text does as a whole: intermediate tables, renames, end-to-end column edges.

A script that builds ``tmp`` from ``a`` and then ``b`` from ``tmp`` moves data from ``a`` to ``b``; ``tmp`` is a
step, not a source or a target of the script (sqllineage reports it the same way). Edges are composed through
such tables so ``a.x → tmp.x`` and ``tmp.x → b.y`` become ``a.x → b.y``; kinds combine to the strongest
(copy < transform < aggregate; anything through a filter stays a filter).
"""

from __future__ import annotations

from collections.abc import Iterable

from catalog.lineage.trace import Edge, StatementLineage, TraceResult

_RANK = {"copy": 0, "transform": 1, "aggregate": 2, "filter": 3}
_Origin = tuple[str, str, frozenset[str]]  # (source column, kind so far, functions applied so far)


def summarise(result: TraceResult) -> None:
    """Fill *result*'s ``sources``, ``targets``, ``edges`` and ``column_edges`` from its statements."""
    if len(result.statements) == 1 and not result.statements[0].renamed:  # the common case: nothing to compose
        (item,) = result.statements
        result.sources.update(item.sources)
        result.targets.update(item.targets)
        result.edges.update(item.edges)
        result.column_edges.update((e.source, e.target) for e in item.edges if e.kind != "filter")
        return
    statements = _renamed(result.statements)
    away = intermediate_tables(statements)
    written: set[str] = set()
    for item in statements:
        result.sources.update(s for s in item.sources if s not in written)
        written.update(item.targets)
        result.targets.update(t for t in item.targets if t not in away)
    result.intermediates = away
    for edge, _ in compose(statements, away):
        result.edges.add(edge)
        if edge.kind != "filter":
            result.column_edges.add((edge.source, edge.target))


def intermediate_tables(statements: Iterable[StatementLineage]) -> set[str]:
    """Tables written and then read later in the same text, or created and dropped in it."""
    written: set[str] = set()
    away: set[str] = set()
    for item in statements:
        away.update(s for s in item.sources if s in written)
        away.update(d for d in item.dropped if d in written)
        written.update(item.targets)
    return away


def temporary_tables(statements: Iterable[StatementLineage]) -> set[str]:
    """Tables a text creates (or fills) and drops again itself: steps that never outlive the script."""
    written: set[str] = set()
    temporary: set[str] = set()
    for item in statements:
        temporary.update(d for d in item.dropped if d in written)
        written.update(item.targets)
    return temporary


def compose(statements: list[StatementLineage], away: set[str]) -> list[tuple[Edge, StatementLineage]]:
    """Statement edges with the tables in *away* composed out; each edge with the statement that made it."""
    upstream: dict[str, set[_Origin]] = {}  # "tmp.col" → where its values came from
    filters: dict[str, set[str]] = {}  # "tmp" → source columns that decided which rows reached it
    out: list[tuple[Edge, StatementLineage]] = []
    for item in statements:
        produced: dict[str, set[_Origin]] = {}
        for edge in sorted(item.edges):
            from_away = _table(edge.source) in away
            origins = _origins(edge.source, upstream) if from_away else {(edge.source, "copy", frozenset())}
            if from_away and _table(edge.target) not in away:
                target_all = f"{_table(edge.target)}.*"
                out.extend((Edge(f, target_all, "filter"), item) for f in sorted(filters.get(_table(edge.source), ())))
            for source, kind, functions in origins:
                combined = max(kind, edge.kind, key=_RANK.__getitem__)
                applied = functions | edge.functions
                if _table(edge.target) not in away:
                    out.append((Edge(source, edge.target, combined, applied), item))
                elif combined == "filter":
                    filters.setdefault(_table(edge.target), set()).add(source)
                else:
                    produced.setdefault(edge.target, set()).add((source, combined, applied))
        for target, origins in produced.items():
            upstream[target] = upstream.get(target, set()) | origins
    return out


def _origins(column: str, upstream: dict[str, set[_Origin]]) -> set[_Origin]:
    if column in upstream:
        return upstream[column]
    star = f"{_table(column)}.*"
    if star in upstream:  # the intermediate was built by SELECT *: its columns come from the sources' columns
        return {
            (f"{_table(source)}.{column.rsplit('.', 1)[1]}" if source.endswith(".*") else source, kind, functions)
            for source, kind, functions in upstream[star]
        }
    return {(column, "copy", frozenset())}


def _table(column: str) -> str:
    return column.rsplit(".", 1)[0]


def _renamed(statements: list[StatementLineage]) -> list[StatementLineage]:
    """``ALTER TABLE a RENAME TO b`` renames ``a`` in the statements before it, as the script's result shows."""
    renames = [pair for item in statements for pair in item.renamed]
    if not renames:
        return statements
    import dataclasses

    def rename(name: str) -> str:
        for old, new in renames:
            if name == old:
                name = new
            elif name.startswith(old + "."):
                name = new + name[len(old) :]
        return name

    return [
        dataclasses.replace(
            item,
            sources=frozenset(map(rename, item.sources)),
            targets=frozenset(map(rename, item.targets)),
            edges=frozenset(Edge(rename(e.source), rename(e.target), e.kind) for e in item.edges),
        )
        for item in statements
    ]
