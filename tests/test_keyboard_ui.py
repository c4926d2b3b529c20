"""Keyboard and refusals where typed (issue 21), through the real widgets.

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
from PySide6.QtWidgets import QApplication, QDateEdit, QTabWidget

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


def test_essms_dialog_opens_on_its_finess_field(qtbot):
    from esms_desktop.ui.wizard.essms_form import EssmsDialog

    dialog = EssmsDialog(None)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is not None)
    assert QApplication.focusWidget() is dialog.finess.edit


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
