"""Small editors of the follow-up forms: an optional French date (jj/mm/aaaa) and an amount in euros."""

from __future__ import annotations

import datetime as dt
import re

from PySide6.QtCore import QEvent, QRegularExpression
from PySide6.QtGui import QRegularExpressionValidator
from PySide6.QtWidgets import QLineEdit

from esms_desktop import formatting


class DateField(QLineEdit):
    """Empty, or a date typed jj/mm/aaaa; ``value()`` is None while the text is not a whole date."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self.setValidator(QRegularExpressionValidator(QRegularExpression(r"[0-9/]{0,10}"), self))
        self.setMaximumWidth(110)
        self.setPlaceholderText(self.tr("dd/mm/yyyy"))

    def changeEvent(self, event) -> None:  # noqa: N802
        super().changeEvent(event)
        if event.type() == QEvent.Type.LanguageChange:
            self.setPlaceholderText(self.tr("dd/mm/yyyy"))

    def value(self) -> dt.date | None:
        found = re.fullmatch(r"(\d{1,2})/(\d{1,2})/(\d{4})", self.text().strip())
        if not found:
            return None
        day, month, year = map(int, found.groups())
        try:
            return dt.date(year, month, day)
        except ValueError:
            return None

    def iso(self) -> str | None:
        value = self.value()
        return value.isoformat() if value else None

    def set_value(self, value: dt.date | str | None) -> None:
        if isinstance(value, str):
            value = dt.date.fromisoformat(value)
        self.setText(formatting.date(value))

    def is_complete(self) -> bool:
        """Empty or a valid date: the value can be stored."""
        return not self.text().strip() or self.value() is not None


class AmountField(QLineEdit):
    """A whole number of euros (spaces allowed); ``value()`` None when empty."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self.setValidator(QRegularExpressionValidator(QRegularExpression("[0-9 \u202f\u00a0]{0,14}"), self))
        self.setMaximumWidth(130)

    def value(self) -> int | None:
        digits = re.sub(r"\D", "", self.text())
        return int(digits) if digits else None

    def set_value(self, value: int | None) -> None:
        self.setText("" if value is None else formatting.number(value))
