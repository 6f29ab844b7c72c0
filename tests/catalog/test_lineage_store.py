"""Storing lineage: real SQLite systems scanned into a real catalog, SQL files, dbt, query logs, the graph, the CLI."""

from __future__ import annotations

import shutil
import sqlite3
from pathlib import Path

import pytest
import sqlalchemy as sa
from typer.testing import CliRunner

from catalog.errors import LineageError, NotFoundError
from catalog.lineage import add_path, graph, paths_from, resolve_edges, trace_views, tree, unresolved
from catalog.scanning import scan
from catalog.store import Catalog, schema
from catalog.store.schema_lineage import lineage_source, lineage_statement
from ropa.cli import app

INPUTS = Path(__file__).resolve().parent.parent / "fixtures" / "lineage" / "inputs"


def _sqlite(path: Path, ddl: str) -> str:
    with sqlite3.connect(path) as db:
        db.executescript(ddl)
    return f"sqlite:///{path}"


@pytest.fixture
def estate(tmp_path: Path, catalog: Catalog) -> Catalog:
    """Two scanned systems: crm (a table and a view over it) and dwh (one table)."""
    crm = _sqlite(
        tmp_path / "crm.db",
        """
        CREATE TABLE klienti (id INTEGER PRIMARY KEY, vards TEXT, e_pasts TEXT);
        CREATE VIEW v_kontakti AS SELECT id, upper(vards) AS vards, e_pasts FROM klienti WHERE e_pasts IS NOT NULL;
        """,
    )
    dwh = _sqlite(tmp_path / "dwh.db", "CREATE TABLE dim (klients_id INTEGER, e_pasts TEXT, vards TEXT);")
    scan(catalog, crm, "crm", sample=0)
    scan(catalog, dwh, "dwh", sample=0)
    return catalog


def _edges(catalog: Catalog, **where: str) -> list[sa.RowMapping]:
    e = schema.lineage_edge
    with catalog.connect() as conn:
        query = sa.select(e).where(*(e.c[k] == v for k, v in where.items())).order_by(e.c.id)
        return list(conn.execute(query).mappings().all())


def _column_id(catalog: Catalog, system: str, table: str, column: str) -> int:
    with catalog.connect() as conn:
        return int(
            conn.execute(
                sa.select(schema.col.c.id)
                .join(schema.tbl, schema.tbl.c.id == schema.col.c.table_id)
                .join(schema.system, schema.system.c.id == schema.tbl.c.system_id)
                .where(schema.system.c.name == system, schema.tbl.c.name == table, schema.col.c.name == column)
            ).scalar_one()
        )


def test_views_are_traced_when_a_system_is_scanned(estate: Catalog) -> None:
    edges = {(r["source_column"], r["target_column"], r["kind"]) for r in _edges(estate, origin="view")}
    assert edges == {
        ("id", "id", "copy"),
        ("vards", "vards", "transform"),
        ("e_pasts", "e_pasts", "copy"),
        ("e_pasts", "*", "filter"),
    }
    row = next(r for r in _edges(estate, origin="view") if r["source_column"] == "e_pasts" and r["kind"] == "copy")
    assert row["source_column_id"] == _column_id(estate, "crm", "klienti", "e_pasts")
    assert row["target_column_id"] == _column_id(estate, "crm", "v_kontakti", "e_pasts")
    assert row["location"] == "crm.main.v_kontakti"
    again = trace_views(estate, "crm")  # idempotent
    assert again.edges == 4
    assert len(_edges(estate, origin="view")) == 4


def test_sql_file_crosses_systems_through_the_mapping(estate: Catalog, tmp_path: Path) -> None:
    sql = tmp_path / "load_dim.sql"
    sql.write_text("-- nightly\nINSERT INTO dim (klients_id, e_pasts)\nSELECT id, e_pasts FROM crm_prod.klienti;\n")
    result = add_path(estate, sql, "dwh", mapping=INPUTS / "databases.yaml")
    assert (result.inputs, result.statements, result.edges, result.problems, result.unresolved) == (1, 1, 2, [], [])
    rows = _edges(estate, origin="sql")
    assert {(r["source_system"], r["source_table"], r["target_system"], r["target_table"]) for r in rows} == {
        ("crm", "main.klienti", "dwh", "main.dim")
    }
    assert all(r["location"] == f"{sql}:2" and r["fingerprint"] for r in rows)
    email = next(r for r in rows if r["target_column"] == "e_pasts")
    assert email["source_column_id"] == _column_id(estate, "crm", "klienti", "e_pasts")
    assert email["target_column_id"] == _column_id(estate, "dwh", "dim", "e_pasts")


