"""Invariants of the built estate: size, ground truth, value validity, canaries, planted discrepancies."""

from __future__ import annotations

import csv
import hashlib
import sqlite3
from collections import defaultdict
from datetime import datetime, timedelta
from pathlib import Path

import pytest

from catalog.taxonomy import categories
from demo import CANARIES, REFERENCE_DATE, SYSTEMS, Estate, build_estate, etl
from demo.estate import TRUTH_CSV, truth_csv
from demo.kinds import KINDS
from demo.systems import SOURCE_SYSTEMS
from demo.values import PHONE_RE, is_valid_iban, is_valid_personal_code


def _connect(estate: Estate, system: str) -> sqlite3.Connection:
    return sqlite3.connect(f"{estate.files[system].resolve().as_uri()}?mode=ro", uri=True)


def _truth(path: Path) -> list[dict[str, str]]:
    with path.open(encoding="utf-8", newline="") as f:
        return list(csv.DictReader(f))


def _hashes(directory: Path) -> dict[str, str]:
    return {p.name: hashlib.sha256(p.read_bytes()).hexdigest() for p in sorted(directory.iterdir())}


def test_two_builds_are_byte_identical(estate: Estate, tmp_path: Path) -> None:
    again = build_estate(tmp_path / "again")
    assert _hashes(again.directory) == _hashes(estate.directory)


def test_committed_truth_is_what_the_generator_writes(estate: Estate) -> None:
    assert estate.truth.read_text(encoding="utf-8") == truth_csv()
    assert TRUTH_CSV.read_text(encoding="utf-8") == truth_csv(), "run: python -m demo  (refreshes demo/truth.csv)"


