"""The steps « Solution DUI », « Pièces du dossier » and « Vérification » through their real widgets."""

from __future__ import annotations

import hashlib

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QApplication, QFileDialog, QMessageBox

from esms_desktop.i18n import render
from esms_desktop.rules.identity import rib
from esms_desktop.storage import documents, solution
from esms_desktop.storage.grappe import list_grappe, update_og

from conftest import settle


@pytest.fixture
def example_window(main_window, qtbot):
    main_window.open_example()
    main_window.activateWindow()
    qtbot.waitUntil(lambda: main_window.wizard is not None)
    settle(main_window.wizard)
    return main_window


def reopen(window):
    window.open_dossier(window.wizard.dossier_id)
    window.activateWindow()
    settle(window.wizard)
    return window.wizard


def test_example_is_admissible_and_the_summary_says_so(example_window, qtbot):
    wizard = example_window.wizard
    qtbot.waitUntil(lambda: wizard.check_summary.report is not None)
    assert wizard.check_summary.report.admissible and wizard.check_summary.text().startswith("✔")
    wizard.go_to_step("verification")
    settle(example_window.wizard)
    step = wizard.current_step()
    assert step.key == "verification" and step.report.admissible
    from esms_desktop.ui.verification.criteria_view import is_fact

    # every criterion links to its step, except a fact that is « no » (nothing to improve: shown neutral)
    assert set(step.criteria_view.link_buttons) == {c.key for c in step.report.criteria
                                                    if not (is_fact(c) and c.state == "not_met")}
    qtbot.mouseClick(wizard.check_summary, Qt.MouseButton.LeftButton)  # from any step, opens the check
    settle(example_window.wizard)
    assert wizard.current_step().key == "verification"


def test_links_of_the_findings_land_on_the_field_to_fix(example_window, qtbot):
    db, dossier_id = example_window.db, example_window.wizard.dossier_id
    for doc in documents.list_documents(db, dossier_id):
        if doc.kind in ("rib", "engagement_letter"):
            documents.remove_document(db, doc.id)
    update_og(db, list_grappe(db, dossier_id)[0].id, dpo_designated=False)
    solution.update_solution(db, dossier_id, services_socles=["ins", "psc"])
    wizard = reopen(example_window)
    qtbot.waitUntil(lambda: wizard.check_summary.report is not None)
    assert wizard.check_summary.report.blocking_count == 4 and wizard.check_summary.text().startswith("✖")

    def follow(key: str):
        wizard.go_to_step("verification")
        settle(wizard)
        step = wizard.current_step()
        assert key in {c.key for c in step.report.blocking}
        qtbot.mouseClick(step.criteria_view.link_buttons[key], Qt.MouseButton.LeftButton)
        settle(wizard)
        return wizard.current_step()

    page = follow("admissibility.engagement_letters")
    assert page.key == "pieces"
    qtbot.waitUntil(lambda: QApplication.focusWidget() is page.letter_button_0)
    page = follow("admissibility.rib")
    qtbot.waitUntil(lambda: QApplication.focusWidget() is page.rib_file_button)
    page = follow("admissibility.services_socles")
    assert page.key == "solution"
    qtbot.waitUntil(lambda: QApplication.focusWidget() is page.dmp_check)
    page = follow("admissibility.dpo")
    assert page.key == "grappe"  # the OG's DPO is edited in its dialog: the link selects that OG in the tree
    qtbot.waitUntil(lambda: QApplication.focusWidget() is page.tree)
    assert page.tree.currentItem() is page.tree.topLevelItem(0)


def _between(step, label, above, below) -> bool:
    y = label.mapTo(step, QPoint(0, 0)).y()
    return above.mapTo(step, QPoint(0, 0)).y() < y < below.mapTo(step, QPoint(0, 0)).y()


def test_iban_and_bic_errors_are_shown_under_the_field_typed(example_window, qtbot):
    wizard = example_window.wizard
    wizard.go_to_step("pieces")
    settle(example_window.wizard)
    step = wizard.current_step()
    iban, bic, errors = step.rib_iban_edit, step.rib_bic_edit, step.rib_errors
    assert not errors["iban"].isVisible() and not errors["bic"].isVisible()  # the example's RIB is right
    iban.clear()
    qtbot.keyClicks(iban, "FR7630006000011234567890188")  # one digit wrong
    qtbot.keyClick(iban, Qt.Key.Key_Return)
    settle(example_window.wizard)
    assert errors["iban"].isVisible()
    assert errors["iban"].text() == render(rib.iban_error("FR7630006000011234567890188"))
    assert _between(step, errors["iban"], iban, bic)
    assert iban.property("invalid") is True
    iban.clear()
    qtbot.keyClicks(iban, "FR76 3000 6000 0112 3456 7890 189")
    assert not errors["iban"].isVisible()  # right again: the error goes while typing
    bic.clear()
    qtbot.keyClicks(bic, "AGR1FRPP")
    qtbot.keyClick(bic, Qt.Key.Key_Return)
    settle(example_window.wizard)
    assert errors["bic"].isVisible() and errors["bic"].text() == render(rib.bic_error("AGR1FRPP"))
    assert errors["bic"].mapTo(step, QPoint(0, 0)).y() > bic.mapTo(step, QPoint(0, 0)).y()
    wizard.flush()
    stored = documents.get_rib(example_window.db, wizard.dossier_id)
    assert (stored.iban, stored.bic) == ("FR7630006000011234567890189", "AGR1FRPP")