def test_re_adding_a_file_replaces_its_edges(estate: Catalog, tmp_path: Path) -> None:
    sql = tmp_path / "load.sql"
    sql.write_text("INSERT INTO dim SELECT id AS klients_id, e_pasts, vards FROM crm.klienti;")
    add_path(estate, sql, "dwh")
    add_path(estate, sql, "dwh")
    assert len(_edges(estate, origin="sql")) == 3
    sql.write_text("INSERT INTO dim (vards) SELECT vards FROM crm.klienti;")
    add_path(estate, sql, "dwh")
    assert [(r["source_column"], r["target_column"]) for r in _edges(estate, origin="sql")] == [("vards", "vards")]
    with estate.connect() as conn:
        assert conn.execute(sa.select(sa.func.count()).select_from(lineage_source)).scalar() == 2  # view + file


def test_re_adding_a_folder_drops_what_removed_files_produced(estate: Catalog, tmp_path: Path) -> None:
    folder = tmp_path / "etl"
    (folder / "sub").mkdir(parents=True)
    (folder / "names.sql").write_text("INSERT INTO dim (vards) SELECT vards FROM crm.klienti;")
    (folder / "sub" / "emails.sql").write_text("INSERT INTO dim (e_pasts) SELECT e_pasts FROM crm.klienti;")
    other = tmp_path / "ids.sql"  # beside the folder, not in it: untouched by re-adding the folder
    other.write_text("INSERT INTO dim (klients_id) SELECT id FROM crm.klienti;")
    add_path(estate, other, "dwh")
    assert add_path(estate, folder, "dwh").inputs == 2
    assert {r["target_column"] for r in _edges(estate, origin="sql")} == {"vards", "e_pasts", "klients_id"}
    (folder / "sub" / "emails.sql").unlink()
    assert add_path(estate, folder, "dwh").inputs == 1
    assert {r["target_column"] for r in _edges(estate, origin="sql")} == {"vards", "klients_id"}
    with estate.connect() as conn:
        keys = set(conn.execute(sa.select(lineage_source.c.key).where(lineage_source.c.origin == "sql")).scalars())
        assert keys == {str((folder / "names.sql").resolve()), str(other.resolve())}
        assert not conn.execute(
            sa.select(lineage_statement.c.location).where(lineage_statement.c.location.like("%emails.sql%"))
        ).all()


def test_bad_statements_are_collected_and_the_rest_traced(estate: Catalog, tmp_path: Path) -> None:
    sql = tmp_path / "mixed.sql"
    sql.write_text("INSERT INTO dim (vards) SELECT vards FROM crm.klienti;\n\nSELECT * FROM WHERE;\nSELECT 1;\n")
    result = add_path(estate, sql, "dwh")
    assert [str(p) for p in result.problems] == [f"{sql}:3: Expected table name but got 'WHERE' (line 3, col 19)"]
    assert result.statements == 3
    assert result.edges == 1
    with estate.connect() as conn:
        errors = conn.execute(
            sa.select(lineage_statement.c.location, lineage_statement.c.error).where(
                lineage_statement.c.error.is_not(None)
            )
        ).all()
    assert [location for location, _ in errors] == [f"{sql}:3"]


def test_unscanned_tables_are_kept_and_linked_once_scanned(estate: Catalog, tmp_path: Path) -> None:
    sql = tmp_path / "billing.sql"
    sql.write_text("INSERT INTO dim (klients_id) SELECT klients_id FROM billing.rekini;")
    result = add_path(estate, sql, "dwh", mapping={"billing": "billing"})
    assert result.unresolved == ["billing: rekini"]
    assert unresolved(estate) == ["billing: rekini"]
    billing = _sqlite(tmp_path / "billing.db", "CREATE TABLE rekini (klients_id INTEGER, summa REAL);")
    scan(estate, billing, "billing", sample=0)  # the scan traces views and links waiting edges
    assert unresolved(estate) == []
    (row,) = _edges(estate, origin="sql")
    assert row["source_column_id"] == _column_id(estate, "billing", "rekini", "klients_id")
    assert row["source_table"] == "main.rekini"
    assert resolve_edges(estate) == 0


