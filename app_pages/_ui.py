"""What every page shares: the catalog, cached queries, the LV/EN switch, labels, links and the search box.

Labels are data (``data/app_labels.yaml``); queries are library functions (``catalog.queries``) run through
:func:`q`, which caches each answer per catalog URL and :func:`catalog.queries.change_token`, so a page
re-renders from memory until the catalog changes.
"""

from __future__ import annotations

import importlib
import os
from collections.abc import Callable
from functools import lru_cache
from pathlib import Path
from typing import Any, TypeVar

import streamlit as st
import yaml

from catalog import settings
from catalog.errors import RopaError

ROOT = Path(__file__).resolve().parent.parent
LABELS_FILE = ROOT / "data" / "app_labels.yaml"
LANGS = ("en", "lv")

# page key → script path (relative to app.py) and URL path; the order is the navigation's.
PAGES: dict[str, str] = {
    "overview": "app_pages/overview.py",
    "category": "app_pages/category.py",
    "system": "app_pages/system.py",
    "lineage": "app_pages/lineage.py",
    "review": "app_pages/review.py",
    "register": "app_pages/register.py",
    "findings": "app_pages/findings.py",
}
ICONS = {
    "overview": ":material/grid_view:",
    "category": ":material/category:",
    "system": ":material/database:",
    "lineage": ":material/account_tree:",
    "review": ":material/fact_check:",
    "register": ":material/menu_book:",
    "findings": ":material/report:",
}

T = TypeVar("T")


@lru_cache(maxsize=1)
def labels() -> dict[str, dict[str, str]]:
    with LABELS_FILE.open(encoding="utf-8") as handle:
        return yaml.safe_load(handle)


def lang() -> str:
    value = st.session_state.get("lang")
    if value in LANGS:
        return str(value)
    fallback = settings.get("lang")
    return fallback if fallback in LANGS else "en"


def t(key: str, **values: Any) -> str:
    """The label *key* in the current language, with ``{placeholders}`` filled."""
    text = labels()[key][lang()]
    return text.format(**values) if values else text


def catalog_url() -> str:
    return os.environ.get("ROPA_CATALOG") or settings.get("catalog")


@st.cache_resource(show_spinner=False)
def _open(url: str):  # type: ignore[no-untyped-def]
    from catalog.store import open_catalog

    return open_catalog(url)


def catalog():  # type: ignore[no-untyped-def]
    """The opened (and migrated) catalog the app serves; shows the error and stops the page if it cannot open."""
    try:
        return _open(catalog_url())
    except RopaError as exc:
        st.error(t("catalog_error", error=str(exc)))
        st.stop()


def token() -> str:
    from catalog.queries import change_token

    return change_token(catalog())


@st.cache_data(show_spinner=False, max_entries=512)
def _cached(url: str, token: str, name: str, args: tuple[Any, ...], kwargs: tuple[tuple[str, Any], ...]) -> Any:
    module, _, qualname = name.partition(":")
    fn = getattr(importlib.import_module(module), qualname)
    return fn(_open(url), *args, **dict(kwargs))


def q(fn: Callable[..., T], *args: Any, **kwargs: Any) -> T:
    """Call library query *fn* (``fn(catalog, *args, **kwargs)``), cached until the catalog changes."""
    if "_token" not in st.session_state:
        refresh()
    name = f"{fn.__module__}:{fn.__qualname__}"
    return _cached(catalog_url(), st.session_state["_token"], name, args, tuple(sorted(kwargs.items())))


def refresh() -> None:
    """Read the catalog's change token: once per script run, and again after this session writes."""
    st.session_state["_token"] = token()


def param(name: str) -> str | None:
    value = st.query_params.get(name)
    return str(value) if value not in (None, "") else None


def link(page: str, label: str, **params: Any) -> None:
    st.page_link(PAGES[page], label=label, icon=ICONS[page], query_params={k: str(v) for k, v in params.items()})


def url(page: str, **params: Any) -> str:
    """A relative URL to *page* (for table link columns)."""
    from urllib.parse import urlencode

    query = urlencode({k: v for k, v in params.items() if v is not None})
    path = "" if page == "overview" else page  # the default page is served at the root, not at /overview
    return (path or "./") + (f"?{query}" if query else "")


def go(page: str, **params: Any) -> None:
    st.switch_page(PAGES[page], query_params={k: str(v) for k, v in params.items() if v is not None})


