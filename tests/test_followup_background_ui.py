"""Through the real window: the « Suivi » step reads and writes in the wizard's background queue
(ui/db_queue.py), never on the UI thread — its state, money, deployment and usage tabs, the expense dialog,
a count typed, the import; a save of something someone else changed meanwhile asks « Recharger » /
« Garder ma version », an expense someone else removed is said; a slow write says « Enregistrement… ».

The other person is the storage called directly (another window on the same database) between the moment
the tab showed the value and the user's edit.
"""

from __future__ import annotations

import threading

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QFileDialog, QMessageBox, QProgressDialog

from esms_desktop.storage import followup, usage_import, usage_measures
from esms_desktop.storage.dossier_file import import_file
from esms_desktop.storage.followup import get_followup
from esms_desktop.storage.usage_measures import list_measures

from conftest import ROOT, answer_box as answer, settle

TWIN = ROOT / "resources" / "examples" / "exemple-grappe-bfc-retenu.json"
RELOAD, KEEP = "&Recharger", "&Garder ma version"


def _open_followup(main_window, tab: int = 0):
    dossier_id = import_file(main_window.db, TWIN)
    main_window.open_dossier(dossier_id)
    settle(main_window.wizard)
    wizard = main_window.wizard
    wizard.go_to_step("suivi")
    settle(wizard)
    step = wizard.current_step()
    step.tabs.setCurrentIndex(tab)
    settle(wizard)
    return wizard, step, dossier_id




def test_the_follow_up_reads_and_writes_off_the_ui_thread(qtbot, main_window, monkeypatch, answer_modal, tmp_path):
    gui = threading.get_ident()
    threads: dict[str, list[int]] = {}
    watched = [(followup, name) for name in ("get_followup", "dossier_data", "list_expenses", "update_followup",
                                              "set_money", "set_redistribution", "add_expense", "set_wave_dates")]
    watched += [(usage_measures, name) for name in ("grappe_essms", "list_measures", "set_measure")]
    watched += [(usage_import, "apply_import")]
    for module, name in watched:
        original = getattr(module, name)
        monkeypatch.setattr(module, name, lambda *a, _o=original, _n=name, **k: threads.setdefault(_n, []).append(
            threading.get_ident()) or _o(*a, **k))
    wizard, step, dossier_id = _open_followup(main_window)
    db = main_window.db

    # the decision: a date typed
    step.state_panel.decision_edit.setText("02/10/2024")
    step.state_panel.decision_edit.editingFinished.emit()
    settle(wizard)
    # the money: the advance, an OG's redistribution, an expense added in its dialog
    step.tabs.setCurrentIndex(1)
    settle(wizard)
    money = step.money_panel
    money.avance_amount.setText("291000")
    money.avance_amount.editingFinished.emit()
    settle(wizard)
    money.redistribution_table.item(0, 2).setText("1 234")
    settle(wizard)

    def fill(dialog):
        dialog.label_edit.setText("Câblage du local serveur")
        dialog.amount_edit.setText("2 400")
        dialog.status_combo.setCurrentIndex(dialog.status_combo.findData("committed"))
        dialog.accept()

    answer_modal(fill)
    qtbot.mouseClick(money.add_expense_button, Qt.MouseButton.LeftButton)
    settle(wizard)
    # the deployment: a wave's real end
    step.tabs.setCurrentIndex(2)
    settle(wizard)
    step.deployment_panel.table.item(0, 5).setText("20/12/2025")
    settle(wizard)
    # the usage: a count typed
    step.tabs.setCurrentIndex(3)
    settle(wizard)
    usage = step.usage_panel
    usage.tabs.setCurrentIndex(1)
    usage.essms_combo.setCurrentIndex(usage.essms_combo.findData("890007784"))
    settle(wizard)
    dmp = 1 + [c.key for c in usage.campaign.usage_counts].index("dmp_alimentes")
    usage.grid.item(0, dmp).setText("7")
    settle(wizard)

    # an import of measures: the file read and every row written in the background, the dialog between
    from esms_desktop.storage import table_files

    measures = tmp_path / "mesures.csv"
    measures.write_text("FINESS ET;Mois;personnes_eligibles;personnes_accompagnees;dmp_alimentes\n"
                        "890007784;2027-01;96;96;60\n", encoding="utf-8")
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(measures), ""))
    read_table = table_files.read_table
    monkeypatch.setattr(table_files, "read_table", lambda *a, **k: threads.setdefault("read_table", []).append(
        threading.get_ident()) or read_table(*a, **k))
    seen = {}

    def import_it(dialog):
        seen["summary"] = dialog.summary.text()
        dialog.import_button.click()

    answer_modal(import_it)
    qtbot.mouseClick(usage.import_button, Qt.MouseButton.LeftButton)
    settle(wizard)
    assert "prête" in seen["summary"] and "problème" not in seen["summary"], seen
    assert any(m.month.isoformat() == "2027-01-01" for m in list_measures(db, dossier_id))
    assert usage.tabs.currentIndex() == 0  # the rates shown after the import

    state = get_followup(db, dossier_id)
    assert str(state.decision_on) == "2024-10-02"
    assert state.money["avance"]["amount"] == 291000
    assert any(r["amount"] == 1234 for r in state.money["redistribution"])
    assert state.money["expenses"][-1]["label"] == "Câblage du local serveur"
    assert state.deployment["waves"]["1"]["end"] == "2025-12-20"
    first = min((m for m in list_measures(db, dossier_id) if m.finess_et == "890007784"), key=lambda m: m.month)
    assert first.counts["dmp_alimentes"] == 7
    # what the user sees follows: the expense listed, the summary, the grid
    assert "Câblage du local serveur" in [money.expenses_table.item(r, 2).text()
                                           for r in range(money.expenses_table.rowCount())]
    assert usage.grid.item(0, dmp).text() == "7"
    for name in ("update_followup", "set_money", "set_redistribution", "add_expense", "set_wave_dates",
                 "set_measure", "apply_import", "read_table", "dossier_data", "list_expenses", "grappe_essms", "list_measures", "get_followup"):
        assert threads.get(name), name
    on_ui = {name for name, ts in threads.items() if gui in ts}
    assert not on_ui, f"run on the UI thread: {sorted(on_ui)}"