def test_a_table_without_the_column_is_listed(estate: Catalog, tmp_path: Path) -> None:
    sql = tmp_path / "typo.sql"
    sql.write_text("INSERT INTO dim (vards) SELECT vardz FROM crm.klienti;")
    assert add_path(estate, sql, "dwh").unresolved == ["crm: main.klienti.vardz (no such column)"]


def test_dbt_manifest(estate: Catalog) -> None:
    result = add_path(estate, INPUTS / "manifest.json", "dwh", mapping={"crm": "crm"})
    assert result.statements == 3  # two compiled models and one never compiled; ephemeral and tests skipped
    assert [p.message for p in result.problems] == ["model has no compiled SQL (run 'dbt compile' first)"]
    rows = _edges(estate, origin="dbt")
    assert {
        (r["source_table"], r["source_column"], r["target_table"], r["target_column"], r["kind"]) for r in rows
    } == {
        ("public.clients", "id", "analytics.staging.stg_clients", "client_id", "copy"),
        ("public.clients", "email", "analytics.staging.stg_clients", "email", "transform"),
        ("analytics.staging.stg_clients", "client_id", "analytics.marts.client_emails", "client_id", "copy"),
        ("analytics.staging.stg_clients", "email", "analytics.marts.client_emails", "email", "copy"),
        ("analytics.staging.stg_clients", "email", "analytics.marts.client_emails", "*", "filter"),
    }
    assert {r["location"] for r in rows} == {
        f"{INPUTS / 'manifest.json'}:model.balticom.stg_clients",
        f"{INPUTS / 'manifest.json'}:model.balticom.client_emails",
    }


def test_pg_stat_statements_is_deduplicated_by_fingerprint(estate: Catalog) -> None:
    result = add_path(estate, INPUTS / "pg_stat_statements.csv", "dwh")
    assert result.statements == 301
    assert result.shapes == 3
    assert [p.location for p in result.problems] == [f"{INPUTS / 'pg_stat_statements.csv'}:452"]
    with estate.connect() as conn:
        counts = conn.execute(
            sa.select(lineage_statement.c.kind, lineage_statement.c.occurrences)
            .join(lineage_source, lineage_source.c.id == lineage_statement.c.source_id)
            .where(lineage_statement.c.kind.is_not(None), lineage_source.c.origin == "log")
        ).all()
    assert sorted(counts) == [("insert", 300), ("select", 300), ("update", 300)]  # calls summed per shape
    targets = {(r["target_table"], r["target_column"], r["kind"]) for r in _edges(estate, origin="log")}
    assert ("main.dim", "e_pasts", "copy") in targets


def test_mysql_general_log_reads_only_queries(estate: Catalog) -> None:
    result = add_path(estate, INPUTS / "mysql_general_log.csv", "dwh")
    assert (result.statements, result.shapes, result.problems) == (40, 1, [])
    assert {r["location"] for r in _edges(estate, origin="log")} == {f"{INPUTS / 'mysql_general_log.csv'}:3"}


@pytest.mark.parametrize(
    ("name", "content", "message", "line"),
    [
        ("manifest.json", '{"nodes": {\n  "x": }', "not valid JSON", 2),
        ("other.json", '{"sources": {}}', "not a dbt manifest", None),
        ("log.csv", "who,when\nme,now\n", "needs a 'query' column", 1),
        ("calls.csv", "query,calls\nSELECT 1,many\n", "'calls' is not a number", 2),
        ("latin1.sql", b"SELECT 1;\n-- \xe9t\xe9\n", "not UTF-8", 2),
    ],
)
def test_unreadable_inputs_raise_with_file_and_line(
    catalog: Catalog, tmp_path: Path, name: str, content: str | bytes, message: str, line: int | None
) -> None:
    path = tmp_path / name
    path.write_bytes(content if isinstance(content, bytes) else content.encode())
    with pytest.raises(LineageError) as raised:
        add_path(catalog, path, "dwh")
    assert message in raised.value.message
    assert (raised.value.file, raised.value.line) == (str(path), line)


