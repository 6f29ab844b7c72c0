"""Scanning SQLite files: structure, DDL comments, keys, views, row counts, sampling, read-only."""

from __future__ import annotations

import hashlib
import sqlite3
from pathlib import Path

import pytest
import sqlalchemy as sa

from catalog import detectors
from catalog.errors import ScanError
from catalog.scanning import scan
from catalog.store import Catalog, schema
from connectors.connection import connect, connector_for, resolve_url

DDL = """
CREATE TABLE klienti ( -- Klientu reģistrs
  id INTEGER PRIMARY KEY,
  personas_kods TEXT NOT NULL, -- Personas kods
  "Vārds Uzvārds" TEXT DEFAULT 'nav', -- Vārds un uzvārds
  e_pasts TEXT
);
CREATE TABLE "līgumi" (
  nr INTEGER,
  versija INTEGER,
  klients INTEGER REFERENCES klienti, -- Klients
  summa NUMERIC(10,2),
  PRIMARY KEY (nr, versija)
);
CREATE TABLE pielikumi (
  id INTEGER PRIMARY KEY,
  ligums INTEGER, ligums_versija INTEGER,
  FOREIGN KEY (ligums, ligums_versija) REFERENCES "līgumi"(nr, versija)
);
CREATE VIEW aktivie AS SELECT k.id, k.personas_kods FROM klienti k JOIN "līgumi" l ON l.klients = k.id;
"""


@pytest.fixture
def crm(tmp_path: Path) -> Path:
    path = tmp_path / "crm.db"
    conn = sqlite3.connect(path)
    conn.executescript(DDL)
    conn.executemany(
        "INSERT INTO klienti (personas_kods, e_pasts) VALUES (?, ?)",
        [(f"0101{i:02d}-1{i:04d}", f"a{i}@example.lv") for i in range(30)],
    )
    conn.commit()
    conn.close()
    return path


def test_scan_reads_structure_comments_keys_and_views(catalog: Catalog, crm: Path, read_catalog) -> None:  # type: ignore[no-untyped-def]
    result = scan(catalog, f"sqlite:///{crm}", "crm", sample=0)
    assert (result.tables, result.views, result.columns) == (3, 1, 13)
    assert result.schemas == ("main",)
    got = read_catalog(catalog, "crm")
    assert set(got) == {("main", "klienti"), ("main", "līgumi"), ("main", "pielikumi"), ("main", "aktivie")}
    klienti = got[("main", "klienti")]
    assert klienti["comment"] == "Klientu reģistrs"
    assert klienti["rows"] == 30
    assert list(klienti["columns"]) == ["id", "personas_kods", "Vārds Uzvārds", "e_pasts"]
    assert klienti["columns"]["personas_kods"] | {"id": 0, "profile": None} == {
        "id": 0, "position": 2, "type": "TEXT", "nullable": False, "default": None, "comment": "Personas kods",
        "pk": False, "fk": None, "profile": None, "sample_size": None, "removed": False, "changed_at": None,
    }  # fmt: skip
    assert klienti["columns"]["Vārds Uzvārds"]["default"] == "'nav'"
    assert klienti["columns"]["Vārds Uzvārds"]["comment"] == "Vārds un uzvārds"
    assert klienti["columns"]["id"]["pk"] is True
    ligumi = got[("main", "līgumi")]["columns"]
    assert [n for n, c in ligumi.items() if c["pk"]] == ["nr", "versija"]
    assert ligumi["klients"]["fk"] == "main.klienti.id"  # no column list: the referenced primary key
    assert ligumi["klients"]["comment"] == "Klients"
    assert ligumi["summa"]["type"] == "NUMERIC(10,2)"
    pielikumi = got[("main", "pielikumi")]["columns"]
    assert (pielikumi["ligums"]["fk"], pielikumi["ligums_versija"]["fk"]) == ("main.līgumi.nr", "main.līgumi.versija")
    view = got[("main", "aktivie")]
    assert view["kind"] == "view" and view["rows"] is None
    assert view["view_sql"].startswith("CREATE VIEW aktivie AS SELECT")
    assert list(view["columns"]) == ["id", "personas_kods"]


