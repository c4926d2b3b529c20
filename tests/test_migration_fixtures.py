"""Migrations kept working: a database from every shipped revision, with data, upgrades to head intact.

The databases are tests/fixtures/db/<revision>.sqlite, built by tests/fixtures/make_db_fixtures.py.
A new revision in storage/schema_version.py fails here until its fixture is built and committed.
"""

from __future__ import annotations

import shutil
import sqlite3
from pathlib import Path

import pytest
from sqlalchemy import event
from sqlalchemy.engine import Engine

from esms_desktop.storage import schema_version
from esms_desktop.storage.database import open_database

FIXTURES = Path(__file__).resolve().parent / "fixtures" / "db"
OLD_REVISIONS = schema_version.KNOWN_REVISIONS[:-1]


def _fixture_copy(revision: str, tmp_path: Path) -> Path:
    fixture = FIXTURES / f"{revision}.sqlite"
    if not fixture.exists():
        pytest.fail(f"no fixture database for revision {revision}: run tests/fixtures/make_db_fixtures.py "
                    "(add its FILL function first) and commit tests/fixtures/db/{revision}.sqlite")
    tmp_path.mkdir(parents=True, exist_ok=True)
    copy = tmp_path / f"dossiers-{revision}.sqlite"
    shutil.copy(fixture, copy)
    return copy


def _contents(path: Path) -> dict[str, tuple[list[str], list[tuple]]]:
    """{table: (columns, rows in rowid order)} for every table but Alembic's."""
    con = sqlite3.connect(path)
    try:
        tables = [r[0] for r in con.execute(
            "SELECT name FROM sqlite_master WHERE type='table' AND name NOT IN ('alembic_version', 'sqlite_sequence')")]
        result = {}
        for table in tables:
            columns = [r[1] for r in con.execute(f'PRAGMA table_info("{table}")')]
            result[table] = (columns, con.execute(f'SELECT * FROM "{table}" ORDER BY rowid').fetchall())
        return result
    finally:
        con.close()


def _revision(path: Path) -> str:
    con = sqlite3.connect(path)
    try:
        return con.execute("SELECT version_num FROM alembic_version").fetchone()[0]
    finally:
        con.close()


@pytest.mark.parametrize("revision", schema_version.KNOWN_REVISIONS)
def test_fixture_upgrades_to_head_with_its_data(revision, tmp_path):
    # GIVEN a database as revision <revision> left it, with a row in each of its tables
    path = _fixture_copy(revision, tmp_path)
    assert _revision(path) == revision
    before = _contents(path)
    assert all(rows for _columns, rows in before.values()) or revision == "0001", "a table of the fixture is empty"
    # WHEN the application opens it
    db = open_database(str(path))
    # THEN it is at head, and every value of every row is still there, in the columns it had
    assert _revision(path) == schema_version.HEAD
    after = sqlite3.connect(path)
    try:
        for table, (columns, rows) in before.items():
            names = ", ".join(f'"{c}"' for c in columns)
            kept = after.execute(f'SELECT {names} FROM "{table}" ORDER BY rowid').fetchall()
            assert kept == rows, f"table {table} changed by the migration from {revision}"
        assert after.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        assert after.execute("PRAGMA foreign_key_check").fetchall() == []
    finally:
        after.close()
    # and the application reads it: its list, and every dossier exported as a valid file
    from esms_desktop.storage.dossier_file import export_dossier, validate
    from esms_desktop.storage.dossiers import list_dossiers

    dossiers = list_dossiers(db)
    assert len(dossiers) == len(before["dossier"][1])
    for summary in dossiers:
        validate(export_dossier(db, summary.id))
    db.dispose()
    if revision != schema_version.HEAD:  # a backup of the old revision was made first
        from esms_desktop.storage.backups import list_backups

        (backup,) = list_backups(path)
        assert backup.reason == "migration" and backup.summary.revision == revision


@pytest.mark.parametrize("revision", OLD_REVISIONS)
def test_migration_stopped_half_way_changes_nothing(revision, tmp_path):
    """A migration that fails in the middle (crash, full disk) is rolled back whole: the file stays at
    its revision with its data, and the next start migrates it."""
    path = _fixture_copy(revision, tmp_path)
    before = _contents(path)
    # count the statements of a full migration, then make one fail half-way
    counting = _fixture_copy(revision, tmp_path / "count")
    statements = []

    def count(_conn, _cursor, statement, *_args):
        statements.append(statement)

    event.listen(Engine, "before_cursor_execute", count)
    try:
        open_database(str(counting), before_migration=None).dispose()
    finally:
        event.remove(Engine, "before_cursor_execute", count)
    fail_at = len(statements) // 2
    seen = []

    def fail_half_way(_conn, _cursor, statement, *_args):
        seen.append(statement)
        if len(seen) == fail_at:
            raise OSError(28, "No space left on device")

    event.listen(Engine, "before_cursor_execute", fail_half_way)
    try:
        with pytest.raises(Exception):
            open_database(str(path), before_migration=None)
    finally:
        event.remove(Engine, "before_cursor_execute", fail_half_way)
    assert _revision(path) == revision
    assert _contents(path) == before
    open_database(str(path), before_migration=None).dispose()
    assert _revision(path) == schema_version.HEAD


@pytest.mark.parametrize("revision", schema_version.KNOWN_REVISIONS)
def test_every_fixture_is_exactly_its_revision(revision, tmp_path):
    """The fixtures stand for files users have: each has the tables and columns of its revision."""
    from esms_desktop.storage.database import Database, upgrade

    fixture = _fixture_copy(revision, tmp_path)
    fresh = tmp_path / "fresh.sqlite"
    db = Database("sqlite:///" + str(fresh), fresh)
    upgrade(db.engine, revision)
    db.dispose()
    assert _revision(fixture) == revision
    assert {t: c for t, (c, _r) in _contents(fresh).items()} == {t: c for t, (c, _r) in _contents(fixture).items()}
