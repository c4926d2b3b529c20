"""A line edit that says under itself, as the user types, what is wrong (SIRET, e-mail...)."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QLabel, QLineEdit, QSizePolicy, QVBoxLayout, QWidget

from esms_desktop.i18n import render
from esms_desktop.rules.identity.identifiers import check_email, check_siret
from esms_desktop.text import Message


class CheckedField(QWidget):
    """``check(text)`` returns None when the text is right, else the reason. An empty field is accepted."""

    validity_changed = Signal(bool)

    def __init__(self, check: Callable[[str], Message | None], max_length: int = 200, parent: QWidget | None = None):
        super().__init__(parent)
        self.check = check
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        self.edit = QLineEdit()
        self.edit.setMaxLength(max_length)
        self.error = QLabel()
        self.error.setObjectName("fieldError")
        self.error.setWordWrap(True)
        self.error.hide()
        layout.addWidget(self.edit)
        layout.addWidget(self.error)
        self.edit.textChanged.connect(self._check)
        self.setFocusProxy(self.edit)
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Maximum)

    def setText(self, text: str) -> None:  # noqa: N802 - Qt naming
        self.edit.setText(text)

    def text(self) -> str:
        return self.edit.text().strip()

    def is_acceptable(self) -> bool:
        return not self.text() or self.check(self.text()) is None

    def _check(self, text: str) -> None:
        reason = self.check(text) if text.strip() else None
        if reason is not None:
            self.error.setText(render(reason))
        self.error.setVisible(reason is not None)
        self.edit.setProperty("invalid", reason is not None)
        self.edit.style().unpolish(self.edit)
        self.edit.style().polish(self.edit)
        self.validity_changed.emit(reason is None)


def siret_field() -> CheckedField:
    """SIREN (9 digits) or SIRET (14 digits), spaces allowed."""
    field = CheckedField(lambda text: check_siret(text).reason, max_length=20)
    field.edit.setPlaceholderText("000 000 000 00000")
    return field


def email_field() -> CheckedField:
    field = CheckedField(lambda text: check_email(text).reason)
    field.edit.setPlaceholderText("prenom.nom@exemple.fr")
    return field
