"""System: one system's facts, tables and columns with categories, lineage neighbours and register entries."""

from __future__ import annotations

import streamlit as st

from app_pages import _ui
from catalog.queries import findings, register, systems

st.title(_ui.t("page_system"))
_ui.require_content()
lang = _ui.lang()
names = _ui.q(systems.system_names)
_ui.synced("sys_pick", "system", names, names[0])
name = st.selectbox(_ui.t("system"), names, key="sys_pick")
_ui.publish("sys_pick", "system", name)
summary = _ui.q(systems.system_summary, name)
if summary is None:
    st.stop()

cells = st.columns(4)
cells[0].metric(_ui.t("kind"), summary.kind)
cells[1].metric(_ui.t("tables"), summary.tables)
cells[2].metric(_ui.t("columns"), summary.columns)
cells[3].metric(_ui.t("personal_columns"), summary.personal_columns)
facts = [
    (_ui.t("owner"), summary.owner),
    (_ui.t("country"), summary.country),
    ("URL", summary.url),
    (
        _ui.t("last_scanned"),
        summary.last_scanned_at.strftime("%Y-%m-%d %H:%M UTC") if summary.last_scanned_at else None,
    ),
    (_ui.t("declared_categories"), ", ".join(map(str, summary.declared_categories)) or None),
]
st.caption(" · ".join(f"**{label}:** {value}" for label, value in facts if value))
if summary.description:
    st.markdown(summary.description)

st.subheader(_ui.t("tables_columns"))
only = st.toggle(_ui.t("only_personal"), value=summary.columns > 200, key="sys_only")
_ui.table(_ui.q(systems.system_columns, name, only_personal=only), hide=("column_id",))

st.subheader(_ui.t("neighbours"))
neighbours = _ui.q(systems.system_neighbours, name)
if neighbours.empty:
    st.caption(_ui.t("no_neighbours"))
else:
    frame = neighbours.assign(direction=[_ui.t(d) for d in neighbours["direction"]])
    _ui.table(frame)
    for other in neighbours["system"].unique():
        _ui.link("system", other, system=other)

st.subheader(_ui.t("register_entries"))
entries = _ui.q(register.system_activities, name, lang)
if entries is None:
    st.info(_ui.t("register_missing"), icon=":material/menu_book:")
elif entries.empty:
    st.caption(_ui.t("no_register_entries"))
else:
    _ui.table(entries)

st.subheader(_ui.t("page_findings"))
all_findings = findings.findings_frame(_ui.q(findings.open_findings), lang)
here = all_findings[all_findings["system"] == name]
if here.empty:
    st.caption(_ui.t("no_system_findings"))
else:
    _ui.table(here, hide=("system",))
