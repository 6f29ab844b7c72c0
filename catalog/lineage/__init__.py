"""Column-level lineage from SQL (views, SQL files, query logs, dbt) — see DESIGN.md's lineage contract.

``trace_sql`` is pure; the rest reads inputs, stores edges in the catalog and builds the graph.
"""

from __future__ import annotations

from catalog.lineage.trace import Edge, StatementError, StatementLineage, TraceResult, trace_sql

__all__ = ["Edge", "StatementError", "StatementLineage", "TraceResult", "trace_sql"]
