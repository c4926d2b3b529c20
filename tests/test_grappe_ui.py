"""The first « La grappe » page through the real widgets: add, edit and remove OGs and ESSMS."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox, QMessageBox

from esms_desktop.storage.dossiers import create_dossier
from esms_desktop.storage.grappe import list_grappe


def _ok(dialog):
    return dialog.buttons.button(QDialogButtonBox.StandardButton.Ok)


def test_build_a_small_grappe(qtbot, main_window, answer_modal, monkeypatch):
    dossier_id = create_dossier(main_window.db, "Essai", 2024)
    main_window.open_dossier(dossier_id)
    wizard = main_window.wizard
    qtbot.mouseClick(wizard.next_button, Qt.MouseButton.LeftButton)
    step = wizard.current_step()
    assert step.key == "grappe"
    assert wizard.step_list.item(1).data(Qt.ItemDataRole.UserRole) == "empty"

    seen = {}

    def fill_og(dialog):
        qtbot.keyClicks(dialog.finess.edit, "71000054")  # 8 digits: refused where typed
        seen["short"] = (dialog.finess.error.isVisible(), _ok(dialog).isEnabled(), dialog.finess.error.text())
        qtbot.keyClicks(dialog.finess.edit, "9")  # 710000549: wrong key
        seen["key"] = (dialog.finess.error.isVisible(), _ok(dialog).isEnabled())
        dialog.finess.edit.clear()
        qtbot.keyClicks(dialog.finess.edit, "710000548")
        qtbot.keyClicks(dialog.name_edit, "Papillons Blancs")
        seen["good"] = (dialog.finess.error.isVisible(), _ok(dialog).isEnabled(), dialog.porteur_check.isChecked())
        qtbot.mouseClick(_ok(dialog), Qt.MouseButton.LeftButton)

    answer_modal(fill_og)
    qtbot.mouseClick(step.add_og_button, Qt.MouseButton.LeftButton)
    assert seen["short"][:2] == (True, False) and "9" in seen["short"][2]
    assert seen["key"] == (True, False)
    assert seen["good"] == (False, True, True)  # the first OG is proposed as porteur

    def fill_essms(dialog):
        qtbot.keyClicks(dialog.finess.edit, "710785262")
        qtbot.keyClicks(dialog.name_edit, "IME Chanteloup")
        dialog.sector_combo.setCurrentIndex(dialog.sector_combo.findData("PH"))
        dialog.persons_spin.setValue(74)
        seen["department"] = dialog.department_label.text()
        qtbot.mouseClick(_ok(dialog), Qt.MouseButton.LeftButton)

    answer_modal(fill_essms)
    qtbot.mouseClick(step.add_essms_button, Qt.MouseButton.LeftButton)
    assert seen["department"] == "71"

    ogs = list_grappe(main_window.db, dossier_id)
    assert [(o.finess_ej, o.name, o.is_porteur) for o in ogs] == [("710000548", "Papillons Blancs", True)]
    essms = ogs[0].essms[0]
    assert (essms.finess_et, essms.name, essms.sector, essms.department, essms.persons_accompanied) == (
        "710785262", "IME Chanteloup", "PH", "71", 74
    )
    assert wizard.step_list.item(1).data(Qt.ItemDataRole.UserRole) == "complete"
    assert step.summary.text() == "1 OG · 1 ESSMS"

    # edit the ESSMS (it is selected after being added)
    def rename(dialog):
        dialog.name_edit.setText("IME Chanteloup Hurigny")
        qtbot.mouseClick(_ok(dialog), Qt.MouseButton.LeftButton)

    answer_modal(rename)
    qtbot.mouseClick(step.edit_button, Qt.MouseButton.LeftButton)
    assert list_grappe(main_window.db, dossier_id)[0].essms[0].name == "IME Chanteloup Hurigny"

    # remove it, after confirming
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Yes)
    qtbot.mouseClick(step.remove_button, Qt.MouseButton.LeftButton)
    assert list_grappe(main_window.db, dossier_id)[0].essms == ()
    assert wizard.step_list.item(1).data(Qt.ItemDataRole.UserRole) == "partial"
