from __future__ import annotations

from catalog.queries import systems
from catalog.store import Catalog
from tests.app.conftest import texts


def test_system_columns_carry_their_categories(seeded: Catalog) -> None:
    frame = systems.system_columns(seeded, "crm")
    cats = dict(zip(frame["column"], frame["categories"]))
    assert cats == {"id": "", "personas_kods": "1✓", "vards": "1✓", "epasts": "2?", "teksts": ""}
    assert systems.system_columns(seeded, "crm", only_personal=True)["column"].tolist() == [
        "personas_kods",
        "vards",
        "epasts",
    ]
    summary = systems.system_summary(seeded, "crm")
    assert summary is not None and (summary.tables, summary.columns, summary.personal_columns) == (2, 5, 3)
    assert systems.system_summary(seeded, "nope") is None


def test_neighbours_follow_lineage(seeded: Catalog) -> None:
    assert systems.system_neighbours(seeded, "crm").to_dict("records") == [
        {"direction": "downstream", "system": "dwh", "edges": 1}
    ]
    assert systems.system_neighbours(seeded, "dwh")["direction"].tolist() == ["upstream"]


def test_system_page(seeded: Catalog, render) -> None:  # type: ignore[no-untyped-def]
    at = render(seeded, "system", system="dwh")
    shown = texts(at)
    assert "dwh.main.customers" in shown and "segment" in shown
    assert "crm" in shown  # upstream neighbour
    at = render(seeded, "system", system="google_analytics")
    assert "23, 7" in texts(at) or "7, 23" in texts(at)
