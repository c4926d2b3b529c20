"""Edit versions for optimistic concurrency (a counter on the dossier and on each row a form edits),
and who has a dossier open (``presence``: a soft lock with a heartbeat).

Every save says which version it started from; a save based on an older version is checked field by
field against what it started from (``storage/concurrency.py``). The dossier's version also moves at
every change of its content, which is how another window notices a change (live refresh).

Revision ID: 0009
Revises: 0003
Create Date: 2026-12-03
"""

import sqlalchemy as sa
from alembic import op

revision = "0009"
down_revision = "0008"
branch_labels = None
depends_on = None

TABLES = ("dossier", "og", "essms", "person")


def upgrade() -> None:
    for table in TABLES:
        with op.batch_alter_table(table, schema=None) as batch_op:
            batch_op.add_column(sa.Column("version", sa.Integer(), nullable=False, server_default="1"))
    op.create_table(
        "presence",
        sa.Column("dossier_id", sa.Integer(), sa.ForeignKey("dossier.id", ondelete="CASCADE"), primary_key=True),
        sa.Column("client_id", sa.String(length=36), nullable=False),
        sa.Column("user_name", sa.String(length=200), nullable=False, server_default=""),
        sa.Column("since", sa.DateTime(), nullable=False),
        sa.Column("heartbeat", sa.DateTime(), nullable=False),
    )


def downgrade() -> None:
    op.drop_table("presence")
    for table in reversed(TABLES):
        with op.batch_alter_table(table, schema=None) as batch_op:
            batch_op.drop_column("version")
