"""A FINESS number field that says at once, under the field, what is wrong with the number typed."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QLabel, QLineEdit, QVBoxLayout, QWidget

from esms_desktop.i18n import render
from esms_desktop.rules.finess import check_finess


class FinessField(QWidget):
    """Line edit + error label. ``number()`` gives the normalised number; ``is_acceptable()`` allows empty."""

    validity_changed = Signal(bool)

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.edit = QLineEdit()
        self.edit.setMaxLength(12)
        self.edit.setPlaceholderText("000000000")
        self.error = QLabel()
        self.error.setObjectName("fieldError")
        self.error.setWordWrap(True)
        self.error.hide()
        layout.addWidget(self.edit)
        layout.addWidget(self.error)
        self.edit.textChanged.connect(self._check)
        self.setFocusProxy(self.edit)

    def setText(self, text: str) -> None:  # noqa: N802 - Qt naming
        self.edit.setText(text)

    def text(self) -> str:
        return self.edit.text()

    def number(self) -> str:
        result = check_finess(self.edit.text())
        return result.number if result.valid else self.edit.text().strip().upper()

    def is_acceptable(self) -> bool:
        text = self.edit.text().strip()
        return not text or check_finess(text).valid

    def _check(self, text: str) -> None:
        ok = True
        if text.strip():
            result = check_finess(text)
            ok = result.valid
            if not ok:
                self.error.setText(render(result.reason))
        self.error.setVisible(not ok)
        self.edit.setProperty("invalid", not ok)
        self.edit.style().unpolish(self.edit)
        self.edit.style().polish(self.edit)
        self.validity_changed.emit(ok)
