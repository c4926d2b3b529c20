"""Widgets shared by the Besoins and Budget steps: French number fields, a table with a form for the
selected row, and the list of live checks."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QLocale, QPoint, QRect, Qt, Signal
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QAbstractItemView,
    QAbstractSpinBox,
    QDoubleSpinBox,
    QFormLayout,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QSpinBox,
    QTableWidget,
    QTableWidgetItem,
    QToolTip,
    QVBoxLayout,
    QWidget,
)

from esms_desktop.ui.findings_list import FindingsList

MAX_AMOUNT = 99_999_999
ID_ROLE = Qt.ItemDataRole.UserRole


def french_locale() -> QLocale:
    """Amounts and quantities are always written the French way (12 345 €, 1,5)."""
    return QLocale(QLocale.Language.French, QLocale.Country.France)


class AmountSpin(QSpinBox):
    """Whole euros, 0 to 99 999 999: a minus sign cannot be typed; typing one says why, under the field."""

    negative_refused = Signal()

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setLocale(french_locale())
        self.setRange(0, MAX_AMOUNT)
        self.setGroupSeparatorShown(True)
        self.setSuffix("\u00a0€")
        self.setSingleStep(100)
        self.setAlignment(Qt.AlignmentFlag.AlignRight)
        self.setMinimumWidth(130)
        self.hint = ""  # the last hint shown (tests)

    def negative_hint(self) -> str:
        return self.tr("Amounts are positive; a financing is entered in the tab « Own funds and other funders ».")

    def keyPressEvent(self, event) -> None:  # noqa: N802 - Qt API
        if not refuse_minus(self, event):
            super().keyPressEvent(event)


def refuse_minus(spin, event) -> bool:
    """A minus sign typed in a field that holds no negative value: say why under it, type nothing."""
    if event.key() == Qt.Key.Key_Minus or event.text() == "-":
        spin.hint = spin.negative_hint()
        QToolTip.showText(spin.mapToGlobal(QPoint(0, spin.height())), spin.hint, spin, QRect(), 8000)
        spin.negative_refused.emit()
        return True
    return False


class CountSpin(QSpinBox):
    """A number of people, days or items (0 to 99 999); a minus sign is refused where typed, saying why."""

    negative_refused = Signal()

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setLocale(french_locale())
        self.setRange(0, 99_999)
        self.setGroupSeparatorShown(True)
        self.setAlignment(Qt.AlignmentFlag.AlignRight)
        self.hint = ""

    def negative_hint(self) -> str:
        return self.tr("A number of people or items cannot be negative: type it without a sign.")

    def keyPressEvent(self, event) -> None:  # noqa: N802 - Qt API
        if not refuse_minus(self, event):
            super().keyPressEvent(event)


class DaysSpin(QDoubleSpinBox):
    """A number of days, by half days (0 to 999,5); a minus sign is refused where typed."""

    negative_refused = Signal()

    def negative_hint(self) -> str:
        return self.tr("A number of days cannot be negative: type it without a sign.")

    def keyPressEvent(self, event) -> None:  # noqa: N802 - Qt API
        if not refuse_minus(self, event):
            super().keyPressEvent(event)

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.hint = ""
        self.setLocale(french_locale())
        self.setDecimals(1)
        self.setRange(0, 999.5)
        self.setSingleStep(0.5)
        self.setAlignment(Qt.AlignmentFlag.AlignRight)


class YearSpin(QSpinBox):
    """A year; its lowest value shows « — » and stands for no year (``year()`` gives None)."""

    NONE = 2019

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setRange(self.NONE, 2040)
        self.setSpecialValueText("—")
        self.setAlignment(Qt.AlignmentFlag.AlignRight)

    def year(self) -> int | None:
        return None if self.value() == self.NONE else self.value()

    def set_year(self, year: int | None) -> None:
        self.setValue(self.NONE if year is None else year)


def compact_rows(table: QTableWidget) -> None:
    """Rows as high as a line of text (the default leaves room for editors the tables do not use)."""
    table.verticalHeader().setDefaultSectionSize(table.fontMetrics().height() + 8)


def grid_form(rows: list[list[tuple[QLabel, QWidget]]]) -> QWidget:
    """Fields side by side: each row holds (label, field) pairs. The first labels are aligned in a column;
    the other pairs follow on their row, text fields and lists sharing the width, numbers keeping theirs."""
    widget = QWidget()
    grid = QGridLayout(widget)
    grid.setContentsMargins(0, 0, 0, 0)
    for r, pairs in enumerate(rows):
        line = QHBoxLayout()
        for i, (label, field) in enumerate(pairs):
            label.setBuddy(field)
            if i == 0:
                grid.addWidget(label, r, 0)
            else:
                line.addSpacing(12)
                line.addWidget(label)
            line.addWidget(field, 0 if isinstance(field, QAbstractSpinBox) else 1)
        if all(isinstance(field, QAbstractSpinBox) for _label, field in pairs):
            line.addStretch(1)  # numbers only: they keep their width instead of spreading over the row
        grid.addLayout(line, r, 1)
    grid.setColumnStretch(1, 1)
    return widget


def nowrap(text: str) -> str:
    """A piece of rich text kept on one line (amounts: « 220 050 € »)."""
    return f'<span style="white-space: nowrap">{text}</span>'


@dataclass(frozen=True)
class Cell:
    """One cell of a RecordEditor row."""

    text: str
    numeric: bool = False
    tooltip: str = ""
    italic: bool = False
    bold: bool = False


def table_item(cell: Cell) -> QTableWidgetItem:
    item = QTableWidgetItem(cell.text)
    item.setFlags(Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemIsEnabled)
    if cell.numeric:
        item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
    if cell.tooltip:
        item.setToolTip(cell.tooltip)
    if cell.italic or cell.bold:
        font = QFont(item.font())
        font.setItalic(cell.italic)
        font.setBold(cell.bold)
        item.setFont(font)
    return item


class RecordEditor(QWidget):
    """Rows in a read-only table, the selected one edited in the form below; Add / Remove buttons.

    The owner fills ``form`` with its fields, gives rows with :meth:`set_rows` and edits the row
    ``current_id()`` when ``current_changed`` is emitted.
    """

    current_changed = Signal(object)  # the id of the selected row, None when none

    def __init__(self, stretch_column: int = 0, parent: QWidget | None = None):
        super().__init__(parent)
        self.table = QTableWidget(0, 0)
        self.table.setTabKeyNavigation(False)  # Tab goes on to the next control (arrows move in the table)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setAlternatingRowColors(True)
        self.table.verticalHeader().hide()
        self.table.setWordWrap(False)
        compact_rows(self.table)
        self.stretch_column = stretch_column
        self.add_button = QPushButton()
        self.remove_button = QPushButton()
        self.total_label = QLabel()
        self.total_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.form_box = QGroupBox()
        self.form = QFormLayout(self.form_box)
        self.buttons = buttons = QHBoxLayout()
        buttons.addWidget(self.add_button)
        buttons.addWidget(self.remove_button)
        buttons.addStretch(1)
        buttons.addWidget(self.total_label)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(buttons)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.form_box)
        self.table.itemSelectionChanged.connect(self._selection_changed)
        self._ids: list[int] = []
        self._row_cells: list = []  # (id, cells) each row shows: a row shown as it is is not made again
        self._filling = False
        self._shown: object = ()  # the id last announced by current_changed
        self.form_box.setEnabled(False)

    def set_headers(self, labels: list[str]) -> None:
        self._row_cells = []  # made again at the next set_rows
        self.table.setColumnCount(len(labels))
        self.table.setHorizontalHeaderLabels(labels)
        header = self.table.horizontalHeader()
        for column in range(len(labels)):
            mode = QHeaderView.ResizeMode.Stretch if column == self.stretch_column else \
                QHeaderView.ResizeMode.ResizeToContents
            header.setSectionResizeMode(column, mode)

    def set_rows(self, rows: list[tuple[int, list[Cell]]], select: int | None = None) -> None:
        """Show ``rows`` (id, cells); keeps the selected id (or selects ``select``)."""
        keep = select if select is not None else self.current_id()
        self._filling = True
        try:
            self.table.setRowCount(len(rows))
            self._ids = [ident for ident, _ in rows]
            del self._row_cells[len(rows):]
            for r, (ident, cells) in enumerate(rows):
                if r < len(self._row_cells) and self._row_cells[r] == (ident, cells):
                    continue  # shown as it is (a reload of an unchanged budget remakes no item)
                self._fill_row(r, ident, cells)
            self.table.clearSelection()
            if keep in self._ids:
                self.table.selectRow(self._ids.index(keep))
        finally:
            self._filling = False
        self._selection_changed()

    def _fill_row(self, r: int, ident: int, cells: list[Cell]) -> None:
        for c, cell in enumerate(cells):
            item = table_item(cell)
            item.setData(ID_ROLE, ident)
            self.table.setItem(r, c, item)
        cells_shown = (ident, list(cells))
        if r < len(self._row_cells):
            self._row_cells[r] = cells_shown
        else:
            self._row_cells.extend([None] * (r - len(self._row_cells)) + [cells_shown])

    def update_row(self, ident: int, cells: list[Cell]) -> None:
        """Refresh one row's texts in place (the selection and the form are left alone)."""
        if ident in self._ids:
            self._filling = True
            try:
                self._fill_row(self._ids.index(ident), ident, cells)
            finally:
                self._filling = False

    def ids(self) -> list[int]:
        return list(self._ids)

    def current_id(self) -> int | None:
        rows = self.table.selectionModel().selectedRows() if self.table.selectionModel() else []
        if not rows:
            return None
        row = rows[0].row()
        return self._ids[row] if 0 <= row < len(self._ids) else None

    def select(self, ident: int) -> None:
        if ident in self._ids:
            self.table.selectRow(self._ids.index(ident))

    def _selection_changed(self) -> None:
        if self._filling:
            return
        ident = self.current_id()
        self.form_box.setEnabled(ident is not None)
        self.remove_button.setEnabled(ident is not None)
        if ident != self._shown:  # a refresh that keeps the selection leaves the form alone
            self._shown = ident
            self.current_changed.emit(ident)

    def reshow(self) -> None:
        """Announce the selected row again (to refill the form after a reload)."""
        self._shown = ()
        self._selection_changed()


class ChecksList(FindingsList):
    """The live checks of the budget (the shared findings list, with a line when all is well)."""

    def accessible_name(self) -> str:
        return self.tr("Checks of the budget")

    def empty_text(self) -> str:
        return self.tr("No remark on the budget.")


