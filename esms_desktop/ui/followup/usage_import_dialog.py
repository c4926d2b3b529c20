"""Import usage measures from a CSV/XLSX file: which column holds what, every row checked, then all or nothing."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QListWidget,
    QScrollArea,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from esms_desktop.i18n import render
from esms_desktop.storage import usage_import
from esms_desktop.storage.errors import StorageError
from esms_desktop.storage.table_files import RawTable


class UsageImportDialog(QDialog):
    """Shows the proposed mapping and the rows' problems; « Import » writes every row or none.

    ``panel``: the usage panel (its step's background queue stores the import); ``known``, ``stored``: the
    grappe's FINESS ET and the (FINESS ET, month) already measured, read in the background before: the
    checks of each mapping chosen read nothing."""

    def __init__(self, panel, table: RawTable, campaign, known: set[str], stored: set, parent: QWidget | None = None):
        super().__init__(parent if parent is not None else panel)
        self.panel, self.table, self.campaign = panel, table, campaign
        self.db, self.dossier_id = panel.db, panel.dossier_id
        self.known, self.stored = known, stored
        self.imported = 0
        self.setWindowTitle(self.tr("Import usage measures"))
        self.resize(760, 680)
        fields = [(usage_import.FINESS, self.tr("FINESS ET")), (usage_import.MONTH, self.tr("Month"))]
        fields += [(c.key, c.label) for c in campaign.usage_counts]
        self.combos: dict[str, QComboBox] = {}
        proposed = usage_import.guess_mapping(table.headers, campaign)
        form_widget = QWidget()
        form = QFormLayout(form_widget)
        for key, label in fields:
            combo = QComboBox()
            combo.addItem(self.tr("(no column)"), None)
            for index, header in enumerate(table.headers):
                combo.addItem(header, index)
            combo.setCurrentIndex(max(0, combo.findData(proposed.get(key))))
            combo.currentIndexChanged.connect(self._check)
            self.combos[key] = combo
            text = QLabel(label)
            text.setWordWrap(True)
            form.addRow(text, combo)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(form_widget)
        self.sample = QTableWidget(min(5, len(table.rows)), len(table.headers))  # the file's first rows
        self.sample.setHorizontalHeaderLabels(list(table.headers))
        self.sample.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.sample.setVerticalHeaderLabels([str(r.line) for r in table.rows[:5]])
        for r, raw in enumerate(table.rows[:5]):
            for c, value in enumerate(raw.cells[: len(table.headers)]):
                self.sample.setItem(r, c, QTableWidgetItem(value))
        self.sample.setMaximumHeight(150)
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        self.problems = QListWidget()
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.import_button = self.buttons.addButton(self.tr("&Import"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.buttons.accepted.connect(self._import)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        intro = QLabel(self.tr("File « {name} »: {rows} rows. Check which column holds each count.").format(
            name=table.file_name, rows=len(table.rows)))
        intro.setWordWrap(True)
        layout.addWidget(intro)
        layout.addWidget(self.sample)
        layout.addWidget(scroll, 2)
        layout.addWidget(self.summary)
        layout.addWidget(self.problems, 1)
        layout.addWidget(self.buttons)
        self._check()

    def mapping(self) -> dict[str, int | None]:
        return {key: combo.currentData() for key, combo in self.combos.items()}

    def _check(self) -> None:
        result = usage_import.preview_of(self.table, self.mapping(), self.campaign, self.known, self.stored)
        self.problems.clear()
        for problem in result.problems:
            self.problems.addItem(render(problem.reason) if problem.line == 0 else render(problem.message()))
        if result.problems:
            self.summary.setText(self.tr(
                "{count} problems: nothing will be imported until they are fixed in the file.").format(
                count=len(result.problems)))
        else:
            self.summary.setText(self.tr("{rows} measures ready to import ({replaced} replace measures already there).")
                                 .format(rows=len(result.rows), replaced=result.replaced))
        self.import_button.setEnabled(result.ok)

    def _import(self) -> None:
        """Every row written in the background (one transaction); the dialog closes once stored, or says why not."""
        mapping = self.mapping()
        self.import_button.setEnabled(False)

        def stored(count) -> None:
            self.imported = count
            self.accept()

        def refused(exc: Exception) -> bool:
            self.import_button.setEnabled(True)
            if isinstance(exc, StorageError):
                self.summary.setText(render(exc.message))
                return True
            return False

        self.panel.write(lambda: usage_import.apply_import(self.db, self.dossier_id, self.table, mapping), stored,
                         refused)
