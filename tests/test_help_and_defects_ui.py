"""Aide ▸ Glossaire and the « ? » beside the fields (issue 21); the defects seen in the walkthrough."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QDialog, QMessageBox

from esms_desktop.storage import planning
from esms_desktop.storage.dossier_file import import_file
from esms_desktop.ui.glossary import TERMS, GlossaryDialog, WhatIsThis

from conftest import settle, EXAMPLE


def test_glossary_from_the_help_menu_explains_each_term(qtbot, main_window):
    titles = [a.text() for a in main_window.help_menu.actions()]
    assert "&Glossaire…" in titles
    main_window.glossary_action.trigger()
    settle(main_window.wizard)
    dialog = main_window.glossary
    qtbot.addWidget(dialog)
    settle(main_window.wizard)
    assert dialog.isVisible() and dialog.windowTitle() == "Glossaire"
    for term in ("SONS", "Prestation Ségur", "référencé Ségur", "services socles", "INS", "SAD", "GALIS",
                 "file active", "cas 1", "cas 2"):
        assert term in TERMS
        dialog.show_term(term)
        assert dialog.term_label.text() == term
        assert len(dialog.text_label.text()) > 60 and dialog.source_label.text().startswith("Source : ")
    dialog.show_term("file active")
    settle(main_window.wizard)
    assert "31/12" in dialog.text_label.text() and "sorties définitives" in dialog.text_label.text()
    # the search keeps the terms whose name or explanation holds the words
    dialog.search.setText("RESAH")
    settle(main_window.wizard)
    visible = [dialog.terms.item(r).text() for r in range(dialog.terms.count()) if not dialog.terms.item(r).isHidden()]
    assert visible == ["SAD"] and dialog.term_label.text() == "SAD"


def test_english_keeps_the_terms_french(qtbot, main_window):
    from esms_desktop import i18n

    i18n.install("en")
    settle(main_window.wizard)
    try:
        dialog = GlossaryDialog(None, "file active")
        qtbot.addWidget(dialog)
        assert dialog.term_label.text() == "file active"
        assert "definitive exits" in dialog.text_label.text()
    finally:
        i18n.install("fr")


def test_what_is_this_beside_the_fields(qtbot, main_window):
    from esms_desktop.ui.wizard.essms_form import EssmsDialog

    essms = EssmsDialog(None)
    qtbot.addWidget(essms)
    settle(main_window.wizard)
    helps = {b.term: b for b in essms.findChildren(WhatIsThis)}
    assert {"SONS", "file active"} <= set(helps)
    assert helps["SONS"].toolTip().startswith("Qu'est-ce que c'est ? SONS : Système ouvert non sélectif")
    dossier_id = import_file(main_window.db, EXAMPLE)
    main_window.open_dossier(dossier_id)
    settle(main_window.wizard)
    main_window.wizard.go_to_step("solution")
    settle(main_window.wizard)
    step = main_window.wizard.current_step()
    terms = {b.term for b in step.findChildren(WhatIsThis)}
    assert {"référencé Ségur", "services socles"} <= terms
    main_window.wizard.go_to_step("planning")
    settle(main_window.wizard)
    button = main_window.wizard.current_step().galis_help
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    settle(main_window.wizard)
    assert button.dialog.isVisible() and button.dialog.term_label.text() == "GALIS"
    button.dialog.close()
    settle(main_window.wizard)


def test_dates_are_whole_right_after_generating_the_planning(qtbot, main_window, answer_modal, monkeypatch):
    dossier_id = import_file(main_window.db, EXAMPLE)
    planning.replace_plan(main_window.db, dossier_id, [])
    settle(main_window.wizard)
    main_window.open_dossier(dossier_id)
    settle(main_window.wizard)
    main_window.resize(1280, 648)
    settle(main_window.wizard)
    main_window.wizard.go_to_step("planning")
    settle(main_window.wizard)
    step = main_window.wizard.current_step()
    assert step.model.rowCount() == 0

    def accept(dialog: QDialog):
        dialog.accept()

    answer_modal(accept)
    qtbot.mouseClick(step.generate_button, Qt.MouseButton.LeftButton)
    settle(main_window.wizard)
    qtbot.waitUntil(lambda: step.model.rowCount() > 0)
    settle(main_window.wizard)
    QApplication.processEvents()
    settle(main_window.wizard)
    from esms_desktop.ui.planning.task_model import END, START

    metrics = step.table.fontMetrics()
    for column in (START, END):
        text = step.model.index(0, column).data()
        assert len(text) == 10 and text[2] == "/"  # « 01/10/2024 », not elided
        assert step.table.columnWidth(column) >= metrics.horizontalAdvance(text)


def test_no_stray_question_mark_for_an_unknown_window(qtbot, main_window, monkeypatch):
    from esms_desktop.rules.grappe import composition

    monkeypatch.setattr(composition, "window_text", lambda campaign, scope: "?")
    monkeypatch.setattr("esms_desktop.ui.wizard.composition_panel.window_text", lambda campaign, scope: "?")
    dossier_id = import_file(main_window.db, EXAMPLE)
    main_window.open_dossier(dossier_id)
    settle(main_window.wizard)
    main_window.wizard.go_to_step("grappe")
    settle(main_window.wizard)
    panel = main_window.wizard.current_step().panel
    texts = " ".join(label.text() for label in panel.findChildren(type(main_window.status_label)))
    assert "dates non publiées dans le fichier de campagne" in texts and ", ?." not in texts


def test_one_essms_is_singular(qtbot, main_window):
    from esms_desktop.storage.dossiers import create_dossier
    from esms_desktop.storage.grappe import add_essms, add_og

    dossier_id = create_dossier(main_window.db, "Un seul", 2024)
    og = add_og(main_window.db, dossier_id, name="OG", finess_ej="710000548", is_porteur=True)
    add_essms(main_window.db, og, finess_et="710011685", name="IME", sector="PH")
    settle(main_window.wizard)
    main_window.open_dossier(dossier_id)
    settle(main_window.wizard)
    main_window.wizard.go_to_step("solution")
    settle(main_window.wizard)
    step = main_window.wizard.current_step()
    text = step.referentials_needed.text()
    assert "pour le 1 ESSMS PH" in text and "les 1 ESSMS" not in text


def test_the_pack_status_follows_a_language_change(qtbot, french, db, example_id, monkeypatch):
    """GIVEN a failed export said in French WHEN the language becomes English THEN the status reads English."""
    from esms_desktop import i18n
    from esms_desktop.ui.autosave import Autosaver
    from esms_desktop.ui.pack import export_worker
    from esms_desktop.ui.pack.pack_step import PackStep
    from esms_desktop.ui.wizard.step import WizardContext

    page = PackStep(WizardContext(db, example_id, Autosaver()))
    qtbot.addWidget(page)
    page.show()
    page.load()
    monkeypatch.setattr(export_worker, "build_pack_snapshot", lambda _d: 1 / 0)
    monkeypatch.setattr(QMessageBox, "warning", lambda *a, **k: None)
    with qtbot.waitSignal(page.export.failed, timeout=60000):
        qtbot.mouseClick(page.generate_button, Qt.MouseButton.LeftButton)
    page.export.wait()
    assert page.status.text() == "Le PDF n'a pas pu être produit."
    i18n.install("en")
    try:
        QApplication.processEvents()
        assert page.status.text() == "The PDF could not be made."
        assert page.title() != "Note de présentation"  # (the pack's own title)
    finally:
        i18n.install("fr")


def test_note_de_presentation_stays_french_in_english(qtbot, main_window):
    from esms_desktop import i18n

    dossier_id = import_file(main_window.db, EXAMPLE)
    main_window.open_dossier(dossier_id)
    settle(main_window.wizard)
    i18n.install("en")
    settle(main_window.wizard)
    try:
        QApplication.processEvents()
        titles = [main_window.wizard.step_list.item(r).text() for r in range(main_window.wizard.step_list.count())]
        assert any(t.endswith("10. Note de présentation") for t in titles)
        assert any(t.endswith("7. Planning") for t in titles)
    finally:
        i18n.install("fr")
