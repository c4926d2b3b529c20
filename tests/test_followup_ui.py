"""Through the real widgets: the example is marked retenu, the avance entered, a year of measures
imported; the chart and what is missing for the solde are shown; the candidature is locked."""

from __future__ import annotations

import json

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFileDialog

from esms_desktop.storage.followup import get_followup
from esms_desktop.storage.usage_measures import list_measures
from tests.conftest import ROOT

TWIN = ROOT / "resources" / "examples" / "exemple-grappe-bfc-retenu.json"


from conftest import settle  # noqa: E402


def year_of_measures(tmp_path):
    """The retenu twin's twelve months of measures as a DUI export (CSV, French headers)."""
    measures = json.loads(TWIN.read_text(encoding="utf-8"))["dossier"]["usage_measures"]
    keys = sorted(measures[0]["counts"])
    lines = [";".join(["FINESS ET", "Mois", *keys])]
    lines += [";".join([m["finess_et"], m["month"], *(str(m["counts"][k]) for k in keys)]) for m in measures]
    path = tmp_path / "export-dui.csv"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path, len(measures)


def test_the_life_of_the_example(main_window, qtbot, answer_modal, tmp_path, monkeypatch):
    window = main_window
    qtbot.mouseClick(window.list_view.example_button, qtbot_button())
    settle(main_window.wizard)
    wizard = window.wizard
    wizard.go_to_step("suivi")
    settle(main_window.wizard)
    step = wizard.current_step()
    assert step.key == "suivi" and not step.tabs.isTabEnabled(3)  # en préparation: only the decision

    # mark it filed then retenu, with the amount awarded and the convention
    panel = step.state_panel
    panel.state_combo.setCurrentIndex(panel.state_combo.findData("filed"))
    settle(main_window.wizard)
    panel.filed_edit.setText("28/05/2024")
    settle(main_window.wizard)
    panel.filed_edit.editingFinished.emit()
    settle(main_window.wizard)
    panel.state_combo.setCurrentIndex(panel.state_combo.findData("selected"))
    settle(main_window.wizard)
    panel.awarded_edit.setText("580000")
    settle(main_window.wizard)
    panel.awarded_edit.editingFinished.emit()
    settle(main_window.wizard)
    panel.convention_edit.setText("14/10/2024")
    settle(main_window.wizard)
    panel.convention_edit.editingFinished.emit()
    settle(main_window.wizard)
    state = get_followup(window.db, wizard.dossier_id)
    assert (state.state, state.awarded_amount, str(state.convention_signed_on)) == ("selected", 580000, "2024-10-14")
    assert step.tabs.isTabEnabled(1) and step.tabs.isTabEnabled(3)
    assert not wizard.steps[1].isEnabled()  # La grappe: readable, locked
    wizard.go_to_step("grappe")
    settle(main_window.wizard)
    assert wizard.lock_banner.isVisible() and "Rouvrir" in wizard.lock_banner.text()
    wizard.go_to_step("suivi")
    settle(main_window.wizard)

    # the avance
    step.tabs.setCurrentIndex(1)
    settle(main_window.wizard)
    money = step.money_panel
    money.avance_date.setText("06/11/2024")
    settle(main_window.wizard)
    money.avance_amount.setText("290000")
    settle(main_window.wizard)
    money.avance_amount.editingFinished.emit()
    settle(main_window.wizard)
    assert get_followup(window.db, wizard.dossier_id).money["avance"] == {"date": "2024-11-06", "amount": 290000}
    assert "290\u202f000\u00a0€" in money.summary_label.text() and "reste à justifier" in money.summary_label.text()

    # a year of measures imported
    path, count = year_of_measures(tmp_path)
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(path), ""))
    step.tabs.setCurrentIndex(3)
    settle(main_window.wizard)
    usage = step.usage_panel
    seen = {}

    def import_all(dialog):
        seen["summary"] = dialog.summary.text()
        dialog.import_button.click()

    answer_modal(import_all)
    qtbot.mouseClick(usage.import_button, qtbot_button())
    settle(main_window.wizard)
    assert "152 mesures prêtes" in seen["summary"]
    assert len(list_measures(window.db, wizard.dossier_id)) == count == 152

    # the rates, the chart with its target line, what is missing, the readiness
    assert usage.tabs.currentIndex() == 0
    esat = next(r for r in range(usage.rates_table.rowCount()) if usage.rates_table.item(r, 0).text() == "ESAT AILLANT SUR THOLON")
    dmp_col = 3
    assert usage.rates_table.horizontalHeaderItem(dmp_col).text() == "DMP"
    assert usage.rates_table.item(esat, dmp_col).text() == "60,4\u00a0%"  # 58 / 96 at 10/2026
    assert usage.indicator_combo.currentData() == "dmp" and usage.essms_combo.currentData() == "890007784"
    assert usage.chart.series_names == ["Grappe", "ESAT AILLANT SUR THOLON", "Cible 70\u00a0%"]
    missing = usage.missing_view.toPlainText()
    assert "ESAT AILLANT SUR THOLON" in missing and "Taux d'utilisation du DMP : 60,4" in missing
    assert "encore 10 « DMP alimentés avec au moins un document »" in " ".join(missing.split())
    assert "ne peut pas encore être demandé" in usage.status_label.text()


