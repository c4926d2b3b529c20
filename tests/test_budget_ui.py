"""Steps « Besoins » and « Budget » through the real widgets, on the example dossier.

Figures: the example's budget balances at 491 300 € (see test_budget_rules.py for the hand computation).
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFileDialog, QMessageBox

from esms_desktop.formatting import euros
from esms_desktop.storage import budget, needs
from esms_desktop.storage.dossier_file import import_file
from esms_desktop.storage.dossiers import create_dossier
from esms_desktop.paths import resource_path

EXAMPLE = resource_path("examples", "exemple-grappe-bfc.json")


from conftest import settle  # noqa: E402


def open_example(main_window):
    dossier_id = import_file(main_window.db, EXAMPLE)
    main_window.open_dossier(dossier_id)
    return dossier_id, main_window.wizard


def type_number(qtbot, spin, text: str) -> None:
    spin.setFocus()
    spin.selectAll()
    qtbot.keyClicks(spin, text)


def test_typing_a_need_quantity_changes_the_budget_and_its_checks(qtbot, main_window):
    dossier_id, wizard = open_example(main_window)
    settle(main_window.wizard)
    wizard.go_to_step("budget")
    settle(main_window.wizard)
    step = wizard.current_step()
    assert step.key == "budget"
    assert step.expenses_value.text() == euros(491_300) and step.difference_value.text() == euros(0)
    assert "budget.unbalanced" not in step.checks.keys()
    state = {s.key: wizard.step_list.item(i).data(Qt.ItemDataRole.UserRole) for i, s in enumerate(wizard.steps)}
    assert state["budget"] == "complete" and state["besoins"] == "complete"

    wizard.go_to_step("besoins")
    settle(main_window.wizard)
    needs_step = wizard.current_step()
    assert needs_step.tabs.currentIndex() == 0
    first = needs_step.editors["formation"].ids()[0]  # « Prise en main du DUI »: 180 people × 1 day × 120 €
    needs_step.editors["formation"].select(first)
    settle(main_window.wizard)
    assert needs_step.formation_people.value() == 180
    type_number(qtbot, needs_step.formation_people, "200")
    qtbot.keyClick(needs_step.formation_people, Qt.Key.Key_Tab)  # leaving the field stores it at once
    settle(main_window.wizard)
    assert needs.get_need(main_window.db, first).cost == 24_000  # 200 × 1 × 120
    # the need's row, its cost line and the totals follow: 143 700 + 2 400 = 146 100
    table = needs_step.editors["formation"].table
    assert table.item(0, 5).text() == euros(24_000)
    assert euros(146_100) in needs_step.total_label.text()

    wizard.go_to_step("budget")
    settle(main_window.wizard)
    assert step.expenses_value.text() == euros(493_700)  # 491 300 + 2 400
    assert step.revenues_value.text() == euros(491_300)
    assert step.difference_value.text() == euros(-2_400)
    assert "budget.unbalanced" in step.checks.keys()
    assert wizard.step_list.item(wizard.steps.index(step)).data(Qt.ItemDataRole.UserRole) == "partial"

    # the porteur puts 2 400 € more of own funds: 28 800 + 2 400 = 31 200 → balanced again
    step.tabs.setCurrentIndex(2)
    settle(main_window.wizard)
    own = step.revenues.ids()[0]
    step.revenues.select(own)
    settle(main_window.wizard)
    amount = step.fields["revenue"]["amount"]
    assert amount.value() == 28_800
    type_number(qtbot, amount, "-")  # a minus sign cannot be typed
    assert amount.value() >= 0
    type_number(qtbot, amount, "31200")
    qtbot.keyClick(amount, Qt.Key.Key_Tab)
    settle(main_window.wizard)
    assert step.difference_value.text() == euros(0)
    assert "budget.unbalanced" not in step.checks.keys()
    assert budget.list_revenues(main_window.db, dossier_id)[0].amount == 31_200


def test_an_overridden_need_line_can_follow_its_need_again(qtbot, main_window):
    dossier_id, wizard = open_example(main_window)
    settle(main_window.wizard)
    wizard.go_to_step("budget")
    settle(main_window.wizard)
    step = wizard.current_step()
    fed = next(e for e in budget.list_expenses(main_window.db, dossier_id) if e.need_id is not None)
    step.expenses.select(fed.id)
    settle(main_window.wizard)
    assert not step.expenses.remove_button.isEnabled()  # it leaves the budget with its need
    assert not step.fields["expense"]["category"].isEnabled()
    assert not step.follow_button.isEnabled()
    amount = step.fields["expense"]["amount"]
    type_number(qtbot, amount, "20000")  # the quote says 20 000 instead of 21 600
    qtbot.keyClick(amount, Qt.Key.Key_Tab)
    settle(main_window.wizard)
    assert "budget.need_line_overridden" in step.checks.keys()
    assert step.follow_button.isEnabled()
    qtbot.mouseClick(step.follow_button, Qt.MouseButton.LeftButton)
    settle(main_window.wizard)
    assert budget.list_expenses(main_window.db, dossier_id)[[e.id for e in budget.list_expenses(
        main_window.db, dossier_id)].index(fed.id)].amount == fed.amount
    assert amount.value() == fed.amount
    assert "budget.need_line_overridden" not in step.checks.keys()


def test_add_hardware_and_an_expense_then_remove_them(qtbot, main_window, monkeypatch):
    dossier_id = create_dossier(main_window.db, "Essai", 2024)
    from esms_desktop.storage.grappe import add_essms, add_og

    og = add_og(main_window.db, dossier_id, name="Asso", finess_ej="890000011", is_porteur=True)
    add_essms(main_window.db, og, finess_et="890000102", name="Foyer de vie")
    main_window.open_dossier(dossier_id)
    settle(main_window.wizard)
    wizard = main_window.wizard
    wizard.go_to_step("besoins")
    settle(main_window.wizard)
    step = wizard.current_step()
    assert wizard.step_list.item(wizard.steps.index(step)).data(Qt.ItemDataRole.UserRole) == "empty"
    step.tabs.setCurrentIndex(2)
    settle(main_window.wizard)
    editor = step.editors["materiel"]
    qtbot.mouseClick(editor.add_button, Qt.MouseButton.LeftButton)
    settle(main_window.wizard)
    [row] = needs.list_needs(main_window.db, dossier_id)
    assert row.essms_id is not None and row.quantity == 1
    type_number(qtbot, step.materiel_quantity, "6")
    qtbot.keyClick(step.materiel_quantity, Qt.Key.Key_Tab)
    settle(main_window.wizard)
    price = step.fields["materiel"]["unit_cost"]
    type_number(qtbot, price, "450")
    qtbot.keyClick(price, Qt.Key.Key_Tab)
    settle(main_window.wizard)
    type_combo = step.fields["materiel"]["equipment_type"]
    type_combo.setCurrentIndex(type_combo.findData("tablette"))
    settle(main_window.wizard)
    type_combo.activated.emit(type_combo.currentIndex())
    settle(main_window.wizard)
    need = needs.get_need(main_window.db, row.id)
    assert (need.quantity, need.unit_cost, need.cost, need.equipment_type) == (6, 450, 2_700, "tablette")
    assert need.label == step.fields["materiel"]["label"].text() != ""  # the description followed the type
    [line] = budget.list_expenses(main_window.db, dossier_id)
    assert (line.category, line.amount) == ("materiel", 2_700)

    wizard.go_to_step("budget")
    settle(main_window.wizard)
    budget_step = wizard.current_step()
    assert budget_step.expenses_value.text() == euros(2_700)
    qtbot.mouseClick(budget_step.expenses.add_button, Qt.MouseButton.LeftButton)
    settle(main_window.wizard)
    qtbot.keyClicks(budget_step.fields["expense"]["label"], "Chef de projet")
    type_number(qtbot, budget_step.fields["expense"]["amount"], "30000")
    qtbot.keyClick(budget_step.fields["expense"]["amount"], Qt.Key.Key_Tab)
    settle(main_window.wizard)
    assert budget_step.expenses_value.text() == euros(32_700)
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Yes)
    qtbot.mouseClick(budget_step.expenses.remove_button, Qt.MouseButton.LeftButton)
    settle(main_window.wizard)
    assert budget_step.expenses_value.text() == euros(2_700)

    wizard.go_to_step("besoins")
    settle(main_window.wizard)
    step.tabs.setCurrentIndex(2)
    settle(main_window.wizard)
    qtbot.mouseClick(step.editors["materiel"].remove_button, Qt.MouseButton.LeftButton)
    settle(main_window.wizard)
    assert needs.list_needs(main_window.db, dossier_id) == []
    assert budget.list_expenses(main_window.db, dossier_id) == []


def test_export_buttons_write_the_files(qtbot, main_window, monkeypatch, tmp_path):
    from openpyxl import load_workbook

    _dossier_id, wizard = open_example(main_window)
    settle(main_window.wizard)
    wizard.go_to_step("budget")
    settle(main_window.wizard)
    step = wizard.current_step()
    target = tmp_path / "budget"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), ""))
    qtbot.mouseClick(step.xlsx_button, Qt.MouseButton.LeftButton)
    settle(main_window.wizard)
    qtbot.mouseClick(step.csv_button, Qt.MouseButton.LeftButton)
    settle(main_window.wizard)
    sheet = load_workbook(tmp_path / "budget.xlsx")["Synthèse"]
    values = {row[0]: row[1] for row in sheet.iter_rows(values_only=True) if row and row[0]}
    assert values["Total des dépenses"] == 491_300 and values["Écart (recettes − dépenses)"] == 0
    assert (tmp_path / "budget.csv").read_bytes().startswith("\ufeff".encode())
    assert str(tmp_path / "budget.csv") in step.status_label.text()


def test_a_failed_export_keeps_the_previous_file(qtbot, main_window, monkeypatch, tmp_path):
    """The step writes the bytes the report made whole or not at all: a full disk leaves the old file."""
    from esms_desktop.storage import atomic

    _dossier_id, wizard = open_example(main_window)
    settle(main_window.wizard)
    wizard.go_to_step("budget")
    settle(main_window.wizard)
    step = wizard.current_step()
    (tmp_path / "out").mkdir()
    target = tmp_path / "out" / "budget.xlsx"
    target.write_bytes(b"old")
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), ""))
    real_replace = atomic.os.replace

    def disk_full(*_args):
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(atomic.os, "replace", disk_full)
    warned = []
    monkeypatch.setattr(QMessageBox, "warning", lambda _p, _t, text, *a, **k: warned.append(text))
    qtbot.mouseClick(step.xlsx_button, Qt.MouseButton.LeftButton)
    settle(main_window.wizard)
    monkeypatch.setattr(atomic.os, "replace", real_replace)
    assert target.read_bytes() == b"old" and list(target.parent.iterdir()) == [target]  # no temporary file left
    assert len(warned) == 1 and "No space left on device" in warned[0]


def test_none_survives_many_pyside_calls():
    """PySide6 6.12 (abi3, built for immortal None) drops a reference to None per void call on 3.11."""
    import sys

    from PySide6.QtWidgets import QLabel

    import esms_desktop.ui.budget  # noqa: F401 - protects None on import

    label = QLabel()
    before = sys.getrefcount(None)
    for _ in range(20_000):  # more than the ~5 000 references None has in a bare interpreter
        label.setText("x")
    assert sys.getrefcount(None) > 20_000
    assert before - sys.getrefcount(None) <= 20_000
