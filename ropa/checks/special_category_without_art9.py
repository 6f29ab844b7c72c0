"""An activity processes special-category data (Annex 1 category 3) without an Art. 9(2) condition."""

from __future__ import annotations

from catalog.findings import Finding, Severity
from catalog.taxonomy import Sensitivity, categories
from ropa.checks.context import CheckInput


def special_category_without_art9(facts: CheckInput) -> list[Finding]:
    """One finding per activity declaring a ``special`` category but no ``art9_condition``."""
    special = {c.id: c for c in categories() if c.sensitivity is Sensitivity.SPECIAL}
    findings: list[Finding] = []
    for activity in facts.register.activities:
        held = [cid for cid in activity.categories if cid in special]
        if not held or activity.art9_condition is not None:
            continue
        names_en = ", ".join(f"{cid} ({special[cid].name_en})" for cid in held)
        names_lv = ", ".join(f"{cid} ({special[cid].name_lv})" for cid in held)
        findings.append(
            Finding(
                kind="special_category_without_art9",
                severity=Severity.HIGH,
                object=f"activity:{activity.id}",
                message_en=f"activity {activity.id} processes special-category data {names_en} without an Art. 9 condition",
                message_lv=f"darbība {activity.id} apstrādā īpašo kategoriju datus {names_lv} bez 9. panta nosacījuma",
                fix_en="record the Art. 9(2) condition (e.g. explicit_consent) or stop processing the data",
                fix_lv="norādiet 9. panta 2. punkta nosacījumu (piem., explicit_consent) vai pārtrauciet apstrādi",
                details={"activity": activity.id, "categories": held},
            )
        )
    return findings
