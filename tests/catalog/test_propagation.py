"""Propagation along lineage: copies and transforms carry categories with the path, breakers stop them."""

from __future__ import annotations

from pathlib import Path

import pytest

from catalog import tagging
from catalog.errors import RuleError
from catalog.propagation import load_breakers, propagate
from catalog.store import Catalog, schema, utcnow
from tests.catalog.classify_seed import Col, seed_columns, tags_of


def _edge(conn, ids, src: str, tgt: str, kind: str, systems=("crm", "dwh")) -> None:  # type: ignore[no-untyped-def]
    s_table, s_col = src.split(".")
    t_table, t_col = tgt.split(".")
    conn.execute(
        schema.lineage_edge.insert().values(
            source_system=systems[0], source_table=f"main.{s_table}", source_column=s_col, source_column_id=ids[src],
            target_system=systems[1], target_table=f"main.{t_table}", target_column=t_col, target_column_id=ids[tgt],
            kind=kind, origin="sql", location=f"etl.sql:{len(src)}", created_at=utcnow(),
        )
    )  # fmt: skip


@pytest.fixture
def estate(catalog: Catalog) -> dict[str, int]:
    ids = seed_columns(catalog, "crm", {"klienti": [Col("id", "INTEGER", is_pk=True), Col("e_pasts"), Col("segm")]})
    ids.update(
        seed_columns(
            catalog,
            "dwh",
            {
                "dim_klients": [Col("c1"), Col("c1_hash"), Col("c2")],
                "agg_segmenti": [Col("klientu_sk", "INTEGER")],
                "export": [Col("x1")],
            },
        )
    )
    with catalog.begin() as conn:
        _edge(conn, ids, "klienti.e_pasts", "dim_klients.c1", "copy")
        _edge(conn, ids, "dim_klients.c1", "dim_klients.c1_hash", "transform", ("dwh", "dwh"))
        _edge(conn, ids, "dim_klients.c1", "export.x1", "transform", ("dwh", "dwh"))
        _edge(conn, ids, "klienti.segm", "agg_segmenti.klientu_sk", "aggregate")
        _edge(conn, ids, "klienti.segm", "dim_klients.c2", "copy")
    return ids


def test_confirmed_category_flows_with_its_path(catalog: Catalog, estate: dict[str, int]) -> None:
    tagging.confirm(catalog, "crm.main.klienti.e_pasts", 2)
    result = propagate(catalog)
    assert result.suggested == 2  # c1 (copy) and x1 (copy then transform); not the hash, not the aggregate
    c1 = tags_of(catalog, estate["dim_klients.c1"])[2]
    assert (c1["status"], c1["source"]) == ("suggested", "lineage")
    assert c1["evidence"]["path"] == ["crm.main.klienti.e_pasts", "dwh.main.dim_klients.c1"]
    assert c1["evidence"]["origin"]["status"] == "confirmed"
    x1 = tags_of(catalog, estate["export.x1"])[2]
    assert x1["evidence"]["kinds"] == ["copy", "transform"] and x1["confidence"] < c1["confidence"]
    assert tags_of(catalog, estate["dim_klients.c1_hash"]) == {}
    assert result.stopped >= 2


def test_aggregate_edges_stop_the_flow(catalog: Catalog, estate: dict[str, int]) -> None:
    tagging.confirm(catalog, "crm.main.klienti.segm", 7)
    propagate(catalog)
    assert tags_of(catalog, estate["agg_segmenti.klientu_sk"]) == {}
    assert tags_of(catalog, estate["dim_klients.c2"])[7]["source"] == "lineage"


def test_withdrawing_a_confirmed_tag_withdraws_what_flowed_from_it(catalog: Catalog, estate: dict[str, int]) -> None:
    tagging.confirm(catalog, "crm.main.klienti.e_pasts", 2)
    propagate(catalog)
    change = tagging.reject(catalog, "crm.main.klienti.e_pasts", 2)
    assert change.withdrawn == 2
    assert tags_of(catalog, estate["dim_klients.c1"]) == {}
    tagging.confirm(catalog, "crm.main.klienti.e_pasts", 2)
    propagate(catalog)
    tagging.withdraw(catalog, "crm.main.klienti.e_pasts", 2)
    assert tags_of(catalog, estate["export.x1"]) == {}


def test_rerun_is_stable_and_people_decisions_stay(catalog: Catalog, estate: dict[str, int]) -> None:
    tagging.confirm(catalog, "crm.main.klienti.e_pasts", 2)
    propagate(catalog)
    tagging.reject(catalog, "dwh.main.dim_klients.c1", 2)
    second = propagate(catalog)
    assert second.suggested == 0 and second.withdrawn == 0
    assert tags_of(catalog, estate["dim_klients.c1"])[2]["status"] == "rejected"


def test_breakers_file_errors_name_the_file(tmp_path: Path) -> None:
    bad = tmp_path / "propagation.yaml"
    bad.write_text("breakers: [\n", encoding="utf-8")
    with pytest.raises(RuleError) as info:
        load_breakers(bad)
    assert info.value.file == str(bad)


def test_configurable_breakers_let_aggregates_through(catalog: Catalog, estate: dict[str, int], tmp_path: Path) -> None:
    custom = tmp_path / "p.yaml"
    custom.write_text("breakers: {kinds: [], targets: []}\n", encoding="utf-8")
    tagging.confirm(catalog, "crm.main.klienti.segm", 7)
    propagate(catalog, breakers=load_breakers(custom))
    assert 7 in tags_of(catalog, estate["agg_segmenti.klientu_sk"])
