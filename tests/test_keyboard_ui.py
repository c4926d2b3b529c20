"""Keyboard and refusals where typed (issue 21), through the real widgets.

- Alt+letter in every dialog the window opens (OG, ESSMS, FINESS establishments, import previews, person,
  planning generation, communication action and partner, expense, usage import, member merge, maturity
  answer and conflicts, connection, restore, about, glossary, the third door, the FINESS import, the
  presence and conflict boxes, the question and input boxes): no letter twice, in French and English.

- Alt+letter: within the window as it shows each step (menu bar, navigation « ← Dossiers / < Précédent /
  Suivant > » and every tab of the step's tab widgets), no letter is used twice, in French and English;
  otherwise Alt+S cycles between the two instead of going to the next step.
- Tab leaves the multi-line fields (« Compétences », « Notes »).
- The ESSMS dialog opens with the keyboard in its FINESS field.
- The arrow keys answer a questionnaire's question, even one not answered yet.
- A minus sign typed in a head count, a planning end typed before its start: refused there, saying why.
"""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import QApplication, QDateEdit, QPushButton, QTabWidget

from esms_desktop.storage import planning
from esms_desktop.storage.dossier_file import import_file

from accelerators import accelerators, duplicates
from conftest import EXAMPLE, settle


def _tab_widgets(step):
    return [t for t in step.findChildren(QTabWidget) if t.isVisible()]


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_no_accelerator_letter_twice_on_any_step_or_tab(qtbot, main_window, lang):
    from esms_desktop import i18n

    i18n.install(lang)
    try:
        dossier_id = import_file(main_window.db, EXAMPLE)
        main_window.show_list()
        QApplication.processEvents()
        assert duplicates(main_window) == {}, "list"
        main_window.open_dossier(dossier_id)
        wizard = main_window.wizard
        settle(wizard)
        seen_navigation = set()
        for index, step in enumerate(wizard.steps):
            wizard.go_to(index)
            settle(wizard)
            assert duplicates(main_window) == {}, step.key
            for tabs in _tab_widgets(step):
                for tab in range(tabs.count()):
                    tabs.setCurrentIndex(tab)
                    QApplication.processEvents()
                    assert duplicates(main_window) == {}, (step.key, tabs.tabText(tab))
                tabs.setCurrentIndex(0)
            seen_navigation |= {key for key, text in accelerators(main_window)
                                if text in (wizard.next_button.text(), wizard.previous_button.text())}
        # the navigation's own letters: Alt+S / Alt+P in French, Alt+N / Alt+P in English
        assert seen_navigation == ({"s", "p"} if lang == "fr" else {"n", "p"})
    finally:
        i18n.install("fr")


def test_alt_s_goes_to_the_next_step(qtbot, main_window):
    dossier_id = import_file(main_window.db, EXAMPLE)
    main_window.open_dossier(dossier_id)
    wizard = main_window.wizard
    wizard.go_to_step("planning")
    index = wizard.stack.currentIndex()
    main_window.activateWindow()
    qtbot.waitUntil(main_window.isActiveWindow)
    wizard.current_step().table.setFocus()
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_S, Qt.KeyboardModifier.AltModifier)
    qtbot.waitUntil(lambda: wizard.stack.currentIndex() == index + 1)  # a mnemonic « animates » its click


def test_alt_s_leaves_the_keyboard_in_the_next_step(qtbot, main_window):
    """GIVEN the focus on a control of a step WHEN Alt+S shows the next step (disabled while it loads) THEN the
    focus is on a control of the step shown, never nowhere (Tab would start again from the window's first)."""
    dossier_id = import_file(main_window.db, EXAMPLE)
    main_window.open_dossier(dossier_id)
    wizard = main_window.wizard
    settle(wizard)
    main_window.activateWindow()
    qtbot.waitUntil(main_window.isActiveWindow)
    for key in ("grappe", "gouvernance", "budget", "communication", "pieces"):
        wizard.go_to_step(key)
        settle(wizard)
        index = wizard.stack.currentIndex()
        control = next(b for b in wizard.current_step().findChildren(QPushButton) if b.isVisible() and b.isEnabled())
        control.setFocus()
        qtbot.waitUntil(control.hasFocus)
        qtbot.keyClick(control, Qt.Key.Key_S, Qt.KeyboardModifier.AltModifier)
        qtbot.waitUntil(lambda: wizard.stack.currentIndex() == index + 1)
        settle(wizard)
        focus = QApplication.focusWidget()
        assert focus is not None, wizard.current_step().key
        assert wizard.stack.currentWidget().isAncestorOf(focus), (wizard.current_step().key, focus)
        assert not getattr(focus, "hasSelectedText", lambda: False)()  # a key typed next never replaces a text


