"""The table of the planning's tasks: one row per task, edits handed to the step that stores them."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

from PySide6.QtCore import QAbstractTableModel, QModelIndex, Qt
from PySide6.QtGui import QColor

from esms_desktop import formatting as fmt
from esms_desktop.rules.planning.plan import dependants
from esms_desktop.storage.planning import TaskRow
from esms_desktop.ui.planning.delegates import CHOICES_ROLE

TITLE, PHASE, START, END, DURATION, MILESTONE, DEPENDS, OWNER, WAVE, ESSMS = range(10)
FIELD_OF_COLUMN = {TITLE: "title", PHASE: "phase", START: "start", END: "end", DURATION: "duration",
                   MILESTONE: "milestone", DEPENDS: "depends_on", OWNER: "owner", WAVE: "wave", ESSMS: "wave_essms"}
FLAGGED_BACKGROUND = QColor("#fdecea")

#: called with (task row, field name, new value) when a cell is edited; returns True when stored
Store = Callable[[TaskRow, str, object], bool]


class TaskTableModel(QAbstractTableModel):
    """Rows are :class:`storage.planning.TaskRow`; the vertical header numbers them (dependencies cite the
    numbers). ``flagged`` holds the keys of tasks named by a check, shown on a pale red background."""

    def __init__(self, store: Store, parent=None):
        super().__init__(parent)
        self.store = store
        self.rows: list[TaskRow] = []
        self.essms_names: dict[str, str] = {}
        self.flagged: set[str] = set()

    # content ---------------------------------------------------------------
    def set_rows(self, rows: list[TaskRow], essms_names: dict[str, str], flagged: set[str]) -> None:
        """New content; the same tasks in the same order update in place (selection and editors survive)."""
        same = [r.id for r in rows] == [r.id for r in self.rows]
        self.essms_names, self.flagged = essms_names, flagged
        if same:
            self.rows = list(rows)
            if rows:
                self.dataChanged.emit(self.index(0, 0), self.index(len(rows) - 1, ESSMS))
            self.headerDataChanged.emit(Qt.Orientation.Vertical, 0, max(0, len(rows) - 1))
            self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, ESSMS)  # texts follow the language
            return
        self.beginResetModel()
        self.rows = list(rows)
        self.endResetModel()

    def row_of_key(self, key: str) -> int:
        return next((i for i, r in enumerate(self.rows) if r.key == key), -1)

    def number_of(self, key: str) -> int | None:
        row = self.row_of_key(key)
        return row + 1 if row >= 0 else None

    # Qt model --------------------------------------------------------------
    def rowCount(self, parent=QModelIndex()):  # noqa: N802
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent=QModelIndex()):  # noqa: N802
        return 0 if parent.isValid() else 10

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):  # noqa: N802
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if orientation == Qt.Orientation.Vertical:
            return str(section + 1)
        return (
            self.tr("Task"), self.tr("Phase"), self.tr("Start"), self.tr("End"), self.tr("Duration"),
            self.tr("Milestone"), self.tr("Depends on"), self.tr("Owner"), self.tr("Wave"), self.tr("ESSMS deployed"),
        )[section]

    def flags(self, index):
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        base = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        row = self.rows[index.row()]
        column = index.column()
        if column == MILESTONE:
            return base | Qt.ItemFlag.ItemIsUserCheckable
        if column in (END, DURATION) and row.milestone:
            return base
        if column == ESSMS and row.role != "deployment":
            return base
        return base | Qt.ItemFlag.ItemIsEditable

    def _depends_text(self, row: TaskRow) -> str:
        numbers = [self.number_of(k) for k in row.depends_on]
        return ", ".join(str(n) if n is not None else f"?{k}" for n, k in zip(numbers, row.depends_on))

    def _tooltip(self, row: TaskRow, column: int) -> str | None:
        if column == DEPENDS and row.depends_on:
            titles = []
            for key in row.depends_on:
                number = self.number_of(key)
                title = self.rows[number - 1].title if number else self.tr("(unknown task {key})").format(key=key)
                titles.append(f"{number or '?'}. {title}")
            return "\n".join(titles)
        if column == ESSMS and row.wave_essms:
            return "\n".join(f"{self.essms_names.get(f, f)} ({f})" for f in row.wave_essms)
        if column == TITLE:
            return row.title
        return None

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        row = self.rows[index.row()]
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return {
                TITLE: row.title,
                PHASE: row.phase,
                START: fmt.date(row.start),
                END: fmt.date(row.end),
                DURATION: "" if row.milestone else self.tr("{days} d").format(days=(row.end - row.start).days),
                MILESTONE: "",
                DEPENDS: self._depends_text(row),
                OWNER: row.owner,
                WAVE: "" if row.wave is None else str(row.wave),
                ESSMS: self.tr("%n ESSMS", "", len(row.wave_essms)) if row.role == "deployment" else "",
            }[column]
        if role == Qt.ItemDataRole.EditRole:
            return {
                TITLE: row.title, PHASE: row.phase, START: row.start, END: row.end,
                DURATION: (row.end - row.start).days, MILESTONE: row.milestone, DEPENDS: row.depends_on,
                OWNER: row.owner, WAVE: row.wave, ESSMS: row.wave_essms,
            }[column]
        if role == Qt.ItemDataRole.CheckStateRole and column == MILESTONE:
            return Qt.CheckState.Checked if row.milestone else Qt.CheckState.Unchecked
        if role == CHOICES_ROLE:
            if column == DEPENDS:  # not itself, nor a task that depends on it (no loop)
                tasks = [r.to_task() for r in self.rows]
                excluded = dependants(tasks, row.key) | {row.key}
                return [(r.key, f"{i + 1}. {r.title}") for i, r in enumerate(self.rows) if r.key not in excluded]
            if column == ESSMS:
                return [(f, f"{name} ({f})") for f, name in self.essms_names.items()]
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._tooltip(row, column)
        if role == Qt.ItemDataRole.BackgroundRole and row.key in self.flagged:
            return FLAGGED_BACKGROUND
        if role == Qt.ItemDataRole.TextAlignmentRole and column in (START, END, DURATION, WAVE):
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    def setData(self, index, value, role=Qt.ItemDataRole.EditRole):  # noqa: N802
        if not index.isValid():
            return False
        row = self.rows[index.row()]
        column = index.column()
        if column == MILESTONE and role == Qt.ItemDataRole.CheckStateRole:
            value = Qt.CheckState(value) == Qt.CheckState.Checked
        elif role != Qt.ItemDataRole.EditRole:
            return False
        if column in (TITLE, PHASE, OWNER):
            value = str(value).strip()
            if column == TITLE and not value:
                return False
        if column in (START, END) and not isinstance(value, dt.date):
            return False
        if self.data(index, Qt.ItemDataRole.EditRole) == value:
            return False
        return bool(self.store(row, FIELD_OF_COLUMN[column], value))
