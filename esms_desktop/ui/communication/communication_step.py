"""Step « Communication »: the actions of the communication plan and the partners to identify and inform."""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import (
    QDialog,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMessageBox,
    QPushButton,
    QSplitter,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
)

from esms_desktop import formatting as fmt
from esms_desktop.storage import communication, planning
from esms_desktop.ui.communication.dialogs import (
    ActionDialog,
    PartnerDialog,
    audience_labels,
    audience_short_labels,
    partner_kind_labels,
)
from esms_desktop.ui.conflict_dialog import SentValues, delete_in_background, save_changes_in_background
from esms_desktop.ui.wizard.step import StepPage

ID_ROLE = Qt.ItemDataRole.UserRole


class CommunicationStep(StepPage):
    key = "communication"

    def title(self) -> str:
        return self.tr("Communication")

    def setup_ui(self) -> None:
        self.actions: list[communication.ActionRow] = []
        self.partners: list[communication.PartnerRow] = []
        self._filling = False
        # per (list, id), the fields sent to be stored and not read back yet: the next edit of that row, made
        # before the earlier one is stored, starts from it (not a conflict with itself, not a tick lost)
        self._sent = SentValues()
        layout = QVBoxLayout(self)
        self.heading = QLabel()
        self.heading.setObjectName("stepHeading")
        self.intro = QLabel()
        self.intro.setWordWrap(True)
        self.status = QLabel()
        self.status.setWordWrap(True)
        self.status.setObjectName("communicationStatus")

        self.actions_box = QGroupBox()
        self.action_tree = QTreeWidget()
        self.action_tree.setColumnCount(5)
        self.action_tree.setRootIsDecorated(False)
        self.action_tree.setAlternatingRowColors(True)
        self.action_tree.setWordWrap(True)
        self.action_tree.header().setStretchLastSection(False)
        self.action_tree.header().setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.action_tree.itemActivated.connect(lambda *_: self.edit_action())
        self.action_tree.itemSelectionChanged.connect(self._update_buttons)
        self.add_action_button = QPushButton()
        self.edit_action_button = QPushButton()
        self.remove_action_button = QPushButton()
        self.add_action_button.clicked.connect(self.add_action)
        self.edit_action_button.clicked.connect(self.edit_action)
        self.remove_action_button.clicked.connect(self.remove_action)
        box = QVBoxLayout(self.actions_box)
        box.addLayout(self._buttons(self.add_action_button, self.edit_action_button, self.remove_action_button))
        box.addWidget(self.action_tree)

        self.partners_box = QGroupBox()
        self.partner_tree = QTreeWidget()
        self.partner_tree.setColumnCount(3)
        self.partner_tree.setRootIsDecorated(False)
        self.partner_tree.setAlternatingRowColors(True)
        self.partner_tree.header().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.partner_tree.itemActivated.connect(lambda *_: self.edit_partner())
        self.partner_tree.itemChanged.connect(self._partner_item_changed)
        self.partner_tree.itemSelectionChanged.connect(self._update_buttons)
        self.add_partner_button = QPushButton()
        self.edit_partner_button = QPushButton()
        self.remove_partner_button = QPushButton()
        self.add_partner_button.clicked.connect(self.add_partner)
        self.edit_partner_button.clicked.connect(self.edit_partner)
        self.remove_partner_button.clicked.connect(self.remove_partner)
        box = QVBoxLayout(self.partners_box)
        box.addLayout(self._buttons(self.add_partner_button, self.edit_partner_button, self.remove_partner_button))
        box.addWidget(self.partner_tree)

        splitter = QSplitter(Qt.Orientation.Vertical)
        splitter.addWidget(self.actions_box)
        splitter.addWidget(self.partners_box)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 2)
        splitter.setChildrenCollapsible(False)
        layout.addWidget(self.heading)
        layout.addWidget(self.intro)
        layout.addWidget(self.status)
        layout.addWidget(splitter, 1)

    @staticmethod
    def _buttons(*buttons: QPushButton) -> QHBoxLayout:
        row = QHBoxLayout()
        for button in buttons:
            row.addWidget(button)
        row.addStretch(1)
        return row

    def retranslate_ui(self) -> None:
        self.heading.setText(self.tr("Communication"))
        self.intro.setText(self.tr(
            "Plan how the project is announced: to the professionals of the ESSMS, to the partners "
            "(liberal professionals, health and institutional partners) and to the people accompanied and their "
            "families. List the partners concerned and tick those already informed."))
        self.actions_box.setTitle(self.tr("Communication plan"))
        self.action_tree.setHeaderLabels(
            [self.tr("Audience"), self.tr("Message"), self.tr("Channel"), self.tr("Date"), self.tr("Owner")])
        self.add_action_button.setText(self.tr("Add an &action…"))
        self.edit_action_button.setText(self.tr("&Change…"))
        self.remove_action_button.setText(self.tr("&Remove…"))
        self.partners_box.setTitle(self.tr("Partners to inform"))
        self.partner_tree.setHeaderLabels([self.tr("Partner"), self.tr("Kind"), self.tr("Informed")])
        self.add_partner_button.setText(self.tr("Add a par&tner…"))
        self.edit_partner_button.setText(self.tr("Chan&ge…"))
        self.remove_partner_button.setText(self.tr("Re&move…"))
        if self.actions or self.partners or self.isVisible():
            self.load()

    # data ----------------------------------------------------------------
    def fetch(self):
        return (communication.list_actions(self.db, self.dossier_id),
                communication.list_partners(self.db, self.dossier_id), communication.gaps(self.db, self.dossier_id))

    def fill(self, data) -> None:
        self.actions, self.partners, gaps = data
        self._forget_stored()
        audiences = audience_short_labels()
        full = audience_labels()
        kinds = partner_kind_labels()
        selected_action, selected_partner = self._selected(self.action_tree), self._selected(self.partner_tree)
        self._filling = True
        try:
            self.action_tree.clear()
            for a in self.actions:
                item = QTreeWidgetItem([audiences.get(a.audience, a.audience), a.message, a.channel,
                                        fmt.date(a.date), a.owner])
                item.setData(0, ID_ROLE, a.id)
                item.setToolTip(0, full.get(a.audience, a.audience))
                item.setToolTip(1, a.message)
                item.setToolTip(2, a.channel)
                item.setToolTip(4, a.owner)
                self.action_tree.addTopLevelItem(item)
            self.partner_tree.clear()
            for p in self.partners:
                item = QTreeWidgetItem([p.name, kinds.get(p.kind, p.kind), ""])
                item.setData(0, ID_ROLE, p.id)
                item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
                item.setCheckState(2, Qt.CheckState.Checked if p.informed else Qt.CheckState.Unchecked)
                item.setText(2, self.tr("yes") if p.informed else self.tr("not yet"))
                self.partner_tree.addTopLevelItem(item)
        finally:
            self._filling = False
        for column, widest in ((0, 220), (2, 200), (3, 120), (4, 200)):
            self.action_tree.resizeColumnToContents(column)
            self.action_tree.setColumnWidth(column, min(self.action_tree.columnWidth(column) + 8, widest))
        for column in (1, 2):
            self.partner_tree.resizeColumnToContents(column)
        self._reselect(self.action_tree, selected_action)
        self._reselect(self.partner_tree, selected_partner)
        self._show_status(gaps)
        self._update_buttons()

    def _show_status(self, gaps) -> None:
        if gaps.empty:
            self.status.setText(self.tr("No action planned and no partner listed yet."))
            return
        if gaps.complete:
            self.status.setText(self.tr("✔ Every audience has at least one action, and every partner is informed."))
            return
        lines = []
        if gaps.missing_audiences:
            labels = audience_labels()
            lines.append(self.tr("No action yet for: {audiences}.").format(
                audiences=", ".join(labels[a] for a in gaps.missing_audiences)))
        if gaps.no_partner:
            lines.append(self.tr("No partner identified yet."))
        if gaps.uninformed_partners:
            lines.append(self.tr("Partners not informed yet: {names}.").format(names=", ".join(gaps.uninformed_partners)))
        self.status.setText("\n".join("• " + line for line in lines))

    @staticmethod
    def _selected(tree: QTreeWidget) -> int | None:
        item = tree.currentItem()
        return item.data(0, ID_ROLE) if item is not None else None

    @staticmethod
    def _reselect(tree: QTreeWidget, ident: int | None) -> None:
        for i in range(tree.topLevelItemCount()):
            if tree.topLevelItem(i).data(0, ID_ROLE) == ident:
                tree.setCurrentItem(tree.topLevelItem(i))
                return

    def _update_buttons(self) -> None:
        for tree, buttons in ((self.action_tree, (self.edit_action_button, self.remove_action_button)),
                              (self.partner_tree, (self.edit_partner_button, self.remove_partner_button))):
            for button in buttons:
                button.setEnabled(tree.currentItem() is not None)

    def _stored(self, then=None) -> None:
        self.load(then=then)
        self.changed.emit()

    def _confirm(self, question: str) -> bool:
        answer = QMessageBox.question(self, self.tr("Remove"), question,
                                      QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
                                      QMessageBox.StandardButton.No)
        return answer == QMessageBox.StandardButton.Yes

    # actions -------------------------------------------------------------
    def add_action(self) -> None:
        dialog = ActionDialog(self, owners=planning.owner_suggestions(self.db, self.dossier_id))
        if dialog.exec() == QDialog.DialogCode.Accepted:
            db, dossier_id, values = self.db, self.dossier_id, dialog.values()
            self.write_then_reload(lambda: communication.add_action(db, dossier_id, **values),
                                   then=lambda new_id: self._reselect(self.action_tree, new_id))

    def edit_action(self) -> None:
        ident = self._selected(self.action_tree)
        action = next((a for a in self.actions if a.id == ident), None)
        if action is None:
            return
        shown = self._sent.shown(("action", ident), action.__dict__)  # with what was sent, not read back yet
        dialog = ActionDialog(self, shown, owners=planning.owner_suggestions(self.db, self.dossier_id))
        if dialog.exec() == QDialog.DialogCode.Accepted:
            # mine, or what is stored after « recharger » (a deleted action leaves the list)
            self._save_in_background(communication.update_action, ident, action.version, action.values(),
                                     dialog.values())

    def remove_action(self) -> None:
        ident = self._selected(self.action_tree)
        action = next((a for a in self.actions if a.id == ident), None)
        if action is None:
            return
        summary = action.message if len(action.message) <= 80 else action.message[:77] + "…"
        if self._confirm(self.tr("Remove the action « {message} » from the plan?").format(message=summary)):
            self.context.name_change(self.tr("remove the action « {message} »").format(message=summary))
            self._delete_in_background(communication.delete_action, ident, action.version,
                                       self._sent.shown(("action", ident), action.values()), summary)

    # partners ------------------------------------------------------------
    def add_partner(self) -> None:
        dialog = PartnerDialog(self)
        if dialog.exec() == QDialog.DialogCode.Accepted:
            db, dossier_id, values = self.db, self.dossier_id, dialog.values()
            self.write_then_reload(lambda: communication.add_partner(db, dossier_id, **values),
                                   then=lambda new_id: self._reselect(self.partner_tree, new_id))

    def edit_partner(self) -> None:
        ident = self._selected(self.partner_tree)
        partner = next((p for p in self.partners if p.id == ident), None)
        if partner is None:
            return
        dialog = PartnerDialog(self, self._sent.shown(("partner", ident), partner.__dict__))
        if dialog.exec() == QDialog.DialogCode.Accepted:
            self._save_in_background(communication.update_partner, ident, partner.version, partner.values(),
                                     dialog.values())

    def remove_partner(self) -> None:
        ident = self._selected(self.partner_tree)
        partner = next((p for p in self.partners if p.id == ident), None)
        if partner is not None and self._confirm(
                self.tr("Remove the partner « {name} » from the list?").format(name=partner.name)):
            self._delete_in_background(communication.delete_partner, ident, partner.version,
                                       self._sent.shown(("partner", ident), partner.values()),
                                       partner.name)

    def _partner_item_changed(self, item: QTreeWidgetItem, column: int) -> None:
        if self._filling or column != 2:
            return
        informed = item.checkState(2) == Qt.CheckState.Checked
        partner = next((p for p in self.partners if p.id == item.data(0, ID_ROLE)), None)
        if partner is not None:  # not while the tree is still handling the click
            QTimer.singleShot(0, lambda: self._store_informed(partner, informed))

    def _store_informed(self, partner: communication.PartnerRow, informed: bool) -> None:
        self._save_in_background(communication.update_partner, partner.id, partner.version, partner.values(),
                                 {"informed": informed})

    def _forget_stored(self) -> None:
        """The lists were read again: what they hold now is no longer waiting to be stored."""
        self._sent.read_back({**{("action", a.id): a.values() for a in self.actions},
                              **{("partner", p.id): p.values() for p in self.partners}})

    def _save_in_background(self, update, ident: int, version: int, shown: dict, values: dict) -> None:
        """A dialog's or a tick's fields that changed, stored in the background; conflicts asked, then the
        lists read again (mine, or what is stored after « recharger »)."""
        key = ("partner" if update is communication.update_partner else "action", ident)
        original = self._sent.shown(key, shown)  # what this window last stored or sent

        def not_stored() -> None:  # « recharger », deleted, refused: the list shows what is stored
            self._sent.forget(key)
            self._stored()

        write = save_changes_in_background(self, self.context.submit, update, self.db, ident, version, original,
                                           values, then=lambda _r: self._stored(), reshow=not_stored,
                                           display=self._display)
        if write is not None:
            self.submit_write(self._sent.keep(key, write, original, values))
        else:
            self._stored()

    def _delete_in_background(self, delete, ident: int, version: int, shown: dict, name: str) -> None:
        self.submit_write(delete_in_background(self, self.context.submit, delete, self.db, ident, version, shown,
                                               then=lambda _r: self._stored(), reshow=self._stored, name=name,
                                               display=self._display))

    def _display(self, name: str, value) -> str:
        """An action's or a partner's field as the list shows it (in the conflict box)."""
        if name == "audience":
            return audience_labels().get(value, value or "")
        if name == "kind":
            return partner_kind_labels().get(value, value or "")
        if name == "date":
            return fmt.date(value) if value else ""
        if isinstance(value, bool):
            return self.tr("yes") if value else self.tr("not yet")
        return "" if value is None else str(value)
