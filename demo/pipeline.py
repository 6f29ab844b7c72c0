"""The main job: build the estate and run every stage of ropa on it — the library behind ``ropa demo``.

generate → scan every system → import declared systems → trace lineage (views + ``demo/sql``) → classify →
propagate → review (the DPO's decisions, replayed from ``truth.csv``) → import the register → validate (Great
Expectations; its retention results feed reconciliation) → reconcile → export (xlsx LV/EN, json, html).

Each stage calls the agreed library entry point of its area. While an area has not
landed (its module or function is missing, or it raises :class:`NotAvailableError`) the stage is reported as
*not available yet* and the job goes on; a stage that fails with a :class:`RopaError` is reported as failed and
the job goes on too, so one run shows the state of every stage. The stages are data: :data:`STAGES`.
"""

from __future__ import annotations

import dataclasses
import importlib
import inspect
import threading
import time
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from catalog.errors import NotAvailableError, RopaError
from catalog.store import Catalog
from demo.estate import Estate, Target, build_estate

Progress = Callable[[str, str], None]
"""``progress(stage, message)`` — called when a stage starts and as it advances."""

OK, UNAVAILABLE, FAILED = "ok", "not available yet", "failed"


@dataclass(frozen=True)
class StageOutcome:
    stage: str
    status: str
    detail: str
    seconds: float


@dataclass
class Context:
    """What the stages share: inputs, the estate once built, each stage's result."""

    catalog: Catalog
    directory: Path
    out_dir: Path
    postgres_url: str | None = None
    mysql_url: str | None = None
    progress: Progress | None = None
    estate: Estate | None = None
    results: dict[str, Any] = field(default_factory=dict)

    def tell(self, stage: str, message: str) -> None:
        if self.progress:
            self.progress(stage, message)


@dataclass(frozen=True)
class Report:
    outcomes: tuple[StageOutcome, ...]
    estate: Estate | None
    seconds: float

    @property
    def ok(self) -> bool:
        """True when no stage failed (stages not available yet are not failures)."""
        return all(o.status != FAILED for o in self.outcomes)


class _Unavailable(Exception):
    """The area behind a stage has not landed yet."""


def _entry(module: str, name: str) -> Callable[..., Any]:
    """The entry point ``module.name``, or :class:`_Unavailable` when the area is not there yet."""
    try:
        found = getattr(importlib.import_module(module), name)
    except (ImportError, AttributeError) as exc:
        raise _Unavailable(f"{module}.{name} is not available yet") from exc
    return found  # type: ignore[no-any-return]


def _accepts(func: Callable[..., Any], name: str) -> bool:
    try:
        return name in inspect.signature(func).parameters
    except (TypeError, ValueError):
        return False


def _count(value: Any) -> str:
    """A short human summary of whatever an entry point returned."""
    if value is None:
        return "done"
    if isinstance(value, list | tuple | set | dict):
        return f"{len(value)} item(s)"
    for attr in ("summary", "message"):
        got = getattr(value, attr, None)
        if isinstance(got, str):
            return got
    if dataclasses.is_dataclass(value):
        numbers = []
        for f in dataclasses.fields(value):
            got = getattr(value, f.name)
            if isinstance(got, list | tuple | set | dict):
                got = len(got)
            if isinstance(got, int) and not isinstance(got, bool) and not f.name.endswith("_id"):
                numbers.append(f"{f.name.replace('_', ' ')} {got}")
        failed = getattr(value, "failed", None)
        if isinstance(failed, list):
            numbers.append(f"failed {len(failed)}")
        if numbers:
            return ", ".join(numbers[:7])
    return type(value).__name__


def _estate(ctx: Context) -> Estate:
    if ctx.estate is None:
        raise RopaError("the estate was not generated")
    return ctx.estate


# ---- the stages ---------------------------------------------------------------------------------------------


def generate(ctx: Context) -> str:
    ctx.estate = build_estate(
        ctx.directory,
        postgres_url=ctx.postgres_url,
        mysql_url=ctx.mysql_url,
        progress=lambda system: ctx.tell("generate", system),
    )
    e = ctx.estate
    where = " + ".join(["SQLite", *e.server_targets])
    return f"{len(e.files)} systems, {e.tables} tables, {e.columns} columns, {e.rows} rows ({where})"


