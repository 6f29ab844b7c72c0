"""Scanning a database into the catalog: connect read-only, snapshot, sample, profile, apply the diff.

The library entry point behind ``ropa scan``. The source is only read (read-only sessions, statement
timeouts); the catalog is written in one transaction (begun with the first columns read), so a scan that
fails anywhere leaves the previous snapshot of that system as it was. Sampled values live only inside
:meth:`connectors.base.Connector.sample`, where :func:`catalog.detectors.profile_values` turns them
into ratios; only the ratios are stored.

>>> from catalog.store import open_catalog
>>> result = scan(open_catalog("sqlite://"), "sqlite:///demo.db", "crm")  # doctest: +SKIP
>>> result.diff.columns_added  # doctest: +SKIP
42
"""

from __future__ import annotations

import gc
import time
from collections.abc import Iterable, Iterator, Sequence
from contextlib import ExitStack, contextmanager
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Any

import sqlalchemy as sa

from catalog import detectors
from catalog.errors import ConfigError, RopaError, ScanError
from catalog.store import Catalog, redact_url, schema, utcnow
from catalog.store.snapshots import Diff, SnapshotWriter
from connectors.base import Progress, SnapshotSink, SystemSnapshot, TableSnapshot
from connectors.connection import connect, connector_for, resolve_url


@dataclass(frozen=True)
class ScanResult:
    """What one scan found and changed. ``url`` is redacted; no sampled value appears anywhere."""

    system: str
    dialect: str
    url: str
    schemas: tuple[str, ...]
    tables: int
    views: int
    columns: int
    sampled_tables: int
    diff: Diff
    warnings: tuple[str, ...]
    seconds: float
    lineage: Any = None  # what catalog.lineage.trace_views returned, when that area is installed


@dataclass(frozen=True)
class ScanOutcome:
    """One system of :func:`scan_many`: its result, or the error that stopped it."""

    system: str
    url: str
    result: ScanResult | None = None
    error: RopaError | None = None


def _snapshot(
    url: str,
    system: str,
    schemas: Sequence[str] | None,
    sample: int,
    progress: Progress | None,
    sink: SnapshotSink | None = None,
) -> tuple[str, SystemSnapshot]:
    """Read the source (never writes it): structure, then the optional sample, on one read-only session.

    A *sink* gets the structure while it is read (see :class:`_CatalogSink`). The "reading catalog" phase
    counts tables (see :class:`_Reading`): 0 of 1 until the table list is known.
    """
    connector = connector_for(resolve_url(url, system), system)
    with connect(connector, system) as conn:
        reading = _Reading(progress, sink)
        snap = connector.snapshot(conn, schemas, reading if sink is not None else None)
        reading.finished(len(snap.tables))
        if schemas and not snap.schemas and not snap.skipped:
            raise ScanError(
                f"none of the schemas {', '.join(schemas)} exists",
                obj=f"system {system!r}",
                hint="check --schema (for MySQL a schema is a database)",
            )
        if sample > 0:
            profiles, warnings, sampled = connector.sample(
                conn, snap.tables, sample, detectors.profile_values, progress
            )
            snap = replace(snap, profiles=profiles, warnings=snap.warnings + tuple(warnings), sampled_tables=sampled)
    return connector.dialect, snap


def _system_id(conn: sa.Connection, system: str) -> int | None:
    row = conn.execute(sa.select(schema.system.c.id, schema.system.c.kind).where(schema.system.c.name == system))
    found = row.first()
    if found is None:
        return None
    if found.kind != "database":
        raise ScanError(
            f"is a declared {found.kind} system, not a database",
            obj=f"system {system!r}",
            hint="scan it under another --system name",
        )
    return int(found.id)


