"""Findings: reconciliation (register ⇄ map, retention checked by Great Expectations), the tagging gate, and the
latest data-validation run."""

from __future__ import annotations

import streamlit as st

from app_pages import _ui
from catalog.queries import findings

st.title(_ui.t("page_findings"))
_ui.require_content()
lang = _ui.lang()
view = _ui.q(findings.open_findings)
if "register" in view.missing:
    st.info(_ui.t("register_missing"), icon=":material/menu_book:")


def _recheck() -> None:
    if findings.recheck(_ui.catalog()):
        _ui.refresh()


if view.reconciled:
    left, right = st.columns([4, 1], vertical_alignment="center")
    when = view.checked_at.strftime("%Y-%m-%d %H:%M UTC") if view.checked_at else _ui.t("just_now")
    left.caption(_ui.t("checked_at", when=when))
    right.button(_ui.t("recheck"), key="fnd_recheck", on_click=_recheck, icon=":material/refresh:")

frame = findings.findings_frame(view, lang)
if frame.empty:
    st.success(_ui.t("no_findings") if view.reconciled else _ui.t("review_empty"), icon=":material/task_alt:")
else:
    a, b, c = st.columns([2, 3, 3])
    severities = a.multiselect(_ui.t("severity"), sorted(frame["severity"].unique()), key="fnd_severity")
    kinds = b.multiselect(_ui.t("finding_kind"), sorted(frame["kind"].unique()), key="fnd_kind")
    text = c.text_input(_ui.t("filter_text"), key="fnd_text")
    shown = frame
    if severities:
        shown = shown[shown["severity"].isin(severities)]
    if kinds:
        shown = shown[shown["kind"].isin(kinds)]
    if text:
        needle = text.lower()
        shown = shown[shown.apply(lambda r: needle in " ".join(map(str, r.values)).lower(), axis=1)]
    links = [_ui.url("system", system=s, lang=lang) if s else _ui.url("register", lang=lang) for s in shown["system"]]
    _ui.table(
        shown.assign(link=links)[["severity", "kind", "object", "link", "message", "fix", "system"]],
        hide=("system",),
        link=st.column_config.LinkColumn(_ui.t("col_link"), display_text=_ui.t("link")),
    )

st.subheader(_ui.t("validation"))
run = _ui.q(findings.validation_run)
if run is None:
    st.caption(_ui.t("validation_missing"))
else:
    failed = int((~run.results["success"].astype(bool)).sum())
    when = run.run_at.strftime("%Y-%m-%d %H:%M UTC")
    st.caption(_ui.t("validation_summary", when=when, failed=failed, total=len(run.results)))
    _ui.table(run.results)
