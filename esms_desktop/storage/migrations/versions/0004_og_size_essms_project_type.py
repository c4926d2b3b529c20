"""The OG's total count of ESSMS (the small-OG rule judges on it) and a project type per ESSMS.

Revision ID: 0004
Revises: 0003
Create Date: 2026-12-03
"""

import sqlalchemy as sa
from alembic import op

revision = "0004"
down_revision = "0003"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("og", schema=None) as batch_op:
        batch_op.add_column(sa.Column("essms_total", sa.Integer(), nullable=True))
    with op.batch_alter_table("essms", schema=None) as batch_op:
        batch_op.add_column(sa.Column("project_type", sa.String(length=20), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table("essms", schema=None) as batch_op:
        batch_op.drop_column("project_type")
    with op.batch_alter_table("og", schema=None) as batch_op:
        batch_op.drop_column("essms_total")
