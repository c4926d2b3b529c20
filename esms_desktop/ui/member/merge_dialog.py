"""Porteur side: the preview of an answered member sheet — per field, what the dossier holds and what the
member sent, each with its tick (all ticked at first) — and « Fusionner »; nothing is written before."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QMessageBox,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from esms_desktop.i18n import render
from esms_desktop.storage import member_merge
from esms_desktop.storage.errors import StorageError

KEY_ROLE = Qt.ItemDataRole.UserRole


class MergeDialog(QDialog):
    """One line per difference; ``accepted_keys()`` gives the ticked ones."""

    def __init__(self, preview: member_merge.MergePreview, parent: QWidget | None = None):
        super().__init__(parent)
        self.preview = preview
        self.setWindowTitle(self.tr("Merge the answer of « {og} »").format(og=preview.og_name))
        self.intro = QLabel(self.tr(
            "What « {og} » sent differs from the dossier on {count} point(s). Untick what you do not want; "
            "nothing is written before « Merge ».").format(og=preview.og_name, count=len(preview.items)))
        self.intro.setWordWrap(True)
        self.table = QTableWidget(len(preview.items), 3)
        self.table.setHorizontalHeaderLabels([self.tr("Field"), self.tr("In the dossier"), self.tr("Sent by the member")])
        header = self.table.horizontalHeader()
        for column in range(3):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Stretch)
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        for row, item in enumerate(preview.items):
            label = QTableWidgetItem(render(item.label))
            label.setData(KEY_ROLE, item.key)
            label.setFlags(label.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            label.setCheckState(Qt.CheckState.Checked)
            self.table.setItem(row, 0, label)
            self.table.setItem(row, 1, QTableWidgetItem(self.value_text(item.current, item.key)))
            self.table.setItem(row, 2, QTableWidgetItem(self.value_text(item.incoming, item.key)))
        self.table.resizeRowsToContents()
        self.all_button = QPushButton(self.tr("Accept &all"))
        self.all_button.clicked.connect(self.accept_all)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("&Merge"))
        self.buttons.addButton(self.all_button, QDialogButtonBox.ButtonRole.ActionRole)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.buttons)
        self.resize(820, 460)

    def value_text(self, value, key: str = "") -> str:
        """A value as the forms show it: coded choices by their label, yes / no, « — » for nothing."""
        from esms_desktop.ui.wizard import grappe_choices as gc

        choices = {"rgpd_status": gc.progress_statuses, "it_charter": gc.progress_statuses,
                   "legal_status": gc.legal_statuses, "dui_kind": gc.dui_kinds}.get(key.rsplit(".", 1)[-1])
        if choices is not None and value not in ("", None):
            return gc.label_of(choices(), value) or str(value)
        if value is True:
            return self.tr("yes")
        if value is False:
            return self.tr("no")
        return "—" if value in (None, "") else str(value)

    def set_checked(self, key: str, checked: bool) -> None:
        for row in range(self.table.rowCount()):
            item = self.table.item(row, 0)
            if item.data(KEY_ROLE) == key:
                item.setCheckState(Qt.CheckState.Checked if checked else Qt.CheckState.Unchecked)

    def accept_all(self) -> None:
        for row in range(self.table.rowCount()):
            self.table.item(row, 0).setCheckState(Qt.CheckState.Checked)

    def accepted_keys(self) -> set[str]:
        return {self.table.item(r, 0).data(KEY_ROLE) for r in range(self.table.rowCount())
                if self.table.item(r, 0).checkState() == Qt.CheckState.Checked}


def merge_sheet(parent: QWidget, db, dossier_id: int, path: str, expected_og_id: int | None = None,
                submit=None, done=None) -> bool | None:
    """Preview the sheet at ``path``, then merge what the porteur keeps.

    ``submit(work, done, failed)`` runs the reading of the sheet and the merge off the UI thread (the
    wizard's queue, ``WizardContext.submit``): the dialog opens once the preview is read, « Fusion… » is
    shown while a merge takes over a second, and ``done(merged)`` is called at the end (True once merged;
    False when refused, cancelled or nothing to merge). Without ``submit`` all of it runs at once here and
    the result is returned too."""
    from esms_desktop.ui import db_queue
    from esms_desktop.ui.write_progress import WriteProgress

    title = QCoreApplication.translate("MergeDialog", "Merge a member sheet received")
    run = submit if submit is not None else (lambda work, ok, failed: db_queue.submit(None, work, ok, failed))
    outcome: list[bool] = []

    def end(merged: bool) -> None:
        outcome.append(merged)
        if done is not None:
            done(merged)

    def refused(exc: Exception) -> None:
        if isinstance(exc, StorageError):
            QMessageBox.warning(parent, title, render(exc.message))
        else:
            QMessageBox.warning(parent, title, QCoreApplication.translate(
                "MergeDialog", "The sheet could not be merged: {error}").format(error=str(exc)))
        end(False)

    def previewed(preview: member_merge.MergePreview) -> None:
        if preview.nothing_to_merge:
            QMessageBox.information(parent, title, QCoreApplication.translate(
                "MergeDialog", "Nothing to merge: the dossier already holds everything « {og} » sent.").format(
                    og=preview.og_name))
            end(False)
            return
        dialog = MergeDialog(preview, parent)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            end(False)
            return
        keys, today = dialog.accepted_keys(), dt.date.today()
        progress = WriteProgress(parent, QCoreApplication.translate("MergeDialog", "Merging the sheet…")) \
            if submit is not None else None

        def merged(_count) -> None:
            if progress is not None:
                progress.finish()
            end(True)

        def not_merged(exc: Exception) -> None:
            if progress is not None:
                progress.finish()
            refused(exc)

        run(lambda: member_merge.apply_merge(db, preview, keys, today), merged, not_merged)

    run(lambda: member_merge.preview_merge(db, dossier_id, path, expected_og_id), previewed, refused)
    return outcome[0] if outcome else None
