"""Edit versions for optimistic concurrency: a counter on the dossier and on each row a form edits.

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
down_revision = "0003"
branch_labels = None
depends_on = None

TABLES = ("dossier", "og", "essms", "person")


def upgrade() -> None:
    for table in TABLES:
        with op.batch_alter_table(table, schema=None) as batch_op:
            batch_op.add_column(sa.Column("version", sa.Integer(), nullable=False, server_default="1"))


def downgrade() -> None:
    for table in reversed(TABLES):
        with op.batch_alter_table(table, schema=None) as batch_op:
            batch_op.drop_column("version")
