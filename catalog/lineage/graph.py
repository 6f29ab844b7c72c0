"""The catalog's lineage edges as a networkx graph: upstream/downstream trees and paths for propagation.

Nodes are columns named ``system.table.column`` (``?`` for an unknown system; ``table`` may carry its schema);
``system.table.*`` stands for "every column" of a table read by an unexpanded ``SELECT *``. Edges carry the
strongest evidence among the statements that produced them (``copy`` before ``transform`` before
``aggregate``), every location, and the SQL functions applied on the way (``functions``, e.g. ``{"md5"}`` —
propagation stops at hashing and aggregating functions listed in ``data/propagation.yaml``). ``filter`` edges
only decide which rows flow, so they are left out unless asked for.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Any

import networkx as nx
import sqlalchemy as sa

from catalog.errors import NotFoundError
from catalog.store import Catalog, schema

_RANK = {"copy": 0, "transform": 1, "aggregate": 2, "filter": 3}


def node_name(system: str | None, table: str, column: str) -> str:
    return f"{system or '?'}.{table}.{column}"


def graph(catalog: Catalog, *, filters: bool = False) -> nx.DiGraph:
    """Every stored edge as a directed graph source → target (built on demand, never stored).

    >>> from catalog.store import open_catalog
    >>> graph(open_catalog("sqlite://")).number_of_nodes()
    0
    """
    e = schema.lineage_edge
    query = sa.select(e)
    if not filters:
        query = query.where(e.c.kind != "filter")
    with catalog.connect() as conn:
        rows = conn.execute(query).mappings().all()
    return _build(rows)


def _build(rows: Iterable[Any]) -> nx.DiGraph:
    g = nx.DiGraph()
    for row in rows:
        ends = []
        for side in ("source", "target"):
            system, table, column = row[f"{side}_system"], row[f"{side}_table"], row[f"{side}_column"]
            name = node_name(system, table, column)
            if name not in g:
                g.add_node(name, system=system, table=table, column=column, column_id=row[f"{side}_column_id"])
            elif g.nodes[name]["column_id"] is None and row[f"{side}_column_id"] is not None:
                g.nodes[name]["column_id"] = row[f"{side}_column_id"]
            ends.append(name)
        source, target = ends
        functions = set(row.get("functions") or ())
        if g.has_edge(source, target):
            data = g.edges[source, target]
            data["functions"] |= functions
            data["kinds"].add(row["kind"])
            data["origins"].add(row["origin"])
            data["locations"].append(row["location"])
            if _RANK[row["kind"]] < _RANK[data["kind"]]:
                data["kind"] = row["kind"]
        else:
            g.add_edge(
                source,
                target,
                kind=row["kind"],
                kinds={row["kind"]},
                origins={row["origin"]},
                locations=[row["location"]],
                functions=functions,
            )
    return g


@dataclass(frozen=True)
class LineagePath:
    """One route data takes between two columns — the proof propagation keeps with a derived tag."""

    nodes: tuple[str, ...]
    column_ids: tuple[int | None, ...]
    kinds: tuple[str, ...]  # one per hop
    locations: tuple[str, ...]  # one per hop: where the SQL doing that hop is

    @property
    def end(self) -> str:
        return self.nodes[-1]

    @property
    def end_column_id(self) -> int | None:
        return self.column_ids[-1]

    def as_evidence(self) -> dict[str, Any]:
        return {"path": list(self.nodes), "kinds": list(self.kinds), "locations": list(self.locations)}


def paths_from(
    catalog: Catalog,
    column_id: int,
    *,
    upstream: bool = False,
    depth: int | None = None,
    lineage: nx.DiGraph | None = None,
) -> list[LineagePath]:
    """One shortest path from column *column_id* to every column its data reaches (or comes from).

    Columns read through ``SELECT *`` are followed via their table's ``*`` node. Pass *lineage* (from
    :func:`graph`) to reuse one graph across many calls. Raises :class:`NotFoundError` for an unknown column.
    """
    g = lineage if lineage is not None else graph(catalog)
    starts = [n for n, data in g.nodes(data=True) if data.get("column_id") == column_id]
    if not starts:
        starts = _star_nodes(catalog, g, column_id)
    if upstream:
        g = g.reverse(copy=False)
    found: dict[str, list[str]] = {}
    for start in starts:
        for end, route in nx.single_source_shortest_path(g, start, cutoff=depth).items():
            if end != start and (end not in found or len(route) < len(found[end])):
                found[end] = route
    paths = []
    for end in sorted(found):
        route = found[end]
        hops = [g.edges[a, b] for a, b in zip(route, route[1:], strict=False)]
        paths.append(
            LineagePath(
                nodes=tuple(route),
                column_ids=tuple(g.nodes[n].get("column_id") for n in route),
                kinds=tuple(h["kind"] for h in hops),
                locations=tuple(h["locations"][0] for h in hops),
            )
        )
    return paths


def _star_nodes(catalog: Catalog, g: nx.DiGraph, column_id: int) -> list[str]:
    with catalog.connect() as conn:
        row = conn.execute(
            sa.select(schema.system.c.name, schema.tbl.c.schema_name, schema.tbl.c.name.label("table"))
            .join(schema.tbl, schema.tbl.c.system_id == schema.system.c.id)
            .join(schema.col, schema.col.c.table_id == schema.tbl.c.id)
            .where(schema.col.c.id == column_id)
        ).first()
    if row is None:
        raise NotFoundError(f"no column with id {column_id} in the catalog")
    table = f"{row.schema_name}.{row.table}" if row.schema_name else row.table
    star = node_name(row.name, table, "*")
    return [star] if star in g else []


# --- trees for `ropa lineage show` -------------------------------------------------------------------------


@dataclass
class LineageTree:
    """A node and where its data goes (or comes from), as far as asked."""

    name: str
    kind: str | None = None  # kind of the hop from the parent
    location: str | None = None
    children: list[LineageTree] = field(default_factory=list)


def tree(catalog: Catalog, target: str, *, upstream: bool = True, depth: int | None = None) -> list[LineageTree]:
    """Trees of *target* — ``system.table.column`` (a column) or ``system.table`` (a table, table-level);
    the table's schema may be left out. One tree per matching node; raises :class:`NotFoundError` if none."""
    g = graph(catalog)
    wanted = target.strip().lower()
    columns = [n for n, d in g.nodes(data=True) if wanted in _spellings(d, with_column=True)]
    if not columns:
        g = _table_graph(g)
        columns = [n for n, d in g.nodes(data=True) if wanted in _spellings(d, with_column=False)]
    if not columns:
        raise NotFoundError(
            f"no lineage for {target!r}", hint="name it as system.table or system.table.column (see 'ropa status')"
        )
    if upstream:
        g = g.reverse(copy=False)
    return [_grow(g, node, None, depth, (node,)) for node in sorted(columns)]


