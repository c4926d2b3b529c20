"""Undo and redo keep the numbers of the dossier's items (issue 21), through the real widgets.

Undo used to rebuild the whole dossier: every OG, ESSMS, need... came back under a new number, so that a
selection, an open form or a member sheet sent to an OG pointed at nothing afterwards, and what hangs on
those rows outside the dossier file (the member sheets sent, the follow-up's usage measures) went with
the old rows. Now undo puts the state back in place, each item under its own number.

The example's OG « Résidences Maurice Villatte » has 2 ESSMS, 27 answers, a letter and a quote; the OG
« Les Papillons Blancs » (710000548) is asked for its information before anything is undone.
"""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox, QMessageBox

from esms_desktop.storage import documents, grappe, maturity, member_requests
from esms_desktop.storage.dossier_file import import_file
from esms_desktop.storage.loader import load_dossier

from conftest import EXAMPLE
from conftest import settle  # noqa: E402

VILLATTE = "Résidences Maurice Villatte"
PAPILLONS_EJ = "710000548"
TWIN = EXAMPLE.parent / "exemple-grappe-bfc-retenu.json"


def _numbers(db, dossier_id):
    """{OG name: (OG id, [ESSMS ids], diagnostic answers, [ids of its documents])}."""
    out = {}
    docs = documents.list_documents(db, dossier_id)
    for og in grappe.list_grappe(db, dossier_id):
        answers = maturity.get_diagnostic(db, og.id).answers
        out[og.name] = (og.id, [e.id for e in og.essms], len([v for v in answers.values() if v not in (None, "")]),
                        sorted(d.id for d in docs if d.og_id == og.id))
    return out


def _select(step, kind, ident):
    step._reselect((kind, ident))
    assert step._selected() == (kind, ident)


def test_undo_and_redo_of_an_og_removal_keep_every_number(qtbot, main_window, monkeypatch, tmp_path):
    db = main_window.db
    dossier_id = import_file(db, EXAMPLE)
    import_file(db, EXAMPLE, on_conflict="copy")  # another dossier's rows after this one's: no number reused by luck
    papillons = member_requests.og_id_by_finess(db, dossier_id, PAPILLONS_EJ)
    member_requests.write_request(db, dossier_id, papillons, tmp_path / "papillons.esms-og", dt.date(2024, 3, 1),
                                  b"%PDF-1.4 lettre")
    main_window.open_dossier(dossier_id)
    settle(main_window.wizard)
    main_window.wizard.go_to_step("grappe")
    settle(main_window.wizard)
    step = main_window.wizard.current_step()
    before = _numbers(db, dossier_id)
    villatte_id, villatte_essms, answers, letters = before[VILLATTE]
    assert len(villatte_essms) == 2 and answers == 27 and len(letters) == 2
    needs_before = {n.id: n.essms for n in load_dossier(db, dossier_id).needs}

    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Yes)
    _select(step, "og", villatte_id)
    qtbot.mouseClick(step.remove_button, Qt.MouseButton.LeftButton)
    settle(main_window.wizard)
    assert VILLATTE not in _numbers(db, dossier_id)

    step.tree.setFocus()
    qtbot.keyClick(step.tree, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)  # Annuler
    settle(main_window.wizard)
    assert _numbers(db, dossier_id) == before  # the same OG, ESSMS and documents numbers, the 27 answers
    assert {n.id: n.essms for n in load_dossier(db, dossier_id).needs} == needs_before  # tied again, same numbers
    # the member sheet sent to another OG is still known as sent
    sent = {r.og_id: r.sent_on for r in member_requests.member_rows(db, dossier_id)}
    assert sent[papillons] == dt.date(2024, 3, 1)
    # the tree selects the OG by its number again
    _select(step, "og", villatte_id)
    assert step.current_og().name == VILLATTE

    main_window.edit_menu.redo_action.trigger()  # Rétablir: removed again
    settle(main_window.wizard)
    assert VILLATTE not in _numbers(db, dossier_id)
    main_window.edit_menu.undo_action.trigger()
    settle(main_window.wizard)
    assert _numbers(db, dossier_id) == before


