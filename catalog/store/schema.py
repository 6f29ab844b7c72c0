"""The catalog's tables as SQLAlchemy Core metadata.

This is the shape queries are written against; the Alembic migrations in ``catalog/migrations`` create the
same shape step by step (a test compares the two, so they cannot drift). Names are prefixed-free but
singular; ``tbl``/``col`` avoid SQL keywords. Times are timezone-aware UTC.

Why names rather than only ids on lineage edges: lineage read from SQL often names tables that are not
scanned (yet); those edges are kept with their names and resolved to column ids when the table appears.
"""

from __future__ import annotations

from sqlalchemy import (
    JSON,
    Boolean,
    Column,
    DateTime,
    Float,
    ForeignKey,
    Index,
    Integer,
    MetaData,
    String,
    Table,
    Text,
    UniqueConstraint,
)

NAMING = {
    "ix": "ix_%(column_0_label)s",
    "uq": "uq_%(table_name)s_%(column_0_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}

metadata = MetaData(naming_convention=NAMING)

system = Table(
    "system",
    metadata,
    Column("id", Integer, primary_key=True),
    Column("name", String(200), nullable=False, unique=True),
    Column("kind", String(40), nullable=False, default="database"),  # database|saas|files|declared
    Column("dialect", String(40)),  # sqlite|postgresql|mysql|None for declared systems
    Column("url", Text),  # always redacted: never a password
    Column("owner", String(200)),
    Column("hosting_party", String(200)),
    Column("country", String(2)),
    Column("description", Text),
    Column("properties", JSON),  # declared systems: categories held, retention, notes
    Column("created_at", DateTime(timezone=True), nullable=False),
    Column("last_scanned_at", DateTime(timezone=True)),
)

tbl = Table(
    "tbl",
    metadata,
    Column("id", Integer, primary_key=True),
    Column("system_id", Integer, ForeignKey("system.id", ondelete="CASCADE"), nullable=False),
    Column("schema_name", String(200), nullable=False, default=""),  # '' where the source has no schemas
    Column("name", String(200), nullable=False),
    Column("kind", String(20), nullable=False, default="table"),  # table|view
    Column("comment", Text),
    Column("row_estimate", Integer),
    Column("view_sql", Text),
    Column("first_seen", DateTime(timezone=True), nullable=False),
    Column("last_seen", DateTime(timezone=True), nullable=False),
    Column("removed_at", DateTime(timezone=True)),
    UniqueConstraint("system_id", "schema_name", "name", name="uq_tbl_system_schema_name"),
)

col = Table(
    "col",
    metadata,
    Column("id", Integer, primary_key=True),
    Column("table_id", Integer, ForeignKey("tbl.id", ondelete="CASCADE"), nullable=False),
    Column("name", String(200), nullable=False),
    Column("position", Integer, nullable=False, default=0),
    Column("data_type", String(200)),
    Column("nullable", Boolean, nullable=False, default=True),
    Column("default", Text),
    Column("comment", Text),
    Column("is_pk", Boolean, nullable=False, default=False),
    Column("fk_target", String(600)),  # "schema.table.column" as the source names it
    Column("decision", String(20)),  # None | 'not_personal': an explicit human decision
    Column("note", Text),
    # What the value detectors saw in the last sample: {detector id: match ratio} and the sample size.
    # Only ratios — the sampled values themselves never leave the scanning process.
    Column("profile", JSON),
    Column("sample_size", Integer),
    Column("first_seen", DateTime(timezone=True), nullable=False),
    Column("last_seen", DateTime(timezone=True), nullable=False),
    Column("changed_at", DateTime(timezone=True)),
    Column("removed_at", DateTime(timezone=True)),
    UniqueConstraint("table_id", "name", name="uq_col_table_name"),
)

tag = Table(
    "tag",
    metadata,
    Column("id", Integer, primary_key=True),
    Column("column_id", Integer, ForeignKey("col.id", ondelete="CASCADE"), nullable=False),
    Column("category", Integer, nullable=False),  # Annex 1 id 1..32
    Column("status", String(20), nullable=False),  # suggested|confirmed|rejected
    Column("source", String(20), nullable=False),  # name|value|comment|lineage|manual|import
    Column("confidence", Float, nullable=False, default=0.0),
    Column("evidence", JSON),  # rule ids, patterns, match ratios, lineage path — never sampled values
    Column("note", Text),
    Column("actor", String(200)),
    Column("created_at", DateTime(timezone=True), nullable=False),
    Column("updated_at", DateTime(timezone=True), nullable=False),
    UniqueConstraint("column_id", "category", name="uq_tag_column_category"),
)
Index("ix_tag_status", tag.c.status)

lineage_edge = Table(
    "lineage_edge",
    metadata,
    Column("id", Integer, primary_key=True),
    Column("source_system", String(200)),
    Column("source_table", String(600), nullable=False),  # "schema.table" or "table" as resolved
    Column("source_column", String(200), nullable=False),  # '*' for unexpanded SELECT *
    Column("source_column_id", Integer, ForeignKey("col.id", ondelete="SET NULL")),
    Column("target_system", String(200)),
    Column("target_table", String(600), nullable=False),
    Column("target_column", String(200), nullable=False),
    Column("target_column_id", Integer, ForeignKey("col.id", ondelete="SET NULL")),
    Column("kind", String(20), nullable=False),  # copy|transform|aggregate|filter
    Column("origin", String(20), nullable=False),  # view|sql|log|dbt
    Column("location", String(600)),  # file:line or system.view
    Column("fingerprint", String(64)),
    Column("created_at", DateTime(timezone=True), nullable=False),
    Column("functions", JSON),  # SQL functions applied on the way, e.g. ["md5"] (added by revision 0003)
)
Index("ix_lineage_edge_source_column_id", lineage_edge.c.source_column_id)
Index("ix_lineage_edge_target_column_id", lineage_edge.c.target_column_id)

audit = Table(
    "audit",
    metadata,
    Column("id", Integer, primary_key=True),
    Column("at", DateTime(timezone=True), nullable=False),
    Column("actor", String(200), nullable=False),
    Column("action", String(60), nullable=False),
    Column("object", String(600), nullable=False),
    Column("before", JSON),
    Column("after", JSON),
)
Index("ix_audit_object", audit.c.object)

scan_run = Table(
    "scan_run",
    metadata,
    Column("id", Integer, primary_key=True),
    Column("system_id", Integer, ForeignKey("system.id", ondelete="CASCADE"), nullable=False),
    Column("started_at", DateTime(timezone=True), nullable=False),
    Column("finished_at", DateTime(timezone=True)),
    Column("status", String(20), nullable=False),  # ok|failed
    Column("summary", JSON),  # counts of added/changed/removed — never values
)

register_document = Table(
    "register_document",
    metadata,
    Column("id", Integer, primary_key=True),
    Column("imported_at", DateTime(timezone=True), nullable=False),
    Column("actor", String(200), nullable=False),
    Column("source", String(600)),
    Column("content", JSON, nullable=False),  # the validated register as a dict
    Column("content_hash", String(64), nullable=False),
)


# Each area keeps its own tables in its own module on the same ``metadata`` (imported last, so the
# names above exist when they load). Add tables there, and their migration in the area's reserved
# revision under catalog/migrations/versions.
from catalog.store import (  # noqa: E402,F401
    schema_app,
    schema_classification,
    schema_connectors,
    schema_lineage,
    schema_register,
)
