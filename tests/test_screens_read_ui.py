"""What the screenshots of issue 21 showed, through the real window: no seed code (« 003 §3.1 ») where a
director reads a source, greyed Suivi tabs that say why, a « ? » that reads as a button, and « 10 more »
that says 10 more of what."""

from __future__ import annotations

import re

from PySide6.QtWidgets import QLabel, QTabWidget, QTextBrowser

from esms_desktop.storage.dossier_file import import_file
from esms_desktop.ui.glossary import WhatIsThis

from conftest import EXAMPLE, settle

TWIN = EXAMPLE.parent / "exemple-grappe-bfc-retenu.json"
SEED_CODE = re.compile(r"\b00\d\s*§")


def _open(main_window, path, step: str):
    dossier_id = import_file(main_window.db, path)
    main_window.open_dossier(dossier_id)
    settle(main_window.wizard)
    main_window.wizard.go_to_step(step)
    settle(main_window.wizard)
    return main_window.wizard, main_window.wizard.current_step()


def _shown_texts(widget) -> list[str]:
    """The texts of the labels and text views a user sees in ``widget`` now."""
    texts = [label.text() for label in widget.findChildren(QLabel) if label.isVisible()]
    texts += [view.toPlainText() for view in widget.findChildren(QTextBrowser) if view.isVisible()]
    return texts


def _every_tab(wizard, step):
    """Show each enabled tab of the step, the tabs inside a tab too, and yield after each is filled."""
    seen = set()

    def walk(widget):
        for tabs in [t for t in widget.findChildren(QTabWidget) if t.isVisible() and id(t) not in seen]:
            seen.add(id(tabs))
            for index in range(tabs.count()):
                if tabs.isTabEnabled(index):
                    tabs.setCurrentIndex(index)
                    settle(wizard)
                    yield tabs.tabText(index)
                    yield from walk(tabs.widget(index))

    yield ""
    yield from walk(step)


def test_no_seed_code_where_a_source_is_read(qtbot, main_window):
    """The deployment's limit, the monthly counts' first measure and the readings name their documents
    (« AAP ARS Bourgogne-Franche-Comté 2022, §3.1 »), not the campaign file's codes."""
    wizard, step = _open(main_window, TWIN, "verification")
    for tab in _every_tab(wizard, step):
        for text in _shown_texts(step):
            assert not SEED_CODE.search(text), (tab, text)
    wizard.go_to_step("suivi")
    settle(wizard)
    step = wizard.current_step()
    for tab in _every_tab(wizard, step):
        for text in _shown_texts(step):
            assert not SEED_CODE.search(text), (tab, text)
    limit = step.deployment_panel.limit_label.text()
    assert "soit le 01/04/2026 (AAP ARS Bourgogne-Franche-Comté 2022, §3.1)" in limit
    assert "AAP ARS Bourgogne-Franche-Comté 2022, §6.1" in step.usage_panel.grid_hint.text()


def test_greyed_follow_up_tabs_say_why(qtbot, main_window):
    wizard, step = _open(main_window, EXAMPLE, "suivi")
    assert not any(step.tabs.isTabEnabled(i) for i in (1, 2, 3))
    hint = step.state_panel.tabs_hint
    assert hint.isVisible()
    assert hint.text() == ("Les onglets Financement, Déploiement et Cibles d'usage s'ouvrent quand l'ARS a retenu "
                           "le dossier (état « Retenu »).")
    for index, name in ((1, "Financement"), (2, "Déploiement"), (3, "Cibles d'usage")):
        assert step.tabs.tabText(index) == name  # the tabs the hint names
    assert step.state_panel.state_combo.findText("Retenu") >= 0  # the state it names

    wizard, step = _open(main_window, TWIN, "suivi")
    assert all(step.tabs.isTabEnabled(i) for i in (1, 2, 3))
    assert not step.state_panel.tabs_hint.isVisible()


def test_the_question_mark_is_a_framed_button(qtbot, main_window):
    """Beside the GALIS date, a bare « ? » read as a doubt about the date (« 28/05/2024 ? »)."""
    wizard, step = _open(main_window, EXAMPLE, "planning")
    button = step.galis_help
    assert isinstance(button, WhatIsThis) and button.isVisible()
    assert not button.autoRaise()
    assert "GALIS" in button.toolTip()


def test_what_the_solde_lacks_says_what_to_count(qtbot, main_window):
    wizard, step = _open(main_window, TWIN, "suivi")
    step.tabs.setCurrentIndex(3)
    settle(wizard)
    panel = step.usage_panel
    qtbot.waitUntil(lambda: "ESAT AILLANT SUR THOLON" in " ".join(_shown_texts(panel)))
    shown = " ".join(" ".join(_shown_texts(panel)).split())
    assert ("Taux d'utilisation du DMP : 60,4 % pour une cible de 70 % "
            "(encore 10 « DMP alimentés avec au moins un document » pour l'atteindre)") in shown


def test_the_grant_tab_reads_as_english(qtbot, main_window):
    """« Grant ESMS numérique » put the English noun before the programme's name; the step's own intro says
    « the ESMS numérique grant »."""
    from esms_desktop import i18n

    wizard, step = _open(main_window, EXAMPLE, "budget")
    tabs = step.findChild(QTabWidget)
    assert tabs.tabText(1) == "Sub&vention ESMS numérique"
    i18n.install("en")
    qtbot.waitUntil(lambda: tabs.tabText(1) == "ESMS numérique &grant")
    assert "the ESMS numérique grant" in step.intro.text()
