"""The main window's size on opening: as large as comfortable, never larger than the screen's free area.

A laptop at 1280×720 leaves about 1280×680 under the panels; the window opens filling it, title bar
included, so that « Suivant » and every step's buttons are on screen.
"""

from __future__ import annotations

from PySide6.QtCore import QRect
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QWidget

COMFORTABLE = (1400, 900)  # beyond this, more room does not help the steps
TITLE_BAR = 32  # the window manager's title bar and borders, not known before the window is shown
BORDER = 4


def target_geometry(available: QRect) -> QRect:
    """The client area to give the window on a screen whose free area is ``available``."""
    width = min(COMFORTABLE[0], available.width() - 2 * BORDER)
    height = min(COMFORTABLE[1], available.height() - TITLE_BAR - BORDER)
    left = available.x() + (available.width() - width) // 2
    top = available.y() + TITLE_BAR + max(0, (available.height() - TITLE_BAR - BORDER - height) // 2)
    return QRect(left, top, width, height)


def fit_to_screen(window: QWidget, only_if_outside: bool = False) -> None:
    screen = window.screen() or QGuiApplication.primaryScreen()
    if screen is None:
        return
    available = screen.availableGeometry()
    if only_if_outside:
        frame = window.frameGeometry()
        if available.contains(window.geometry()) and frame.height() <= available.height():
            return
    target = target_geometry(available)
    window.resize(target.size())
    window.move(target.left() - BORDER, target.top() - TITLE_BAR)
