"""Register: Great Expectations results and the latest reconciliation findings (issue 8).

The register documents themselves use the core ``register_document`` table (revision 0001).

Revision ID: 0005
Revises: 0004
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0005"
down_revision = "0004"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "validation_result",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("run_id", sa.String(64), nullable=False),
        sa.Column("run_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("system", sa.String(200), nullable=False),
        sa.Column("table_name", sa.String(600), nullable=False),
        sa.Column("column_name", sa.String(200), nullable=True),
        sa.Column("check", sa.String(40), nullable=False),
        sa.Column("rule", sa.String(200), nullable=True),
        sa.Column("expectation", sa.String(200), nullable=False),
        sa.Column("success", sa.Boolean(), nullable=False),
        sa.Column("element_count", sa.Integer(), nullable=True),
        sa.Column("unexpected_count", sa.Integer(), nullable=True),
        sa.Column("details", sa.JSON(), nullable=True),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_validation_result")),
    )
    op.create_index("ix_validation_result_run_id", "validation_result", ["run_id"])
    op.create_table(
        "register_finding",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("found_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("kind", sa.String(60), nullable=False),
        sa.Column("severity", sa.String(10), nullable=False),
        sa.Column("object", sa.String(600), nullable=False),
        sa.Column("message_en", sa.Text(), nullable=False),
        sa.Column("message_lv", sa.Text(), nullable=False),
        sa.Column("fix_en", sa.Text(), nullable=True),
        sa.Column("fix_lv", sa.Text(), nullable=True),
        sa.Column("details", sa.JSON(), nullable=True),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_register_finding")),
    )


def downgrade() -> None:
    op.drop_table("register_finding")
    op.drop_index("ix_validation_result_run_id", table_name="validation_result")
    op.drop_table("validation_result")
