"""Through the real window: the dialogs' saves, the add/remove buttons and Édition ▸ Annuler store in the
wizard's background queue (ui/db_queue.py), never on the UI thread, in order behind what was typed, with
« Enregistrement… » when a write takes more than a second; a removal of a row someone else changed since
it was shown asks « Recharger » / « Garder ma version », and a dialog's save of a row someone else
deleted is said, not created again.

The other person is the storage called directly (another window on the same database), between the moment
the step showed the row and the user's click.
"""

from __future__ import annotations

import threading

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QDialogButtonBox, QMessageBox, QProgressDialog

from esms_desktop.storage import dossier_states, governance, grappe, needs, planning
from esms_desktop.storage.dossier_file import import_file

from conftest import EXAMPLE, answer_box as answer, settle

RELOAD, KEEP = "&Recharger", "&Garder ma version"


def _open(main_window, key):
    dossier_id = import_file(main_window.db, EXAMPLE)
    main_window.open_dossier(dossier_id)
    main_window.wizard.go_to_step(key)
    settle(main_window.wizard)
    return main_window.wizard, main_window.wizard.current_step(), dossier_id


def _yes(monkeypatch):
    """« Supprimer … ? » answered « Oui »."""
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Yes)




def _ok(dialog):
    return dialog.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Ok)


def _select_tree(tree, text: str) -> None:
    items = [tree.topLevelItem(i) for i in range(tree.topLevelItemCount())]
    items += [top.child(j) for top in list(items) for j in range(top.childCount())]
    item = next(i for i in items if text in i.text(1))
    tree.setCurrentItem(item)


def _hold_queue(wizard):
    """A job that keeps the dossier's background thread busy (a slow server) until the event is set."""
    release = threading.Event()
    wizard.queue.submit(lambda: release.wait(30))
    return release


# --- removals of a row someone else changed ---------------------------------------------------------

@pytest.mark.parametrize("choice", [RELOAD, KEEP])
def test_removing_a_need_someone_changed_meanwhile_asks(qtbot, main_window, monkeypatch, answer_modal, choice):
    wizard, step, dossier_id = _open(main_window, "besoins")
    db = main_window.db
    need = step.rows["formation"][0]
    step.editors["formation"].select(need.id)
    needs.update_need(db, need.id, need.version, need.values(), label="Leur formation")  # the other person
    _yes(monkeypatch)
    seen = answer(qtbot, answer_modal, choice)
    qtbot.mouseClick(step.editors["formation"].remove_button, Qt.MouseButton.LeftButton)
    settle(wizard)
    assert seen["name"] == "conflictBox" and seen["buttons"] == {RELOAD, KEEP}
    assert f"« {need.label} » a été modifié par quelqu'un d'autre depuis que vous l'avez ouvert" in seen["text"]
    assert f"• Libellé : sa version « Leur formation », la vôtre « {need.label} »" in seen["text"]
    assert "rien n'est supprimé" in seen["text"]
    stored = {n.id: n for n in needs.list_needs(db, dossier_id)}
    if choice == KEEP:  # removed anyway
        assert need.id not in stored and need.id not in step.editors["formation"].ids()
    else:  # nothing removed; the list shows their version
        assert stored[need.id].label == "Leur formation"
        assert step.editors["formation"].table.item(0, 0).text() == "Leur formation"


def test_removing_an_essms_someone_changed_meanwhile_reload_keeps_it(qtbot, main_window, monkeypatch, answer_modal):
    wizard, step, dossier_id = _open(main_window, "grappe")
    db = main_window.db
    essms = grappe.list_grappe(db, dossier_id)[0].essms[0]
    _select_tree(step.tree, essms.name)
    grappe.update_essms(db, essms.id, essms.version, essms.values(), name="Leur nom d'ESSMS")  # the other
    _yes(monkeypatch)
    seen = answer(qtbot, answer_modal, RELOAD)
    qtbot.mouseClick(step.remove_button, Qt.MouseButton.LeftButton)
    settle(wizard)
    assert seen["name"] == "conflictBox"
    assert "• Nom : sa version « Leur nom d'ESSMS »" in seen["text"]
    after = [e for og in grappe.list_grappe(db, dossier_id) for e in og.essms]
    assert essms.id in [e.id for e in after]
    shown = [step.tree.topLevelItem(0).child(j).text(1) for j in range(step.tree.topLevelItem(0).childCount())]
    assert any("Leur nom d'ESSMS" in text for text in shown)


