from __future__ import annotations

import re
from pathlib import Path

import pytest
import yaml
from typer.testing import CliRunner

from catalog.search import search
from catalog.store import Catalog
from ropa.cli import app
from ropa.commands import app as app_command
from tests.app.conftest import ROOT


def test_search_finds_every_kind(seeded: Catalog) -> None:
    assert [(h.kind, h.label) for h in search(seeded, "billing")] == [
        ("category", "18. Billing and payment data"),
        ("system", "billing"),
    ]
    hits = search(seeded, "personas")
    assert hits[0] == search(seeded, "1")[0]  # "Personas identifikācijas dati" — Latvian names match too
    columns = [h for h in hits if h.kind == "column"]
    assert {h.label for h in columns} == {"crm.main.klienti.personas_kods", "dwh.main.customers.personas_kods"}
    assert all(h.column_id for h in columns)
    assert [h.label for h in search(seeded, "INVOI")] == ["billing.main.invoices"]
    assert search(seeded, "%") == []  # LIKE wildcards are matched literally
    assert search(seeded, "  ") == []


def test_search_finds_register_parties(seeded: Catalog) -> None:
    from ropa.register import import_register

    import_register(seeded, ROOT / "tests" / "data" / "register_ok.yaml")
    assert [(h.kind, h.label) for h in search(seeded, "devshop")] == [("party", "DevShop Inc. (US)")]


def test_sidebar_search_links_to_the_objects(seeded: Catalog, render) -> None:  # type: ignore[no-untyped-def]
    at = render(seeded)
    at.sidebar.text_input(key="search").set_value("iban").run()
    links = [e for e in at.sidebar if getattr(e, "type", "") == "page_link"] or at.get("page_link")
    labels = [link.proto.label for link in links]
    assert any("billing.main.invoices.iban" in label for label in labels), labels


def test_labels_have_both_languages_and_cover_the_pages() -> None:
    labels = yaml.safe_load((ROOT / "data" / "app_labels.yaml").read_text(encoding="utf-8"))
    for key, value in labels.items():
        assert set(value) == {"en", "lv"}, key
        assert value["en"].strip() and value["lv"].strip(), key
        assert set(re.findall(r"{(\w+)}", value["en"])) == set(re.findall(r"{(\w+)}", value["lv"])), key
    used = set()
    for page in [ROOT / "app.py", *sorted((ROOT / "app_pages").glob("*.py"))]:
        used |= set(re.findall(r"""_?ui\.t\(\s*["']([a-z0-9_]+)["']""", page.read_text(encoding="utf-8")))
        used |= set(re.findall(r"""\bt\(\s*["']([a-z0-9_]+)["']""", page.read_text(encoding="utf-8")))
    used = {key for key in used if not key.endswith("_")}  # prefixes completed at run time, e.g. "kind_" + kind
    assert used and not (used - set(labels)), sorted(used - set(labels))


def test_ropa_app_command_line() -> None:
    command = app_command.streamlit_command(port=8611, headless=True)
    assert command[1:4] == ["-m", "streamlit", "run"] and command[4].endswith("app.py")
    assert command[command.index("--server.port") + 1] == "8611"
    assert command[command.index("--server.headless") + 1] == "true"


def test_ropa_app_without_streamlit_gives_one_install_hint(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    import importlib.util

    real = importlib.util.find_spec
    monkeypatch.setattr(importlib.util, "find_spec", lambda name, *a: None if name == "streamlit" else real(name, *a))
    result = CliRunner().invoke(app, ["--catalog", f"sqlite:///{tmp_path / 'c.db'}", "app"])
    assert result.exit_code == 2
    assert "Streamlit is not installed" in result.output and "pip install" in result.output
    assert "Traceback" not in result.output


def test_ropa_app_with_a_bad_catalog_url_fails_in_one_line() -> None:
    result = CliRunner().invoke(app, ["--catalog", "nonsense://", "app", "--headless"])
    assert result.exit_code == 2 and "Error:" in result.output and "Traceback" not in result.output


def test_latvian_switch_on_every_page(seeded: Catalog, render) -> None:  # type: ignore[no-untyped-def]
    titles = {
        "overview": "Pārskats", "category": "Kategorija", "system": "Sistēma", "lineage": "Datu izcelsme",
        "review": "Pārskatīšana", "register": "Reģistrs", "findings": "Konstatējumi",
    }  # fmt: skip
    for page, title in titles.items():
        at = render(seeded, page, lang="lv")
        assert at.title[0].value == title, page
        assert "Valoda" in [w.label for w in at.sidebar.get("button_group")], page


def test_an_unreachable_catalog_is_one_clear_error(monkeypatch: pytest.MonkeyPatch) -> None:
    from streamlit.testing.v1 import AppTest

    monkeypatch.setenv("ROPA_CATALOG", "postgresql://nobody@127.0.0.1:1/ropa_nowhere")
    at = AppTest.from_file(str(ROOT / "app.py"), default_timeout=60).run()
    assert not at.exception
    assert "cannot be opened" in at.error[0].value and "ropa_nowhere" in at.error[0].value
