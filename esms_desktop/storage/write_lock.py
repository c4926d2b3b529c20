"""Taking the database's write lock at the start of a unit of work that checks, then writes.

An import looks for a dossier with the file's uid, then inserts it: two imports of one new file at the
same time (two windows, the CLI) would both find nothing and the second would fail on the unique uid.
With the write lock taken before the check, the second waits for the first, then finds its dossier and
says so (DossierConflict). SQLite: a write statement that changes nothing takes the lock (as
``BEGIN IMMEDIATE`` would) inside the session's transaction; other databases lock the table.
"""

from __future__ import annotations

from sqlalchemy import text


def lock_for_writing(session, table: str = "dossier") -> None:
    if session.get_bind().dialect.name == "sqlite":
        session.execute(text(f"UPDATE {table} SET id = id WHERE 0"))
    else:
        session.execute(text(f"LOCK TABLE {table} IN SHARE ROW EXCLUSIVE MODE"))
