"""Register: browse and edit activities, parties, transfers and retention; download every export (LV/EN)."""

from __future__ import annotations

import streamlit as st

from app_pages import _ui
from catalog.errors import RopaError
from catalog.queries import downloads, findings, register, register_edit

st.title(_ui.t("page_register"))
lang = _ui.lang()

_ui.flash("reg_saved", "reg_error")


def _save(text: str | None = None) -> None:
    if text is None:  # the editor's text as submitted with the click (not as it was when the page was drawn)
        text = st.session_state.get(f"reg_yaml_{st.session_state.get('reg_generation', 0)}", "")
    try:
        register_edit.save_yaml(_ui.catalog(), text)
        findings.recheck(_ui.catalog())  # what the register claims changed: so do the findings
    except RopaError as exc:
        st.session_state["reg_error"] = str(exc)
        return
    _ui.refresh()
    st.session_state["reg_saved"] = _ui.t("saved")
    st.session_state["reg_generation"] = st.session_state.get("reg_generation", 0) + 1


view = _ui.q(register.register_view, lang)
if view is None:
    st.info(_ui.t("register_missing"), icon=":material/menu_book:")
    upload = st.file_uploader("register.yaml", type=["yaml", "yml"], key="reg_upload")
    if upload is not None and st.button(_ui.t("save"), key="reg_upload_save"):
        _save(upload.getvalue().decode("utf-8"))
        st.rerun()
    st.stop()

st.subheader(_ui.t("controller"))
st.markdown(" · ".join(f"**{value}**" if key == "name" else value for key, value in view.controller.items()))

sections = {
    "activities": (_ui.t("col_activities"), view.activities),
    "parties": (_ui.t("parties"), view.parties),
    "transfers": (_ui.t("transfers"), view.transfers),
    "retention": (_ui.t("retention"), view.retention),
}
generation = st.session_state.get("reg_generation", 0)
for tab, (section, (_title, frame)) in zip(st.tabs([title for title, _ in sections.values()]), sections.items()):
    with tab:
        _ui.table(frame)
        with st.expander(_ui.t("edit_section"), icon=":material/edit_note:"):
            st.caption(_ui.t("edit_section_help"))
            editable = _ui.q(register_edit.section_frame, section)
            edited = st.data_editor(
                editable, key=f"reg_edit_{section}_{generation}", num_rows="dynamic", hide_index=True,
                disabled=False,
            )  # fmt: skip
            if st.button(_ui.t("save"), key=f"reg_save_{section}", type="primary"):
                try:
                    register_edit.save_section(_ui.catalog(), section, edited.to_dict("records"))
                except RopaError as exc:
                    st.error(str(exc))
                else:
                    findings.recheck(_ui.catalog())
                    _ui.refresh()
                    st.session_state["reg_saved"] = _ui.t("saved")
                    st.session_state["reg_generation"] = generation + 1
                    st.rerun()

with st.expander(_ui.t("edit_register"), icon=":material/edit:"):
    st.caption(_ui.t("edit_help"))
    generation = st.session_state.get("reg_generation", 0)
    st.text_area("register.yaml", view.yaml, height=420, key=f"reg_yaml_{generation}")
    st.button(_ui.t("save"), key="reg_save", on_click=_save, type="primary")

st.subheader(_ui.t("exports"))
choice = (
    st.segmented_control(_ui.t("language"), ["lv", "en"], default=lang, key="reg_export_lang", format_func=str.upper)
    or lang
)
if st.session_state.get("reg_exports_ready") or st.button(_ui.t("prepare_exports"), key="reg_prepare"):
    st.session_state["reg_exports_ready"] = True
    with st.spinner(_ui.t("prepare_exports")):
        files = _ui.q(downloads.export_files, choice)
    if files is None:
        st.info(_ui.t("feature_missing", what="ropa export"))
    else:
        cells = st.columns(max(len(files), 1))
        for cell, item in zip(cells, files):
            cell.download_button(
                _ui.t("download", name=item.name), item.data, file_name=item.name, mime=item.mime,
                key=f"reg_dl_{item.name}", icon=":material/download:",
            )  # fmt: skip
