"""« Évaluation maturité SI » through the real widgets: answering, coming back, results, needs."""

from __future__ import annotations

from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QApplication

from esms_desktop.rules.maturity.scoring import load_questionnaire
from esms_desktop.storage import maturity
from esms_desktop.storage.dossier_file import export_dossier
from esms_desktop.storage.dossiers import create_dossier
from esms_desktop.storage.grappe import add_og
from esms_desktop.ui.maturity.labels import state_label
from esms_desktop.ui.maturity.radar_chart import segments

LEFT = Qt.MouseButton.LeftButton


from conftest import settle  # noqa: E402


def click_radio(qtbot, button):
    """Click on the radio's indicator (a radio only takes clicks on its indicator and text)."""
    qtbot.mouseClick(button, LEFT, pos=QPoint(6, button.height() // 2))


def open_step(main_window, dossier_id):
    main_window.open_dossier(dossier_id)
    settle(main_window.wizard)
    wizard = main_window.wizard
    wizard.go_to_step("maturite")
    settle(main_window.wizard)
    step = wizard.current_step()
    assert step.key == "maturite"
    return wizard, step


def step_state(wizard) -> str:
    row = next(i for i, s in enumerate(wizard.steps) if s.key == "maturite")
    return wizard.step_list.item(row).data(Qt.ItemDataRole.UserRole)


def test_answer_with_radios_leave_come_back_and_finish(qtbot, main_window):
    db = main_window.db
    dossier_id = create_dossier(db, "Essai", 2024)
    og_id = add_og(db, dossier_id, name="Papillons Blancs", finess_ej="710000548", is_porteur=True)
    wizard, step = open_step(main_window, dossier_id)
    # (texts compared through the same labels: the French catalogue is merged separately)
    assert step.og_list.item(0).text() == f"○  Papillons Blancs {step.tr('(porteur)')} — {state_label('empty', 0, 38)}"
    assert step_state(wizard) == "empty"
    view = step.questionnaire_view
    questionnaire = load_questionnaire("direction")  # no RSI: the director's questionnaire
    assert view.questionnaire.id == "maturite-direction"

    first_five = [q.id for q in questionnaire.questions[:5]]
    for question_id in first_five:
        click_radio(qtbot, view.box(question_id).buttons[2])
    box = view.box(questionnaire.questions[5].id)
    click_radio(qtbot, box.buttons["nsp"])  # « Je ne sais pas »
    settle(main_window.wizard)
    stored = maturity.get_diagnostic(db, og_id).answers
    assert stored == {**{q: 2 for q in first_five}, questionnaire.questions[5].id: "nsp"}
    assert step.og_list.item(0).text().startswith("◐  Papillons Blancs") and "6/38" in step.og_list.item(0).text()
    assert step_state(wizard) == "partial"
    assert view.domain_list.item(0).text().startswith("● ") and "6/6" in view.domain_list.item(0).text()

    # keyboard: « Domaine suivant » focuses the first answer; Space chooses, arrows move the choice,
    # Tab goes to the next question (one stop per question, on its chosen answer if any)
    view.show_domain(1)
    settle(main_window.wizard)
    first = view.box("dir.infra.01").buttons[0]
    assert first.hasFocus()
    qtbot.keyClick(first, Qt.Key.Key_Space)
    settle(main_window.wizard)
    assert maturity.get_diagnostic(db, og_id).answers["dir.infra.01"] == 0
    qtbot.keyClick(first, Qt.Key.Key_Down)
    settle(main_window.wizard)
    assert maturity.get_diagnostic(db, og_id).answers["dir.infra.01"] == 1
    assert view.box("dir.infra.01").buttons[1].hasFocus()
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
    settle(main_window.wizard)
    assert view.box("dir.infra.02").buttons[0].hasFocus()
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Backtab)
    settle(main_window.wizard)
    assert view.box("dir.infra.01").buttons[1].hasFocus()  # back on the chosen answer

    # leave the step, come back: the answers are there
    wizard.go_to_step("grappe")
    settle(main_window.wizard)
    wizard.go_to_step("maturite")
    settle(main_window.wizard)
    view = step.questionnaire_view
    assert view.box(first_five[0]).buttons[2].isChecked()
    assert view.box(questionnaire.questions[5].id).buttons["nsp"].isChecked()
    assert view.box("dir.infra.01").buttons[1].isChecked()

    # finish it, domain by domain, with the mouse
    for index, domain in enumerate(questionnaire.domains):
        view.domain_list.setCurrentRow(index)
        for question in questionnaire.questions_in(domain.id):
            if view.box(question.id).answer() is None:
                click_radio(qtbot, view.box(question.id).buttons[question.max_level])
    settle(main_window.wizard)  # the answers are stored in the background, in the order clicked
    og = maturity.get_og_diagnostic(db, og_id)
    assert (og.state, og.answered) == ("complete", 38)
    assert step.og_list.item(0).text().startswith("●  Papillons Blancs")
    assert step.og_list.item(0).text().endswith(state_label("complete", 38, 38))
    settle(main_window.wizard)  # the step states are read again in the background
    assert step_state(wizard) == "complete"

    # clearing one answer makes it partial again
    qtbot.mouseClick(view.box("dir.comp.06").clear_button, LEFT)
    settle(main_window.wizard)
    assert "dir.comp.06" not in maturity.get_diagnostic(db, og_id).answers
    assert step.og_list.item(0).text().endswith(state_label("partial", 37, 38))


def test_results_radar_and_add_to_needs(qtbot, main_window):
    main_window.open_example()
    settle(main_window.wizard)
    dossier_id = main_window.wizard.dossier_id
    wizard, step = open_step(main_window, dossier_id)
    texts = [step.og_list.item(i).text() for i in range(step.og_list.count())]
    assert texts[2].startswith("◐") and texts[2].endswith("Résidences Maurice Villatte — " + state_label("partial", 27, 38))
    assert texts[0].startswith("●") and "Foucauld" in texts[0]

    step.og_list.setCurrentRow(2)  # the partial one: Compétences has no answer, no score, a gap in the radar
    settle(main_window.wizard)
    step.tabs.setCurrentIndex(1)
    settle(main_window.wizard)
    results = step.results_view
    assert "Émergent" in results.level_label.text()
    assert results.partial_note.isVisible()
    assert results.table.item(5, 1).text() == "–"
    # all six "Le DUI" answers are level 0 (no DUI): 0/100 for that domain
    assert results.table.item(3, 1).text() == "0"
    (series,) = results.radar.series
    assert series.values[3] == 0 and series.values[5] is None

    step.tabs.setCurrentIndex(2)
    settle(main_window.wizard)
    grappe = step.grappe_view
    names = [s.name for s in grappe.radar.series]
    assert len(names) == 6 and names[0].startswith("Association Charles de Foucau")  # 4 OGs, mean, minimum
    mean, minimum = grappe.radar.series[-2].values, grappe.radar.series[-1].values
    # Sécurité: the four OGs score 53.6, 61.9, 61.9 and 40 (rounded): the minimum is the EHPAD's exactly
    assert round(minimum[2], 6) == round(grappe.ogs[3].result.domain("securite").score, 6)
    assert abs(mean[2] - sum(o.result.domain("securite").score for o in grappe.ogs) / 4) < 1e-9
    assert minimum[3] == 0  # DUI: the two OGs without a DUI answered 0 everywhere
    assert grappe.table.rowCount() == 7 and grappe.table.columnCount() == 7  # 6 domains + overall; 4 OGs + 2

    # « Ajouter aux besoins »: one click, one need; then shown as already added
    step.tabs.setCurrentIndex(1)
    settle(main_window.wizard)
    card = next(c for c in results.cards.values() if c.button.isEnabled())
    before = export_dossier(main_window.db, dossier_id)["dossier"]["needs"]
    qtbot.mouseClick(card.button, LEFT)
    settle(main_window.wizard)
    after = export_dossier(main_window.db, dossier_id)["dossier"]["needs"]
    assert len(after) == len(before) + 1
    new = after[-1]
    assert (new["kind"], new["label"], new["from_action"]) == (card.action.need, card.action.title, card.action.id)
    assert not card.button.isEnabled() and card.button.text().startswith("✓")
    card.button.click()  # disabled: nothing happens
    settle(main_window.wizard)
    assert len(export_dossier(main_window.db, dossier_id)["dossier"]["needs"]) == len(after)
    # another OG recommending the same action shows it as added too
    step.og_list.setCurrentRow(3)
    settle(main_window.wizard)
    other = results.cards.get(card.action.id)
    assert other is None or not other.button.isEnabled()


def test_radar_segments_break_at_unscored_domains():
    # all scored: one closed polygon back to the first value at position 6
    assert segments((10, 20, 30, 40, 50, 60)) == [
        [(0, 10.0), (1, 20.0), (2, 30.0), (3, 40.0), (4, 50.0), (5, 60.0), (6, 10.0)]
    ]
    # the last domain unscored: one open line from 0 to 4, nothing invented for 5
    assert segments((10, 20, 30, 40, 50, None)) == [[(0, 10.0), (1, 20.0), (2, 30.0), (3, 40.0), (4, 50.0)]]
    # a gap in the middle: the run 3-4-5 continues across the seam to the first axis (position 6)
    assert segments((10, 20, None, 40, 50, 60)) == [
        [(3, 40.0), (4, 50.0), (5, 60.0), (6, 10.0)],
        [(0, 10.0), (1, 20.0)],
    ]
    assert segments((None,) * 6) == []


def test_respondent_date_and_questionnaire_no_longer_matching(qtbot, main_window, monkeypatch):
    import datetime as dt

    from PySide6.QtCore import QDate
    from PySide6.QtWidgets import QMessageBox

    from esms_desktop.storage.grappe import update_og

    main_window.open_example()
    settle(main_window.wizard)
    wizard, step = open_step(main_window, main_window.wizard.dossier_id)
    db = main_window.db
    step.og_list.setCurrentRow(3)
    settle(main_window.wizard)
    athena = step.current_og_id()
    step.respondent_edit.selectAll()
    settle(main_window.wizard)
    qtbot.keyClicks(step.respondent_edit, "Jean Dupont, directeur")
    step.date_edit.setDate(QDate(2024, 5, 6))
    settle(main_window.wizard)
    step.og_list.setCurrentRow(1)  # the typed name is stored for the OG it was typed for
    settle(main_window.wizard)
    row = maturity.get_diagnostic(db, athena)
    assert (row.respondent, row.answered_on) == ("Jean Dupont, directeur", dt.date(2024, 5, 6))
    papillons = step.current_og_id()
    assert maturity.get_diagnostic(db, papillons).respondent == "Sophie Lambert, directrice de pôle"

    # the OG now has an IT manager: its 38 answers to the director's questionnaire are kept, and said so
    update_og(db, papillons, has_rsi=True)
    settle(main_window.wizard)
    wizard.go_to_step("grappe")
    settle(main_window.wizard)
    wizard.go_to_step("maturite")
    settle(main_window.wizard)
    assert not step.mismatch_box.isHidden() and step.og_list.item(1).text().endswith("⚠")
    assert step.questionnaire_view.questionnaire.id == "maturite-direction"
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.No)
    qtbot.mouseClick(step.restart_button, LEFT)
    settle(main_window.wizard)
    assert len(maturity.get_diagnostic(db, papillons).answers) == 38  # declined: nothing erased
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Yes)
    qtbot.mouseClick(step.restart_button, LEFT)
    settle(main_window.wizard)
    row = maturity.get_diagnostic(db, papillons)
    assert (row.variant, row.answers) == ("rsi", {})
    assert step.mismatch_box.isHidden() and step.questionnaire_view.questionnaire.id == "maturite-rsi"
