"""Someone else edits the same row of a list step meanwhile: the user is shown what they changed, with
« Recharger » / « Garder ma version »; a row they deleted is said and leaves the list (never recreated).

One test per step and case, through the real widgets of the steps « Besoins », « Budget », « Planning »
and « Communication », on the example dossier. The other person is the storage called directly (another
window on the same database), between the moment the step showed the row and the user's save.
"""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import QApplication, QDateEdit, QDialogButtonBox, QLineEdit, QMessageBox

from esms_desktop.formatting import euros
from esms_desktop.storage import budget, communication, needs, planning

from conftest import answer_box as answer

pytestmark = pytest.mark.usefixtures("french")

RELOAD, KEEP = "&Recharger", "&Garder ma version"


def open_step(qtbot, db, dossier_id, cls):
    from esms_desktop.ui.autosave import Autosaver
    from esms_desktop.ui.wizard.step import WizardContext

    step = cls(WizardContext(db, dossier_id, Autosaver()))
    qtbot.addWidget(step)
    step.resize(1100, 800)
    step.show()
    step.load()
    return step




def type_text(qtbot, edit: QLineEdit, text: str) -> None:
    """Type into a field as the user does, then validate it (Enter stores it at once)."""
    edit.setFocus()
    edit.selectAll()
    qtbot.keyClicks(edit, text)
    qtbot.keyClick(edit, Qt.Key.Key_Return)
    QApplication.processEvents()


def type_number(qtbot, spin, text: str) -> None:
    spin.setFocus()
    spin.selectAll()
    qtbot.keyClicks(spin, text)
    qtbot.keyClick(spin, Qt.Key.Key_Return)
    QApplication.processEvents()


def assert_conflict(seen: dict, line: str) -> None:
    assert seen["name"] == "conflictBox" and seen["buttons"] == {RELOAD, KEEP}
    assert "Quelqu'un d'autre a modifié ceci" in seen["text"]
    assert line in seen["text"], seen["text"]


def assert_gone(seen: dict) -> None:
    assert seen["name"] == "goneBox"
    assert "Quelqu'un d'autre a supprimé ceci pendant que vous le modifiiez" in seen["text"]


# --- Besoins ---------------------------------------------------------------------------------------

def _needs_step(qtbot, db, example_id):
    from esms_desktop.ui.budget.needs_step import NeedsStep

    step = open_step(qtbot, db, example_id, NeedsStep)
    first = step.editors["formation"].ids()[0]
    step.editors["formation"].select(first)
    return step, needs.get_need(db, first)


@pytest.mark.parametrize("choice", [RELOAD, KEEP])
def test_needs_same_need_changed_meanwhile(qtbot, db, example_id, answer_modal, choice):
    step, need = _needs_step(qtbot, db, example_id)
    needs.update_need(db, need.id, need.version, need.values(), label="Leur formation", people=12)  # the other
    seen = answer(qtbot, answer_modal, choice)
    type_text(qtbot, step.fields["formation"]["label"], "Ma formation")
    assert_conflict(seen, "• Libellé : sa version « Leur formation », la vôtre « Ma formation »")
    stored = needs.get_need(db, need.id)
    assert stored.people == 12  # their other field kept either way
    assert step.formation_people.value() == 12  # the form shows their other field either way
    if choice == KEEP:
        assert stored.label == "Ma formation"
    else:
        assert stored.label == "Leur formation"
        assert step.fields["formation"]["label"].text() == "Leur formation"  # the form shows theirs
    assert step.editors["formation"].table.item(0, 0).text() == stored.label


def test_needs_need_deleted_meanwhile(qtbot, db, example_id, answer_modal):
    step, need = _needs_step(qtbot, db, example_id)
    count = len(needs.list_needs(db, example_id))
    needs.delete_need(db, need.id)  # the other person
    seen = answer(qtbot, answer_modal)
    type_text(qtbot, step.fields["formation"]["label"], "Ma formation")
    assert_gone(seen)
    assert need.id not in [n.id for n in needs.list_needs(db, example_id)]
    assert len(needs.list_needs(db, example_id)) == count - 1  # not recreated
    assert need.id not in step.editors["formation"].ids()