def test_a_retenu_dossier_opens_on_its_follow_up(main_window, qtbot):
    qtbot.mouseClick(main_window.list_view.selected_example_button, qtbot_button())
    settle(main_window.wizard)
    wizard = main_window.wizard
    assert wizard.current_step().key == "suivi"
    assert not wizard.steps[0].isEnabled()


def test_a_refused_cell_is_said_and_not_stored(main_window, qtbot):
    qtbot.mouseClick(main_window.list_view.selected_example_button, qtbot_button())
    settle(main_window.wizard)
    step = main_window.wizard.current_step()
    step.tabs.setCurrentIndex(3)
    settle(main_window.wizard)
    usage = step.usage_panel
    usage.tabs.setCurrentIndex(1)
    settle(main_window.wizard)
    usage.essms_combo.setCurrentIndex(usage.essms_combo.findData("890007784"))
    settle(main_window.wizard)
    before = list_measures(main_window.db, main_window.wizard.dossier_id)
    dmp = 1 + [c.key for c in usage.campaign.usage_counts].index("dmp_alimentes")
    usage.grid.item(0, dmp).setText("500")  # more DMP fed than persons (96)
    settle(main_window.wizard)
    assert "dépasse" in usage.error_label.text()
    assert list_measures(main_window.db, main_window.wizard.dossier_id) == before


def qtbot_button():
    from PySide6.QtCore import Qt

    return Qt.MouseButton.LeftButton


def test_a_deployment_past_the_limit_is_warned(main_window, qtbot):
    qtbot.mouseClick(main_window.list_view.selected_example_button, qtbot_button())
    settle(main_window.wizard)
    step = main_window.wizard.current_step()
    step.tabs.setCurrentIndex(2)
    settle(main_window.wizard)
    panel = step.deployment_panel
    assert "01/04/2026" in panel.limit_label.text() and panel.warning_label.isHidden()
    # wave 3 planned 01/11 → 13/12/2025; its real start typed 01/03/2026: 120 days late → expected 12/04/2026
    panel.table.item(2, 4).setText("01/03/2026")
    settle(main_window.wizard)
    panel.table.item(2, 5).setText("")
    settle(main_window.wizard)
    state = get_followup(main_window.db, main_window.wizard.dossier_id)
    assert state.deployment["waves"]["3"] == {"start": "2026-03-01", "end": None}
    assert panel.table.item(2, 6).text() == "12/04/2026" and panel.table.item(2, 7).text() == "au-delà de la limite"
    assert not panel.warning_label.isHidden()
    assert "La vague 3 devrait s'achever le 12/04/2026, après la limite du 01/04/2026" in panel.warning_label.text()


# --- the money tab's dialogs: expenses, redistribution, solde; the rework copy -------------------------


def money_tab(main_window):
    qtbot_click(main_window.list_view.selected_example_button)
    settle(main_window.wizard)
    step = main_window.wizard.current_step()
    step.tabs.setCurrentIndex(1)
    settle(main_window.wizard)
    return step, step.money_panel


def qtbot_click(button):
    button.click()


def shown_expenses(money):
    t = money.expenses_table
    return [tuple(t.item(r, c).text() for c in range(t.columnCount())) for r in range(t.rowCount())]


