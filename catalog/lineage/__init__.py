"""Column-level lineage from SQL (views, SQL files, query logs, dbt) — see DESIGN.md's lineage contract.

``trace_sql`` is pure (no I/O); ``add_path`` and ``trace_views`` store traced edges in the catalog;
``graph``, ``paths_from`` and ``tree`` read them back as a networkx graph.
"""

from __future__ import annotations

from catalog.lineage.graph import LineagePath, LineageTree, graph, paths_from, tree
from catalog.lineage.resolve import resolve_edges, unresolved
from catalog.lineage.store import AddResult, Problem, add_path, trace_views
from catalog.lineage.trace import Edge, StatementError, StatementLineage, TraceResult, trace_sql

__all__ = [
    "AddResult",
    "Edge",
    "LineagePath",
    "LineageTree",
    "Problem",
    "StatementError",
    "StatementLineage",
    "TraceResult",
    "add_path",
    "graph",
    "paths_from",
    "resolve_edges",
    "trace_sql",
    "trace_views",
    "tree",
    "unresolved",
]