def test_tab_leaves_skills_and_notes(qtbot):
    from esms_desktop.ui.wizard.essms_form import EssmsDialog
    from esms_desktop.ui.wizard.person_dialog import PersonDialog

    person = PersonDialog(None)
    qtbot.addWidget(person)
    person.show()
    person.skills_edit.setFocus()
    qtbot.keyClick(person.skills_edit, Qt.Key.Key_Tab)
    assert not person.skills_edit.hasFocus() and "\t" not in person.skills_edit.toPlainText()

    essms = EssmsDialog(None)
    qtbot.addWidget(essms)
    essms.show()
    essms.notes_edit.setFocus()
    qtbot.keyClick(essms.notes_edit, Qt.Key.Key_Tab)
    assert not essms.notes_edit.hasFocus() and essms.notes_edit.toPlainText() == ""


def test_tab_leaves_every_table_of_every_step(qtbot, main_window):
    """GIVEN the example, each step shown in turn WHEN a table of the step (the grappe's member sheets, the
    governance, needs, budget, planning, follow-up tables…) has the focus and Tab is pressed THEN the focus goes
    on to the next control: Tab never walks cell after cell with no way out (the arrows move in a table)."""
    from PySide6.QtWidgets import QTableView

    dossier_id = import_file(main_window.db, EXAMPLE)
    main_window.open_dossier(dossier_id)
    wizard = main_window.wizard
    settle(wizard)
    main_window.activateWindow()
    qtbot.waitUntil(main_window.isActiveWindow)
    checked = []
    for index, step in enumerate(wizard.steps):
        wizard.go_to(index)
        settle(wizard)
        for tabs in [None, *_tab_widgets(step)]:
            for tab in range(tabs.count()) if tabs is not None else [None]:
                if tabs is not None:
                    tabs.setCurrentIndex(tab)
                    QApplication.processEvents()
                for table in step.findChildren(QTableView):
                    if not table.isVisible() or table.model() is None or table.model().rowCount() == 0 \
                            or table.focusPolicy() == Qt.FocusPolicy.NoFocus or not table.isEnabled():
                        continue
                    table.setFocus()
                    qtbot.waitUntil(table.hasFocus)
                    table.setCurrentIndex(table.model().index(0, 0))
                    qtbot.keyClick(table, Qt.Key.Key_Tab)
                    assert not table.hasFocus(), (step.key, table.accessibleName() or table.objectName())
                    checked.append(step.key)
    assert {"grappe", "gouvernance", "besoins", "budget", "planning"} <= set(checked)


def test_essms_dialog_opens_on_its_finess_field(qtbot):
    from esms_desktop.ui.wizard.essms_form import EssmsDialog

    dialog = EssmsDialog(None)
    qtbot.addWidget(dialog)
    dialog.show()
    # the dialog's own focus child is its FINESS field as soon as it shows; the application's focus
    # reaches it once the window is activated (a window of an earlier test may hold it until then)
    assert dialog.focusWidget() is dialog.finess.edit
    dialog.activateWindow()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is dialog.finess.edit)


def test_a_minus_sign_in_a_head_count_is_refused_saying_why(qtbot):
    from esms_desktop.ui.wizard.essms_form import EssmsDialog

    dialog = EssmsDialog(None)
    qtbot.addWidget(dialog)
    dialog.show()
    spin = dialog.persons_spin
    spin.setFocus()
    spin.lineEdit().selectAll()
    qtbot.keyClicks(spin, "-12")
    # the minus is not taken silently: the field says why, and 12 is what was typed after it
    assert spin.hint == "Un nombre de personnes ou d'articles ne peut pas être négatif : tapez-le sans signe."
    assert spin.value() == 12


