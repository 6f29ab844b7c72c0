"""The lineage page: a column's (or a whole table's) upstream and downstream graph, and how each column on
it got its category (the propagation path stored as tag evidence).

The graph is walked breadth-first in SQL, one query per step over the indexed column ids of
``lineage_edge``, so only the neighbourhood is read — never the whole edge table. Edges whose ends are not
resolved to scanned columns (tables not scanned yet) keep their names and appear as grey nodes.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import TYPE_CHECKING

import sqlalchemy as sa

from catalog.queries import column_path, format_evidence, live_columns, tagged_columns
from catalog.queries.overview import ON_MAP
from catalog.store import Catalog, schema

if TYPE_CHECKING:
    import pandas as pd


def tables_of(catalog: Catalog, system: str) -> list[tuple[int, str]]:
    """(table id, ``schema.table``) of a system's live tables, for pickers."""
    t, s = schema.tbl, schema.system
    query = (
        sa.select(t.c.id, t.c.schema_name, t.c.name)
        .select_from(t.join(s, t.c.system_id == s.c.id))
        .where(s.c.name == system, t.c.removed_at.is_(None))
        .order_by(t.c.schema_name, t.c.name)
    )
    with catalog.connect() as conn:
        return [(i, f"{sch}.{n}" if sch else n) for i, sch, n in conn.execute(query)]


def busiest_system(catalog: Catalog) -> str | None:
    """The system most lineage edges lead into — a useful first view of the lineage page."""
    e = schema.lineage_edge
    query = (
        sa.select(e.c.target_system)
        .where(e.c.target_system.is_not(None))
        .group_by(e.c.target_system)
        .order_by(sa.func.count().desc(), e.c.target_system)
        .limit(1)
    )
    with catalog.connect() as conn:
        return conn.execute(query).scalar()


def columns_of(catalog: Catalog, table_id: int) -> list[tuple[int, str]]:
    c = schema.col
    query = sa.select(c.c.id, c.c.name).where(c.c.table_id == table_id, c.c.removed_at.is_(None)).order_by(c.c.position)
    with catalog.connect() as conn:
        return [(i, n) for i, n in conn.execute(query)]


@dataclass(frozen=True)
class ColumnRef:
    column_id: int
    system: str
    table_id: int
    path: str


def column_ref(catalog: Catalog, column_id: int) -> ColumnRef | None:
    """Where a column lives (to open the lineage page on it from a link)."""
    query = live_columns().with_only_columns(
        schema.system.c.name, schema.tbl.c.id, schema.tbl.c.schema_name, schema.tbl.c.name, schema.col.c.name
    )
    with catalog.connect() as conn:
        row = conn.execute(query.where(schema.col.c.id == column_id)).first()
    if row is None:
        return None
    system, table_id, sch, table, column = row
    return ColumnRef(column_id, system, table_id, column_path(system, sch, table, column))


@dataclass(frozen=True)
class Node:
    key: str  # "c<id>" for a scanned column, "n:<name>" for an unresolved one
    label: str
    system: str | None
    categories: str = ""  # "1✓ 2?"
    focus: bool = False


@dataclass(frozen=True)
class Edge:
    source: str
    target: str
    kind: str
    origin: str
    location: str | None


@dataclass(frozen=True)
class LineageGraph:
    nodes: list[Node] = field(default_factory=list)
    edges: list[Edge] = field(default_factory=list)
    truncated: bool = False

    @property
    def column_ids(self) -> list[int]:
        return [int(n.key[1:]) for n in self.nodes if n.key.startswith("c")]


def _name_key(system: str | None, table: str, column: str) -> str:
    return "n:" + ".".join(p for p in (system, table, column) if p)


