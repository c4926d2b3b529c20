"""Menu Édition ▸ Annuler / Rétablir over the whole dossier (issue 21), through the real widgets.

The example's OG « Résidences Maurice Villatte » has 2 ESSMS, a self-diagnostic with 27 answers, a signed
engagement letter and a quote attached to it (resources/examples/exemple-grappe-bfc.json).
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox

from esms_desktop.storage import documents, grappe, maturity
from esms_desktop.storage.dossier_file import export_dossier, import_file

from conftest import EXAMPLE, settle

VILLATTE = "Résidences Maurice Villatte"


def _content(db, dossier_id):
    data = export_dossier(db, dossier_id)["dossier"]
    data.pop("modified_at")
    return data


def _open(main_window, key):
    dossier_id = import_file(main_window.db, EXAMPLE)
    main_window.open_dossier(dossier_id)
    main_window.wizard.go_to_step(key)
    settle(main_window.wizard)
    return dossier_id, main_window.wizard.current_step()


def _select_og(step, name):
    for i in range(step.tree.topLevelItemCount()):
        item = step.tree.topLevelItem(i)
        if item.text(1) == name:
            step.tree.setCurrentItem(item)
            return
    raise AssertionError(name)


def test_removing_an_og_says_what_goes_and_undo_brings_all_of_it_back(qtbot, main_window, monkeypatch):
    dossier_id, step = _open(main_window, "grappe")
    before = _content(main_window.db, dossier_id)
    og = next(o for o in grappe.list_grappe(main_window.db, dossier_id) if o.name == VILLATTE)
    asked = []
    monkeypatch.setattr(QMessageBox, "question",
                        lambda _p, _t, text, *a, **k: asked.append(text) or QMessageBox.StandardButton.Yes)
    _select_og(step, VILLATTE)
    qtbot.mouseClick(step.remove_button, Qt.MouseButton.LeftButton)
    settle(main_window.wizard)  # removed in the background
    # the confirmation names what goes with the OG
    text = asked[0]
    assert "« Résidences Maurice Villatte »" in text
    assert "ses 2 ESSMS" in text
    assert "autodiagnostic" in text and "27 réponses" in text
    assert "lettre d'engagement signée" in text and "devis" in text
    assert all(o.name != VILLATTE for o in grappe.list_grappe(main_window.db, dossier_id))
    assert not any(d.og_id == og.id for d in documents.list_documents(main_window.db, dossier_id))

    edit = main_window.edit_menu
    settle(qtbot, main_window.wizard)  # the change is recorded once the window has read the dossier again
    assert edit.undo_action.isEnabled()
    assert edit.undo_action.text() == "&Annuler : supprimer l'OG « Résidences Maurice Villatte »"
    # Ctrl+Z from the tree: everything is back, identical to the file as it was
    step.tree.setFocus()
    qtbot.keyClick(step.tree, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    settle(main_window.wizard)  # put back in the background
    assert _content(main_window.db, dossier_id) == before
    back = next(o for o in grappe.list_grappe(main_window.db, dossier_id) if o.name == VILLATTE)
    assert len(back.essms) == 2
    answers = maturity.get_diagnostic(main_window.db, back.id).answers
    assert len([v for v in answers.values() if v not in (None, "")]) == 27
    kinds = sorted(d.kind for d in documents.list_documents(main_window.db, dossier_id) if d.og_id == back.id)
    assert kinds == ["engagement_letter", "quote"]
    # the tree shows it again, and the step marks follow
    settle(main_window.wizard)
    names = [step.tree.topLevelItem(i).text(1) for i in range(step.tree.topLevelItemCount())]
    assert any(VILLATTE in n for n in names)
    # Rétablir (Ctrl+Maj+Z) removes it again
    assert edit.redo_action.isEnabled()
    qtbot.keyClick(step.tree, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    settle(main_window.wizard)
    assert all(o.name != VILLATTE for o in grappe.list_grappe(main_window.db, dossier_id))
    edit.undo_action.trigger()
    settle(main_window.wizard)
    assert _content(main_window.db, dossier_id) == before


def test_undo_covers_needs_budget_planning_communication_and_pieces(qtbot, main_window, monkeypatch):
    """Each step's removal goes through the same history: one Ctrl+Z per removal puts it back."""
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Yes)
    dossier_id, _step = _open(main_window, "besoins")
    before = _content(main_window.db, dossier_id)
    wizard = main_window.wizard
    edit = main_window.edit_menu

    def removed(key, remove):
        wizard.go_to_step(key)
        settle(qtbot, wizard)
        step = wizard.current_step()
        remove(step)
        settle(qtbot, wizard)  # recorded in the history by the background refresh
        assert _content(main_window.db, dossier_id) != before, key

    def first_need(s):
        s.editors["formation"].select(s.rows["formation"][0].id)
        s.remove_need("formation")

    def first_expense(s):  # an expense line of its own (lines of a need go with the need)
        lines = s.snapshot.dossier.expenses
        ident = next(s.snapshot.expense_ids[i] for i, e in enumerate(lines) if e.need is None)
        s.expenses.select(ident)
        s.remove_line("expense")

    def first_task(s):
        s.table.selectRow(0)
        s.remove_task()

    def first_action(s):
        s.action_tree.setCurrentItem(s.action_tree.topLevelItem(0))
        s.remove_action()

    removed("besoins", first_need)
    removed("budget", first_expense)
    removed("planning", first_task)
    removed("communication", first_action)
    removed("pieces", lambda s: s.remove(documents.list_documents(main_window.db, dossier_id)[0].id))
    count = wizard.history.stack.count()
    assert count >= 5
    for _ in range(count):  # asked at once, put back one after the other in the background
        edit.undo_action.trigger()
    settle(qtbot, wizard)
    assert _content(main_window.db, dossier_id) == before
    assert not edit.undo_action.isEnabled()


