from __future__ import annotations

import pytest

from catalog.queries import category, findings, overview, register
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
        {"name": "DevShop Inc.", "country": "United States (US)", "safeguard": "scc"}
    ]
    assert register.third_country_recipient_count(with_register) == 1
    assert overview.headline(with_register).third_country_recipients == 1


def test_flow_runs_category_system_party_country(with_register: Catalog) -> None:
    flow = category.category_flow(with_register, 18)
    pairs = {(flow.labels[s], flow.labels[t]) for s, t in zip(flow.sources, flow.targets)}
    assert ("18. Billing and payment data", "billing") in pairs
    assert ("billing", "AS Banka") in pairs and ("AS Banka", "LV") in pairs


def test_category_page_shows_third_country_and_safeguard(with_register: Catalog, render) -> None:  # type: ignore[no-untyped-def]
    at = render(with_register, "category", category=1)
    shown = texts(at)
    assert "DevShop Inc." in shown and "United States (US)" in shown and "scc" in shown
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
