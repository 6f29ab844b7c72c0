"""Tables owned by the register area (issue 8), on the shared ``metadata``.

The register itself is kept as versioned documents in the core ``register_document`` table (one row per
import, the validated content plus its hash), with every activity/party/transfer/retention change written
to the audit log — so history is both "which version" and "what changed". Here live what the register
area derives from it:

- ``validation_result``: one row per Great Expectations expectation run (counts only, never values);
- ``register_finding``: the findings of the latest reconciliation, so the app and exports can show them
  without re-running every check.

Their migration lives in revision 0005 (``catalog/migrations/versions/0005_register.py``).
"""

from __future__ import annotations

from sqlalchemy import JSON, Boolean, Column, DateTime, Index, Integer, String, Table, Text

from catalog.store.schema import metadata

validation_result = Table(
    "validation_result",
    metadata,
    Column("id", Integer, primary_key=True),
    Column("run_id", String(64), nullable=False),  # one validate() call
    Column("run_at", DateTime(timezone=True), nullable=False),
    Column("system", String(200), nullable=False),
    Column("table_name", String(600), nullable=False),  # "schema.table" as scanned
    Column("column_name", String(200)),
    Column("check", String(40), nullable=False),  # retention_max|retention_min|format|not_null
    Column("rule", String(200)),  # retention rule id or format rule id
    Column("expectation", String(200), nullable=False),  # GX expectation type
    Column("success", Boolean, nullable=False),
    Column("element_count", Integer),
    Column("unexpected_count", Integer),
    Column("details", JSON),  # period, threshold, docs path — never sampled values
)
Index("ix_validation_result_run_id", validation_result.c.run_id)

register_finding = Table(
    "register_finding",
    metadata,
    Column("id", Integer, primary_key=True),
    Column("found_at", DateTime(timezone=True), nullable=False),
    Column("kind", String(60), nullable=False),
    Column("severity", String(10), nullable=False),
    Column("object", String(600), nullable=False),
    Column("message_en", Text, nullable=False),
    Column("message_lv", Text, nullable=False),
    Column("fix_en", Text),
    Column("fix_lv", Text),
    Column("details", JSON),
)
