"""Dossier, OG and ESSMS: the first slice.

Revision ID: 0001
Revises:
Create Date: 2026-11-23
"""

import sqlalchemy as sa
from alembic import op

revision = "0001"
down_revision = None
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "dossier",
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column("uid", sa.String(36), nullable=False, unique=True),
        sa.Column("name", sa.String(200), nullable=False),
        sa.Column("campaign_year", sa.Integer, nullable=False),
        sa.Column("region", sa.String(3)),
        sa.Column("project_type", sa.String(20), nullable=False),
        sa.Column("hosting", sa.String(20), nullable=False),
        sa.Column("created_at", sa.DateTime, nullable=False),
        sa.Column("modified_at", sa.DateTime, nullable=False),
    )
    op.create_index("ix_dossier_modified_at", "dossier", ["modified_at"])
    op.create_table(
        "og",
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column("dossier_id", sa.Integer, sa.ForeignKey("dossier.id", ondelete="CASCADE"), nullable=False),
        sa.Column("position", sa.Integer, nullable=False),
        sa.Column("finess_ej", sa.String(9), nullable=False),
        sa.Column("name", sa.String(200), nullable=False),
        sa.Column("is_porteur", sa.Boolean, nullable=False),
    )
    op.create_index("ix_og_dossier_id", "og", ["dossier_id"])
    op.create_table(
        "essms",
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column("og_id", sa.Integer, sa.ForeignKey("og.id", ondelete="CASCADE"), nullable=False),
        sa.Column("position", sa.Integer, nullable=False),
        sa.Column("finess_et", sa.String(9), nullable=False),
        sa.Column("name", sa.String(200), nullable=False),
        sa.Column("category_code", sa.String(4)),
        sa.Column("sector", sa.String(4)),
        sa.Column("department", sa.String(3)),
        sa.Column("persons_accompanied", sa.Integer),
        sa.Column("notes", sa.Text, nullable=False),
    )
    op.create_index("ix_essms_og_id", "essms", ["og_id"])


def downgrade() -> None:
    op.drop_table("essms")
    op.drop_table("og")
    op.drop_table("dossier")
