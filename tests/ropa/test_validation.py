"""Great Expectations validation on a real SQLite source: retention, formats, identifiers, Data Docs, privacy."""

from __future__ import annotations

import sqlite3
from datetime import datetime, timedelta
from pathlib import Path

import pytest
import sqlalchemy as sa

from catalog.store import Catalog, open_catalog, schema
from catalog.store.schema_register import validation_result
from ropa.reconcile import reconcile
from ropa.register import import_register
from ropa.validation import ValidationRun, plan, retention_sql, validate
from tests.ropa.seed import seed

DATA = Path(__file__).resolve().parent.parent / "data"
TODAY = datetime(2026, 11, 1, 9, 0, 0)
CANARY_EMAIL = "canary.zx81@example.lv"
BROKEN_EMAIL = "not-an-email-canary"


def _source(path: Path) -> None:
    conn = sqlite3.connect(path)
    conn.execute("CREATE TABLE recordings (id INTEGER PRIMARY KEY, recorded_at TEXT, caller TEXT)")
    rows = [(i, (TODAY - timedelta(days=10 * i)).strftime("%Y-%m-%d %H:%M:%S"), f"+3712{i:07d}") for i in range(1, 41)]
    conn.executemany("INSERT INTO recordings VALUES (?, ?, ?)", rows)  # 40 rows, 10..400 days old
    conn.execute("CREATE TABLE clients (id INTEGER PRIMARY KEY, klienta_nr TEXT, e_pasts TEXT, personas_kods TEXT)")
    clients: list[tuple[int, str | None, str, str]] = [
        (i, f"K{i:05d}", f"user{i}@example.lv", "010190-12345") for i in range(1, 20)
    ]
    clients += [(20, None, BROKEN_EMAIL, "010190-12345"), (21, "K00021", CANARY_EMAIL, "010190-12345")]
    conn.executemany("INSERT INTO clients VALUES (?, ?, ?, ?)", clients)
    conn.commit()
    conn.close()


@pytest.fixture(scope="module")
def validated(tmp_path_factory: pytest.TempPathFactory) -> tuple[Catalog, ValidationRun, Path]:
    """One GX run for the module (GX takes seconds to import and run)."""
    tmp = tmp_path_factory.mktemp("gx")
    source = tmp / "callcentre.db"
    _source(source)
    catalog = open_catalog(f"sqlite:///{tmp / 'cat' / 'catalog.db'}")
    seed(catalog, "callcentre", {"recordings": {"recorded_at": [26], "caller": [2]}}, url=f"sqlite:///{source}")
    seed(
        catalog,
        "crm",
        {"clients": {"klienta_nr": [5], "e_pasts": [2], "personas_kods": [1]}},
        url=f"sqlite:///{source}",
    )
    seed(catalog, "billing", {"invoices": {"iban": [18]}})  # no URL: nothing to validate, never an error
    with catalog.begin() as conn:
        conn.execute(schema.col.update().where(schema.col.c.name == "e_pasts").values(profile={"email": 0.95}))
    import_register(catalog, DATA / "register_ok.yaml")
    result = validate(catalog, tmp / "out", today=TODAY)
    return catalog, result, tmp / "out" / "data_docs"


def test_the_plan_follows_register_and_tags(validated: tuple[Catalog, ValidationRun, Path]) -> None:
    catalog, _, _ = validated
    from ropa.register import load_register

    planned, skipped = plan(catalog, load_register(catalog))
    found = {(p.system, p.table, p.column, p.check, p.rule) for p in planned}
    assert found == {
        ("callcentre", "recordings", "recorded_at", "retention_max", "call_recordings"),
        ("crm", "clients", "e_pasts", "format", "email"),
        ("crm", "clients", "personas_kods", "format", "lv_personal_code"),  # no profile: chosen by name
        ("crm", "clients", "klienta_nr", "not_null", "customer_no"),
        ("billing", "invoices", "iban", "format", "iban"),  # planned, but billing has no URL to run it on
    }
    assert skipped == []
    _, result, _ = validated
    assert [(s.rule, "no database URL" in s.reason) for s in result.skipped] == [("iban", True)]


def test_retention_counts_rows_older_than_the_period(validated: tuple[Catalog, ValidationRun, Path]) -> None:
    _, result, _ = validated
    retention = next(r for r in result.results if r["check"] == "retention_max")
    assert not retention["success"]
    # 6 months before 2026-11-01 is 2026-05-01: rows 10*i days old with 10*i > 184 → i = 19..40
    assert retention["unexpected_count"] == 22


def test_format_and_identifier_results(validated: tuple[Catalog, ValidationRun, Path]) -> None:
    _, result, _ = validated
    by_rule = {r["rule"]: r for r in result.results}
    assert by_rule["email"]["success"] and by_rule["email"]["unexpected_count"] == 1  # 1 of 21 < 10 %
    assert by_rule["lv_personal_code"]["success"]
    assert not by_rule["customer_no"]["success"] and by_rule["customer_no"]["unexpected_count"] == 1


