"""Register: activities, parties, transfers, retention, findings, validation results (issue 8).

Reserved in the linear revision chain so the areas can evolve in parallel; empty until that area needs
schema changes. Keep ``catalog/store/schema.py`` (or the area's own table module) in step: a test compares
the migrated schema with the metadata.

Revision ID: 0005
Revises: 0004
"""

from __future__ import annotations

import sqlalchemy as sa  # noqa: F401
from alembic import op  # noqa: F401

revision = "0005"
down_revision = "0004"
branch_labels = None
depends_on = None


def upgrade() -> None:
    pass


def downgrade() -> None:
    pass
