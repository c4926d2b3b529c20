"""Cell editors of the task table: French dates, day counts, check-lists (dependencies, ESSMS), owners."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QDate, QLocale, Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QListWidget,
    QListWidgetItem,
    QSpinBox,
    QStyledItemDelegate,
    QWidget,
)

EDIT_ROLE = Qt.ItemDataRole.EditRole
CHOICES_ROLE = Qt.ItemDataRole.UserRole + 10  # list of (value, label) offered by a check-list cell


def french_locale() -> QLocale:
    return QLocale(QLocale.Language.French, QLocale.Country.France)


def to_qdate(day: dt.date) -> QDate:
    return QDate(day.year, day.month, day.day)


def from_qdate(day: QDate) -> dt.date:
    return dt.date(day.year(), day.month(), day.day())


def make_date_edit(parent: QWidget | None = None) -> QDateEdit:
    """A date field in the French format (dd/MM/yyyy) with a calendar."""
    edit = QDateEdit(parent)
    edit.setLocale(french_locale())
    edit.setDisplayFormat("dd/MM/yyyy")
    edit.setCalendarPopup(True)
    edit.calendarWidget().setLocale(french_locale())
    edit.calendarWidget().setFirstDayOfWeek(Qt.DayOfWeek.Monday)
    return edit


class DateDelegate(QStyledItemDelegate):
    """Edits a ``datetime.date`` (the model's EditRole) with a French QDateEdit."""

    def createEditor(self, parent, option, index):  # noqa: N802 - Qt API
        return make_date_edit(parent)

    def setEditorData(self, editor, index):  # noqa: N802
        value = index.data(EDIT_ROLE)
        editor.setDate(to_qdate(value if isinstance(value, dt.date) else dt.date.today()))

    def setModelData(self, editor, model, index):  # noqa: N802
        editor.interpretText()
        model.setData(index, from_qdate(editor.date()), EDIT_ROLE)


class DaysDelegate(QStyledItemDelegate):
    """Edits a duration in days."""

    def createEditor(self, parent, option, index):  # noqa: N802
        spin = QSpinBox(parent)
        spin.setRange(0, 3650)
        spin.setSuffix(self.tr(" d"))
        return spin

    def setEditorData(self, editor, index):  # noqa: N802
        editor.setValue(int(index.data(EDIT_ROLE) or 0))

    def setModelData(self, editor, model, index):  # noqa: N802
        editor.interpretText()
        model.setData(index, editor.value(), EDIT_ROLE)


class WaveDelegate(QStyledItemDelegate):
    """Edits a wave number; 0 shows as « — » (no wave)."""

    def createEditor(self, parent, option, index):  # noqa: N802
        spin = QSpinBox(parent)
        spin.setRange(0, 20)
        spin.setSpecialValueText("—")
        return spin

    def setEditorData(self, editor, index):  # noqa: N802
        editor.setValue(int(index.data(EDIT_ROLE) or 0))

    def setModelData(self, editor, model, index):  # noqa: N802
        editor.interpretText()
        model.setData(index, editor.value() or None, EDIT_ROLE)


class CheckListDelegate(QStyledItemDelegate):
    """Edits a set of values with a list of check boxes.

    The model gives the chosen values (EditRole, a tuple) and the choices (``CHOICES_ROLE``, a list of
    ``(value, label)``); the editor opens taller than the cell so that the list can be read.
    """

    def createEditor(self, parent, option, index):  # noqa: N802
        editor = QListWidget(parent)
        editor.setAutoFillBackground(True)
        return editor

    def setEditorData(self, editor, index):  # noqa: N802
        chosen = set(index.data(EDIT_ROLE) or ())
        editor.clear()
        for value, label in index.data(CHOICES_ROLE) or ():
            item = QListWidgetItem(label)
            item.setData(Qt.ItemDataRole.UserRole, value)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Checked if value in chosen else Qt.CheckState.Unchecked)
            editor.addItem(item)

    def setModelData(self, editor, model, index):  # noqa: N802
        chosen = tuple(
            editor.item(i).data(Qt.ItemDataRole.UserRole)
            for i in range(editor.count())
            if editor.item(i).checkState() == Qt.CheckState.Checked
        )
        model.setData(index, chosen, EDIT_ROLE)

    def updateEditorGeometry(self, editor, option, index):  # noqa: N802
        rect = option.rect
        width = max(rect.width(), 380)
        rows = max(1, len(index.data(CHOICES_ROLE) or ()))
        height = min(320, 8 + rows * max(editor.sizeHintForRow(0), 18))
        parent = editor.parentWidget()
        x = min(rect.x(), max(0, parent.width() - width)) if parent else rect.x()
        y = rect.y()
        if parent is not None and y + height > parent.height():
            y = max(0, parent.height() - height)
        editor.setGeometry(x, y, width, height)


class SuggestionDelegate(QStyledItemDelegate):
    """Edits free text with suggestions (the project's people for owners, the phases in use)."""

    def __init__(self, suggestions, parent=None):
        super().__init__(parent)
        self.suggestions = suggestions  # a callable returning the names to propose

    def createEditor(self, parent, option, index):  # noqa: N802
        combo = QComboBox(parent)
        combo.setEditable(True)
        combo.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        combo.addItems(self.suggestions())
        return combo

    def setEditorData(self, editor, index):  # noqa: N802
        editor.setEditText(str(index.data(EDIT_ROLE) or ""))

    def setModelData(self, editor, model, index):  # noqa: N802
        model.setData(index, editor.currentText().strip(), EDIT_ROLE)
