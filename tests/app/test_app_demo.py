"""The app on the demo estate: what a DPO sees after ``ropa demo``."""

from __future__ import annotations

import pytest

from catalog.queries import overview
from catalog.store import Catalog
from tests.app.conftest import texts

pytestmark = pytest.mark.slow


def test_overview_counts_the_estate(demo_catalog: Catalog, render) -> None:  # type: ignore[no-untyped-def]
    figures = overview.headline(demo_catalog)
    assert figures.systems >= 13 and figures.personal_columns > 100
    assert figures.third_country_recipients and figures.third_country_recipients >= 3
    assert figures.open_findings and figures.open_findings > 0
    at = render(demo_catalog)
    assert "Third-country recipients" in texts(at)


def test_category_18_lists_billing_the_bank_and_the_debt_collector(demo_catalog: Catalog, render) -> None:  # type: ignore[no-untyped-def]
    at = render(demo_catalog, "category", category=18)
    shown = texts(at)
    assert "billing" in shown
    assert "AS Swedbank" in shown and "bank (payments)" in shown
    assert "SIA Parādu Piedziņa" in shown and "debt collector" in shown
    assert len(at.get("plotly_chart")) == 1  # the Sankey


def test_the_devcloud_transfer_shows_country_and_missing_safeguard(demo_catalog: Catalog, render) -> None:  # type: ignore[no-untyped-def]
    at = render(demo_catalog, "category", category=1)
    third = at.table[0].value
    row = third[third.iloc[:, 1] == "DevCloud Inc."].iloc[0].tolist()
    assert "United States (US)" in row and "none" in row


def test_iptv_install_address_is_location_data(demo_catalog: Catalog, render) -> None:  # type: ignore[no-untyped-def]
    at = render(demo_catalog, "system", system="iptv")
    frame = at.dataframe[0].value
    assert "29" in frame.loc[frame["column"] == "install_address", "categories"].iloc[0]


def test_findings_name_the_planted_transfer(demo_catalog: Catalog, render) -> None:  # type: ignore[no-untyped-def]
    at = render(demo_catalog, "findings")
    assert "Third-country transfer without safeguard" in texts(at) and "DevCloud" in texts(at)


def test_latvian_category_page(demo_catalog: Catalog, render) -> None:  # type: ignore[no-untyped-def]
    at = render(demo_catalog, "category", category=18, lang="lv")
    shown = texts(at)
    assert "Apstrādātāji un saņēmēji, kas to saņem" in shown and "Darbības, kas to deklarē" in shown
    assert "5 gadi" in shown  # the invoice retention, in Latvian


def test_system_page_lists_its_findings(demo_catalog: Catalog, render) -> None:  # type: ignore[no-untyped-def]
    at = render(demo_catalog, "system", system="media")
    assert "System missing from the register" in texts(at)