def test_arrow_keys_answer_an_unanswered_question(qtbot, main_window):
    from esms_desktop.storage import maturity
    from esms_desktop.storage.dossiers import create_dossier
    from esms_desktop.storage.grappe import add_og

    dossier_id = create_dossier(main_window.db, "Essai", 2024)
    og_id = add_og(main_window.db, dossier_id, name="Papillons Blancs", finess_ej="710000548", is_porteur=True)
    main_window.open_dossier(dossier_id)
    main_window.wizard.go_to_step("maturite")
    settle(main_window.wizard)
    view = main_window.wizard.current_step().questionnaire_view
    view.show_domain(1)
    first = view.box("dir.infra.01").buttons[0]
    assert first.hasFocus() and view.box("dir.infra.01").answer() is None
    qtbot.keyClick(first, Qt.Key.Key_Down)  # unanswered: ↓ chooses the second level at once
    settle(main_window.wizard)
    assert maturity.get_diagnostic(main_window.db, og_id).answers["dir.infra.01"] == 1
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Up)
    settle(main_window.wizard)  # stored in the background, after the first answer
    assert maturity.get_diagnostic(main_window.db, og_id).answers["dir.infra.01"] == 0


def test_a_planning_end_before_its_start_is_refused_where_typed(qtbot, main_window):
    from esms_desktop.ui.planning.task_model import END

    dossier_id = import_file(main_window.db, EXAMPLE)
    main_window.open_dossier(dossier_id)
    main_window.wizard.go_to_step("planning")
    settle(main_window.wizard)
    step = main_window.wizard.current_step()
    row = step.model.row_of_key("besoins")  # 12/11/2024 – 10/12/2024
    before = {t.key: (t.start, t.end) for t in planning.list_tasks(main_window.db, dossier_id)}
    index = step.model.index(row, END)
    step.table.setCurrentIndex(index)
    step.table.edit(index)
    editor = step.table.viewport().findChild(QDateEdit)
    editor.setDate(QDate(2024, 10, 18))
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    QApplication.processEvents()
    settle(main_window.wizard)
    after = {t.key: (t.start, t.end) for t in planning.list_tasks(main_window.db, dossier_id)}
    assert after == before  # nothing stored: no « -25 j »
    assert step.refusal_label.isVisible()
    text = step.refusal_label.text()
    assert "18/10/2024" in text and "12/11/2024" in text and "ne peut pas précéder" in text
    assert step.model.data(step.model.index(row, END)) == "10/12/2024"
    assert before["besoins"] == (dt.date(2024, 11, 12), dt.date(2024, 12, 10))


# --- the dialogs -----------------------------------------------------------------------------------------

TWIN = EXAMPLE.parent / "exemple-grappe-bfc-retenu.json"
EXPECTED_DIALOGS = {
    "QInputDialog", "QMessageBox", "OgDialog", "EssmsDialog", "OgEstablishmentsDialog", "EssmsImportDialog",
    "PersonDialog", "GenerateDialog", "ActionDialog", "PartnerDialog", "ExpenseDialog", "UsageImportDialog",
    "MergeDialog", "ConflictsDialog", "RespondDialog", "ConnectDialog", "RestoreDialog", "AboutDialog",
    "LookingForGrappeDialog", "FinessImportDialog",
}