def test_removing_a_task_someone_changed_meanwhile_keep_removes_it(qtbot, main_window, monkeypatch, answer_modal):
    wizard, step, dossier_id = _open(main_window, "planning")
    db = main_window.db
    tasks = planning.list_tasks(db, dossier_id)
    step.table.selectRow(0)
    planning.update_task(db, tasks[0].id, tasks[0].version, tasks[0].values(), owner="Camille Durand")  # the other
    _yes(monkeypatch)
    seen = answer(qtbot, answer_modal, KEEP)
    qtbot.mouseClick(step.remove_button, Qt.MouseButton.LeftButton)
    settle(wizard)
    assert seen["name"] == "conflictBox" and "Camille Durand" in seen["text"]
    assert [t.id for t in planning.list_tasks(db, dossier_id)] == [t.id for t in tasks[1:]]
    assert [r.id for r in step.model.rows] == [t.id for t in tasks[1:]]


def test_removing_a_person_someone_else_removed_is_said(qtbot, main_window, monkeypatch, answer_modal):
    wizard, step, dossier_id = _open(main_window, "gouvernance")
    db = main_window.db
    people = governance.list_people(db, dossier_id)
    step.people_table.selectRow(0)
    governance.delete_person(db, people[0].id)  # the other person
    _yes(monkeypatch)
    seen = answer(qtbot, answer_modal)
    qtbot.mouseClick(step.remove_button, Qt.MouseButton.LeftButton)
    settle(wizard)
    assert seen["name"] == "goneBox"
    assert [p.id for p in governance.list_people(db, dossier_id)] == [p.id for p in people[1:]]
    assert step.people_table.rowCount() == len(people) - 1


# --- dialogs' saves ---------------------------------------------------------------------------------

def test_the_og_dialog_saves_in_the_background_and_a_conflict_is_asked(qtbot, main_window, answer_modal):
    wizard, step, dossier_id = _open(main_window, "grappe")
    db = main_window.db
    og = grappe.list_grappe(db, dossier_id)[0]
    _select_tree(step.tree, og.name)
    boxes = []

    def fill(dialog):
        grappe.update_og(db, og.id, og.version, og.values(), name="Leur nom", contact_phone="03 86 00 00 99")
        dialog.name_edit.setText("Mon nom")
        boxes.append(answer(qtbot, answer_modal, KEEP))
        qtbot.mouseClick(_ok(dialog), Qt.MouseButton.LeftButton)

    answer_modal(fill)
    qtbot.mouseClick(step.edit_button, Qt.MouseButton.LeftButton)
    settle(wizard)
    assert boxes[0]["name"] == "conflictBox"
    assert "• Nom : sa version « Leur nom », la vôtre « Mon nom »" in boxes[0]["text"]
    stored = grappe.get_og(db, og.id)
    assert (stored.name, stored.contact_phone) == ("Mon nom", "03 86 00 00 99")  # mine, and their other field
    assert any("Mon nom" in step.tree.topLevelItem(i).text(1) for i in range(step.tree.topLevelItemCount()))


def test_the_person_dialog_on_a_person_deleted_meanwhile_is_said_not_recreated(qtbot, main_window, answer_modal):
    wizard, step, dossier_id = _open(main_window, "gouvernance")
    db = main_window.db
    people = governance.list_people(db, dossier_id)
    step.people_table.selectRow(0)
    boxes = []

    def fill(dialog):
        governance.delete_person(db, people[0].id)  # the other person, while the dialog is open
        dialog.name_edit.setText("Mon nom")
        boxes.append(answer(qtbot, answer_modal))
        qtbot.mouseClick(_ok(dialog), Qt.MouseButton.LeftButton)

    answer_modal(fill)
    qtbot.mouseClick(step.edit_button, Qt.MouseButton.LeftButton)
    settle(wizard)
    assert boxes[0]["name"] == "goneBox"
    assert [p.id for p in governance.list_people(db, dossier_id)] == [p.id for p in people[1:]]
    assert all(p.name != "Mon nom" for p in governance.list_people(db, dossier_id))


# --- off the UI thread, in order, with progress ------------------------------------------------------