def test_sampling_stores_ratios_never_values(catalog: Catalog, crm: Path, read_catalog) -> None:  # type: ignore[no-untyped-def]
    result = scan(catalog, f"sqlite:///{crm}", "crm", sample=10)
    assert result.sampled_tables == 3  # tables only, never views
    got = read_catalog(catalog, "crm")
    cols = got[("main", "klienti")]["columns"]
    assert cols["e_pasts"]["profile"] == detectors.profile_values([f"a{i}@example.lv" for i in range(10)])
    assert cols["e_pasts"]["sample_size"] == 10  # bounded by --sample
    assert got[("main", "līgumi")]["columns"]["summa"]["sample_size"] == 0  # an empty table
    assert got[("main", "aktivie")]["columns"]["id"]["sample_size"] is None
    with catalog.connect() as conn:
        dump = "\n".join(
            str(tuple(r)) for t in (schema.col, schema.tbl, schema.scan_run) for r in conn.execute(sa.select(t))
        )
    assert "@example.lv" not in dump and "0101" not in dump


@pytest.mark.parametrize("sample", [0, 10])
def test_progress_reads_everything_before_it_saves(catalog: Catalog, crm: Path, sample: int) -> None:
    """A connector that reads the whole catalog first: reading (in tables) completes before saving starts,
    and saving completes with the commit."""
    events: list[tuple[str, int, int]] = []
    scan(catalog, f"sqlite:///{crm}", "crm", sample=sample, progress=lambda *event: events.append(event))
    sampling = [("sampling", done, 3) for done in (1, 2, 3)] if sample else []
    assert events == [
        ("reading catalog", 0, 1), ("reading catalog", 4, 4), *sampling, ("saving", 0, 4), ("saving", 4, 4),
    ]  # fmt: skip


def test_schema_names_match_as_the_server_does(catalog: Catalog, crm: Path) -> None:
    result = scan(catalog, f"sqlite:///{crm}", "crm", schemas=["MAIN"], sample=0)  # SQLite: case-insensitive
    assert result.schemas == ("main",) and result.tables == 3
    with pytest.raises(ScanError, match="none of the schemas other exists"):
        scan(catalog, f"sqlite:///{crm}", "crm", schemas=["other"], sample=0)


def test_long_type_names_fit_the_catalog(catalog: Catalog, tmp_path: Path, read_catalog) -> None:  # type: ignore[no-untyped-def]
    path = tmp_path / "odd.db"
    conn = sqlite3.connect(path)
    conn.execute(f"CREATE TABLE t (a {'VARYING_' * 40}TEXT)")
    conn.close()
    scan(catalog, f"sqlite:///{path}", "odd", sample=0)
    stored_type = read_catalog(catalog, "odd")[("main", "t")]["columns"]["a"]["type"]
    assert len(stored_type) == 200 and stored_type.endswith("…")


def test_a_column_without_a_declared_type_reports_its_values_storage_class(  # type: ignore[no-untyped-def]
    catalog: Catalog, tmp_path: Path, read_catalog
) -> None:
    """``CREATE TABLE … AS SELECT`` and a view's expressions have no declared type in SQLite, where PostgreSQL and
    MySQL report the expression's: the storage class most of the first rows hold stands in (never a value)."""
    path = tmp_path / "extract.db"
    conn = sqlite3.connect(path)
    conn.executescript(
        """
        CREATE TABLE k (id INTEGER PRIMARY KEY, "vārds" TEXT, n INT);
        INSERT INTO k VALUES (1, 'Anna', 3), (2, 'Jānis', NULL), (3, 'Ilze', 5);
        CREATE TABLE print AS SELECT "vārds" || ' B.' AS adresats, n * 2 AS dubults, NULL AS tukss FROM k;
        CREATE VIEW v AS SELECT "vārds" || '!' AS sauciens, n FROM k;
        CREATE TABLE empty AS SELECT "vārds" || '' AS neviens FROM k WHERE 0;
        """
    )
    conn.close()
    scan(catalog, f"sqlite:///{path}", "extract", sample=0)
    got = read_catalog(catalog, "extract")
    types = {(t, c): col["type"] for (_, t), tbl in got.items() for c, col in tbl["columns"].items()}
    assert types[("print", "adresats")] == "text" and types[("print", "dubults")] == "integer"
    assert types[("print", "tukss")] is None  # only nulls: nothing to tell
    assert types[("v", "sauciens")] == "text" and types[("v", "n")] == "INT"  # a declared type is kept
    assert types[("empty", "neviens")] is None  # no rows
    assert types[("k", "vārds")] == "TEXT"


