"""The note de présentation step: sections typed through the widgets are stored and counted."""

from __future__ import annotations

from PySide6.QtCore import Qt

from esms_desktop.storage.presentation import get_presentation


from conftest import settle  # noqa: E402


def _open_step(main_window):
    main_window.open_example()
    settle(main_window.wizard)
    wizard = main_window.wizard
    wizard.go_to_step("presentation")
    settle(main_window.wizard)
    step = wizard.current_step()
    assert step.key == "presentation"
    return wizard, step


def test_typing_a_section_is_stored(qtbot, main_window):
    wizard, step = _open_step(main_window)
    step.section_list.setCurrentRow(6)  # benefits
    settle(main_window.wizard)
    editor = step.editors["benefits"]
    editor.setFocus()
    editor.moveCursor(editor.textCursor().MoveOperation.End)
    qtbot.keyClicks(editor, " Moins de papier.")
    qtbot.waitUntil(lambda: get_presentation(main_window.db, wizard.dossier_id)["benefits"].endswith("Moins de papier."),
                    timeout=1500)


def test_bold_and_bullets_insert_the_marks(qtbot, main_window):
    wizard, step = _open_step(main_window)
    step.section_list.setCurrentRow(0)
    settle(main_window.wizard)
    editor = step.editors["context"]
    editor.setPlainText("premier point\nsecond point")
    settle(main_window.wizard)
    editor.selectAll()
    qtbot.mouseClick(step.bullet_button, Qt.MouseButton.LeftButton)
    settle(main_window.wizard)
    assert editor.toPlainText() == "- premier point\n- second point"
    cursor = editor.textCursor()
    cursor.setPosition(2)
    cursor.setPosition(9, cursor.MoveMode.KeepAnchor)
    editor.setTextCursor(cursor)
    qtbot.mouseClick(step.bold_button, Qt.MouseButton.LeftButton)
    settle(main_window.wizard)
    assert editor.toPlainText().startswith("- **premier** point")
    wizard.flush()
    settle(main_window.wizard)
    assert get_presentation(main_window.db, wizard.dossier_id)["context"].startswith("- **premier** point")


def test_completion_follows_the_sections(qtbot, main_window):
    wizard, step = _open_step(main_window)
    row = [s.key for s in wizard.steps].index("presentation")
    assert wizard.step_list.item(row).data(Qt.ItemDataRole.UserRole) == "complete"
    step.section_list.setCurrentRow(1)
    settle(main_window.wizard)
    step.editors["strategy"].setPlainText("Trop court.")
    settle(main_window.wizard)
    wizard.flush()
    settle(main_window.wizard)
    assert wizard.step_list.item(row).data(Qt.ItemDataRole.UserRole) == "partial"
    assert step.section_list.item(1).text().startswith("◐")
    assert wizard.go_to_step("presentation", "team") is None and step.stack.currentIndex() == 4


def test_the_step_guides_each_section_and_shows_the_notes_contradictions(qtbot, main_window):
    """GIVEN the example WHEN the note states a wrong ESSMS count THEN the step lists it, with the DUI named
    while the planning still chooses the editor; each section says what the priority criteria weigh."""
    wizard, step = _open_step(main_window)
    assert "starting point" in step.weight_labels["context"].text() or "point de départ" in \
        step.weight_labels["context"].text()
    assert all(step.weight_labels[key].text() for key in step.editors)
    texts = [step.contradictions.item(i).text() for i in range(step.contradictions.count())]
    assert step.contradictions.isVisibleTo(step) and any("Dossier Usager Horizon" in t for t in texts)
    editor = step.editors["context"]
    editor.setPlainText(editor.toPlainText() + "\n\nLa grappe réunit 12 ESSMS.")
    settle(main_window.wizard)
    wizard.flush()
    settle(main_window.wizard)
    qtbot.waitUntil(lambda: any("12" in step.contradictions.item(i).text() and "16" in step.contradictions.item(i).text()
                                for i in range(step.contradictions.count())), timeout=3000)
