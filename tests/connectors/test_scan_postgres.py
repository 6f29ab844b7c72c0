"""Scanning PostgreSQL (real server): the catalog holds exactly what the server's catalog says."""

from __future__ import annotations

import time
import uuid
from collections.abc import Iterator
from contextlib import contextmanager

import pytest
import sqlalchemy as sa

from catalog.errors import ScanError
from catalog.scanning import scan
from catalog.store import Catalog, schema
from connectors.base import TableSnapshot
from connectors.connection import connect, connector_for, resolve_url
from connectors.postgres import PostgresConnector

pytestmark = pytest.mark.postgres

DDL = """
CREATE SCHEMA "Pārdošana";
CREATE TABLE "Pārdošana"."Klienti" (
    id serial PRIMARY KEY,
    "vārds" text NOT NULL DEFAULT 'nav',
    "Mixed Case" integer,
    "ar atstarpi" varchar(20),
    dzimis date
);
COMMENT ON TABLE "Pārdošana"."Klienti" IS 'Klientu reģistrs';
COMMENT ON COLUMN "Pārdošana"."Klienti"."vārds" IS 'Vārds un uzvārds';
COMMENT ON COLUMN "Pārdošana"."Klienti"."ar atstarpi" IS 'Kolonna ar atstarpi';
CREATE TABLE public.orders (
    id integer, versija integer, klients integer REFERENCES "Pārdošana"."Klienti"(id),
    summa numeric(10,2) DEFAULT 0, PRIMARY KEY (id, versija)
);
CREATE TABLE public.lines (
    id integer PRIMARY KEY, order_id integer, order_versija integer,
    FOREIGN KEY (order_id, order_versija) REFERENCES public.orders(id, versija)
);
CREATE VIEW public."Aktīvie" AS SELECT k.id, k."vārds" FROM "Pārdošana"."Klienti" k JOIN public.orders o ON o.klients = k.id;
CREATE SCHEMA hidden;
CREATE TABLE hidden.secret (a integer);
INSERT INTO "Pārdošana"."Klienti" ("vārds", dzimis) SELECT 'Vārds ' || g, date '1980-01-01' + g FROM generate_series(1, 25) g;
ANALYZE;
"""


@pytest.fixture
def pg(pg_database: str) -> Iterator[str]:
    """A database of its own for tests that change it."""
    engine = sa.create_engine(pg_database)
    with engine.begin() as conn:
        conn.exec_driver_sql(DDL)
    engine.dispose()
    yield pg_database


@pytest.fixture(scope="module")
def pg_shared(pg_server: str, database_maker) -> Iterator[str]:  # type: ignore[no-untyped-def]
    """One database for the tests that only read it."""
    with database_maker(pg_server, DDL) as url:
        yield url


def _server_view(url: str, schemas: list[str]) -> dict:
    """The oracle: what SQLAlchemy's reflection reads from the server for the same schemas."""
    engine = sa.create_engine(url)
    insp = sa.inspect(engine)
    out = {}
    try:
        for schema_name in schemas:
            for name in insp.get_table_names(schema_name) + insp.get_view_names(schema_name):
                pk = set(insp.get_pk_constraint(name, schema_name)["constrained_columns"])
                fks = {}
                for fk in insp.get_foreign_keys(name, schema_name):
                    for src, ref in zip(fk["constrained_columns"], fk["referred_columns"]):
                        fks[src] = f"{fk['referred_schema'] or 'public'}.{fk['referred_table']}.{ref}"
                out[(schema_name, name)] = {
                    "comment": insp.get_table_comment(name, schema_name)["text"],
                    "columns": {
                        c["name"]: (c["nullable"], c["default"], c.get("comment"), c["name"] in pk, fks.get(c["name"]))
                        for c in insp.get_columns(name, schema_name)
                    },
                }
    finally:
        engine.dispose()
    return out


def test_catalog_matches_the_server(catalog: Catalog, pg_shared: str, read_catalog) -> None:  # type: ignore[no-untyped-def]
    result = scan(catalog, pg_shared, "crm", sample=0)
    assert result.dialect == "postgresql" and result.schemas == ("Pārdošana", "hidden", "public")
    got = read_catalog(catalog, "crm")
    expected = _server_view(pg_shared, ["Pārdošana", "hidden", "public"])
    assert set(got) == set(expected)
    for key, table in expected.items():
        assert got[key]["comment"] == table["comment"], key
        assert {
            name: (c["nullable"], c["default"], c["comment"], c["pk"], c["fk"])
            for name, c in got[key]["columns"].items()
        } == table["columns"], key
    klienti = got[("Pārdošana", "Klienti")]
    assert list(klienti["columns"]) == ["id", "vārds", "Mixed Case", "ar atstarpi", "dzimis"]
    assert [c["type"] for c in klienti["columns"].values()] == [
        "integer",
        "text",
        "integer",
        "character varying(20)",
        "date",
    ]
    assert klienti["rows"] == 25  # pg_class.reltuples after ANALYZE
    assert got[("public", "orders")]["columns"]["klients"]["fk"] == "Pārdošana.Klienti.id"
    assert got[("public", "orders")]["columns"]["summa"]["type"] == "numeric(10,2)"
    view = got[("public", "Aktīvie")]
    assert view["kind"] == "view"
    assert view["view_sql"].startswith('CREATE VIEW "public"."Aktīvie" AS SELECT k.id')
    assert "JOIN orders o ON" in view["view_sql"] and not view["view_sql"].endswith(";")


