"""Edit versions on the rows of the lists a step edits: needs, budget lines (expenses and revenues),
tasks of the planning (their waves included), communication actions and partners.

Like revision 0009's: every save says which version of the row it started from; a save based on an
older version is checked field by field against what it started from (``storage/concurrency.py``).

Revision ID: 0011
Revises: 0009
Create Date: 2026-12-03
"""

import sqlalchemy as sa
from alembic import op

revision = "0011"
down_revision = "0010"
branch_labels = None
depends_on = None

TABLES = ("need", "budget_line", "plan_task", "comm_action", "partner")


def upgrade() -> None:
    for table in TABLES:
        with op.batch_alter_table(table, schema=None) as batch_op:
            batch_op.add_column(sa.Column("version", sa.Integer(), nullable=False, server_default="1"))


def downgrade() -> None:
    for table in reversed(TABLES):
        with op.batch_alter_table(table, schema=None) as batch_op:
            batch_op.drop_column("version")