def test_size_of_the_estate(estate: Estate) -> None:
    assert estate.systems == SYSTEMS and len(SYSTEMS) == 13
    assert set(estate.files) == {
        "crm",
        "billing",
        "portal",
        "iptv",
        "retention",
        "network",
        "callcentre",
        "webanalytics",
        "creditcheck",
        "installer",
        "media",
        "dwh",
        "extracts",
    }
    assert estate.tables >= 150
    assert estate.columns >= 1500
    tables = columns = 0
    for system in SYSTEMS:
        with _connect(estate, system) as conn:
            names = [r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type IN ('table', 'view')")]
            tables += len(names)
            columns += sum(len(conn.execute(f'PRAGMA table_info("{n}")').fetchall()) for n in names)
            for (name,) in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'"):
                count = conn.execute(f'SELECT COUNT(*) FROM "{name}"').fetchone()[0]
                assert 1 <= count <= 400, f"{system}.{name} has {count} rows"
    assert (tables, columns) == (estate.tables, estate.columns)


def test_every_annex_category_is_in_the_truth(estate: Estate) -> None:
    held = {int(r["category"]) for r in _truth(estate.truth)}
    assert held == {c.id for c in categories()} == set(range(1, 33))


def test_every_truth_row_points_at_an_existing_column(estate: Estate) -> None:
    rows = _truth(estate.truth)
    assert rows and all(r["schema"] == "main" for r in rows)
    by_table: dict[tuple[str, str], set[str]] = defaultdict(set)
    for r in rows:
        by_table[(r["system"], r["table"])].add(r["column"])
    for (system, table), columns in by_table.items():
        with _connect(estate, system) as conn:
            existing = {row[1] for row in conn.execute(f'PRAGMA table_info("{table}")')}
        assert columns <= existing, f"{system}.{table}: {columns - existing}"
    keys = [(r["system"], r["table"], r["column"], r["category"]) for r in rows]
    assert len(keys) == len(set(keys))


def test_etl_labels_cover_every_column_the_sql_builds(estate: Estate) -> None:
    labels = etl.labels()
    for system in etl.ETL_SYSTEMS:
        with _connect(estate, system) as conn:
            built = {
                name: [row[1] for row in conn.execute(f'PRAGMA table_info("{name}")')]
                for (name,) in conn.execute("SELECT name FROM sqlite_master WHERE type IN ('table', 'view')")
            }
        assert built == {t: list(cols) for t, cols in labels[system].items()}


def _values_of(estate: Estate, kind: str) -> list[tuple[str, object]]:
    gen = KINDS[kind].gen
    out: list[tuple[str, object]] = []
    for system in SOURCE_SYSTEMS:
        with _connect(estate, system.name) as conn:
            for table in system.tables:
                for column in table.cols:
                    if column.gen is gen:
                        where = f"{system.name}.{table.name}.{column.name}"
                        sql = f'SELECT "{column.name}" FROM "{table.name}"'
                        out.extend((where, v) for (v,) in conn.execute(sql))
    return out


@pytest.mark.parametrize(
    ("kind", "check"),
    [
        ("pcode", is_valid_personal_code),
        ("iban", is_valid_iban),
        ("phone", lambda v: bool(PHONE_RE.match(v))),
        ("email", lambda v: v.count("@") == 1 and "." in v.split("@")[1]),
        ("mac", lambda v: len(v) == 17 and v.count(":") == 5),
    ],
)
def test_values_are_valid(estate: Estate, kind: str, check) -> None:  # type: ignore[no-untyped-def]
    found = _values_of(estate, kind)
    assert len(found) >= 100
    bad = [(where, v) for where, v in found if not check(v)]
    assert not bad, bad[:5]


def test_both_personal_code_formats_occur(estate: Estate) -> None:
    codes = [v for _, v in _values_of(estate, "pcode")]
    assert any(str(c).startswith("32") for c in codes)
    assert any(not str(c).startswith("32") for c in codes)


def test_canaries_are_in_the_data(estate: Estate) -> None:
    blobs = b"".join(p.read_bytes() for p in estate.files.values())
    for canary in CANARIES:
        assert canary.encode() in blobs, canary
    with _connect(estate, "crm") as conn:
        assert conn.execute("SELECT info FROM klienti WHERE id = 1").fetchone()[0] in CANARIES


def test_planted_discrepancies_are_in_the_estate(estate: Estate) -> None:
    truth = _truth(estate.truth)
    # P1: iptv holds location (29) in devices.install_address only.
    assert {(r["table"], r["column"]) for r in truth if r["system"] == "iptv" and r["category"] == "29"} == {
        ("devices", "install_address")
    }
    # P2: CRM data goes to DevCloud Inc. through an extract.
    with _connect(estate, "extracts") as conn:
        assert conn.execute("SELECT COUNT(*) FROM devcloud_test_dump").fetchone()[0] > 0
    # P3: call recordings up to 14 months old, most within the 6-month retention.
    with _connect(estate, "callcentre") as conn:
        stamps = [datetime.fromisoformat(v) for (v,) in conn.execute("SELECT recorded_at FROM recordings")]
    now = datetime.combine(REFERENCE_DATE, datetime.min.time())
    old = [s for s in stamps if now - s > timedelta(days=183)]
    assert old and len(old) < len(stamps) / 3
    assert max(now - s for s in stamps) <= timedelta(days=14 * 31)
    # P4: the media archive holds photos and video, nothing else personal.
    assert {int(r["category"]) for r in truth if r["system"] == "media"} == {24, 25}


def test_register_validates_and_names_estate_systems(estate: Estate) -> None:
    register = pytest.importorskip("ropa.register")
    parsed = register.parse_file(estate.register)
    named = {s for activity in parsed.activities for s in activity.systems}
    declared = {"google_analytics", "google_marketing_platform", "google_ads", "adform", "criteo", "facebook"}
    assert named <= set(SYSTEMS) | declared, named - set(SYSTEMS) - declared
    assert "media" not in named  # P4


def test_public_surface_is_exact() -> None:
    import demo

    assert sorted(demo.__all__) == sorted(
        ["CANARIES", "REFERENCE_DATE", "SEED", "SYSTEMS", "Estate", "Target", "build_estate"]
    )
    assert all(hasattr(demo, name) for name in demo.__all__)
