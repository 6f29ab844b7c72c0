"""Reconcile the register (what the controller claims) with the data map (what the systems hold).

Each check is one module under ``ropa/checks`` with one public function of the same name and the same
signature — a :class:`~ropa.checks.context.CheckInput` (catalog + register, with the data map and the latest
validation results read once per run and shared) in, findings out — listed in order in :data:`CHECKS`.
Adding a check is adding a module and a line here.

How findings are meant to be read: severity LOW and above are disagreements between register and map
(the auditor's list); INFO findings summarise work in the tagging queue (untagged columns, suggestions
awaiting review, one per system) and data-quality notes from Great Expectations (formats, empty
identifiers); they never count as discrepancies.
"""

from __future__ import annotations

from typing import Protocol

from catalog.findings import Finding, Severity
from catalog.store import Catalog, utcnow
from catalog.store.schema_register import register_finding
from ropa.checks.context import CheckInput
from ropa.checks.data_quality import data_quality
from ropa.checks.declared_category_not_found import declared_category_not_found
from ropa.checks.retention_exceeded import retention_exceeded
from ropa.checks.review_queue import review_queue
from ropa.checks.special_category_without_art9 import special_category_without_art9
from ropa.checks.system_not_in_register import system_not_in_register
from ropa.checks.transfer_without_safeguard import transfer_without_safeguard
from ropa.checks.undeclared_category import undeclared_category
from ropa.register.model import Register


class Check(Protocol):
    __name__: str

    def __call__(self, facts: CheckInput) -> list[Finding]: ...


CHECKS: tuple[Check, ...] = (
    undeclared_category,
    declared_category_not_found,
    transfer_without_safeguard,
    special_category_without_art9,
    system_not_in_register,
    retention_exceeded,
    data_quality,
    review_queue,
)

KINDS: tuple[str, ...] = (
    "undeclared_category",
    "declared_category_not_found",
    "transfer_without_safeguard",
    "special_category_without_art9",
    "system_not_in_register",
    "party_not_in_register",
    "retention_exceeded",
    "data_quality",
    "untagged_columns",
    "tags_awaiting_review",
)
"""Every finding kind reconciliation produces (the labels files explain each in LV and EN)."""


def run_checks(facts: CheckInput) -> list[Finding]:
    """Every check of :data:`CHECKS` on *facts*, worst first (nothing stored)."""
    findings = [finding for check in CHECKS for finding in check(facts)]
    findings.sort(key=lambda f: (-int(f.severity), f.kind, f.object))
    return findings


def discrepancies(findings: list[Finding]) -> list[Finding]:
    """The register-vs-map disagreements: everything above INFO."""
    return [f for f in findings if f.severity > Severity.INFO]


def reconcile(catalog: Catalog, register: Register | None = None, *, store: bool = True) -> list[Finding]:
    """Run every check; return findings worst first. With *store*, they replace the stored latest set.

    >>> from catalog.store import open_catalog
    >>> from ropa.register import import_register
    >>> cat = open_catalog("sqlite://")
    >>> _ = import_register(cat, "tests/data/register_ok.yaml")
    >>> reconcile(cat)
    []
    """
    if register is None:
        from ropa.register import load_register

        register = load_register(catalog)
    findings = run_checks(CheckInput(catalog, register))
    if store:
        save_findings(catalog, findings)
    return findings


def finding_record(f: Finding) -> dict[str, str]:
    """A finding's words as stored and exported (its ``details`` are added where they belong)."""
    return {
        "kind": f.kind,
        "severity": str(f.severity),
        "object": f.object,
        "message_en": f.message_en,
        "message_lv": f.message_lv,
        "fix_en": f.fix_en,
        "fix_lv": f.fix_lv,
    }


def save_findings(catalog: Catalog, findings: list[Finding]) -> None:
    """Replace the stored findings with *findings* (one transaction)."""
    now = utcnow()
    with catalog.begin() as conn:
        conn.execute(register_finding.delete())
        if findings:
            conn.execute(
                register_finding.insert(),
                [{"found_at": now, **finding_record(f), "details": f.details} for f in findings],
            )


def stored_findings(catalog: Catalog) -> list[Finding]:
    """The findings of the latest :func:`reconcile` (empty before the first run)."""
    import sqlalchemy as sa

    with catalog.connect() as conn:
        rows = conn.execute(sa.select(register_finding).order_by(register_finding.c.id)).all()
    return [
        Finding(
            kind=r.kind,
            severity=Severity.parse(r.severity),
            object=r.object,
            message_en=r.message_en,
            message_lv=r.message_lv,
            fix_en=r.fix_en or "",
            fix_lv=r.fix_lv or "",
            details=r.details or {},
        )
        for r in rows
    ]
