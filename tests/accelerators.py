"""The Alt+letter accelerators visible in a window (for the tests of issue 21)."""

from __future__ import annotations

import re

from PySide6.QtWidgets import QAbstractButton, QGroupBox, QLabel, QMainWindow, QTabBar, QWidget

MNEMONIC = re.compile(r"&([^&\s])")


def letter(text: str) -> str | None:
    found = MNEMONIC.search(text.replace("&&", ""))
    return found.group(1).lower() if found else None


def accelerators(window: QWidget) -> list[tuple[str, str]]:
    """(letter, text) of every visible widget of the window ``window`` (a main window or a dialog) with an
    accelerator, a main window's menu bar titles included; widgets of another window (a dialog open over
    it) are left to that window."""
    found = []
    if isinstance(window, QMainWindow):
        for action in window.menuBar().actions():
            if action.isVisible() and letter(action.text()):
                found.append((letter(action.text()), action.text()))
    for widget in window.findChildren(QWidget):
        if not widget.isVisible() or widget.window() is not window:
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


def duplicates(window: QWidget) -> dict[str, list[str]]:
    by_letter: dict[str, list[str]] = {}
    for key, text in accelerators(window):
        by_letter.setdefault(key, []).append(text)
    return {k: v for k, v in by_letter.items() if len(v) > 1}


def duplicates_on_every_tab(window: QWidget) -> dict[str, list[str]]:
    """``duplicates`` of ``window`` as it shows each tab of its tab widgets in turn (merged)."""
    from PySide6.QtWidgets import QApplication, QTabWidget

    found = dict(duplicates(window))
    for tabs in [t for t in window.findChildren(QTabWidget) if t.isVisible() and t.window() is window]:
        current = tabs.currentIndex()
        for tab in range(tabs.count()):
            tabs.setCurrentIndex(tab)
            QApplication.processEvents()
            for key, texts in duplicates(window).items():
                found.setdefault(key, texts)
        tabs.setCurrentIndex(current)
    return found


class ModalWatcher:
    """Every modal dialog that comes up while it watches: its accelerator duplicates, then it is closed
    (rejected), so that the code that opened it goes on as after « Annuler »."""

    def __init__(self) -> None:
        from PySide6.QtCore import QTimer

        self.seen: list[tuple[str, str, dict[str, list[str]]]] = []  # (class, title, duplicates)
        self._handled: list[QWidget] = []  # kept: a new dialog never takes a closed one's id
        self._timer = QTimer()
        self._timer.setInterval(5)
        self._timer.timeout.connect(self._poll)
        self._timer.start()

    def _poll(self) -> None:
        from PySide6.QtWidgets import QApplication

        dialog = QApplication.activeModalWidget()
        if dialog is None or not dialog.isVisible():
            return
        if any(dialog is done for done in self._handled):
            dialog.reject()  # still up: ask again
            return
        self._handled.append(dialog)
        QApplication.processEvents()
        self.seen.append((type(dialog).__name__, dialog.windowTitle(), duplicates_on_every_tab(dialog)))
        dialog.reject()

    def stop(self) -> None:
        self._timer.stop()

    def classes(self) -> set[str]:
        return {name for name, _title, _dups in self.seen}

    def problems(self) -> dict[str, dict[str, list[str]]]:
        return {f"{name} « {title} »": dups for name, title, dups in self.seen if dups}
