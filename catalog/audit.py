"""The audit log: who changed what, when, from what to what.

Every tag decision and register change calls :func:`record` inside the same transaction as the change,
so the log and the data can never disagree.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from typing import Any

import sqlalchemy as sa
from sqlalchemy.engine import Connection

from catalog import settings
from catalog.store import schema, utcnow


@dataclass(frozen=True)
class AuditEntry:
    at: datetime
    actor: str
    action: str
    object: str
    before: Any
    after: Any


def record(
    conn: Connection,
    action: str,
    obj: str,
    *,
    before: Any = None,
    after: Any = None,
    actor: str | None = None,
) -> None:
    """Append one entry; call it inside the transaction that makes the change."""
    conn.execute(
        schema.audit.insert().values(
            at=utcnow(), actor=actor or settings.actor(), action=action, object=obj, before=before, after=after
        )
    )


def history(conn: Connection, obj: str | None = None, limit: int = 100) -> list[AuditEntry]:
    """The newest entries first, optionally for one object (exact or prefix ``obj*``)."""
    query = sa.select(schema.audit).order_by(schema.audit.c.id.desc()).limit(limit)
    if obj is not None:
        if obj.endswith("*"):
            query = query.where(schema.audit.c.object.startswith(obj[:-1]))
        else:
            query = query.where(schema.audit.c.object == obj)
    return [AuditEntry(r.at, r.actor, r.action, r.object, r.before, r.after) for r in conn.execute(query).mappings()]
