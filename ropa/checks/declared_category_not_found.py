"""An activity declares a category that no system of the map holds: the register claims more than exists."""

from __future__ import annotations

from catalog.findings import Finding, Severity
from catalog.taxonomy import category
from ropa.checks.context import CheckInput


def declared_category_not_found(facts: CheckInput) -> list[Finding]:
    """One finding per (activity, category) found in no system at all.

    Silent while the map is empty (nothing scanned yet proves nothing). Deliberately global rather than
    per activity: an activity's systems are often only partly scannable (paper, SaaS), so "held nowhere" is
    the claim the map can actually refute.
    """
    systems = facts.systems
    if not any(s.held for s in systems.values()):
        return []
    held = {cid for s in systems.values() for cid in s.held}
    findings: list[Finding] = []
    for activity in facts.register.activities:
        for cid in sorted(set(activity.categories) - held):
            cat = category(cid)
            findings.append(
                Finding(
                    kind="declared_category_not_found",
                    severity=Severity.LOW,
                    object=f"activity:{activity.id}",
                    message_en=f"activity {activity.id} declares category {cid} ({cat.name_en}), "
                    "but no scanned or declared system holds it",
                    message_lv=f"darbība {activity.id} norāda kategoriju {cid} ({cat.name_lv}), "
                    "bet neviena skenētā vai deklarētā sistēma to neglabā",
                    fix_en="scan or declare the system that holds it, confirm its tag, or remove it from the activity",
                    fix_lv="skenējiet vai deklarējiet sistēmu, kurā tā glabājas, apstipriniet birku vai izņemiet to",
                    details={"activity": activity.id, "category": cid},
                )
            )
    return findings
