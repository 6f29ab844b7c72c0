"""Overview: headline figures and the categories × systems heatmap (click a cell → that category there)."""

from __future__ import annotations

from typing import Any

import plotly.graph_objects as go
import streamlit as st

from app_pages import _ui
from catalog.queries import overview

st.title(_ui.t("page_overview"))
_ui.require_content()

figures = _ui.q(overview.headline)
unknown = _ui.t("not_known")
cells = st.columns(5)
cells[0].metric(_ui.t("systems"), figures.systems)
cells[1].metric(
    _ui.t("personal_columns"),
    f"{figures.personal_columns:,}".replace(",", " "),
    help=_ui.t("personal_columns_help", confirmed=figures.confirmed_columns),
)
cells[2].metric(_ui.t("categories_found"), f"{figures.categories_found} / 32")
cells[3].metric(
    _ui.t("third_country_recipients"),
    unknown if figures.third_country_recipients is None else figures.third_country_recipients,
    help=None if figures.third_country_recipients is not None else _ui.t("register_missing"),
)
cells[4].metric(_ui.t("open_findings"), unknown if figures.open_findings is None else figures.open_findings)

st.subheader(_ui.t("heatmap_title"))
grid = _ui.q(overview.heatmap_matrix, _ui.lang())
if not any(any(row) for row in grid.counts) and not any(any(row) for row in grid.declared):
    st.info(_ui.t("heatmap_empty"))
    st.stop()

declared = _ui.t("declared")
# In the cell: the number of columns, or ◆ where a system (SaaS, files) declares the category without columns.
text = [
    ["◆" if d and not n else (str(n) if n else "") for n, d in zip(c, f)] for c, f in zip(grid.counts, grid.declared)
]
hover = [[declared if d and not n else str(n) for n, d in zip(c, f)] for c, f in zip(grid.counts, grid.declared)]
figure = go.Figure(
    go.Heatmap(
        z=[[n if n or not d else 0.5 for n, d in zip(c, f)] for c, f in zip(grid.counts, grid.declared)],
        x=grid.systems,
        y=grid.category_labels,
        text=text,
        texttemplate="%{text}",
        textfont={"size": 11},
        colorscale="Blues",
        showscale=False,
        xgap=1,
        ygap=1,
        hoverinfo="skip",
    )
)
# Heatmap cells do not raise selection events; an invisible square marker on every cell does, so a click on a
# cell selects (category, system) and opens the category page.
figure.add_trace(
    go.Scatter(
        x=[system for _ in grid.category_labels for system in grid.systems],
        y=[label for label in grid.category_labels for _ in grid.systems],
        text=[value for row in hover for value in row],
        mode="markers",
        marker={"symbol": "square", "size": 22, "color": "rgba(0,0,0,0)"},
        hovertemplate="%{y} · %{x}: %{text}<extra></extra>",
        showlegend=False,
    )
)
figure.update_layout(
    height=28 * len(grid.category_labels) + 120,
    margin={"l": 10, "r": 10, "t": 10, "b": 10},
    # fixed ranges: the markers must not pad the axes beyond the heatmap's cells
    yaxis={"range": [len(grid.category_labels) - 0.5, -0.5], "fixedrange": True},
    xaxis={"side": "top", "range": [-0.5, len(grid.systems) - 0.5], "fixedrange": True},
    clickmode="event+select",
    dragmode=False,
)
st.caption(_ui.t("heatmap_hint"))
event = st.plotly_chart(
    figure, on_select="rerun", selection_mode="points", key="heatmap", config={"displayModeBar": False}
)
points: list[dict[str, Any]] = list(event["selection"]["points"]) if event and "selection" in event else []
if points:
    point = points[0]
    label, system = point.get("y"), point.get("x")
    if label in grid.category_labels and system in grid.systems:
        _ui.go(
            "category", category=grid.category_ids[grid.category_labels.index(label)], system=system, lang=_ui.lang()
        )

# The same jump without a pointer: pick the cell from two lists.
with st.expander(_ui.t("open_cell")):
    left, middle, right = st.columns([3, 2, 1], vertical_alignment="bottom")
    options = _ui.category_options()
    picked = left.selectbox(_ui.t("category"), list(options), format_func=options.__getitem__, key="ov_category")
    system = middle.selectbox(_ui.t("system"), grid.systems, key="ov_system")
    if right.button(_ui.t("open"), key="ov_open"):
        _ui.go("category", category=picked, system=system, lang=_ui.lang())
