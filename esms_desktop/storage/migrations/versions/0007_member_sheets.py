"""Member sheets: what the porteur sent to each OG and got back, and, on a member's desk, the sheet she answers.

Revision ID: 0007
Revises: 0004
Create Date: 2026-12-03
"""

import sqlalchemy as sa
from alembic import op

revision = "0007"
down_revision = "0005"
branch_labels = None
depends_on = None


def upgrade() -> None:
    # Porteur side: one row per OG asked (sent on, returned on, merged on, the merged sheet's checksum).
    op.create_table(
        "member_request",
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column("og_id", sa.Integer(), sa.ForeignKey("og.id", ondelete="CASCADE"), nullable=False),
        sa.Column("request_uid", sa.String(length=36), nullable=False),
        sa.Column("sent_on", sa.Date(), nullable=False),
        sa.Column("returned_on", sa.Date(), nullable=True),
        sa.Column("merged_on", sa.Date(), nullable=True),
        sa.Column("merged_checksum", sa.String(length=64), nullable=False, server_default=""),
        sa.UniqueConstraint("og_id", name="uq_member_request_og"),
    )
    op.create_index("ix_member_request_request_uid", "member_request", ["request_uid"])
    # Member side: the dossier (holding her one OG) that answers a porteur's sheet, and its context.
    op.create_table(
        "member_answer",
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column("dossier_id", sa.Integer(), sa.ForeignKey("dossier.id", ondelete="CASCADE"), nullable=False),
        sa.Column("request_uid", sa.String(length=36), nullable=False),
        sa.Column("context", sa.JSON(), nullable=False),
        sa.Column("letter_pdf", sa.LargeBinary(), nullable=True),
        sa.Column("received_on", sa.Date(), nullable=False),
        sa.Column("returned_on", sa.Date(), nullable=True),
        sa.UniqueConstraint("dossier_id", name="uq_member_answer_dossier"),
    )
    op.create_index("ix_member_answer_request_uid", "member_answer", ["request_uid"])


def downgrade() -> None:
    op.drop_index("ix_member_answer_request_uid", table_name="member_answer")
    op.drop_table("member_answer")
    op.drop_index("ix_member_request_request_uid", table_name="member_request")
    op.drop_table("member_request")