def test_paid_expenses_listed_per_line_modified_removed_and_undone(main_window, qtbot, answer_modal, tmp_path,
                                                                   monkeypatch):
    from PySide6.QtWidgets import QMessageBox

    from esms_desktop.storage import documents

    step, money = money_tab(main_window)
    db, dossier_id = main_window.wizard.db, main_window.wizard.dossier_id
    # the twin's 10 expenses, all listed until a budget line is chosen
    assert money.expenses_table.rowCount() == 10
    # line 5 (index 4), the editor's set-up: its one paid expense, with its invoice
    money.lines_table.setCurrentCell(4, 0)
    assert shown_expenses(money) == [(
        "Éditeur : mise en place, paramétrage, référentiels et raccordement aux services socles", "30/06/2025",
        "Éditeur : mise en place, paramétrage, référentiels et raccordement aux services socles",
        "96\u202f000\u00a0€", "payée", money.expenses[2].invoice_name)]
    assert money.expenses[2].invoice_name.endswith(".pdf")
    assert "Dépenses de « Éditeur : mise en place" in money.expenses_title.text()

    # add a paid expense on that line, with its invoice: a refused dialog first (no date), then filled
    invoice = tmp_path / "facture-parametrage-2.pdf"
    invoice.write_bytes(b"%PDF-1.4\n% facture\n%%EOF\n")
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(invoice), ""))
    seen = {}

    def fill(dialog):
        assert dialog.line_combo.currentData() == 4  # the line selected in the table
        dialog.label_edit.setText("Éditeur EMSN : paramétrage, 2e tranche")
        dialog.amount_edit.setText("12 500")
        dialog.accept()  # paid with no date: said in the dialog, which stays open
        seen["error"] = dialog.error_label.text()
        assert dialog.isVisible()
        dialog.date_edit.setText("15/01/2026")
        dialog.browse_button.click()
        dialog.accept()

    answer_modal(fill)
    qtbot.mouseClick(money.add_expense_button, Qt.MouseButton.LeftButton)
    settle(main_window.wizard)
    assert seen["error"] == "Indiquez la date à laquelle la dépense a été payée."
    stored = get_followup(db, dossier_id).money["expenses"]
    assert len(stored) == 11 and stored[-1]["amount"] == 12500 and stored[-1]["date"] == "2026-01-15"
    assert stored[-1]["invoice"] is not None
    assert shown_expenses(money)[-1] == ("Éditeur : mise en place, paramétrage, référentiels et raccordement aux "
                                         "services socles", "15/01/2026", "Éditeur EMSN : paramétrage, 2e tranche",
                                         "12\u202f500\u00a0€", "payée", "facture-parametrage-2.pdf")
    # the planned / committed / paid table and what is left follow: 96 000 + 12 500 paid on that line;
    # paid in all 277 000 + 12 500 = 289 500 €, left to justify 580 000 − 289 500 = 290 500 €
    assert money.lines_table.item(4, 3).text() == "108\u202f500\u00a0€"
    assert money.lines_table.item(4, 4).text() == "2"
    assert "Payé : 289\u202f500\u00a0€ ; reste à justifier : 290\u202f500\u00a0€" in money.summary_label.text()

    # modify it: 12 500 → 11 800 € (the invoice kept)
    money.expenses_table.setCurrentCell(1, 0)

    def modify(dialog):
        assert dialog.windowTitle() == "Modifier la dépense"
        assert dialog.amount_edit.text() == "12\u202f500" and dialog.invoice_edit.text() == "facture-parametrage-2.pdf"
        dialog.amount_edit.setText("11800")
        dialog.accept()

    answer_modal(modify)
    qtbot.mouseClick(money.edit_expense_button, Qt.MouseButton.LeftButton)
    settle(main_window.wizard)
    assert get_followup(db, dossier_id).money["expenses"][-1]["amount"] == 11800
    assert get_followup(db, dossier_id).money["expenses"][-1]["invoice"] == stored[-1]["invoice"]
    assert money.lines_table.item(4, 3).text() == "107\u202f800\u00a0€"
    assert "reste à justifier : 291\u202f200\u00a0€" in money.summary_label.text()

    # remove it: confirmed first (« non » keeps it), then removed with its invoice
    invoices = lambda: [d.file_name for d in documents.list_documents(db, dossier_id, "invoice")]  # noqa: E731
    assert "facture-parametrage-2.pdf" in invoices()
    asked = []
    monkeypatch.setattr(QMessageBox, "question", lambda _p, _t, text, *a, **k: asked.append(text) or QMessageBox.StandardButton.No)
    money.expenses_table.setCurrentCell(1, 0)
    qtbot.mouseClick(money.remove_expense_button, Qt.MouseButton.LeftButton)
    settle(main_window.wizard)
    assert len(get_followup(db, dossier_id).money["expenses"]) == 11
    assert "« Éditeur EMSN : paramétrage, 2e tranche » de 11\u202f800\u00a0€ (15/01/2026)" in asked[0]
    assert "facture-parametrage-2.pdf" in asked[0]
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Yes)
    qtbot.mouseClick(money.remove_expense_button, Qt.MouseButton.LeftButton)
    settle(main_window.wizard)
    assert len(get_followup(db, dossier_id).money["expenses"]) == 10
    assert "facture-parametrage-2.pdf" not in invoices()
    assert money.expenses_table.rowCount() == 1 and money.lines_table.item(4, 3).text() == "96\u202f000\u00a0€"

    # Édition ▸ Annuler brings the expense back, with its invoice, and the window shows it again
    edit = main_window.edit_menu
    assert edit.undo_action.text() == "&Annuler : supprimer la dépense « Éditeur EMSN : paramétrage, 2e tranche »"
    edit.undo_action.trigger()
    settle(main_window.wizard)
    assert get_followup(db, dossier_id).money["expenses"][-1]["amount"] == 11800
    assert "facture-parametrage-2.pdf" in invoices()
    assert main_window.wizard.current_step().money_panel is money  # the same panel, shown again
    assert [row[2] for row in shown_expenses(money)][-1] == "Éditeur EMSN : paramétrage, 2e tranche"
    assert money.lines_table.item(4, 3).text() == "107 800 €"
    assert len(list_measures(db, dossier_id)) == 152  # the usage measures survive the undo