# --- Budget ----------------------------------------------------------------------------------------

def _budget_step(qtbot, db, example_id, tab: int):
    from esms_desktop.ui.budget.budget_step import BudgetStep

    step = open_step(qtbot, db, example_id, BudgetStep)
    step.tabs.setCurrentIndex(tab)
    return step


def test_budget_same_revenue_changed_meanwhile_keep_mine(qtbot, db, example_id, answer_modal):
    step = _budget_step(qtbot, db, example_id, 2)
    line = budget.list_revenues(db, example_id)[0]
    step.revenues.select(line.id)
    budget.update_revenue(db, line.id, line.version, line.values(), funder="Conseil départemental",
                          quote_ref="Délibération 12")  # the other person
    seen = answer(qtbot, answer_modal, KEEP)
    type_text(qtbot, step.fields["revenue"]["funder"], "ARS Bourgogne")
    assert_conflict(seen, "• Financeur : sa version « Conseil départemental », la vôtre « ARS Bourgogne »")
    stored = budget.list_revenues(db, example_id)[0]
    assert (stored.funder, stored.quote_ref) == ("ARS Bourgogne", "Délibération 12")
    assert step.revenues.table.item(0, 1).text() == "ARS Bourgogne"
    assert step.fields["revenue"]["quote_ref"].text() == "Délibération 12"  # their other field, in the form too


def test_budget_same_expense_amount_changed_meanwhile_reload(qtbot, db, example_id, answer_modal):
    step = _budget_step(qtbot, db, example_id, 0)
    line = next(e for e in budget.list_expenses(db, example_id) if e.need_id is None)
    step.expenses.select(line.id)
    budget.update_expense(db, line.id, line.version, line.values(), amount=5_000)  # the other person
    seen = answer(qtbot, answer_modal, RELOAD)
    type_number(qtbot, step.fields["expense"]["amount"], "6000")
    assert_conflict(seen, f"• Montant : sa version « {euros(5_000)} », la vôtre « {euros(6_000)} »")
    assert next(e for e in budget.list_expenses(db, example_id) if e.id == line.id).amount == 5_000
    assert step.fields["expense"]["amount"].value() == 5_000  # the form shows theirs


def test_budget_expense_deleted_meanwhile(qtbot, db, example_id, answer_modal):
    step = _budget_step(qtbot, db, example_id, 0)
    line = next(e for e in budget.list_expenses(db, example_id) if e.need_id is None)
    step.expenses.select(line.id)
    count = len(budget.list_expenses(db, example_id))
    budget.delete_expense(db, line.id)  # the other person
    seen = answer(qtbot, answer_modal)
    type_text(qtbot, step.fields["expense"]["label"], "Mon texte")
    assert_gone(seen)
    assert len(budget.list_expenses(db, example_id)) == count - 1  # not recreated
    assert line.id not in step.expenses.ids()


# --- Planning --------------------------------------------------------------------------------------

def _planning_step(qtbot, db, example_id):
    from esms_desktop.ui.planning.planning_step import PlanningStep

    return open_step(qtbot, db, example_id, PlanningStep)


def edit_title(qtbot, step, row: int, text: str) -> None:
    from esms_desktop.ui.planning.task_model import TITLE

    index = step.model.index(row, TITLE)
    step.table.setCurrentIndex(index)
    step.table.edit(index)
    editor = step.table.viewport().findChild(QLineEdit)
    assert editor is not None
    editor.selectAll()
    qtbot.keyClicks(editor, text)
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    QApplication.processEvents()
    qtbot.waitUntil(lambda: step.table.viewport().findChild(QLineEdit) is None)  # the editor closed (deleted later)


