"""Bad database files are refused with a clear message and left untouched, in the CLI and the window."""

from __future__ import annotations

import hashlib
import shutil
import sqlite3
import subprocess
import sys

import pytest

from esms_desktop.storage.database import open_database
from esms_desktop.storage.errors import DatabaseFileError


def _digest(path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


@pytest.fixture
def good_db(tmp_path, example_id, db_path, db):
    db.dispose()
    return db_path


def make_not_sqlite(path):
    path.write_text("Ceci est une lettre, pas une base de données.\n" * 50, encoding="utf-8")


def make_truncated(path, source):
    data = source.read_bytes()
    path.write_bytes(data[: len(data) // 3])


def make_corrupted(path, source):
    data = bytearray(source.read_bytes())
    for offset in range(4096 + 100, min(len(data), 4096 * 4), 7):  # scribble over the b-tree pages
        data[offset] = 0xFF
    path.write_bytes(bytes(data))


def make_newer(path, source):
    shutil.copy(source, path)
    con = sqlite3.connect(path)
    con.execute("UPDATE alembic_version SET version_num='9999'")
    con.commit()
    con.close()


def make_foreign(path):
    con = sqlite3.connect(path)
    con.execute("CREATE TABLE recettes (nom TEXT)")
    con.commit()
    con.close()


def _checkpoint(source):
    con = sqlite3.connect(source)
    con.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    con.close()


@pytest.fixture(params=["not_sqlite", "truncated", "corrupted", "newer", "foreign"])
def bad_file(request, tmp_path, good_db):
    _checkpoint(good_db)
    path = tmp_path / f"{request.param}.sqlite"
    maker = {
        "not_sqlite": lambda: make_not_sqlite(path),
        "truncated": lambda: make_truncated(path, good_db),
        "corrupted": lambda: make_corrupted(path, good_db),
        "newer": lambda: make_newer(path, good_db),
        "foreign": lambda: make_foreign(path),
    }[request.param]
    maker()
    return request.param, path


def test_bad_file_is_refused_and_untouched(bad_file):
    kind, path = bad_file
    before = _digest(path)
    with pytest.raises(DatabaseFileError) as info:
        open_database(str(path))
    assert _digest(path) == before
    assert path.name in str(info.value)
    expected = {
        "not_sqlite": "not an esms-desktop database",
        "truncated": "damaged",
        "corrupted": "damaged",
        "newer": "newer version",
        "foreign": "another application",
    }[kind]
    assert expected in str(info.value)


def test_cli_refuses_bad_file_in_french(bad_file):
    kind, path = bad_file
    before = _digest(path)
    result = subprocess.run(
        [sys.executable, "-m", "esms_desktop", "--db", str(path), "dossier", "list"], capture_output=True, text=True
    )
    assert result.returncode == 2
    assert "laissé intact" in result.stderr or "laissée intacte" in result.stderr
    assert _digest(path) == before


def test_window_says_what_is_wrong(qtbot, tmp_path, monkeypatch, french):
    from PySide6.QtWidgets import QMessageBox

    from esms_desktop.ui.main_window import MainWindow

    path = tmp_path / "lettre.sqlite"
    make_not_sqlite(path)
    before = _digest(path)
    shown = []
    monkeypatch.setattr(QMessageBox, "critical", lambda parent, title, text: shown.append(text))
    window = MainWindow(str(path))
    qtbot.addWidget(window)
    assert window.start() is False
    assert shown and "n'est pas une base" in shown[0]
    assert "n'est pas une base" in window.status_label.text()
    assert _digest(path) == before
