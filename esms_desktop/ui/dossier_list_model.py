"""Row-fed table model of the dossier list (rows are ``DossierSummary`` values), and its sort/filter proxy.

The state and deadline columns come later than the rows (``set_standing``: computed off the UI thread).
"""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QAbstractTableModel, QCoreApplication, QModelIndex, QSortFilterProxyModel, Qt
from PySide6.QtGui import QColor

from esms_desktop.formatting import date as format_date
from esms_desktop.formatting import datetime as format_datetime
from esms_desktop.formatting import local
from esms_desktop.rules.identity.geography import region_name

ID_ROLE = Qt.ItemDataRole.UserRole
SORT_ROLE = Qt.ItemDataRole.UserRole + 1
STATE_ROLE = Qt.ItemDataRole.UserRole + 2  # "admissible" | "blocking" | "unknown" | None (being computed)

STATE_COLOURS = {"admissible": "#1b7f3b", "blocking": "#b00020", "unknown": "#666666"}


class DossierListModel(QAbstractTableModel):
    COLUMNS = ("name", "campaign", "region", "porteur", "state", "deadline", "essms", "modified")

    def __init__(self, parent=None):
        super().__init__(parent)
        self._rows: list = []
        self._standing: dict[int, object] = {}

    def set_rows(self, rows: list) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self.endResetModel()

    def set_standing(self, standing) -> None:
        """The state and deadline of one dossier, once computed."""
        self._standing[standing.dossier_id] = standing
        row = self.row_of(standing.dossier_id)
        if row >= 0:
            self.dataChanged.emit(self.index(row, 0), self.index(row, len(self.COLUMNS) - 1))

    def standing_of(self, dossier_id: int):
        return self._standing.get(dossier_id)

    def row_at(self, row: int):
        return self._rows[row]

    def row_of(self, dossier_id: int) -> int:
        return next((i for i, r in enumerate(self._rows) if r.id == dossier_id), -1)

    def rowCount(self, parent=QModelIndex()) -> int:  # noqa: N802
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent=QModelIndex()) -> int:  # noqa: N802
        return 0 if parent.isValid() else len(self.COLUMNS)

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):  # noqa: N802
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        titles = {
            "name": QCoreApplication.translate("DossierListModel", "Dossier"),
            "campaign": QCoreApplication.translate("DossierListModel", "Campaign"),
            "region": QCoreApplication.translate("DossierListModel", "Region"),
            "porteur": QCoreApplication.translate("DossierListModel", "Porteur"),
            "state": QCoreApplication.translate("DossierListModel", "State"),
            "deadline": QCoreApplication.translate("DossierListModel", "Filing deadline"),
            "essms": QCoreApplication.translate("DossierListModel", "ESSMS"),
            "modified": QCoreApplication.translate("DossierListModel", "Last modified"),
        }
        return titles[self.COLUMNS[section]]

    def state_text(self, standing) -> str:
        if standing is None:
            return "…"
        if standing.state == "admissible":
            return self.tr("✔ admissible")
        if standing.state == "blocking":
            return self.tr("✖ %n blocking criteria", "", standing.blocking)
        return self.tr("– campaign without rules")

    def data(self, index: QModelIndex, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        row = self._rows[index.row()]
        column = self.COLUMNS[index.column()]
        standing = self._standing.get(row.id)
        if role == ID_ROLE:
            return row.id
        if role == STATE_ROLE:
            return standing.state if standing is not None else None
        if role == Qt.ItemDataRole.DisplayRole:
            return self._display(row, column, standing)
        if role == SORT_ROLE:
            return self._sort_key(row, column, standing)
        if role == Qt.ItemDataRole.ForegroundRole and column == "state" and standing is not None:
            return QColor(STATE_COLOURS.get(standing.state, "#666666"))
        if role == Qt.ItemDataRole.TextAlignmentRole and column in ("essms", "campaign", "deadline"):
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    def _display(self, row, column: str, standing) -> str:
        if column == "state":
            return self.state_text(standing)
        if column == "deadline":
            if standing is None:
                return "…"
            return format_date(standing.deadline) if standing.deadline else "—"
        return {
            "name": row.name,
            "campaign": str(row.campaign_year),
            "region": region_name(row.region),
            "porteur": getattr(row, "porteur", "") or "—",
            "essms": str(row.essms_count),
            "modified": format_datetime(local(row.modified_at)),
        }[column]

    def _sort_key(self, row, column: str, standing):
        if column == "state":  # admissible first, then by fewer blocking criteria, unknown last
            if standing is None:
                return 10_000
            return {"admissible": 0, "blocking": standing.blocking}.get(standing.state, 9_999)
        if column == "deadline":
            return standing.deadline.toordinal() if standing is not None and standing.deadline else 10**7
        if column == "modified":
            return row.modified_at.timestamp() if isinstance(row.modified_at, dt.datetime) else 0
        if column in ("campaign", "essms"):
            return row.campaign_year if column == "campaign" else row.essms_count
        return self._display(row, column, standing).casefold()


class DossierListProxy(QSortFilterProxyModel):
    """Sorts on each column's own key and keeps the rows whose name, porteur, region or state hold the filter."""

    def __init__(self, source: DossierListModel, parent=None):
        super().__init__(parent)
        self.setSourceModel(source)
        self.setSortRole(SORT_ROLE)
        self._needle = ""

    def set_filter(self, text: str) -> None:
        self._needle = text.strip().casefold()
        self.invalidateFilter()

    def filterAcceptsRow(self, source_row: int, source_parent) -> bool:  # noqa: N802
        if not self._needle:
            return True
        source = self.sourceModel()
        texts = (source.index(source_row, source.COLUMNS.index(c)).data()
                 for c in ("name", "porteur", "region", "state", "campaign"))
        return any(self._needle in (t or "").casefold() for t in texts)

    def row_at(self, row: int):
        return self.sourceModel().row_at(self.mapToSource(self.index(row, 0)).row())

    def row_of(self, dossier_id: int) -> int:
        source_row = self.sourceModel().row_of(dossier_id)
        if source_row < 0:
            return -1
        return self.mapFromSource(self.sourceModel().index(source_row, 0)).row()
