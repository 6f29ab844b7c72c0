"""Tables owned by the lineage area (issue 6), on the shared ``metadata``.

Their migration lives in revision 0003 (``catalog/migrations/versions/0003_lineage.py``).

``lineage_source`` is one traced input — a SQL file, a dbt manifest, a query log, or the views of one system —
so re-adding it replaces exactly what it produced. ``lineage_statement`` keeps every statement (or, for query
logs, every distinct statement shape) it held, with its location, fingerprint, how often it occurred, and the
parser's message when it could not be traced. The column edges themselves live in the core ``lineage_edge``
table, matched to their statement by origin and location.
"""

from __future__ import annotations

from sqlalchemy import Column, DateTime, ForeignKey, Index, Integer, String, Table, Text, UniqueConstraint

from catalog.store.schema import metadata

lineage_source = Table(
    "lineage_source",
    metadata,
    Column("id", Integer, primary_key=True),
    Column("origin", String(20), nullable=False),  # view|sql|log|dbt
    Column("key", String(600), nullable=False),  # absolute file path, or the system name for its views
    Column("system", String(200), nullable=False),  # the system the SQL runs in
    Column("dialect", String(40)),
    Column("traced_at", DateTime(timezone=True), nullable=False),
    Column("statements", Integer, nullable=False, default=0),  # statements read (log rows for query logs)
    Column("shapes", Integer, nullable=False, default=0),  # distinct fingerprints traced
    Column("errors", Integer, nullable=False, default=0),
    Column("edges", Integer, nullable=False, default=0),
    UniqueConstraint("origin", "key", name="uq_lineage_source_origin_key"),
)

lineage_statement = Table(
    "lineage_statement",
    metadata,
    Column("id", Integer, primary_key=True),
    Column("source_id", Integer, ForeignKey("lineage_source.id", ondelete="CASCADE"), nullable=False),
    Column("location", String(600), nullable=False),  # file:line, manifest:model id, system.schema.view
    Column("line", Integer),
    Column("fingerprint", String(64)),
    Column("kind", String(20)),  # insert|create|merge|update|delete|select|copy|drop|alter|other; NULL on error
    Column("occurrences", Integer, nullable=False, default=1),  # query logs: rows (or calls) with this shape
    Column("error", Text),  # the parser's message when the statement could not be traced
)
Index("ix_lineage_statement_source_id", lineage_statement.c.source_id)