def test_attach_and_remove_a_letter_through_the_step(example_window, qtbot, monkeypatch, tmp_path):
    db, dossier_id = example_window.db, example_window.wizard.dossier_id
    letter_of_og_1 = next(d for d in documents.list_documents(db, dossier_id) if d.kind == "engagement_letter")
    documents.remove_document(db, letter_of_og_1.id)
    settle(example_window.wizard)
    wizard = reopen(example_window)
    wizard.go_to_step("pieces")
    settle(example_window.wizard)
    step = wizard.current_step()
    path = tmp_path / "lettre-signee.pdf"
    path.write_bytes(b"%PDF-1.4 signed")
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(path), ""))
    qtbot.mouseClick(step.letter_button_0, Qt.MouseButton.LeftButton)
    settle(example_window.wizard)
    added = [d for d in documents.list_documents(db, dossier_id) if d.file_name == "lettre-signee.pdf"]
    assert len(added) == 1 and added[0].sha256 == hashlib.sha256(b"%PDF-1.4 signed").hexdigest()
    qtbot.waitUntil(lambda: wizard.check_summary.report is not None and wizard.check_summary.report.admissible)
    slot = next(s for s in step.slots if s.attach_button is step.letter_button_0)
    assert slot.state() == "present"
    opened = []
    monkeypatch.setattr(QDesktopServices, "openUrl", lambda url: opened.append(url.toLocalFile()) or True)
    from PySide6.QtWidgets import QScrollArea

    button = slot.file_buttons("open")[0]
    qtbot.wait(100)  # the page is longer than the window: lay it out, then scroll to the button
    step.findChild(QScrollArea).ensureWidgetVisible(button)
    qtbot.wait(100)
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)  # a copy, opened by the system
    settle(example_window.wizard)
    assert len(opened) == 1 and open(opened[0], "rb").read() == b"%PDF-1.4 signed"
    asked = []
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: asked.append(a) or QMessageBox.StandardButton.Yes)
    qtbot.mouseClick(slot.file_buttons("remove")[0], Qt.MouseButton.LeftButton)
    settle(example_window.wizard)
    assert asked and not [d for d in documents.list_documents(db, dossier_id) if d.file_name == "lettre-signee.pdf"]


def test_galis_helper_copies_and_exports(example_window, qtbot, monkeypatch, tmp_path):
    wizard = example_window.wizard
    wizard.go_to_step("verification")
    settle(example_window.wizard)
    galis = wizard.current_step().galis_view
    finess_row = 1  # applicant: name, then FINESS EJ of the porteur
    qtbot.mouseClick(galis.copy_buttons[finess_row], Qt.MouseButton.LeftButton)
    settle(example_window.wizard)
    assert QApplication.clipboard().text() == "890001548"
    for name in ("galis.md", "galis.pdf"):
        target = tmp_path / name
        monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, t=target, **k: (str(t), ""))
        galis.export()
        assert target.exists()
    assert "890001548" in (tmp_path / "galis.md").read_text(encoding="utf-8")
    assert (tmp_path / "galis.pdf").read_bytes().startswith(b"%PDF")


def test_solution_step_stores_its_choices(example_window, qtbot):
    wizard = example_window.wizard
    wizard.go_to_step("solution")
    settle(example_window.wizard)
    step = wizard.current_step()
    qtbot.mouseClick(step.mss_check, Qt.MouseButton.LeftButton)  # untick MSSanté
    settle(example_window.wizard)
    qtbot.mouseClick(step.plateforme_regionale_check, Qt.MouseButton.LeftButton)
    settle(example_window.wizard)
    step.software_edit.setText("Autre DUI")
    step.software_edit.textEdited.emit("Autre DUI")
    wizard.flush()
    stored = solution.get_solution(example_window.db, wizard.dossier_id)
    assert stored.services_socles == ("dmp", "ins", "eprescription", "plateforme_regionale")
    assert stored.software == "Autre DUI"
    assert "PATHOS" in step.referentials_needed.text()  # the 3 PA ESSMS need AGGIR and PATHOS


def test_the_galis_criterion_links_to_its_tab_not_to_the_step_itself(qtbot, example_window):
    """Criterion 2a is met in the example: its link names the GALIS tab beside the criteria (it used to say
    « Voir l'étape « Vérification » », the step one is on) and opens it."""
    wizard = example_window.wizard
    wizard.go_to_step("verification")
    settle(wizard)
    step = wizard.current_step()
    link = step.criteria_view.link_buttons["admissibility.galis"]
    assert link.text() == "→ Ouvrir l'onglet « Aide à la saisie GALIS »"
    assert step.tabs.currentWidget() is step.criteria_view
    qtbot.mouseClick(link, Qt.MouseButton.LeftButton)
    assert step.tabs.currentWidget() is step.galis_view
    others = [b.text() for k, b in step.criteria_view.link_buttons.items() if k != "admissibility.galis"]
    assert others and all("« Vérification »" not in text for text in others)
