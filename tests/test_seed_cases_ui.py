"""Issue 15 in the window: the second example from the start screen, the ARS window typed in the Planning
step (kept in the dossier), the DPO in three states and the GHT route (drive real widgets, read what is
shown and stored)."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QDate, Qt

from esms_desktop.storage.loader import load_dossier


from conftest import settle  # noqa: E402


def test_the_start_screen_opens_the_second_example(qtbot, main_window):
    button = main_window.list_view.second_example_button
    assert button.text() == "Se&cond exemple (grappe mixte, Martinique)"
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    settle(main_window.wizard)
    dossier = load_dossier(main_window.db, main_window.wizard.dossier_id)
    assert dossier.name == "Exemple — Grappe PH Nouvelle-Aquitaine et Martinique 2024"
    # the grappe of the issue: one OG of 20 ESSMS bringing 3, four small OGs, one of them in Martinique
    assert [(og.size, len(og.essms)) for og in dossier.ogs] == [(20, 3), (4, 4), (3, 3), (2, 2), (4, 4)]
    assert dossier.ogs[4].corse_overseas


def test_another_ars_window_is_typed_in_the_planning_step_and_kept(qtbot, main_window):
    from esms_desktop.storage import planning
    from esms_desktop.storage.dossiers import get_dossier

    main_window.open_example()
    settle(main_window.wizard)
    dossier_id = main_window.wizard.dossier_id
    db = main_window.db
    with db.session() as session:  # the example moved to 2022, the ARS BFC's call (003 §8)
        from esms_desktop.storage.models import Dossier

        session.get(Dossier, dossier_id).campaign_year = 2022
        session.get(Dossier, dossier_id).filing_date = dt.date(2022, 6, 1)
    # its ESSMS in BFC: the campaign's dates apply, no row to type another ARS's dates
    main_window.wizard.go_to_step("planning")
    settle(main_window.wizard)
    step = main_window.wizard.current_step()
    step.load()
    settle(main_window.wizard)
    assert step.ars_row.isHidden()
    from esms_desktop.storage.models import Essms

    with db.session() as session:
        for e in session.query(Essms).all():
            e.department = "75"  # now all in Paris: the ARS Île-de-France
    step.load()
    settle(main_window.wizard)
    assert not step.ars_row.isHidden()
    assert "à renseigner" in step.window_label.text()
    step.ars_start_edit.setDate(QDate(2022, 4, 1))
    settle(main_window.wizard)
    step.ars_end_edit.setDate(QDate(2022, 6, 30))
    settle(main_window.wizard)
    qtbot.mouseClick(step.ars_save_button, Qt.MouseButton.LeftButton)
    settle(main_window.wizard)
    assert planning.get_ars_window(db, dossier_id) == (dt.date(2022, 4, 1), dt.date(2022, 6, 30))
    assert "01/04/2022 – 30/06/2022" in step.window_label.text()
    assert get_dossier(db, dossier_id) is not None


def test_dpo_in_progress_and_ght_route_are_stored(qtbot, main_window, answer_modal):
    main_window.open_example()
    settle(main_window.wizard)
    dossier_id = main_window.wizard.dossier_id
    main_window.wizard.go_to_step("solution")
    settle(main_window.wizard)
    step = main_window.wizard.current_step()
    assert step.ght_check.isEnabled()  # 2024: the GHT route of 000 is offered
    step.ght_check.setChecked(True)
    settle(main_window.wizard)
    assert load_dossier(main_window.db, dossier_id).dui.ght_route is True


def test_the_verification_step_shows_the_readings_retained(qtbot, main_window):
    # Where a seed is ambiguous the campaign file says the reading retained; the window shows it.
    main_window.open_example()
    settle(main_window.wizard)
    main_window.wizard.go_to_step("verification")
    settle(main_window.wizard)
    step = main_window.wizard.current_step()
    step.refresh()
    settle(main_window.wizard)
    assert step.tabs.tabText(2) == "Lectures re&tenues"
    text = step.readings_label.text()
    assert "grappes composées d'organismes de petite taille" in text.replace("&#x27;", "'")
    assert "plus de 15 ESSMS" in text
