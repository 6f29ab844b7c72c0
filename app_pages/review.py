"""Review: the engineer's queue of suggested tags — confirm, reject or change the category, in bulk, with evidence."""

from __future__ import annotations

from typing import Any

import streamlit as st

from app_pages import _ui
from catalog.errors import RopaError
from catalog.queries import findings, review, systems

st.title(_ui.t("page_review"))
_ui.require_content()
st.caption(_ui.t("review_intro"))

_ui.flash("review_message", "review_error")

options = _ui.category_options()
a, b, c = st.columns([2, 3, 2])
system = a.selectbox(
    _ui.t("system"), [None, *_ui.q(systems.system_names)], key="rev_system",
    format_func=lambda s: _ui.t("all_systems") if s is None else s,
)  # fmt: skip
category = b.selectbox(
    _ui.t("category"), [None, *options], key="rev_category", format_func=lambda i: "—" if i is None else options[i]
)
minimum = c.slider(_ui.t("min_confidence"), 0.0, 1.0, 0.0, 0.05, key="rev_min")

queue = _ui.q(review.review_queue, system, category, minimum, lang=_ui.lang())
if queue.empty:
    st.info(_ui.t("review_empty"), icon=":material/task_alt:")
else:
    total = _ui.q(review.queue_size)
    if total > len(queue):
        st.caption(_ui.t("queue_partial", shown=len(queue), total=total))
    choices = {
        "": _ui.t("keep"), "confirm": _ui.t("confirm"), "reject": _ui.t("reject"), "not_personal": _ui.t("not_personal"),
    }  # fmt: skip
    bulk = (
        st.segmented_control(_ui.t("bulk"), list(choices), default="", format_func=choices.__getitem__, key="rev_bulk")
        or ""
    )
    frame = queue.assign(
        category=[options[i] for i in queue["category"]],
        decision=[choices[bulk]] * len(queue),
        change_to=[None] * len(queue),
        note=[""] * len(queue),
    )[["tag_id", "decision", "change_to", "note", "column", "category", "confidence", "source", "evidence"]]
    generation = st.session_state.setdefault("rev_generation", 0)
    key = f"review_editor_{generation}_{bulk or 'keep'}"
    st.session_state["rev_frame"] = frame
    st.session_state["rev_key"] = key

    def _apply() -> None:
        edits: dict[Any, dict[str, Any]] = (st.session_state.get(st.session_state["rev_key"]) or {}).get(
            "edited_rows", {}
        )
        base = st.session_state["rev_frame"]
        by_label = {label: cid for cid, label in _ui.category_options().items()}
        actions = {
            _ui.t("confirm"): review.Action.CONFIRM,
            _ui.t("reject"): review.Action.REJECT,
            _ui.t("not_personal"): review.Action.NOT_PERSONAL,
        }
        decisions = []
        for position in range(len(base)):
            row = {**base.iloc[position].to_dict(), **edits.get(position, edits.get(str(position), {}))}
            note = (row.get("note") or "").strip() or None
            if row.get("change_to") in by_label:
                decisions.append(
                    review.Decision(int(row["tag_id"]), review.Action.CHANGE, by_label[row["change_to"]], note)
                )
            elif row.get("decision") in actions:
                decisions.append(review.Decision(int(row["tag_id"]), actions[row["decision"]], note=note))
        if not decisions:
            st.session_state["review_error"] = _ui.t("nothing_to_apply")
            return
        try:
            outcome = review.apply_review(_ui.catalog(), decisions)
        except RopaError as exc:
            st.session_state["review_error"] = str(exc)
            return
        findings.recheck(_ui.catalog())  # the review queue findings change with the decisions
        _ui.refresh()
        st.session_state["rev_generation"] = st.session_state.get("rev_generation", 0) + 1
        st.session_state["review_message"] = _ui.t(
            "applied",
            confirmed=outcome.confirmed,
            rejected=outcome.rejected,
            changed=outcome.changed,
            not_personal=outcome.not_personal,
        )

    st.data_editor(
        frame,
        key=key,
        hide_index=True,
        disabled=["column", "category", "confidence", "source", "evidence"],
        column_config={
            "tag_id": None,
            "decision": st.column_config.SelectboxColumn(_ui.t("col_decision"), options=list(choices.values())),
            "change_to": st.column_config.SelectboxColumn(_ui.t("col_change_to"), options=list(options.values())),
            "note": st.column_config.TextColumn(_ui.t("col_note")),
            "column": _ui.t("col_column"),
            "category": _ui.t("col_category"),
            "confidence": st.column_config.ProgressColumn(_ui.t("col_confidence"), min_value=0.0, max_value=1.0),
            "source": _ui.t("col_source"),
            "evidence": _ui.t("col_evidence"),
        },
    )
    st.button(_ui.t("apply"), type="primary", on_click=_apply, key="rev_apply")

with st.expander(_ui.t("recent_decisions")):
    _ui.table(_ui.q(review.recent_decisions))
