"""Classification: the baseline ``ropa check`` compares new columns against (issue 7).

Keep ``catalog/store/schema_classification.py`` in step: a test compares the migrated schema with the metadata.

Revision ID: 0004
Revises: 0003
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0004"
down_revision = "0003"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "check_baseline",
        sa.Column("system_id", sa.Integer(), nullable=False),
        sa.Column("max_column_id", sa.Integer(), nullable=False),
        sa.Column("accepted_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("actor", sa.String(length=200), nullable=False),
        sa.ForeignKeyConstraint(
            ["system_id"], ["system.id"], name=op.f("fk_check_baseline_system_id_system"), ondelete="CASCADE"
        ),
        sa.PrimaryKeyConstraint("system_id", name=op.f("pk_check_baseline")),
    )


def downgrade() -> None:
    op.drop_table("check_baseline")
