"""« Restaurer une sauvegarde » : the backups of a database, with their date and content, and the restore."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QEvent, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
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

from esms_desktop import formatting, i18n

COLUMNS = 4  # date, occasion, content, dossiers


class RestoreDialog(QDialog):
    """Lists the backups of ``db_path``; « Restaurer » asks for confirmation, calls ``before_restore()``
    (the caller closes its engines there), then replaces the database. ``restored`` says if it did."""

    def __init__(self, db_path: str | Path, parent: QWidget | None = None,
                 before_restore: Callable[[], None] | None = None):
        super().__init__(parent)
        self.db_path = Path(db_path)
        self.before_restore = before_restore
        self.restored = False
        self.safety_backup: Path | None = None
        self.backups = []
        self.setup_ui()
        self.retranslate_ui()
        self.load()

    # ui ---------------------------------------------------------------------------------
    def setup_ui(self) -> None:
        self.heading = QLabel()
        self.heading.setObjectName("stepHeading")
        self.explanation = QLabel()
        self.explanation.setWordWrap(True)
        self.table = QTableWidget(0, COLUMNS)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        self.table.setAlternatingRowColors(True)
        self.table.setWordWrap(False)
        header = self.table.horizontalHeader()
        for column in range(COLUMNS - 1):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(COLUMNS - 1, QHeaderView.ResizeMode.Stretch)
        self.table.itemSelectionChanged.connect(self._update_buttons)
        self.table.itemDoubleClicked.connect(lambda _item: self.restore_selected())
        self.empty_label = QLabel()
        self.empty_label.setObjectName("emptyState")
        self.empty_label.setWordWrap(True)
        self.empty_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.details = QLabel()
        self.details.setWordWrap(True)
        self.details.setObjectName("hint")
        self.details.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.buttons = QDialogButtonBox()
        self.restore_button = QPushButton()
        self.restore_button.setDefault(True)
        self.buttons.addButton(self.restore_button, QDialogButtonBox.ButtonRole.ActionRole)
        self.close_button = self.buttons.addButton(QDialogButtonBox.StandardButton.Close)
        self.restore_button.clicked.connect(self.restore_selected)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addWidget(self.explanation)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.empty_label)
        layout.addWidget(self.details)
        layout.addWidget(self.buttons)
        self.resize(820, 460)

    def retranslate_ui(self) -> None:
        self.setWindowTitle(self.tr("Restore a backup"))
        self.heading.setText(self.tr("Backups of {file}").format(file=self.db_path.name))
        self.explanation.setText(
            self.tr("esms-desktop keeps a copy of your dossiers each time it opens them and before each "
                    "update of its database: the last ten, and one a day for a week. Choose the state to go "
                    "back to. The current state is kept as a backup first, so a restore can be undone.")
        )
        self.table.setHorizontalHeaderLabels(
            [self.tr("Date"), self.tr("Occasion"), self.tr("Content"), self.tr("Dossiers")]
        )
        self.empty_label.setText(self.tr("There is no backup of this file yet."))
        self.restore_button.setText(self.tr("&Restore this backup"))
        self.close_button.setText(self.tr("&Close"))
        if self.backups:
            self._fill()

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)

    # data ---------------------------------------------------------------------------------
    def load(self) -> None:
        from esms_desktop.storage.backups import list_backups

        self.backups = list_backups(self.db_path)
        self._fill()
        if self.backups:
            self.table.selectRow(0)
        self._update_buttons()

    def _occasion(self, reason: str) -> str:
        return {
            "open": self.tr("Opening of the application"),
            "migration": self.tr("Before an update of the database"),
            "restore": self.tr("Before a restore"),
            "manual": self.tr("Requested"),
            "damaged": self.tr("Damaged file, kept as it was"),
        }.get(reason, reason)

    def content_text(self, backup) -> str:
        summary = backup.summary
        if summary is None:
            return self.tr("unreadable")
        dossiers = self.tr("%n dossier(s)", "", summary.dossier_count)
        essms = self.tr("%n ESSMS", "", summary.essms_count)
        return f"{dossiers}, {essms}"

    def _fill(self) -> None:
        self.table.setRowCount(len(self.backups))
        for row, backup in enumerate(self.backups):
            names = ", ".join(backup.summary.dossier_names) if backup.summary else (backup.problem or "")
            cells = (formatting.datetime(backup.created), self._occasion(backup.reason), self.content_text(backup), names)
            for column, text in enumerate(cells):
                item = QTableWidgetItem(text)
                item.setToolTip(text if column == COLUMNS - 1 else "")
                self.table.setItem(row, column, item)
        has_rows = bool(self.backups)
        self.table.setVisible(has_rows)
        self.empty_label.setVisible(not has_rows)

    def selected(self):
        rows = self.table.selectionModel().selectedRows()
        return self.backups[rows[0].row()] if rows else None

    def _update_buttons(self) -> None:
        backup = self.selected()
        self.restore_button.setEnabled(backup is not None and backup.summary is not None)
        if backup is None:
            self.details.clear()
        elif backup.summary is None:
            self.details.setText(self.tr("This backup cannot be read: {detail}").format(detail=backup.problem or ""))
        else:
            names = "\n".join(f"• {name}" for name in backup.summary.dossier_names)
            self.details.setText(names or self.tr("No dossier in this backup."))

    # action ---------------------------------------------------------------------------------
    def restore_selected(self) -> bool:
        backup = self.selected()
        if backup is None or backup.summary is None:
            return False
        answer = QMessageBox.question(
            self,
            self.tr("Restore a backup"),
            self.tr("Replace your dossiers with the backup of {date} ({content})? The dossiers as they are "
                    "now will be kept as a backup.").format(
                date=formatting.datetime(backup.created), content=self.content_text(backup)
            ),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.No,
        )
        if answer != QMessageBox.StandardButton.Yes:
            return False
        from esms_desktop.storage.backups import BackupError, restore_backup

        if self.before_restore is not None:
            self.before_restore()
        try:
            self.safety_backup = restore_backup(self.db_path, backup.path)
        except BackupError as exc:
            QMessageBox.warning(self, self.tr("Restore failed"), i18n.render(exc.message))
            self.load()
            return False
        self.restored = True
        self.accept()
        return True
