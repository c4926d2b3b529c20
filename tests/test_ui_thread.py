"""The open dossier's reads and writes run off the UI thread (ui/db_queue.py), through the real window:
an edit is stored by another thread than the GUI's, what the user types while a save is pending is kept
and stored after it, in order, a refused save is said in French, and a step says « Chargement… » while
its data arrives."""

from __future__ import annotations

import threading

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox

from esms_desktop.storage import dossiers, loader

from conftest import settle


def _open_example(main_window):
    main_window.open_example()
    wizard = main_window.wizard
    settle(wizard)
    return wizard, wizard.steps[0]


def _hold_queue(wizard):
    """A job that keeps the dossier's background thread busy (a slow server) until the event is set."""
    release = threading.Event()
    wizard.queue.submit(lambda: release.wait(30))
    return release


def test_an_edit_is_stored_and_checked_off_the_ui_thread(qtbot, main_window, monkeypatch):
    wizard, step = _open_example(main_window)
    gui = threading.get_ident()
    writes, reads = [], []
    rename, load = dossiers.rename_dossier, loader.load_dossier
    monkeypatch.setattr(dossiers, "rename_dossier",
                        lambda *a, **k: writes.append(threading.get_ident()) or rename(*a, **k))
    monkeypatch.setattr(loader, "load_dossier", lambda *a, **k: reads.append(threading.get_ident()) or load(*a, **k))
    step.name_edit.setFocus()
    step.name_edit.selectAll()
    qtbot.keyClicks(step.name_edit, "Grappe de l'Yonne")
    qtbot.keyClick(step.name_edit, Qt.Key.Key_Tab)  # leaving the field sends the edit at once
    settle(wizard)
    assert dossiers.get_dossier(main_window.db, wizard.dossier_id).name == "Grappe de l'Yonne"
    assert writes and all(t != gui for t in writes), "the rename ran on the UI thread"
    # the step states and the live check read the dossier again after the store: in the background too
    assert reads and all(t != gui for t in reads)
    assert "Grappe de l'Yonne" in main_window.windowTitle()


def test_typing_while_a_save_is_pending_is_kept_and_stored_after_it(qtbot, main_window, monkeypatch):
    wizard, step = _open_example(main_window)
    stored = []
    rename = dossiers.rename_dossier
    monkeypatch.setattr(dossiers, "rename_dossier", lambda db, i, name, **k: stored.append(name) or rename(db, i, name, **k))
    release = _hold_queue(wizard)
    step.name_edit.setFocus()
    step.name_edit.selectAll()
    qtbot.keyClicks(step.name_edit, "Grappe A")
    wizard.autosaver.send()  # its delay is over: the write waits behind the slow job
    assert wizard.autosaver.has_pending() and stored == []
    qtbot.keyClicks(step.name_edit, " puis B")  # the field stays editable while the save is pending
    assert step.name_edit.text() == "Grappe A puis B"
    assert "enregistrement…" in main_window.windowTitle()  # the title says it is not stored yet
    release.set()
    settle(wizard)  # the first write, then the second (sent by its own delay), in the order typed
    assert stored == ["Grappe A", "Grappe A puis B"]
    assert step.name_edit.text() == "Grappe A puis B"
    assert dossiers.get_dossier(main_window.db, wizard.dossier_id).name == "Grappe A puis B"
    assert not wizard.autosaver.has_pending()


def test_a_refused_save_is_said_in_french_and_the_text_stays(qtbot, main_window, monkeypatch):
    from esms_desktop.storage.errors import StorageError
    from esms_desktop.storage.database_state import READ_ONLY_WRITE

    wizard, step = _open_example(main_window)
    before = dossiers.get_dossier(main_window.db, wizard.dossier_id).name

    def refuse(*_a, **_k):
        raise StorageError(READ_ONLY_WRITE())

    monkeypatch.setattr(dossiers, "rename_dossier", refuse)
    said = []
    monkeypatch.setattr(QMessageBox, "warning", lambda _p, title, text, *a, **k: said.append((title, text)))
    step.name_edit.setFocus()
    step.name_edit.selectAll()
    qtbot.keyClicks(step.name_edit, "Nom refuse")
    qtbot.keyClick(step.name_edit, Qt.Key.Key_Tab)
    settle(wizard)
    assert said and said[0][0] == "Non enregistré"
    assert said[0][1].startswith("La dernière modification n'a pas pu être enregistrée : ")
    assert step.name_edit.text() == "Nom refuse"  # what was typed is still there, to try again
    assert dossiers.get_dossier(main_window.db, wizard.dossier_id).name == before


def test_a_step_says_loading_while_its_data_arrives(qtbot, main_window):
    wizard, _step = _open_example(main_window)
    release = _hold_queue(wizard)
    wizard.go_to_step("grappe")
    grappe_step = wizard.current_step()
    assert grappe_step.key == "grappe" and grappe_step.is_loading()
    assert wizard.loading_label.isVisible() and wizard.loading_label.text() == "Chargement…"
    assert grappe_step.tree.topLevelItemCount() == 0  # its data has not arrived yet
    release.set()
    settle(wizard)
    assert not wizard.loading_label.isVisible()
    assert grappe_step.tree.topLevelItemCount() == 4  # the example's 4 OGs
