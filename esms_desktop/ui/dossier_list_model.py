"""Row-fed table model of the dossier list (rows are ``DossierSummary`` values)."""

from __future__ import annotations

from PySide6.QtCore import QAbstractTableModel, QCoreApplication, QModelIndex, Qt

from esms_desktop.formatting import datetime as format_datetime
from esms_desktop.formatting import local
from esms_desktop.rules.identity.geography import region_name

ID_ROLE = Qt.ItemDataRole.UserRole


class DossierListModel(QAbstractTableModel):
    COLUMNS = ("name", "campaign", "region", "essms", "modified")

    def __init__(self, parent=None):
        super().__init__(parent)
        self._rows: list = []

    def set_rows(self, rows: list) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self.endResetModel()

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
            "essms": QCoreApplication.translate("DossierListModel", "ESSMS"),
            "modified": QCoreApplication.translate("DossierListModel", "Last modified"),
        }
        return titles[self.COLUMNS[section]]

    def data(self, index: QModelIndex, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        row = self._rows[index.row()]
        column = self.COLUMNS[index.column()]
        if role == ID_ROLE:
            return row.id
        if role == Qt.ItemDataRole.DisplayRole:
            return {
                "name": row.name,
                "campaign": str(row.campaign_year),
                "region": region_name(row.region),
                "essms": str(row.essms_count),
                "modified": format_datetime(local(row.modified_at)),
            }[column]
        if role == Qt.ItemDataRole.TextAlignmentRole and column == "essms":
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

