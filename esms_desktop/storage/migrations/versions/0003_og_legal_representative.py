"""The OG's legal representative, who signs the engagement letter and the convention.

Revision ID: 0003
Revises: 0002
Create Date: 2026-11-23
"""

import sqlalchemy as sa
from alembic import op

revision = "0003"
down_revision = "0002"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("og", schema=None) as batch_op:
        batch_op.add_column(sa.Column("legal_rep_name", sa.String(length=200), nullable=False, server_default=""))
        batch_op.add_column(sa.Column("legal_rep_function", sa.String(length=200), nullable=False, server_default=""))


def downgrade() -> None:
    with op.batch_alter_table("og", schema=None) as batch_op:
        batch_op.drop_column("legal_rep_function")
        batch_op.drop_column("legal_rep_name")
