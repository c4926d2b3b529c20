"""The day the user entered the candidature in GALIS (until then the pack says « À saisir »), and each
ESSMS's name as FINESS spells it (the reference kept beside the user's readable spelling).

Revision ID: 0010
Revises: 0009
Create Date: 2026-12-03
"""

import sqlalchemy as sa
from alembic import op

revision = "0010"
down_revision = "0009"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("dossier", schema=None) as batch_op:
        batch_op.add_column(sa.Column("galis_entered_on", sa.Date(), nullable=True))
    with op.batch_alter_table("essms", schema=None) as batch_op:
        batch_op.add_column(sa.Column("finess_name", sa.String(length=200), nullable=False, server_default=""))


def downgrade() -> None:
    with op.batch_alter_table("essms", schema=None) as batch_op:
        batch_op.drop_column("finess_name")
    with op.batch_alter_table("dossier", schema=None) as batch_op:
        batch_op.drop_column("galis_entered_on")
