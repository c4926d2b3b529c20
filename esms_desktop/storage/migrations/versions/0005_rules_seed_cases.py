"""What the rules need to follow the seeds: the DPO's designation in three states, whether an OG is
subject to the Code de la commande publique, the GHT route of the Solution DUI step, and the dossier's
own ARS filing window.

Revision ID: 0005
Revises: 0004
Create Date: 2026-12-03
"""

import sqlalchemy as sa
from alembic import op

revision = "0005"
down_revision = "0004"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("og", schema=None) as batch_op:
        # "done" | "in_progress" | "not_started"; None: read from dpo_designated (older rows)
        batch_op.add_column(sa.Column("dpo_status", sa.String(length=20), nullable=True))
        # subject to the Code de la commande publique; None: from its legal status
        batch_op.add_column(sa.Column("public_procurement", sa.Boolean(), nullable=True))
    with op.batch_alter_table("dossier", schema=None) as batch_op:
        batch_op.add_column(sa.Column("dui_ght_route", sa.Boolean(), nullable=False, server_default=sa.false()))
        batch_op.add_column(sa.Column("ars_window_start", sa.Date(), nullable=True))
        batch_op.add_column(sa.Column("ars_window_end", sa.Date(), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table("dossier", schema=None) as batch_op:
        batch_op.drop_column("ars_window_end")
        batch_op.drop_column("ars_window_start")
        batch_op.drop_column("dui_ght_route")
    with op.batch_alter_table("og", schema=None) as batch_op:
        batch_op.drop_column("public_procurement")
        batch_op.drop_column("dpo_status")