@pytest.mark.parametrize("choice", [RELOAD, KEEP])
def test_planning_same_task_renamed_meanwhile(qtbot, db, example_id, answer_modal, choice):
    step = _planning_step(qtbot, db, example_id)
    task = planning.list_tasks(db, example_id)[0]
    planning.update_task(db, task.id, task.version, task.values(), title="Leur cadrage", owner="Camille Durand")
    seen = answer(qtbot, answer_modal, choice)
    edit_title(qtbot, step, 0, "Mon cadrage")
    assert_conflict(seen, "• Tâche : sa version « Leur cadrage », la vôtre « Mon cadrage »")
    stored = planning.list_tasks(db, example_id)[0]
    assert stored.owner == "Camille Durand"  # their other field kept either way
    assert stored.title == ("Mon cadrage" if choice == KEEP else "Leur cadrage")
    assert step.model.data(step.model.index(0, 0)) == stored.title  # the table shows what is stored


def test_planning_same_task_moved_meanwhile(qtbot, db, example_id, answer_modal):
    from esms_desktop.ui.planning.task_model import END

    step = _planning_step(qtbot, db, example_id)
    task = planning.list_tasks(db, example_id)[0]  # « Cadrage » 01/10/2024 – 12/11/2024
    moved = (task.start + dt.timedelta(days=7), task.end + dt.timedelta(days=7))
    planning.set_task_dates(db, example_id, {task.key: moved})  # the other person moved it a week later
    seen = answer(qtbot, answer_modal, RELOAD)
    index = step.model.index(0, END)
    step.table.setCurrentIndex(index)
    step.table.edit(index)
    editor = step.table.viewport().findChild(QDateEdit)
    editor.setDate(QDate(2024, 11, 30))
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    QApplication.processEvents()
    assert_conflict(seen, f"• {task.title} : sa version « 08/10/2024 – 19/11/2024 », la vôtre « 01/10/2024 – 30/11/2024 »")
    stored = planning.list_tasks(db, example_id)[0]
    assert (stored.start, stored.end) == moved
    assert step.model.rows[0].end == moved[1]


def test_planning_task_deleted_meanwhile(qtbot, db, example_id, answer_modal):
    step = _planning_step(qtbot, db, example_id)
    tasks = planning.list_tasks(db, example_id)
    planning.delete_task(db, tasks[0].id)  # the other person
    seen = answer(qtbot, answer_modal)
    edit_title(qtbot, step, 0, "Mon cadrage")
    assert_gone(seen)
    after = planning.list_tasks(db, example_id)
    assert [t.id for t in after] == [t.id for t in tasks[1:]]  # not recreated
    assert [r.id for r in step.model.rows] == [t.id for t in tasks[1:]]


# --- Communication ---------------------------------------------------------------------------------

def _communication_step(qtbot, db, example_id):
    from esms_desktop.ui.communication.communication_step import CommunicationStep

    return open_step(qtbot, db, example_id, CommunicationStep)


def _ok(dialog):
    return dialog.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Ok)


@pytest.mark.parametrize("choice", [RELOAD, KEEP])
def test_communication_same_action_changed_meanwhile(qtbot, db, example_id, answer_modal, choice):
    step = _communication_step(qtbot, db, example_id)
    action = communication.list_actions(db, example_id)[0]
    step.action_tree.setCurrentItem(step.action_tree.topLevelItem(0))
    boxes = []

    def fill(dialog):
        communication.update_action(db, action.id, action.version, action.values(), message="Leur message",
                                    owner="Camille Durand")  # the other person, while the dialog is open
        dialog.message_edit.setPlainText("Mon message")
        boxes.append(answer(qtbot, answer_modal, choice))
        qtbot.mouseClick(_ok(dialog), Qt.MouseButton.LeftButton)

    answer_modal(fill)
    step.edit_action()
    QApplication.processEvents()
    assert_conflict(boxes[0], "• Message : sa version « Leur message », la vôtre « Mon message »")
    stored = communication.list_actions(db, example_id)[0]
    assert stored.owner == "Camille Durand"  # their other field kept either way
    assert stored.message == ("Mon message" if choice == KEEP else "Leur message")
    assert step.action_tree.topLevelItem(0).text(1) == stored.message


