"""The query layer on a PostgreSQL catalog (team set-up): same answers as on SQLite."""

from __future__ import annotations

import pytest

from catalog.queries import category, change_token, lineage, overview, review, systems
from catalog.search import search
from catalog.store import open_catalog
from tests.app.conftest import seed

pytestmark = pytest.mark.postgres


def test_every_query_runs_on_postgresql(pg_database: str) -> None:
    catalog = open_catalog(pg_database)
    try:
        ids = seed(catalog)
        token = change_token(catalog)
        figures = overview.headline(catalog)
        assert (figures.systems, figures.columns, figures.personal_columns) == (4, 10, 7)
        assert overview.heatmap_matrix(catalog).counts[17][0] == 2  # billing is the first system
        assert set(category.category_columns(catalog, 18)["column"]) == {"iban", "amount"}
        assert systems.system_columns(catalog, "crm", only_personal=True)["column"].tolist() == [
            "personas_kods", "vards", "epasts",
        ]  # fmt: skip
        assert len(review.review_queue(catalog)) == 4
        assert [h.label for h in search(catalog, "INVOI")] == ["billing.main.invoices"]
        graph = lineage.lineage_around(catalog, (ids["dwh.main.customers.personas_kods"],))
        assert len(graph.edges) == 1
        queue = review.review_queue(catalog)
        review.apply_review(catalog, [review.Decision(int(queue.iloc[0]["tag_id"]), review.Action.CONFIRM)])
        assert change_token(catalog) != token
    finally:
        catalog.dispose()