def _spellings(data: dict[str, Any], *, with_column: bool) -> set[str]:
    system, table = (data["system"] or "?").lower(), data["table"].lower()
    names = {f"{system}.{table}", f"{system}.{table.rsplit('.', 1)[-1]}"}
    if data["system"] is None:  # a name no system claims: as written
        names.add(table)
    if with_column:
        names = {f"{n}.{data['column'].lower()}" for n in names}
    return names


def _table_graph(g: nx.DiGraph) -> nx.DiGraph:
    tables = nx.DiGraph()
    for source, target, data in g.edges(data=True):
        a, b = g.nodes[source], g.nodes[target]
        names = [f"{n['system'] or '?'}.{n['table']}" for n in (a, b)]
        for name, n in zip(names, (a, b), strict=False):
            tables.add_node(name, system=n["system"], table=n["table"], column="")
        if names[0] == names[1]:
            continue
        if tables.has_edge(*names):
            hop = tables.edges[names[0], names[1]]
            hop["locations"].extend(data["locations"])
            if _RANK[data["kind"]] < _RANK[hop["kind"]]:
                hop["kind"] = data["kind"]
        else:
            tables.add_edge(names[0], names[1], kind=data["kind"], locations=list(data["locations"]))
    return tables


def _grow(g: nx.DiGraph, node: str, parent: str | None, depth: int | None, seen: tuple[str, ...]) -> LineageTree:
    hop = g.edges[parent, node] if parent is not None else {}
    here = LineageTree(node, hop.get("kind"), (hop.get("locations") or [None])[0])
    if depth is not None and len(seen) > depth:
        return here
    for child in sorted(g.successors(node)):
        if child not in seen:  # cycles (UPDATE t … FROM t) end where they began
            here.children.append(_grow(g, child, node, depth, (*seen, child)))
    return here
