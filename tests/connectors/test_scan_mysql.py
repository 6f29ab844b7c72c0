"""Scanning MariaDB/MySQL (real server): catalog equals the server's catalog; databases as schemas; safety."""

from __future__ import annotations

import sqlite3
import threading
import uuid
from collections.abc import Iterator, Sequence
from pathlib import Path

import pymysql
import pytest
import sqlalchemy as sa

from catalog.errors import CatalogError, ScanError
from catalog.scanning import _CatalogSink, scan
from catalog.store import Catalog, schema
from catalog.store.snapshots import SnapshotWriter
from connectors.base import SystemSnapshot, TableSnapshot
from connectors.connection import connect, connector_for, resolve_url
from connectors.mysql import MySQLConnector, _Packed

pytestmark = pytest.mark.mysql

DDL = [
    """CREATE TABLE `Klienti` (
        id int AUTO_INCREMENT PRIMARY KEY,
        `vārds` varchar(100) NOT NULL DEFAULT 'nav' COMMENT 'Vārds un uzvārds',
        `Mixed Case` int,
        `ar atstarpi` varchar(20) COMMENT 'Kolonna ar atstarpi',
        dzimis date
    ) ENGINE=InnoDB COMMENT 'Klientu reģistrs'""",
    """CREATE TABLE orders (
        id int, versija int, klients int, summa decimal(10,2) DEFAULT 0,
        PRIMARY KEY (id, versija), FOREIGN KEY (klients) REFERENCES `Klienti`(id)
    ) ENGINE=InnoDB""",
    """CREATE TABLE `lines` (
        id int PRIMARY KEY, order_id int, order_versija int,
        FOREIGN KEY (order_id, order_versija) REFERENCES orders(id, versija)
    ) ENGINE=InnoDB""",
    "CREATE VIEW `Aktīvie` AS SELECT k.id, k.`vārds` FROM `Klienti` k JOIN orders o ON o.klients = k.id",
    "INSERT INTO `Klienti` (`vārds`, dzimis) VALUES "
    + ", ".join(f"('Vārds {i}', '1980-01-{i:02d}')" for i in range(1, 26)),
    "ANALYZE TABLE `Klienti`",
]


@pytest.fixture(scope="module")
def my_shared(mysql_server: str, database_maker) -> Iterator[str]:  # type: ignore[no-untyped-def]
    with database_maker(mysql_server, DDL) as url:
        yield url


@pytest.fixture
def my(mysql_database: str) -> str:
    engine = sa.create_engine(mysql_database)
    with engine.begin() as conn:
        for statement in DDL:
            conn.exec_driver_sql(statement)
    engine.dispose()
    return mysql_database


def _server_view(url: str) -> dict:
    """The oracle: SQLAlchemy's reflection of the same database."""
    engine = sa.create_engine(url)
    insp = sa.inspect(engine)
    database = sa.make_url(url).database
    out = {}
    try:
        for name in insp.get_table_names() + insp.get_view_names():
            pk = set(insp.get_pk_constraint(name)["constrained_columns"])
            fks = {}
            for fk in insp.get_foreign_keys(name):
                for src, ref in zip(fk["constrained_columns"], fk["referred_columns"]):
                    fks[src] = f"{fk['referred_schema'] or database}.{fk['referred_table']}.{ref}"
            out[(database, name)] = {
                "comment": insp.get_table_comment(name)["text"] if name in insp.get_table_names() else None,
                "columns": {
                    c["name"]: (c["nullable"], c.get("comment"), c["name"] in pk, fks.get(c["name"]))
                    for c in insp.get_columns(name)
                },
            }
    finally:
        engine.dispose()
    return out


