"""The report laid out as the ICO/CNIL templates do, in one language: sheets of titled blocks of rows.

Every writer (xlsx, csv, html) renders these same sheets, so the formats cannot disagree. Cells are
plain strings, numbers or ``None``; enum codes and category ids become labels of the chosen language.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from catalog.taxonomy import category
from ropa.exports.labels import Labels, phrase

SHEETS = ("controller", "activities", "matrix", "transfers", "retention", "findings", "evidence")

Cell = str | int | float | None
_TAG_SOURCES = ("name", "value", "comment", "lineage", "manual", "import", "declared")


@dataclass
class Block:
    heading: str | None
    header: list[str]
    rows: list[list[Cell]] = field(default_factory=list)


@dataclass
class Sheet:
    key: str
    name: str
    blocks: list[Block]


def _texts(values: list[Any], lang: str) -> str:
    return "; ".join(phrase(v, lang) for v in values)


def _categories(ids: list[int], lang: str) -> str:
    return "; ".join(f"{cid}. {category(cid).name(lang)}" for cid in ids)


def _period(rule: dict[str, Any], lab: Labels, lang: str) -> str:
    if "period" in rule:
        return f"{rule['period']['count']} {lab('unit.' + rule['period']['unit'])}"
    return phrase(rule.get("period_text"), lang)


def _contact(contact: dict[str, Any] | None) -> str:
    if not contact:
        return ""
    return ", ".join(str(contact[k]) for k in ("name", "email", "phone", "address") if contact.get(k))


def build_sheets(report: dict[str, Any], lang: str) -> list[Sheet]:
    """All seven sheets of *report* in *lang*."""
    lab = Labels(lang)
    f = lambda key: lab("field." + key)  # noqa: E731
    parties = {p["id"]: p["name"] for p in report["parties"]}

    def names(ids: list[str]) -> str:
        return "; ".join(parties.get(i, i) for i in ids)

    c = report["controller"]
    controller = Block(
        None,
        [f("field"), f("value")],
        [
            [f("name"), c.get("name")],
            [f("registration_no"), c.get("registration_no")],
            [f("address"), c.get("address")],
            [f("email"), c.get("email")],
            [f("phone"), c.get("phone")],
            [f("website"), c.get("website")],
            [f("representative"), _contact(c.get("representative"))],
            [f("dpo"), _contact(c.get("dpo"))],
            [f("supervisory_authority"), c.get("supervisory_authority")],
            [f("laws"), "; ".join(c.get("laws", []))],
            [lab("meta.register_version"), report["meta"]["register_version"]],
            [lab("meta.register_hash"), report["meta"]["register_hash"]],
            [lab("meta.imported_at"), report["meta"]["imported_at"]],
            [lab("meta.source"), report["meta"].get("source")],
        ],
    )
    transfer_text = {
        t["id"]: f"{parties.get(t['party'], t['party'])} ({t['country']}, {lab('safeguard.' + t['safeguard'])})"
        for t in report["transfers"]
    }
    retention_text = {r["id"]: f"{r['id']}: {_period(r, lab, lang)}" for r in report["retention"]}
    activity_fields = [
        "id", "name", "policy_ref", "purposes", "legal_bases", "legitimate_interests", "art9_condition",
        "data_subjects", "categories", "systems", "recipients", "processors", "joint_controllers", "sources",
        "transfers", "retention", "security_measures", "automated_decision_making", "adm_logic", "dpia",
    ]  # fmt: skip
    activities = Block(None, [f(k) for k in activity_fields])
    for a in report["activities"]:
        activities.rows.append(
            [
                a["id"],
                phrase(a["name"], lang),
                a.get("policy_ref"),
                _texts(a["purposes"], lang),
                lab.many("legal_basis", a["legal_bases"]),
                _texts(a.get("legitimate_interests", []), lang),
                lab("art9." + a["art9_condition"]) if a.get("art9_condition") else lab("value.none"),
                lab.many("data_subject", a["data_subjects"]),
                _categories(a["categories"], lang),
                "; ".join(a.get("systems", [])),
                names(a.get("recipients", [])),
                names(a.get("processors", [])),
                names(a.get("joint_controllers", [])),
                names(a.get("sources", [])),
                "; ".join(transfer_text[t] for t in a["transfers"]),
                "; ".join(retention_text[r] for r in a["retention"]),
                lab.many("security", a.get("security_measures", [])),
                lab.yes_no(a.get("automated_decision_making", False)),
                a.get("adm_logic"),
                lab("dpia." + a.get("dpia", "not_needed")),
            ]
        )
    systems = report["matrix"]["systems"]
    matrix = Block(None, [f("category"), *systems])
    for row in report["matrix"]["rows"]:
        cid = row["category"]
        matrix.rows.append(
            [
                f"{cid}. {category(cid).name(lang)}",
                *[lab("value." + row["cells"][s]) if s in row["cells"] else None for s in systems],
            ]
        )
    legend = Block(
        lab("meta.legend"),
        [f("value"), f("description")],
        [[lab("value." + k), lab("value.legend_" + k)] for k in ("held_declared", "held_undeclared", "declared_only")],
    )
    party_block = Block(
        lab("heading.parties"),
        [f(k) for k in ("id", "name", "roles", "kind", "country", "eea", "zone", "contract_ref", "activities")],
        [
            [
                p["id"],
                p["name"],
                lab.many("role", p["roles"]),
                phrase(p.get("kind"), lang),
                p["country"],
                lab.yes_no(p["eea"]),
                lab("zone." + p["zone"]),
                p.get("contract_ref"),
                "; ".join(p["activities"]),
            ]
            for p in report["parties"]
        ],
    )
    transfer_block = Block(
        lab("heading.transfers"),
        [
            f(k)
            for k in (
                "id",
                "party",
                "country",
                "zone",
                "activities",
                "categories",
                "safeguard",
                "safeguard_ref",
                "note",
            )
        ],
        [
            [
                t["id"],
                parties.get(t["party"], t["party"]),
                t["country"],
                lab("zone." + t["zone"]),
                "; ".join(t["activities"]),
                _categories(t.get("categories", []), lang),
                lab("safeguard." + t["safeguard"]),
                t.get("safeguard_ref"),
                t.get("note"),
            ]
            for t in report["transfers"]
        ],
    )

    def check(rule: dict[str, Any]) -> str:
        result = rule["check"]
        if result["status"] == "ok":
            return lab("value.check_ok")
        if result["status"] == "failed":
            return lab("value.check_failed", count=result["unexpected_count"])
        return lab("value.not_checked")

    retention = Block(
        None,
        [
            f(k)
            for k in (
                "id",
                "scope",
                "activity",
                "categories",
                "table",
                "date_column",
                "period",
                "retention_kind",
                "trigger",
                "legal_reference",
                "check",
            )
        ],
        [
            [
                r["id"],
                lab("scope." + r["scope"]),
                r.get("activity"),
                _categories(r.get("categories", []), lang),
                r.get("table"),
                r.get("date_column"),
                _period(r, lab, lang),
                lab("retention_kind." + r.get("kind", "max")),
                phrase(r["trigger"], lang),
                r.get("legal_reference"),
                check(r),
            ]
            for r in report["retention"]
        ],
    )
    findings = Block(
        None,
        [f(k) for k in ("severity", "finding", "object", "message", "fix")],
        [
            [
                lab("severity." + x["severity"]),
                lab("finding." + x["kind"]),
                x["object"],
                x["message_lv"] if lang == "lv" else x["message_en"],
                x["fix_lv"] if lang == "lv" else x["fix_en"],
            ]
            for x in report["findings"]
        ],
    )
    evidence = Block(
        None,
        [f(k) for k in ("activity", "category", "system", "column", "tag_source", "confidence")],
        [
            [
                e["activity"],
                f"{e['category']}. {category(e['category']).name(lang)}",
                e["system"] or lab("value.none"),
                e["column"] or lab("value.not_found"),
                lab("tag_source." + e["source"]) if e["source"] in _TAG_SOURCES else e["source"],
                e["confidence"],
            ]
            for e in report["evidence"]
        ],
    )
    blocks = {
        "controller": [controller],
        "activities": [activities],
        "matrix": [matrix, legend],
        "transfers": [party_block, transfer_block],
        "retention": [retention],
        "findings": [findings],
        "evidence": [evidence],
    }
    return [Sheet(key, lab("sheet." + key), blocks[key]) for key in SHEETS]
