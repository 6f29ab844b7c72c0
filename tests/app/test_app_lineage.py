from __future__ import annotations

from catalog.queries import lineage
from catalog.store import Catalog
from tests.app.conftest import seed, texts


def test_lineage_walks_both_ways_and_shows_the_path(catalog: Catalog) -> None:
    ids = seed(catalog)
    source, target = ids["crm.main.klienti.personas_kods"], ids["dwh.main.customers.personas_kods"]
    graph = lineage.lineage_around(catalog, (target,), "upstream")
    assert {n.label for n in graph.nodes} == {"crm.main.klienti.personas_kods", "dwh.main.customers.personas_kods"}
    assert [(e.source, e.target, e.kind) for e in graph.edges] == [(f"c{source}", f"c{target}", "copy")]
    assert lineage.lineage_around(catalog, (target,), "downstream").edges == []
    dot = lineage.to_dot(graph)
    assert "->" in dot and "1✓" in dot
    paths = lineage.propagation_paths(catalog, tuple(graph.column_ids))
    dwh = paths[paths["column"] == "dwh.main.customers.personas_kods"].iloc[0]
    assert dwh["source"] == "lineage" and "crm.main.klienti.personas_kods → dwh" in dwh["evidence"]


def test_lineage_page_opens_on_a_linked_column(catalog: Catalog, render) -> None:  # type: ignore[no-untyped-def]
    ids = seed(catalog)
    at = render(catalog, "lineage", column=ids["dwh.main.customers.personas_kods"])
    assert at.selectbox(key="lin_system").value == "dwh"
    assert len(at.get("graphviz_chart")) == 1
    assert "path crm.main.klienti.personas_kods → dwh.main.customers.personas_kods" in texts(at)


def test_lineage_page_opens_where_lineage_is(seeded: Catalog, render) -> None:  # type: ignore[no-untyped-def]
    assert lineage.busiest_system(seeded) == "dwh"
    at = render(seeded, "lineage")
    assert at.selectbox(key="lin_system").value == "dwh"