def test_communication_partner_deleted_meanwhile(qtbot, db, example_id, answer_modal):
    step = _communication_step(qtbot, db, example_id)
    partners = communication.list_partners(db, example_id)
    uninformed = next(p for p in partners if not p.informed)
    row = [p.id for p in partners].index(uninformed.id)
    communication.delete_partner(db, uninformed.id)  # the other person
    seen = answer(qtbot, answer_modal)
    step.partner_tree.topLevelItem(row).setCheckState(2, Qt.CheckState.Checked)  # the user ticks « informed »
    qtbot.waitUntil(lambda: "name" in seen)
    QApplication.processEvents()
    assert_gone(seen)
    assert [p.id for p in communication.list_partners(db, example_id)] == [p.id for p in partners if p is not uninformed]
    assert step.partner_tree.topLevelItemCount() == len(partners) - 1


def test_planning_generated_over_a_planning_changed_meanwhile(qtbot, db, example_id, answer_modal, monkeypatch):
    """The waves and tasks the user agreed to replace are not those someone else changed since: asked first."""
    from esms_desktop.ui.planning.planning_step import PlanningStep

    step = open_step(qtbot, db, example_id, PlanningStep)
    tasks = planning.list_tasks(db, example_id)
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Yes)
    boxes = []

    def generate_dialog(dialog):
        planning.update_task(db, tasks[0].id, tasks[0].version, tasks[0].values(), title="Leur cadrage")  # the other
        boxes.append(answer(qtbot, answer_modal, RELOAD))
        qtbot.mouseClick(dialog.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Ok),
                         Qt.MouseButton.LeftButton)

    answer_modal(generate_dialog)
    qtbot.mouseClick(step.generate_button, Qt.MouseButton.LeftButton)
    QApplication.processEvents()
    assert_conflict(boxes[0], "• Planning : sa version « 18 tâches, modifiées depuis que vous l'avez ouvert », "
                              "la vôtre « généré à partir du modèle »")
    after = planning.list_tasks(db, example_id)
    assert [t.id for t in after] == [t.id for t in tasks] and after[0].title == "Leur cadrage"  # nothing replaced


# --- the window's own background queue (ui/db_queue.py) ---------------------------------------------

def test_quick_edits_of_one_field_in_the_window_are_not_taken_for_someone_elses(qtbot, main_window, monkeypatch):
    """In the window, a field's store runs in the background: a second edit of the same field, typed before
    the first is stored, starts from the first (not from the value read before it) — no conflict box, and
    the last value typed is what is stored. Then someone else's change is still caught there."""
    from conftest import settle

    asked = []
    monkeypatch.setattr(QMessageBox, "exec", lambda box: asked.append(box.text()) or 0)
    main_window.open_example()
    settle(main_window.wizard)
    dossier_id = main_window.wizard.dossier_id
    main_window.wizard.go_to_step("budget")
    settle(main_window.wizard)
    step = main_window.wizard.current_step()
    line = next(e for e in budget.list_expenses(main_window.db, dossier_id) if e.need_id is None)
    step.expenses.select(line.id)
    amount = step.fields["expense"]["amount"]
    type_number(qtbot, amount, "6000")  # sent; not waited for
    type_number(qtbot, amount, "7000")
    type_number(qtbot, amount, "8000")
    settle(main_window.wizard)
    assert asked == []
    assert next(e for e in budget.list_expenses(main_window.db, dossier_id) if e.id == line.id).amount == 8_000
    assert amount.value() == 8_000

    stored = next(e for e in budget.list_expenses(main_window.db, dossier_id) if e.id == line.id)
    budget.update_expense(main_window.db, line.id, stored.version, stored.values(), amount=5_000)  # the other person
    type_number(qtbot, amount, "9000")
    settle(main_window.wizard)
    assert len(asked) == 1 and "Quelqu'un d'autre a modifié ceci" in asked[0]  # « Recharger » (exec → 0)


