"""Lineage: traced inputs and their statements; the SQL functions on each edge (issue 6).

Keep ``catalog/store/schema_lineage.py`` in step: a test compares the migrated schema with the metadata.

Revision ID: 0003
Revises: 0002
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0003"
down_revision = "0002"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.add_column("lineage_edge", sa.Column("functions", sa.JSON(), nullable=True))
    op.create_table(
        "lineage_source",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("origin", sa.String(length=20), nullable=False),
        sa.Column("key", sa.String(length=600), nullable=False),
        sa.Column("system", sa.String(length=200), nullable=False),
        sa.Column("dialect", sa.String(length=40), nullable=True),
        sa.Column("traced_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("statements", sa.Integer(), nullable=False),
        sa.Column("shapes", sa.Integer(), nullable=False),
        sa.Column("errors", sa.Integer(), nullable=False),
        sa.Column("edges", sa.Integer(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_lineage_source")),
        sa.UniqueConstraint("origin", "key", name="uq_lineage_source_origin_key"),
    )
    op.create_table(
        "lineage_statement",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("source_id", sa.Integer(), nullable=False),
        sa.Column("location", sa.String(length=600), nullable=False),
        sa.Column("line", sa.Integer(), nullable=True),
        sa.Column("fingerprint", sa.String(length=64), nullable=True),
        sa.Column("kind", sa.String(length=20), nullable=True),
        sa.Column("occurrences", sa.Integer(), nullable=False),
        sa.Column("error", sa.Text(), nullable=True),
        sa.ForeignKeyConstraint(
            ["source_id"],
            ["lineage_source.id"],
            name=op.f("fk_lineage_statement_source_id_lineage_source"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_lineage_statement")),
    )
    op.create_index("ix_lineage_statement_source_id", "lineage_statement", ["source_id"], unique=False)


def downgrade() -> None:
    op.drop_index("ix_lineage_statement_source_id", table_name="lineage_statement")
    op.drop_table("lineage_statement")
    op.drop_table("lineage_source")
    with op.batch_alter_table("lineage_edge") as batch:
        batch.drop_column("functions")
