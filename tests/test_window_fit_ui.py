"""The window fits a laptop (issue 21): opens within the screen's free area, every step usable at 1280×680.

1280×720 screen minus a 40 px panel leaves 1280×680 for the window; minus the title bar (32 px) the
window's client area is 1280×648. Each step must lay out in it: the window is not forced taller or wider,
the navigation (« Suivant ») is inside the window, and a step taller than the room scrolls vertically only.
"""

from __future__ import annotations

from PySide6.QtCore import QPoint, QRect
from PySide6.QtWidgets import QApplication

from esms_desktop.storage.dossier_file import import_file
from esms_desktop.ui.window_fit import target_geometry

from conftest import EXAMPLE

CLIENT = (1280, 648)


def test_target_fits_a_laptop_and_is_capped_on_a_big_screen():
    laptop = target_geometry(QRect(0, 0, 1280, 680))
    assert laptop.width() <= 1280 - 8 and laptop.height() + 32 + 4 <= 680
    assert QRect(0, 0, 1280, 680).contains(laptop.adjusted(-4, -32, 4, 4))
    big = target_geometry(QRect(0, 0, 2560, 1400))
    assert (big.width(), big.height()) == (1400, 900)


def test_every_step_fits_1280_by_648_in_french_and_english(qtbot, main_window):
    from esms_desktop import i18n

    dossier_id = import_file(main_window.db, EXAMPLE)
    main_window.open_dossier(dossier_id)
    wizard = main_window.wizard
    for lang in ("fr", "en"):
        i18n.install(lang)
        for index, step in enumerate(wizard.steps):
            wizard.go_to(index)
            main_window.resize(*CLIENT)
            QApplication.processEvents()
            hint = main_window.minimumSizeHint()
            assert hint.width() <= CLIENT[0] and hint.height() <= CLIENT[1], (lang, step.key, hint)
            assert (main_window.width(), main_window.height()) == CLIENT, (lang, step.key)
            for button in (wizard.next_button, wizard.previous_button, wizard.back_button):
                corner = button.mapTo(main_window, QPoint(button.width(), button.height()))
                assert main_window.rect().contains(corner), (lang, step.key, button.text())
            area = wizard.stack.currentWidget()
            assert step.minimumSizeHint().width() <= area.viewport().width(), (lang, step.key)
    i18n.install("fr")


def test_the_window_opens_within_the_screen(qtbot, db_path):
    from esms_desktop.ui.main_window import MainWindow

    window = MainWindow(str(db_path))
    qtbot.addWidget(window)
    available = window.screen().availableGeometry()
    assert window.width() <= available.width() and window.height() + 32 <= available.height()
    assert available.contains(window.geometry())


def test_no_step_scrolls_at_1280_by_648_but_a_short_window_scrolls(qtbot, main_window):
    """The step's scroll area scrolls only when the step's minimum does not fit (the Suivi step showed a
    scroll bar for its tabs' preferred height); a window too short for a step still scrolls it."""
    from esms_desktop import i18n

    from conftest import settle

    dossier_id = import_file(main_window.db, EXAMPLE)
    main_window.open_dossier(dossier_id)
    wizard = main_window.wizard
    settle(wizard)
    for lang in ("fr", "en"):
        i18n.install(lang)
        for index, step in enumerate(wizard.steps):
            wizard.go_to(index)
            settle(wizard)
            main_window.resize(*CLIENT)
            QApplication.processEvents()
            area = wizard.stack.currentWidget()
            assert area.verticalScrollBar().maximum() == 0, (lang, step.key, area.verticalScrollBar().maximum())
            assert area.horizontalScrollBar().maximum() == 0, (lang, step.key)
            if step.key == "presentation":  # its list of sections shows every title whole
                assert step.section_list.horizontalScrollBar().maximum() == 0, lang
    # after the award: every tab of the Suivi step without a scroll bar of the step (the money tab scrolls
    # by itself when it does not fit, so the decision tab needs no room for it)
    main_window.open_dossier(import_file(main_window.db, EXAMPLE.parent / "exemple-grappe-bfc-retenu.json"))
    wizard = main_window.wizard
    settle(wizard)
    wizard.go_to([step.key for step in wizard.steps].index("suivi"))
    settle(wizard)
    step = wizard.current_step()
    for tab in range(step.tabs.count()):
        step.tabs.setCurrentIndex(tab)
        settle(wizard)
        main_window.resize(*CLIENT)
        QApplication.processEvents()
        assert step.tabs.isTabEnabled(tab)
        assert wizard.stack.currentWidget().verticalScrollBar().maximum() == 0, (lang, tab)
    i18n.install("fr")
    wizard.go_to([step.key for step in wizard.steps].index("budget"))
    settle(wizard)
    main_window.resize(CLIENT[0], 420)
    QApplication.processEvents()
    area = wizard.stack.currentWidget()
    assert area.verticalScrollBar().maximum() > 0
    step = wizard.steps[wizard.stack.currentIndex()]
    assert step.height() >= step.minimumSizeHint().height() - 1


def test_the_og_form_shows_its_finess_hint_whole_and_the_essms_form_its_choices(qtbot, french):
    """The FINESS EJ hint of the OG form was cut to two half lines (the form kept 560 px); the ESSMS
    form's second column cut « Comme le dossier : Acquisition… » at 900 px."""
    from esms_desktop.storage import finess_reference
    from esms_desktop.ui.finess_import import sample_extract_path
    from esms_desktop.ui.wizard.essms_form import EssmsDialog
    from esms_desktop.ui.wizard.og_form import OgDialog

    finess_reference.import_extract(sample_extract_path(), finess_reference.default_db_path())
    dialog = OgDialog(None, {"finess_ej": "890001548", "name": "Association Charles de Foucauld"})
    qtbot.addWidget(dialog)
    dialog.show()
    QApplication.processEvents()
    hint = dialog.reference_hint
    assert hint.isVisible() and "FINESS" in hint.text()
    assert hint.height() >= hint.heightForWidth(hint.width())
    assert dialog.height() <= dialog.screen().availableGeometry().height()

    essms = EssmsDialog(None, dossier_project_type="acquisition")
    qtbot.addWidget(essms)
    essms.show()
    essms.resize(1080, 560)  # as it opens on a 1280-wide screen (the offscreen one is 800 wide)
    QApplication.processEvents()
    combo = essms.project_type_combo
    assert combo.width() >= combo.fontMetrics().horizontalAdvance(combo.itemText(0)) + 20