def test_dialog_save_removal_and_undo_run_off_the_ui_thread(qtbot, main_window, monkeypatch, answer_modal):
    wizard, step, dossier_id = _open(main_window, "grappe")
    db = main_window.db
    gui = threading.get_ident()
    threads: dict[str, list[int]] = {"update_og": [], "delete_need": [], "restore": []}
    for module, name in ((grappe, "update_og"), (needs, "delete_need"), (dossier_states, "restore")):
        original = getattr(module, name)
        monkeypatch.setattr(module, name, lambda *a, _o=original, _n=name, **k: threads[_n].append(
            threading.get_ident()) or _o(*a, **k))
    og = grappe.list_grappe(db, dossier_id)[0]
    _select_tree(step.tree, og.name)

    def rename(dialog):
        dialog.name_edit.setText("OG renommé")
        qtbot.mouseClick(_ok(dialog), Qt.MouseButton.LeftButton)

    answer_modal(rename)
    qtbot.mouseClick(step.edit_button, Qt.MouseButton.LeftButton)
    settle(wizard)
    assert grappe.get_og(db, og.id).name == "OG renommé"

    wizard.go_to_step("besoins")
    settle(wizard)
    needs_step = wizard.current_step()
    need = needs_step.rows["formation"][0]
    needs_step.editors["formation"].select(need.id)
    _yes(monkeypatch)
    qtbot.mouseClick(needs_step.editors["formation"].remove_button, Qt.MouseButton.LeftButton)
    settle(wizard)
    assert need.id not in [n.id for n in needs.list_needs(db, dossier_id)]

    main_window.edit_menu.undo_action.trigger()  # Ctrl+Z: the need comes back
    settle(wizard)
    assert need.id in [n.id for n in needs.list_needs(db, dossier_id)]
    assert need.id in needs_step.editors["formation"].ids()
    assert all(threads[n] for n in threads), threads
    assert all(t != gui for ts in threads.values() for t in ts), "a write ran on the UI thread"


def test_a_slow_removal_leaves_the_window_free_and_says_saving(qtbot, main_window, monkeypatch):
    wizard, step, dossier_id = _open(main_window, "besoins")
    db = main_window.db
    need = step.rows["formation"][0]
    step.editors["formation"].select(need.id)
    _yes(monkeypatch)
    release = _hold_queue(wizard)  # a slow server: the removal waits behind this job
    try:
        qtbot.mouseClick(step.editors["formation"].remove_button, Qt.MouseButton.LeftButton)
        assert need.id in [n.id for n in needs.list_needs(db, dossier_id)]  # the click returned, not stored yet

        def saving():
            return any(isinstance(w, QProgressDialog) and w.objectName() == "writeProgress" and w.isVisible()
                       for w in QApplication.topLevelWidgets())

        qtbot.waitUntil(saving, timeout=10000)  # after a second: « Enregistrement… »
        box = next(w for w in QApplication.topLevelWidgets() if w.objectName() == "writeProgress" and w.isVisible())
        assert box.labelText() == "Enregistrement…"
    finally:
        release.set()
    settle(wizard)
    qtbot.waitUntil(lambda: not any(w.objectName() == "writeProgress" and w.isVisible()
                                    for w in QApplication.topLevelWidgets()))
    assert need.id not in [n.id for n in needs.list_needs(db, dossier_id)]
    assert need.id not in step.editors["formation"].ids()


def test_removing_a_budget_line_someone_changed_meanwhile_keep_removes_it(qtbot, main_window, monkeypatch,
                                                                          answer_modal):
    from esms_desktop.formatting import euros
    from esms_desktop.storage import budget

    wizard, step, dossier_id = _open(main_window, "budget")
    db = main_window.db
    line = next(e for e in budget.list_expenses(db, dossier_id) if e.need_id is None)
    step.tabs.setCurrentIndex(0)
    step.expenses.select(line.id)
    budget.update_expense(db, line.id, line.version, line.values(), amount=5_000)  # the other person
    _yes(monkeypatch)
    seen = answer(qtbot, answer_modal, KEEP)
    qtbot.mouseClick(step.expenses.remove_button, Qt.MouseButton.LeftButton)
    settle(wizard)
    assert seen["name"] == "conflictBox"
    assert f"• Montant : sa version « {euros(5_000)} », la vôtre « {euros(line.amount)} »" in seen["text"]
    assert line.id not in [e.id for e in budget.list_expenses(db, dossier_id)]
    assert line.id not in step.expenses.ids()


