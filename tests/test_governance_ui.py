"""The « Gouvernance » step through its widgets: people, COPIL / COPROJ roles, project lead, DUI referents."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox, QMessageBox

from esms_desktop.storage import governance


def _ok(dialog):
    return dialog.buttons.button(QDialogButtonBox.StandardButton.Ok)


def _step(qtbot, db, dossier_id):
    from esms_desktop.ui.autosave import Autosaver
    from esms_desktop.ui.wizard.governance_step import GovernanceStep
    from esms_desktop.ui.wizard.step import WizardContext

    step = GovernanceStep(WizardContext(db, dossier_id, Autosaver()))
    qtbot.addWidget(step)
    step.show()
    step.load()
    return step


def test_the_example_governance_is_shown_and_complete(qtbot, db, example_id):
    from esms_desktop.ui.wizard.step import Completion

    step = _step(qtbot, db, example_id)
    assert step.people_table.rowCount() == 7 and step.referent_table.rowCount() == 16
    assert "Julien Perrot" in step.lead_label.text()
    assert step.referent_combo(0).currentText().startswith("Thomas Girard")  # referent of the 8 Foucauld ESSMS
    assert step.completion() == Completion.COMPLETE


def test_add_a_person_with_a_checked_email_and_make_them_lead(qtbot, db, example_id, answer_modal):
    step = _step(qtbot, db, example_id)
    seen = {}

    def fill(dialog):
        qtbot.keyClicks(dialog.name_edit, "Ana Lopez")
        qtbot.keyClicks(dialog.email.edit, "ana.lopez@exemple")
        seen["email"] = (dialog.email.error.isVisible(), _ok(dialog).isEnabled())
        qtbot.keyClicks(dialog.email.edit, ".fr")
        dialog.copil_combo.setCurrentIndex(dialog.copil_combo.findData("member"))
        dialog.coproj_combo.setCurrentIndex(dialog.coproj_combo.findData("lead"))
        dialog.lead_check.setChecked(True)
        dialog.fte_spin.setValue(0.5)
        dialog.skills_edit.setPlainText("AMOA, conduite du changement")
        qtbot.mouseClick(_ok(dialog), Qt.MouseButton.LeftButton)

    answer_modal(fill)
    qtbot.mouseClick(step.add_button, Qt.MouseButton.LeftButton)
    assert seen["email"] == (True, False)
    people = governance.list_people(db, example_id)
    ana = people[-1]
    assert (ana.name, ana.email, ana.copil_role, ana.coproj_role, ana.project_lead, ana.fte) == (
        "Ana Lopez", "ana.lopez@exemple.fr", "member", "lead", True, 0.5)
    assert sum(p.project_lead for p in people) == 1  # Julien Perrot is no longer the lead
    assert "Ana Lopez" in step.lead_label.text()
    assert step.people_table.rowCount() == 8


def test_referent_chosen_in_the_table_is_stored(qtbot, db, example_id):
    step = _step(qtbot, db, example_id)
    combo = step.referent_combo(15)  # the EHPAD Les Jardins d'Athéna
    target = combo.findText("Nadia Benali", Qt.MatchFlag.MatchStartsWith)
    combo.setCurrentIndex(0)
    combo.activated.emit(0)  # what choosing « (none) » in the list does
    assert governance.list_referents(db, example_id)[15].referent_id is None
    from esms_desktop.ui.wizard.step import Completion

    assert step.completion() == Completion.PARTIAL  # an ESSMS without referent
    combo.setCurrentIndex(target)
    combo.activated.emit(target)
    nadia = next(p for p in governance.list_people(db, example_id) if p.name == "Nadia Benali")
    assert governance.list_referents(db, example_id)[15].referent_id == nadia.id


def test_removing_a_person_asks_and_frees_their_essms(qtbot, db, example_id, monkeypatch):
    step = _step(qtbot, db, example_id)
    asked = []

    def question(parent, title, text, *args):
        asked.append(text)
        return QMessageBox.StandardButton.Yes

    monkeypatch.setattr(QMessageBox, "question", question)
    row = next(r for r in range(step.people_table.rowCount()) if step.people_table.item(r, 0).text() == "Léa Fournier")
    step.people_table.selectRow(row)
    qtbot.mouseClick(step.remove_button, Qt.MouseButton.LeftButton)
    assert "Léa Fournier" in asked[0] and "5" in asked[0]  # referent of the 5 ESSMS of the Papillons Blancs
    assert [r.referent_id for r in governance.list_referents(db, example_id)][8:13] == [None] * 5
    assert step.referent_combo(8).currentData() is None


def _referent_chosen_while_someone_else_does(qtbot, db, example_id, answer_modal, button):
    """The table shows the EHPAD's referent; meanwhile another window makes Léa Fournier its referent;
    this user then chooses Marc Dubois in the combo box: the conflict box says both, ``button`` clicked."""
    step = _step(qtbot, db, example_id)
    people = {p.name: p.id for p in governance.list_people(db, example_id)}
    essms = governance.list_referents(db, example_id)[15]
    governance.set_referent(db, essms.essms_id, people["Léa Fournier"], None,
                            {"referent_id": essms.referent_id})  # the other person
    seen = {}

    def on_conflict(box):
        seen["text"] = box.text()
        qtbot.mouseClick(next(b for b in box.buttons() if b.text() == button), Qt.MouseButton.LeftButton)

    answer_modal(on_conflict)
    combo = step.referent_combo(15)
    target = combo.findText("Marc Dubois", Qt.MatchFlag.MatchStartsWith)
    combo.setCurrentIndex(target)
    combo.activated.emit(target)
    qtbot.waitUntil(lambda: "text" in seen)
    return step, seen, people


def test_referent_chosen_by_someone_else_meanwhile_keep_mine(qtbot, db, example_id, answer_modal):
    step, seen, people = _referent_chosen_while_someone_else_does(qtbot, db, example_id, answer_modal,
                                                                 "&Garder ma version")
    assert "Quelqu'un d'autre a modifié ceci" in seen["text"]
    assert "sa version « Léa Fournier », la vôtre « Marc Dubois »" in seen["text"], seen["text"]
    assert "Référent DUI de « " in seen["text"]
    qtbot.waitUntil(lambda: governance.list_referents(db, example_id)[15].referent_id == people["Marc Dubois"])
    assert step.referent_combo(15).currentText().startswith("Marc Dubois")


def test_referent_chosen_by_someone_else_meanwhile_reload(qtbot, db, example_id, answer_modal):
    step, _seen, people = _referent_chosen_while_someone_else_does(qtbot, db, example_id, answer_modal, "&Recharger")
    assert governance.list_referents(db, example_id)[15].referent_id == people["Léa Fournier"]  # theirs kept
    qtbot.waitUntil(lambda: step.referent_combo(15).currentText().startswith("Léa Fournier"))  # and shown


# --- two people naming two project leads at once ----------------------------------------------------------

def _lead_named_while_someone_else_names_another(qtbot, main_window, answer_modal, button, add=False):
    """The step shows Julien Perrot as the lead; while this user's person dialog is open, another window makes
    Léa Fournier the lead; this user makes Nadia Benali the lead (or adds Ana Lopez as the lead) and clicks OK:
    the conflict box names both, ``button`` clicked."""
    from conftest import EXAMPLE, settle

    from esms_desktop.storage.dossier_file import import_file

    dossier_id = import_file(main_window.db, EXAMPLE)
    main_window.open_dossier(dossier_id)
    wizard = main_window.wizard
    wizard.go_to_step("gouvernance")
    settle(wizard)
    step, db = wizard.current_step(), main_window.db
    people = {p.name: p for p in governance.list_people(db, dossier_id)}
    assert people["Julien Perrot"].project_lead
    if not add:
        row = next(r for r in range(step.people_table.rowCount())
                   if step.people_table.item(r, 0).text() == "Nadia Benali")
        step.people_table.selectRow(row)
    seen = {}

    def on_conflict(box):
        seen["name"], seen["text"] = box.objectName(), box.text()
        qtbot.mouseClick(next(b for b in box.buttons() if b.text() == button), Qt.MouseButton.LeftButton)

    def fill(dialog):
        lea = people["Léa Fournier"]  # the other person, while the dialog is open
        governance.update_person(db, lea.id, lea.version, {**lea.values(), "lead_id": people["Julien Perrot"].id},
                                 project_lead=True)
        if add:
            qtbot.keyClicks(dialog.name_edit, "Ana Lopez")
        dialog.lead_check.setChecked(True)
        answer_modal(on_conflict)
        qtbot.mouseClick(_ok(dialog), Qt.MouseButton.LeftButton)

    answer_modal(fill)
    qtbot.mouseClick(step.add_button if add else step.edit_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "text" in seen)
    settle(wizard)
    return step, seen, dossier_id


def _lead_of(db, dossier_id) -> list[str]:
    return [p.name for p in governance.list_people(db, dossier_id) if p.project_lead]


@pytest.mark.parametrize("add", [False, True], ids=["edited", "added"])
def test_lead_named_while_someone_else_named_another_keep_mine(qtbot, main_window, answer_modal, add):
    step, seen, dossier_id = _lead_named_while_someone_else_names_another(
        qtbot, main_window, answer_modal, "&Garder ma version", add)
    mine = "Ana Lopez" if add else "Nadia Benali"
    assert seen["name"] == "conflictBox"
    assert f"• Chef de projet : sa version « Léa Fournier », la vôtre « {mine} »" in seen["text"], seen["text"]
    assert _lead_of(main_window.db, dossier_id) == [mine]  # written over theirs, as chosen
    qtbot.waitUntil(lambda: mine in step.lead_label.text())


@pytest.mark.parametrize("add", [False, True], ids=["edited", "added"])
def test_lead_named_while_someone_else_named_another_reload(qtbot, main_window, answer_modal, add):
    step, seen, dossier_id = _lead_named_while_someone_else_names_another(
        qtbot, main_window, answer_modal, "&Recharger", add)
    assert "sa version « Léa Fournier »" in seen["text"]
    db = main_window.db
    assert _lead_of(db, dossier_id) == ["Léa Fournier"]  # theirs kept
    qtbot.waitUntil(lambda: "Léa Fournier" in step.lead_label.text())  # and shown
    names = [p.name for p in governance.list_people(db, dossier_id)]
    assert ("Ana Lopez" in names) == add  # a new person is added all the same, without the lead role


def test_lead_named_twice_by_this_window_before_it_is_read_back_asks_nothing(qtbot, main_window, answer_modal,
                                                                            monkeypatch):
    """Nadia Benali made the lead, then Léa Fournier, from this window: its second choice starts from its
    first one (no conflict with itself)."""
    from conftest import EXAMPLE, settle

    from esms_desktop.storage.dossier_file import import_file

    dossier_id = import_file(main_window.db, EXAMPLE)
    main_window.open_dossier(dossier_id)
    wizard = main_window.wizard
    wizard.go_to_step("gouvernance")
    settle(wizard)
    step, db = wizard.current_step(), main_window.db
    asked = []
    monkeypatch.setattr("esms_desktop.ui.conflict_dialog._choose", lambda parent, text: asked.append(text) or "reload")
    monkeypatch.setattr(step, "load", lambda *a, **k: None)  # the list not read back between the two saves
    for name in ("Nadia Benali", "Léa Fournier"):
        row = next(r for r in range(step.people_table.rowCount()) if step.people_table.item(r, 0).text() == name)
        step.people_table.selectRow(row)

        def fill(dialog):
            dialog.lead_check.setChecked(True)
            qtbot.mouseClick(_ok(dialog), Qt.MouseButton.LeftButton)

        answer_modal(fill)
        qtbot.mouseClick(step.edit_button, Qt.MouseButton.LeftButton)
        settle(wizard)
    assert asked == []
    assert _lead_of(db, dossier_id) == ["Léa Fournier"]