def test_an_essms_form_edit_undone_keeps_the_essms_number(qtbot, main_window, answer_modal):
    db = main_window.db
    dossier_id = import_file(db, EXAMPLE)
    import_file(db, EXAMPLE, on_conflict="copy")  # another dossier's rows after this one's: no number reused by luck
    main_window.open_dossier(dossier_id)
    settle(main_window.wizard)
    main_window.wizard.go_to_step("grappe")
    settle(main_window.wizard)
    step = main_window.wizard.current_step()
    og = next(o for o in grappe.list_grappe(db, dossier_id) if o.name == VILLATTE)
    essms = og.essms[0]

    def rename(dialog):
        dialog.name_edit.setText("Résidence renommée")
        dialog.buttons.button(QDialogButtonBox.StandardButton.Ok).click()

    _select(step, "essms", essms.id)
    answer_modal(rename)
    qtbot.mouseClick(step.edit_button, Qt.MouseButton.LeftButton)
    settle(main_window.wizard)
    assert next(o for o in grappe.list_grappe(db, dossier_id) if o.id == og.id).essms[0].name == "Résidence renommée"
    main_window.edit_menu.undo_action.trigger()
    settle(main_window.wizard)
    back = next(o for o in grappe.list_grappe(db, dossier_id) if o.id == og.id)
    assert [(e.id, e.name) for e in back.essms] == [(e.id, e.name) for e in og.essms]
    # the form opened again on the selected item edits that same row
    _select(step, "essms", essms.id)

    def rename_again(dialog):
        assert dialog.name_edit.text() == essms.name
        dialog.name_edit.setText("Nom corrigé")
        dialog.buttons.button(QDialogButtonBox.StandardButton.Ok).click()

    answer_modal(rename_again)
    qtbot.mouseClick(step.edit_button, Qt.MouseButton.LeftButton)
    settle(main_window.wizard)
    again = next(o for o in grappe.list_grappe(db, dossier_id) if o.id == og.id)
    assert (again.essms[0].id, again.essms[0].name) == (essms.id, "Nom corrigé")


@pytest.mark.both_backends
def test_undo_keeps_the_follow_up_and_its_usage_measures(qapp, db):
    """The retenu twin: its usage measures hang on ESSMS rows, its follow-up on the dossier row."""
    from esms_desktop.storage.followup import get_followup
    from esms_desktop.storage.usage_measures import list_measures
    from esms_desktop.ui.edit_history import EditHistory

    dossier_id = import_file(db, TWIN)
    measures = list_measures(db, dossier_id)
    followup = get_followup(db, dossier_id)
    assert measures and followup.state not in ("", "preparation")
    history = EditHistory(db, dossier_id)
    history.reset()
    og = grappe.list_grappe(db, dossier_id)[0]
    grappe.update_og(db, og.id, name="Un autre nom")
    assert history.checkpoint("rename")
    history.undo()
    assert grappe.list_grappe(db, dossier_id)[0].name == og.name
    assert list_measures(db, dossier_id) == measures
    assert get_followup(db, dossier_id) == followup


@pytest.mark.both_backends
def test_an_og_removal_undone_on_either_database_keeps_the_numbers(qapp, db):
    """The same as through the widgets, on SQLite and PostgreSQL (whose sequences never give a number back)."""
    from esms_desktop.ui.edit_history import EditHistory

    dossier_id = import_file(db, EXAMPLE)
    other = import_file(db, EXAMPLE, on_conflict="copy")
    before = _numbers(db, dossier_id)
    history = EditHistory(db, dossier_id)
    history.reset()
    grappe.delete_og(db, before[VILLATTE][0])
    assert history.checkpoint("remove")
    history.undo()
    assert _numbers(db, dossier_id) == before
    history.redo()
    assert VILLATTE not in _numbers(db, dossier_id)
    history.undo()
    assert _numbers(db, dossier_id) == before
    assert VILLATTE in _numbers(db, other)  # the other dossier untouched


def test_a_number_another_dossier_took_meanwhile_is_not_taken_back(qapp, db):
    """SQLite gives the highest number again once its row is gone: the OG removed last, then an OG added to
    another dossier under that number; undo brings the first OG back under a new number, the other stays."""
    from esms_desktop.storage.dossiers import create_dossier
    from esms_desktop.ui.edit_history import EditHistory

    dossier_id = import_file(db, EXAMPLE)
    history = EditHistory(db, dossier_id)
    history.reset()
    last = grappe.list_grappe(db, dossier_id)[-1]
    grappe.delete_og(db, last.id)
    assert history.checkpoint("remove")
    elsewhere = create_dossier(db, "Autre", 2024)
    taken = grappe.add_og(db, elsewhere, name="Autre OG", finess_ej="710000548", is_porteur=True)
    assert taken == last.id  # the case at hand: SQLite gave the number again
    history.undo()
    back = next(o for o in grappe.list_grappe(db, dossier_id) if o.name == last.name)
    assert back.id != taken and len(back.essms) == len(last.essms)
    assert [(o.id, o.name) for o in grappe.list_grappe(db, elsewhere)] == [(taken, "Autre OG")]


