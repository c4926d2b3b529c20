"""Live look-up in the offline FINESS reference under a line edit, as the user types a number or a name."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QModelIndex, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QStandardItem, QStandardItemModel
from PySide6.QtWidgets import QAbstractItemView, QCompleter, QLineEdit

from esms_desktop.rules.identity.finess import normalise
from esms_desktop.storage import finess_reference
from esms_desktop.storage.errors import StorageError

RECORD_ROLE = Qt.ItemDataRole.UserRole + 10
NUMBER_ROLE = Qt.ItemDataRole.UserRole + 11


def record_text(record) -> str:
    """One line of the popup: number, name, town, category."""
    place = f"{record.postcode} {record.town}".strip()
    category = f"{record.category_label} ({record.category_code})" if record.category_code else ""
    return " · ".join(part for part in (f"{record.finess_et}  {record.display_name}", place, category) if part)


class FinessLookup(QObject):
    """Watches ``edit``; ``DEBOUNCE_MS`` after the last keystroke, asks the reference and shows the matches.

    ``picked(record)`` is emitted when the user chooses a match (click, or arrows and Enter).
    Only user edits trigger a search (``textEdited``), never ``setText``.
    """

    DEBOUNCE_MS = 150
    LIMIT = 15

    picked = Signal(object)
    searched = Signal(int)  # number of matches of the last search (tests, status)

    def __init__(self, edit: QLineEdit, reference_path: Callable[[], Path] | None = None, min_chars: int = 2,
                 parent: QObject | None = None):
        super().__init__(parent or edit)
        self.edit = edit
        self.min_chars = min_chars
        self._reference_path = reference_path or finess_reference.default_db_path
        self._records: list = []
        self.model = QStandardItemModel(self)
        self.completer = QCompleter(self.model, self)
        self.completer.setWidget(edit)
        self.completer.setCompletionMode(QCompleter.CompletionMode.UnfilteredPopupCompletion)
        self.completer.setCompletionRole(NUMBER_ROLE)
        self.completer.setMaxVisibleItems(10)
        self.completer.activated[QModelIndex].connect(self._activated)
        popup = self.completer.popup()
        popup.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        popup.setMinimumWidth(680)
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.setInterval(self.DEBOUNCE_MS)
        self.timer.timeout.connect(self.search_now)
        edit.textEdited.connect(self._edited)
        edit.editingFinished.connect(self.timer.stop)  # the user left the field (or pressed Enter)
        self.enabled = True

    def popup(self) -> QAbstractItemView:
        return self.completer.popup()

    def records(self) -> list:
        return list(self._records)

    def _edited(self, _text: str) -> None:
        if not self.enabled:
            return
        self.timer.setInterval(self.DEBOUNCE_MS)
        self.timer.start()

    def search_now(self) -> None:
        """Run the search for the edit's current text and show the popup (hide it when nothing matches)."""
        query = self.edit.text().strip()
        records: list = []
        if len(normalise(query)) >= self.min_chars:
            try:
                records = finess_reference.lookup(self._reference_path(), query, limit=self.LIMIT)
            except StorageError:
                records = []
        self._records = records
        self.model.clear()
        for record in records:
            item = QStandardItem(record_text(record))
            item.setData(record.finess_et, NUMBER_ROLE)
            item.setData(record, RECORD_ROLE)
            item.setToolTip(f"{record.display_name}\n{record.address}\n{record.postcode} {record.town}")
            self.model.appendRow(item)
        if records and self.edit.isVisible():
            self.completer.setCompletionPrefix("")
            self.completer.complete()
            self.popup().setCurrentIndex(QModelIndex())
        elif not records:
            self.popup().hide()
        self.searched.emit(len(records))

    def choose(self, row: int) -> None:
        """Pick the match on ``row`` (what a click in the popup does)."""
        if 0 <= row < len(self._records):
            self.popup().hide()
            self.picked.emit(self._records[row])

    def _activated(self, index: QModelIndex) -> None:
        record = index.data(RECORD_ROLE)
        if record is not None:
            self.picked.emit(record)
