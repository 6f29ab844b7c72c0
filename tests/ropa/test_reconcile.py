"""Reconciliation: each check finds its disagreement on a seeded catalog, and nothing on a true register."""

from __future__ import annotations

import random
from collections import defaultdict
from pathlib import Path

import pytest
import sqlalchemy as sa

from catalog import tagging
from catalog.findings import Severity
from catalog.store import Catalog, schema, utcnow
from catalog.store.schema_register import validation_result
from ropa.checks.context import CheckInput
from ropa.checks.review_queue import review_queue
from ropa.reconcile import CHECKS, KINDS, discrepancies, reconcile, stored_findings
from ropa.register import import_register, parse_text
from tests.ropa.seed import seed

DATA = Path(__file__).resolve().parent.parent / "data"
OK = DATA / "register_ok.yaml"


def _true_map(catalog: Catalog) -> None:
    """A map that agrees with register_ok.yaml."""
    seed(catalog, "billing", {"invoices": {"payer_name": [1], "address": [2], "iban": [18], "amount": []}})
    seed(catalog, "crm", {"clients": {"name": [1], "resident": [3]}})
    seed(catalog, "callcentre", {"recordings": {"audio_ref": [26], "recorded_at": []}})


def _register(catalog: Catalog, text: str | None = None, tmp: Path | None = None) -> None:
    if text is None:
        import_register(catalog, OK)
    else:
        assert tmp is not None
        path = tmp / "reg.yaml"
        path.write_text(text, encoding="utf-8")
        import_register(catalog, path)


def test_a_true_register_has_no_findings(catalog: Catalog) -> None:
    _true_map(catalog)
    _register(catalog)
    assert discrepancies(reconcile(catalog)) == []


def test_every_check_is_a_function_named_after_its_module() -> None:
    for check in CHECKS:
        assert check.__module__ == f"ropa.checks.{check.__name__}"


def test_undeclared_category_names_system_category_and_column(catalog: Catalog, tmp_path: Path) -> None:
    _true_map(catalog)
    seed(catalog, "iptv", {"devices": {"mac": [9], "install_address": [29]}})
    text = OK.read_text(encoding="utf-8").replace("systems: [billing]", "systems: [billing, iptv]")
    text = text.replace("categories: [1, 2, 18]", "categories: [1, 2, 9, 18]")
    _register(catalog, text, tmp_path)
    (finding,) = discrepancies(reconcile(catalog))
    assert finding.kind == "undeclared_category" and finding.object == "system:iptv"
    assert finding.severity is Severity.HIGH  # location data is high sensitivity
    assert finding.details["category"] == 29
    assert finding.details["evidence"] == ["iptv.main.devices.install_address"]
    assert "Location data" in finding.message_en and "Atrašanās vietas dati" in finding.message_lv


def test_suggested_tags_are_not_held_data_but_a_review_note_per_system(catalog: Catalog) -> None:
    _true_map(catalog)
    seed(catalog, "extra", {"t": {"c": [29], "d": [2]}, "u": {"e": [1]}}, status="suggested")
    _register(catalog)
    findings = reconcile(catalog)
    assert discrepancies(findings) == []
    (review,) = [f for f in findings if f.kind == "tags_awaiting_review"]
    assert (review.object, review.severity, review.details["count"]) == ("system:extra", Severity.INFO, 3)
    assert sorted(review.details["objects"]) == ["extra.main.t.c", "extra.main.t.d", "extra.main.u.e"]


def _review_queue_from_findings(catalog: Catalog, systems: list[str]) -> dict[str, tuple[int, list[str]]]:
    """The review queue per system counted from a finding built per suggestion, each under the system whose
    name begins its path (a system name may hold a dot: ``dwh.eu``)."""
    per_system: dict[str, list[str]] = defaultdict(list)
    for finding in tagging.review_findings(catalog):
        system = max((s for s in systems if finding.object.startswith(f"{s}.")), key=len)
        per_system[system].append(finding.object)
    return {system: (len(objects), objects[:50]) for system, objects in per_system.items()}


