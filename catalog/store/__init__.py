"""The catalog store: SQLAlchemy Core over any SQLAlchemy URL, schema managed by Alembic.

Embedded SQLite (``.ropa/catalog.db``) by default so one engineer needs nothing installed; PostgreSQL for
teams. Every write goes through :meth:`Catalog.begin` — one transaction, committed whole or not at all.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

import sqlalchemy as sa
from sqlalchemy.engine import Connection, Engine, make_url
from sqlalchemy.exc import ArgumentError, NoSuchModuleError, OperationalError, SQLAlchemyError

from catalog import settings
from catalog.errors import CatalogError, ConfigError
from catalog.store import schema

MIGRATIONS = Path(__file__).resolve().parent.parent / "migrations"
# The chain is linear and each revision id is its file's number, so the head is the highest number: known
# without importing Alembic, which lets every command open an up-to-date catalog without loading it (~0.2 s).
HEAD_REVISION = max(p.name.split("_", 1)[0] for p in (MIGRATIONS / "versions").glob("[0-9]*_*.py"))


def utcnow() -> datetime:
    """Now, in UTC, to the second — the one clock every stored time comes from."""
    return datetime.now(UTC).replace(microsecond=0)


def redact_url(url: str | sa.URL) -> str:
    """The URL as it may be stored or printed: any password replaced by ``***``."""
    try:
        parsed = make_url(url) if isinstance(url, str) else url
    except ArgumentError:
        return "<unparseable URL>"
    return parsed.render_as_string(hide_password=True)


@dataclass(frozen=True)
class CatalogStatus:
    systems: int
    tables: int
    columns: int
    tags: int
    confirmed_tags: int
    edges: int


def _sqlite_pragmas(dbapi_connection, _record) -> None:  # type: ignore[no-untyped-def]
    cursor = dbapi_connection.cursor()
    cursor.execute("PRAGMA foreign_keys=ON")
    cursor.execute("PRAGMA busy_timeout=10000")
    cursor.close()


class Catalog:
    """An opened catalog. Use :func:`open_catalog` to get one that is created and migrated.

    >>> cat = open_catalog("sqlite://")
    >>> cat.status().systems
    0
    """

    def __init__(self, url: str | None = None) -> None:
        raw = url or settings.get("catalog")
        try:
            parsed = make_url(raw)
        except ArgumentError:
            raise ConfigError(
                f"catalog URL {redact_url(raw)!r} is not a SQLAlchemy URL",
                hint="use e.g. sqlite:///.ropa/catalog.db or postgresql://user@host/db",
            ) from None
        self.url = parsed
        if parsed.get_backend_name() == "sqlite" and parsed.database not in (None, "", ":memory:"):
            Path(parsed.database).parent.mkdir(parents=True, exist_ok=True)
        if parsed.get_backend_name() == "postgresql" and parsed.drivername == "postgresql":
            parsed = parsed.set(drivername="postgresql+psycopg")
        if parsed.get_backend_name() == "mysql" and parsed.drivername == "mysql":
            parsed = parsed.set(drivername="mysql+pymysql")
        kwargs: dict[str, object] = {"future": True}
        if parsed.get_backend_name() == "sqlite" and parsed.database in (None, "", ":memory:"):
            kwargs["poolclass"] = sa.pool.StaticPool
            kwargs["connect_args"] = {"check_same_thread": False}
        try:
            self.engine: Engine = sa.create_engine(parsed, **kwargs)
        except (NoSuchModuleError, ArgumentError, ImportError) as exc:
            raise ConfigError(
                f"catalog URL {redact_url(raw)!r}: unsupported database ({exc})",
                hint="supported: sqlite:///PATH, postgresql://..., mysql://...",
            ) from None
        if parsed.get_backend_name() == "sqlite":
            sa.event.listen(self.engine, "connect", _sqlite_pragmas)

    @property
    def display_url(self) -> str:
        return redact_url(self.url)

    @contextmanager
    def begin(self) -> Iterator[Connection]:
        """One transaction: commit on success, roll back on any error."""
        with self._reporting_outages(), self.engine.begin() as conn:
            yield conn

    @contextmanager
    def connect(self) -> Iterator[Connection]:
        """A read connection."""
        with self._reporting_outages(), self.engine.connect() as conn:
            yield conn

    @contextmanager
    def _reporting_outages(self) -> Iterator[None]:
        """A catalog server that is down or refuses us becomes one :class:`CatalogError` line."""
        try:
            yield
        except OperationalError as exc:
            raise CatalogError(
                f"catalog {self.display_url}: {exc.orig}".strip(), hint="check the --catalog URL and server"
            ) from exc

    def _alembic_config(self):  # type: ignore[no-untyped-def]
        from alembic.config import Config

        config = Config()
        config.set_main_option("script_location", str(MIGRATIONS))
        config.attributes["engine"] = self.engine
        return config

    def revision(self) -> str | None:
        """The Alembic revision the catalog is at (``None`` when never initialised)."""
        from alembic.runtime.migration import MigrationContext

        with self.connect() as conn:
            return MigrationContext.configure(conn).get_current_revision()

    def _at_head(self) -> bool:
        """Already at the head revision? Read without Alembic; any doubt (no table, no server) says no, and
        the full upgrade then runs and reports what is wrong."""
        try:
            with self.engine.connect() as conn:
                current = conn.execute(sa.text("SELECT version_num FROM alembic_version")).scalars().all()
        except SQLAlchemyError:
            return False
        return current == [HEAD_REVISION]

    def head(self) -> str:
        from alembic.script import ScriptDirectory

        head = ScriptDirectory.from_config(self._alembic_config()).get_current_head()
        assert head is not None
        return head

    def upgrade(self, revision: str = "head") -> None:
        """Create or upgrade the schema in place (idempotent)."""
        if revision == "head" and self._at_head():
            return
        from alembic import command

        try:
            command.upgrade(self._alembic_config(), revision)
        except OperationalError as exc:
            raise CatalogError(
                f"cannot open catalog {self.display_url}: {str(exc.orig).strip()}",
                hint="check the --catalog URL, that the server runs and the database exists",
            ) from None
        except SQLAlchemyError as exc:
            raise CatalogError(f"cannot migrate catalog {self.display_url}: {exc}") from None

    def create_database(self) -> bool:
        """Create the server database named in the URL when it does not exist yet (PostgreSQL, MySQL).

        Returns True when it was created. SQLite files are created on first connection anyway.
        """
        backend = self.url.get_backend_name()
        if backend not in ("postgresql", "mysql"):
            return False
        name = self.url.database
        if not name:
            raise ConfigError(f"catalog URL {self.display_url} names no database")
        maintenance = self.engine.url.set(database="postgres" if backend == "postgresql" else "")
        admin = sa.create_engine(maintenance, isolation_level="AUTOCOMMIT")
        try:
            with admin.connect() as conn:
                if backend == "postgresql":
                    exists = conn.execute(sa.text("SELECT 1 FROM pg_database WHERE datname = :n"), {"n": name}).first()
                    if not exists:
                        conn.execute(sa.text(f'CREATE DATABASE "{name.replace(chr(34), chr(34) * 2)}"'))
                else:
                    exists = conn.execute(sa.text("SHOW DATABASES LIKE :n"), {"n": name}).first()
                    if not exists:
                        conn.execute(sa.text(f"CREATE DATABASE `{name.replace('`', '``')}` CHARACTER SET utf8mb4"))
                return not exists
        except OperationalError as exc:
            raise CatalogError(
                f"cannot reach the server of catalog {self.display_url}: {str(exc.orig).strip()}",
                hint="check that the server runs and the user may create databases",
            ) from None
        finally:
            admin.dispose()

    def status(self) -> CatalogStatus:
        """Counts of what the catalog holds (removed tables and columns excluded)."""
        with self.connect() as conn:

            def count(table: sa.Table, *where: sa.ColumnElement[bool]) -> int:
                return int(conn.execute(sa.select(sa.func.count()).select_from(table).where(*where)).scalar_one())

            return CatalogStatus(
                systems=count(schema.system),
                tables=count(schema.tbl, schema.tbl.c.removed_at.is_(None)),
                columns=count(schema.col, schema.col.c.removed_at.is_(None)),
                tags=count(schema.tag),
                confirmed_tags=count(schema.tag, schema.tag.c.status == "confirmed"),
                edges=count(schema.lineage_edge),
            )

    def dispose(self) -> None:
        self.engine.dispose()


def open_catalog(url: str | None = None, *, upgrade: bool = True) -> Catalog:
    """Open the catalog at *url* (or ``ROPA_CATALOG`` / the default), creating and migrating it."""
    catalog = Catalog(url)
    if upgrade:
        catalog.upgrade()
    return catalog


__all__ = ["HEAD_REVISION", "Catalog", "CatalogStatus", "open_catalog", "redact_url", "utcnow", "schema"]
