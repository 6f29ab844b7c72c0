"""Columns nobody has classified yet and suggested tags waiting for a person — summarised per system.

The tagging area owns the column-level findings (``catalog.tagging.untagged_findings`` and
``review_findings``, also used by ``ropa check``). Reconciliation only *summarises* them, one INFO finding
per system and kind: they are work to do, not a disagreement between register and map, so they never
count among the register-vs-map discrepancies. The suggestions awaiting review are counted from their
columns' paths alone (``catalog.tagging.review_paths``): the same objects, in the same order, as the
findings would name, without building one per suggestion.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable

from catalog import tagging
from catalog.findings import Finding, Severity
from catalog.store import Catalog
from ropa.checks.context import CheckInput


def _untagged(catalog: Catalog) -> list[tuple[str, str]]:
    return [(str(f.details["system"]), f.object) for f in tagging.untagged_findings(catalog)]


def _awaiting_review(catalog: Catalog) -> list[tuple[str, str]]:
    return tagging.review_paths(catalog)  # the objects of tagging.review_findings, without the findings


_KINDS: dict[Callable[[Catalog], list[tuple[str, str]]], tuple[str, str, str, str, str]] = {
    _untagged: (
        "untagged_columns",
        "{n} column(s) of {system} have no category decision yet",
        "{n} sistēmas {system} kolonnām vēl nav kategorijas lēmuma",
        "run 'ropa classify' and 'ropa review', or mark them not personal",
        "palaidiet 'ropa classify' un 'ropa review' vai atzīmējiet tās kā nepersoniskas",
    ),
    _awaiting_review: (
        "tags_awaiting_review",
        "{n} suggested tag(s) on {system} await review",
        "{n} ieteiktās birkas sistēmā {system} gaida pārskatīšanu",
        "confirm or reject them with 'ropa review' (or 'ropa tag')",
        "apstipriniet vai noraidiet tās ar 'ropa review' (vai 'ropa tag')",
    ),
}


def review_queue(facts: CheckInput) -> list[Finding]:
    """One INFO finding per system for untagged columns and one for suggestions awaiting review."""
    findings: list[Finding] = []
    for objects_of, (kind, en, lv, fix_en, fix_lv) in _KINDS.items():
        per_system: dict[str, list[str]] = defaultdict(list)
        for system, obj in objects_of(facts.catalog):
            per_system[system].append(obj)
        for system, objects in sorted(per_system.items()):
            n = len(objects)
            findings.append(
                Finding(
                    kind=kind,
                    severity=Severity.INFO,
                    object=f"system:{system}",
                    message_en=en.format(n=n, system=system),
                    message_lv=lv.format(n=n, system=system),
                    fix_en=fix_en,
                    fix_lv=fix_lv,
                    details={"system": system, "count": n, "objects": objects[:50]},
                )
            )
    return findings
