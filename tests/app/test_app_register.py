from __future__ import annotations

import pytest

from catalog.queries import category, downloads, findings, overview, register
from catalog.store import Catalog
from tests.app.conftest import ROOT, texts

REGISTER = ROOT / "tests" / "data" / "register_ok.yaml"


@pytest.fixture
def with_register(seeded: Catalog) -> Catalog:
    from ropa.register import import_register

    import_register(seeded, REGISTER, actor="tester")
    return seeded


def test_category_register_views(with_register: Catalog) -> None:
    view = register.category_register(with_register, 18)
    assert view is not None
    assert view.activities["activity"].tolist() == ["billing"]
    assert view.activities.iloc[0]["retention"] == "at least 5 years — end of the year of the invoice"
    assert set(view.recipients["name"]) == {"AS Banka", "SIA Drukātava"}
    assert view.third_countries.empty
    third = register.category_register(with_register, 1).third_countries  # type: ignore[union-attr]
    assert third[["name", "country", "safeguard"]].to_dict("records") == [
        {"name": "DevShop Inc.", "country": "United States (US)", "safeguard": "standard contractual clauses"}
    ]
    assert register.third_country_recipient_count(with_register) == 1
    assert overview.headline(with_register).third_country_recipients == 1


def test_flow_runs_category_system_party_country(with_register: Catalog) -> None:
    flow = category.category_flow(with_register, 18)
    pairs = [(flow.labels[s], flow.labels[t]) for s, t in zip(flow.sources, flow.targets)]
    assert ("18. Billing and payment data", "billing (2)") in pairs  # the system's columns in its label
    assert ("billing (2)", "AS Banka") in pairs and ("AS Banka", "LV") in pairs
    widths = dict(zip(pairs, flow.values))
    assert widths[("18. Billing and payment data", "billing (2)")] == 2  # the bank and the printing house


def test_category_page_shows_third_country_and_safeguard(with_register: Catalog, render) -> None:  # type: ignore[no-untyped-def]
    at = render(with_register, "category", category=1)
    shown = texts(at)
    assert "DevShop Inc." in shown and "United States (US)" in shown and "standard contractual clauses" in shown
    assert "Customer support" in shown
    assert len(at.get("plotly_chart")) == 1


def test_register_page_browses_and_saves_yaml(with_register: Catalog, render) -> None:  # type: ignore[no-untyped-def]
    at = render(with_register, "register")
    shown = texts(at)
    assert "AS Example" in shown and "Billing" in shown and "call_recordings" in shown
    area = at.text_area[0]
    area.set_value(area.value.replace("name: AS Example", "name: AS Example Two"))
    at.button(key="reg_save").click().run()
    assert not at.exception and at.success
    assert register.load(with_register).controller.name == "AS Example Two"  # type: ignore[union-attr]
    area = at.text_area[0]
    area.set_value(area.value.replace("country: US", "country: XX"))
    at.button(key="reg_save").click().run()
    assert "XX" in at.error[0].value
    assert register.load(with_register).parties[1].country == "US"  # type: ignore[union-attr]


def test_findings_with_a_register(with_register: Catalog, render) -> None:  # type: ignore[no-untyped-def]
    view = findings.open_findings(with_register)
    assert view.reconciled
    assert any(f.object == "system:dwh" or "dwh" in f.object for f in view.findings)
    at = render(with_register, "findings")
    assert "dwh" in texts(at)


def test_register_page_without_register(seeded: Catalog, render) -> None:  # type: ignore[no-untyped-def]
    at = render(seeded, "register")
    assert "register import" in texts(at)


def test_exports_download_in_both_languages(with_register: Catalog, render) -> None:  # type: ignore[no-untyped-def]
    files = downloads.export_files(with_register, "lv")
    assert files is not None
    assert {f.name.rsplit(".", 1)[-1] for f in files} >= {"xlsx", "json", "html"}
    assert all(f.data for f in files)
    at = render(with_register, "register")
    at.button(key="reg_prepare").click().run()
    assert not at.exception
    names = [b.proto.label for b in at.get("download_button")]
    assert any("register_en.xlsx" in n for n in names), names


def test_findings_page_shows_the_latest_validation_run(with_register: Catalog, render) -> None:  # type: ignore[no-untyped-def]
    from catalog.store import utcnow
    from catalog.store.schema_register import validation_result

    with with_register.begin() as conn:
        conn.execute(
            validation_result.insert(),
            [
                {"run_id": "r1", "run_at": utcnow(), "system": "callcentre", "table_name": "main.recordings",
                 "column_name": "recorded_at", "check": "retention_max", "rule": "call_recordings",
                 "expectation": "unexpected_rows_expectation", "success": False, "element_count": 100,
                 "unexpected_count": 55},
            ],
        )  # fmt: skip
    run = findings.validation_run(with_register)
    assert run is not None and run.results.iloc[0]["unexpected"] == 55
    at = render(with_register, "findings")
    assert "1 of 1 expectations failed" in texts(at) and "call_recordings" in texts(at)


def test_sections_round_trip_unchanged(with_register: Catalog) -> None:
    from catalog.queries import register_edit

    for section in register_edit.SECTIONS:
        frame = register_edit.section_frame(with_register, section)
        assert frame is not None and len(frame)
        assert not register_edit.save_section(with_register, section, frame.to_dict("records")).changed


def test_editing_a_retention_period_in_the_table(with_register: Catalog, render) -> None:  # type: ignore[no-untyped-def]
    at = render(with_register, "register")
    editor = at.data_editor(key="reg_edit_retention_0")
    row = int(editor.value.index[editor.value["id"] == "call_recordings"][0])
    at.session_state["reg_edit_retention_0"] = {
        "edited_rows": {row: {"period": "3 months"}}, "added_rows": [], "deleted_rows": [],
    }  # fmt: skip
    at.button(key="reg_save_retention").click().run()
    assert not at.exception and at.success
    rule = next(r for r in register.load(with_register).retention if r.id == "call_recordings")  # type: ignore[union-attr]
    assert str(rule.period) == "3 months"
    from catalog.audit import history

    with with_register.connect() as conn:
        assert history(conn, "retention:call_recordings")[0].action == "register.change"


def test_a_bad_cell_is_named_and_nothing_is_stored(with_register: Catalog, render) -> None:  # type: ignore[no-untyped-def]
    at = render(with_register, "register")
    editor = at.data_editor(key="reg_edit_transfers_0")
    at.session_state["reg_edit_transfers_0"] = {
        "edited_rows": {0: {"safeguard": "handshake"}}, "added_rows": [], "deleted_rows": [],
    }  # fmt: skip
    at.button(key="reg_save_transfers").click().run()
    assert "transfers row 1: safeguard" in at.error[0].value
    assert register.load(with_register).transfers[0].safeguard.value == "scc"  # type: ignore[union-attr]
    assert editor is not None


def test_register_words_follow_the_language(with_register: Catalog) -> None:
    lv = register.category_register(with_register, 1, "lv")
    assert lv is not None
    assert lv.third_countries.iloc[0]["safeguard"] == "līguma standartklauzulas"
    assert "(b) līgums" in lv.activities.iloc[0]["legal_bases"]
    assert set(lv.recipients["role"]) == {"apstrādātājs", "saņēmējs"}
