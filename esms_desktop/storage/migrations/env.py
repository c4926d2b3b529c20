"""Alembic environment: always run from code with a connection in ``config.attributes``."""

from alembic import context

from esms_desktop.storage.models import Base

config = context.config
connection = config.attributes.get("connection")
if connection is None:  # pragma: no cover - the app never runs alembic from the command line
    raise RuntimeError("esms-desktop runs its migrations from esms_desktop.storage.database")

context.configure(connection=connection, target_metadata=Base.metadata, render_as_batch=True)
with context.begin_transaction():
    context.run_migrations()