def test_quick_edits_of_one_need_in_the_window_are_not_taken_for_someone_elses(qtbot, main_window, monkeypatch):
    from conftest import settle

    asked = []
    monkeypatch.setattr(QMessageBox, "exec", lambda box: asked.append(box.text()) or 0)
    main_window.open_example()
    settle(main_window.wizard)
    dossier_id = main_window.wizard.dossier_id
    main_window.wizard.go_to_step("besoins")
    settle(main_window.wizard)
    step = main_window.wizard.current_step()
    first = step.editors["formation"].ids()[0]
    step.editors["formation"].select(first)
    people = step.fields["formation"]["people"]
    for typed in ("11", "12", "13"):  # each sent before the one before is stored
        type_number(qtbot, people, typed)
    settle(main_window.wizard)
    assert asked == [] and needs.get_need(main_window.db, first).people == 13


class _Gate:
    """Holds the window's queue (ui/db_queue.py) until opened: the edits made meanwhile are all sent before
    the first is stored, as on a slow server."""

    def __init__(self, wizard):
        import threading

        self.event = threading.Event()
        self.queue = wizard.queue
        self.queue.submit(lambda: self.event.wait(30))

    def waiting(self) -> int:
        """How many jobs wait behind the gate."""
        with self.queue._state.lock:
            return len(self.queue._state.todo) - 1

    def open(self):
        self.event.set()


def _planning_in_window(qtbot, main_window, monkeypatch):
    from conftest import settle

    asked = []
    monkeypatch.setattr(QMessageBox, "exec", lambda box: asked.append(box.text()) or 0)
    main_window.open_example()
    settle(main_window.wizard)
    main_window.wizard.go_to_step("planning")
    settle(main_window.wizard)
    return main_window.wizard.current_step(), asked


def test_quick_renames_of_one_task_in_the_window_are_not_taken_for_someone_elses(qtbot, main_window, monkeypatch):
    """Two renames of the same task, the second typed before the first is stored: no conflict box, the last
    name typed is stored and shown. Someone else's rename afterwards is still caught."""
    from conftest import settle

    step, asked = _planning_in_window(qtbot, main_window, monkeypatch)
    dossier_id = main_window.wizard.dossier_id
    gate = _Gate(main_window.wizard)
    edit_title(qtbot, step, 0, "Cadrage A")
    edit_title(qtbot, step, 0, "Cadrage B")
    gate.open()
    settle(main_window.wizard)
    assert asked == []
    stored = planning.list_tasks(main_window.db, dossier_id)[0]
    assert stored.title == "Cadrage B" and step.model.data(step.model.index(0, 0)) == "Cadrage B"

    planning.update_task(main_window.db, stored.id, stored.version, stored.values(), title="Leur cadrage")
    edit_title(qtbot, step, 0, "Cadrage C")
    settle(main_window.wizard)
    assert len(asked) == 1 and "Quelqu'un d'autre a modifié ceci" in asked[0]  # « Recharger » (exec → 0)
    assert planning.list_tasks(main_window.db, dossier_id)[0].title == "Leur cadrage"


