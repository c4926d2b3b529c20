"""The Alt+letter accelerators visible in a window (for the tests of issue 21)."""

from __future__ import annotations

import re

from PySide6.QtWidgets import QAbstractButton, QGroupBox, QLabel, QMainWindow, QTabBar, QWidget

MNEMONIC = re.compile(r"&([^&\s])")


def letter(text: str) -> str | None:
    found = MNEMONIC.search(text.replace("&&", ""))
    return found.group(1).lower() if found else None


def accelerators(window: QMainWindow) -> list[tuple[str, str]]:
    """(letter, text) of every visible widget of ``window`` with an accelerator, the menu bar's titles included."""
    found = []
    for action in window.menuBar().actions():
        if action.isVisible() and letter(action.text()):
            found.append((letter(action.text()), action.text()))
    for widget in window.findChildren(QWidget):
        if not widget.isVisible():
            continue
        if isinstance(widget, QAbstractButton):
            texts = [widget.text()]
        elif isinstance(widget, QLabel) and widget.buddy() is not None:
            texts = [widget.text()]
        elif isinstance(widget, QGroupBox) and widget.isCheckable():
            texts = [widget.title()]
        elif isinstance(widget, QTabBar):
            texts = [widget.tabText(i) for i in range(widget.count()) if widget.isTabVisible(i)]
        else:
            continue
        for text in texts:
            key = letter(text)
            if key:
                found.append((key, text))
    return found


def duplicates(window: QMainWindow) -> dict[str, list[str]]:
    by_letter: dict[str, list[str]] = {}
    for key, text in accelerators(window):
        by_letter.setdefault(key, []).append(text)
    return {k: v for k, v in by_letter.items() if len(v) > 1}
