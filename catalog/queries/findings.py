"""The findings page: reconciliation (register ⇄ map, including the retention checks Great Expectations ran)
and the tagging gate, in one list.

Why stored findings first: every reconciliation check reads the whole map, about a second on a catalog of
100,000 columns, too slow for a page view. ``ropa reconcile`` / ``ropa check`` / ``ropa demo`` store the
latest findings (``register_finding``), so the pages read those, say when they were found, and
:func:`recheck` runs the checks again on request (and after the app itself changes tags or the register).
Only when nothing was ever stored are the checks run live (without storing: showing must not write).
Without a register there is nothing to reconcile: that is named in :attr:`FindingsView.missing` and the
tagging gate's findings are shown instead.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime
from typing import TYPE_CHECKING

from catalog.findings import Finding, Severity
from catalog.store import Catalog

if TYPE_CHECKING:
    import pandas as pd


@dataclass(frozen=True)
class FindingsView:
    findings: list[Finding]
    missing: list[str] = field(default_factory=list)  # "register" when none was imported yet
    checked_at: datetime | None = None  # when the stored reconciliation ran (None: run live just now)

    @property
    def reconciled(self) -> bool:
        """True when the register-vs-map checks ran (only then is "no discrepancy" a fact)."""
        return "register" not in self.missing

    @property
    def discrepancies(self) -> list[Finding]:
        """Findings above INFO: what an auditor reads (INFO ones summarise the tagging queue)."""
        return [f for f in self.findings if f.severity > Severity.INFO]


def open_findings(catalog: Catalog) -> FindingsView:
    """Every finding, most severe first (each kind+object+message once).

    With a register: the stored reconciliation (or a live one, unstored, when none was ever stored), which
    already summarises the tagging queue. Without one: the tagging gate's findings, so the page still speaks.
    """
    from catalog import tagging
    from catalog.queries import register
    from ropa.reconcile import reconcile, stored_findings

    found: list[Finding] = []
    missing: list[str] = []
    checked_at: datetime | None = None
    loaded = register.load(catalog)
    if loaded is None:
        missing.append("register")
        found += tagging.untagged_findings(catalog) + tagging.review_findings(catalog)
    else:
        checked_at = _stored_at(catalog)
        found += stored_findings(catalog) if checked_at is not None else reconcile(catalog, loaded, store=False)
    unique: dict[tuple[str, str, str], Finding] = {}
    for finding in found:
        unique.setdefault((finding.kind, finding.object, finding.message_en), finding)
    ordered = sorted(unique.values(), key=lambda f: (-int(f.severity), f.kind, f.object))
    return FindingsView(ordered, missing, checked_at)


def _stored_at(catalog: Catalog) -> datetime | None:
    import sqlalchemy as sa

    from catalog.store.schema_register import register_finding

    with catalog.connect() as conn:
        return conn.execute(sa.select(sa.func.max(register_finding.c.found_at))).scalar()


def recheck(catalog: Catalog) -> bool:
    """Run the reconciliation again and store its findings; False when there is no register to reconcile."""
    from catalog.queries import register
    from ropa.reconcile import reconcile

    loaded = register.load(catalog)
    if loaded is None:
        return False
    reconcile(catalog, loaded, store=True)
    return True


def open_finding_count(catalog: Catalog) -> int | None:
    """Discrepancies between register and map (``None`` when reconciliation cannot run yet)."""
    view = open_findings(catalog)
    return len(view.discrepancies) if view.reconciled else None


def object_system(obj: str) -> str | None:
    """The system a finding's object lives in, for a link; ``None`` for register objects.

    >>> [object_system(o) for o in ("crm.main.t.c", "system:media", "table:callcentre.main.recordings", "activity:x")]
    ['crm', 'media', 'callcentre', None]
    """
    kind, sep, rest = obj.partition(":")
    if not sep:
        return obj.split(".", 1)[0] or None
    if kind == "system":
        return rest or None
    if kind in ("table", "column"):
        return rest.split(".", 1)[0] or None
    return None


def findings_frame(view: FindingsView, lang: str = "en") -> pd.DataFrame:
    """The findings as a table (severity and kind in words): severity, kind, object, message, fix, system to link to."""
    import pandas as pd

    from catalog.queries import word

    rows = [
        {
            "severity": word("severity", str(f.severity), lang),
            "kind": word("finding", f.kind, lang),
            "object": f.object,
            "message": f.message(lang),
            "fix": f.fix(lang),
            "system": f.details.get("system") or object_system(f.object),  # column findings name their system
        }
        for f in view.findings
    ]
    return pd.DataFrame(rows, columns=["severity", "kind", "object", "message", "fix", "system"])


@dataclass(frozen=True)
class ValidationRun:
    """The latest Great Expectations run: when, and one row per expectation (counts only, never values)."""

    run_at: datetime
    results: pd.DataFrame  # system, table, column, check, rule, expectation, success, unexpected, rows


def validation_run(catalog: Catalog) -> ValidationRun | None:
    """The results of the latest ``ropa validate`` (``None`` before the first run)."""
    import pandas as pd
    import sqlalchemy as sa

    from catalog.store.schema_register import validation_result as v

    with catalog.connect() as conn:
        latest = conn.execute(sa.select(v.c.run_id, v.c.run_at).order_by(v.c.id.desc()).limit(1)).first()
        if latest is None:
            return None
        rows = conn.execute(
            sa.select(
                v.c.system, v.c.table_name, v.c.column_name, v.c.check, v.c.rule, v.c.expectation, v.c.success,
                v.c.unexpected_count, v.c.element_count,
            )
            .where(v.c.run_id == latest.run_id)
            .order_by(v.c.success, v.c.system, v.c.table_name)
        ).all()  # fmt: skip
    frame = pd.DataFrame(
        [tuple(r) for r in rows],
        columns=["system", "table", "column", "check", "rule", "expectation", "success", "unexpected", "rows"],
    )
    return ValidationRun(latest.run_at, frame)


__all__ = [
    "FindingsView",
    "ValidationRun",
    "validation_run",
    "findings_frame",
    "object_system",
    "open_finding_count",
    "open_findings",
    "recheck",
]