def _open_every_dialog(qtbot, window, tmp_path, monkeypatch):
    """Open every dialog the window opens, the way the user does (the file choosers answered)."""
    import json

    from esms_desktop.storage import grappe, member_desk, member_requests
    from esms_desktop.storage.database import open_database
    from esms_desktop.storage.presence import Holder
    from esms_desktop.ui import conflict_dialog
    from esms_desktop.ui.finess_import import sample_extract_path
    from esms_desktop.ui.glossary import GlossaryDialog
    from esms_desktop.ui.shared_dossier import SharedTexts
    from esms_desktop.ui.start_doors import LookingForGrappeDialog
    from PySide6.QtWidgets import QFileDialog

    chosen = {}
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(chosen["path"]), ""))
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(chosen["path"]), ""))
    found = {}

    def extra(name, widget):  # a dialog shown without exec (the glossary) or a box built here
        widget.show()
        QApplication.processEvents()
        from accelerators import duplicates_on_every_tab
        found[name] = duplicates_on_every_tab(widget)
        widget.close()

    # the list: new dossier, import over an existing one, the third door
    window.show_list()
    window.list_view.create()
    dossier_id = import_file(window.db, EXAMPLE)
    chosen["path"] = EXAMPLE
    window.import_dossier()  # « Importer comme copie / Remplacer »
    LookingForGrappeDialog(window).exec()
    window.show_about()
    window.connect_to_server()
    window.restore_backup()
    window.show_glossary()
    extra("GlossaryDialog", window.glossary)

    # the grappe: OG and ESSMS forms, the FINESS establishments, the import preview, removal
    window.open_dossier(dossier_id)
    settle(window.wizard)
    wizard = window.wizard
    wizard.go_to_step("grappe")
    settle(window.wizard)
    step = wizard.current_step()
    step.add_og()
    settle(window.wizard)
    step._reselect(("og", step.ogs[0].id))
    step.edit_selected()
    settle(window.wizard)
    step.add_essms()
    settle(window.wizard)
    step.add_all_of_og()
    settle(window.wizard)
    step.remove_selected()
    settle(window.wizard)
    step._reselect(("essms", step.ogs[0].essms[0].id))
    step.edit_selected()
    settle(window.wizard)
    listing = tmp_path / "liste.csv"
    listing.write_text("FINESS;Nom;Catégorie;Personnes accompagnées\n710785262;IME Chanteloup;183;74\n", encoding="utf-8")
    from esms_desktop.ui.wizard.essms_import_dialog import EssmsImportDialog
    EssmsImportDialog(window, window.db, dossier_id, default_og_id=step.ogs[0].id, path=listing).exec()
    step.import_list()
    settle(window.wizard)

    # a member sheet answered elsewhere, merged back
    og_id = member_requests.og_id_by_finess(window.db, dossier_id, "710000548")
    request = tmp_path / "demande.esms-og"
    today = dt.date(2024, 3, 1)
    member_requests.write_request(window.db, dossier_id, og_id, request, today, b"%PDF-1.4 lettre")
    member_db = open_database(str(tmp_path / "membre.sqlite"))
    try:
        member_id = member_desk.open_request(member_db, request, today)
        grappe.update_og(member_db, grappe.list_grappe(member_db, member_id)[0].id, siret="12345678900011")
        chosen["path"] = tmp_path / "reponse.esms-og"
        member_desk.write_answer(member_db, member_id, chosen["path"], today)
    finally:
        member_db.dispose()
    step.members.merge_received()
    settle(window.wizard)  # read in the queue, then the preview dialog opens

    # the FINESS reference import (the sample)
    from esms_desktop.ui.finess_import import FinessImportDialog
    FinessImportDialog(sample_extract_path(), tmp_path / "finess.sqlite", parent=window).exec()

    # governance, maturity exchange (both ends), needs, planning, communication
    wizard.go_to_step("gouvernance")
    settle(window.wizard)
    wizard.current_step().add_person()
    settle(window.wizard)
    wizard.go_to_step("maturite")
    settle(window.wizard)
    maturity_step = wizard.current_step()
    maturity_step.og_list.setCurrentRow(2)  # 27/38 answered
    exchange = tmp_path / "maturite.json"
    chosen["path"] = exchange
    qtbot.mouseClick(maturity_step.export_button, Qt.MouseButton.LeftButton)
    settle(window.wizard)
    window.answer_questionnaire()  # RespondDialog, closed unchanged
    data = json.loads(exchange.read_text(encoding="utf-8"))
    first = next(iter(data["answers"]))
    data["answers"][first] = (data["answers"][first] + 1) % 4
    from esms_desktop.rules.maturity.exchange import content_checksum
    data["checksum"]["value"] = content_checksum(data)  # a genuine answer that differs: the conflicts dialog
    exchange.write_text(json.dumps(data), encoding="utf-8")
    qtbot.mouseClick(maturity_step.import_button, Qt.MouseButton.LeftButton)  # ConflictsDialog
    settle(window.wizard)
    wizard.go_to_step("planning")
    settle(window.wizard)
    wizard.current_step().generate()
    settle(window.wizard)
    wizard.go_to_step("communication")
    settle(window.wizard)
    wizard.current_step().add_action()
    settle(window.wizard)
    wizard.current_step().add_partner()
    settle(window.wizard)
    holder = Holder("Camille Durand", dt.datetime(2024, 3, 1, 9, 42), "autre")
    SharedTexts().ask(window, holder)
    conflict_dialog.ask(window, {"name": "Les Papillons"}, {"name": "Papillons Blancs"})

    # after the award: the expense, the usage import, the rework
    twin_id = import_file(window.db, TWIN)
    window.open_dossier(twin_id)
    settle(window.wizard)
    wizard = window.wizard
    wizard.go_to_step("suivi")
    settle(window.wizard)
    followup = wizard.current_step()
    followup.money_panel._add_expense()
    settle(window.wizard)
    measures = tmp_path / "mesures.csv"
    measures.write_text("FINESS ET;Mois;personnes_eligibles;personnes_accompagnees;mss_messages;dmp_alimentes;"
                        "dossiers_actifs;dossiers_actifs_pp;dossiers_actifs_evenement\n"
                        "890000102;2025-11;42;42;81;30;40;38;37\n", encoding="utf-8")
    chosen["path"] = measures
    followup.usage_panel._import()
    settle(window.wizard)
    followup.state_panel._rework()
    settle(window.wizard)

    # the ESSMS forms again, a FINESS reference now imported (« Mettre à jour… » instead of the sample)
    from esms_desktop.storage import finess_reference

    finess_reference.import_extract(sample_extract_path(), finess_reference.default_db_path())
    window.open_dossier(dossier_id)
    settle(window.wizard)
    window.wizard.go_to_step("grappe")
    settle(window.wizard)
    step = window.wizard.current_step()
    step._reselect(("og", step.ogs[1].id))
    step.add_essms()
    settle(window.wizard)
    step.add_all_of_og()
    settle(window.wizard)
    return found


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_no_accelerator_letter_twice_in_any_dialog(qtbot, main_window, lang, tmp_path, monkeypatch):
    from esms_desktop import i18n

    from accelerators import ModalWatcher

    i18n.install(lang)
    watcher = ModalWatcher()
    try:
        found = _open_every_dialog(qtbot, main_window, tmp_path, monkeypatch)
    finally:
        watcher.stop()
        i18n.install("fr")
    assert EXPECTED_DIALOGS <= watcher.classes(), EXPECTED_DIALOGS - watcher.classes()
    assert {**watcher.problems(), **{k: v for k, v in found.items() if v}} == {}


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_no_accelerator_letter_twice_on_any_page_of_the_member_wizard(qtbot, main_window, lang, tmp_path):
    """The window as a member sees it (« Je réponds à la demande d'un porteur »), page by page."""
    from esms_desktop import i18n
    from esms_desktop.storage import member_requests
    from esms_desktop.ui.member.member_wizard import MemberWizard

    porteur_dossier = import_file(main_window.db, EXAMPLE)
    og_id = member_requests.og_id_by_finess(main_window.db, porteur_dossier, "710000548")
    request = tmp_path / "demande.esms-og"
    member_requests.write_request(main_window.db, porteur_dossier, og_id, request, dt.date(2024, 3, 1),
                                  b"%PDF-1.4 lettre")
    i18n.install(lang)
    try:
        assert main_window.open_member_sheet(str(request)) is not None
        wizard = main_window.findChild(MemberWizard)
        assert wizard is not None and wizard.isVisible()
        for index in range(wizard.stack.count()):
            wizard.show_page(index)
            QApplication.processEvents()
            assert duplicates(main_window) == {}, (index, wizard.pages_list.item(index).text())
    finally:
        i18n.install("fr")