@pytest.mark.parametrize(("name", "line"), [("bad_mapping.yaml", None), ("broken_mapping.yaml", 3)])
def test_bad_mapping_names_file_and_line(catalog: Catalog, tmp_path: Path, name: str, line: int | None) -> None:
    (tmp_path / "a.sql").write_text("SELECT 1;")
    with pytest.raises(LineageError) as raised:
        add_path(catalog, tmp_path / "a.sql", "dwh", mapping=INPUTS / name)
    assert raised.value.file == str(INPUTS / name)
    assert raised.value.line == line


def test_a_folder_is_read_whole_before_anything_is_written(estate: Catalog, tmp_path: Path) -> None:
    folder = tmp_path / "etl"
    folder.mkdir()
    (folder / "a.sql").write_text("INSERT INTO dim (vards) SELECT vards FROM crm.klienti;")
    (folder / "b").mkdir()
    (folder / "b" / "manifest.json").write_text("{broken")
    with pytest.raises(LineageError):
        add_path(estate, folder, "dwh")
    assert _edges(estate, origin="sql") == []
    (folder / "b" / "manifest.json").unlink()
    shutil.copy(INPUTS / "mysql_general_log.csv", folder / "b" / "general.csv")
    result = add_path(estate, folder, "dwh")
    assert result.inputs == 2


def test_graph_paths_and_trees(estate: Catalog, tmp_path: Path) -> None:
    sql = tmp_path / "load.sql"
    sql.write_text("INSERT INTO dim (klients_id, e_pasts) SELECT id, e_pasts FROM crm.v_kontakti;")
    add_path(estate, sql, "dwh")
    g = graph(estate)
    assert g.has_edge("crm.main.klienti.e_pasts", "crm.main.v_kontakti.e_pasts")
    assert not any(data["kind"] == "filter" for _, _, data in g.edges(data=True))
    assert graph(estate, filters=True).number_of_edges() > g.number_of_edges()

    paths = paths_from(estate, _column_id(estate, "crm", "klienti", "e_pasts"))
    assert [p.nodes for p in paths] == [
        ("crm.main.klienti.e_pasts", "crm.main.v_kontakti.e_pasts"),
        ("crm.main.klienti.e_pasts", "crm.main.v_kontakti.e_pasts", "dwh.main.dim.e_pasts"),
    ]
    assert paths[1].end_column_id == _column_id(estate, "dwh", "dim", "e_pasts")
    assert paths[1].as_evidence()["locations"] == ["crm.main.v_kontakti", f"{sql}:1"]
    assert len(paths_from(estate, _column_id(estate, "crm", "klienti", "e_pasts"), depth=1)) == 1
    up = paths_from(estate, _column_id(estate, "dwh", "dim", "e_pasts"), upstream=True)
    assert {p.end for p in up} == {"crm.main.v_kontakti.e_pasts", "crm.main.klienti.e_pasts"}
    with pytest.raises(NotFoundError):
        paths_from(estate, 999_999)

    (column,) = tree(estate, "dwh.dim.e_pasts", upstream=True)
    assert column.children[0].name == "crm.main.v_kontakti.e_pasts"
    assert column.children[0].children[0].name == "crm.main.klienti.e_pasts"
    (table,) = tree(estate, "crm.klienti", upstream=False, depth=1)
    assert [c.name for c in table.children] == ["crm.main.v_kontakti"]
    assert table.children[0].children == []
    with pytest.raises(NotFoundError):
        tree(estate, "nowhere.nothing")


def test_cli_add_and_show(estate: Catalog, tmp_path: Path) -> None:
    sql = tmp_path / "load.sql"
    sql.write_text("INSERT INTO dim (e_pasts) SELECT e_pasts FROM crm.klienti;\nSELECT FROM;\n")
    runner = CliRunner()
    url = ["--catalog", str(estate.url)]
    added = runner.invoke(app, [*url, "lineage", "add", str(sql), "--system", "dwh"])
    assert added.exit_code == 0, added.output
    assert "1 column edge(s)" in added.output
    assert f"{sql}:2:" in added.output
    shown = runner.invoke(app, [*url, "lineage", "show", "dwh.dim.e_pasts", "--upstream"])
    assert shown.exit_code == 0, shown.output
    assert "crm.main.klienti.e_pasts" in shown.output
    missing = runner.invoke(app, [*url, "lineage", "add", str(tmp_path / "nope.sql"), "--system", "dwh"])
    assert missing.exit_code == 2
    assert "no such file or folder" in missing.output
    assert "Traceback" not in missing.output


