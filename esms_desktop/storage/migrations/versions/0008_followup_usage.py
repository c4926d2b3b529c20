"""After the award: the dossier's state, money and deployment dates, and the monthly usage measures.

Revision ID: 0008
Revises: 0003
Create Date: 2026-12-03
"""

import sqlalchemy as sa
from alembic import op

revision = "0008"
down_revision = "0007"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "followup",
        sa.Column("dossier_id", sa.Integer(), sa.ForeignKey("dossier.id", ondelete="CASCADE"), primary_key=True),
        sa.Column("state", sa.String(length=20), nullable=False, server_default="preparation"),
        sa.Column("filed_on", sa.Date(), nullable=True),
        sa.Column("decision_on", sa.Date(), nullable=True),
        sa.Column("awarded_amount", sa.Integer(), nullable=True),
        sa.Column("convention_signed_on", sa.Date(), nullable=True),
        sa.Column("refusal_reasons", sa.Text(), nullable=False, server_default=""),
        sa.Column("candidature_reopened", sa.Boolean(), nullable=False, server_default=sa.false()),
        sa.Column("money", sa.JSON(), nullable=False, server_default="{}"),
        sa.Column("deployment", sa.JSON(), nullable=False, server_default="{}"),
    )
    op.create_table(
        "usage_measure",
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column("dossier_id", sa.Integer(), sa.ForeignKey("dossier.id", ondelete="CASCADE"), nullable=False),
        sa.Column("essms_id", sa.Integer(), sa.ForeignKey("essms.id", ondelete="CASCADE"), nullable=False),
        sa.Column("month", sa.Date(), nullable=False),
        sa.Column("counts", sa.JSON(), nullable=False, server_default="{}"),
        sa.UniqueConstraint("essms_id", "month", name="uq_usage_measure_essms_month"),
    )
    op.create_index("ix_usage_measure_dossier_id", "usage_measure", ["dossier_id"])


def downgrade() -> None:
    op.drop_index("ix_usage_measure_dossier_id", table_name="usage_measure")
    op.drop_table("usage_measure")
    op.drop_table("followup")