def test_an_essms_removal_undone_puts_it_back_in_its_place_and_the_others_keep_their_numbers(
        qtbot, main_window, monkeypatch):
    """Annuler after « Retirer… » of the 3rd ESSMS of the porteur: every ESSMS of the dossier keeps its
    number and its place in the tree, the one removed comes back under its own number, between the same
    neighbours; its needs are tied to it again."""
    db = main_window.db
    dossier_id = import_file(db, EXAMPLE)
    import_file(db, EXAMPLE, on_conflict="copy")  # another dossier's rows after this one's
    main_window.open_dossier(dossier_id)
    settle(main_window.wizard)
    main_window.wizard.go_to_step("grappe")
    settle(main_window.wizard)
    step = main_window.wizard.current_step()

    def tree_rows():
        """(OG name, [(FINESS ET, ESSMS name)]) in the order the tree shows them."""
        rows = []
        for i in range(step.tree.topLevelItemCount()):
            og_item = step.tree.topLevelItem(i)
            rows.append((og_item.text(1), [(og_item.child(j).text(0), og_item.child(j).text(1))
                                           for j in range(og_item.childCount())]))
        return rows

    before_ids = {og.name: [e.id for e in og.essms] for og in grappe.list_grappe(db, dossier_id)}
    before_tree = tree_rows()
    needs_before = {n.id: n.essms for n in load_dossier(db, dossier_id).needs}
    porteur = grappe.list_grappe(db, dossier_id)[0]
    removed = porteur.essms[2]
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Yes)
    _select(step, "essms", removed.id)
    qtbot.mouseClick(step.remove_button, Qt.MouseButton.LeftButton)
    settle(main_window.wizard)
    during = {og.name: [e.id for e in og.essms] for og in grappe.list_grappe(db, dossier_id)}
    assert during[porteur.name] == [i for i in before_ids[porteur.name] if i != removed.id]
    assert {k: v for k, v in during.items() if k != porteur.name} == \
        {k: v for k, v in before_ids.items() if k != porteur.name}

    main_window.edit_menu.undo_action.trigger()  # Édition ▸ Annuler
    settle(main_window.wizard)
    assert {og.name: [e.id for e in og.essms] for og in grappe.list_grappe(db, dossier_id)} == before_ids
    assert tree_rows() == before_tree
    assert {n.id: n.essms for n in load_dossier(db, dossier_id).needs} == needs_before
    _select(step, "essms", removed.id)


def test_an_undo_that_cannot_be_stored_keeps_the_history_where_it_was_without_a_queue(qapp, db, db_path):
    """Without the window's queue (undo at once): the database locked by another session, the undo fails,
    ``failed`` says why, nothing changes and the history still has that change to undo; then it can."""
    import sqlite3

    from esms_desktop.ui.edit_history import EditHistory

    if db.path is None:
        pytest.skip("an SQLite file is locked here")
    dossier_id = import_file(db, EXAMPLE)
    history = EditHistory(db, dossier_id)
    history.reset()
    og = grappe.list_grappe(db, dossier_id)[0]
    grappe.update_og(db, og.id, name="Un autre nom")
    assert history.checkpoint("rename")
    failures = []
    history.failed.connect(failures.append)
    other = sqlite3.connect(db.path, timeout=0)
    other.execute("BEGIN IMMEDIATE")
    try:
        history.undo()
    finally:
        other.rollback()
        other.close()
    assert len(failures) == 1 and "locked" in str(failures[0])
    assert grappe.list_grappe(db, dossier_id)[0].name == "Un autre nom"
    assert (history.stack.index(), history.stack.canUndo(), history.stack.canRedo()) == (1, True, False)
    history.undo()
    assert grappe.list_grappe(db, dossier_id)[0].name == og.name and len(failures) == 1
    assert (history.stack.index(), history.stack.canRedo()) == (0, True)
    history.redo()
    assert grappe.list_grappe(db, dossier_id)[0].name == "Un autre nom"