def scan(
    catalog: Catalog,
    url: str,
    system: str,
    *,
    schemas: Sequence[str] | None = None,
    sample: int = 100,
    progress: Progress | None = None,
) -> ScanResult:
    """Scan the database at *url* as *system* and record the diff; raise :class:`ScanError` on bad input.

    *schemas* limits the scan (for MySQL: databases); *sample* rows per table feed the value detectors
    (0 = off). *progress* is called as ``progress(phase, done, total)``.
    """
    if not system or not system.strip():
        raise ScanError("a scan needs a system name", hint="pass --system NAME")
    if sample < 0:
        raise ScanError(f"--sample must be 0 or more, not {sample}", obj=f"system {system!r}")
    started, clock = utcnow(), time.perf_counter()
    with _collector_paused():
        # The snapshot lives only inside _scan: freed by reference counting before the collector
        # resumes, so resuming it does not mean walking hundreds of thousands of objects at once.
        result = _scan(catalog, url, system, schemas, sample, progress, started, clock)
    return replace(result, lineage=_trace_views(catalog, system))


@contextmanager
def _collector_paused() -> Iterator[None]:
    """Pause Python's cyclic garbage collector during a scan.

    A scan allocates hundreds of thousands of small, acyclic objects (rows, snapshots, parameters); the
    collector would walk them repeatedly and free nothing — 10-30 % of a large scan's CPU time.
    """
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was_enabled:
            gc.enable()


class _Reading:
    """The "reading catalog" phase, in tables read, and the sink as the connector sees it.

    A table counts as read when the connector hands its columns over — before the sink writes them. A
    streaming connector (MySQL) hands them over range by range while it reads the next, so this phase
    moves on while "saving" does and completes before the last range is written; one that reads
    everything first hands it all over at once, so reading completes before anything is saved.
    """

    def __init__(self, progress: Progress | None, sink: SnapshotSink | None) -> None:
        self.progress, self.sink = progress, sink
        self.total = self.read = 0
        self.complete = False
        if progress:
            progress("reading catalog", 0, 1)  # how many tables is not known yet

    def tables(self, snap: SystemSnapshot) -> None:
        self.total = len(snap.tables)
        if self.sink is not None:
            self.sink.tables(snap)

    def columns(self, tables: Sequence[TableSnapshot]) -> None:
        if tables:
            self.read += len(tables)
            self._report(self.read, self.total)
        if self.sink is not None:
            self.sink.columns(tables)

    def finished(self, tables: int) -> None:
        """The connector returned: every table is read (reported now unless a hand-over already did)."""
        if not self.complete:
            self._report(tables, tables)

    def _report(self, done: int, total: int) -> None:
        self.complete = done >= total
        if self.progress:  # no tables: 1 of 1 when done, as before the count is known
            self.progress("reading catalog", max(total, 1) if self.complete else done, max(total, 1))


class _CatalogFailure(Exception):
    """A catalog error raised inside the source's read: carried past the source's error translation."""


class _CatalogSink:
    """Writes the snapshot to the catalog as the connector hands it over (a ``SnapshotSink``).

    One catalog transaction takes the whole snapshot: it commits only after the whole scan succeeded, and
    a failure anywhere rolls it back — the previous snapshot stays. It opens with the first part of the
    columns, not with the table list: its first write takes SQLite's one write lock until the commit, and
    other writers of the catalog wait meanwhile, so it waits until there is something to write (with MySQL,
    the first range of columns and the keys: a fifth of the lock of a first scan of 40,000 columns).

    The later parts of a streaming connector (MySQL) are written while the source reads the next, so the
    lock is held while those are read. It is not split further: parts committed apart would stay behind
    when a later part fails (undoing them is a second diff that can fail too), and the diff compares with
    the stored snapshot read inside the same transaction, so nothing changes it meanwhile. Writing only
    after the whole read would hold the lock for the writes alone but make every scan read, then write.

    The "saving" phase counts tables too: it starts when the transaction opens, moves on as each part
    is written and reaches the last tables only with the commit (:meth:`saved`).
    """

    def __init__(
        self, catalog: Catalog, stack: ExitStack, system: str, url: str, now: Any, progress: Progress | None
    ) -> None:
        self.catalog, self.stack, self.system, self.url, self.now, self.progress = (
            catalog, stack, system, url, now, progress
        )  # fmt: skip
        self.conn: sa.Connection | None = None
        self.system_id = 0
        self.outline: SystemSnapshot | None = None
        self.writer: SnapshotWriter | None = None
        self.guarded = _Guarded(self)
        self.total = self.written = 0

    def tables(self, snap: SystemSnapshot) -> None:
        """Keep the table list: it is written with the first columns (see above)."""
        self.outline = snap
        self.total = len(snap.tables)

    def _begin(self, snap: SystemSnapshot) -> SnapshotWriter:
        self._report(0, done=False)
        self.conn = conn = self.stack.enter_context(self.catalog.begin())
        now = self.now
        system_id = _system_id(conn, self.system)
        if system_id is None:
            system_id = conn.execute(
                schema.system.insert().values(
                    name=self.system,
                    kind="database",
                    dialect=snap.dialect,
                    url=self.url,
                    created_at=now,
                    last_scanned_at=now,
                )
            ).inserted_primary_key[0]  # type: ignore[index]
        else:
            conn.execute(
                schema.system.update()
                .where(schema.system.c.id == system_id)
                .values(dialect=snap.dialect, url=self.url, last_scanned_at=now)
            )  # fmt: skip
        self.system_id = system_id
        self.writer = SnapshotWriter(conn, system_id, now)
        self.writer.tables(snap)
        return self.writer

    def columns(self, tables: Sequence[TableSnapshot]) -> None:
        if self.writer is None:
            assert self.outline is not None, "tables() comes first"
            self._begin(self.outline)
        assert self.writer is not None
        self.writer.columns(tables)
        self.written += len(tables)
        if self.written < self.total:  # the last part counts as saved with the commit
            self._report(self.written, done=False)

    def saved(self) -> None:
        """The transaction committed: every table is saved."""
        self._report(self.total, done=True)

    def _report(self, written: int, *, done: bool) -> None:
        if self.progress:  # no tables: 0 of 1, then 1 of 1
            total = max(self.total, 1)
            self.progress("saving", total if done else written, total)


