from __future__ import annotations

from catalog.queries import category
from catalog.store import Catalog
from tests.app.conftest import texts


def test_category_systems_and_columns(seeded: Catalog) -> None:
    held = category.category_systems(seeded, 18)
    assert held.to_dict("records") == [
        {"system": "billing", "columns": 2, "confirmed": 1, "suggested": 1, "declared": False}
    ]
    columns = category.category_columns(seeded, 18)
    assert set(columns["column"]) == {"iban", "amount"}
    iban = columns[columns["column"] == "iban"].iloc[0]
    assert iban["status"] == "suggested" and "value.iban" in iban["evidence"] and "97%" in iban["evidence"]
    assert category.category_columns(seeded, 1, "dwh")["table"].tolist() == ["dwh.main.customers"]


def test_category_page_filtered_to_a_system(seeded: Catalog, render) -> None:  # type: ignore[no-untyped-def]
    at = render(seeded, "category", category=1, system="crm")
    shown = texts(at)
    assert "personas_kods" in shown and "vards" in shown
    assert "dwh.main.customers" not in shown
    assert at.selectbox(key="cat_pick").value == 1
    assert at.selectbox(key="cat_system").value == "crm"


def test_category_page_without_register_says_so(seeded: Catalog, render) -> None:  # type: ignore[no-untyped-def]
    at = render(seeded, "category", category=18)
    assert "register import" in texts(at)
    assert "billing" in texts(at)