@pytest.mark.parametrize("choice", [RELOAD, KEEP])
def test_an_advance_someone_changed_meanwhile_is_asked(qtbot, main_window, answer_modal, choice):
    wizard, step, dossier_id = _open_followup(main_window, tab=1)
    db = main_window.db
    money = step.money_panel
    before = get_followup(db, dossier_id).money["avance"]
    followup.set_money(db, dossier_id, "avance", {**before, "amount": 250000})  # the other person
    seen = answer(qtbot, answer_modal, choice)
    money.avance_amount.setText("291000")
    money.avance_amount.editingFinished.emit()
    settle(wizard)
    assert seen["name"] == "conflictBox" and seen["buttons"] == {RELOAD, KEEP}
    assert "Avance reçue" in seen["text"] and "250\u202f000\u00a0€" in seen["text"] and "291\u202f000\u00a0€" in seen["text"]
    stored = get_followup(db, dossier_id).money["avance"]["amount"]
    if choice == KEEP:
        assert stored == 291000
    else:  # their version kept, and shown
        assert stored == 250000 and money.avance_amount.text() == "250\u202f000"


def test_two_people_adding_expenses_both_kept_and_a_removed_one_is_said(qtbot, main_window, monkeypatch,
                                                                        answer_modal):
    wizard, step, dossier_id = _open_followup(main_window, tab=1)
    db = main_window.db
    money = step.money_panel
    count = len(money.expenses)
    followup.add_expense(db, dossier_id, budget_line=None, label="Leur dépense", amount=100, status="committed",
                         date=None)  # the other person, after the tab was shown

    def fill(dialog):
        dialog.label_edit.setText("Ma dépense")
        dialog.amount_edit.setText("200")
        dialog.status_combo.setCurrentIndex(dialog.status_combo.findData("committed"))
        dialog.accept()

    answer_modal(fill)
    qtbot.mouseClick(money.add_expense_button, Qt.MouseButton.LeftButton)
    settle(wizard)
    labels = [e["label"] for e in get_followup(db, dossier_id).money["expenses"]]
    assert labels[-2:] == ["Leur dépense", "Ma dépense"] and len(labels) == count + 2
    assert money.expenses_table.rowCount() == count + 2

    # the first expense, removed by the other person after it was shown: said, nothing else removed
    money.lines_table.setCurrentCell(money.lines_table.rowCount() - 1, 0)  # the Total row: every expense
    money.expenses_table.setCurrentCell(0, 0)
    shown = money.selected_expense()
    followup.remove_expense(db, dossier_id, shown.index)
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Yes)
    seen = answer(qtbot, answer_modal)
    qtbot.mouseClick(money.remove_expense_button, Qt.MouseButton.LeftButton)
    settle(wizard)
    assert seen["name"] == "goneBox"
    assert len(get_followup(db, dossier_id).money["expenses"]) == count + 1
    assert money.expenses_table.rowCount() == count + 1


