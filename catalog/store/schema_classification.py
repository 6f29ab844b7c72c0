"""Tables owned by the classification area (issue 7), on the shared ``metadata``.

Their migration lives in revision 0004 (``catalog/migrations/versions/0004_classification.py``).

``check_baseline`` is what ``ropa check`` compares against: per system, the highest column id that was
already known when someone accepted the current state (``ropa check --baseline``). Columns added later are
"seen for the first time" and must get a confirmed tag or an explicit not-personal decision to pass the gate.
"""

from __future__ import annotations

from sqlalchemy import Column, DateTime, ForeignKey, Integer, String, Table

from catalog.store.schema import metadata

check_baseline = Table(
    "check_baseline",
    metadata,
    Column("system_id", Integer, ForeignKey("system.id", ondelete="CASCADE"), primary_key=True),
    Column("max_column_id", Integer, nullable=False),
    Column("accepted_at", DateTime(timezone=True), nullable=False),
    Column("actor", String(200), nullable=False),
)
