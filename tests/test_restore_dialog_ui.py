"""« Restaurer une sauvegarde » driven with its real widgets, from the File menu and from a bad file."""

from __future__ import annotations

import datetime as dt
import sqlite3

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox

from esms_desktop.storage.backups import list_backups, make_backup
from tests.conftest import EXAMPLE

EXAMPLE_NAME = "Exemple — Grappe DUI Yonne-Saône-et-Loire 2024"
YES = QMessageBox.StandardButton.Yes


def _listed_names(window) -> list[str]:
    model = window.list_view.model
    return [model.index(r, 0).data() for r in range(model.rowCount())]


def _pick(qtbot, backup_path):
    """A driver for the dialog: select the backup ``backup_path`` and click « Restaurer »."""
    def drive(dialog):
        row = [b.path for b in dialog.backups].index(backup_path)
        dialog.table.selectRow(row)
        qtbot.mouseClick(dialog.restore_button, Qt.MouseButton.LeftButton)
    return drive


def test_app_backs_up_the_database_it_opens(qtbot, main_window, db_path):
    qtbot.waitUntil(lambda: len(list_backups(db_path)) == 1, timeout=3000)
    assert list_backups(db_path)[0].reason == "open"


def test_restore_from_the_file_menu(qtbot, main_window, db_path, answer_modal, monkeypatch):
    from esms_desktop.storage.dossier_file import import_file
    from esms_desktop.storage.dossiers import rename_dossier

    # GIVEN a backup holding the example, then the example renamed by mistake
    example_id = import_file(main_window.db, EXAMPLE)
    chosen = make_backup(db_path, "open", now=dt.datetime(2025, 3, 1, 9, 30))
    rename_dossier(main_window.db, example_id, "Renommé par erreur")
    main_window.open_dossier(example_id)
    confirmations = []
    monkeypatch.setattr(QMessageBox, "question", lambda *args: confirmations.append(args[2]) or YES)
    seen = {}

    def drive(dialog):
        row = [b.path for b in dialog.backups].index(chosen)
        seen["cells"] = [dialog.table.item(row, c).text() for c in range(4)]
        _pick(qtbot, chosen)(dialog)

    # WHEN the user picks that backup in File ▸ Restore a backup… and confirms
    answer_modal(drive)
    assert main_window.restore_backup()
    # THEN the dialog showed its date and content, and the list is back to the backup's state
    date, _occasion, content, names = seen["cells"]
    assert date == "01/03/2025 09:30"
    assert "16" in content and names == EXAMPLE_NAME
    assert "01/03/2025 09:30" in confirmations[0]
    assert main_window.wizard is None
    assert _listed_names(main_window) == [EXAMPLE_NAME]
    assert any(b.reason == "restore" and b.summary.dossier_names == ("Renommé par erreur",)
               for b in list_backups(db_path))


def test_saying_no_restores_nothing(qtbot, main_window, db_path, answer_modal, monkeypatch):
    from esms_desktop.storage.dossiers import create_dossier

    chosen = make_backup(db_path, "manual")
    create_dossier(main_window.db, "Gardé", 2025)
    monkeypatch.setattr(QMessageBox, "question", lambda *args: QMessageBox.StandardButton.No)
    closed = []

    def drive(dialog):
        _pick(qtbot, chosen)(dialog)
        closed.append(dialog.restored)
        dialog.reject()

    answer_modal(drive)
    assert main_window.restore_backup() is False
    assert closed == [False]
    main_window.list_view.refresh()
    assert _listed_names(main_window) == ["Gardé"]


def test_dialog_without_backups(qtbot, french, tmp_path):
    from esms_desktop.ui.restore_dialog import RestoreDialog

    dialog = RestoreDialog(tmp_path / "rien.sqlite")
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.table.isHidden() and not dialog.empty_label.isHidden()
    assert not dialog.restore_button.isEnabled()


def test_damaged_file_offers_its_backups(qtbot, tmp_path, french, answer_modal, monkeypatch):
    from esms_desktop.storage.database import open_database
    from esms_desktop.storage.dossier_file import import_file
    from esms_desktop.ui.main_window import MainWindow

    # GIVEN a database with a backup, then damaged (overwritten by something else)
    path = tmp_path / "grappe.sqlite"
    db = open_database(str(path))
    import_file(db, EXAMPLE)
    chosen = make_backup(path, "open")
    db.dispose()
    con = sqlite3.connect(path)
    con.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    con.close()
    damaged = b"%PDF-1.4 pas une base de donnees\n" * 100
    path.write_bytes(damaged)
    questions = []
    monkeypatch.setattr(QMessageBox, "question", lambda *args: questions.append(args[2]) or YES)
    monkeypatch.setattr(QMessageBox, "critical", lambda *args: questions.append("critical"))
    window = MainWindow(str(path))
    qtbot.addWidget(window)
    window.show()
    # WHEN the window starts on it, the user accepts the offer and picks the backup
    answer_modal(_pick(qtbot, chosen))
    assert window.start()
    # THEN the message said what was wrong and offered the backups; the list holds the backup's dossier
    assert "n'est pas une base" in questions[0] and "critical" not in questions
    assert _listed_names(window) == [EXAMPLE_NAME]
    kept = [b for b in list_backups(path) if b.reason == "damaged"]
    assert len(kept) == 1 and kept[0].path.read_bytes() == damaged


def test_refusing_the_offer_leaves_the_bad_file_untouched(qtbot, tmp_path, french, monkeypatch):
    from esms_desktop.storage.database import open_database
    from esms_desktop.ui.main_window import MainWindow

    path = tmp_path / "grappe.sqlite"
    open_database(str(path)).dispose()
    make_backup(path, "open")
    path.write_bytes(b"garbage" * 500)
    monkeypatch.setattr(QMessageBox, "question", lambda *args: QMessageBox.StandardButton.No)
    window = MainWindow(str(path))
    qtbot.addWidget(window)
    assert window.start() is False
    assert path.read_bytes() == b"garbage" * 500
    assert window.restore_action.isEnabled()  # the user may still restore later from the menu


def test_an_unreadable_backup_is_listed_but_cannot_be_restored(qtbot, french, tmp_path):
    from esms_desktop.storage.database import open_database
    from esms_desktop.storage.backups import backup_dir
    from esms_desktop.ui.restore_dialog import RestoreDialog

    path = tmp_path / "grappe.sqlite"
    open_database(str(path)).dispose()
    make_backup(path, "open", now=dt.datetime(2025, 1, 2, 8, 0))
    (backup_dir(path) / "2025-01-03_08-00-00-000_damaged.sqlite").write_bytes(b"ruined" * 100)
    dialog = RestoreDialog(path)
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.table.rowCount() == 2
    dialog.table.selectRow(0)  # the newest: the damaged copy
    assert dialog.backups[0].summary is None
    assert not dialog.restore_button.isEnabled() and dialog.details.text()
    dialog.table.selectRow(1)
    assert dialog.restore_button.isEnabled()
    assert dialog.table.item(1, 0).text() == "02/01/2025 08:00"