def test_a_slow_follow_up_write_leaves_the_window_free_and_says_saving(qtbot, main_window):
    wizard, step, dossier_id = _open_followup(main_window)
    release = threading.Event()
    wizard.queue.submit(lambda: release.wait(30))  # a slow server: the write waits behind this job
    try:
        step.state_panel.decision_edit.setText("03/10/2024")
        step.state_panel.decision_edit.editingFinished.emit()  # returned at once: not stored yet
        assert str(get_followup(main_window.db, dossier_id).decision_on) != "2024-10-03"

        def saving():
            return any(isinstance(w, QProgressDialog) and w.objectName() == "writeProgress" and w.isVisible()
                       for w in QApplication.topLevelWidgets())

        qtbot.waitUntil(saving, timeout=10000)  # after a second: « Enregistrement… »
    finally:
        release.set()
    settle(wizard)
    assert str(get_followup(main_window.db, dossier_id).decision_on) == "2024-10-03"


def test_a_member_answer_opened_from_the_list_is_checked_off_the_ui_thread(qtbot, main_window, monkeypatch, tmp_path):
    """Opening a dossier from the list asks whether it is a member's answer in the wizard's background queue;
    a member's answer then shows in the member wizard, any other dossier in the wizard."""
    import datetime as dt

    from esms_desktop.storage import member_desk, member_requests
    from esms_desktop.ui.member.member_wizard import MemberWizard
    from esms_desktop.ui.wizard.wizard_view import WizardView

    from conftest import EXAMPLE

    db = main_window.db
    porteur_id = import_file(db, EXAMPLE)
    request = tmp_path / "demande.esms-og"
    today = dt.date(2024, 3, 1)
    og_id = member_requests.og_id_by_finess(db, porteur_id, "710000548")
    member_requests.write_request(db, porteur_id, og_id, request, today, b"%PDF-1.4 lettre")
    member_id = member_desk.open_request(db, request, today)  # her answer, in this same database
    import sys

    gui, threads = threading.get_ident(), []
    original = member_desk.member_desk

    def watched(*a, **k):
        if sys._getframe(1).f_code.co_filename.endswith("main_window.py"):  # the window's check (not the
            threads.append(threading.get_ident())                           # member wizard's own reads)
        return original(*a, **k)

    monkeypatch.setattr(member_desk, "member_desk", watched)

    main_window.open_dossier(member_id)
    qtbot.waitUntil(lambda: isinstance(main_window.wizard, MemberWizard))
    settle(main_window.wizard)
    main_window.open_dossier(porteur_id)
    settle(main_window.wizard)
    assert isinstance(main_window.wizard, WizardView) and main_window.wizard.stack.isEnabled()
    assert len(threads) >= 2 and gui not in threads
