"""Answering away from the porteur, through the real buttons and dialogs: export an OG's questionnaire,
answer it in another window on another database, import it back (conflicts shown before anything is
replaced); tampered or foreign files refused with nothing changed."""

from __future__ import annotations

import json

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QDialogButtonBox, QFileDialog, QMessageBox

from esms_desktop.storage import maturity
from esms_desktop.storage.dossier_file import export_dossier
from esms_desktop.storage.dossiers import create_dossier
from esms_desktop.ui.main_window import MainWindow
from esms_desktop.ui.maturity.conflicts_dialog import ConflictsDialog
from esms_desktop.ui.maturity.respond_dialog import RespondDialog

LEFT = Qt.MouseButton.LeftButton
VILLATTE = 2  # Résidences Maurice Villatte: 27/38 answered in the example, dir.gouv.01 = 1 (« C'est envisagé »)


from conftest import settle  # noqa: E402


def click_radio(qtbot, button):
    qtbot.mouseClick(button, LEFT, pos=QPoint(6, button.height() // 2))


def maturity_step(window):
    window.wizard.go_to_step("maturite")
    settle(window.wizard)
    return window.wizard.current_step()


@pytest.fixture
def porteur(qtbot, main_window):
    """The example dossier open on the maturity step, the partial OG selected."""
    main_window.open_example()
    settle(main_window.wizard)
    step = maturity_step(main_window)
    step.og_list.setCurrentRow(VILLATTE)
    settle(main_window.wizard)
    return main_window, step


def snapshot(window) -> str:
    return json.dumps(export_dossier(window.db, window.wizard.dossier_id), sort_keys=True)


def export_file(qtbot, step, monkeypatch, path) -> None:
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(path), ""))
    qtbot.mouseClick(step.export_button, LEFT)
    assert path.exists() and str(path) in step.status.text()


def open_with(monkeypatch, path) -> None:
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(path), ""))


def answer_elsewhere(qtbot, tmp_path, monkeypatch, answer_modal, path, change):
    """A second window on its own database (the OG's computer): « Répondre à un questionnaire reçu… »."""
    other = MainWindow(str(tmp_path / "og-computer.sqlite"))
    qtbot.addWidget(other)
    other.show()
    assert other.start()
    other.open_dossier(create_dossier(other.db, "Brouillon", 2024))  # no OG: only the file matters
    settle(other.wizard)
    step = maturity_step(other)
    seen = {}

    def fill(dialog):
        assert isinstance(dialog, RespondDialog)
        seen["before"] = dict(dialog.answers)
        change(dialog)
        dialog.buttons.button(QDialogButtonBox.StandardButton.Close).click()

    open_with(monkeypatch, path)
    answer_modal(fill)
    qtbot.mouseClick(step.respond_button, LEFT)
    other.close()
    return seen


def test_export_answer_elsewhere_then_import_with_conflicts(qtbot, porteur, monkeypatch, answer_modal, tmp_path):
    window, step = porteur
    og_id = step.current_og_id()
    path = tmp_path / "maturite-villatte.json"
    export_file(qtbot, step, monkeypatch, path)

    def change(dialog):
        view = dialog.view
        click_radio(qtbot, view.box("dir.gouv.01").buttons[3])  # 1 → 3: a conflict
        view.domain_list.setCurrentRow(5)
        for question in dialog.received.questionnaire.questions_in("competences"):  # the 6 missing ones
            click_radio(qtbot, view.box(question.id).buttons[1])

    seen = answer_elsewhere(qtbot, tmp_path, monkeypatch, answer_modal, path, change)
    assert len(seen["before"]) == 27  # the file carried the answers already given
    written = json.loads(path.read_text(encoding="utf-8"))
    assert len(written["answers"]) == 33 and written["answers"]["dir.gouv.01"] == 3

    before = snapshot(window)
    shown = {}

    def decide(dialog):
        assert isinstance(dialog, ConflictsDialog)
        table = dialog.table
        shown["rows"] = [tuple(table.item(r, c).text() for c in range(3)) for r in range(table.rowCount())]
        shown["unchanged"] = snapshot(window) == before  # nothing replaced while the choice is open
        qtbot.mouseClick(dialog.replace_button, LEFT)

    open_with(monkeypatch, path)
    answer_modal(decide)
    qtbot.mouseClick(step.import_button, LEFT)
    settle(window.wizard)
    assert shown["unchanged"]
    (row,) = shown["rows"]
    assert row[0].startswith("1. Le numérique figure-t-il")  # dir.gouv.01, the first question
    assert row[1:] == ("C'est envisagé", "Oui, c'est en place")
    answers = maturity.get_diagnostic(window.db, og_id).answers
    assert len(answers) == 33 and answers["dir.gouv.01"] == 3 and answers["dir.comp.06"] == 1
    assert "33/38" in step.og_list.item(VILLATTE).text()
    assert step.questionnaire_view.box("dir.gouv.01").buttons[3].isChecked()


