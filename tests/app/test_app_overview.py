from __future__ import annotations

from catalog.queries import overview
from catalog.store import Catalog
from tests.app.conftest import texts


def test_headline_counts_the_seeded_catalog(seeded: Catalog) -> None:
    figures = overview.headline(seeded)
    assert figures.systems == 4
    assert figures.columns == 10
    assert figures.personal_columns == 7
    assert figures.confirmed_columns == 3
    assert figures.categories_found == 5  # 1, 2, 7, 18 from columns, 23 declared by google_analytics


def test_heatmap_groups_columns_by_category_and_system(seeded: Catalog) -> None:
    frame = overview.heatmap(seeded)
    cells = {(r.category, r.system): (r.columns, r.confirmed, r.declared) for r in frame.itertuples()}
    assert cells[(1, "crm")] == (2, 2, False)
    assert cells[(18, "billing")] == (2, 1, False)
    assert cells[(23, "google_analytics")] == (0, 0, True)
    grid = overview.heatmap_matrix(seeded, "lv")
    assert len(grid.category_labels) == 32 and grid.category_labels[17] == "18. Norēķinu dati"
    assert grid.counts[17][grid.systems.index("billing")] == 2


def test_overview_page_shows_figures_and_heatmap(seeded: Catalog, render) -> None:  # type: ignore[no-untyped-def]
    at = render(seeded)
    shown = texts(at)
    assert "Columns with personal data 7" in shown
    assert "Systems 4" in shown
    assert len(at.get("plotly_chart")) == 1


def test_overview_in_latvian(seeded: Catalog, render) -> None:  # type: ignore[no-untyped-def]
    at = render(seeded, lang="lv")
    assert "Pārskats" in texts(at)
    assert "Kolonnas ar personas datiem 7" in texts(at)


def test_empty_catalog_shows_the_first_run_message(empty_catalog: Catalog, render) -> None:  # type: ignore[no-untyped-def]
    for page in ("overview", "category", "system", "lineage", "review", "register", "findings"):
        at = render(empty_catalog, page)
        assert "ropa demo" in texts(at), page
        assert not at.error