def scan_targets(estate: Estate) -> tuple[Target, ...]:
    """What to scan: the server copy when one was loaded (PostgreSQL first), else the SQLite files."""
    for backend in ("postgresql", "mysql"):
        if backend in estate.server_targets:
            return estate.server_targets[backend]
    return estate.targets


def _scan_step(ctx: Context, system: str) -> Callable[[str, int, int], None]:
    def step(phase: str, done: int, total: int) -> None:
        ctx.tell("scan", f"{system}: {phase} {done}/{total}")

    return step


def scan(ctx: Context) -> str:
    scan_fn = _entry("catalog.scanning", "scan")
    estate = _estate(ctx)
    results, failures = [], []
    for target in scan_targets(estate):
        ctx.tell("scan", target.system)
        try:
            step = _scan_step(ctx, target.system)
            results.append(scan_fn(ctx.catalog, target.url, target.system, schemas=target.schemas, progress=step))
        except NotAvailableError:
            raise
        except RopaError as exc:
            failures.append(f"{target.system}: {exc}")
    ctx.results["scan"] = results
    tables = sum(getattr(r, "tables", 0) + getattr(r, "views", 0) for r in results)
    columns = sum(getattr(r, "columns", 0) for r in results)
    detail = f"{len(results)} systems, {tables} tables/views, {columns} columns"
    if failures:
        raise RopaError(detail + "; failed: " + "; ".join(failures))
    return detail


def declared(ctx: Context) -> str:
    import_systems = _entry("connectors.declared", "import_systems")
    names = import_systems(ctx.catalog, _estate(ctx).declared_systems)
    return f"{len(names)} declared systems: {', '.join(names)}"


def lineage(ctx: Context) -> str:
    add_path = _entry("catalog.lineage", "add_path")
    estate = _estate(ctx)
    parts = []
    trace_views = None
    try:
        trace_views = _entry("catalog.lineage", "trace_views")
    except _Unavailable:
        pass
    scanned = ctx.results.get("scan", [])
    if trace_views is not None and scanned and all(getattr(r, "lineage", None) is None for r in scanned):
        for target in estate.targets:  # the scan did not trace views itself
            ctx.tell("lineage", f"views of {target.system}")
            trace_views(ctx.catalog, target.system)
        parts.append("views traced")
    for system in ("dwh", "extracts"):
        ctx.tell("lineage", f"demo/sql/{system}")
        kwargs: dict[str, Any] = {"dialect": "sqlite"}
        for name in ("mapping", "systems", "databases", "systems_yaml"):
            if _accepts(add_path, name):
                kwargs[name] = estate.systems_yaml
                break
        result = add_path(ctx.catalog, estate.sql_dir / system, system, **kwargs)
        parts.append(f"{system}: {_count(result)}")
    return "; ".join(parts)


def classify(ctx: Context) -> str:
    return _count(_entry("catalog.classify", "classify")(ctx.catalog))


def propagate(ctx: Context) -> str:
    return _count(_entry("catalog.propagation", "propagate")(ctx.catalog))


def review(ctx: Context) -> str:
    """The DPO's decisions on the suggestions, replayed from ``truth.csv`` (see :mod:`demo.review`)."""
    from demo import review as replay

    import_tags = None
    for name in ("import_tags", "import_file", "import_csv"):
        try:
            import_tags = _entry("catalog.tagging", name)
            break
        except _Unavailable:
            continue
    if import_tags is None:
        raise _Unavailable("catalog.tagging.import_tags is not available yet")
    estate = _estate(ctx)
    rows = replay.decisions(ctx.catalog, estate.truth, estate.systems)
    path = replay.write(rows, estate.directory / "review_decisions.csv")
    import_tags(ctx.catalog, path)
    confirmed = sum(1 for r in rows if r[-1] == "confirmed")
    return f"{confirmed} confirmed, {len(rows) - confirmed} rejected (decisions replayed from truth.csv)"


def register(ctx: Context) -> str:
    import_register = _entry("ropa.register", "import_register")
    return _count(import_register(ctx.catalog, _estate(ctx).register))


def reconcile(ctx: Context) -> str:
    findings = _entry("ropa.reconcile", "reconcile")(ctx.catalog)
    ctx.results["findings"] = findings
    kinds = Counter(str(getattr(f, "kind", getattr(f, "check", "finding"))) for f in findings)
    return f"{len(findings)} findings" + (
        ": " + ", ".join(f"{k} {n}" for k, n in sorted(kinds.items())) if kinds else ""
    )


