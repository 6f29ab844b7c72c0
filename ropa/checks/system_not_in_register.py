"""The map knows a system (or a party running one) that the register never mentions."""

from __future__ import annotations

from catalog.findings import Finding, Severity
from ropa.checks.context import CheckInput


def _norm(name: str) -> str:
    return " ".join(name.lower().replace(",", " ").replace(".", " ").split())


def system_not_in_register(facts: CheckInput) -> list[Finding]:
    """A system holding personal data used by no activity (HIGH); a system's owner or hosting party that is
    neither the controller nor a party of the register (MEDIUM).
    """
    register = facts.register
    used = register.systems()
    known = {_norm(register.controller.name)}
    for party in register.parties:
        known.add(_norm(party.name))
        known.update(_norm(alias) for alias in party.aliases)
    findings: list[Finding] = []
    for name, system in facts.systems.items():
        if system.held and name not in used:
            cats = sorted(system.held)
            evidence = [path for cid in cats for path in system.held[cid]]
            listing = ", ".join(map(str, cats))
            findings.append(
                Finding(
                    kind="system_not_in_register",
                    severity=Severity.HIGH,
                    object=f"system:{name}",
                    message_en=f"system {name} holds personal data (categories {listing}) but no activity uses it",
                    message_lv=f"sistēma {name} glabā personas datus (kategorijas {listing}), "
                    "bet neviena darbība to neizmanto",
                    fix_en=f"add {name} to the activity that processes this data (or a new activity), or delete the data",
                    fix_lv=f"pievienojiet {name} darbībai, kas apstrādā šos datus (vai jaunai darbībai), vai dzēsiet datus",
                    details={"system": name, "categories": cats, "evidence": evidence[:20]},
                )
            )
        for label, party_name in (("owner", system.owner), ("hosting_party", system.hosting_party)):
            if party_name and _norm(party_name) not in known:
                findings.append(
                    Finding(
                        kind="party_not_in_register",
                        severity=Severity.MEDIUM,
                        object=f"system:{name}",
                        message_en=f"{party_name} ({label} of system {name}) is not a party of the register",
                        message_lv=f"{party_name} (sistēmas {name} {'īpašnieks' if label == 'owner' else 'mitinātājs'}) "
                        "nav reģistra pusēs",
                        fix_en="add the party (processor or recipient, with country and contract) or an alias",
                        fix_lv="pievienojiet pusi (apstrādātāju vai saņēmēju ar valsti un līgumu) vai tās sinonīmu",
                        details={"system": name, "party": party_name, "as": label},
                    )
                )
    return findings