def flash(success_key: str, error_key: str) -> None:
    """Show (once) the outcome a button callback left in the session: the page reruns after a callback, so
    the message has to outlive it."""
    done = st.session_state.pop(success_key, None)
    if done:
        st.success(done, icon=":material/check_circle:")
    failed = st.session_state.pop(error_key, None)
    if failed:
        st.error(failed)


def require_content() -> None:
    """On an empty catalog show the first-run help instead of the page, and stop."""
    from catalog.queries.overview import headline

    if q(headline).empty:
        st.info(f"**{t('first_run_title')}** — " + t("first_run", url=_safe_url()), icon=":material/info:")
        st.stop()


def _safe_url() -> str:
    from catalog.store import redact_url

    return redact_url(catalog_url())


def category_options() -> dict[int, str]:
    """Annex ids → "id. name" in the current language (for selectboxes)."""
    from catalog.taxonomy import categories

    return {c.id: f"{c.id}. {c.name(lang())}" for c in categories()}


def init_lang() -> None:
    """The language of this session: the ``?lang=`` of the first URL, else the ``lang`` setting."""
    if "lang" not in st.session_state:
        st.session_state["lang"] = param("lang") if param("lang") in LANGS else lang()


def sidebar() -> None:
    """The language switch and the global search box, drawn on every page."""
    init_lang()
    with st.sidebar:
        st.segmented_control(
            t("language"), options=list(LANGS), key="lang", format_func=lambda v: v.upper(), width="stretch"
        )
        if st.session_state.get("lang") not in LANGS:  # a deselected segmented control returns None
            st.session_state["lang"] = "en"
        text = st.text_input(t("search"), key="search", placeholder=t("search_help"), icon=":material/search:")
        if text and text.strip():
            _search_results(text.strip())


def _search_results(text: str) -> None:
    from catalog.search import search

    hits = q(search, text, lang=lang())
    if not hits:
        st.caption(t("search_none", text=text))
        return
    for hit in hits:
        page, params = _hit_target(hit)
        st.page_link(
            PAGES[page],
            label=f"{hit.label} · {t('kind_' + hit.kind)}",
            icon=ICONS[page],
            query_params=params,
        )


def _hit_target(hit: Any) -> tuple[str, dict[str, str]]:
    if hit.kind == "category":
        return "category", {"category": str(hit.category)}
    if hit.kind in ("system", "table"):
        return "system", {"system": hit.system}
    if hit.kind == "column":
        return "lineage", {"column": str(hit.column_id)}
    if hit.kind in ("party", "activity"):
        return "register", {}
    return "overview", {}


def table(frame: Any, *, hide: tuple[str, ...] = (), height: Any = "auto", static: bool = False, **config: Any) -> None:
    """Show a query's DataFrame with headings in the current language (``col_<key>`` labels).

    ``static`` draws a plain HTML table (short lists whose text must be readable and selectable on the page,
    such as third-country transfers); otherwise an interactive grid.
    """
    known = labels()
    heading = {name: (t(f"col_{name}") if f"col_{name}" in known else name) for name in frame.columns}
    if static:
        st.table(frame.drop(columns=[h for h in hide if h in frame.columns]).rename(columns=heading), hide_index=True)
        return
    column_config: dict[str, Any] = {name: heading[name] for name in frame.columns if name not in hide}
    column_config.update({name: None for name in hide if name in frame.columns})
    column_config.update(config)
    st.dataframe(frame, hide_index=True, column_config=column_config, height=height)


def synced(key: str, name: str, options: list[Any], default: Any, cast: Callable[[str], Any] = str) -> None:
    """Keep widget *key* and query parameter *name* in step, so links and the address bar open the same view.

    A query parameter that changed since it was last applied (a link was followed) wins over the widget's
    state; otherwise the widget keeps what the user picked.
    """
    raw = param(name)
    try:
        wanted = cast(raw) if raw is not None else None
    except ValueError:
        wanted = None
    marker = f"_applied_{key}"
    if wanted is not None and wanted in options and wanted != st.session_state.get(marker):
        st.session_state[key] = wanted
        st.session_state[marker] = wanted
    if st.session_state.get(key) not in options:
        st.session_state[key] = default


def publish(key: str, name: str, value: Any) -> None:
    """Write the widget's current value to the address bar (and remember it as applied)."""
    if value is None:
        st.query_params.pop(name, None)
    else:
        st.query_params[name] = str(value)
    st.session_state[f"_applied_{key}"] = value