def test_quick_date_changes_of_one_task_in_the_window_are_not_taken_for_someone_elses(qtbot, main_window, monkeypatch):
    """Two ends typed for one task, then a move of its start, each before the one before is stored: no conflict
    box; the move keeps the duration of the last end typed."""
    from conftest import settle
    from esms_desktop.ui.planning.task_model import END, START

    step, asked = _planning_in_window(qtbot, main_window, monkeypatch)
    dossier_id = main_window.wizard.dossier_id
    task = planning.list_tasks(main_window.db, dossier_id)[0]

    def type_date(column: int, day: QDate) -> None:
        index = step.model.index(0, column)
        step.table.setCurrentIndex(index)
        step.table.edit(index)
        editor = step.table.viewport().findChild(QDateEdit)
        editor.setDate(day)
        qtbot.keyClick(editor, Qt.Key.Key_Return)
        QApplication.processEvents()
        qtbot.waitUntil(lambda: step.table.viewport().findChild(QDateEdit) is None)  # closed (deleted later)

    gate = _Gate(main_window.wizard)
    type_date(END, QDate(2024, 11, 30))
    type_date(END, QDate(2024, 12, 6))
    type_date(START, QDate(2024, 10, 8))  # a week later: the end follows
    gate.open()
    settle(main_window.wizard)
    assert asked == []
    stored = planning.list_tasks(main_window.db, dossier_id)[0]
    assert stored.start == dt.date(2024, 10, 8) and stored.end == dt.date(2024, 12, 13)
    assert task.start == dt.date(2024, 10, 1)
    assert step.model.rows[0].end == dt.date(2024, 12, 13)


def test_quick_ticks_of_one_partner_in_the_window_are_all_kept(qtbot, main_window, monkeypatch):
    """« Informed » ticked then unticked before the tick is stored: no conflict box, and the untick is what is
    stored (it was lost: it looked like no change against the partner as read before the tick)."""
    from conftest import settle

    asked = []
    monkeypatch.setattr(QMessageBox, "exec", lambda box: asked.append(box.text()) or 0)
    main_window.open_example()
    settle(main_window.wizard)
    dossier_id = main_window.wizard.dossier_id
    main_window.wizard.go_to_step("communication")
    settle(main_window.wizard)
    step = main_window.wizard.current_step()
    partners = communication.list_partners(main_window.db, dossier_id)
    uninformed = next(p for p in partners if not p.informed)
    item = step.partner_tree.topLevelItem([p.id for p in partners].index(uninformed.id))
    gate = _Gate(main_window.wizard)
    item.setCheckState(2, Qt.CheckState.Checked)
    qtbot.waitUntil(lambda: gate.waiting() >= 1)  # sent (after the click is handled)
    item.setCheckState(2, Qt.CheckState.Unchecked)
    qtbot.waitUntil(lambda: gate.waiting() >= 2)
    gate.open()
    settle(main_window.wizard)
    assert asked == []
    stored = next(p for p in communication.list_partners(main_window.db, dossier_id) if p.id == uninformed.id)
    assert stored.informed is False
    row = [p.id for p in communication.list_partners(main_window.db, dossier_id)].index(uninformed.id)
    assert step.partner_tree.topLevelItem(row).checkState(2) == Qt.CheckState.Unchecked


def test_a_sent_value_is_dropped_once_read_after_its_store_even_if_someone_changed_it_since():
    """SentValues: my value is what the next edit starts from until a read made after my store; if someone
    else changed the field after my store, that read shows theirs (not mine, forever)."""
    from esms_desktop.ui.autosave import Write
    from esms_desktop.ui.conflict_dialog import SentValues

    sent = SentValues()
    stored = []
    write = sent.keep("p", Write(lambda: None, stored.append), {"name": "Old"}, {"name": "Mine"})
    sent.read_back({"p": {"name": "Old"}})  # a read made before my write was stored: mine still shown
    assert sent.shown("p", {"name": "Old"}) == {"name": "Mine"}
    write.then("done")  # stored
    assert stored == ["done"]
    sent.read_back({"p": {"name": "Theirs"}})  # read after my store: someone changed it since
    assert sent.shown("p", {"name": "Theirs"}) == {"name": "Theirs"}