def test_a_typed_edit_is_undone_too(qtbot, main_window):
    dossier_id, step = _open(main_window, "projet")
    before = _content(main_window.db, dossier_id)
    main_window.wizard.autosaver.flush()
    main_window.wizard.history.reset()
    edits = [w for w in step.findChildren(type(step.name_edit)) if w is step.name_edit]
    edits[0].setFocus()
    qtbot.keyClicks(edits[0], " bis")
    main_window.wizard.autosaver.flush()
    assert _content(main_window.db, dossier_id)["name"].endswith(" bis")
    main_window.edit_menu.undo_action.trigger()
    settle(main_window.wizard)
    assert _content(main_window.db, dossier_id) == before


def test_an_undo_that_cannot_be_stored_is_said_and_can_be_asked_again(qtbot, main_window, db_path, monkeypatch):
    """Ctrl+Z while another session holds the database's write lock: the error is said in French, nothing
    changes, and the history still points at the same change (not one step too far): once the lock is
    released, the same Ctrl+Z undoes it, and Ctrl+Maj+Z redoes it."""
    import sqlite3

    warned = []
    monkeypatch.setattr(QMessageBox, "warning", lambda parent, title, text, *a, **k: warned.append((title, text)))
    dossier_id, step = _open(main_window, "projet")
    before = _content(main_window.db, dossier_id)
    main_window.wizard.autosaver.flush()
    main_window.wizard.history.reset()
    step.name_edit.setFocus()
    qtbot.keyClicks(step.name_edit, " bis")
    main_window.wizard.autosaver.flush()
    settle(main_window.wizard)
    edited = _content(main_window.db, dossier_id)
    assert edited["name"].endswith(" bis")
    stack = main_window.wizard.history.stack
    index, text = stack.index(), stack.undoText()
    assert stack.canUndo()

    other = sqlite3.connect(db_path, timeout=0)  # another session, writing: the database is locked
    other.execute("BEGIN IMMEDIATE")
    try:
        main_window.edit_menu.undo_action.trigger()
        qtbot.waitUntil(lambda: bool(warned), timeout=30000)
        settle(main_window.wizard)
    finally:
        other.rollback()
        other.close()
    assert warned[0][0] == "Non enregistré" and "n'a pas pu être enregistrée" in warned[0][1], warned
    assert _content(main_window.db, dossier_id) == edited  # nothing put back
    assert (stack.index(), stack.undoText()) == (index, text)  # the same change still to undo
    assert not stack.canRedo()

    main_window.edit_menu.undo_action.trigger()  # the same Ctrl+Z, now it can be stored
    settle(main_window.wizard)
    assert _content(main_window.db, dossier_id) == before
    assert len(warned) == 1
    main_window.edit_menu.redo_action.trigger()
    settle(main_window.wizard)
    assert _content(main_window.db, dossier_id)["name"] == edited["name"]
