"""Automatic backups: consistent copies written whole, rotation, listing with a summary, restore."""

from __future__ import annotations

import datetime as dt
import hashlib
import os
import sqlite3
from pathlib import Path

import pytest

from esms_desktop.storage import backups, schema_version
from esms_desktop.storage.backups import (
    BackupError,
    backup_dir,
    backup_on_open,
    list_backups,
    make_backup,
    read_summary,
    restore_backup,
    rotate,
)
from esms_desktop.storage.database import open_database

EXAMPLE_NAME = "Exemple — Grappe DUI Yonne-Saône-et-Loire 2024"  # resources/examples: 4 OGs, 16 ESSMS


def _digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def _names(path: Path) -> list[str]:
    con = sqlite3.connect(path)
    try:
        return [r[0] for r in con.execute("SELECT name FROM dossier ORDER BY id")]
    finally:
        con.close()


def test_backup_is_a_consistent_single_file_beside_the_database(db, db_path, example_id):
    from esms_desktop.storage.dossiers import rename_dossier

    # GIVEN edits still in the WAL (not checkpointed into the main file)
    rename_dossier(db, example_id, "Grappe renommée")
    assert Path(f"{db_path}-wal").stat().st_size > 0
    # WHEN a backup is made while the application's engine is open
    made = make_backup(db_path, "manual")
    # THEN it is a self-contained file in backups/<file name>/ holding the latest commit
    assert made.parent == db_path.parent / "backups" / db_path.name
    assert not Path(f"{made}-wal").exists()
    con = sqlite3.connect(made)
    assert con.execute("PRAGMA journal_mode").fetchone()[0] == "delete"
    assert con.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    con.close()
    summary = read_summary(made)
    assert summary.dossier_names == ("Grappe renommée",)
    assert summary.essms_count == 16 and summary.dossier_count == 1


def test_listing_says_date_reason_and_content_without_touching_the_file(db, db_path, example_id):
    first = make_backup(db_path, "open", now=dt.datetime(2025, 3, 1, 9, 30))
    from esms_desktop.storage.dossiers import create_dossier

    create_dossier(db, "Deuxième grappe", 2025)
    second = make_backup(db_path, "migration", now=dt.datetime(2025, 3, 2, 17, 5))
    before = _digest(second)
    listed = list_backups(db_path)
    assert [b.path for b in listed] == [second, first]  # newest first
    assert listed[0].created == dt.datetime(2025, 3, 2, 17, 5)
    assert listed[0].reason == "migration" and listed[1].reason == "open"
    assert listed[0].summary.dossier_names == ("Deuxième grappe", EXAMPLE_NAME)
    assert listed[0].summary.essms_count == 16
    assert listed[0].summary.revision == schema_version.HEAD
    assert listed[1].summary.dossier_count == 1
    assert _digest(second) == before
    assert not Path(f"{second}-wal").exists() and not Path(f"{second}-shm").exists()


def test_opening_an_unchanged_database_does_not_pile_up_backups(db, db_path, example_id):
    from esms_desktop.storage.dossiers import rename_dossier

    assert backup_on_open(db_path) is not None
    assert backup_on_open(db_path) is None  # same content as the newest backup
    rename_dossier(db, example_id, "Changé")
    assert backup_on_open(db_path) is not None
    assert len(list_backups(db_path)) == 2


def test_a_failed_backup_leaves_no_partial_file(db, db_path, example_id, monkeypatch):
    def disk_full(path):
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(backups, "fsync_file", disk_full)
    with pytest.raises(BackupError) as info:
        make_backup(db_path, "manual")
    assert "No space left" in str(info.value)
    assert list(backup_dir(db_path).iterdir()) == []  # neither the backup nor its temporary file


def test_rotation_clears_what_a_killed_backup_left(db, db_path):
    folder = backup_dir(db_path)
    old, fresh = folder / ".abc123.tmp", folder / ".def456.tmp"
    old.write_bytes(b"half a backup")
    fresh.write_bytes(b"a backup being written now")
    two_hours_ago = dt.datetime.now().timestamp() - 7200
    os.utime(old, (two_hours_ago, two_hours_ago))
    assert list_backups(db_path) == []  # never listed
    assert rotate(db_path) == [old]
    assert fresh.exists()


def test_rotation_keeps_ten_last_one_a_day_for_a_week_and_the_last_migration(db, db_path):
    # GIVEN 3 backups a day (9h, 13h, 18h) for 10 days (D-9 .. D) and a migration backup on D-9 at 8h
    today = dt.date(2025, 6, 20)
    made = {}
    made[(9, 8)] = make_backup(db_path, "migration", now=dt.datetime.combine(today - dt.timedelta(9), dt.time(8)))
    for back in range(9, -1, -1):
        for hour in (9, 13, 18):
            when = dt.datetime.combine(today - dt.timedelta(back), dt.time(hour))
            made[(back, hour)] = make_backup(db_path, "open", now=when)
    assert len(list_backups(db_path)) == 31
    # WHEN rotating on D at 19h
    removed = rotate(db_path, now=dt.datetime.combine(today, dt.time(19)))
    # THEN kept: the 10 newest (D and D-1 and D-2 all three, D-3 18h), the 18h one of D-4, D-5 and D-6
    # (one a day for 7 days: D-6 .. D), and the migration backup of D-9: 14; 31 - 14 = 17 removed
    kept = {made[(b, h)] for b in (0, 1, 2) for h in (9, 13, 18)}
    kept |= {made[(b, 18)] for b in (3, 4, 5, 6)} | {made[(9, 8)]}
    assert {b.path for b in list_backups(db_path)} == kept
    assert len(removed) == 17


