"""Category: where one of the 32 categories is held, who receives it, where it goes, which activities declare it."""

from __future__ import annotations

import plotly.graph_objects as go
import streamlit as st

from app_pages import _ui
from catalog.queries import category as queries
from catalog.queries import register
from catalog.taxonomy import categories, category

st.title(_ui.t("page_category"))
_ui.require_content()
lang = _ui.lang()
other = "en" if lang == "lv" else "lv"
names = {c.id: f"{c.id}. {c.name(lang)} · {c.name(other)}" for c in categories()}  # type to search either language
ids = list(names)
_ui.synced("cat_pick", "category", ids, 1, int)
picked = st.selectbox(_ui.t("category"), ids, format_func=names.__getitem__, key="cat_pick")
_ui.publish("cat_pick", "category", picked)
cat = category(picked)
st.caption(f"{_ui.t('examples')}: {cat.examples(lang)} · {_ui.t('sensitivity')}: {cat.sensitivity.value}")

held = _ui.q(queries.category_systems, picked)
systems = [None, *held["system"].tolist()]
_ui.synced("cat_system", "system", systems, None)
system = st.selectbox(
    _ui.t("system"), systems, key="cat_system", format_func=lambda s: _ui.t("all_systems") if s is None else s
)
_ui.publish("cat_system", "system", system)

st.subheader(_ui.t("holding_systems"))
if held.empty:
    st.info(_ui.t("holding_none"))
else:
    left, right = st.columns([2, 5])
    with left:
        _ui.table(held if system is None else held[held["system"] == system], height=320)
    with right:
        _ui.table(_ui.q(queries.category_columns, picked, system, lang=lang), hide=("column_id",), height=320)

creg = _ui.q(register.category_register, picked, lang)
if creg is None:
    st.info(_ui.t("register_missing"), icon=":material/menu_book:")
else:
    st.subheader(_ui.t("recipients"))
    _ui.table(creg.recipients)
    st.subheader(_ui.t("third_countries"))
    if creg.third_countries.empty:
        st.caption(_ui.t("no_third_countries"))
    else:
        _ui.table(creg.third_countries, static=True)
    st.subheader(_ui.t("activities"))
    _ui.table(creg.activities)

flow = _ui.q(queries.category_flow, picked, lang)
if len(flow.labels) > 1:
    st.subheader(_ui.t("flow"))
    colours = {"category": "#1f4e79", "system": "#2e86c1", "party": "#f39c12", "country": "#c0392b"}
    figure = go.Figure(
        go.Sankey(
            node={"label": flow.labels, "color": [colours[layer] for layer in flow.layers], "pad": 12},
            link={"source": flow.sources, "target": flow.targets, "value": flow.values},
        )
    )
    figure.update_layout(height=max(300, 28 * len(flow.labels)), margin={"l": 10, "r": 10, "t": 10, "b": 10})
    st.plotly_chart(figure, key="flow")
