"""The first « La grappe » page through the real widgets: add, edit and remove OGs and ESSMS."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox, QMessageBox

from esms_desktop.storage.dossiers import create_dossier
from esms_desktop.storage.grappe import list_grappe


from conftest import settle  # noqa: E402


def _ok(dialog):
    return dialog.buttons.button(QDialogButtonBox.StandardButton.Ok)


def _leave(edit):
    """The user leaves the field (Tab): what is still wrong with the number shows."""
    from PySide6.QtCore import QEvent
    from PySide6.QtGui import QFocusEvent
    from PySide6.QtWidgets import QApplication

    QApplication.sendEvent(edit, QFocusEvent(QEvent.Type.FocusOut, Qt.FocusReason.TabFocusReason))


def test_build_a_small_grappe(qtbot, main_window, answer_modal, monkeypatch):
    dossier_id = create_dossier(main_window.db, "Essai", 2024)
    main_window.open_dossier(dossier_id)
    wizard = main_window.wizard
    settle(wizard)
    qtbot.mouseClick(wizard.next_button, Qt.MouseButton.LeftButton)
    settle(wizard)
    step = wizard.current_step()
    assert step.key == "grappe"
    assert wizard.step_list.item(1).data(Qt.ItemDataRole.UserRole) == "empty"

    seen = {}

    def fill_og(dialog):
        qtbot.keyClicks(dialog.finess.edit, "71000054")  # 8 digits: still being typed, not accepted yet
        seen["typing"] = (dialog.finess.error.isVisible(), _ok(dialog).isEnabled())
        _leave(dialog.finess.edit)  # left with 8 digits: refused where typed
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
    settle(wizard)
    assert seen["typing"] == (False, False)
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
    settle(wizard)
    assert seen["department"].startswith("71 — ")

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
    settle(wizard)
    assert list_grappe(main_window.db, dossier_id)[0].essms[0].name == "IME Chanteloup Hurigny"

    # remove it, after confirming
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Yes)
    qtbot.mouseClick(step.remove_button, Qt.MouseButton.LeftButton)
    settle(wizard)
    assert list_grappe(main_window.db, dossier_id)[0].essms == ()
    assert wizard.step_list.item(1).data(Qt.ItemDataRole.UserRole) == "partial"


# --- the OG and ESSMS forms -------------------------------------------------------------------------


def _step(qtbot, db, dossier_id):
    from esms_desktop.ui.autosave import Autosaver
    from esms_desktop.ui.wizard.grappe_step import GrappeStep
    from esms_desktop.ui.wizard.step import WizardContext

    step = GrappeStep(WizardContext(db, dossier_id, Autosaver()))
    qtbot.addWidget(step)
    step.show()
    step.load()
    return step


def test_finess_reason_shows_under_the_field(qtbot, french):
    from esms_desktop.i18n import render
    from esms_desktop.rules.identity.finess import check_finess
    from esms_desktop.ui.wizard.essms_form import EssmsDialog

    dialog = EssmsDialog()
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.keyClicks(dialog.finess.edit, "21001074")  # 8 characters: no error while typing...
    assert not dialog.finess.error.isVisible() and not _ok(dialog).isEnabled()
    _leave(dialog.finess.edit)  # ...but the length is said when the field is left
    assert dialog.finess.error.isVisible()
    assert dialog.finess.error.text() == render(check_finess("21001074").reason)
    assert "9 caractères" in dialog.finess.error.text()  # in French
    assert not _ok(dialog).isEnabled()
    qtbot.keyClicks(dialog.finess.edit, "1")  # 210010741: the key should be 0
    assert "0" in dialog.finess.error.text() and dialog.finess.error.isVisible()
    dialog.finess.edit.setText("210010740")
    dialog.name_edit.setText("EHPAD")
    assert not dialog.finess.error.isVisible() and _ok(dialog).isEnabled()
    assert dialog.department_label.text() == "21 — Côte-d'Or (Bourgogne-Franche-Comté)"


def test_finess_wrong_characters_show_while_typing(qtbot, french):
    from esms_desktop.ui.wizard.essms_form import EssmsDialog

    dialog = EssmsDialog()
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.keyClicks(dialog.finess.edit, "21O")  # a letter O for a zero: said at once
    assert dialog.finess.error.isVisible() and "O" in dialog.finess.error.text()
    dialog.finess.edit.clear()
    qtbot.keyClicks(dialog.finess.edit, "0012")  # no department starts with 00: said at once
    assert dialog.finess.error.isVisible() and "00" in dialog.finess.error.text()
    dialog.finess.edit.clear()
    qtbot.keyClicks(dialog.finess.edit, "97")  # may become 9701 (Guadeloupe): nothing yet
    assert not dialog.finess.error.isVisible()
    qtbot.keyClicks(dialog.finess.edit, "01000")  # 7 digits, all possible so far
    assert not dialog.finess.error.isVisible() and not _ok(dialog).isEnabled()
    qtbot.keyClicks(dialog.finess.edit, "123")  # 10 characters: too long, said at once
    assert dialog.finess.error.isVisible() and "10" in dialog.finess.error.text()


def test_og_form_checks_siret_and_email_and_stores_every_field(qtbot, db, answer_modal):
    dossier_id = create_dossier(db, "Essai", 2024)
    step = _step(qtbot, db, dossier_id)
    seen = {}

    def fill(dialog):
        dialog.finess.setText("710000548")
        dialog.name_edit.setText("Les Papillons Blancs de Mâcon")
        qtbot.keyClicks(dialog.siret.edit, "77999999900012")  # key wrong
        seen["siret"] = (dialog.siret.error.isVisible(), _ok(dialog).isEnabled())
        dialog.siret.setText("779 999 994 00014")
        qtbot.keyClicks(dialog.contact_email.edit, "s.lambert@")
        seen["email"] = (dialog.contact_email.error.isVisible(), _ok(dialog).isEnabled())
        qtbot.keyClicks(dialog.contact_email.edit, "exemple.fr")
        dialog.legal_combo.setCurrentIndex(dialog.legal_combo.findData("prive_non_lucratif"))
        dialog.rgpd_combo.setCurrentIndex(dialog.rgpd_combo.findData("in_progress"))
        dialog.dpo_combo.setCurrentIndex(dialog.dpo_combo.findData("done"))
        seen["agreement_enabled"] = dialog.agreement_check.isEnabled()
        dialog.entity_edit.setText("Unapei")
        dialog.agreement_check.setChecked(True)
        dialog.equipment_check.setChecked(True)
        seen["purchasing"] = dialog.purchasing_check.isEnabled()
        qtbot.mouseClick(_ok(dialog), Qt.MouseButton.LeftButton)

    answer_modal(fill)
    qtbot.mouseClick(step.add_og_button, Qt.MouseButton.LeftButton)
    assert seen["siret"] == (True, False) and seen["email"] == (True, False)
    assert seen["agreement_enabled"] is False  # no national entity named yet
    assert seen["purchasing"] is False  # 2024 offers no AMOA for the purchasing procedure (001)
    og = list_grappe(db, dossier_id)[0]
    assert (og.siret, og.contact_email, og.legal_status, og.rgpd_status, og.it_charter) == (
        "77999999400014", "s.lambert@exemple.fr", "prive_non_lucratif", "in_progress", "not_started")
    assert (og.dpo_designated, og.national_entity, og.national_agreement, og.funding_equipment, og.is_porteur) == (
        True, "Unapei", True, True, True)


def test_essms_form_sector_follows_the_category_unless_changed(qtbot):
    from esms_desktop.ui.wizard.essms_form import EssmsDialog

    dialog = EssmsDialog(values={"finess_et": "710785262", "name": "IME", "category_code": "183", "sector": "PH"})
    qtbot.addWidget(dialog)
    assert dialog.sector_combo.currentData() == "PH" and not dialog.sector_combo.isEnabled()
    dialog.category_edit.setText("500")  # EHPAD: personnes âgées
    assert dialog.sector_combo.currentData() == "PA"
    assert dialog.values()["category_label"] == "Etablissement d'hébergement pour personnes âgées dépendantes"
    dialog.override_check.setChecked(True)
    assert dialog.sector_combo.isEnabled()
    dialog.sector_combo.setCurrentIndex(dialog.sector_combo.findData("DOM"))
    values = dialog.values()
    assert (values["sector"], values["sector_override"]) == ("DOM", True)
    dialog.override_check.setChecked(False)
    assert dialog.values()["sector"] == "PA" and not dialog.values()["sector_override"]


def test_essms_already_in_the_grappe_is_refused(qtbot, db, example_id):
    from esms_desktop.ui.wizard.essms_form import EssmsDialog

    step = _step(qtbot, db, example_id)
    dialog = EssmsDialog(step, existing=step._existing())
    qtbot.addWidget(dialog)
    dialog.finess.setText("890002686")
    dialog.name_edit.setText("EHPAD")
    assert not dialog.duplicate_error.isHidden() and "Résidences Maurice Villatte" in dialog.duplicate_error.text()
    assert not _ok(dialog).isEnabled()
