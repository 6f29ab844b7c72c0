"""A system holds a category that no activity using the system declares (Art. 30(1)(c) incomplete)."""

from __future__ import annotations

from catalog.findings import Finding, Severity
from catalog.taxonomy import Sensitivity, category
from ropa.checks.context import CheckInput


def undeclared_category(facts: CheckInput) -> list[Finding]:
    """One finding per (system, category) held in the map but declared by none of the system's activities.

    Systems used by no activity are left to :func:`ropa.checks.system_not_in_register.system_not_in_register`.
    """
    findings: list[Finding] = []
    for name, system in facts.systems.items():
        users = [a for a in facts.register.activities if name in a.systems]
        if not users:
            continue
        declared = {c for a in users for c in a.categories}
        for cid in sorted(set(system.held) - declared):
            cat = category(cid)
            evidence = system.held[cid]
            where = ", ".join(evidence[:3]) + (" …" if len(evidence) > 3 else "")
            activities = ", ".join(a.id for a in users)
            findings.append(
                Finding(
                    kind="undeclared_category",
                    severity=Severity.MEDIUM if cat.sensitivity is Sensitivity.NORMAL else Severity.HIGH,
                    object=f"system:{name}",
                    message_en=f"{name} holds category {cid} ({cat.name_en}) in {where}, "
                    f"but no activity using {name} ({activities}) declares it",
                    message_lv=f"{name} glabā kategoriju {cid} ({cat.name_lv}) — {where}, "
                    f"bet neviena darbība, kas izmanto {name} ({activities}), to nav norādījusi",
                    fix_en=f"declare category {cid} in the activity that needs it, or delete the data",
                    fix_lv=f"norādiet kategoriju {cid} darbībā, kurai tā vajadzīga, vai dzēsiet datus",
                    details={
                        "system": name,
                        "category": cid,
                        "evidence": evidence,
                        "activities": [a.id for a in users],
                    },
                )
            )
    return findings
