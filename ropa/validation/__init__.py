"""Great Expectations checks generated from the register and the tags (``ropa validate``).

Retention rules become "no row older than the period" (or "every row dated" for keep-at-least rules), format
rules from ``data/formats.yaml`` check tagged personal codes, e-mails and IBANs, declared identifiers must
not be null. Results are stored in the catalog (counts only) and feed the ``retention_exceeded``
reconciliation finding; GX Data Docs are the audit evidence.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime
from pathlib import Path

from catalog.errors import ValidationError
from catalog.store import Catalog, utcnow
from ropa.validation.plan import FormatRule, Planned, Skipped, load_formats, plan
from ropa.validation.runner import ValidationRun, retention_sql


def catalog_folder(catalog: Catalog) -> Path:
    """The folder beside a SQLite catalog file; ``./.ropa`` for server catalogs and in-memory ones."""
    url = catalog.url
    if url.get_backend_name() == "sqlite" and url.database not in (None, "", ":memory:"):
        return Path(str(url.database)).resolve().parent
    return Path(".ropa").resolve()


def preload() -> None:
    """Import Great Expectations now rather than at the first :func:`validate` (the import alone takes
    5-9 s). Meant for a background thread while other work runs, as ``ropa demo`` does: the work before
    validation spends much of its time in SQLite, which leaves the interpreter free for the import.
    """
    from ropa.validation.runner import import_gx

    try:
        import_gx()
    except ValidationError:  # not installed: validate() reports it when it is actually called
        pass


def validate(
    catalog: Catalog,
    out_dir: str | Path | None = None,
    *,
    today: datetime | None = None,
    progress: Callable[[str], None] | None = None,
) -> ValidationRun:
    """Generate suites from the current register and tags, run them on the scanned systems, store the
    results and build Data Docs into ``<out_dir>/data_docs`` (default ``<catalog folder>/data_docs``).

    *today* is the reference time retention periods count back from (default: now).
    """
    from ropa.register import load_register

    register = load_register(catalog)
    planned, skipped = plan(catalog, register)
    folder = catalog_folder(catalog)
    docs = (Path(out_dir) if out_dir is not None else folder) / "data_docs"
    from ropa.validation.runner import run

    return run(
        catalog, planned, skipped, gx_root=folder / "gx", docs_dir=docs, today=today or utcnow(), progress=progress
    )


__all__ = [
    "FormatRule",
    "Planned",
    "Skipped",
    "ValidationRun",
    "catalog_folder",
    "load_formats",
    "plan",
    "preload",
    "retention_sql",
    "validate",
]
