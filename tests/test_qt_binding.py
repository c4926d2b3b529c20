"""The Qt binding installed must not leak references to None (PySide6 6.12 does on Python 3.11).

With such a binding the interpreter aborts (« deallocating None ») after a few thousand widget calls:
a long session would crash. pyproject.toml pins the versions; this test tells at once if that changes.
"""

from __future__ import annotations

import sys


def test_qt_calls_returning_nothing_keep_none_alive(qapp):
    from PySide6.QtWidgets import QLabel

    label = QLabel()
    before = sys.getrefcount(None)
    for _ in range(2000):
        label.setText("x")
    assert sys.getrefcount(None) - before > -100  # a leaking binding loses 2000


def test_pdf_modules_are_available():
    from PySide6 import QtPdf, QtPdfWidgets  # noqa: F401 - the pack preview needs both
