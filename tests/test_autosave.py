"""Autosave: one refused edit does not take the other pending edits down with it."""

from __future__ import annotations

from PySide6.QtWidgets import QLineEdit

from esms_desktop.ui.autosave import Autosaver


def test_a_failing_edit_does_not_drop_the_others(qtbot):
    saver = Autosaver()
    first, second = QLineEdit(), QLineEdit()
    stored, failures = [], []
    saver.failed.connect(failures.append)

    def refuse(_text):
        raise ValueError("refusé")

    saver.bind_line_edit(first, refuse)
    saver.bind_line_edit(second, stored.append)
    qtbot.keyClicks(first, "a")
    qtbot.keyClicks(second, "b")
    assert saver.has_pending()
    saver.flush()
    assert stored == ["b"]
    assert [str(e) for e in failures] == ["refusé"]
    assert not saver.has_pending()


def test_pending_edits_are_stored_after_the_delay(qtbot):
    saver = Autosaver()
    edit = QLineEdit()
    stored = []
    saver.bind_line_edit(edit, stored.append)
    qtbot.keyClicks(edit, "abc")
    assert stored == []  # not on every key stroke
    qtbot.waitUntil(lambda: stored == ["abc"], timeout=1500)