class _Guarded:
    """The sink as the connector sees it: catalog driver errors leave as :class:`_CatalogFailure`.

    Without this, :func:`connectors.connection.connect` would report a catalog failure raised during
    the read as a failure of the source database.
    """

    def __init__(self, sink: _CatalogSink) -> None:
        self.sink = sink

    def tables(self, snap: SystemSnapshot) -> None:
        try:
            self.sink.tables(snap)
        except sa.exc.DBAPIError as exc:
            raise _CatalogFailure() from exc

    def columns(self, tables: Sequence[TableSnapshot]) -> None:
        try:
            self.sink.columns(tables)
        except sa.exc.DBAPIError as exc:
            raise _CatalogFailure() from exc


def _scan(
    catalog: Catalog,
    url: str,
    system: str,
    schemas: Sequence[str] | None,
    sample: int,
    progress: Progress | None,
    started: Any,
    clock: float,
) -> ScanResult:
    with catalog.connect() as conn:
        _system_id(conn, system)  # a declared system's name: refused before anything is read
    stored_url = redact_url(url)
    try:
        # Any exception leaving this block rolls the catalog transaction back (if it was begun).
        with ExitStack() as stack:
            sink = _CatalogSink(catalog, stack, system, stored_url, utcnow(), progress)
            try:
                # Without sampling the structure goes to the catalog as it is read; with it, the columns'
                # profiles come last, so the snapshot is written whole after the sample.
                guarded = sink.guarded if sample == 0 else None
                dialect, snap = _snapshot(url, system, schemas, sample, progress, guarded)
            except _CatalogFailure as failure:
                raise failure.__cause__ from None  # type: ignore[misc]  # the catalog's own error, as such
            if sink.writer is None:
                sink.tables(snap)
                sink.columns(snap.tables)
            assert sink.writer is not None and sink.conn is not None
            diff = sink.writer.finish()
            result = _result(system, dialect, stored_url, snap, diff, time.perf_counter() - clock)
            sink.conn.execute(
                schema.scan_run.insert().values(
                    system_id=sink.system_id, started_at=started, finished_at=utcnow(), status="ok",
                    summary=_summary(result),
                )
            )  # fmt: skip
    except ScanError as exc:
        _record_failure(catalog, system, started, exc)  # after the rollback above
        raise
    sink.saved()
    return result


