"""Exports: every sheet in both languages, snapshot and hash in every file, the diff of two JSON exports."""

from __future__ import annotations

import csv
import json
from pathlib import Path

import pytest
import yaml
from openpyxl import load_workbook

from catalog.errors import ConfigError
from catalog.store import Catalog
from ropa.exports import diff, export
from ropa.exports.labels import labels
from ropa.reconcile import KINDS
from ropa.register import (
    Art9Condition,
    DataSubject,
    DpiaStatus,
    LegalBasis,
    PartyRole,
    RetentionKind,
    RetentionScope,
    Safeguard,
    SecurityMeasure,
    Zone,
    import_register,
    parse_file,
)
from tests.ropa.seed import seed

ROOT = Path(__file__).resolve().parent.parent.parent
DEMO = ROOT / "demo" / "register.yaml"
OK = ROOT / "tests" / "data" / "register_ok.yaml"


def test_both_label_files_have_the_same_keys_and_every_vocabulary() -> None:
    en, lv = labels("en"), labels("lv")
    assert set(en) == set(lv)
    for group, enum in (
        ("legal_basis", LegalBasis), ("art9", Art9Condition), ("safeguard", Safeguard), ("role", PartyRole),
        ("zone", Zone), ("data_subject", DataSubject), ("security", SecurityMeasure), ("dpia", DpiaStatus),
        ("scope", RetentionScope), ("retention_kind", RetentionKind),
    ):  # fmt: skip
        for member in enum:
            assert f"{group}.{member.value}" in en, f"{group}.{member.value}"
    for kind in KINDS:
        assert f"finding.{kind}" in en
    for source in ("name", "value", "comment", "lineage", "manual", "import", "declared"):
        assert f"tag_source.{source}" in en
    untranslated = [k for k in en if en[k] == lv[k] and not k.startswith("value.") and en[k] != "ID"]
    assert untranslated == []


@pytest.fixture
def demo_catalog(catalog: Catalog) -> Catalog:
    seed(catalog, "iptv", {"devices": {"mac": [9], "install_address": [29]}, "views": {"channel": [32]}})
    seed(catalog, "crm", {"klienti": {"vards": [1], "e_pasts": [2], "rezidents": [3]}})
    seed(catalog, "media", {"photos": {"image": [24]}})
    import_register(catalog, DEMO)
    return catalog


def _rows(sheet) -> list[tuple]:  # type: ignore[no-untyped-def]
    return [tuple(r) for r in sheet.iter_rows(values_only=True)]


def _column(sheet, header: str) -> list[object]:  # type: ignore[no-untyped-def]
    """Values under the first header cell equal to *header*, up to the block's end."""
    rows = _rows(sheet)
    for i, row in enumerate(rows):
        if header in row:
            index = row.index(header)
            out = []
            for below in rows[i + 1 :]:
                if not any(below):
                    break
                out.append(below[index])
            return out
    raise AssertionError(f"{header!r} not in {sheet.title}")