def test_results_are_stored_and_feed_reconciliation(validated: tuple[Catalog, ValidationRun, Path]) -> None:
    catalog, result, _ = validated
    with catalog.connect() as conn:
        stored = conn.execute(
            sa.select(sa.func.count()).select_from(validation_result).where(validation_result.c.run_id == result.run_id)
        ).scalar_one()
    assert stored == 4
    retention = [f for f in reconcile(catalog, store=False) if f.kind == "retention_exceeded"]
    assert [(f.object, f.details["unexpected_count"]) for f in retention] == [("table:callcentre.main.recordings", 22)]


def test_data_docs_are_built_and_hold_no_values(validated: tuple[Catalog, ValidationRun, Path]) -> None:
    catalog, result, docs = validated
    assert result.docs_index == docs / "index.html" and result.docs_index.exists()
    gx_root = Path(str(catalog.url.database)).parent / "gx"
    assert gx_root.exists()
    for folder in (docs, gx_root):
        for path in folder.rglob("*"):
            if path.is_file() and path.suffix in (".html", ".json", ".yml", ".yaml"):
                text = path.read_text(encoding="utf-8", errors="ignore")
                assert CANARY_EMAIL not in text and BROKEN_EMAIL not in text and "+3712" not in text, path


def test_a_second_run_supersedes_the_first(
    validated: tuple[Catalog, ValidationRun, Path], capfd: pytest.CaptureFixture[str]
) -> None:
    catalog, first, docs = validated
    second = validate(catalog, docs.parent, today=datetime(2026, 5, 15))
    assert second.run_id != first.run_id
    assert "Calculating Metrics" not in capfd.readouterr().err  # tqdm bars silenced
    retention = next(r for r in second.results if r["check"] == "retention_max")
    assert retention["unexpected_count"] == 5  # older than 2025-11-15, i.e. more than 351 days: i = 36..40


def test_data_docs_render_only_the_runs_own_results(
    validated: tuple[Catalog, ValidationRun, Path], tmp_path: Path
) -> None:
    catalog = validated[0]
    run = validate(catalog, tmp_path, today=TODAY)  # the store now holds this run and at least one before
    pages = list((tmp_path / "data_docs" / "validations").rglob("*.html"))
    assert len(pages) == len({(r["system"], r["table_name"]) for r in run.results})
    assert run.docs_index is not None and run.docs_index.exists()


@pytest.mark.parametrize(
    ("dialect", "words"),
    [
        ("sqlite", "datetime(\"d\") < datetime('2026-11-01 09:00:00', '-6 months')"),
        ("postgresql", "CAST(\"d\" AS timestamp) < TIMESTAMP '2026-11-01 09:00:00' - INTERVAL '6 month'"),
        ("mysql", "CAST(`d` AS DATETIME) < DATE_SUB('2026-11-01 09:00:00', INTERVAL 6 MONTH)"),
    ],
)
def test_retention_sql_per_dialect(dialect: str, words: str) -> None:
    sql = retention_sql("d", 6, "month", dialect, TODAY)
    assert words in sql and sql.startswith("SELECT 1 AS overdue FROM {batch}")


def _retention_on_server(url: str, dialect: str, schema_name: str, text_type: str, tmp: Path) -> ValidationRun:
    """40 recordings dated as text every 10 days back from TODAY on a server; validated from a SQLite catalog."""
    engine = sa.create_engine(url)
    with engine.begin() as conn:
        conn.execute(sa.text(f"CREATE TABLE recordings (id integer PRIMARY KEY, recorded_at {text_type})"))
        for i in range(1, 41):
            stamp = (TODAY - timedelta(days=10 * i)).strftime("%Y-%m-%d %H:%M:%S")
            conn.execute(sa.text("INSERT INTO recordings VALUES (:i, :d)"), {"i": i, "d": stamp})
    engine.dispose()
    catalog = open_catalog(f"sqlite:///{tmp / 'catalog.db'}")
    seed(
        catalog, "callcentre", {"recordings": {"recorded_at": [26]}}, url=url, dialect=dialect, schema_name=schema_name
    )
    import_register(catalog, DATA / "register_ok.yaml")
    try:
        return validate(catalog, tmp / "out", today=TODAY)
    finally:
        catalog.dispose()


@pytest.mark.postgres
def test_retention_on_postgres_text_dates(pg_database: str, tmp_path: Path) -> None:
    result = _retention_on_server(pg_database, "postgresql", "public", "text", tmp_path)
    (retention,) = [r for r in result.results if r["check"] == "retention_max"]
    assert (retention["table_name"], retention["success"], retention["unexpected_count"]) == (
        "public.recordings",
        False,
        22,
    )


@pytest.mark.mysql
def test_retention_on_mariadb_text_dates(mysql_database: str, tmp_path: Path) -> None:
    database = sa.make_url(mysql_database).database or ""
    result = _retention_on_server(mysql_database, "mysql", database, "varchar(30)", tmp_path)
    assert result.skipped == []
    (retention,) = [r for r in result.results if r["check"] == "retention_max"]
    assert (retention["success"], retention["unexpected_count"]) == (False, 22)