def test_removing_a_communication_action_someone_changed_meanwhile_reload_keeps_it(qtbot, main_window, monkeypatch,
                                                                                    answer_modal):
    from esms_desktop.storage import communication

    wizard, step, dossier_id = _open(main_window, "communication")
    db = main_window.db
    action = communication.list_actions(db, dossier_id)[0]
    step.action_tree.setCurrentItem(step.action_tree.topLevelItem(0))
    communication.update_action(db, action.id, action.version, action.values(), message="Leur message")  # the other
    _yes(monkeypatch)
    seen = answer(qtbot, answer_modal, RELOAD)
    qtbot.mouseClick(step.remove_action_button, Qt.MouseButton.LeftButton)
    settle(wizard)
    assert seen["name"] == "conflictBox" and "• Message : sa version « Leur message »" in seen["text"]
    assert communication.list_actions(db, dossier_id)[0].message == "Leur message"
    assert step.action_tree.topLevelItem(0).text(1) == "Leur message"


def test_an_essms_list_imported_in_the_window_is_stored_off_the_ui_thread(qtbot, main_window, monkeypatch,
                                                                          answer_modal, tmp_path):
    from esms_desktop.storage import essms_list_import
    from esms_desktop.storage.dossiers import create_dossier

    db = main_window.db
    dossier_id = create_dossier(db, "Essai", 2024)
    og_id = grappe.add_og(db, dossier_id, name="Papillons Blancs", finess_ej="710000548", is_porteur=True)
    main_window.open_dossier(dossier_id)
    wizard = main_window.wizard
    wizard.go_to_step("grappe")
    settle(wizard)
    step = wizard.current_step()
    path = tmp_path / "liste.csv"
    path.write_text("FINESS;Nom;Catégorie;Personnes accompagnées\n710785262;IME Chanteloup;183;74\n", encoding="utf-8")
    gui, threads = threading.get_ident(), []
    apply = essms_list_import.apply_import
    monkeypatch.setattr(essms_list_import, "apply_import",
                        lambda *a, **k: threads.append(threading.get_ident()) or apply(*a, **k))

    def drive(dialog):
        dialog.load_file(path)
        qtbot.mouseClick(dialog.buttons.button(QDialogButtonBox.StandardButton.Ok), Qt.MouseButton.LeftButton)

    answer_modal(drive)
    qtbot.mouseClick(step.import_button, Qt.MouseButton.LeftButton)
    settle(wizard)
    assert threads and all(t != gui for t in threads)
    assert [e.finess_et for e in grappe.get_og(db, og_id).essms] == ["710785262"]
    assert "IME Chanteloup" in step.tree.topLevelItem(0).child(0).text(1)


def test_merging_a_member_sheet_runs_off_the_ui_thread_and_can_be_undone(qtbot, main_window, monkeypatch,
                                                                        answer_modal, tmp_path):
    """« Fusionner une fiche reçue » in the window: the sheet is read and previewed, then merged, in the
    dossier's queue (behind what was asked before), the button disabled meanwhile; the dossier then holds the
    member's answer, the panel says it was merged, and Ctrl+Z takes the merge back."""
    import datetime as dt

    from PySide6.QtWidgets import QFileDialog

    from esms_desktop.storage import member_desk, member_merge, member_requests
    from esms_desktop.storage.database import open_database

    wizard, step, dossier_id = _open(main_window, "grappe")
    db = main_window.db
    og_id = member_requests.og_id_by_finess(db, dossier_id, "710000548")
    request, answer_path = tmp_path / "demande.esms-og", tmp_path / "reponse.esms-og"
    member_requests.write_request(db, dossier_id, og_id, request, dt.date.today(), b"%PDF-1.4 lettre")
    member_db = open_database(str(tmp_path / "membre.sqlite"))  # her desk: she gives the OG's SIRET
    try:
        member_id = member_desk.open_request(member_db, request, dt.date.today())
        grappe.update_og(member_db, grappe.list_grappe(member_db, member_id)[0].id, siret="12345678900011")
        member_desk.write_answer(member_db, member_id, answer_path, dt.date.today())
    finally:
        member_db.dispose()
    before = grappe.get_og(db, og_id).siret
    assert before != "12345678900011"

    gui = threading.get_ident()
    threads: dict[str, list[int]] = {"preview_merge": [], "apply_merge": []}
    for name in threads:
        original = getattr(member_merge, name)
        monkeypatch.setattr(member_merge, name, lambda *a, _o=original, _n=name, **k: threads[_n].append(
            threading.get_ident()) or _o(*a, **k))
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(answer_path), ""))
    step.members.select(og_id)
    seen = []

    def accept_all(dialog):
        seen.append(dialog.table.rowCount())
        dialog.accept_all()
        dialog.accept()

    answer_modal(accept_all)
    release = _hold_queue(wizard)  # a slow server: the sheet's preview waits behind this job
    try:
        qtbot.mouseClick(step.members.merge_button, Qt.MouseButton.LeftButton)
        assert not step.members.merge_button.isEnabled()  # the click returned; the merge is under way
        assert not seen and grappe.get_og(db, og_id).siret == before
    finally:
        release.set()
    qtbot.waitUntil(lambda: step.members.merge_button.isEnabled(), timeout=15000)
    settle(wizard)
    assert seen and seen[0] > 0
    assert grappe.get_og(db, og_id).siret == "12345678900011"
    row = next(i for i, r in enumerate(step.members.rows) if r.og_id == og_id)
    assert step.members.table.item(row, 3).text() == dt.date.today().strftime("%d/%m/%Y")  # « fusionnée le »
    assert all(threads[n] for n in threads), threads
    assert all(t != gui for ts in threads.values() for t in ts), "the merge ran on the UI thread"

    main_window.edit_menu.undo_action.trigger()  # Ctrl+Z: the merge taken back
    settle(wizard)
    assert grappe.get_og(db, og_id).siret == before


