"""The dossier list through the real widgets: create, reopen after quitting, rename, duplicate, delete, filter."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QInputDialog, QMessageBox

from esms_desktop.storage.database import open_database
from esms_desktop.storage.dossiers import get_dossier, list_dossiers


from conftest import settle  # noqa: E402


def _names(window) -> list[str]:
    model = window.list_view.model
    return [model.index(r, 0).data() for r in range(model.rowCount())]


def test_create_type_quit_reopen(qtbot, main_window, db_path, monkeypatch):
    from esms_desktop.ui.main_window import MainWindow

    # GIVEN an empty database, the list says so
    assert main_window.list_view.empty_label.isVisible()
    # WHEN the user creates a dossier and types its facts in « Le projet »
    monkeypatch.setattr(QInputDialog, "getText", lambda *a, **k: ("Grappe Nievre", True))
    qtbot.mouseClick(main_window.list_view.new_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: main_window.wizard is not None)  # created in the background, then opened
    settle(main_window.wizard)
    step = main_window.wizard.current_step()
    assert step.key == "projet"
    step.name_edit.selectAll()
    settle(main_window.wizard)
    qtbot.keyClicks(step.name_edit, "Grappe DUI Nievre 2024")
    step.region_combo.setFocus()
    settle(main_window.wizard)
    index = step.region_combo.findText("Bourgogne-Franche-Comté")
    step.region_combo.setCurrentIndex(index)
    settle(main_window.wizard)
    step.region_combo.activated.emit(index)
    settle(main_window.wizard)
    index = step.type_combo.findData("conformite")
    step.type_combo.setCurrentIndex(index)
    settle(main_window.wizard)
    step.type_combo.activated.emit(index)
    settle(main_window.wizard)
    main_window.close()  # quit while the last edit may still be pending
    settle(main_window.wizard)

    # THEN a new window on the same file shows it all
    again = MainWindow(str(db_path))
    qtbot.addWidget(again)
    settle(again.wizard)
    again.start()
    settle(again.wizard)
    assert _names(again) == ["Grappe DUI Nievre 2024"]
    again.list_view.table.setFocus()
    settle(again.wizard)
    qtbot.keyClick(again.list_view.table, Qt.Key.Key_Return)
    settle(again.wizard)
    step = again.wizard.current_step()
    assert step.name_edit.text() == "Grappe DUI Nievre 2024"
    assert step.region_combo.currentText() == "Bourgogne-Franche-Comté"
    assert step.type_combo.currentData() == "conformite"
    assert "enregistré" in again.windowTitle() and "Grappe DUI Nievre 2024" in again.windowTitle()


def test_typing_is_stored_within_a_second_without_leaving_the_field(qtbot, main_window, db_path):
    main_window.open_example()
    settle(main_window.wizard)
    step = main_window.wizard.current_step()
    step.name_edit.setFocus()
    settle(main_window.wizard)
    step.name_edit.end(False)
    settle(main_window.wizard)
    qtbot.keyClicks(step.name_edit, " bis")
    assert "enregistrement" in main_window.windowTitle()
    dossier_id = main_window.wizard.dossier_id
    other = open_database(str(db_path))  # what another reader (or a crash) would find on disk
    qtbot.waitUntil(lambda: get_dossier(other, dossier_id).name.endswith(" bis"), timeout=1000)
    settle(main_window.wizard)
    qtbot.waitUntil(lambda: "enregistré" in main_window.windowTitle(), timeout=1000)
    settle(main_window.wizard)


def test_empty_name_is_refused_where_typed_and_old_name_kept(qtbot, main_window, db_path):
    main_window.open_example()
    settle(main_window.wizard)
    step = main_window.wizard.current_step()
    old = step.name_edit.text()
    step.name_edit.selectAll()
    settle(main_window.wizard)
    qtbot.keyClick(step.name_edit, Qt.Key.Key_Delete)
    settle(main_window.wizard)
    assert step.name_error.isVisible()
    main_window.wizard.flush()
    settle(main_window.wizard)
    assert get_dossier(main_window.db, main_window.wizard.dossier_id).name == old


def test_rename_duplicate_delete_filter(qtbot, main_window, monkeypatch):
    main_window.open_example()
    settle(main_window.wizard)
    qtbot.mouseClick(main_window.wizard.back_button, Qt.MouseButton.LeftButton)
    settle(main_window.wizard)
    view = main_window.list_view
    monkeypatch.setattr(QInputDialog, "getText", lambda *a, **k: ("Grappe Yonne", True))
    qtbot.mouseClick(view.rename_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: _names(main_window) == ["Grappe Yonne"])  # renamed in the background
    qtbot.waitUntil(lambda: view.duplicate_button.isEnabled())
    qtbot.mouseClick(view.duplicate_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: len(_names(main_window)) == 2 and not view.busy)
    assert sorted(_names(main_window)) == ["Grappe Yonne", "Grappe Yonne (copie)"]
    assert _names(main_window)[0] == "Grappe Yonne (copie)"  # most recently modified first
    copy = [d for d in list_dossiers(main_window.db) if d.name.endswith("(copie)")][0]
    assert copy.essms_count == 16

    qtbot.keyClicks(view.filter_edit, "copie")
    assert _names(main_window) == ["Grappe Yonne (copie)"]
    view.filter_edit.clear()
    settle(main_window.wizard)

    # Deleting asks first; « Non » keeps the dossier
    asked = []
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: asked.append(a[2]) or QMessageBox.StandardButton.No)
    qtbot.mouseClick(view.delete_button, Qt.MouseButton.LeftButton)
    settle(main_window.wizard)
    assert len(_names(main_window)) == 2 and "16 ESSMS" in asked[0]
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Yes)
    qtbot.mouseClick(view.delete_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not view.deleting)  # deleted in the background
    assert _names(main_window) == ["Grappe Yonne"]


def test_deleting_a_dossier_runs_in_the_background_and_a_refusal_is_said(qtbot, main_window, db_path, monkeypatch):
    """While another session holds the database's write lock, « Supprimer » waits off the UI thread: the list
    stays responsive with its buttons disabled; the lock held past the wait, the refusal is said in French
    and the dossier stays; the lock released, the same deletion goes through."""
    import sqlite3

    from PySide6.QtCore import QThread
    from esms_desktop.storage.dossier_file import import_file

    from conftest import EXAMPLE

    import_file(main_window.db, EXAMPLE)
    import_file(main_window.db, EXAMPLE, on_conflict="copy")
    view = main_window.list_view
    view.refresh()
    assert len(_names(main_window)) == 2
    warned = []
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Yes)
    monkeypatch.setattr(QMessageBox, "warning", lambda _p, title, text, *a, **k: warned.append((title, text)))

    other = sqlite3.connect(db_path, timeout=0)  # another session, writing
    other.execute("BEGIN IMMEDIATE")
    try:
        qtbot.mouseClick(view.delete_button, Qt.MouseButton.LeftButton)
        assert view.deleting  # the click returned at once: the deletion waits for the lock in its thread
        assert not any(b.isEnabled() for b in (view.delete_button, view.open_button, view.new_button))
        assert view.deletion.thread() != QThread.currentThread()  # the worker runs in its own thread
        qtbot.waitUntil(lambda: bool(warned), timeout=30000)  # the database's wait for the lock ran out
    finally:
        other.rollback()
        other.close()
    title, text = warned[0]
    assert title == "Supprimer le dossier" and "n'a pas pu être supprimé" in text, warned
    qtbot.waitUntil(lambda: not view.busy)  # the list read again
    assert len(_names(main_window)) == 2 and view.delete_button.isEnabled()

    qtbot.mouseClick(view.delete_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not view.deleting)
    assert len(_names(main_window)) == 1 and len(list_dossiers(main_window.db)) == 1
    assert view.delete_button.isEnabled() and len(warned) == 1


def test_import_and_export_from_the_file_menu(qtbot, main_window, tmp_path, monkeypatch):
    from pathlib import Path

    from PySide6.QtWidgets import QFileDialog

    example = Path(__file__).resolve().parent.parent / "resources" / "examples" / "exemple-grappe-bfc.json"
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(example), ""))
    main_window.import_action.trigger()
    settle(main_window.wizard)
    assert len(_names(main_window)) == 1
    target = tmp_path / "sortie.json"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), ""))
    main_window.export_action.trigger()
    settle(main_window.wizard)
    assert target.read_text(encoding="utf-8") == example.read_text(encoding="utf-8")

    # a broken file is refused with a message, and nothing changes
    broken = tmp_path / "casse.json"
    broken.write_text("{pas du json", encoding="utf-8")
    settle(main_window.wizard)
    warned = []
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(broken), ""))
    monkeypatch.setattr(QMessageBox, "warning", lambda parent, title, text: warned.append(text))
    main_window.import_action.trigger()
    settle(main_window.wizard)
    assert warned and "JSON" in warned[0] and "ligne 1" in warned[0]
    assert len(_names(main_window)) == 1


def test_help_menu_opens_about(qtbot, main_window, answer_modal):
    seen = []

    def close(dialog):
        seen.append(dialog.windowTitle())
        dialog.reject()

    answer_modal(close)
    main_window.about_action.trigger()
    settle(main_window.wizard)
    assert seen and "esms-desktop" in seen[0]
    assert main_window.help_menu.title() == "Aid&e"  # Alt+E: « A » is for the steps' « Ajouter » buttons (issue 21)


def test_export_proposes_the_esms_extension(qtbot, main_window, monkeypatch, tmp_path):
    from PySide6.QtWidgets import QFileDialog

    main_window.open_example()
    settle(main_window.wizard)
    proposed = []
    monkeypatch.setattr(QFileDialog, "getSaveFileName",
                        lambda parent, title, name, filters: proposed.append((name, filters)) or ("", ""))
    main_window.export_action.trigger()
    settle(main_window.wizard)
    assert proposed[0][0].endswith(".esms") and "*.esms" in proposed[0][1]


def test_a_lone_dossier_file_opens_the_window():
    from pathlib import Path

    from esms_desktop.cli import has_command

    example = str(Path(__file__).resolve().parent.parent / "resources" / "examples" / "exemple-grappe-bfc.json")
    assert not has_command([example])
    assert not has_command(["--db", "x.sqlite", example])
    assert has_command(["dossier", "import", example])
    assert has_command(["pack", example, "-o", "x.pdf"])


def test_rename_and_duplicate_run_in_the_background_the_list_says_so_and_stays_usable(qtbot, main_window, db_path,
                                                                                     monkeypatch):
    """Another session holds the database's write lock: « Renommer » returns at once, the list says
    « Renommage de … » beside its buttons (which wait) while the filter still filters; the lock released,
    the new name is shown. « Dupliquer » the same, the copy then selected."""
    import sqlite3

    from PySide6.QtCore import QThread

    from conftest import EXAMPLE
    from esms_desktop.storage.dossier_file import import_file

    dossier_id = import_file(main_window.db, EXAMPLE)
    view = main_window.list_view
    view.refresh(dossier_id)
    monkeypatch.setattr(QInputDialog, "getText", lambda *a, **k: ("Grappe Yonne", True))
    other = sqlite3.connect(db_path, timeout=0)
    other.execute("BEGIN IMMEDIATE")
    try:
        qtbot.mouseClick(view.rename_button, Qt.MouseButton.LeftButton)
        assert view.busy and view.deletion.thread() != QThread.currentThread()
        assert view.status_label.isVisible() and view.status_label.text().startswith("Renommage de « ")
        assert not any(b.isEnabled() for b in (view.rename_button, view.duplicate_button, view.new_button))
        view.filter_edit.setText("zzz")  # the list stays usable meanwhile
        assert _names(main_window) == []
        view.filter_edit.clear()
        assert len(_names(main_window)) == 1 and view.busy
    finally:
        other.rollback()
        other.close()
    qtbot.waitUntil(lambda: not view.busy)
    assert _names(main_window) == ["Grappe Yonne"] and not view.status_label.isVisible()
    assert get_dossier(main_window.db, dossier_id).name == "Grappe Yonne"

    qtbot.mouseClick(view.duplicate_button, Qt.MouseButton.LeftButton)
    assert view.busy and view.status_label.text().startswith("Duplication de « Grappe Yonne »")
    qtbot.waitUntil(lambda: not view.busy)
    assert sorted(_names(main_window)) == ["Grappe Yonne", "Grappe Yonne (copie)"]
    assert view.model.row_at(view.model.row_of(view.selected_id())).name == "Grappe Yonne (copie)"  # selected
    assert view.rename_button.isEnabled()


def test_a_new_dossier_is_created_in_the_background_then_opened(qtbot, main_window, monkeypatch):
    monkeypatch.setattr(QInputDialog, "getText", lambda *a, **k: ("Grappe Morvan", True))
    view = main_window.list_view
    qtbot.mouseClick(view.new_button, Qt.MouseButton.LeftButton)
    assert view.busy and view.status_label.text() == "Création du dossier « Grappe Morvan »…"
    qtbot.waitUntil(lambda: main_window.wizard is not None)
    settle(main_window.wizard)
    assert [d.name for d in list_dossiers(main_window.db)] == ["Grappe Morvan"]
    assert main_window.wizard.current_step().name_edit.text() == "Grappe Morvan"