def test_catalog_matches_the_server(catalog: Catalog, my_shared: str, read_catalog) -> None:  # type: ignore[no-untyped-def]
    database = sa.make_url(my_shared).database
    result = scan(catalog, my_shared, "billing", sample=0)
    assert result.dialect == "mysql" and result.schemas == (database,)
    got = read_catalog(catalog, "billing")
    expected = _server_view(my_shared)
    assert set(got) == set(expected)
    for key, table in expected.items():
        assert got[key]["comment"] == table["comment"], key
        if got[key]["kind"] == "view":  # reflection parses SHOW CREATE VIEW: names only, no column details
            assert list(got[key]["columns"]) == list(table["columns"]), key
            continue
        assert {
            name: (c["nullable"], c["comment"], c["pk"], c["fk"]) for name, c in got[key]["columns"].items()
        } == table["columns"], key
    klienti = got[(database, "Klienti")]
    assert list(klienti["columns"]) == ["id", "vārds", "Mixed Case", "ar atstarpi", "dzimis"]
    assert klienti["columns"]["vārds"]["type"] == "varchar(100)"
    assert klienti["columns"]["vārds"]["default"] in ("'nav'", "nav")  # MariaDB quotes literals, MySQL does not
    assert klienti["columns"]["Mixed Case"]["default"] is None
    assert klienti["rows"] == 25  # information_schema.TABLES.TABLE_ROWS after ANALYZE
    assert got[(database, "orders")]["columns"]["klients"]["fk"] == f"{database}.Klienti.id"
    view = got[(database, "Aktīvie")]
    assert view["kind"] == "view" and view["comment"] is None
    assert view["view_sql"].startswith(f"CREATE VIEW `{database}`.`Aktīvie` AS select")


def _without_ids(read_catalog, catalog: Catalog, system: str) -> dict:  # type: ignore[no-untyped-def]
    """What the catalog holds for *system*, column ids left out (they differ between systems)."""
    return {
        key: {**table, "columns": {n: {**c, "id": None} for n, c in table["columns"].items()}}
        for key, table in read_catalog(catalog, system).items()
    }