def test_what_goes_with_an_og_and_the_generate_dialog_are_read_off_the_ui_thread(qtbot, main_window, monkeypatch,
                                                                                 answer_modal):
    """The OG removal question (its ESSMS, answers, documents) and the « Générer » dialog's choices are read in
    the dossier's queue: the click returns at once, the question or the dialog opens once they are read."""
    from esms_desktop.ui.planning import planning_step

    wizard, step, dossier_id = _open(main_window, "grappe")
    db = main_window.db
    gui = threading.get_ident()
    threads: dict[str, list[int]] = {"og_removal": [], "wave_essms_choices": []}
    original_removal = dossier_states.og_removal
    monkeypatch.setattr(dossier_states, "og_removal", lambda *a, **k: threads["og_removal"].append(
        threading.get_ident()) or original_removal(*a, **k))
    original_choices = planning.wave_essms_choices
    monkeypatch.setattr(planning, "wave_essms_choices", lambda *a, **k: threads["wave_essms_choices"].append(
        threading.get_ident()) or original_choices(*a, **k))
    asked = []
    monkeypatch.setattr(QMessageBox, "question",
                        lambda _p, _t, text, *a, **k: asked.append(text) or QMessageBox.StandardButton.No)
    og = next(o for o in grappe.list_grappe(db, dossier_id) if o.name == "Résidences Maurice Villatte")
    _select_tree(step.tree, og.name)
    release = _hold_queue(wizard)  # a slow server
    try:
        qtbot.mouseClick(step.remove_button, Qt.MouseButton.LeftButton)
        assert asked == []  # the click returned; what goes with the OG is being read
    finally:
        release.set()
    qtbot.waitUntil(lambda: bool(asked))
    settle(wizard)
    assert "ses 2 ESSMS" in asked[0] and "27 réponses" in asked[0]
    assert og.id in [o.id for o in grappe.list_grappe(db, dossier_id)]  # « Non »: kept

    wizard.go_to_step("planning")
    settle(wizard)
    planning_page = wizard.current_step()
    assert isinstance(planning_page, planning_step.PlanningStep)
    shown = []

    def cancel(dialog):
        shown.append(type(dialog).__name__)
        dialog.reject()

    answer_modal(cancel)
    release = _hold_queue(wizard)
    try:
        qtbot.mouseClick(planning_page.generate_button, Qt.MouseButton.LeftButton)
        assert shown == []  # not opened before its choices are read
    finally:
        release.set()
    qtbot.waitUntil(lambda: bool(shown))
    settle(wizard)
    assert shown == ["GenerateDialog"]
    assert all(threads[n] for n in threads), threads
    assert all(t != gui for ts in threads.values() for t in ts), "a read ran on the UI thread"


