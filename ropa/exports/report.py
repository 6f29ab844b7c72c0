"""The export's content, independent of language and format: one dict every writer renders.

Built from the current register, the data map (confirmed tags) and the latest findings. Its content hash
covers everything except the snapshot time, so two exports of the same state carry the same hash in every
language and format, and an auditor can prove which version they received.
"""

from __future__ import annotations

from collections import defaultdict
from typing import Any

from catalog.findings import Finding
from catalog.store import Catalog, utcnow
from ropa.checks.context import DECLARED, CheckInput, SystemHoldings
from ropa.register.store import load_stored
from ropa.register.yamlio import content_hash, to_dict


def _checks(validation: list[Any]) -> dict[str, dict[str, Any]]:
    """Latest Great Expectations result per retention rule: {"status": ok|failed, "unexpected_count": n}."""
    found: dict[str, dict[str, Any]] = {}
    for row in validation:
        if not str(row.check).startswith("retention"):
            continue
        entry = found.setdefault(row.rule, {"status": "ok", "unexpected_count": 0})
        if not row.success:
            entry["status"] = "failed"
            entry["unexpected_count"] += row.unexpected_count or 0
    return found


def _evidence(
    held: dict[str, SystemHoldings], systems_of: dict[str, list[str]], declared: dict[str, list[int]]
) -> list[dict[str, Any]]:
    """Which scanned columns (confirmed tags) back each category an activity declares."""
    backing: dict[tuple[str, int], list[dict[str, Any]]] = defaultdict(list)
    for name, system in held.items():
        for cid, paths in system.held.items():
            for path in paths:  # scanned columns first, a declaration last
                if path != DECLARED:
                    tag = system.backing[(cid, path)]
                    backing[(name, cid)].append({"column": path, "source": tag.source, "confidence": tag.confidence})
            if DECLARED in paths:
                backing[(name, cid)].append({"column": f"{name} (declared)", "source": "declared", "confidence": 1.0})
    out: list[dict[str, Any]] = []
    for activity, categories in declared.items():
        for cid in categories:
            rows_for = [
                {"activity": activity, "category": cid, "system": system, **hit}
                for system in systems_of[activity]
                for hit in backing.get((system, cid), [])
            ]
            out.extend(
                rows_for
                or [
                    {
                        "activity": activity,
                        "category": cid,
                        "system": None,
                        "column": None,
                        "source": None,
                        "confidence": None,
                    }
                ]
            )
    return out


def build_report(catalog: Catalog, findings: list[Finding] | None = None) -> dict[str, Any]:
    """The language-neutral export content with ``meta.snapshot_at`` and ``meta.content_hash``.

    *findings* default to a fresh :func:`ropa.reconcile.reconcile` run, so an export never shows stale ones.
    """
    from ropa.reconcile import finding_record, run_checks, save_findings

    stored = load_stored(catalog)
    register = stored.register
    facts = CheckInput(catalog, register)  # the map is read once, for the findings and the sheets alike
    if findings is None:
        findings = run_checks(facts)
        save_findings(catalog, findings)  # as `ropa reconcile` would: the stored set is the latest
    content = to_dict(register)
    transfers_of: dict[str, list[str]] = defaultdict(list)
    for transfer in register.transfers:
        for activity_id in transfer.activities:
            transfers_of[activity_id].append(transfer.id)
    retention_of: dict[str, list[str]] = defaultdict(list)
    for rule in register.retention:
        if rule.activity:
            retention_of[rule.activity].append(rule.id)
        else:
            for activity in register.activities:
                if set(rule.categories) & set(activity.categories):
                    retention_of[activity.id].append(rule.id)
    activities = [
        {**item, "transfers": transfers_of[item["id"]], "retention": retention_of[item["id"]]}
        for item in content.get("activities", [])
    ]
    users: dict[str, list[str]] = defaultdict(list)
    for activity in register.activities:
        for party_id in dict.fromkeys(activity.parties()):
            users[party_id].append(activity.id)
    parties = [
        {**item, "zone": p.zone.value, "eea": p.eea, "activities": users[p.id]}
        for item, p in zip(content.get("parties", []), register.parties)
    ]
    transfers = [{**item, "zone": t.zone.value} for item, t in zip(content.get("transfers", []), register.transfers)]
    checks = _checks(facts.validation)
    retention = [
        {**item, "check": checks.get(rule.id, {"status": "not_checked"}) if rule.table else {"status": "not_checked"}}
        for item, rule in zip(content.get("retention", []), register.retention)
    ]
    held = facts.systems
    systems = sorted(set(held) | register.systems())
    declared_in: dict[str, set[int]] = defaultdict(set)
    for activity in register.activities:
        for system in activity.systems:
            declared_in[system].update(activity.categories)
    matrix_rows = []
    for cid in range(1, 33):
        cells: dict[str, str] = {}
        for system in systems:
            is_held = system in held and cid in held[system].held
            is_declared = cid in declared_in[system]
            if is_held and is_declared:
                cells[system] = "held_declared"
            elif is_held:
                cells[system] = "held_undeclared"
            elif is_declared:
                cells[system] = "declared_only"
        matrix_rows.append({"category": cid, "cells": cells})
    evidence = _evidence(
        held,
        {a.id: a.systems for a in register.activities},
        {a.id: list(a.categories) for a in register.activities},
    )
    report: dict[str, Any] = {
        "meta": {
            "register_version": stored.document_id,
            "register_hash": stored.content_hash,
            "imported_at": stored.imported_at.isoformat(),
            "source": stored.source,
        },
        "controller": content["controller"],
        "activities": activities,
        "parties": parties,
        "transfers": transfers,
        "retention": retention,
        "matrix": {"systems": systems, "rows": matrix_rows},
        "findings": [finding_record(f) for f in findings],
        "evidence": evidence,
    }
    report["meta"]["content_hash"] = content_hash({k: v for k, v in report.items() if k != "meta"})
    report["meta"]["snapshot_at"] = utcnow().isoformat()
    return report
