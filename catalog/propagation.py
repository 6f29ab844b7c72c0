"""Categories flow along lineage: a column fed from a personal column holds the same personal data.

:func:`propagate` follows the lineage graph (:func:`catalog.lineage.graph`) from every tagged column over edges
of kind ``copy``/``transform`` and writes ``suggested`` tags with source ``lineage`` on the columns reached,
the path (columns, edge kinds, SQL locations) as evidence. Edges and target columns named in the breaker list
(``data/propagation.yaml``: aggregates, hashing, anonymised names) stop the flow — aggregated or anonymised data
must not inherit PII tags.

Each run recomputes everything it derives: a propagated suggestion whose origin tag was rejected, withdrawn or
lost its lineage disappears. :func:`withdraw_from` does the same at once when a person withdraws a confirmed
tag (called by :mod:`catalog.tagging` inside that decision's transaction).
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Any

import networkx as nx
import sqlalchemy as sa
from sqlalchemy.engine import Connection

from catalog import audit
from catalog.errors import RuleError
from catalog.rules import phrase_in, stem, tokens
from catalog.store import Catalog, schema, utcnow

PROPAGATION_FILE = Path(__file__).resolve().parent.parent / "data" / "propagation.yaml"
ORIGIN_SOURCES = ("name", "value", "comment", "manual", "import")


@dataclass(frozen=True)
class Breakers:
    kinds: frozenset[str]
    functions: frozenset[str]
    targets: frozenset[str]
    start: float
    per_hop: float
    transform: float
    minimum: float
    from_suggested: bool


@lru_cache(maxsize=4)
def load_breakers(path: str | Path = PROPAGATION_FILE) -> Breakers:
    """Read ``data/propagation.yaml``; a broken file raises :class:`RuleError` naming it."""
    import yaml

    path = Path(path)
    try:
        doc = yaml.safe_load(path.read_text(encoding="utf-8")) or {}
    except OSError as exc:
        raise RuleError(f"cannot read propagation settings ({exc.strerror})", file=path) from None
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        raise RuleError("not valid YAML", file=path, line=mark.line + 1 if mark else None) from None
    if not isinstance(doc, dict):
        raise RuleError("expected a mapping with 'breakers'", file=path)
    br = doc.get("breakers") or {}
    conf = doc.get("confidence") or {}
    targets: set[str] = set()
    for word in br.get("targets") or ():
        toks = tokens(str(word))
        targets.update({"".join(toks), "".join(stem(t) for t in toks)})
    try:
        return Breakers(
            kinds=frozenset(str(k).lower() for k in br.get("kinds") or ()),
            functions=frozenset(str(f).lower() for f in br.get("functions") or ()),
            targets=frozenset(targets),
            start=float(conf.get("start", 0.9)),
            per_hop=float(conf.get("per_hop", 0.95)),
            transform=float(conf.get("transform", 0.9)),
            minimum=float(conf.get("minimum", 0.5)),
            from_suggested=bool(doc.get("from_suggested", True)),
        )
    except (TypeError, ValueError) as exc:
        raise RuleError(f"bad confidence setting ({exc})", file=path) from None


@dataclass(frozen=True)
class PropagateResult:
    origins: int  # tags that were followed
    suggested: int  # new propagated suggestions
    updated: int  # propagated suggestions whose path or confidence changed
    unchanged: int
    withdrawn: int  # propagated suggestions whose origin is gone
    stopped: int  # edges cut by the breaker list


def _flow_graph(catalog: Catalog, breakers: Breakers) -> tuple[nx.DiGraph, int]:
    """The lineage graph without the edges that break the flow (and how many were cut)."""
    from catalog.lineage import graph as lineage_graph

    g = lineage_graph(catalog)
    cut = []
    for a, b, data in g.edges(data=True):
        kind = str(data.get("kind", "")).lower()
        functions = {str(f).lower() for f in data.get("functions", ()) or ()}
        target = g.nodes[b].get("column") or ""
        if kind in breakers.kinds or functions & breakers.functions or phrase_in(tokens(target), breakers.targets):
            cut.append((a, b))
    flow = g.copy()
    flow.remove_edges_from(cut)
    return flow, len(cut)


def _column_paths(conn: Connection) -> dict[int, str]:
    c, t, s = schema.col, schema.tbl, schema.system
    rows = conn.execute(
        sa.select(c.c.id, s.c.name, t.c.schema_name, t.c.name, c.c.name, c.c.decision)
        .select_from(c.join(t, c.c.table_id == t.c.id).join(s, t.c.system_id == s.c.id))
        .where(c.c.removed_at.is_(None), t.c.removed_at.is_(None))
    ).all()
    return {cid: ".".join(p for p in (sys_, sch, tbl, col) if p) for cid, sys_, sch, tbl, col, _d in rows}


def propagate(catalog: Catalog, *, breakers: Breakers | None = None) -> PropagateResult:
    """Derive lineage suggestions from every tagged column and withdraw those whose origin is gone.

    >>> from catalog.store import open_catalog
    >>> propagate(open_catalog("sqlite://")).suggested
    0
    """
    br = breakers or load_breakers()
    flow, stopped = _flow_graph(catalog, br)
    by_column: dict[int, list[str]] = {}
    for node, data in flow.nodes(data=True):
        if data.get("column_id") is not None:
            by_column.setdefault(int(data["column_id"]), []).append(node)
    t = schema.tag
    now = utcnow()
    with catalog.begin() as conn:
        paths = _column_paths(conn)
        decided = set(conn.execute(sa.select(schema.col.c.id).where(schema.col.c.decision == "not_personal")).scalars())
        tags = conn.execute(sa.select(t)).mappings().all()
        existing = {(r.column_id, r.category): r for r in tags}
        statuses = ("confirmed", "suggested") if br.from_suggested else ("confirmed",)
        origins = [r for r in tags if r.status in statuses and (r.status == "confirmed" or r.source in ORIGIN_SOURCES)]
        desired: dict[tuple[int, int], tuple[float, dict[str, Any]]] = {}
        for origin in origins:
            if origin.column_id not in paths:
                continue
            base = (1.0 if origin.status == "confirmed" else float(origin.confidence)) * br.start
            for start in by_column.get(origin.column_id, ()):
                for end, route in nx.single_source_shortest_path(flow, start).items():
                    target_id = flow.nodes[end].get("column_id")
                    if end == start or target_id is None or target_id == origin.column_id:
                        continue
                    if target_id not in paths or target_id in decided:
                        continue
                    hops = [flow.edges[a, b] for a, b in zip(route, route[1:], strict=False)]
                    conf = base * br.per_hop ** (len(hops) - 1)
                    conf *= br.transform ** sum(1 for h in hops if h.get("kind") == "transform")
                    if conf < br.minimum:
                        continue
                    key = (int(target_id), int(origin.category))
                    evidence = {
                        "rule": "lineage",
                        "origin": {
                            "column_id": origin.column_id, "column": paths[origin.column_id],
                            "category": origin.category, "status": origin.status,
                        },
                        "path": [paths.get(flow.nodes[n].get("column_id"), n) for n in route],
                        "kinds": [h.get("kind") for h in hops],
                        "locations": [(h.get("locations") or [None])[0] for h in hops],
                    }  # fmt: skip
                    prior = desired.get(key)
                    if prior is None or (round(conf, 3), -len(route)) > (prior[0], -len(prior[1]["path"])):
                        desired[key] = (round(conf, 3), evidence)
        counts = {"suggested": 0, "updated": 0, "unchanged": 0, "withdrawn": 0}
        for key, (conf, evidence) in desired.items():
            row = existing.get(key)
            if row is None:
                conn.execute(
                    t.insert().values(
                        column_id=key[0], category=key[1], status="suggested", source="lineage", confidence=conf,
                        evidence=evidence, actor="ropa propagate", created_at=now, updated_at=now,
                    )
                )  # fmt: skip
                counts["suggested"] += 1
            elif row.source == "lineage" and row.status == "suggested":
                if abs(float(row.confidence) - conf) < 1e-9 and _same(row.evidence, evidence):
                    counts["unchanged"] += 1
                else:
                    conn.execute(
                        t.update().where(t.c.id == row.id).values(confidence=conf, evidence=evidence, updated_at=now)
                    )
                    counts["updated"] += 1
            else:
                counts["unchanged"] += 1  # a person's decision or the classifier's own suggestion stays
        stale = [
            r.id
            for r in tags
            if r.source == "lineage" and r.status == "suggested" and (r.column_id, r.category) not in desired
        ]
        if stale:
            conn.execute(t.delete().where(t.c.id.in_(stale)))
            counts["withdrawn"] = len(stale)
        audit.record(conn, "propagate.run", "catalog", after=counts | {"stopped": stopped}, actor="ropa propagate")
    return PropagateResult(len(origins), counts["suggested"], counts["updated"], counts["unchanged"],
                           counts["withdrawn"], stopped)  # fmt: skip


def _same(a: Any, b: Any) -> bool:
    return json.dumps(a, sort_keys=True, default=str) == json.dumps(b, sort_keys=True, default=str)


def withdraw_from(conn: Connection, column_id: int, category: int) -> int:
    """Delete the propagated suggestions derived from (*column_id*, *category*); returns how many."""
    t = schema.tag
    rows = conn.execute(
        sa.select(t.c.id, t.c.evidence).where(
            t.c.source == "lineage", t.c.status == "suggested", t.c.category == category
        )
    ).all()
    gone = [
        tid
        for tid, evidence in rows
        if isinstance(evidence, dict) and (evidence.get("origin") or {}).get("column_id") == column_id
    ]
    if gone:
        conn.execute(t.delete().where(t.c.id.in_(gone)))
    return len(gone)


__all__ = ["Breakers", "PropagateResult", "load_breakers", "propagate", "withdraw_from"]