def test_schema_filter_and_rescan_diff(catalog: Catalog, pg: str, read_catalog, confirm, tags_of) -> None:  # type: ignore[no-untyped-def]
    scan(catalog, pg, "crm", sample=0)
    col = read_catalog(catalog, "crm")[("Pārdošana", "Klienti")]["columns"]["dzimis"]
    confirm(catalog, col["id"], 3)
    engine = sa.create_engine(pg)
    with engine.begin() as conn:
        conn.exec_driver_sql('ALTER TABLE "Pārdošana"."Klienti" DROP COLUMN dzimis, ADD COLUMN "e-pasts" text')
        conn.exec_driver_sql("DROP TABLE public.lines")
    only = scan(catalog, pg, "crm", schemas=["Pārdošana"], sample=0)
    assert only.schemas == ("Pārdošana",)
    assert (only.diff.columns_added, only.diff.columns_removed, only.diff.tables_removed) == (1, 1, 0)
    assert ("public", "lines") in read_catalog(catalog, "crm")  # not read, so not gone
    full = scan(catalog, pg, "crm", sample=0)
    assert (full.diff.tables_removed, full.diff.columns_removed) == (1, 3)
    with engine.begin() as conn:
        conn.exec_driver_sql('ALTER TABLE "Pārdošana"."Klienti" ADD COLUMN dzimis date')
    engine.dispose()
    back = scan(catalog, pg, "crm", sample=0)
    assert back.diff.columns_revived == 1 and back.diff.examples["columns_revived"] == ["Pārdošana.Klienti.dzimis"]
    again = read_catalog(catalog, "crm")[("Pārdošana", "Klienti")]["columns"]["dzimis"]
    assert again["id"] == col["id"] and tags_of(catalog, col["id"]) == [(3, "confirmed")]


def test_unknown_schema_is_an_error(catalog: Catalog, pg_shared: str) -> None:
    with pytest.raises(ScanError, match="none of the schemas nope exists"):
        scan(catalog, pg_shared, "crm", schemas=["nope"], sample=0)