@pytest.mark.parametrize("lang", ["en", "lv"])
def test_xlsx_has_every_register_object_in_its_sheet(demo_catalog: Catalog, tmp_path: Path, lang: str) -> None:
    path = export(demo_catalog, "xlsx", lang, tmp_path / f"register_{lang}.xlsx")
    lab = labels(lang)
    register = parse_file(DEMO)
    book = load_workbook(path, read_only=True)
    names = [
        lab[f"sheet.{k}"]
        for k in ("controller", "activities", "matrix", "transfers", "retention", "findings", "evidence")
    ]
    assert book.sheetnames == names
    for name in names:  # the stamp is on every sheet
        stamp = str(_rows(book[name])[1][0])
        assert lab["meta.snapshot_at"] in stamp and lab["meta.content_hash"] in stamp
    assert "AS Balticom" in _column(book[lab["sheet.controller"]], lab["field.value"])
    activities = book[lab["sheet.activities"]]
    assert _column(activities, lab["field.id"]) == [a.id for a in register.activities]
    assert [a.name.get(lang) for a in register.activities] == _column(activities, lab["field.name"])
    transfers_sheet = book[lab["sheet.transfers"]]
    ids = [str(v) for v in _column(transfers_sheet, lab["field.id"])]
    assert ids == [p.id for p in register.parties]
    rows = _rows(transfers_sheet)
    heading_row = next(i for i, r in enumerate(rows) if r[0] == lab["heading.transfers"])
    transfer_ids = [r[0] for r in rows[heading_row + 2 :] if r[0]]
    assert transfer_ids == [t.id for t in register.transfers]
    assert _column(book[lab["sheet.retention"]], lab["field.id"]) == [r.id for r in register.retention]
    findings = _column(book[lab["sheet.findings"]], lab["field.object"])
    assert {"system:iptv", "system:media", "transfer:devcloud_us"} <= set(findings)
    evidence = book[lab["sheet.evidence"]]
    assert "crm.main.klienti.rezidents" in _column(evidence, lab["field.column"])
    matrix = _rows(book[lab["sheet.matrix"]])
    header = next(r for r in matrix if r[0] == lab["field.category"])
    location = next(r for r in matrix if r[0] and str(r[0]).startswith("29. "))
    assert location[header.index("iptv")] == "!"
    assert str(location[0]) == ("29. Atrašanās vietas dati" if lang == "lv" else "29. Location data")


def test_lv_and_en_carry_the_same_hash_and_translated_labels(demo_catalog: Catalog, tmp_path: Path) -> None:
    en = json.loads(export(demo_catalog, "json", "en", tmp_path / "en.json").read_text(encoding="utf-8"))
    lv = json.loads(export(demo_catalog, "json", "lv", tmp_path / "lv.json").read_text(encoding="utf-8"))
    assert en["meta"]["content_hash"] == lv["meta"]["content_hash"] and len(en["meta"]["content_hash"]) == 64
    html_lv = export(demo_catalog, "html", "lv", tmp_path / "r.html").read_text(encoding="utf-8")
    assert "Apstrādes darbības" in html_lv and "Personas identifikācijas dati" in html_lv
    assert lv["meta"]["content_hash"] in html_lv and "<script" not in html_lv and "http://" not in html_lv
    rows = list(csv.reader(export(demo_catalog, "csv", "en", tmp_path / "r.csv").read_text("utf-8-sig").splitlines()))
    meta = {r[2]: r[3] for r in rows if r[0] == "meta"}
    assert meta["Content hash (SHA-256)"] == en["meta"]["content_hash"] and meta["Snapshot date"]
    assert any(r[2] == "Legal basis (Art. 6(1))" and "(b) contract" in r[3] for r in rows)


def test_diff_lists_what_changed(demo_catalog: Catalog, tmp_path: Path) -> None:
    old = export(demo_catalog, "json", "en", tmp_path / "old.json")
    assert diff(demo_catalog, old) == []
    data = yaml.safe_load(DEMO.read_text(encoding="utf-8"))
    data["transfers"][0]["safeguard"] = "scc"
    data["activities"] = [a for a in data["activities"] if a["id"] != "announced_purposes"]
    changed = tmp_path / "changed.yaml"
    changed.write_text(yaml.safe_dump(data, allow_unicode=True), encoding="utf-8")
    import_register(demo_catalog, changed)
    found = {(c.section, c.object, c.change) for c in diff(demo_catalog, old)}
    assert ("transfers", "devcloud_us", "changed") in found
    assert ("activities", "announced_purposes", "removed") in found
    assert ("findings", "transfer_without_safeguard transfer:devcloud_us", "removed") in found


def test_bad_inputs(catalog: Catalog, tmp_path: Path) -> None:
    import_register(catalog, OK)
    with pytest.raises(ConfigError, match="unknown export format"):
        export(catalog, "pdf", "en", tmp_path / "x.pdf")
    with pytest.raises(ConfigError, match="--lang must be lv or en"):
        export(catalog, "json", "de", tmp_path / "x.json")
    bad = tmp_path / "bad.json"
    bad.write_text("{not json", encoding="utf-8")
    with pytest.raises(ConfigError, match="not a JSON export"):
        diff(catalog, bad)
    assert not list(tmp_path.glob("x.*"))
