"""A FINESS number field that says, under the field, what is wrong with the number typed.

While the user types, a number still too short is not an error yet: the length is only reported once
9 characters or more are typed, or when the field is left (Tab, click elsewhere, Enter). A wrong
character or an impossible department shows at once; a wrong key as soon as the 9 characters are there.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt, Signal
from PySide6.QtGui import QFocusEvent
from PySide6.QtWidgets import QLabel, QLineEdit, QVBoxLayout, QWidget

from esms_desktop.i18n import render
from esms_desktop.rules.identity.finess import FORBIDDEN_CHARACTERS, LENGTH, UNKNOWN_DEPARTMENT, check_finess, normalise
from esms_desktop.text import Message


def typing_reason(text: str) -> Message | None:
    """What to say about ``text`` while it is being typed: a too-short number is only an error when
    something typed so far is already wrong (a letter, a department that does not exist)."""
    number = normalise(text)
    if not number:
        return None
    if len(number) >= LENGTH:
        return check_finess(number).reason
    padded = check_finess(number + "0" * (LENGTH - len(number))).reason  # as if the rest were to come
    if padded is None:
        return None
    if padded.text == FORBIDDEN_CHARACTERS.text:
        return padded
    if padded.text == UNKNOWN_DEPARTMENT.text and len(number) >= 4:  # « 97 » may still become « 9701 »
        return padded
    return None


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
        self._typing = False  # the current change comes from the keyboard (textEdited comes before textChanged)
        self.edit.textEdited.connect(self._edited)
        self.edit.textChanged.connect(self._changed)
        self.edit.returnPressed.connect(lambda: self._check(self.edit.text(), final=True))
        self.edit.installEventFilter(self)
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

    def _edited(self, _text: str) -> None:
        self._typing = True

    def _changed(self, text: str) -> None:
        typing, self._typing = self._typing, False
        self._check(text, final=not typing)  # a number set by the program (form filled, match picked): at once

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt API
        # Leaving the field says what is still wrong; the look-up's popup opening does not count as leaving.
        if (watched is self.edit and event.type() == QEvent.Type.FocusOut and isinstance(event, QFocusEvent)
                and event.reason() != Qt.FocusReason.PopupFocusReason):
            self._check(self.edit.text(), final=True)
        return super().eventFilter(watched, event)

    def _check(self, text: str, final: bool = True) -> None:
        valid = not text.strip() or check_finess(text).valid
        reason = None
        if not valid:
            reason = check_finess(text).reason if final else typing_reason(text)
        if reason is not None:
            self.error.setText(render(reason))
        shown = reason is not None
        self.error.setVisible(shown)
        self.edit.setProperty("invalid", shown)
        self.edit.style().unpolish(self.edit)
        self.edit.style().polish(self.edit)
        self.validity_changed.emit(valid)
