"""Fixes from the walkthrough at 1100 × 720: rows that fit, columns that share the width, texts shown from
their start, criteria numbered by part, facts shown neutrally, hints instead of silent corrections."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QInputDialog, QMessageBox

from esms_desktop.text import QT_TRANSLATE_NOOP

WIDTH, HEIGHT = 1100, 720


from conftest import settle  # noqa: E402


def _example(main_window, qtbot):
    main_window.open_example()
    settle(main_window.wizard)
    qtbot.waitUntil(lambda: main_window.wizard is not None)
    settle(main_window.wizard)
    main_window.resize(WIDTH, HEIGHT)
    settle(main_window.wizard)
    return main_window.wizard


def test_every_step_fits_the_default_window(main_window, qtbot):
    wizard = _example(main_window, qtbot)
    for index, step in enumerate(wizard.steps):
        wizard.go_to(index)
        qtbot.wait(1)
        # the step area of a 1100 px window is about 840 px: no step may ask for more (Besoins and Budget
        # asked for 859 px and pushed the window to 1113 px)
        assert step.minimumSizeHint().width() <= 800, step.key
        assert main_window.width() == WIDTH, step.key


def test_step_list_has_no_horizontal_scroll_bar_in_english(main_window, qtbot):
    from esms_desktop import i18n

    wizard = _example(main_window, qtbot)
    main_window.switch_language("en")
    settle(main_window.wizard)
    try:
        qtbot.waitUntil(lambda: "maturity" in wizard.step_list.item(3).text())  # LanguageChange is posted
        needed = wizard.step_list.sizeHintForColumn(0) + 2 * wizard.step_list.frameWidth()
        assert wizard.step_list.width() >= needed  # « 4. SI maturity assessment » is not cut
        assert wizard.step_list.horizontalScrollBarPolicy() == Qt.ScrollBarPolicy.ScrollBarAlwaysOff
    finally:
        main_window.switch_language("fr")
        i18n.install("fr")


def test_long_file_names_are_shortened_not_the_buttons(qtbot):
    import datetime as dt

    from esms_desktop.storage.documents import DocumentRow
    from esms_desktop.ui.elided_label import ElidedLabel
    from esms_desktop.ui.wizard.document_slot import DocumentSlot

    row = DocumentRow(id=1, dossier_id=1, kind="quote", og_id=None, label="",
                      file_name="devis-" + "tres-long-nom-de-fichier-" * 6 + ".pdf", sha256="0" * 64, size=2048,
                      added_at=dt.datetime(2024, 5, 15, 10, 0, tzinfo=dt.timezone.utc))
    slot = DocumentSlot("Devis", required=True, multi=True)
    qtbot.addWidget(slot)
    slot.set_documents([row])
    label = next(w for w in slot.findChildren(ElidedLabel))
    assert label.text().startswith("devis-tres-long")  # the whole name is kept (tooltip, accessibility)
    assert label.minimumSizeHint().width() < 200
    # 4 buttons and a shortened name: well under the 790 px of the step's scroll area
    assert slot.minimumSizeHint().width() < 700


def test_amount_spin_says_why_a_minus_sign_is_refused(qtbot):
    from esms_desktop.ui.budget.widgets import AmountSpin

    spin = AmountSpin()
    qtbot.addWidget(spin)
    spin.setValue(500)
    with qtbot.waitSignal(spin.negative_refused, timeout=1000):
        qtbot.keyClick(spin, Qt.Key.Key_Minus)
    assert spin.value() == 500  # refused, and said: not silently made positive
    assert spin.hint == spin.negative_hint() and spin.hint


def test_renaming_to_an_empty_name_says_so(main_window, qtbot, monkeypatch):
    from esms_desktop.storage.dossiers import get_dossier

    _example(main_window, qtbot)
    settle(main_window.wizard)
    qtbot.mouseClick(main_window.wizard.back_button, Qt.MouseButton.LeftButton)
    settle(main_window.wizard)
    view = main_window.list_view
    dossier_id = view.selected_id()
    old = get_dossier(main_window.db, dossier_id).name
    told = []
    monkeypatch.setattr(QInputDialog, "getText", lambda *a, **k: ("   ", True))
    monkeypatch.setattr(QMessageBox, "information", lambda *a, **k: told.append(a[2]))
    qtbot.mouseClick(view.rename_button, Qt.MouseButton.LeftButton)
    settle(main_window.wizard)
    assert told == [view.tr("A dossier must have a name: the name was not changed.")]
    assert get_dossier(main_window.db, dossier_id).name == old


def test_budget_and_needs_fields_show_the_start_of_their_text(main_window, qtbot):
    wizard = _example(main_window, qtbot)
    wizard.go_to_step("budget")
    settle(main_window.wizard)
    step = wizard.current_step()
    step.tabs.setCurrentIndex(2)
    settle(main_window.wizard)
    funder = step.fields["revenue"]["funder"]
    assert funder.text().startswith("Association Charles de Foucauld") and funder.cursorPosition() == 0
    wizard.go_to_step("maturite")
    settle(main_window.wizard)
    respondent = wizard.current_step().respondent_edit
    assert respondent.text() and respondent.cursorPosition() == 0


def test_revenue_columns_share_the_width(main_window, qtbot):
    from PySide6.QtWidgets import QHeaderView

    wizard = _example(main_window, qtbot)
    wizard.go_to_step("budget")
    settle(main_window.wizard)
    header = wizard.current_step().revenues.table.horizontalHeader()
    stretch = [c for c in range(header.count()) if header.sectionResizeMode(c) == QHeaderView.ResizeMode.Stretch]
    assert stretch == [1, 2, 5]  # funder, label, reference; the kind, year and amount keep their width


def test_criteria_parts_are_numbered_with_letters():
    from esms_desktop.rules.admissibility.checker import Criterion
    from esms_desktop.ui.verification.criteria_view import numbering

    label = QT_TRANSLATE_NOOP("Test", "x")

    def crit(key, number):
        return Criterion(key, "admissibility", number, label, "met", label, "src", "grappe")

    items = [crit("a", 1), crit("b", 1), crit("c", 2), crit("d", 3), crit("e", 3), crit("f", 3)]
    assert numbering(items) == {"a": "1a", "b": "1b", "c": "2", "d": "3a", "e": "3b", "f": "3c"}


def test_facts_of_the_priority_criteria_are_neutral(main_window, qtbot):
    wizard = _example(main_window, qtbot)
    wizard.go_to_step("verification")
    settle(main_window.wizard)
    step = wizard.current_step()
    view = step.criteria_view
    earlier = next(c for c in step.report.criteria if c.key == "priority.earlier_wave")
    assert earlier.state == "not_met"  # the example was never filed before
    assert "priority.earlier_wave" not in view.link_buttons  # nothing to improve: no « → Améliorer »
    from PySide6.QtWidgets import QLabel

    state = view.cards["priority.earlier_wave"].findChild(QLabel, "criterionState")
    assert state.text() == view.tr("no")
    assert "#666666" in state.styleSheet()  # grey, not the red of « non satisfait »
    step.only_open_check.setChecked(True)  # « what remains to do » leaves the facts out
    settle(main_window.wizard)
    assert "priority.earlier_wave" not in step.criteria_view.cards


def test_information_findings_have_no_fix_line(qtbot):
    from esms_desktop.rules.findings import Finding
    from esms_desktop.ui.wizard.composition_panel import FindingCard

    msg = QT_TRANSLATE_NOOP("Test", "something")
    info = FindingCard(Finding("x.info", "info", msg, msg, "src", msg))
    blocking = FindingCard(Finding("x.blocking", "blocking", msg, msg, "src", msg))
    for card in (info, blocking):
        qtbot.addWidget(card)
        card.show()
    assert not info.fix_label.isVisible() and blocking.fix_label.isVisible()


def test_the_porteur_has_a_star_that_stays_visible(main_window, qtbot):
    wizard = _example(main_window, qtbot)
    wizard.go_to_step("grappe")
    settle(main_window.wizard)
    step = wizard.current_step()
    porteur = next(og for og in step.ogs if og.is_porteur)
    top = next(step.tree.topLevelItem(i) for i in range(step.tree.topLevelItemCount())
               if step.tree.topLevelItem(i).text(0) == porteur.finess_ej)
    assert top.text(1) == porteur.name  # no « (porteur) » appended where it is cut off
    assert top.icon(1).cacheKey() == step.star_icon.cacheKey()
    assert porteur.name in step.porteur_label.text() and "★" in step.porteur_label.text()


def test_import_preview_wraps_the_remarks(qtbot, db, tmp_path):
    from PySide6.QtWidgets import QHeaderView

    from esms_desktop.storage import grappe
    from esms_desktop.storage.dossiers import create_dossier
    from esms_desktop.ui.wizard.essms_import_dialog import EssmsImportDialog

    dossier_id = create_dossier(db, "Essai", 2024)
    grappe.add_og(db, dossier_id, name="Papillons Blancs", finess_ej="710000548", is_porteur=True)
    path = tmp_path / "liste.csv"
    path.write_text("FINESS;Nom;OG\n710785263;Mauvaise clé;999999999\n", encoding="utf-8")
    dialog = EssmsImportDialog(None, db, dossier_id, path=path)
    qtbot.addWidget(dialog)
    dialog.show()
    remarks = dialog.preview.item(0, dialog.preview.columnCount() - 1).text()
    assert "\n" in remarks  # one remark per line
    assert dialog.preview.wordWrap() and dialog.preview.textElideMode() == Qt.TextElideMode.ElideNone
    assert dialog.preview.verticalHeader().sectionResizeMode(0) == QHeaderView.ResizeMode.ResizeToContents
    assert dialog.preview.rowHeight(0) >= 2 * dialog.preview.fontMetrics().height()


def test_essms_dialog_fits_the_screen(qtbot):
    from esms_desktop.ui.wizard.essms_form import EssmsDialog

    dialog = EssmsDialog()
    qtbot.addWidget(dialog)
    dialog.show()
    # as wide as its choices need but never wider than the screen (the test screen is 800 px wide), and it
    # can still shrink into a 1100 px window
    assert dialog.width() <= dialog.screen().availableGeometry().width()
    assert dialog.minimumSizeHint().width() <= 900
    banner = dialog.reference
    assert banner.import_button.y() > banner.label.y()  # the buttons are under the text, not beside it
