"""The review page: the queue of suggested tags and the decisions people take on it.

Decisions go through :mod:`catalog.tagging`, so the app, ``ropa tag`` and ``ropa review`` write the same
way: each decision in its own transaction with its audit entry, and rejecting or changing a confirmed tag
withdraws what propagation derived from it. A batch is checked whole (tags exist, categories are valid)
before the first write, so bad input changes nothing.
"""

from __future__ import annotations

import enum
from collections.abc import Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING

import sqlalchemy as sa

from catalog import settings
from catalog.errors import NotFoundError
from catalog.queries import column_path, format_evidence, tagged_columns
from catalog.store import Catalog, schema
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
        tagged_columns()
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
                tagged_columns().with_only_columns(sa.func.count()).where(schema.tag.c.status == "suggested")
            ).scalar_one()
        )


class Action(str, enum.Enum):
    CONFIRM = "confirm"
    REJECT = "reject"
    CHANGE = "change"  # the column holds another category: reject this one, confirm that one
    NOT_PERSONAL = "not_personal"  # the column holds no personal data at all: every suggestion on it is rejected


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
    not_personal: int = 0


def apply_review(catalog: Catalog, decisions: Sequence[Decision], *, actor: str | None = None) -> ReviewOutcome:
    """Write *decisions* through :mod:`catalog.tagging`; unknown tags or categories raise before any write.

    >>> from catalog.store import open_catalog
    >>> apply_review(open_catalog("sqlite://"), [])
    ReviewOutcome(confirmed=0, rejected=0, changed=0, not_personal=0)
    """
    from catalog import tagging

    who = actor or settings.actor()
    ids = sorted({d.tag_id for d in decisions})
    query = (
        tagged_columns()
        .with_only_columns(
            schema.tag.c.id, schema.tag.c.category, schema.system.c.name, schema.tbl.c.schema_name,
            schema.tbl.c.name, schema.col.c.name,
        )
        .where(schema.tag.c.id.in_(ids or [-1]))
    )  # fmt: skip
    with catalog.connect() as conn:
        tags = {tag_id: (column_path(s, sch, t, c), int(cat)) for tag_id, cat, s, sch, t, c in conn.execute(query)}
    for decision in decisions:
        if decision.tag_id not in tags:
            raise NotFoundError(f"tag {decision.tag_id} does not exist (any more)", obj=f"tag:{decision.tag_id}")
        if decision.action is Action.CHANGE:
            if decision.category is None:
                raise NotFoundError("a category change needs the new category", obj=tags[decision.tag_id][0])
            lookup_category(decision.category)  # unknown ids raise TaxonomyError
    counts = dict.fromkeys(Action, 0)
    unpersonal: set[str] = set()
    for decision in decisions:
        target, category = tags[decision.tag_id]
        if decision.action is Action.NOT_PERSONAL:
            if target not in unpersonal:  # one decision per column, whichever of its suggestions carried it
                tagging.mark_not_personal(catalog, target, note=decision.note, actor=who)
                unpersonal.add(target)
        elif decision.action is Action.CONFIRM:
            tagging.confirm(catalog, target, category, note=decision.note, actor=who)
        elif decision.action is Action.REJECT:
            tagging.reject(catalog, target, category, note=decision.note, actor=who)
        elif decision.category == category:  # "changed" to what it already was: a confirmation
            tagging.confirm(catalog, target, category, note=decision.note, actor=who)
        else:
            assert decision.category is not None
            tagging.change(catalog, target, category, decision.category, note=decision.note, actor=who)
        counts[decision.action] += 1
    return ReviewOutcome(
        counts[Action.CONFIRM], counts[Action.REJECT], counts[Action.CHANGE], counts[Action.NOT_PERSONAL]
    )


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
