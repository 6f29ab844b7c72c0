"""The export's content, independent of language and format: one dict every writer renders.

Built from the current register, the data map (confirmed tags) and the latest findings. Its content hash
covers everything except the snapshot time, so two exports of the same state carry the same hash in every
language and format, and an auditor can prove which version they received.
"""

from __future__ import annotations

from collections import defaultdict
from typing import Any

import sqlalchemy as sa

from catalog.findings import Finding
from catalog.store import Catalog, schema, utcnow
from catalog.store.schema_register import validation_result
from ropa.checks._map import column_path, read_map
from ropa.register.store import load_stored
from ropa.register.yamlio import content_hash, to_dict


def _finding(f: Finding) -> dict[str, Any]:
    return {
        "kind": f.kind,
        "severity": str(f.severity),
        "object": f.object,
        "message_en": f.message_en,
        "message_lv": f.message_lv,
        "fix_en": f.fix_en,
        "fix_lv": f.fix_lv,
    }


def _checks(catalog: Catalog) -> dict[str, dict[str, Any]]:
    """Latest Great Expectations result per retention rule: {"status": ok|failed, "unexpected_count": n}."""
    v = validation_result
    with catalog.connect() as conn:
        latest = conn.execute(sa.select(v.c.run_id).order_by(v.c.id.desc()).limit(1)).scalar()
        if latest is None:
            return {}
        rows = conn.execute(sa.select(v).where(v.c.run_id == latest, v.c.check.startswith("retention"))).all()
    found: dict[str, dict[str, Any]] = {}
    for row in rows:
        entry = found.setdefault(row.rule, {"status": "ok", "unexpected_count": 0})
        if not row.success:
            entry["status"] = "failed"
            entry["unexpected_count"] += row.unexpected_count or 0
    return found


def _evidence(
    catalog: Catalog, systems_of: dict[str, list[str]], declared: dict[str, list[int]]
) -> list[dict[str, Any]]:
    """Which scanned columns (confirmed tags) back each category an activity declares."""
    s, t, c, g = schema.system, schema.tbl, schema.col, schema.tag
    backing: dict[tuple[str, int], list[dict[str, Any]]] = defaultdict(list)
    with catalog.connect() as conn:
        rows = conn.execute(
            sa.select(
                s.c.name,
                t.c.schema_name,
                t.c.name.label("table"),
                c.c.name.label("column"),
                g.c.category,
                g.c.source,
                g.c.confidence,
            )
            .select_from(
                g.join(c, g.c.column_id == c.c.id).join(t, c.c.table_id == t.c.id).join(s, t.c.system_id == s.c.id)
            )
            .where(g.c.status == "confirmed", c.c.removed_at.is_(None), t.c.removed_at.is_(None))
            .order_by(s.c.name, t.c.schema_name, t.c.name, c.c.position)
        ).all()
    for row in rows:
        backing[(row.name, int(row.category))].append(
            {
                "column": column_path(row.name, row.schema_name, row.table, row.column),
                "source": row.source,
                "confidence": round(float(row.confidence or 0), 3),
            }
        )
    for name, system in read_map(catalog).items():
        for cid, paths in system.held.items():
            if "declared" in paths:
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
    stored = load_stored(catalog)
    register = stored.register
    if findings is None:
        from ropa.reconcile import reconcile

        findings = reconcile(catalog, register)
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
    checks = _checks(catalog)
    retention = [
        {**item, "check": checks.get(rule.id, {"status": "not_checked"}) if rule.table else {"status": "not_checked"}}
        for item, rule in zip(content.get("retention", []), register.retention)
    ]
    held = read_map(catalog)
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
        catalog,
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
        "findings": [_finding(f) for f in findings],
        "evidence": evidence,
    }
    report["meta"]["content_hash"] = content_hash({k: v for k, v in report.items() if k != "meta"})
    report["meta"]["snapshot_at"] = utcnow().isoformat()
    return report
