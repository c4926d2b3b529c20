"""Through the real widgets: the example is marked retenu, the avance entered, a year of measures
imported; the chart and what is missing for the solde are shown; the candidature is locked."""

from __future__ import annotations

import json

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
    assert "10 de plus" in missing
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
