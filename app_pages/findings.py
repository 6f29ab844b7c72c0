"""Findings page (being built)."""

from __future__ import annotations

import streamlit as st

from app_pages import _ui

st.title(_ui.t("page_findings"))
_ui.require_content()