def test_asking_an_og_for_its_information_and_its_letter_are_made_off_the_ui_thread(qtbot, main_window,
                                                                                    monkeypatch, tmp_path):
    """« Demander ses informations à cet OG » and « Lettre d'engagement de cet OG »: the letter built, the sheet
    or the PDF written and the sending recorded in the dossier's queue, the button disabled meanwhile."""
    import datetime as dt

    from PySide6.QtWidgets import QFileDialog

    from esms_desktop.reports import member_letter
    from esms_desktop.storage import member_requests

    wizard, step, dossier_id = _open(main_window, "grappe")
    panel = step.members
    gui = threading.get_ident()
    threads = []
    original = member_letter.letter_pdf
    monkeypatch.setattr(member_letter, "letter_pdf", lambda *a, **k: threads.append(threading.get_ident())
                        or original(*a, **k))
    og_id = member_requests.og_id_by_finess(main_window.db, dossier_id, "710000548")
    panel.select(og_id)
    sheet, letter = tmp_path / "demande.esms-og", tmp_path / "lettre.pdf"

    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(sheet), ""))
    release = _hold_queue(wizard)
    try:
        qtbot.mouseClick(panel.ask_button, Qt.MouseButton.LeftButton)
        assert not panel.ask_button.isEnabled() and not sheet.exists()  # the click returned
    finally:
        release.set()
    qtbot.waitUntil(lambda: panel.ask_button.isEnabled())
    settle(wizard)
    assert sheet.is_file()
    row = next(i for i, r in enumerate(panel.rows) if r.og_id == og_id)
    assert panel.table.item(row, 1).text() == dt.date.today().strftime("%d/%m/%Y")  # « envoyée le »

    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(letter), ""))
    panel.select(og_id)
    release = _hold_queue(wizard)
    try:
        qtbot.mouseClick(panel.letter_button, Qt.MouseButton.LeftButton)
        assert not panel.letter_button.isEnabled() and not letter.exists()
    finally:
        release.set()
    qtbot.waitUntil(lambda: panel.letter_button.isEnabled())
    settle(wizard)
    assert letter.read_bytes().startswith(b"%PDF")
    assert len(threads) == 2 and gui not in threads, "a letter was built on the UI thread"


def test_the_og_dialog_opened_again_before_its_save_is_stored_shows_it_and_asks_nothing(qtbot, main_window,
                                                                                      answer_modal, monkeypatch):
    """OK on the OG dialog, then the dialog opened again before that save is stored (a slow server): it shows
    the name just given, and a second name given there is stored without a conflict box about one's own
    change. The same for a person of the governance step."""
    wizard, step, dossier_id = _open(main_window, "grappe")
    db = main_window.db
    og = grappe.list_grappe(db, dossier_id)[0]
    _select_tree(step.tree, og.name)
    seen, boxes = [], []
    monkeypatch.setattr(QMessageBox, "exec", lambda box: boxes.append(box.text()) or 0)  # a conflict box, if any

    def rename(name):
        def fill(dialog):
            seen.append(dialog.name_edit.text())
            dialog.name_edit.setText(name)
            qtbot.mouseClick(_ok(dialog), Qt.MouseButton.LeftButton)
        return fill

    release = _hold_queue(wizard)
    try:
        handled = []
        answer_modal(lambda d: handled.append(1) or rename("Premier nom")(d))
        qtbot.mouseClick(step.edit_button, Qt.MouseButton.LeftButton)
        qtbot.waitUntil(lambda: bool(handled))
        answer_modal(lambda d: handled.append(2) or rename("Second nom")(d))
        qtbot.mouseClick(step.edit_button, Qt.MouseButton.LeftButton)
        qtbot.waitUntil(lambda: len(handled) == 2)
    finally:
        release.set()
    settle(wizard)
    assert seen == [og.name, "Premier nom"]  # the second opening shows the name just given
    assert grappe.get_og(db, og.id).name == "Second nom"
    assert boxes == []  # no conflict box

    wizard.go_to_step("gouvernance")
    settle(wizard)
    people = wizard.current_step()
    person = governance.list_people(db, dossier_id)[0]
    people._select(person.id)
    seen.clear()
    release = _hold_queue(wizard)
    try:
        handled.clear()
        answer_modal(lambda d: handled.append(1) or rename("Camille Premier")(d))
        people.edit_person()
        qtbot.waitUntil(lambda: bool(handled))
        answer_modal(lambda d: handled.append(2) or rename("Camille Second")(d))
        people.edit_person()
        qtbot.waitUntil(lambda: len(handled) == 2)
    finally:
        release.set()
    settle(wizard)
    assert seen == [person.name, "Camille Premier"]
    assert next(p for p in governance.list_people(db, dossier_id) if p.id == person.id).name == "Camille Second"
    assert boxes == []


