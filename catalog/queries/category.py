"""The category page: where one Annex 1 category lives (systems, tables, columns) and where it flows."""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from catalog.queries import column_path, format_evidence, tagged_columns
from catalog.queries.overview import ON_MAP, heatmap
from catalog.store import Catalog, schema
from catalog.taxonomy import category

if TYPE_CHECKING:
    import pandas as pd


def category_systems(catalog: Catalog, category_id: int) -> pd.DataFrame:
    """Systems holding the category: tagged columns (confirmed / suggested), or declared for SaaS and files."""
    frame = heatmap(catalog)
    frame = frame[frame["category"] == category_id].drop(columns=["category"])
    frame = frame.assign(suggested=frame["columns"] - frame["confirmed"])
    return (
        frame[["system", "columns", "confirmed", "suggested", "declared"]].sort_values("system").reset_index(drop=True)
    )


def category_columns(
    catalog: Catalog, category_id: int, system: str | None = None, limit: int = 2000, lang: str = "en"
) -> pd.DataFrame:
    """The columns carrying the category (not rejected), with tag status, source, confidence and evidence."""
    import pandas as pd

    query = (
        tagged_columns()
        .with_only_columns(
            schema.system.c.name,
            schema.tbl.c.schema_name,
            schema.tbl.c.name,
            schema.col.c.name,
            schema.col.c.id,
            schema.tag.c.status,
            schema.tag.c.source,
            schema.tag.c.confidence,
            schema.tag.c.evidence,
        )
        .where(schema.tag.c.category == category_id, schema.tag.c.status.in_(ON_MAP))
        .order_by(schema.system.c.name, schema.tbl.c.name, schema.col.c.position)
        .limit(limit)
    )
    if system:
        query = query.where(schema.system.c.name == system)
    with catalog.connect() as conn:
        rows = [
            {
                "system": s,
                "table": column_path(s, sch, t),
                "column": c,
                "column_id": cid,
                "status": status,
                "source": source,
                "confidence": round(float(conf or 0), 2),
                "evidence": format_evidence(evidence, lang),
            }
            for s, sch, t, c, cid, status, source, conf, evidence in conn.execute(query)
        ]
    return pd.DataFrame(
        rows, columns=["system", "table", "column", "column_id", "status", "source", "confidence", "evidence"]
    )


@dataclass(frozen=True)
class Flow:
    """A Sankey diagram's data: node labels, their layer, and weighted links between node indexes."""

    labels: list[str]
    layers: list[str]  # category | system | party | country
    sources: list[int]
    targets: list[int]
    values: list[float]


def category_flow(catalog: Catalog, category_id: int, lang: str = "en") -> Flow:
    """Category → systems holding it → parties receiving it (register) → their countries."""
    from catalog.queries import register

    labels: list[str] = []
    layers: list[str] = []
    index: dict[tuple[str, str], int] = {}

    def node(layer: str, label: str) -> int:
        key = (layer, label)
        if key not in index:
            index[key] = len(labels)
            labels.append(label)
            layers.append(layer)
        return index[key]

    links: dict[tuple[int, int], float] = {}
    root = node("category", f"{category_id}. {category(category_id).name(lang)}")
    held = category_systems(catalog, category_id)
    for row in held.itertuples(index=False):
        links[(root, node("system", row.system))] = 1.0
    for system, party, country in register.category_flow_links(catalog, category_id) or []:
        system_node = node("system", system)
        links.setdefault((root, system_node), 1.0)
        party_node = node("party", party)
        links[(system_node, party_node)] = 1.0
        links[(party_node, node("country", country))] = 1.0
    # Widths show how many ways the data leaves each node (so the bands stay readable); a system's count of
    # columns is in its label, not in the width.
    for layer in ("system", "category"):  # parties first (their one link per country is 1), then systems
        for source, target in [pair for pair in links if layers[pair[0]] == layer]:
            links[(source, target)] = max(1.0, sum(v for (s, _t), v in links.items() if s == target))
    columns = {row.system: int(row.columns) for row in held.itertuples(index=False)}
    labels = [
        f"{label} ({columns[label]})" if layer == "system" and columns.get(label) else label
        for label, layer in zip(labels, layers)
    ]
    pairs = sorted(links)
    return Flow(labels, layers, [a for a, _ in pairs], [b for _, b in pairs], [links[p] for p in pairs])


__all__ = ["Flow", "category_columns", "category_flow", "category_systems"]
