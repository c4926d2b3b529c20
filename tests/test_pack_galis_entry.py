"""GALIS « À saisir » until the user says it is done (issue 17): the tick box of the GALIS helper stores the
day; section 11 and the check-list annex then both say « Satisfait », in the snapshot and in the PDF text."""

from __future__ import annotations

import datetime as dt
import io
import re

import pytest
from PySide6.QtCore import QDate, Qt
from pypdf import PdfReader

from esms_desktop.reports.pack import render_pack
from esms_desktop.reports.snapshot import build_pack_snapshot
from esms_desktop.storage.loader import load_dossier
from esms_desktop.storage.planning import get_galis_entry
from conftest import settle  # noqa: E402

TODAY = dt.date(2024, 5, 10)


def _galis_lines(snapshot):
    return (next(c for c in snapshot.checklist if "GALIS" in c.label),
            next(c for c in snapshot.aap_checklist if "GALIS" in c.label))


def _pdf_text(snapshot) -> str:
    out = io.BytesIO()
    render_pack(snapshot, out)
    return re.sub(r"[\s\u00a0\u202f]+", " ", " ".join(p.extract_text() for p in PdfReader(out).pages))


@pytest.fixture
def verification(main_window, qtbot):
    main_window.open_example()
    settle(main_window.wizard)
    qtbot.waitUntil(lambda: main_window.wizard is not None)
    wizard = main_window.wizard
    wizard.go_to_step("verification")
    settle(wizard)
    step = wizard.current_step()
    step.tabs.setCurrentWidget(step.galis_view)
    return main_window, step


def test_ticking_the_entry_makes_both_verdicts_satisfied(verification, qtbot):
    window, step = verification
    db, dossier_id = window.db, window.wizard.dossier_id
    view = step.galis_view
    # GIVEN the example, every GALIS field filled, not said entered: both lines « À saisir », the box unticked
    assert not view.entered_check.isChecked() and not view.entered_edit.isEnabled()
    section, annex = _galis_lines(build_pack_snapshot(load_dossier(db, dossier_id), today=TODAY))
    assert section.state_label == annex.state_label == "À saisir"
    # WHEN the user ticks « J'ai saisi la candidature dans GALIS le » and picks 12/09/2024
    qtbot.mouseClick(view.entered_check, Qt.MouseButton.LeftButton)
    assert view.entered_edit.isEnabled()
    view.entered_edit.setDate(QDate(2024, 9, 12))
    settle(window.wizard)  # stored in the background
    # THEN the day is stored, and section 11 and annex 3 both say « Satisfait », with the day
    assert get_galis_entry(db, dossier_id) == dt.date(2024, 9, 12)
    snapshot = build_pack_snapshot(load_dossier(db, dossier_id), today=TODAY)
    section, annex = _galis_lines(snapshot)
    assert section.state_label == annex.state_label == "Satisfait"
    assert "12/09/2024" in section.explanation
    text = _pdf_text(snapshot)
    assert "À saisir" not in text
    assert re.search(r"Les informations à saisir dans GALIS sont prêtes Satisfait", text), text[:0]
    assert re.search(r"Dossier saisi dans GALIS \(outil de dépôt de la CNSA\) Satisfait", text)
    # and unticking it puts « À saisir » back
    qtbot.mouseClick(view.entered_check, Qt.MouseButton.LeftButton)
    settle(window.wizard)
    assert get_galis_entry(db, dossier_id) is None
    section, annex = _galis_lines(build_pack_snapshot(load_dossier(db, dossier_id), today=TODAY))
    assert section.state_label == annex.state_label == "À saisir"


def test_the_entry_is_shown_again_when_the_dossier_is_reopened(verification, qtbot):
    window, step = verification
    from esms_desktop.storage.planning import set_galis_entry

    set_galis_entry(window.db, window.wizard.dossier_id, dt.date(2024, 9, 12))
    window.open_dossier(window.wizard.dossier_id)
    settle(window.wizard)
    window.wizard.go_to_step("verification")
    settle(window.wizard)
    view = window.wizard.current_step().galis_view
    assert view.entered_check.isChecked() and view.entered_edit.date() == QDate(2024, 9, 12)
    assert view.entered_edit.text() == "12/09/2024"
