"""The schema revisions this version of the app knows, readable without importing Alembic.

Start-up compares the database's ``alembic_version`` with ``HEAD`` using the stdlib ``sqlite3``:
a database already at the latest revision does not pay for importing the migration machinery.
A test checks that these constants match the Alembic scripts.
"""

KNOWN_REVISIONS = ("0001", "0002", "0003", "0004", "0005", "0007", "0008", "0009", "0010", "0011")
HEAD = KNOWN_REVISIONS[-1]
