"""Step "La grappe": the OGs and their ESSMS (by FINESS, from the offline reference or a list), the
porteur, and the live composition panel beside them."""

from __future__ import annotations

from html import escape

from PySide6.QtCore import QItemSelectionModel, QRect, Qt
from PySide6.QtGui import QColor, QFont, QIcon, QPainter, QPixmap
from PySide6.QtWidgets import (
    QDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMessageBox,
    QPushButton,
    QSplitter,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from esms_desktop import formatting
from esms_desktop.rules.identity.finess import department_of
from esms_desktop.rules.dossier import Dossier
from esms_desktop.storage import grappe
from esms_desktop.storage.loader import load_dossier
from esms_desktop.ui.conflict_dialog import delete_in_background, save_changes_in_background
from esms_desktop.ui.wizard.composition_panel import CompositionPanel
from esms_desktop.ui.wizard.essms_form import EssmsDialog
from esms_desktop.ui.wizard.essms_import_dialog import EssmsImportDialog
from esms_desktop.ui.wizard.og_establishments_dialog import OgEstablishmentsDialog
from esms_desktop.ui.wizard.og_form import OgDialog
from esms_desktop.ui.wizard.step import StepPage

OG_ROLE = Qt.ItemDataRole.UserRole
ESSMS_ROLE = Qt.ItemDataRole.UserRole + 1
FINESS_COLUMN, NAME_COLUMN, CATEGORY_COLUMN, SECTOR_COLUMN, DEPT_COLUMN, PERSONS_COLUMN = range(6)
STAR = "★"


def porteur_icon(size: int = 16) -> tuple[QIcon, QIcon]:
    """A gold star before the porteur's name (an icon is never cut off with the text); others get a blank
    one of the same size so that the names stay aligned."""
    star, blank = QPixmap(size, size), QPixmap(size, size)
    star.fill(Qt.GlobalColor.transparent)
    blank.fill(Qt.GlobalColor.transparent)
    painter = QPainter(star)
    font = QFont()
    font.setPixelSize(size)
    painter.setFont(font)
    painter.setPen(QColor("#c98a00"))
    painter.drawText(QRect(0, 0, size, size), Qt.AlignmentFlag.AlignCenter, STAR)
    painter.end()
    return QIcon(star), QIcon(blank)


class GrappeStep(StepPage):
    key = "grappe"

    def title(self) -> str:
        return self.tr("The grappe")

    def setup_ui(self) -> None:
        self.ogs: list[grappe.OgRow] = []
        self.dossier: Dossier | None = None  # the whole dossier (storage.load_dossier), read at each load()
        self.heading = QLabel()
        self.heading.setObjectName("stepHeading")
        self.intro = QLabel()
        self.intro.setWordWrap(True)
        self.tree = QTreeWidget()
        self.tree.setColumnCount(6)
        self.tree.setAlternatingRowColors(True)
        self.tree.setSelectionMode(QTreeWidget.SelectionMode.ExtendedSelection)
        self.tree.setIndentation(14)
        header = self.tree.header()
        header.setStretchLastSection(False)
        for column in range(6):  # the names take the width; the short codes keep theirs
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Stretch if column == NAME_COLUMN
                                        else QHeaderView.ResizeMode.ResizeToContents)
        self.star_icon, self.blank_icon = porteur_icon()
        self.tree.itemActivated.connect(lambda *_: self.edit_selected())
        self.tree.currentItemChanged.connect(lambda *_: self._update_buttons())
        self.summary = QLabel()
        self.porteur_label = QLabel()  # « ★ Porteur : … », the legend of the star
        self.porteur_label.setWordWrap(True)
        self.add_og_button = QPushButton()
        self.add_essms_button = QPushButton()
        self.edit_button = QPushButton()
        self.remove_button = QPushButton()
        self.add_all_button = QPushButton()
        self.import_button = QPushButton()
        first = QHBoxLayout()
        for button in (self.add_og_button, self.add_essms_button, self.edit_button, self.remove_button):
            first.addWidget(button)
        first.addStretch(1)
        second = QHBoxLayout()
        for button in (self.add_all_button, self.import_button):
            second.addWidget(button)
        second.addStretch(1)
        self.add_og_button.clicked.connect(self.add_og)
        self.add_essms_button.clicked.connect(self.add_essms)
        self.edit_button.clicked.connect(self.edit_selected)
        self.remove_button.clicked.connect(self.remove_selected)
        self.add_all_button.clicked.connect(self.add_all_of_og)
        self.import_button.clicked.connect(self.import_list)

        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addLayout(first)
        left_layout.addLayout(second)
        left_layout.addWidget(self.tree, 1)
        bottom = QHBoxLayout()
        bottom.addWidget(self.summary)
        bottom.addSpacing(16)
        bottom.addWidget(self.porteur_label, 1)
        left_layout.addLayout(bottom)
        from esms_desktop.ui.member.members_panel import MembersPanel

        self.members = MembersPanel(self.db, self.dossier_id, read_now=False)  # member sheets sent / returned / merged
        from esms_desktop.ui.conflict_dialog import SentValues

        self._sent = SentValues()  # per OG / ESSMS, the fields its dialog sent, not read back yet
        self._asking = False  # an OG's removal question being prepared (what goes with it read in the queue)
        self.members.submit = self.context.submit  # a merge in the dossier's queue, off the UI thread
        self.members.merged.connect(self._stored)
        left_layout.addWidget(self.members)
        self.panel = CompositionPanel()
        self.panel.slices.sliced = self.context.queue is not None  # in a wizard: its cards over a few turns
        self.watch(self.panel.slices)
        self.panel.show_subjects.connect(self.select_subjects)
        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        self.splitter.addWidget(left)
        self.splitter.addWidget(self.panel)
        self.splitter.setStretchFactor(0, 3)
        self.splitter.setStretchFactor(1, 2)
        self.splitter.setSizes([640, 360])  # the names of the tree first; the panel's text wraps
        self.splitter.setChildrenCollapsible(False)
        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addWidget(self.intro)
        layout.addWidget(self.splitter, 1)

    def retranslate_ui(self) -> None:
        self.heading.setText(self.tr("The grappe"))
        self.intro.setText(self.tr(
            "List the organismes gestionnaires (OG) of the grappe and, under each, the establishments and "
            "services (ESSMS) taking part, by their FINESS numbers. Mark the OG that carries the project "
            "(the porteur). Double-click a line to edit it. The rules of the campaign are checked on the right "
            "as you go."))
        self.tree.setHeaderLabels([self.tr("FINESS"), self.tr("Name"), self.tr("Cat."), self.tr("Sect."),
                                   self.tr("Dept."), self.tr("Pers.")])
        for column, tip in ((CATEGORY_COLUMN, self.tr("FINESS category")), (SECTOR_COLUMN, self.tr("Sector")),
                            (DEPT_COLUMN, self.tr("Department")),
                            (PERSONS_COLUMN, self.tr("Persons accompanied (file active)"))):
            self.tree.headerItem().setToolTip(column, tip)
        self.add_og_button.setText(self.tr("Add an &OG…"))
        self.add_essms_button.setText(self.tr("Add an E&SSMS…"))
        self.edit_button.setText(self.tr("&Change…"))
        self.remove_button.setText(self.tr("&Remove…"))
        self.add_all_button.setText(self.tr("Add &all the ESSMS of this OG…"))
        self.add_all_button.setToolTip(self.tr(
            "Pick, in the FINESS reference, the establishments of the selected OG's FINESS EJ."))
        self.import_button.setText(self.tr("&Import a list (CSV, Excel)…"))
        if self.ogs or self.isVisible():
            self.load()

    # data ----------------------------------------------------------------
    def fetch(self):
        """The grappe's rows, the dossier (composition panel) and the members' requests (background)."""
        from esms_desktop.rules.campaign import readable_source
        from esms_desktop.storage import member_requests
        from esms_desktop.ui.wizard.composition_panel import compute

        dossier = load_dossier(self.db, self.dossier_id)
        readable_source("")  # the campaigns' document names, read once (the cards name their sources)
        return (grappe.list_grappe(self.db, self.dossier_id), dossier,
                member_requests.member_rows(self.db, self.dossier_id), compute(dossier))

    def fill(self, data) -> None:
        ogs, dossier, members, composition = data
        selected = self._selected()
        self.ogs = ogs
        self._sent.read_back({**{("og", o.id): o.values() for o in ogs},
                              **{("essms", e.id): e.values() for o in ogs for e in o.essms}})
        self.tree.clear()
        essms_count = 0
        for og in self.ogs:
            item = QTreeWidgetItem([og.finess_ej, og.name, self.tr("%n ESSMS", "", og.essms_count), "", "", ""])
            item.setData(0, OG_ROLE, og.id)
            font = item.font(NAME_COLUMN)
            font.setBold(True)
            item.setFont(NAME_COLUMN, font)
            item.setIcon(NAME_COLUMN, self.star_icon if og.is_porteur else self.blank_icon)
            tip = og.name + ("\n" + STAR + " " + self.tr("Porteur of the project") if og.is_porteur else "")
            item.setToolTip(NAME_COLUMN, tip)
            for essms in og.essms:
                essms_count += 1
                persons = "" if essms.persons_accompanied is None else formatting.number(essms.persons_accompanied)
                department = essms.department or department_of(essms.finess_et) or ""
                child = QTreeWidgetItem([essms.finess_et, essms.name, essms.category_code or "", essms.sector or "",
                                         department, persons])
                child.setData(0, ESSMS_ROLE, essms.id)
                if essms.category_label:
                    child.setToolTip(CATEGORY_COLUMN, essms.category_label)
                if essms.isolated:
                    child.setToolTip(NAME_COLUMN, self.tr("Isolated ESSMS joining the grappe"))
                    child.setText(NAME_COLUMN, essms.name + "  " + self.tr("(isolated)"))
                child.setTextAlignment(PERSONS_COLUMN, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
                item.addChild(child)
            self.tree.addTopLevelItem(item)
            item.setExpanded(True)
        for column in (FINESS_COLUMN, CATEGORY_COLUMN, SECTOR_COLUMN, DEPT_COLUMN, PERSONS_COLUMN):
            self.tree.resizeColumnToContents(column)
        self.summary.setText(self.tr("%n OG(s)", "", len(self.ogs)) + " · " + self.tr("%n ESSMS", "", essms_count))
        porteur = next((og for og in self.ogs if og.is_porteur), None)
        if porteur is not None:
            self.porteur_label.setText(f'<span style="color: #c98a00;">{STAR}</span> '
                                       + escape(self.tr("Porteur: {name}").format(name=porteur.name)))
        else:
            self.porteur_label.setText(self.tr("No porteur yet: edit the OG that carries the project."))
        self.porteur_label.setVisible(bool(self.ogs))
        self._reselect(selected)
        self._update_buttons()
        self.dossier = dossier
        self.panel.update_from(self.dossier, composition)
        self.members.refresh(members)

    def _selected(self) -> tuple[str, int] | None:
        item = self.tree.currentItem()
        if item is None:
            return None
        if item.data(0, OG_ROLE) is not None:
            return ("og", item.data(0, OG_ROLE))
        return ("essms", item.data(0, ESSMS_ROLE))

    def _items(self):
        for i in range(self.tree.topLevelItemCount()):
            top = self.tree.topLevelItem(i)
            yield top
            for j in range(top.childCount()):
                yield top.child(j)

    def _reselect(self, selected) -> None:
        if selected is None:
            return
        kind, ident = selected
        role = OG_ROLE if kind == "og" else ESSMS_ROLE
        for item in self._items():
            if item.data(0, role) == ident:
                self.tree.setCurrentItem(item)
                return

    def select_subjects(self, subjects: tuple) -> None:
        """Select the lines of the FINESS numbers a finding is about."""
        wanted = set(subjects)
        self.tree.clearSelection()
        first = None
        for item in self._items():
            if item.text(FINESS_COLUMN) in wanted:
                item.setSelected(True)
                first = first or item
        if first is not None:
            self.tree.scrollToItem(first)
            self.tree.setCurrentItem(first, 0, QItemSelectionModel.SelectionFlag.NoUpdate)
            self.tree.setFocus()

    def current_og(self) -> grappe.OgRow | None:
        item = self.tree.currentItem()
        if item is None:
            return self.ogs[-1] if self.ogs else None
        if item.parent() is not None:
            item = item.parent()
        og_id = item.data(0, OG_ROLE)
        return next((og for og in self.ogs if og.id == og_id), None)

    def _existing(self, except_id: int | None = None) -> dict[str, str]:
        return {e.finess_et: og.name for og in self.ogs for e in og.essms if e.id != except_id and e.finess_et}

    def _update_buttons(self) -> None:
        has_selection = self.tree.currentItem() is not None
        self.add_essms_button.setEnabled(bool(self.ogs))
        og = self.current_og()
        self.add_all_button.setEnabled(og is not None and bool(og.finess_ej))
        self.edit_button.setEnabled(has_selection)
        self.remove_button.setEnabled(has_selection)

    def _stored(self, select: tuple[str, int] | None = None) -> None:
        """Stored: read again (in the background), then ``select`` that line."""
        self.load(then=(lambda: self._reselect(select)) if select is not None else None)
        self.changed.emit()

    def _campaign(self):
        return self.panel.campaign

    def _project_type(self) -> str:
        return self.dossier.project_type if self.dossier is not None else "acquisition"

    # actions -------------------------------------------------------------
    def add_og(self) -> None:
        dialog = OgDialog(self, {"is_porteur": not any(og.is_porteur for og in self.ogs)}, campaign=self._campaign())
        if dialog.exec() == QDialog.DialogCode.Accepted:
            db, dossier_id, values = self.db, self.dossier_id, dialog.values()
            self._write(lambda: grappe.add_og(db, dossier_id, **values), lambda og_id: ("og", og_id))

    def add_essms(self) -> None:
        og = self.current_og()
        if og is None:
            return
        dialog = EssmsDialog(self, og_finess_ej=og.finess_ej, existing=self._existing(),
                             dossier_project_type=self._project_type())
        dialog.setWindowTitle(self.tr("New ESSMS of « {og} »").format(og=og.name))
        if dialog.exec() == QDialog.DialogCode.Accepted:
            db, og_id, values = self.db, og.id, dialog.values()
            self._write(lambda: grappe.add_essms(db, og_id, **values), lambda essms_id: ("essms", essms_id))

    def add_all_of_og(self) -> None:
        og = self.current_og()
        if og is None or not og.finess_ej:
            return
        dialog = OgEstablishmentsDialog(self, og.name, og.finess_ej, self._existing())
        if dialog.exec() == QDialog.DialogCode.Accepted and dialog.selected_values():
            db, og_id, items = self.db, og.id, dialog.selected_values()
            self._write(lambda: grappe.add_many_essms(db, og_id, items), lambda _ids: ("og", og_id))

    def import_list(self) -> None:
        og = self.current_og()
        dialog = EssmsImportDialog(self, self.db, self.dossier_id, default_og_id=og.id if og else None,
                                   submit=self.context.submit)  # stored in the background, after earlier writes
        if dialog.exec() == QDialog.DialogCode.Accepted:
            self._stored()

    def edit_selected(self) -> None:
        selected = self._selected()
        if selected is None:
            return
        kind, ident = selected
        if kind == "og":
            og = next(o for o in self.ogs if o.id == ident)
            model_og = next((o for o in (self.dossier.ogs if self.dossier else ()) if o.id == ident), None)
            shown = self._sent.shown(("og", ident), og.values())  # with what was sent, not read back yet
            dialog = OgDialog(self, shown, essms=model_og.essms if model_og else (), campaign=self._campaign())
            if dialog.exec() == QDialog.DialogCode.Accepted:
                self._save(grappe.update_og, ("og", ident), og.version, og.values(), dialog.values())
        else:
            og = next(o for o in self.ogs if any(e.id == ident for e in o.essms))
            essms = next(e for e in og.essms if e.id == ident)
            dialog = EssmsDialog(self, self._sent.shown(("essms", ident), essms.values()), og_finess_ej=og.finess_ej,
                                 existing=self._existing(ident), dossier_project_type=self._project_type())
            if dialog.exec() == QDialog.DialogCode.Accepted:
                self._save(grappe.update_essms, ("essms", ident), essms.version, essms.values(), dialog.values())

    def remove_selected(self) -> None:
        selected = self._selected()
        if selected is None:
            return
        kind, ident = selected
        if kind == "og":
            from esms_desktop.storage.dossier_states import og_removal
            from esms_desktop.ui.wizard.removal_text import og_removal_question_of

            og = next(o for o in self.ogs if o.id == ident)
            if self._asking:  # its question is being prepared
                return
            self._asking = True
            db = self.db

            def ask(removal) -> None:  # what goes with it, read in the queue: then the question
                self._asking = False
                self.context.name_change(self.tr("remove the OG « {name} »").format(name=og.name))
                self._confirm_removal(kind, ident, og, og_removal_question_of(removal))

            def not_read(exc: Exception) -> None:
                self._asking = False
                self.load_failed(exc)

            self.context.submit(lambda: og_removal(db, ident), ask, not_read)
            return
        essms = next(e for o in self.ogs for e in o.essms if e.id == ident)
        question = self.tr("Remove the ESSMS « {name} » from the grappe? Its needs stay, no longer tied to "
                           "it. Edit ▸ Undo (Ctrl+Z) brings it back.").format(name=essms.name)
        self.context.name_change(self.tr("remove the ESSMS « {name} »").format(name=essms.name))
        self._confirm_removal(kind, ident, essms, question)

    def _confirm_removal(self, kind: str, ident: int, row, question: str) -> None:
        answer = QMessageBox.question(
            self, self.tr("Remove"), question, QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.No,
        )
        if answer != QMessageBox.StandardButton.Yes:
            return
        self.submit_write(delete_in_background(
            self, self.context.submit, grappe.delete_og if kind == "og" else grappe.delete_essms, self.db, ident,
            row.version, self._sent.shown((kind, ident), row.values()), then=lambda _r: self._stored(),
            reshow=self._stored, name=row.name))

    def _write(self, run, select) -> None:
        """``run()`` (storage only) in the background; then the grappe read again and ``select(result)``'s
        line selected."""
        from esms_desktop.ui.autosave import Write

        self.submit_write(Write(run, lambda result: self._stored(select(result))))

    def _save(self, update, key: tuple[str, int], version: int, shown: dict, values: dict) -> None:
        """A dialog's fields that changed, stored in the background (conflicts asked), then the grappe read again.
        It starts from what this window last sent for that row (a dialog opened again before the grappe is read
        again is not a conflict with one's own change)."""
        original = self._sent.shown(key, shown)

        def not_stored() -> None:  # « recharger », deleted: the grappe shows what is stored
            self._sent.forget(key)
            self._stored()

        write = save_changes_in_background(self, self.context.submit, update, self.db, key[1], version, original,
                                           values, then=lambda _r: self._stored(), reshow=not_stored)
        if write is not None:
            self.submit_write(self._sent.keep(key, write, original, values))
