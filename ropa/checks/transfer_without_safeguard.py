"""Personal data goes to a third country with no Chapter V safeguard on record (Art. 44-49)."""

from __future__ import annotations

from catalog.findings import Finding, Severity
from ropa.checks.context import CheckInput
from ropa.register.keys import Zone, countries
from ropa.register.vocabulary import Safeguard


def transfer_without_safeguard(facts: CheckInput) -> list[Finding]:
    """A transfer to a country outside the EEA and adequacy list with safeguard ``none``; or a party outside
    the EEA/adequacy list that an activity shares data with but no transfer records at all.
    """
    register = facts.register
    findings: list[Finding] = []
    for transfer in register.transfers:
        if transfer.zone is not Zone.THIRD or transfer.safeguard is not Safeguard.NONE:
            continue
        party = register.party(transfer.party)
        country = countries()[transfer.country].name_en
        activities = ", ".join(transfer.activities)
        findings.append(
            Finding(
                kind="transfer_without_safeguard",
                severity=Severity.HIGH,
                object=f"transfer:{transfer.id}",
                message_en=f"{party.name} ({transfer.country}, {country}) receives data of {activities} "
                "with no safeguard (no adequacy decision, SCCs, BCRs or derogation)",
                message_lv=f"{party.name} ({transfer.country}) saņem datus no {activities} "
                "bez aizsardzības pasākuma (nav lēmuma par aizsardzības līmeņa pietiekamību, LKN, SKN vai izņēmuma)",
                fix_en="sign standard contractual clauses (or rely on another Art. 46/49 ground) and record it",
                fix_lv="noslēdziet līguma standartklauzulas (vai izmantojiet citu 46./49. panta pamatu) un ierakstiet to",
                details={"party": party.id, "country": transfer.country, "activities": list(transfer.activities)},
            )
        )
    recorded = {t.party for t in register.transfers}
    for party in register.parties:
        if party.zone is not Zone.THIRD or party.id in recorded:
            continue
        users = [a.id for a in register.activities if party.id in (*a.processors, *a.recipients, *a.joint_controllers)]
        if not users:
            continue
        findings.append(
            Finding(
                kind="transfer_without_safeguard",
                severity=Severity.HIGH,
                object=f"party:{party.id}",
                message_en=f"{party.name} is in {party.country} (outside the EEA) and receives data of "
                f"{', '.join(users)}, but no transfer is recorded",
                message_lv=f"{party.name} atrodas {party.country} (ārpus EEZ) un saņem datus no {', '.join(users)}, "
                "bet nav ierakstīta neviena nosūtīšana",
                fix_en="add a transfer with its country, categories and safeguard",
                fix_lv="pievienojiet nosūtīšanu ar valsti, kategorijām un aizsardzības pasākumu",
                details={"party": party.id, "country": party.country, "activities": users},
            )
        )
    return findings