def validate(ctx: Context) -> str:
    return _count(_entry("ropa.validation", "validate")(ctx.catalog, ctx.out_dir))


EXPORTS: tuple[tuple[str, str, str], ...] = (
    ("xlsx", "lv", "register_lv.xlsx"),
    ("xlsx", "en", "register_en.xlsx"),
    ("json", "en", "register.json"),
    ("html", "en", "register.html"),
)


def export(ctx: Context) -> str:
    export_many = _entry("ropa.exports", "export_many")
    ctx.out_dir.mkdir(parents=True, exist_ok=True)
    ctx.tell("export", ", ".join(name for _, _, name in EXPORTS))
    written = export_many(ctx.catalog, [(fmt, lang, ctx.out_dir / name) for fmt, lang, name in EXPORTS])
    return ", ".join(Path(path).name for path in written)


def _preload_validation() -> threading.Thread | None:
    """Import Great Expectations on a background thread while generation and scanning run (they wait on
    SQLite much of the time): the import is most of the validate stage's time otherwise. Returns the thread
    (:func:`run` joins it before it returns), or None where validation is not installed."""
    try:
        preload = _entry("ropa.validation", "preload")
    except _Unavailable:
        return None
    # What the later stages import (pydantic & co.) is imported here first, so the two threads never import
    # the same package at the same time: concurrent imports of circularly importing modules can deadlock, or
    # leave one thread a partly initialised module. SQLAlchemy imports its ORM lazily the first time a statement
    # binds a list (a scan's ``IN :schemas``) while Great Expectations imports it too ("partially initialized
    # module 'sqlalchemy.orm.exc'"); pandas is imported lazily by the register and review queries.
    for module in ("sqlalchemy.orm", "pandas", "ropa.register", "ropa.reconcile", "ropa.exports"):
        try:
            importlib.import_module(module)
        except ImportError:
            continue
    thread = threading.Thread(target=preload, name="ropa-gx-preload", daemon=True)
    thread.start()
    return thread


Stage = Callable[[Context], str]

STAGES: tuple[tuple[str, Stage], ...] = (
    ("generate", generate),
    ("scan", scan),
    ("declared systems", declared),
    ("lineage", lineage),
    ("classify", classify),
    ("propagate", propagate),
    ("review", review),
    ("register", register),
    ("validate", validate),  # before reconcile: its retention results feed the findings
    ("reconcile", reconcile),
    ("export", export),
)
"""The main job, in order: (name, function). A function returns a one-line summary or raises."""


def run(
    catalog: Catalog,
    *,
    directory: str | Path = ".ropa/demo",
    out_dir: str | Path = "out",
    postgres_url: str | None = None,
    mysql_url: str | None = None,
    progress: Progress | None = None,
    stages: tuple[tuple[str, Stage], ...] = STAGES,
) -> Report:
    """Run the main job on a fresh estate in *directory* and write the register exports to *out_dir*.

    Returns one :class:`StageOutcome` per stage. Generation failing raises (nothing else could run); any
    other stage failing is recorded and the job goes on.
    """
    ctx = Context(
        catalog=catalog,
        directory=Path(directory),
        out_dir=Path(out_dir),
        postgres_url=postgres_url,
        mysql_url=mysql_url,
        progress=progress,
    )
    outcomes: list[StageOutcome] = []
    started = time.perf_counter()
    preload = _preload_validation() if any(name == "validate" for name, _ in stages) else None
    try:
        for name, stage in stages:
            ctx.tell(name, "")
            clock = time.perf_counter()
            try:
                status, detail = OK, stage(ctx)
            except (_Unavailable, NotAvailableError) as exc:
                status, detail = UNAVAILABLE, str(exc)
            except RopaError as exc:
                if name == "generate":
                    raise
                status, detail = FAILED, str(exc)
            outcomes.append(StageOutcome(name, status, detail, round(time.perf_counter() - clock, 2)))
    finally:
        if preload is not None:
            # a run leaves no import going on behind it (a failed generation, the validate stage left out):
            # whatever its caller imports next never meets a module half-initialised by that thread
            preload.join(timeout=300)
    return Report(outcomes=tuple(outcomes), estate=ctx.estate, seconds=round(time.perf_counter() - started, 2))
