"""Step "La grappe": the OGs of the grappe and their ESSMS, with add / edit / remove."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMessageBox,
    QPushButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
)

from esms_desktop.storage import grappe
from esms_desktop.ui.wizard.grappe_dialogs import EssmsDialog, OgDialog
from esms_desktop.ui.wizard.step import Completion, StepPage

OG_ROLE = Qt.ItemDataRole.UserRole
ESSMS_ROLE = Qt.ItemDataRole.UserRole + 1


class GrappeStep(StepPage):
    key = "grappe"

    def title(self) -> str:
        return self.tr("The grappe")

    def setup_ui(self) -> None:
        layout = QVBoxLayout(self)
        self.heading = QLabel()
        self.heading.setObjectName("stepHeading")
        self.intro = QLabel()
        self.intro.setWordWrap(True)
        self.tree = QTreeWidget()
        self.tree.setColumnCount(5)
        self.tree.setAlternatingRowColors(True)
        self.tree.header().setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.tree.itemActivated.connect(lambda *_: self.edit_selected())
        self.tree.itemSelectionChanged.connect(self._update_buttons)
        self.summary = QLabel()
        buttons = QHBoxLayout()
        self.add_og_button = QPushButton()
        self.add_essms_button = QPushButton()
        self.edit_button = QPushButton()
        self.remove_button = QPushButton()
        for button in (self.add_og_button, self.add_essms_button, self.edit_button, self.remove_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        self.add_og_button.clicked.connect(self.add_og)
        self.add_essms_button.clicked.connect(self.add_essms)
        self.edit_button.clicked.connect(self.edit_selected)
        self.remove_button.clicked.connect(self.remove_selected)
        layout.addWidget(self.heading)
        layout.addWidget(self.intro)
        layout.addLayout(buttons)
        layout.addWidget(self.tree, 1)
        layout.addWidget(self.summary)

    def retranslate_ui(self) -> None:
        self.heading.setText(self.tr("The grappe"))
        self.intro.setText(
            self.tr(
                "List the organismes gestionnaires (OG) of the grappe and, under each, the establishments and "
                "services (ESSMS) taking part, by their FINESS numbers. Mark the OG that carries the project "
                "(the porteur). Double-click a line to edit it."
            )
        )
        self.tree.setHeaderLabels(
            [self.tr("FINESS"), self.tr("Name"), self.tr("Sector"), self.tr("Department"), self.tr("Persons accompanied")]
        )
        self.add_og_button.setText(self.tr("Add an &OG…"))
        self.add_essms_button.setText(self.tr("Add an &ESSMS…"))
        self.edit_button.setText(self.tr("&Edit…"))
        self.remove_button.setText(self.tr("&Remove…"))
        if self.isVisible() or self.tree.topLevelItemCount():
            self.load()

    # data ----------------------------------------------------------------
    def load(self) -> None:
        selected = self._selected()
        self.ogs = grappe.list_grappe(self.db, self.dossier_id)
        self.tree.clear()
        essms_count = 0
        for og in self.ogs:
            name = og.name + ("  " + self.tr("(porteur)") if og.is_porteur else "")
            item = QTreeWidgetItem([og.finess_ej, name, "", "", ""])
            item.setData(0, OG_ROLE, og.id)
            font = item.font(1)
            font.setBold(True)
            item.setFont(1, font)
            for essms in og.essms:
                essms_count += 1
                persons = "" if essms.persons_accompanied is None else str(essms.persons_accompanied)
                child = QTreeWidgetItem(
                    [essms.finess_et, essms.name, essms.sector or "", essms.department or "", persons]
                )
                child.setData(0, ESSMS_ROLE, essms.id)
                child.setTextAlignment(4, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
                item.addChild(child)
            self.tree.addTopLevelItem(item)
            item.setExpanded(True)
        for column in (0, 2, 3, 4):
            self.tree.resizeColumnToContents(column)
        self.summary.setText(self.tr("%n OG(s)", "", len(self.ogs)) + " · " + self.tr("%n ESSMS", "", essms_count))
        self._reselect(selected)
        self._update_buttons()

    def _selected(self) -> tuple[str, int] | None:
        item = self.tree.currentItem()
        if item is None:
            return None
        if item.data(0, OG_ROLE) is not None:
            return ("og", item.data(0, OG_ROLE))
        return ("essms", item.data(0, ESSMS_ROLE))

    def _reselect(self, selected) -> None:
        if selected is None:
            return
        kind, ident = selected
        role = OG_ROLE if kind == "og" else ESSMS_ROLE
        for i in range(self.tree.topLevelItemCount()):
            top = self.tree.topLevelItem(i)
            for item in [top] + [top.child(j) for j in range(top.childCount())]:
                if item.data(0, role) == ident:
                    self.tree.setCurrentItem(item)
                    return

    def _current_og_id(self) -> int | None:
        item = self.tree.currentItem()
        if item is None:
            return self.ogs[-1].id if self.ogs else None
        if item.parent() is not None:
            item = item.parent()
        return item.data(0, OG_ROLE)

    def _update_buttons(self) -> None:
        has_selection = self.tree.currentItem() is not None
        self.add_essms_button.setEnabled(bool(getattr(self, "ogs", [])))
        self.edit_button.setEnabled(has_selection)
        self.remove_button.setEnabled(has_selection)

    def _stored(self) -> None:
        self.load()
        self.changed.emit()

    # actions -------------------------------------------------------------
    def add_og(self) -> None:
        dialog = OgDialog(self, {"is_porteur": not any(og.is_porteur for og in getattr(self, "ogs", []))})
        if dialog.exec() == QDialog.DialogCode.Accepted:
            og_id = grappe.add_og(self.db, self.dossier_id, **dialog.values())
            self._stored()
            self._reselect(("og", og_id))

    def add_essms(self) -> None:
        og_id = self._current_og_id()
        if og_id is None:
            return
        dialog = EssmsDialog(self)
        if dialog.exec() == QDialog.DialogCode.Accepted:
            essms_id = grappe.add_essms(self.db, og_id, **dialog.values())
            self._stored()
            self._reselect(("essms", essms_id))

    def edit_selected(self) -> None:
        selected = self._selected()
        if selected is None:
            return
        kind, ident = selected
        if kind == "og":
            og = next(o for o in self.ogs if o.id == ident)
            dialog = OgDialog(self, {"finess_ej": og.finess_ej, "name": og.name, "is_porteur": og.is_porteur})
            if dialog.exec() == QDialog.DialogCode.Accepted:
                grappe.update_og(self.db, ident, **dialog.values())
                self._stored()
        else:
            essms = next(e for o in self.ogs for e in o.essms if e.id == ident)
            dialog = EssmsDialog(self, essms.__dict__)
            if dialog.exec() == QDialog.DialogCode.Accepted:
                grappe.update_essms(self.db, ident, **dialog.values())
                self._stored()

    def remove_selected(self) -> None:
        selected = self._selected()
        if selected is None:
            return
        kind, ident = selected
        if kind == "og":
            og = next(o for o in self.ogs if o.id == ident)
            question = self.tr("Remove the OG « {name} » and its {count} ESSMS from the grappe?").format(
                name=og.name, count=len(og.essms)
            )
        else:
            essms = next(e for o in self.ogs for e in o.essms if e.id == ident)
            question = self.tr("Remove the ESSMS « {name} » from the grappe?").format(name=essms.name)
        answer = QMessageBox.question(
            self, self.tr("Remove"), question, QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.No,
        )
        if answer != QMessageBox.StandardButton.Yes:
            return
        (grappe.delete_og if kind == "og" else grappe.delete_essms)(self.db, ident)
        self._stored()

    def completion(self) -> Completion:
        ogs = grappe.list_grappe(self.db, self.dossier_id)
        if not ogs:
            return Completion.EMPTY
        complete = any(og.is_porteur for og in ogs) and all(og.essms and og.finess_ej for og in ogs)
        return Completion.COMPLETE if complete else Completion.PARTIAL
