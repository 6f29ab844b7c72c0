"""The findings page: reconciliation results, the tagging gate and data-validation results, in one list.

Each source is another area's library function; a source that is not installed yet is named in
:attr:`FindingsView.missing` instead of failing the page.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from catalog.errors import NotAvailableError
from catalog.findings import Finding
from catalog.store import Catalog

if TYPE_CHECKING:
    import pandas as pd


@dataclass(frozen=True)
class FindingsView:
    findings: list[Finding]
    missing: list[str] = field(default_factory=list)  # checks not available in this installation

    @property
    def known(self) -> bool:
        """False when no check at all could run (then a count of zero would be a lie)."""
        return bool(self.findings) or len(self.missing) < len(_SOURCES)


def _reconcile(catalog: Catalog) -> list[Finding]:
    from ropa.reconcile import reconcile

    return list(reconcile(catalog))


def _tagging(catalog: Catalog) -> list[Finding]:
    from catalog import tagging

    found: list[Finding] = []
    for name in ("untagged_findings", "review_findings"):
        fn: Callable[[Catalog], list[Finding]] | None = getattr(tagging, name, None)
        if fn is not None:
            found.extend(fn(catalog))
    return found


def _validation(catalog: Catalog) -> list[Finding]:
    from ropa import validation

    stored = getattr(validation, "stored_findings", None) or getattr(validation, "last_findings", None)
    if stored is None:
        raise NotAvailableError("stored validation results")
    return list(stored(catalog))


_SOURCES: tuple[tuple[str, Callable[[Catalog], list[Finding]]], ...] = (
    ("reconciliation", _reconcile),
    ("tagging", _tagging),
    ("validation", _validation),
)


def open_findings(catalog: Catalog) -> FindingsView:
    """Every finding the installed checks report, most severe first, duplicates (same kind+object+message) once."""
    found: list[Finding] = []
    missing: list[str] = []
    for name, source in _SOURCES:
        try:
            found.extend(source(catalog))
        except (ImportError, AttributeError, NotAvailableError):
            missing.append(name)
    unique: dict[tuple[str, str, str], Finding] = {}
    for finding in found:
        unique.setdefault((finding.kind, finding.object, finding.message_en), finding)
    ordered = sorted(unique.values(), key=lambda f: (-int(f.severity), f.kind, f.object))
    return FindingsView(ordered, missing)


def open_finding_count(catalog: Catalog) -> int | None:
    view = open_findings(catalog)
    return len(view.findings) if view.known else None


def object_system(obj: str) -> str | None:
    """The system a finding's object lives in, for a link (``crm.main.t.c`` → ``crm``; ``system:media`` → ``media``)."""
    if obj.startswith("system:"):
        return obj.split(":", 1)[1]
    if ":" in obj:
        return None
    return obj.split(".", 1)[0] or None


def findings_frame(view: FindingsView, lang: str = "en") -> pd.DataFrame:
    """The findings as a table: severity, kind, object, message, fix and the system to link to."""
    import pandas as pd

    rows = [
        {
            "severity": str(f.severity),
            "kind": f.kind,
            "object": f.object,
            "message": f.message(lang),
            "fix": f.fix(lang),
            "system": object_system(f.object),
        }
        for f in view.findings
    ]
    return pd.DataFrame(rows, columns=["severity", "kind", "object", "message", "fix", "system"])


__all__ = ["FindingsView", "findings_frame", "object_system", "open_finding_count", "open_findings"]