def test_a_planning_edit_and_the_planning_step_opening_send_no_statement_from_the_ui_thread(qtbot, main_window):
    """Opening « Planning », renaming a task and moving one: every SQL statement is sent from the dossier's
    background thread (the filing date proposed, and the dossier's own ARS window when it has one, come with
    the tasks read there)."""
    import datetime as dt

    from sqlalchemy import event

    from esms_desktop.ui.planning.task_model import END, TITLE

    # no filing date planned yet: the date proposed is the opening of the call, from the check read there
    dossier_id = import_file(main_window.db, EXAMPLE)
    planning.set_filing_date(main_window.db, dossier_id, None)
    main_window.open_dossier(dossier_id)
    wizard = main_window.wizard
    settle(wizard)
    task = planning.list_tasks(main_window.db, dossier_id)[0]
    gui = threading.get_ident()
    threads, where = [], []

    def sent(_conn, _cursor, statement, *_args):
        threads.append(threading.get_ident())
        if threading.get_ident() == gui:
            import traceback

            where.append(statement + "\n" + "".join(traceback.format_stack(limit=12)))

    engine = main_window.db.engine
    event.listen(engine, "before_cursor_execute", sent)
    try:
        wizard.go_to_step("planning")
        settle(wizard)
        page = wizard.current_step()
        assert page.model.rowCount() > 0 and not page.filing_check.isChecked()
        assert page.filing_edit.date().toPython() == dt.date(2024, 1, 15)  # the opening of the regional call
        page.model.setData(page.model.index(0, TITLE), "Cadrage renommé")
        settle(wizard)
        page.model.setData(page.model.index(0, END), task.end.replace(day=28))
        settle(wizard)
    finally:
        event.remove(engine, "before_cursor_execute", sent)
    stored = planning.list_tasks(main_window.db, dossier_id)[0]
    assert stored.title == "Cadrage renommé" and stored.end.day == 28
    assert threads and gui not in threads, "sent from the UI thread:\n" + "\n".join(where)


def test_two_referents_chosen_for_one_essms_before_the_first_is_stored_ask_nothing(qtbot, main_window, monkeypatch):
    """A slow server: the EHPAD's referent chosen twice before the first choice is stored; the second says
    the first as the one it replaces (what this window sent): no conflict box about one's own choice, the
    second stored. Someone else's choice meanwhile is then asked (the box's text names both people)."""
    wizard, step, dossier_id = _open(main_window, "gouvernance")
    db = main_window.db
    boxes = []
    monkeypatch.setattr(QMessageBox, "exec", lambda box: boxes.append(box.text()) or 0)  # a conflict box, if any
    people = {p.name: p.id for p in governance.list_people(db, dossier_id)}

    def choose(name: str) -> None:
        combo = step.referent_combo(15)
        index = combo.findText(name, Qt.MatchFlag.MatchStartsWith)
        combo.setCurrentIndex(index)
        combo.activated.emit(index)

    release = _hold_queue(wizard)
    try:
        choose("Marc Dubois")
        choose("Léa Fournier")
    finally:
        release.set()
    settle(wizard)
    assert boxes == []
    assert governance.list_referents(db, dossier_id)[15].referent_id == people["Léa Fournier"]

    essms = governance.list_referents(db, dossier_id)[15]
    governance.set_referent(db, essms.essms_id, people["Thomas Girard"], None,
                            {"referent_id": essms.referent_id})  # the other person
    choose("Marc Dubois")
    settle(wizard)
    assert len(boxes) == 1 and "sa version « Thomas Girard », la vôtre « Marc Dubois »" in boxes[0], boxes
    # the box closed unanswered: « Recharger », theirs kept and shown
    assert governance.list_referents(db, dossier_id)[15].referent_id == people["Thomas Girard"]
    qtbot.waitUntil(lambda: step.referent_combo(15).currentText().startswith("Thomas Girard"))