def test_scan_cannot_write_the_file(catalog: Catalog, crm: Path) -> None:
    before = hashlib.sha256(crm.read_bytes()).hexdigest(), crm.stat().st_mtime_ns
    scan(catalog, f"sqlite:///{crm}", "crm", sample=5)
    assert (hashlib.sha256(crm.read_bytes()).hexdigest(), crm.stat().st_mtime_ns) == before
    connector = connector_for(resolve_url(f"sqlite:///{crm}", "crm"), "crm")
    with pytest.raises(ScanError, match="readonly|read-only|query_only"):
        with connect(connector, "crm") as conn:
            conn.exec_driver_sql("CREATE TABLE hack (a INT)")
    assert not list(crm.parent.glob("crm.db-*"))  # no journal or WAL left behind


@pytest.mark.parametrize(
    ("url", "message"),
    [
        ("sqlite:///{tmp}/missing.db", "SQLite file .*missing.db does not exist"),
        ("sqlite://", "must name a file"),
        ("oracle://scott:tiger@db/orcl", "unsupported URL scheme 'oracle'"),
        ("not a url at all", "is not a database URL"),
    ],
)
def test_bad_input_is_one_scan_error(catalog: Catalog, tmp_path: Path, url: str, message: str) -> None:
    with pytest.raises(ScanError, match=message) as info:
        scan(catalog, url.format(tmp=tmp_path), "crm")
    assert info.value.obj == "system 'crm'"
    assert "tiger" not in str(info.value)
    assert catalog.status().systems == 0  # nothing half-written


def test_statement_timeout_fails_the_scan_and_keeps_the_snapshot(  # type: ignore[no-untyped-def]
    catalog: Catalog, crm: Path, read_catalog, monkeypatch: pytest.MonkeyPatch
) -> None:
    scan(catalog, f"sqlite:///{crm}", "crm", sample=0)
    before = read_catalog(catalog, "crm")
    conn = sqlite3.connect(crm)  # counting its rows takes milliseconds: far past a 0.1 ms timeout
    conn.execute("CREATE TABLE notikumi (id INTEGER PRIMARY KEY, kas TEXT)")
    conn.execute(
        "WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 200000) "
        "INSERT INTO notikumi SELECT i, 'x' FROM n"
    )
    conn.commit()
    conn.close()
    monkeypatch.setenv("ROPA_STATEMENT_TIMEOUT", "0.0001")
    with pytest.raises(ScanError, match="a query ran longer than ROPA_STATEMENT_TIMEOUT") as info:
        scan(catalog, f"sqlite:///{crm}", "crm", sample=0)
    assert info.value.obj == "system 'crm'" and "raise ROPA_STATEMENT_TIMEOUT" in str(info.value.hint)
    assert read_catalog(catalog, "crm") == before
    monkeypatch.setenv("ROPA_STATEMENT_TIMEOUT", "30")
    assert scan(catalog, f"sqlite:///{crm}", "crm", sample=0).diff.tables_added == 1


@pytest.mark.parametrize("value", ["abc", "0", "-5"])
def test_bad_timeout_setting_is_a_config_error(
    catalog: Catalog, crm: Path, monkeypatch: pytest.MonkeyPatch, value: str
) -> None:
    from catalog.errors import ConfigError

    monkeypatch.setenv("ROPA_STATEMENT_TIMEOUT", value)
    with pytest.raises(ConfigError, match=f"ROPA_STATEMENT_TIMEOUT='{value}' is not a positive number of seconds"):
        scan(catalog, f"sqlite:///{crm}", "crm")
