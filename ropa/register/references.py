"""Cross-references of a whole register, checked after every field has validated on its own.

Duplicate ids, activities naming parties that are not defined (or lack the role), transfers naming unknown
activities or categories their activities do not declare, retention rules for unknown activities. Each
problem carries its location path, so the YAML reader can point at the line.
"""

from __future__ import annotations

from dataclasses import dataclass

from ropa.register.model import Register
from ropa.register.vocabulary import PartyRole


@dataclass(frozen=True)
class Problem:
    """One thing wrong with a register document: where (a path of keys/indexes) and what."""

    loc: tuple[str | int, ...]
    message: str
    obj: str | None = None


def cross_check(register: Register) -> list[Problem]:
    """Problems no single field can see: duplicate ids, references to undefined parties or activities."""
    problems: list[Problem] = []

    def duplicates(section: str, ids: list[str], what: str) -> set[str]:
        seen: set[str] = set()
        for index, item_id in enumerate(ids):
            if item_id in seen:
                problems.append(
                    Problem((section, index, "id"), f"duplicate {what} id {item_id!r}", f"{what}:{item_id}")
                )
            seen.add(item_id)
        return seen

    party_ids = duplicates("parties", [p.id for p in register.parties], "party")
    activity_ids = duplicates("activities", [a.id for a in register.activities], "activity")
    duplicates("transfers", [t.id for t in register.transfers], "transfer")
    duplicates("retention", [r.id for r in register.retention], "retention")
    roles = {p.id: set(p.roles) for p in register.parties}
    for index, activity in enumerate(register.activities):
        for field, role in (
            ("recipients", None),
            ("processors", PartyRole.PROCESSOR),
            ("joint_controllers", PartyRole.JOINT_CONTROLLER),
            ("sources", PartyRole.SOURCE),
        ):
            for position, party_id in enumerate(getattr(activity, field)):
                loc: tuple[str | int, ...] = ("activities", index, field, position)
                obj = f"activity:{activity.id}"
                if party_id not in party_ids:
                    problems.append(Problem(loc, f"unknown party {party_id!r} (not in parties)", obj))
                elif role is not None and role not in roles[party_id]:
                    problems.append(Problem(loc, f"party {party_id!r} does not have role {role.value}", obj))
    for index, transfer in enumerate(register.transfers):
        obj = f"transfer:{transfer.id}"
        if transfer.party not in party_ids:
            problems.append(Problem(("transfers", index, "party"), f"unknown party {transfer.party!r}", obj))
        for position, activity_id in enumerate(transfer.activities):
            if activity_id not in activity_ids:
                problems.append(
                    Problem(("transfers", index, "activities", position), f"unknown activity {activity_id!r}", obj)
                )
        declared = {c for a in register.activities if a.id in transfer.activities for c in a.categories}
        for position, category_id in enumerate(transfer.categories):
            if declared and category_id not in declared:
                problems.append(
                    Problem(
                        ("transfers", index, "categories", position),
                        f"category {category_id} is not declared by {', '.join(transfer.activities)}",
                        obj,
                    )
                )
    for index, rule in enumerate(register.retention):
        if rule.activity and rule.activity not in activity_ids:
            problems.append(
                Problem(("retention", index, "activity"), f"unknown activity {rule.activity!r}", f"retention:{rule.id}")
            )
    return problems