def _result(system: str, dialect: str, url: str, snap: SystemSnapshot, diff: Diff, seconds: float) -> ScanResult:
    views = sum(1 for t in snap.tables if t.kind == "view")
    return ScanResult(
        system=system,
        dialect=dialect,
        url=url,
        schemas=snap.schemas,
        tables=len(snap.tables) - views,
        views=views,
        columns=snap.column_count,
        sampled_tables=snap.sampled_tables,
        diff=diff,
        warnings=snap.warnings,
        seconds=round(seconds, 3),
    )


def _summary(result: ScanResult) -> dict[str, Any]:
    return {
        "schemas": list(result.schemas),
        "tables": result.tables,
        "views": result.views,
        "columns": result.columns,
        "sampled_tables": result.sampled_tables,
        "diff": result.diff.as_dict(),
        "warnings": list(result.warnings),
        "seconds": result.seconds,
    }


def _record_failure(catalog: Catalog, system: str, started: Any, exc: ScanError) -> None:
    """A failed scan is history too — recorded for a known system, in its own transaction."""
    try:
        with catalog.begin() as conn:
            row = conn.execute(sa.select(schema.system.c.id).where(schema.system.c.name == system)).first()
            if row is not None:
                conn.execute(
                    schema.scan_run.insert().values(
                        system_id=row.id,
                        started_at=started,
                        finished_at=utcnow(),
                        status="failed",
                        summary={"error": str(exc)},
                    )
                )
    except RopaError:
        pass  # the scan's own error is the one to report


def _trace_views(catalog: Catalog, system: str) -> Any:
    """Hand the captured view definitions to the lineage area, when it is installed.

    Called even without views: tracing also links lineage edges that were waiting for this system's tables.
    """
    try:
        from catalog.lineage import trace_views  # type: ignore[attr-defined]
    except ImportError:
        return None
    try:
        return trace_views(catalog, system)
    except RopaError:
        return None


def scan_many(
    catalog: Catalog,
    targets: Iterable[tuple[str, str]],
    *,
    schemas: Sequence[str] | None = None,
    sample: int = 100,
    progress: Progress | None = None,
) -> list[ScanOutcome]:
    """Scan each ``(url, system)``; a failing system is reported in its outcome and the rest go on.

    *progress* phases are prefixed with the system name (``"crm: sampling"``).
    """
    outcomes = []
    for url, system in targets:
        step: Progress | None = None
        if progress is not None:
            step = _prefixed(progress, system)
        try:
            result = scan(catalog, url, system, schemas=schemas, sample=sample, progress=step)
        except RopaError as exc:
            outcomes.append(ScanOutcome(system=system, url=redact_url(url), error=exc))
        else:
            outcomes.append(ScanOutcome(system=system, url=result.url, result=result))
    return outcomes


def load_targets(path: str | Path) -> list[tuple[str, str]]:
    """``(url, system)`` pairs from a YAML file for :func:`scan_many`; errors name the file and line.

    The file lists ``systems:`` each with ``name`` and ``url`` (passwords belong in ``ROPA_PASSWORD``)::

        systems:
          - {name: crm, url: "sqlite:///.ropa/demo/crm.db"}
    """
    from catalog.yamlio import parse_yaml

    path = Path(path)
    try:
        text = path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as exc:
        raise ConfigError(f"cannot read scan targets ({exc})", file=path) from None
    doc = parse_yaml(text, file=path)
    data = doc.data
    items = data.get("systems") if isinstance(data, dict) else None
    if not isinstance(items, list):
        raise ConfigError("expected a 'systems:' list of {name, url}", file=path, line=1)
    pairs = []
    for index, item in enumerate(items):
        line = doc.line(("systems", index))
        if not isinstance(item, dict) or set(item) != {"name", "url"}:
            raise ConfigError("each system needs exactly 'name' and 'url'", file=path, line=line)
        if not all(isinstance(item[k], str) and item[k].strip() for k in ("name", "url")):
            raise ConfigError("'name' and 'url' must be non-empty text", file=path, line=line)
        pairs.append((item["url"], item["name"]))
    return pairs


def _prefixed(progress: Progress, system: str) -> Progress:
    return lambda phase, done, total: progress(f"{system}: {phase}", done, total)


__all__ = ["ScanOutcome", "ScanResult", "load_targets", "scan", "scan_many"]