def test_redistribution_and_solde_typed_in_the_money_tab(main_window, qtbot):
    step, money = money_tab(main_window)
    db, dossier_id = main_window.wizard.db, main_window.wizard.dossier_id
    # what Les Papillons Blancs received: 85 000 → 90 000 € on 05/12/2024
    table = money.redistribution_table
    row = next(r for r in range(table.rowCount()) if table.item(r, 0).text() == "Les Papillons Blancs de Mâcon")
    table.item(row, 1).setText("05/12/2024")
    settle(main_window.wizard)
    table.item(row, 2).setText("90 000")
    settle(main_window.wizard)
    given = {r["og"]: r for r in get_followup(db, dossier_id).money["redistribution"]}
    assert given["710000548"] == {"og": "710000548", "date": "2024-12-05", "amount": 90000}
    # redistributed: 90 000 + 38 000 + 17 000 = 145 000 €
    assert "Reversé aux membres : 145\u202f000\u00a0€" in money.summary_label.text()
    # a date that is not one: said, nothing stored
    table.item(row, 1).setText("31/13/2024")
    settle(main_window.wizard)
    assert money.error_label.text() == "Une date s'écrit jour/mois/année, par exemple 06/11/2024."
    assert {r["og"]: r for r in get_followup(db, dossier_id).money["redistribution"]}["710000548"]["date"] == "2024-12-05"

    # the solde requested, then received: stored, and the summary says it
    money.receipt_dates["solde_requested"].setText("15/10/2026")
    money.receipt_amounts["solde_requested"].setText("290000")
    money.receipt_amounts["solde_requested"].editingFinished.emit()
    settle(main_window.wizard)
    money.receipt_dates["solde_received"].setText("10/12/2026")
    money.receipt_amounts["solde_received"].setText("290 000")
    money.receipt_amounts["solde_received"].editingFinished.emit()
    settle(main_window.wizard)
    stored = get_followup(db, dossier_id).money
    assert stored["solde_requested"] == {"date": "2026-10-15", "amount": 290000}
    assert stored["solde_received"] == {"date": "2026-12-10", "amount": 290000}
    assert "solde 290\u202f000\u00a0€" in money.summary_label.text()
    # the solde received completes the follow-up step
    from esms_desktop.ui.wizard.step import Completion

    assert step.completion() == Completion.COMPLETE


def test_a_non_retenu_dossier_is_reworked_for_the_next_window(main_window, qtbot, answer_modal):
    from esms_desktop.storage.dossiers import get_dossier

    qtbot_click(main_window.list_view.selected_example_button)
    settle(main_window.wizard)
    wizard = main_window.wizard
    source_id = wizard.dossier_id
    step = wizard.current_step()
    panel = step.state_panel
    panel.state_combo.setCurrentIndex(panel.state_combo.findData("rejected"))
    settle(main_window.wizard)
    panel.reasons_edit.setPlainText("Trajectoire d'usage insuffisamment étayée.")
    settle(main_window.wizard)
    assert get_followup(main_window.db, source_id).state == "rejected"
    assert panel.rework_button.isVisible()

    def name_it(dialog):
        assert dialog.textValue() == "Exemple retenu — Grappe DUI Yonne-Saône-et-Loire 2024 (à retravailler)"
        dialog.setTextValue("Grappe DUI Yonne-Saône-et-Loire — fenêtre 2025")
        dialog.accept()

    answer_modal(name_it)
    qtbot.mouseClick(panel.rework_button, Qt.MouseButton.LeftButton)
    settle(main_window.wizard)
    qtbot.waitUntil(lambda: main_window.wizard.dossier_id != source_id)  # the window opens the copy (queued)
    settle(main_window.wizard)  # the copy opened, its steps (locked or not) once loaded
    copy = get_dossier(main_window.db, main_window.wizard.dossier_id)
    # stored: a copy en préparation, without the follow-up or the measures; the source stays non retenu
    assert copy.id != source_id and copy.name == "Grappe DUI Yonne-Saône-et-Loire — fenêtre 2025"
    assert get_followup(main_window.db, copy.id).state == "preparation"
    assert list_measures(main_window.db, copy.id) == []
    assert get_followup(main_window.db, source_id).state == "rejected"
    # the window shows the copy, its candidature editable (en préparation)
    assert main_window.wizard.steps[0].isEnabled()
    assert "fenêtre 2025" in main_window.windowTitle()
