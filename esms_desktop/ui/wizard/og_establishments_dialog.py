"""« Add all the ESSMS of this OG »: the establishments the FINESS reference lists under the OG's
FINESS EJ, as a checklist."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from esms_desktop.rules.grappe import sectors
from esms_desktop.rules.identity.finess import department_of
from esms_desktop.rules.identity.names import readable_name
from esms_desktop.storage import finess_reference
from esms_desktop.ui.finess_import import ReferenceStatus

RECORD_ROLE = Qt.ItemDataRole.UserRole


def essms_values(record) -> dict:
    """The ESSMS fields a reference record gives (sector derived from the category)."""
    return {
        "finess_et": record.finess_et,
        "name": readable_name(record.display_name),  # the user's spelling, proposed; FINESS' kept beside it
        "finess_name": record.display_name,
        "category_code": record.category_code or None,
        "category_label": record.category_label or None,
        "sector": sectors.sector_for_category(record.category_code),
        "department": department_of(record.finess_et),
        "address": record.address,
        "postcode": record.postcode,
        "town": record.town,
    }


class OgEstablishmentsDialog(QDialog):
    """Checklist of the OG's establishments; ESSMS categories are ticked, the others and those already in
    the grappe are not. ``selected_values()`` gives what to add."""

    def __init__(self, parent: QWidget | None, og_name: str, og_finess_ej: str, existing: dict[str, str]):
        super().__init__(parent)
        self.og_name = og_name
        self.og_finess_ej = og_finess_ej
        self.existing = existing
        self.setWindowTitle(self.tr("ESSMS of the OG in the FINESS reference"))
        self.reference = ReferenceStatus()
        self.reference.changed.connect(self.reload)
        self.intro = QLabel()
        self.intro.setWordWrap(True)
        self.tree = QTreeWidget()
        self.tree.setRootIsDecorated(False)
        self.tree.setAlternatingRowColors(True)
        self.tree.setHeaderLabels([self.tr("FINESS ET"), self.tr("Name"), self.tr("Category"), self.tr("Town"),
                                   self.tr("Note")])
        self.tree.itemChanged.connect(self._update_ok)
        self.all_button = QPushButton(self.tr("&Tick all"))
        self.none_button = QPushButton(self.tr("Tick &none"))
        self.all_button.clicked.connect(lambda: self._tick(True))
        self.none_button.clicked.connect(lambda: self._tick(False))
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        row = QHBoxLayout()
        row.addWidget(self.all_button)
        row.addWidget(self.none_button)
        row.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.reference)
        layout.addWidget(self.intro)
        layout.addWidget(self.tree, 1)
        layout.addLayout(row)
        layout.addWidget(self.buttons)
        self.resize(900, 480)
        self.reload()

    def reload(self) -> None:
        try:
            records = finess_reference.establishments_of(finess_reference.default_db_path(), self.og_finess_ej)
        except finess_reference.FinessReferenceError:  # damaged reference: shown empty, the banner offers an import
            records = []
        self.tree.blockSignals(True)
        self.tree.clear()
        for record in records:
            is_essms = sectors.is_essms_category(record.category_code)
            already = self.existing.get(record.finess_et)
            note = ""
            if already is not None:
                note = self.tr("already in the grappe")
            elif sectors.is_to_check(record.category_code):
                note = self.tr("to check with the ARS")
            elif not is_essms:
                note = self.tr("not an ESSMS")
            item = QTreeWidgetItem([record.finess_et, record.display_name,
                                    f"{record.category_code} {record.category_label}".strip(), record.town, note])
            item.setData(0, RECORD_ROLE, record)
            item.setToolTip(1, f"{record.display_name}\n{record.address}\n{record.postcode} {record.town}")
            if already is not None:
                item.setToolTip(4, self.tr("Under the OG « {og} ».").format(og=already))
            flags = item.flags() | Qt.ItemFlag.ItemIsUserCheckable
            if already is not None:
                flags &= ~Qt.ItemFlag.ItemIsEnabled
            item.setFlags(flags)
            item.setCheckState(0, Qt.CheckState.Checked if is_essms and already is None else Qt.CheckState.Unchecked)
            self.tree.addTopLevelItem(item)
        self.tree.blockSignals(False)
        header = self.tree.header()
        header.setStretchLastSection(False)
        for column in (0, 3, 4):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Interactive)
        self.tree.resizeColumnToContents(2)
        self.tree.setColumnWidth(2, min(self.tree.columnWidth(2), 240))
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        if records:
            self.intro.setText(self.tr(
                "The FINESS reference lists %n establishment(s) under the FINESS EJ {ej} of « {og} ». "
                "Tick those that join the grappe.", "", len(records)).format(ej=self.og_finess_ej, og=self.og_name))
        elif self.reference.has_reference():
            self.intro.setText(self.tr("The FINESS reference lists no establishment under the FINESS EJ {ej}.").format(
                ej=self.og_finess_ej))
        else:
            self.intro.setText("")
        self._update_ok()

    def items(self) -> list[QTreeWidgetItem]:
        return [self.tree.topLevelItem(i) for i in range(self.tree.topLevelItemCount())]

    def _tick(self, on: bool) -> None:
        for item in self.items():
            if item.flags() & Qt.ItemFlag.ItemIsEnabled:
                item.setCheckState(0, Qt.CheckState.Checked if on else Qt.CheckState.Unchecked)

    def _checked(self) -> list[QTreeWidgetItem]:
        return [i for i in self.items() if i.checkState(0) == Qt.CheckState.Checked
                and i.flags() & Qt.ItemFlag.ItemIsEnabled]

    def _update_ok(self, *_args) -> None:
        count = len(self._checked())
        ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setText(self.tr("&Add %n ESSMS", "", count))
        ok.setEnabled(count > 0)

    def selected_values(self) -> list[dict]:
        return [essms_values(item.data(0, RECORD_ROLE)) for item in self._checked()]
