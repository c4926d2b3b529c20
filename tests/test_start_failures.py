"""Start-up never hangs on « Ouverture des dossiers… » and never offers a restore over a sound file: a newer,
read-only or full-disk database is said for what it is, with a way out; damaged raw copies are never
rotated away; temporary files of a killed write are removed at the next start."""

from __future__ import annotations

import datetime as dt
import hashlib
import shutil
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtWidgets import QMessageBox

from esms_desktop.storage import backups, database, database_state
from esms_desktop.storage.errors import DatabaseFileError, StorageError

FIXTURES = Path(__file__).resolve().parent / "fixtures" / "db"
ROOT = Path(__file__).resolve().parent.parent


def file_hash(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


@pytest.fixture
def modal(monkeypatch):
    """Records the modal boxes; a question would be a restore offer."""
    seen = {"critical": [], "question": []}
    monkeypatch.setattr(QMessageBox, "critical", lambda *a: seen["critical"].append(a[2]))
    monkeypatch.setattr(QMessageBox, "question",
                        lambda *a, **k: seen["question"].append(a[2]) or QMessageBox.StandardButton.No)
    return seen


def _window(qtbot, path):
    from esms_desktop.ui.main_window import MainWindow

    window = MainWindow(str(path))
    qtbot.addWidget(window)
    window.show()
    return window


def _newer(path: Path) -> None:
    con = sqlite3.connect(path)
    con.execute("UPDATE alembic_version SET version_num = '9999'")
    con.commit()
    con.close()


def test_a_newer_database_is_never_offered_a_restore(qtbot, french, tmp_path, modal):
    path = tmp_path / "grappe.sqlite"
    database.open_database(str(path)).dispose()
    backups.make_backup(path, "open")
    _newer(path)
    before = file_hash(path)
    window = _window(qtbot, path)
    assert window.start() is False
    assert modal["question"] == []  # no « restore a backup? »
    assert "version plus récente" in modal["critical"][0] and "Installez" in modal["critical"][0]
    assert file_hash(path) == before


def test_damaged_raw_copies_are_never_rotated_away(tmp_path):
    path = tmp_path / "grappe.sqlite"
    database.open_database(str(path)).dispose()
    day = dt.datetime(2026, 3, 2, 9, 0)
    raw = backups._free_name(backups.backup_dir(path), day, "damaged")
    shutil.copyfile(path, raw)
    for i in range(15):  # more than KEEP_LAST newer backups the same day
        backups.make_backup(path, "manual", now=day + dt.timedelta(minutes=i + 1))
    backups.rotate(path, now=day + dt.timedelta(hours=1))
    assert raw.exists()
    backups.rotate(path, now=day + dt.timedelta(days=30))
    assert raw.exists()


def test_any_start_up_exception_ends_in_a_french_message(qtbot, french, tmp_path, modal, monkeypatch):
    def boom(*_a, **_k):
        raise RuntimeError("server unreachable")

    monkeypatch.setattr(database, "open_database", boom)
    window = _window(qtbot, tmp_path / "grappe.sqlite")
    assert window.start() is False
    text = window.status_label.text()
    assert "erreur inattendue" in text and "server unreachable" in text and "--db" in text
    assert text != window.tr("Opening the dossiers…") and modal["critical"] == [text]
    assert window.quit_action.isEnabled()  # a way out


def test_a_read_only_database_at_an_old_revision_is_refused_untouched(qtbot, french, tmp_path, modal,
                                                                       monkeypatch):
    path = tmp_path / "ancienne.sqlite"
    shutil.copyfile(FIXTURES / "0001.sqlite", path)
    before = file_hash(path)
    monkeypatch.setattr(database_state, "is_writable", lambda _p: False)
    with pytest.raises(DatabaseFileError) as refused:
        database.open_database(str(path))
    assert "it is read-only" in str(refused.value.message)
    window = _window(qtbot, path)
    assert window.start() is False
    assert "lecture seule" in modal["critical"][0] and modal["question"] == []
    assert "endommagée" not in window.status_label.text()
    assert file_hash(path) == before


def test_a_read_only_database_opens_read_only_with_a_banner(qtbot, french, tmp_path, modal, monkeypatch):
    from esms_desktop.storage.dossiers import create_dossier, update_dossier

    path = tmp_path / "grappe.sqlite"
    db = database.open_database(str(path))
    dossier_id = create_dossier(db, "Grappe Yonne", 2024)
    db.dispose()
    monkeypatch.setattr(database_state, "is_writable", lambda _p: False)
    window = _window(qtbot, path)
    assert window.start()
    assert window.db.read_only
    qtbot.waitUntil(window.read_only_banner.isVisible)
    assert "lecture seule" in window.read_only_banner.text()
    with pytest.raises(StorageError) as refused:
        update_dossier(window.db, dossier_id, name="Autre")
    from esms_desktop import i18n

    said = i18n.render(refused.value.message)
    assert "lecture seule" in said and "UPDATE" not in said and "SQL" not in said


def test_a_read_only_folder_is_not_called_damaged(tmp_path, monkeypatch):
    path = tmp_path / "grappe.sqlite"
    database.open_database(str(path)).dispose()
    real_connect = sqlite3.connect

    def no_wal_index(target, *args, **kwargs):  # what SQLite does in a folder where no -shm can be made
        if isinstance(target, str) and target.startswith("file:") and "immutable=1" not in target:
            raise sqlite3.OperationalError("unable to open database file")
        return real_connect(target, *args, **kwargs)

    monkeypatch.setattr(database.sqlite3, "connect", no_wal_index)
    monkeypatch.setattr(database_state, "is_writable", lambda _p: False)
    state = database.inspect_file(path)  # no DatabaseFileError (« endommagée »)
    assert state.revision is not None


def test_a_full_disk_says_free_space_and_offers_no_restore(qtbot, french, tmp_path, modal, monkeypatch):
    path = tmp_path / "grappe.sqlite"
    database.open_database(str(path)).dispose()
    backups.make_backup(path, "open")

    def full(*_a, **_k):
        raise sqlite3.OperationalError("database or disk is full")

    monkeypatch.setattr(database, "_connect_read_only", full)
    window = _window(qtbot, path)
    assert window.start() is False
    said = modal["critical"][0]
    assert "disque" in said and "libre" in said and "endommag" not in said
    assert modal["question"] == []


def test_a_lock_that_cannot_be_written_is_not_another_window(qapp, tmp_path, monkeypatch):
    from esms_desktop.ui import single_instance

    monkeypatch.setattr(single_instance, "lock_path", lambda _p: Path("/proc/esms-no-such-dir/x.lock"))
    monkeypatch.setattr(QMessageBox, "warning", lambda *a: pytest.fail("said « already open »"))
    assert single_instance.claim(str(tmp_path / "grappe.sqlite")) == (None, None)


KILLED_WRITER = """
import os, sys
from pathlib import Path
from esms_desktop.storage import atomic
real_replace = os.replace
def die(*a, **k):
    os._exit(9)  # killed after the data was written, before the rename
os.replace = die
atomic.write_bytes_atomic(Path(sys.argv[1]), b"x" * 1_000_000)
"""


def test_temporary_files_of_a_killed_export_are_removed_at_the_next_start(qtbot, french, tmp_path,
                                                                          isolated_home):
    import os

    exports = tmp_path / "exports"
    exports.mkdir()
    env = {**os.environ, "ESMS_DESKTOP_HOME": str(isolated_home), "PYTHONPATH": str(ROOT)}
    result = subprocess.run([sys.executable, "-c", KILLED_WRITER, str(exports / "budget.xlsx")], env=env)
    assert result.returncode == 9
    left = list(exports.glob(".budget.xlsx.*.tmp"))
    assert len(left) == 1 and left[0].stat().st_size == 1_000_000
    window = _window(qtbot, tmp_path / "grappe.sqlite")
    assert window.start()
    assert list(exports.iterdir()) == []  # the half-done export is gone, no target was ever written