def test_the_review_queue_is_counted_without_a_finding_per_suggestion(
    catalog: Catalog, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Counts and listed columns equal the object-based ones on a seeded catalog: more than the 50 listed per
    system, several suggestions on one column, equal confidences, decided tags and removed columns and tables
    left out, an empty schema, names with dots and colons — yet no finding (nor evidence) is built per tag."""
    rng = random.Random(5)
    confidences = (0.55, 0.7, 0.7, 0.9)  # many equal: ties keep one order
    statuses = ("suggested", "suggested", "suggested", "confirmed", "rejected")
    for system, schema_name in (("crm", "main"), ("billing", "public"), ("dwh.eu", ""), ("hr", "main")):
        tables = {
            f"t{t:02d}": {
                (f"c{c:02d}" if c != 3 else "a:b"): [
                    (cat, rng.choice(statuses), "name", rng.choice(confidences), {"signals": [{"rule": "r"}]})
                    for cat in rng.sample(range(1, 33), rng.randint(0, 2))
                ]
                for c in range(12)
            }
            for t in range(9 if system != "hr" else 1)
        }
        seed(catalog, system, tables, schema_name=schema_name)
    with catalog.begin() as conn:
        conn.execute(sa.update(schema.tbl).where(schema.tbl.c.name == "t01").values(removed_at=utcnow()))
        conn.execute(sa.update(schema.col).where(schema.col.c.name == "c05").values(removed_at=utcnow()))
    expected = _review_queue_from_findings(catalog, ["crm", "billing", "dwh.eu", "hr"])
    assert sum(n for n, _ in expected.values()) > 150 and max(n for n, _ in expected.values()) > 50
    assert "dwh.eu" in expected  # one system, not "dwh"
    assert [p for _, p in tagging.review_paths(catalog)] == [f.object for f in tagging.review_findings(catalog)]

    def unbuilt(*args: object, **kwargs: object) -> None:
        raise AssertionError("counting the review queue built the findings")

    monkeypatch.setattr(tagging, "review_findings", unbuilt)
    monkeypatch.setattr(tagging, "pending", unbuilt)
    found = review_queue(CheckInput(catalog, parse_text("controller: {name: AS Example}")))
    counted = {
        f.details["system"]: (f.details["count"], f.details["objects"])
        for f in found
        if f.kind == "tags_awaiting_review"
    }
    assert counted == expected


def test_declared_category_found_nowhere(catalog: Catalog) -> None:
    seed(catalog, "billing", {"invoices": {"payer_name": [1], "iban": [18]}})
    seed(catalog, "crm", {"clients": {"name": [1], "resident": [3]}})
    seed(catalog, "callcentre", {"recordings": {"audio_ref": [26]}})
    _register(catalog)
    (finding,) = discrepancies(reconcile(catalog))
    assert (finding.kind, finding.object, finding.details["category"]) == (
        "declared_category_not_found",
        "activity:billing",
        2,
    )
    assert finding.severity is Severity.LOW


def test_nothing_scanned_proves_nothing(catalog: Catalog) -> None:
    _register(catalog)
    assert discrepancies(reconcile(catalog)) == []


def test_transfer_without_safeguard(catalog: Catalog, tmp_path: Path) -> None:
    _true_map(catalog)
    _register(catalog, OK.read_text(encoding="utf-8").replace("safeguard: scc", "safeguard: none"), tmp_path)
    (finding,) = discrepancies(reconcile(catalog))
    assert (finding.kind, finding.object, finding.severity) == (
        "transfer_without_safeguard",
        "transfer:devshop_us",
        Severity.HIGH,
    )
    assert "DevShop Inc. (US" in finding.message_en


def test_third_country_party_without_any_transfer(catalog: Catalog, tmp_path: Path) -> None:
    _true_map(catalog)
    text = OK.read_text(encoding="utf-8")
    text = text[: text.index("transfers:")] + text[text.index("retention:") :]
    _register(catalog, text, tmp_path)
    (finding,) = discrepancies(reconcile(catalog))
    assert (finding.kind, finding.object) == ("transfer_without_safeguard", "party:devshop")


@pytest.mark.parametrize("country", ["LV", "GB"])
def test_eea_and_adequate_countries_need_no_safeguard(catalog: Catalog, tmp_path: Path, country: str) -> None:
    _true_map(catalog)
    text = OK.read_text(encoding="utf-8").replace("country: US", f"country: {country}").replace("scc", "none")
    _register(catalog, text, tmp_path)
    assert discrepancies(reconcile(catalog)) == []


def test_special_category_without_art9(catalog: Catalog, tmp_path: Path) -> None:
    _true_map(catalog)
    _register(catalog, OK.read_text(encoding="utf-8").replace("    art9_condition: explicit_consent\n", ""), tmp_path)
    (finding,) = discrepancies(reconcile(catalog))
    assert (finding.kind, finding.object) == ("special_category_without_art9", "activity:support")


def test_system_and_party_missing_from_the_register(catalog: Catalog) -> None:
    _true_map(catalog)
    seed(catalog, "media", {"photos": {"image": [24], "video": [25]}})
    seed(catalog, "empty", {"config": {"key": []}})
    seed(
        catalog,
        "google_analytics",
        {},
        kind="saas",
        owner="Google Ireland Ltd",
        country="IE",
        properties={"categories": [23, 7]},
    )
    _register(catalog)
    found = {(f.kind, f.object, f.severity) for f in discrepancies(reconcile(catalog))}
    assert found == {
        ("system_not_in_register", "system:media", Severity.HIGH),
        ("system_not_in_register", "system:google_analytics", Severity.HIGH),
        ("party_not_in_register", "system:google_analytics", Severity.MEDIUM),
    }


def test_retention_exceeded_comes_from_the_latest_validation_run(catalog: Catalog) -> None:
    _true_map(catalog)
    _register(catalog)

    def run(run_id: str, success: bool) -> None:
        with catalog.begin() as conn:
            conn.execute(
                validation_result.insert().values(
                    run_id=run_id,
                    run_at=utcnow(),
                    system="callcentre",
                    table_name="main.recordings",
                    column_name="recorded_at",
                    check="retention_max",
                    rule="call_recordings",
                    expectation="unexpected_rows_expectation",
                    success=success,
                    element_count=100,
                    unexpected_count=0 if success else 17,
                )
            )

    run("r1", False)
    (finding,) = discrepancies(reconcile(catalog))
    assert (finding.kind, finding.object) == ("retention_exceeded", "table:callcentre.main.recordings")
    assert "17 row(s)" in finding.message_en and "6 months" in finding.message_en
    run("r2", True)
    assert discrepancies(reconcile(catalog)) == []


def test_findings_are_stored_and_info_is_not_a_discrepancy(catalog: Catalog) -> None:
    _true_map(catalog)
    seed(catalog, "media", {"photos": {"image": [24]}})
    _register(catalog)
    findings = reconcile(catalog)
    assert stored_findings(catalog) == findings
    assert discrepancies(findings) == findings
    assert all(f.kind in KINDS for f in findings)


def test_parse_helper_reads_the_ok_register() -> None:
    assert parse_text(OK.read_text(encoding="utf-8"), OK).controller.name == "AS Example"


def test_column_findings_link_to_the_system_the_catalog_names(catalog: Catalog) -> None:
    """A system named ``dwh.eu``: its suggested tags' findings link to ``dwh.eu``, not to ``dwh``."""
    from catalog.queries.findings import FindingsView, findings_frame

    seed(catalog, "dwh.eu", {"t": {"c": [2]}}, status="suggested")
    found = tagging.review_findings(catalog)
    assert [f.object for f in found] == ["dwh.eu.main.t.c"]
    assert findings_frame(FindingsView(found))["system"].tolist() == ["dwh.eu"]