def test_functions_on_the_way_are_stored_and_in_the_graph(estate: Catalog, tmp_path: Path) -> None:
    sql = tmp_path / "hash.sql"
    sql.write_text(
        "CREATE TEMP TABLE tmp AS SELECT id, lower(e_pasts) AS e FROM crm.klienti;\n"
        "INSERT INTO dim (klients_id, e_pasts) SELECT id, md5(e) FROM tmp;\n"
        "DROP TABLE tmp;\n"
    )
    add_path(estate, sql, "dwh")
    rows = {r["target_column"]: r for r in _edges(estate, origin="sql")}
    assert rows["e_pasts"]["functions"] == ["lower", "md5"]  # composed through the temporary table
    assert rows["e_pasts"]["source_table"] == "main.klienti"
    assert rows["klients_id"]["functions"] is None
    g = graph(estate)
    assert g.edges["crm.main.klienti.e_pasts", "dwh.main.dim.e_pasts"]["functions"] == {"lower", "md5"}


@pytest.mark.parametrize(
    ("running", "name", "system", "table", "found"),
    [
        ("crm", "klienti", "crm", "main.klienti", True),  # the running system's table, any schema
        ("crm", "main.klienti", "crm", "main.klienti", True),  # schema of the running system
        ("dwh", "crm.klienti", "crm", "main.klienti", True),  # a system's name is a database name
        ("dwh", "crm_prod.klienti", "crm", "main.klienti", True),  # the mapping
        ("dwh", "crm_prod.main.klienti", "crm", "main.klienti", True),
        ("dwh", "dwh_db.main.dim", "dwh", "main.dim", True),  # unmapped database: the running system's own
        ("dwh", "nowhere.t", "dwh", "nowhere.t", False),  # kept as written, in the running system
        ("dwh", "<unknown>", None, "<unknown>", False),
        ("dwh", "s3://bucket/key", None, "s3://bucket/key", False),
    ],
)
def test_names_resolve_to_systems_and_tables(
    estate: Catalog, running: str, name: str, system: str | None, table: str, found: bool
) -> None:
    from catalog.lineage.resolve import Resolver

    with estate.connect() as conn:
        place = Resolver(conn, running, {"crm_prod": "crm"}).place(name)
    assert (place.system, place.table, place.table_id is not None) == (system, table, found)


_SERVER_DDL = [
    "CREATE TABLE clients (id INTEGER PRIMARY KEY, email VARCHAR(200), phone VARCHAR(40))",
    "CREATE VIEW contactable AS SELECT c.id, lower(c.email) AS email FROM clients c WHERE c.phone IS NOT NULL",
]


@pytest.mark.postgres
def test_postgres_views_are_traced_at_scan(catalog: Catalog, pg_database: str) -> None:
    _views_from_a_server(catalog, pg_database, "public")


@pytest.mark.mysql
def test_mysql_views_are_traced_at_scan(catalog: Catalog, mysql_database: str) -> None:
    _views_from_a_server(catalog, mysql_database, sa.make_url(mysql_database).database or "")


def _views_from_a_server(catalog: Catalog, url: str, schema_name: str) -> None:
    engine = sa.create_engine(url)
    try:
        with engine.begin() as conn:
            for ddl in _SERVER_DDL:
                conn.execute(sa.text(ddl))
    finally:
        engine.dispose()
    scan(catalog, url, "crm", sample=0)
    rows = _edges(catalog, origin="view")
    assert {(r["source_column"], r["target_column"], r["kind"]) for r in rows} == {
        ("id", "id", "copy"),
        ("email", "email", "transform"),
        ("phone", "*", "filter"),
    }
    for row in rows:
        assert (row["source_table"], row["target_table"]) == (f"{schema_name}.clients", f"{schema_name}.contactable")
        assert row["source_column_id"] is not None
        assert row["target_column_id"] is not None or row["target_column"] == "*"
        # PostgreSQL keeps the view as lower((c.email)::text): the cast it added is on the edge too
        assert ("lower" in (row["functions"] or [])) == (row["source_column"] == "email")


def test_mysql_general_log_with_hex_blobs(estate: Catalog) -> None:
    result = add_path(estate, INPUTS / "mysql_general_log_hex.csv", "dwh")
    assert (result.statements, result.shapes, result.problems) == (2, 1, [])
    assert result.edges == 2  # klienti.id → dim.klients_id, and the WHERE filter