def test_conflicts_cancel_changes_nothing_keep_fills_gaps(qtbot, porteur, monkeypatch, answer_modal, tmp_path):
    window, step = porteur
    og_id = step.current_og_id()
    path = tmp_path / "q.json"
    export_file(qtbot, step, monkeypatch, path)

    def change(dialog):
        click_radio(qtbot, dialog.view.box("dir.gouv.01").buttons[0])  # conflict: 1 → 0
        click_radio(qtbot, dialog.view.box("dir.comp.01").buttons[2])  # new

    answer_elsewhere(qtbot, tmp_path, monkeypatch, answer_modal, path, change)
    before = snapshot(window)
    open_with(monkeypatch, path)
    answer_modal(lambda dialog: qtbot.mouseClick(dialog.cancel_button, LEFT))
    settle(window.wizard)
    qtbot.mouseClick(step.import_button, LEFT)
    settle(window.wizard)
    assert snapshot(window) == before

    answer_modal(lambda dialog: qtbot.mouseClick(dialog.keep_button, LEFT))
    settle(window.wizard)
    qtbot.mouseClick(step.import_button, LEFT)
    settle(window.wizard)
    answers = maturity.get_diagnostic(window.db, og_id).answers
    assert answers["dir.gouv.01"] == 1 and answers["dir.comp.01"] == 2 and len(answers) == 28


def test_tampered_or_foreign_files_are_refused_and_change_nothing(qtbot, porteur, monkeypatch, tmp_path):
    window, step = porteur
    warnings = []
    monkeypatch.setattr(QMessageBox, "warning", lambda parent, title, text, *a, **k: warnings.append(text))
    path = tmp_path / "villatte.json"
    export_file(qtbot, step, monkeypatch, path)
    data = json.loads(path.read_text(encoding="utf-8"))
    tampered = tmp_path / "tampered.json"
    tampered.write_text(json.dumps({**data, "answers": {**data["answers"], "dir.gouv.01": 3}}), encoding="utf-8")
    settle(window.wizard)
    step.og_list.setCurrentRow(3)  # EHPAD Les Jardins d'Athéna: its own file is foreign to Villatte
    settle(window.wizard)
    foreign = tmp_path / "athena.json"
    export_file(qtbot, step, monkeypatch, foreign)
    step.og_list.setCurrentRow(VILLATTE)
    settle(window.wizard)

    before = snapshot(window)
    for bad in (tampered, foreign):
        open_with(monkeypatch, bad)
        qtbot.mouseClick(step.import_button, LEFT)
    assert len(warnings) == 2
    assert "250001161" in warnings[1]  # the FINESS EJ of the OG the file belongs to
    # a tampered file received on the OG's side is refused too, before any dialog opens
    open_with(monkeypatch, tampered)
    qtbot.mouseClick(step.respond_button, LEFT)
    settle(window.wizard)
    assert len(warnings) == 3
    assert snapshot(window) == before
    assert json.loads(tampered.read_text(encoding="utf-8"))["answers"]["dir.gouv.01"] == 3  # file untouched