def test_session_is_read_only_with_timeouts(pg_shared: str, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("ROPA_STATEMENT_TIMEOUT", "7")
    connector = connector_for(resolve_url(pg_shared, "crm"), "crm")
    with connect(connector, "crm") as conn:
        assert conn.exec_driver_sql("SHOW statement_timeout").scalar() == "7s"
        assert conn.exec_driver_sql("SHOW default_transaction_read_only").scalar() == "on"
    with pytest.raises(ScanError, match="read-only transaction"):
        with connect(connector, "crm") as conn:
            conn.exec_driver_sql('DELETE FROM "Pārdošana"."Klienti"')
    engine = sa.create_engine(pg_shared)
    with engine.connect() as conn:
        assert conn.exec_driver_sql('SELECT count(*) FROM "Pārdošana"."Klienti"').scalar() == 25
    engine.dispose()


@contextmanager
def _locked(url: str, statement: str) -> Iterator[None]:
    """Another session holding a lock (*statement*) until the block ends — a query that waits on it is slow.

    The server ends the holder after 15 s idle, so a broken timeout fails the test instead of hanging it.
    """
    engine = sa.create_engine(url)
    try:
        with engine.connect() as conn:
            conn.exec_driver_sql("SET idle_in_transaction_session_timeout = '15s'")
            conn.exec_driver_sql(statement)  # inside the connection's open transaction
            try:
                yield
            finally:
                try:
                    conn.rollback()
                except sa.exc.DBAPIError:
                    pass  # already ended by the server
    finally:
        engine.dispose()


def test_statement_timeout_fails_the_scan_and_keeps_the_snapshot(  # type: ignore[no-untyped-def]
    catalog: Catalog, pg: str, read_catalog, monkeypatch: pytest.MonkeyPatch
) -> None:
    scan(catalog, pg, "crm", sample=0)
    before = read_catalog(catalog, "crm")
    monkeypatch.setenv("ROPA_STATEMENT_TIMEOUT", "1")
    started = time.monotonic()
    # The catalog query for tables reads pg_description: held exclusively elsewhere, it waits past 1 s.
    with _locked(pg, "LOCK TABLE pg_catalog.pg_description IN ACCESS EXCLUSIVE MODE"):
        with pytest.raises(ScanError, match="a query ran longer than ROPA_STATEMENT_TIMEOUT") as info:
            scan(catalog, pg, "crm", sample=0)
    assert time.monotonic() - started < 10
    assert info.value.obj == "system 'crm'" and "raise ROPA_STATEMENT_TIMEOUT" in str(info.value.hint)
    assert "statement timeout" in str(info.value)
    assert read_catalog(catalog, "crm") == before  # the failed scan changed nothing
    with catalog.connect() as conn:
        runs = conn.execute(sa.select(schema.scan_run.c.status).order_by(schema.scan_run.c.id)).scalars().all()
    assert runs == ["ok", "failed"]


def test_a_sample_past_the_timeout_is_skipped_with_a_warning(  # type: ignore[no-untyped-def]
    catalog: Catalog, pg: str, read_catalog, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("ROPA_STATEMENT_TIMEOUT", "1")
    with _locked(pg, "LOCK TABLE public.lines IN ACCESS EXCLUSIVE MODE"):
        result = scan(catalog, pg, "crm", sample=5)
    assert result.sampled_tables == 3  # the others
    [warning] = [w for w in result.warnings if "public.lines" in w]
    assert "statement timeout" in warning and "raise ROPA_STATEMENT_TIMEOUT" in warning
    assert read_catalog(catalog, "crm")[("public", "lines")]["columns"]["id"]["sample_size"] is None


def test_sampling_reads_a_bounded_sample(catalog: Catalog, pg_shared: str, read_catalog) -> None:  # type: ignore[no-untyped-def]
    result = scan(catalog, pg_shared, "crm", sample=10)
    assert result.sampled_tables == 4 and not result.warnings
    cols = read_catalog(catalog, "crm")[("Pārdošana", "Klienti")]["columns"]
    assert cols["vārds"]["sample_size"] == 10 and isinstance(cols["vārds"]["profile"], dict)
    big = TableSnapshot("s", "t", row_estimate=10_000_000, columns=())
    assert "TABLESAMPLE SYSTEM (0.0100" in PostgresConnector(
        sa.create_engine(pg_shared), sa.make_url(pg_shared)
    ).sample_query(big, 100)


def test_permission_denied_schema_is_skipped_with_a_warning(catalog: Catalog, pg: str, read_catalog) -> None:  # type: ignore[no-untyped-def]
    role = f"ropa_ro_{uuid.uuid4().hex[:8]}"
    engine = sa.create_engine(pg, isolation_level="AUTOCOMMIT")
    database = sa.make_url(pg).database
    with engine.connect() as conn:
        conn.exec_driver_sql(f"CREATE ROLE {role} LOGIN")
        conn.exec_driver_sql(f'GRANT USAGE ON SCHEMA public, "Pārdošana" TO {role}')
        conn.exec_driver_sql(f'GRANT SELECT ON ALL TABLES IN SCHEMA "Pārdošana" TO {role}')
        conn.exec_driver_sql(f"GRANT SELECT ON public.lines TO {role}")
    try:
        url = sa.make_url(pg).set(username=role).render_as_string(hide_password=False)
        result = scan(catalog, url, "crm", sample=5)
        assert result.schemas == ("Pārdošana", "public")
        assert any("schema 'hidden': permission denied" in w for w in result.warnings)
        assert any("public.orders: not sampled (permission denied" in w for w in result.warnings)
        assert ("Pārdošana", "Klienti") in read_catalog(catalog, "crm")
        assert ("hidden", "secret") not in read_catalog(catalog, "crm")
    finally:
        with engine.connect() as conn:
            conn.exec_driver_sql(f"DROP OWNED BY {role}")
            conn.exec_driver_sql(f"DROP ROLE {role}")
        engine.dispose()
    assert database


@pytest.mark.parametrize(
    ("change", "message"),
    [
        ({"database": "ropa_no_such_db"}, "unknown database"),
        ({"port": 1}, "cannot reach the server"),
        ({"username": "ropa_no_such_role"}, "unknown user|authentication failed"),
    ],
)
def test_bad_connection_is_one_clear_error(catalog: Catalog, pg_server: str, change: dict, message: str) -> None:
    url = sa.make_url(pg_server).set(**change).render_as_string(hide_password=False)
    with pytest.raises(ScanError, match=message) as info:
        scan(catalog, url, "crm")
    assert info.value.obj == "system 'crm'" and info.value.hint
    assert catalog.status().systems == 0
