"""Lineage: a column's or a whole table's upstream/downstream graph, and how each column got its category."""

from __future__ import annotations

import streamlit as st

from app_pages import _ui
from catalog.queries import lineage, systems

st.title(_ui.t("page_lineage"))
_ui.require_content()

# A link may name a column (?column=<id>): open its system and table.
column_param = _ui.param("column")
ref = _ui.q(lineage.column_ref, int(column_param)) if column_param and column_param.isdigit() else None
if ref is not None and st.session_state.get("_applied_lin_column_ref") != ref.column_id:
    st.session_state["_applied_lin_column_ref"] = ref.column_id
    st.session_state["lin_system"] = ref.system
    st.session_state["lin_table"] = ref.table_id
    st.session_state["lin_column"] = ref.column_id

names = _ui.q(systems.system_names)
busiest = _ui.q(lineage.busiest_system)
_ui.synced("lin_system", "system", names, busiest if busiest in names else names[0])
left, middle, right = st.columns(3)
system = left.selectbox(_ui.t("system"), names, key="lin_system")
tables = dict(_ui.q(lineage.tables_of, system))
if not tables:
    st.info(_ui.t("no_lineage"))
    st.stop()
if st.session_state.get("lin_table") not in tables:
    st.session_state["lin_table"] = next(iter(tables))
table_id = middle.selectbox(_ui.t("table"), list(tables), format_func=tables.__getitem__, key="lin_table")
columns = dict(_ui.q(lineage.columns_of, table_id))
choices: list[int | None] = [None, *columns]
if st.session_state.get("lin_column") not in choices:
    st.session_state["lin_column"] = None
column_id = right.selectbox(
    _ui.t("column"),
    choices,
    format_func=lambda c: _ui.t("whole_table") if c is None else columns[c],
    key="lin_column",
)
if column_id is not None:
    _ui.publish("lin_column_q", "column", column_id)
else:
    st.query_params.pop("column", None)

a, b = st.columns([2, 1])
direction = (
    a.segmented_control(
        _ui.t("direction"), ["both", "upstream", "downstream"], default="both", format_func=_ui.t, key="lin_dir"
    )
    or "both"
)
depth = b.slider(_ui.t("depth"), 1, 6, 3, key="lin_depth")

focus = (column_id,) if column_id is not None else tuple(columns)
graph = _ui.q(lineage.lineage_around, focus, direction, depth)
if not graph.edges:
    st.info(_ui.t("no_lineage"))
else:
    st.graphviz_chart(lineage.to_dot(graph), width="stretch")
    with st.expander(f"{_ui.t('edges')} ({len(graph.edges)})"):
        labels = {n.key: n.label for n in graph.nodes}
        import pandas as pd

        _ui.table(
            pd.DataFrame(
                [
                    {
                        "source": labels[e.source],
                        "column": labels[e.target],
                        "kind": e.kind,
                        "path": e.location or e.origin,
                    }
                    for e in graph.edges
                ]
            )
        )

st.subheader(_ui.t("propagation"))
_ui.table(_ui.q(lineage.propagation_paths, tuple(graph.column_ids) or focus, lang=_ui.lang()))