def test_catalog_text_cut_short_is_read_row_by_row(  # type: ignore[no-untyped-def]
    catalog: Catalog, my_shared: str, read_catalog, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The catalog queries travel as one GROUP_CONCAT text, which the server cuts at group_concat_max_len
    (or max_allowed_packet, on a big enough schema): the cut must be noticed, wherever it falls, and the
    rows read one by one instead — same catalog."""

    def without_ids(system: str) -> dict:
        return _without_ids(read_catalog, catalog, system)

    scan(catalog, my_shared, "whole", sample=0)
    fallbacks = []
    normalised = _Packed.normalised

    def counted(self: _Packed, row: tuple) -> tuple:
        fallbacks.append(row)
        return normalised(self, row)

    monkeypatch.setattr(_Packed, "normalised", counted)
    for length in (4, 40, 61, 97, 150, 400):
        monkeypatch.setattr(MySQLConnector, "GROUP_CONCAT_SQL", f"SET SESSION group_concat_max_len = {length}")
        scan(catalog, my_shared, f"cut{length}", sample=0)
        assert without_ids(f"cut{length}") == without_ids("whole"), length
    assert fallbacks


def test_columns_read_in_name_ranges_give_the_same_catalog(  # type: ignore[no-untyped-def]
    catalog: Catalog, my: str, read_catalog, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Columns are read in ranges of table names and written to the catalog range by range. The ranges
    meet at names information_schema compares case-insensitively ('a' = 'A'), yet every table arrives
    exactly once and the catalog is the one a single read gives."""
    engine = sa.create_engine(my)
    with engine.begin() as conn:
        for name, columns in [("a", "x int"), ("A", "y int"), ("b", "x int"), ("B", "y int, z int"), ("c", "x int")]:
            conn.exec_driver_sql(f"CREATE TABLE `{name}` ({columns})")
    engine.dispose()
    scan(catalog, my, "whole", sample=0)
    batches: list[list[str]] = []
    write_columns = SnapshotWriter.columns

    def spy(self: SnapshotWriter, tables: Sequence[TableSnapshot]) -> None:
        batches.append([table.name for table in tables])
        write_columns(self, tables)

    monkeypatch.setattr(SnapshotWriter, "columns", spy)
    monkeypatch.setattr(MySQLConnector, "CHUNK_TABLES", 1)
    scan(catalog, my, "ranges", sample=0)
    assert _without_ids(read_catalog, catalog, "ranges") == _without_ids(read_catalog, catalog, "whole")
    assert list(read_catalog(catalog, "ranges")) == list(read_catalog(catalog, "whole"))  # same table order
    names = [name for batch in batches for name in batch]
    assert len(batches) >= 4 and sorted(names) == sorted(
        ["a", "A", "b", "B", "c", "Klienti", "orders", "lines", "Aktīvie"]
    )


def test_a_catalog_failure_while_the_source_is_read_is_reported_as_the_catalogs(  # type: ignore[no-untyped-def]
    catalog: Catalog, my_shared: str, read_catalog, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The catalog is written while the columns are still being read: a catalog error there must not be
    taken for an error of the source database, and the catalog keeps its previous snapshot."""
    scan(catalog, my_shared, "billing", sample=0)
    before = read_catalog(catalog, "billing")

    def broken(self: SnapshotWriter, tables: Sequence[TableSnapshot]) -> None:
        raise sa.exc.OperationalError("INSERT INTO col", {}, sqlite3.OperationalError("disk I/O error"))

    monkeypatch.setattr(SnapshotWriter, "columns", broken)
    with pytest.raises(CatalogError, match="disk I/O error") as info:
        scan(catalog, my_shared, "billing", sample=0)
    assert "cannot scan" not in str(info.value) and "system 'billing'" not in str(info.value)
    assert read_catalog(catalog, "billing") == before


def test_a_source_failure_after_the_first_ranges_leaves_the_catalog_as_it_was(  # type: ignore[no-untyped-def]
    catalog: Catalog, my: str, read_catalog, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Ranges already written to the catalog are rolled back when the last one fails on the source."""
    scan(catalog, my, "billing", sample=0)
    engine = sa.create_engine(my)
    with engine.begin() as conn:
        conn.exec_driver_sql("ALTER TABLE `lines` ADD COLUMN jauna int")
    engine.dispose()
    before = read_catalog(catalog, "billing")
    monkeypatch.setattr(MySQLConnector, "CHUNK_TABLES", 1)
    read_range = MySQLConnector._columns

    def failing_last(self: MySQLConnector, conn: sa.Connection, schema: str, lo: str | None, hi: str | None):  # type: ignore[no-untyped-def]
        if lo is not None and hi is None:  # what the server says when max_statement_time stops a query
            interrupted = pymysql.err.OperationalError(1969, "Query execution was interrupted (max_statement_time)")
            raise sa.exc.OperationalError("SELECT ... FROM information_schema.COLUMNS", {}, interrupted)
        return read_range(self, conn, schema, lo, hi)

    written: list[int] = []
    write_columns = SnapshotWriter.columns

    def counted(self: SnapshotWriter, tables: Sequence[TableSnapshot]) -> None:
        written.append(len(tables))
        write_columns(self, tables)

    monkeypatch.setattr(MySQLConnector, "_columns", failing_last)
    monkeypatch.setattr(SnapshotWriter, "columns", counted)
    with pytest.raises(ScanError, match="a query ran longer than ROPA_STATEMENT_TIMEOUT") as info:
        scan(catalog, my, "billing", sample=0)
    assert info.value.obj == "system 'billing'"
    assert sum(written) >= 1  # something had been written before the failure
    assert read_catalog(catalog, "billing") == before  # ... and was rolled back
    with catalog.connect() as conn:
        statuses = conn.execute(sa.select(schema.scan_run.c.status).order_by(schema.scan_run.c.id)).scalars().all()
    assert statuses == ["ok", "failed"]


def test_progress_reads_then_saves_and_says_how_far_each_is_while_they_overlap(  # type: ignore[no-untyped-def]
    catalog: Catalog, my: str, read_catalog, monkeypatch: pytest.MonkeyPatch
) -> None:
    """With the columns read and written range by range, "reading catalog" and "saving" run side by side,
    each in tables: a table counts as read when its columns are handed over, as saved when written (the
    last ones with the commit). Reading starts first and completes before the last range is written;
    saving starts once something was read and never gets ahead of what was written or read."""
    engine = sa.create_engine(my)
    with engine.begin() as conn:
        for name in ("a", "b", "c", "d"):
            conn.exec_driver_sql(f"CREATE TABLE `{name}` (x int)")
    engine.dispose()
    monkeypatch.setattr(MySQLConnector, "CHUNK_TABLES", 1)
    events: list[tuple[str, int, int]] = []
    write_columns = SnapshotWriter.columns

    def written(self: SnapshotWriter, tables: Sequence[TableSnapshot]) -> None:
        write_columns(self, tables)
        events.append(("written", len(tables), 0))

    committed: list[int] = []

    def progress(phase: str, done: int, total: int) -> None:
        events.append((phase, done, total))
        if phase == "saving" and done == total:
            committed.append(len(read_catalog(catalog, "billing")))

    monkeypatch.setattr(SnapshotWriter, "columns", written)
    result = scan(catalog, my, "billing", sample=0, progress=progress)
    n = result.tables + result.views
    assert n == 8 and sum(1 for e in events if e[0] == "written") >= 4  # several ranges
    assert events[0] == ("reading catalog", 0, 1)  # before the table list is known
    assert events[-1] == ("saving", n, n) and committed == [n]  # saved = committed
    last_write = max(i for i, e in enumerate(events) if e[0] == "written")
    assert events.index(("reading catalog", n, n)) < last_write
    read = saved = wrote = 0
    for phase, done, total in events:
        if phase == "reading catalog":
            assert done >= read and total in (1, n)
            read = done if total == n else 0
        elif phase == "written":
            wrote += done
            assert wrote <= read  # nothing written before it was read
        else:
            assert read > 0  # saving starts once something was read
            assert total == n and saved <= done and (done <= wrote or done == n)
            saved = done
    # they overlap: reading goes on after saving started, and says how far it is
    assert any(p == "reading catalog" and 0 < d < n for p, d, _ in events[events.index(("saving", 0, n)) :])


def test_other_writers_of_the_catalog_are_not_held_up_while_the_first_columns_are_read(  # type: ignore[no-untyped-def]
    catalog: Catalog, my_shared: str, read_catalog, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The scan's catalog transaction (on SQLite the one write lock, held to the commit) opens with the first
    range of columns, not with the table list: until that range is read, another writer gets the lock."""
    monkeypatch.setattr(MySQLConnector, "CHUNK_TABLES", 1)
    outlined = threading.Event()
    keep_outline = _CatalogSink.tables

    def told(self: _CatalogSink, snap: SystemSnapshot) -> None:
        keep_outline(self, snap)
        outlined.set()

    read_range = MySQLConnector._columns
    writable: list[bool] = []

    def first_range(self: MySQLConnector, conn: sa.Connection, schema: str, lo: str | None, hi: str | None):  # type: ignore[no-untyped-def]
        if lo is None:  # the first range, read on its own session: finished once the catalog has the table list
            assert outlined.wait(30)
            other = sqlite3.connect(str(catalog.url.database), timeout=0, isolation_level=None)
            try:
                other.execute("BEGIN IMMEDIATE")  # the write lock every writer takes
                other.execute("ROLLBACK")
                writable.append(True)
            except sqlite3.OperationalError as exc:  # database is locked
                writable.append("locked" not in str(exc))
            finally:
                other.close()
        return read_range(self, conn, schema, lo, hi)

    monkeypatch.setattr(_CatalogSink, "tables", told)
    monkeypatch.setattr(MySQLConnector, "_columns", first_range)
    scan(catalog, my_shared, "billing", sample=0)
    assert writable == [True]
    assert len(read_catalog(catalog, "billing")) == 4  # and the scan wrote all it read


def test_a_user_allowed_one_connection_gets_the_same_catalog(  # type: ignore[no-untyped-def]
    catalog: Catalog, mysql_server: str, my_shared: str, read_catalog
) -> None:
    """Keys and columns are read on two more sessions; where the server refuses them
    (max_user_connections), the scan reads everything on its one session instead."""
    user, password = f"ropa_{uuid.uuid4().hex[:8]}", "Slepena-Parole-43"
    database = sa.make_url(my_shared).database
    admin = sa.create_engine(mysql_server, isolation_level="AUTOCOMMIT")
    with admin.connect() as conn:
        conn.exec_driver_sql(f"CREATE USER '{user}'@'%%' IDENTIFIED BY '{password}' WITH MAX_USER_CONNECTIONS 1")
        conn.exec_driver_sql(f"GRANT SELECT, SHOW VIEW ON `{database}`.* TO '{user}'@'%%'")
    try:
        scan(catalog, my_shared, "whole", sample=0)
        url = sa.make_url(my_shared).set(username=user, password=password).render_as_string(hide_password=False)
        scan(catalog, url, "one", sample=0)
        assert _without_ids(read_catalog, catalog, "one") == _without_ids(read_catalog, catalog, "whole")
    finally:
        with admin.connect() as conn:
            conn.exec_driver_sql(f"DROP USER IF EXISTS '{user}'@'%%'")
        admin.dispose()


def test_a_scan_of_no_existing_schema_leaves_no_system_behind(catalog: Catalog, my_shared: str) -> None:
    """The (empty) snapshot reaches the catalog writer before the scan finds nothing was read: rolled back."""
    with pytest.raises(ScanError, match="none of the schemas ropa_no_such_db exists"):
        scan(catalog, my_shared, "fresh", schemas=["ropa_no_such_db"], sample=0)
    with catalog.connect() as conn:
        assert conn.execute(sa.select(schema.system.c.id).where(schema.system.c.name == "fresh")).first() is None


def test_rescan_diff_keeps_confirmed_tags(catalog: Catalog, my: str, read_catalog, confirm, tags_of) -> None:  # type: ignore[no-untyped-def]
    database = sa.make_url(my).database
    scan(catalog, my, "billing", sample=0)
    col = read_catalog(catalog, "billing")[(database, "Klienti")]["columns"]["dzimis"]
    confirm(catalog, col["id"], 3)
    engine = sa.create_engine(my)
    with engine.begin() as conn:
        conn.exec_driver_sql("ALTER TABLE `Klienti` DROP COLUMN dzimis, ADD COLUMN `e-pasts` varchar(100)")
    diff = scan(catalog, my, "billing", sample=0).diff
    assert (diff.columns_added, diff.columns_removed) == (1, 1)
    with engine.begin() as conn:
        conn.exec_driver_sql("ALTER TABLE `Klienti` ADD COLUMN dzimis date")
    engine.dispose()
    diff = scan(catalog, my, "billing", sample=0).diff
    assert diff.columns_revived == 1
    assert read_catalog(catalog, "billing")[(database, "Klienti")]["columns"]["dzimis"]["id"] == col["id"]
    assert tags_of(catalog, col["id"]) == [(3, "confirmed")]


def test_session_is_read_only_with_timeouts(my_shared: str, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("ROPA_STATEMENT_TIMEOUT", "7")
    connector = connector_for(resolve_url(my_shared, "billing"), "billing")
    with connect(connector, "billing") as conn:
        version = conn.exec_driver_sql("SELECT VERSION()").scalar()
        variable = "max_statement_time" if "mariadb" in str(version).lower() else "max_execution_time"
        assert float(conn.exec_driver_sql(f"SELECT @@session.{variable}").scalar_one()) in (7.0, 7000.0)
    with pytest.raises(ScanError, match="READ ONLY"):
        with connect(connector, "billing") as conn:
            conn.exec_driver_sql("DELETE FROM `lines`")
    with pytest.raises(ScanError, match="READ ONLY"):
        with connect(connector, "billing") as conn:
            conn.exec_driver_sql("CREATE TABLE hack (a int)")


def test_statement_timeout_fails_the_scan_and_keeps_the_snapshot(  # type: ignore[no-untyped-def]
    catalog: Catalog, my: str, read_catalog, monkeypatch: pytest.MonkeyPatch
) -> None:
    engine = sa.create_engine(my)
    # enough tables that reading information_schema takes well over the 10 µs allowed below (1 ms was once not)
    with engine.begin() as conn:
        for i in range(120):
            conn.exec_driver_sql(f"CREATE TABLE filler_{i:03d} (" + ", ".join(f"c{j} int" for j in range(10)) + ")")
    engine.dispose()
    scan(catalog, my, "billing", sample=0)
    before = read_catalog(catalog, "billing")
    monkeypatch.setenv("ROPA_STATEMENT_TIMEOUT", "0.00001")
    with pytest.raises(ScanError, match="a query ran longer than ROPA_STATEMENT_TIMEOUT") as info:
        scan(catalog, my, "billing", sample=0)
    assert info.value.obj == "system 'billing'" and "raise ROPA_STATEMENT_TIMEOUT" in str(info.value.hint)
    assert "max_statement_time" in str(info.value) or "max_execution_time" in str(info.value)
    assert read_catalog(catalog, "billing") == before  # the failed scan changed nothing


def test_a_sample_past_the_timeout_is_skipped_with_a_warning(  # type: ignore[no-untyped-def]
    catalog: Catalog, my: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("ROPA_STATEMENT_TIMEOUT", "1")
    holder = sa.create_engine(my)
    with holder.connect() as conn:
        conn.exec_driver_sql("SET SESSION wait_timeout = 15")  # a broken timeout fails the test, not hangs it
        conn.exec_driver_sql("LOCK TABLES `lines` WRITE")
        try:
            result = scan(catalog, my, "billing", sample=5)
        finally:
            conn.exec_driver_sql("UNLOCK TABLES")
    holder.dispose()
    assert result.sampled_tables == 2
    [warning] = [w for w in result.warnings if ".lines" in w]
    assert "max_statement_time" in warning and "raise ROPA_STATEMENT_TIMEOUT" in warning


def test_sampling(catalog: Catalog, my_shared: str, read_catalog) -> None:  # type: ignore[no-untyped-def]
    database = sa.make_url(my_shared).database
    result = scan(catalog, my_shared, "billing", sample=7)
    assert result.sampled_tables == 3 and not result.warnings
    cols = read_catalog(catalog, "billing")[(database, "Klienti")]["columns"]
    assert cols["vārds"]["sample_size"] == 7


@pytest.fixture
def scoped_user(mysql_server: str, my_shared: str) -> Iterator[tuple[str, str, str]]:
    """A user with a password and rights on the shared database and one more: (user, password, other db)."""
    user, password, other = f"ropa_{uuid.uuid4().hex[:8]}", "Slepena-Parole-42", f"ropa_test_{uuid.uuid4().hex[:10]}"
    database = sa.make_url(my_shared).database
    admin = sa.create_engine(mysql_server, isolation_level="AUTOCOMMIT")
    with admin.connect() as conn:
        conn.exec_driver_sql(f"CREATE DATABASE `{other}`")
        conn.exec_driver_sql(f"CREATE TABLE `{other}`.t (a int)")
        conn.exec_driver_sql(f"CREATE USER '{user}'@'%%' IDENTIFIED BY '{password}'")
        conn.exec_driver_sql(f"GRANT ALL ON `{database}`.* TO '{user}'@'%%'")
        conn.exec_driver_sql(f"GRANT SELECT ON `{other}`.* TO '{user}'@'%%'")
    try:
        yield user, password, other
    finally:
        with admin.connect() as conn:
            conn.exec_driver_sql(f"DROP USER IF EXISTS '{user}'@'%%'")
            conn.exec_driver_sql(f"DROP DATABASE IF EXISTS `{other}`")
        admin.dispose()


def test_url_without_database_scans_every_visible_database(
    catalog: Catalog, my_shared: str, scoped_user: tuple[str, str, str]
) -> None:
    user, password, other = scoped_user
    database = str(sa.make_url(my_shared).database)
    url = sa.make_url(my_shared).set(username=user, password=password, database="")
    result = scan(catalog, url.render_as_string(hide_password=False), "billing", sample=0)
    assert result.schemas == tuple(sorted([database, other]))  # information_schema is skipped, others invisible
    assert password not in result.url and ":***@" in result.url
    with pytest.raises(ScanError, match="none of the schemas mysql exists"):
        scan(catalog, url.render_as_string(hide_password=False), "billing", schemas=["mysql"], sample=0)


def test_password_from_environment_and_wrong_password(
    catalog: Catalog, my_shared: str, scoped_user: tuple[str, str, str], monkeypatch: pytest.MonkeyPatch
) -> None:
    user, password, _ = scoped_user
    url = sa.make_url(my_shared).set(username=user).render_as_string(hide_password=False)
    monkeypatch.setenv("ROPA_PASSWORD", password)
    assert scan(catalog, url, "billing", sample=0).tables == 3
    monkeypatch.setenv("ROPA_PASSWORD", "Nepareiza-Parole")
    with pytest.raises(ScanError, match="wrong user name or password") as info:
        scan(catalog, url, "billing", sample=0)
    assert "Nepareiza" not in str(info.value) and password not in str(info.value)


def test_wrong_password_on_the_command_line_is_one_line_without_the_password(
    tmp_path: Path, my_shared: str, scoped_user: tuple[str, str, str]
) -> None:
    from typer.testing import CliRunner

    from ropa.cli import app

    user, password, _ = scoped_user
    wrong = "Nepareiza-Parole-7"
    url = sa.make_url(my_shared).set(username=user, password=wrong).render_as_string(hide_password=False)
    catalog_url = f"sqlite:///{tmp_path / 'catalog.db'}"
    result = CliRunner().invoke(app, ["--catalog", catalog_url, "scan", url, "--system", "billing"], terminal_width=200)
    assert result.exit_code != 0
    assert "wrong user name or password" in result.output and "system 'billing'" in result.output
    assert wrong not in result.output and password not in result.output
    assert "Traceback" not in result.output


@pytest.mark.parametrize(
    ("change", "message"),
    [({"database": "ropa_no_such_db"}, "unknown database"), ({"port": 1}, "cannot reach the server")],
)
def test_bad_connection_is_one_clear_error(catalog: Catalog, mysql_server: str, change: dict, message: str) -> None:
    url = sa.make_url(mysql_server).set(**change).render_as_string(hide_password=False)
    with pytest.raises(ScanError, match=message) as info:
        scan(catalog, url, "billing")
    assert info.value.obj == "system 'billing'"
    assert catalog.status().systems == 0