def lineage_around(
    catalog: Catalog, column_ids: tuple[int, ...], direction: str = "both", depth: int = 3, max_nodes: int = 200
) -> LineageGraph:
    """The lineage neighbourhood of *column_ids* up to *depth* steps (``direction``: both|upstream|downstream)."""
    e = schema.lineage_edge
    edges: dict[int, Edge] = {}
    seen: set[int] = set(column_ids)
    frontier = {"upstream": set(column_ids), "downstream": set(column_ids)}
    ways = ("upstream", "downstream") if direction == "both" else (direction,)
    truncated = False
    with catalog.connect() as conn:
        for _ in range(depth):
            for way in ways:
                ids = frontier[way]
                if not ids:
                    continue
                near = e.c.target_column_id if way == "upstream" else e.c.source_column_id
                far = e.c.source_column_id if way == "upstream" else e.c.target_column_id
                next_ids: set[int] = set()
                for row in conn.execute(sa.select(e).where(near.in_(sorted(ids)))).mappings():
                    source = (
                        f"c{row['source_column_id']}"
                        if row["source_column_id"]
                        else _name_key(row["source_system"], row["source_table"], row["source_column"])
                    )
                    target = (
                        f"c{row['target_column_id']}"
                        if row["target_column_id"]
                        else _name_key(row["target_system"], row["target_table"], row["target_column"])
                    )
                    edges[row["id"]] = Edge(source, target, row["kind"], row["origin"], row["location"])
                    other = row[far.name]
                    if other and other not in seen:
                        next_ids.add(other)
                seen |= next_ids
                frontier[way] = next_ids
            if len(seen) > max_nodes:
                truncated = True
                break
        labels: dict[int, tuple[str, str]] = {}
        cats: dict[int, list[str]] = {}
        if seen:
            found = sorted(seen)
            query = live_columns().with_only_columns(
                schema.col.c.id, schema.system.c.name, schema.tbl.c.schema_name, schema.tbl.c.name, schema.col.c.name
            )
            for cid, system, sch, table, column in conn.execute(query.where(schema.col.c.id.in_(found))):
                labels[cid] = (system, column_path(system, sch, table, column))
            tag_query = sa.select(schema.tag.c.column_id, schema.tag.c.category, schema.tag.c.status).where(
                schema.tag.c.column_id.in_(found), schema.tag.c.status.in_(ON_MAP)
            )
            for cid, category, status in conn.execute(tag_query.order_by(schema.tag.c.category)):
                cats.setdefault(cid, []).append(f"{category}{'✓' if status == 'confirmed' else '?'}")
    nodes: dict[str, Node] = {}
    for cid in sorted(seen):
        system, label = labels.get(cid, (None, f"column {cid}"))
        nodes[f"c{cid}"] = Node(f"c{cid}", label, system, " ".join(cats.get(cid, [])), cid in column_ids)
    for edge in edges.values():
        for key in (edge.source, edge.target):
            if key not in nodes:
                name = key[2:] if key.startswith("n:") else key
                nodes[key] = Node(key, name, name.split(".", 1)[0] if "." in name else None)
    return LineageGraph(list(nodes.values()), sorted(edges.values(), key=lambda x: (x.source, x.target)), truncated)


def propagation_paths(catalog: Catalog, column_ids: tuple[int, ...], lang: str = "en") -> pd.DataFrame:
    """Every category tag on *column_ids* with how it was obtained (rule, ratio, or the lineage path)."""
    import pandas as pd

    query = (
        tagged_columns()
        .with_only_columns(
            schema.system.c.name,
            schema.tbl.c.schema_name,
            schema.tbl.c.name,
            schema.col.c.name,
            schema.tag.c.category,
            schema.tag.c.status,
            schema.tag.c.source,
            schema.tag.c.evidence,
        )
        .where(schema.col.c.id.in_(list(column_ids) or [-1]), schema.tag.c.status.in_(ON_MAP))
        .order_by(schema.system.c.name, schema.tbl.c.name, schema.col.c.name, schema.tag.c.category)
    )
    with catalog.connect() as conn:
        rows = [
            {
                "column": column_path(system, sch, table, column),
                "category": int(category),
                "status": status,
                "source": source,
                "evidence": format_evidence(evidence, lang),
            }
            for system, sch, table, column, category, status, source, evidence in conn.execute(query)
        ]
    return pd.DataFrame(rows, columns=["column", "category", "status", "source", "evidence"])


def _quote(text: str) -> str:
    return '"' + text.replace("\\", "\\\\").replace('"', '\\"') + '"'


def to_dot(graph: LineageGraph) -> str:
    """The graph in Graphviz DOT, columns grouped by system, left to right, categories under the name.

    >>> to_dot(LineageGraph([Node("c1", "crm.t.a", "crm", "1✓", True)], []))[:25]
    'digraph lineage {\\n  rankd'
    """
    lines = [
        "digraph lineage {",
        '  rankdir=LR; node [shape=box, style="rounded,filled", fontname="Helvetica", fontsize=10];',
        '  edge [fontname="Helvetica", fontsize=8, color="#7f8c8d"];',
    ]
    by_system: dict[str | None, list[Node]] = {}
    for node in graph.nodes:
        by_system.setdefault(node.system, []).append(node)
    for number, (system, nodes) in enumerate(sorted(by_system.items(), key=lambda kv: kv[0] or "")):
        if system:
            lines.append(f'  subgraph cluster_{number} {{ label={_quote(system)}; color="#bdc3c7";')
        for node in nodes:
            label = _quote(node.label)
            if node.categories:  # a DOT line break between name and categories
                label = label[:-1] + "\\n" + _quote(node.categories)[1:]
            fill = "#f9e79f" if node.focus else ("#d6eaf8" if node.key.startswith("c") else "#eeeeee")
            lines.append(f'    {_quote(node.key)} [label={label}, fillcolor="{fill}"];')
        if system:
            lines.append("  }")
    for edge in graph.edges:
        lines.append(f"  {_quote(edge.source)} -> {_quote(edge.target)} [label={_quote(edge.kind)}];")
    lines.append("}")
    return "\n".join(lines)


__all__ = [
    "ColumnRef",
    "Edge",
    "LineageGraph",
    "Node",
    "busiest_system",
    "column_ref",
    "columns_of",
    "lineage_around",
    "propagation_paths",
    "tables_of",
    "to_dot",
]
