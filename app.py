"""ropa's Streamlit app: the DPO's data map, the engineer's review queue, the auditor's register.

Start it with ``ropa app`` (or ``streamlit run app.py``); it serves the catalog named by ``ROPA_CATALOG``.
This entry script draws what every page shares (language switch, search box) and hands over to the page
chosen in the navigation. Pages live in ``app_pages/`` and only call ``catalog.queries``.
"""

from __future__ import annotations

import sys
import time
from pathlib import Path

import streamlit as st

sys.path.insert(0, str(Path(__file__).resolve().parent))  # app_pages/ and the library, however started

from app_pages import _ui  # noqa: E402

started = time.perf_counter()
st.set_page_config(page_title="ropa", page_icon=":material/shield_person:", layout="wide")
_ui.refresh()
_ui.init_lang()

pages = {
    _ui.t("section_map"): [
        st.Page(
            _ui.PAGES[key], title=_ui.t(f"page_{key}"), icon=_ui.ICONS[key], url_path=key, default=key == "overview"
        )
        for key in ("overview", "category", "system", "lineage")
    ],
    _ui.t("section_work"): [
        st.Page(_ui.PAGES[key], title=_ui.t(f"page_{key}"), icon=_ui.ICONS[key], url_path=key)
        for key in ("review", "register", "findings")
    ],
}
page = st.navigation(pages)
_ui.sidebar()  # after the navigation: search results link to its pages
try:
    page.run()
finally:  # also when a page stops early (st.stop): bench/app.py reads how long the script took
    st.session_state["_render_seconds"] = time.perf_counter() - started
