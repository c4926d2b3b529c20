"""The « Dossier PDF » step is complete once the whole pack was saved for the dossier as it is now,
and this is remembered after the step (or the application) is closed; a change makes it « à compléter »
again. Only the save dialog is stubbed."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFileDialog

from esms_desktop.ui.wizard.step import Completion, WizardContext

TIMEOUT = 30000


def open_step(qtbot, db, dossier_id):
    from esms_desktop.ui.autosave import Autosaver
    from esms_desktop.ui.pack.pack_step import PackStep

    page = PackStep(WizardContext(db, dossier_id, Autosaver()))
    qtbot.addWidget(page)
    page.show()
    page.load()
    return page


@pytest.fixture
def step(qtbot, french, db, example_id):
    page = open_step(qtbot, db, example_id)
    yield page
    page.export.cancel()
    page.export.wait()


def save(qtbot, monkeypatch, step, button, path) -> None:
    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(lambda *a, **k: (str(path), "")))
    with qtbot.waitSignal(step.export.finished, timeout=TIMEOUT):
        qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def test_complete_once_saved_remembered_and_partial_again_after_a_change(qtbot, step, monkeypatch, tmp_path, db,
                                                                        example_id):
    from esms_desktop.storage.dossiers import update_dossier

    assert step.completion() == Completion.PARTIAL
    save(qtbot, monkeypatch, step, step.letters_button, tmp_path / "lettres.pdf")
    assert step.completion() == Completion.PARTIAL  # the letters alone are not the pack
    save(qtbot, monkeypatch, step, step.save_button, tmp_path / "dossier.pdf")
    assert step.completion() == Completion.COMPLETE
    # the dossier opened again later (a new step, nothing in memory): still complete
    again = open_step(qtbot, db, example_id)
    assert again.completion() == Completion.COMPLETE
    assert again.status.text() == again.tr("The pack was saved for the dossier as it is now.")
    # a change after the save: to make again
    update_dossier(db, example_id, name="Grappe DUI Yonne-Saône-et-Loire — version 2")
    assert again.completion() == Completion.PARTIAL
    again.load()
    assert again.status.text() == again.tr("The dossier has changed since the pack was last saved: make the pack "
                                           "again and save it.")
    save(qtbot, monkeypatch, again, again.save_button, tmp_path / "dossier-2.pdf")
    assert again.completion() == Completion.COMPLETE
    again.export.wait()


def test_another_dossier_is_not_complete(qtbot, step, monkeypatch, tmp_path, db):
    from esms_desktop.storage.dossiers import duplicate_dossier

    save(qtbot, monkeypatch, step, step.save_button, tmp_path / "dossier.pdf")
    copy_id = duplicate_dossier(db, step.dossier_id, "Copie")  # a new uid
    other = open_step(qtbot, db, copy_id)
    assert step.completion() == Completion.COMPLETE and other.completion() == Completion.PARTIAL
