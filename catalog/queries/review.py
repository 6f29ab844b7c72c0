"""The review page: the queue of suggested tags and the decisions people take on it.

Decisions go through ``catalog.tagging`` (the classification area's library) when it is installed, so the
app and ``ropa tag``/``ropa review`` write the same way; until then :func:`apply_review` writes the tags
itself, with one audit entry per decision, all in one transaction.
"""

from __future__ import annotations

import enum
from collections.abc import Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING

import sqlalchemy as sa

from catalog import audit, settings
from catalog.errors import NotFoundError
from catalog.queries import column_path, format_evidence, live_columns
from catalog.store import Catalog, schema, utcnow
from catalog.taxonomy import category as lookup_category

if TYPE_CHECKING:
    import pandas as pd


def review_queue(
    catalog: Catalog,
    system: str | None = None,
    category: int | None = None,
    min_confidence: float = 0.0,
    limit: int = 500,
    lang: str = "en",
) -> pd.DataFrame:
    """Suggested tags waiting for a person, most confident first, with their evidence.

    Columns: ``tag_id``, ``column`` (path), ``system``, ``category``, ``confidence``, ``source``, ``evidence``.
    """
    import pandas as pd

    query = (
        live_columns()
        .join(schema.tag, schema.tag.c.column_id == schema.col.c.id)
        .with_only_columns(
            schema.tag.c.id,
            schema.system.c.name,
            schema.tbl.c.schema_name,
            schema.tbl.c.name,
            schema.col.c.name,
            schema.tag.c.category,
            schema.tag.c.confidence,
            schema.tag.c.source,
            schema.tag.c.evidence,
        )
        .where(schema.tag.c.status == "suggested", schema.tag.c.confidence >= min_confidence)
        .order_by(schema.tag.c.confidence.desc(), schema.system.c.name, schema.tbl.c.name, schema.col.c.name)
        .limit(limit)
    )
    if system:
        query = query.where(schema.system.c.name == system)
    if category:
        query = query.where(schema.tag.c.category == category)
    with catalog.connect() as conn:
        rows = [
            {
                "tag_id": tag_id,
                "column": column_path(s, sch, t, c),
                "system": s,
                "category": int(cat),
                "confidence": round(float(conf or 0), 2),
                "source": source,
                "evidence": format_evidence(evidence, lang),
            }
            for tag_id, s, sch, t, c, cat, conf, source, evidence in conn.execute(query)
        ]
    return pd.DataFrame(rows, columns=["tag_id", "column", "system", "category", "confidence", "source", "evidence"])


def queue_size(catalog: Catalog) -> int:
    with catalog.connect() as conn:
        return int(
            conn.execute(
                live_columns()
                .join(schema.tag, schema.tag.c.column_id == schema.col.c.id)
                .with_only_columns(sa.func.count())
                .where(schema.tag.c.status == "suggested")
            ).scalar_one()
        )


class Action(str, enum.Enum):
    CONFIRM = "confirm"
    REJECT = "reject"
    CHANGE = "change"  # the column holds another category: reject this one, confirm that one


@dataclass(frozen=True)
class Decision:
    tag_id: int
    action: Action
    category: int | None = None  # for CHANGE
    note: str | None = None


@dataclass(frozen=True)
class ReviewOutcome:
    confirmed: int = 0
    rejected: int = 0
    changed: int = 0


def apply_review(catalog: Catalog, decisions: Sequence[Decision], *, actor: str | None = None) -> ReviewOutcome:
    """Write *decisions* in one transaction, each with an audit entry; unknown tag ids raise NotFoundError.

    >>> from catalog.store import open_catalog
    >>> apply_review(open_catalog("sqlite://"), [])
    ReviewOutcome(confirmed=0, rejected=0, changed=0)
    """
    who = actor or settings.actor()
    counts = {Action.CONFIRM: 0, Action.REJECT: 0, Action.CHANGE: 0}
    for decision in decisions:
        if decision.action is Action.CHANGE:
            if decision.category is None:
                raise NotFoundError("a category change needs the new category", obj=f"tag:{decision.tag_id}")
            lookup_category(decision.category)  # unknown ids raise TaxonomyError
    t = schema.tag
    now = utcnow()
    with catalog.begin() as conn:
        for decision in decisions:
            row = conn.execute(
                live_columns()
                .join(t, t.c.column_id == schema.col.c.id)
                .with_only_columns(
                    t.c.id, t.c.column_id, t.c.category, t.c.status, schema.system.c.name, schema.tbl.c.schema_name,
                    schema.tbl.c.name, schema.col.c.name,
                )
                .where(t.c.id == decision.tag_id)
            ).first()  # fmt: skip
            if row is None:
                raise NotFoundError(f"tag {decision.tag_id} does not exist (any more)", obj=f"tag:{decision.tag_id}")
            tag_id, column_id, category, status, system, sch, table, column = row
            target = column_path(system, sch, table, column)
            before = {"category": category, "status": status}
            new_status = "confirmed" if decision.action is Action.CONFIRM else "rejected"
            conn.execute(
                t.update()
                .where(t.c.id == tag_id)
                .values(status=new_status, actor=who, updated_at=now, note=decision.note or None)
            )
            audit.record(
                conn,
                f"tag.{'confirm' if new_status == 'confirmed' else 'reject'}",
                target,
                before=before,
                after={"category": category, "status": new_status, "note": decision.note},
                actor=who,
            )
            if decision.action is Action.CHANGE and decision.category != category:
                existing = conn.execute(
                    sa.select(t.c.id, t.c.status).where(t.c.column_id == column_id, t.c.category == decision.category)
                ).first()
                if existing is None:
                    conn.execute(
                        t.insert().values(
                            column_id=column_id, category=decision.category, status="confirmed", source="manual",
                            confidence=1.0, evidence={"replaces": category}, note=decision.note, actor=who,
                            created_at=now, updated_at=now,
                        )
                    )  # fmt: skip
                else:
                    conn.execute(
                        t.update()
                        .where(t.c.id == existing.id)
                        .values(status="confirmed", actor=who, updated_at=now, note=decision.note)
                    )
                audit.record(
                    conn,
                    "tag.confirm",
                    target,
                    before=None if existing is None else {"category": decision.category, "status": existing.status},
                    after={"category": decision.category, "status": "confirmed", "note": decision.note},
                    actor=who,
                )
            counts[decision.action] += 1
    return ReviewOutcome(counts[Action.CONFIRM], counts[Action.REJECT], counts[Action.CHANGE])


def recent_decisions(catalog: Catalog, limit: int = 20) -> pd.DataFrame:
    """The newest tag decisions from the audit log (who, when, what)."""
    import pandas as pd

    a = schema.audit
    query = sa.select(a.c.at, a.c.actor, a.c.action, a.c.object, a.c.after).where(a.c.action.like("tag.%"))
    with catalog.connect() as conn:
        rows = [
            {
                "at": at.strftime("%Y-%m-%d %H:%M") if at else "",
                "actor": actor,
                "action": action,
                "object": obj,
                "category": (after or {}).get("category") if isinstance(after, dict) else None,
            }
            for at, actor, action, obj, after in conn.execute(query.order_by(a.c.id.desc()).limit(limit))
        ]
    return pd.DataFrame(rows, columns=["at", "actor", "action", "object", "category"])


__all__ = ["Action", "Decision", "ReviewOutcome", "apply_review", "queue_size", "recent_decisions", "review_queue"]