def test_default_migration_hook_backs_up_the_old_revision(tmp_path):
    from esms_desktop.storage.database import Database, upgrade

    path = tmp_path / "ancienne.sqlite"
    old = Database("sqlite:///" + str(path), path)
    upgrade(old.engine, "0001")
    old.dispose()
    con = sqlite3.connect(path)
    with con:
        con.execute("INSERT INTO dossier VALUES (1, '6f1c1ad2-1111-4c3e-9a52-000000000001', 'Grappe 2024', 2024, "
                    "'27', 'acquisition', 'saas', '2024-01-05 10:00:00', '2024-01-06 10:00:00')")
    con.close()
    open_database(str(path)).dispose()
    (backup,) = list_backups(path)
    assert backup.reason == "migration"
    assert backup.summary.revision == "0001" and backup.summary.dossier_names == ("Grappe 2024",)


def test_backups_go_to_the_data_folder_when_the_folder_is_read_only(db_path, isolated_home, monkeypatch):
    db = open_database(str(db_path))
    db.dispose()
    real_access = os.access
    monkeypatch.setattr(backups.os, "access", lambda p, mode: False if "backups" in str(p) and
                        str(db_path.parent) in str(p) and str(isolated_home) not in str(p) else real_access(p, mode))
    made = make_backup(db_path, "manual")
    assert str(made).startswith(str(isolated_home / "backups"))
    assert [b.path for b in list_backups(db_path)] == [made]


# --- restore --------------------------------------------------------------------------------------------


def test_restore_goes_back_and_keeps_the_state_it_replaced(db, db_path, example_id):
    from esms_desktop.storage.dossiers import create_dossier, rename_dossier, list_dossiers

    chosen = make_backup(db_path, "open")
    rename_dossier(db, example_id, "Après la sauvegarde")
    create_dossier(db, "Nouvelle grappe", 2025)
    db.dispose()
    other = sqlite3.connect(db_path)  # e.g. the command line, still connected
    safety = restore_backup(db_path, chosen)
    assert [n for (n,) in other.execute("SELECT name FROM dossier")] == [EXAMPLE_NAME]
    other.close()
    # the state replaced is kept, and listed as "before a restore"
    assert read_summary(safety).dossier_names == ("Nouvelle grappe", "Après la sauvegarde")
    assert {b.reason for b in list_backups(db_path)} == {"open", "restore"}
    reopened = open_database(str(db_path))
    assert [d.name for d in list_dossiers(reopened)] == [EXAMPLE_NAME]
    reopened.dispose()
    con = sqlite3.connect(db_path)
    assert con.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    assert con.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    con.close()


def test_restore_over_a_damaged_file_keeps_it_aside(db, db_path, example_id):
    chosen = make_backup(db_path, "open")
    db.dispose()
    con = sqlite3.connect(db_path)
    con.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    con.close()
    damaged = b"not a database any more " * 200
    db_path.write_bytes(damaged)
    safety = restore_backup(db_path, chosen)
    assert safety.read_bytes() == damaged and "_damaged" in safety.name
    assert _names(db_path) == [EXAMPLE_NAME]
    open_database(str(db_path)).dispose()
    listed = {b.path: b for b in list_backups(db_path)}
    assert listed[safety].summary is None and listed[safety].problem


def test_restore_of_an_older_revision_is_migrated_on_opening(tmp_path):
    from esms_desktop.storage.database import Database, upgrade

    old_path = tmp_path / "old.sqlite"
    old = Database("sqlite:///" + str(old_path), old_path)
    upgrade(old.engine, "0001")
    old.dispose()
    con = sqlite3.connect(old_path)
    with con:
        con.execute("INSERT INTO dossier VALUES (1, '6f1c1ad2-1111-4c3e-9a52-000000000002', 'Vieille grappe', 2023, "
                    "NULL, 'acquisition', 'saas', '2023-01-05 10:00:00', '2023-01-06 10:00:00')")
    con.close()
    current = tmp_path / "dossiers.sqlite"
    open_database(str(current)).dispose()
    restore_backup(current, old_path)
    db = open_database(str(current))
    assert db.rows("SELECT version_num FROM alembic_version") == [(schema_version.HEAD,)]
    assert db.rows("SELECT name FROM dossier") == [("Vieille grappe",)]
    db.dispose()


def test_a_bad_backup_is_refused_and_the_database_untouched(db, db_path, example_id, tmp_path):
    db.dispose()
    con = sqlite3.connect(db_path)
    con.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    con.close()
    good = make_backup(db_path, "open")
    truncated = tmp_path / "tronquee.sqlite"
    truncated.write_bytes(good.read_bytes()[: good.stat().st_size // 3])
    before = _digest(db_path)
    with pytest.raises(BackupError) as info:
        restore_backup(db_path, truncated)
    assert "tronquee.sqlite" in str(info.value)
    assert _digest(db_path) == before
    assert len(list_backups(db_path)) == 1  # no "before restore" copy either: nothing was done


def test_no_migration_without_a_backup(tmp_path, monkeypatch):
    from esms_desktop.storage.database import Database, upgrade
    from esms_desktop.storage.errors import DatabaseFileError

    path = tmp_path / "ancienne.sqlite"
    old = Database("sqlite:///" + str(path), path)
    upgrade(old.engine, "0001")
    old.dispose()
    before = _digest(path)

    def disk_full(path):
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(backups, "fsync_file", disk_full)
    with pytest.raises(DatabaseFileError) as info:
        open_database(str(path))
    assert "No space left" in str(info.value) and "ancienne.sqlite" in str(info.value)
    assert _digest(path) == before
