from __future__ import annotations

from pathlib import Path

import pytest
import sqlalchemy as sa
from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext

from catalog import audit
from catalog.errors import CatalogError, ConfigError
from catalog.store import HEAD_REVISION, Catalog, open_catalog, redact_url, schema, utcnow


def _round_trip(cat: Catalog) -> None:
    now = utcnow()
    with cat.begin() as conn:
        sid = conn.execute(
            schema.system.insert().values(name="crm", kind="database", url="sqlite:///crm.db", created_at=now)
        ).inserted_primary_key[0]  # type: ignore[index]
        tid = conn.execute(
            schema.tbl.insert().values(
                system_id=sid, schema_name="public", name="klienti", kind="table", first_seen=now, last_seen=now
            )
        ).inserted_primary_key[0]  # type: ignore[index]
        cid = conn.execute(
            schema.col.insert().values(
                table_id=tid,
                name="personas_kods",
                position=1,
                data_type="TEXT",
                nullable=False,
                is_pk=False,
                comment="Personas kods",
                first_seen=now,
                last_seen=now,
            )
        ).inserted_primary_key[0]  # type: ignore[index]
        conn.execute(
            schema.tag.insert().values(
                column_id=cid,
                category=1,
                status="suggested",
                source="name",
                confidence=0.9,
                evidence={"rule": "name.personal_code", "pattern": "personas_kods"},
                created_at=now,
                updated_at=now,
            )
        )
        audit.record(conn, "tag.suggest", "crm.public.klienti.personas_kods", after={"category": 1}, actor="tester")
    status = cat.status()
    assert (status.systems, status.tables, status.columns, status.tags, status.confirmed_tags) == (1, 1, 1, 1, 0)
    with cat.connect() as conn:
        row = conn.execute(sa.select(schema.tag)).mappings().one()
        assert row.evidence == {"rule": "name.personal_code", "pattern": "personas_kods"}
        entries = audit.history(conn, "crm.public.*")
        assert [(e.actor, e.action, e.after) for e in entries] == [("tester", "tag.suggest", {"category": 1})]


def test_round_trip_sqlite(catalog: Catalog) -> None:
    _round_trip(catalog)


@pytest.mark.postgres
def test_round_trip_postgres(pg_database: str) -> None:
    cat = open_catalog(pg_database)
    try:
        assert cat.revision() == cat.head()
        _round_trip(cat)
    finally:
        cat.dispose()


@pytest.mark.mysql
def test_round_trip_mysql(mysql_database: str) -> None:
    cat = open_catalog(mysql_database)
    try:
        _round_trip(cat)
    finally:
        cat.dispose()


def test_a_failed_transaction_leaves_nothing(catalog: Catalog) -> None:
    with pytest.raises(RuntimeError):
        with catalog.begin() as conn:
            conn.execute(schema.system.insert().values(name="half", kind="database", created_at=utcnow()))
            raise RuntimeError("boom")
    assert catalog.status().systems == 0


def test_migrations_match_the_metadata(catalog: Catalog) -> None:
    """The migrated schema and ``schema.metadata`` must not drift apart."""
    with catalog.connect() as conn:
        diffs = compare_metadata(MigrationContext.configure(conn, opts={"compare_type": True}), schema.metadata)
    assert diffs == []


def test_empty_catalog_upgrades_in_place_and_keeps_data(tmp_path: Path) -> None:
    url = f"sqlite:///{tmp_path / 'old.db'}"
    old = Catalog(url)
    old.upgrade("0001")
    assert old.revision() == "0001"
    with old.begin() as conn:
        conn.execute(schema.system.insert().values(name="kept", kind="database", created_at=utcnow()))
    old.dispose()
    new = open_catalog(url)
    assert new.revision() == new.head()
    assert new.status().systems == 1
    new.upgrade()  # idempotent
    assert new.revision() == new.head()


def test_head_is_known_without_alembic_and_an_opened_catalog_skips_the_migration(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    url = f"sqlite:///{tmp_path / 'c.db'}"
    first = open_catalog(url)
    assert HEAD_REVISION == first.head() == first.revision()
    first.dispose()

    import alembic.command

    def no_migration(*args: object, **kwargs: object) -> None:
        raise AssertionError("an up-to-date catalog must open without running Alembic")

    monkeypatch.setattr(alembic.command, "upgrade", no_migration)
    again = open_catalog(url)
    assert again.revision() == HEAD_REVISION
    again.dispose()
    behind = Catalog(f"sqlite:///{tmp_path / 'old.db'}")
    monkeypatch.undo()
    behind.upgrade("0001")
    behind.upgrade()  # not at head: the real migration runs
    assert behind.revision() == HEAD_REVISION
    behind.dispose()


def test_default_location_is_dot_ropa(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(tmp_path)
    monkeypatch.delenv("ROPA_CATALOG", raising=False)
    cat = open_catalog()
    assert (tmp_path / ".ropa" / "catalog.db").exists()
    cat.dispose()


@pytest.mark.parametrize("url", ["not a url", "nosuchdb://x/y"])
def test_bad_url_is_a_config_error(url: str) -> None:
    with pytest.raises(ConfigError):
        Catalog(url)


@pytest.mark.postgres
def test_unreachable_server_is_a_catalog_error() -> None:
    with pytest.raises(CatalogError, match="cannot open catalog"):
        open_catalog("postgresql://postgres@127.0.0.1:1/nothing")


def test_redact_url_hides_password() -> None:
    assert redact_url("postgresql://bob:s3cret@db/x") == "postgresql://bob:***@db/x"
    assert "s3cret" not in redact_url("mysql+pymysql://bob:s3cret@db/x")
