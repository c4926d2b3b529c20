"""Importing a list of ESSMS (CSV, XLSX): column mapping, a preview with every row checked, then one
all-or-nothing import once the user confirms."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from esms_desktop.i18n import render
from esms_desktop.storage import essms_list_import as imp
from esms_desktop.storage import finess_reference
from esms_desktop.storage.errors import StorageError
from esms_desktop.text import Message

ROW_ERROR = QColor("#fbd5d1")
ROW_WARNING = QColor("#fff0d4")


def render_deep(message: Message) -> str:
    """Render a message whose parameters may themselves be messages (a FINESS reason inside)."""
    params = {k: render_deep(v) if isinstance(v, Message) else v for k, v in message.params.items()}
    return render(Message(message.context, message.text, params))


class EssmsImportDialog(QDialog):
    """Open with a file (``path``) or let the user choose one; ``outcome`` holds what was imported.

    ``submit(work, done, failed)``: where the import runs (the wizard's background queue, after the dossier's
    earlier writes; the dialog stays open, « Importation… », until it is stored); None: at once."""

    def __init__(self, parent: QWidget | None, db, dossier_id: int, *, default_og_id: int | None = None,
                 path: str | Path | None = None, submit=None):
        super().__init__(parent)
        self.db = db
        self._submit = submit
        self.importing = False
        self.dossier_id = dossier_id
        self.table_data: imp.RawTable | None = None
        self.checks: list[imp.RowCheck] = []
        self.outcome: imp.ImportOutcome | None = None
        self.setWindowTitle(self.tr("Import a list of ESSMS"))
        self.file_label = QLabel()
        self.file_label.setWordWrap(True)
        self.choose_button = QPushButton(self.tr("&Choose a file…"))
        self.choose_button.clicked.connect(self.choose_file)
        self.file_error = QLabel()
        self.file_error.setObjectName("fieldError")
        self.file_error.setStyleSheet("color: #b00020;")
        self.file_error.setWordWrap(True)
        self.file_error.hide()
        top = QHBoxLayout()
        top.addWidget(self.file_label, 1)
        top.addWidget(self.choose_button)

        self.mapping_combos: dict[str, QComboBox] = {}
        grid = QGridLayout()
        labels = self._field_labels()
        for i, name in enumerate(imp.FIELDS):
            combo = QComboBox()
            combo.currentIndexChanged.connect(self.revalidate)
            label = QLabel(labels[name])
            label.setBuddy(combo)
            grid.addWidget(label, (i // 4) * 2, i % 4)
            grid.addWidget(combo, (i // 4) * 2 + 1, i % 4)
            self.mapping_combos[name] = combo
        mapping_box = QGroupBox(self.tr("Which column holds what"))
        mapping_box.setLayout(grid)

        self.og_combo = QComboBox()
        self.og_combo.addItem(self.tr("(none: the rows must name their OG)"), None)
        context = imp.grappe_context(db, dossier_id)
        for og in context.ogs:
            self.og_combo.addItem(f"{og.name} ({og.finess_ej})" if og.finess_ej else og.name, og.id)
        self.og_combo.setCurrentIndex(max(0, self.og_combo.findData(default_og_id)))
        self.og_combo.currentIndexChanged.connect(self.revalidate)
        self.create_check = QCheckBox(self.tr("Create the OGs that are not in the grappe &yet"))
        self.create_check.toggled.connect(self.revalidate)
        og_row = QHBoxLayout()
        og_label = QLabel(self.tr("Rows without an OG go to:"))
        og_label.setBuddy(self.og_combo)
        og_row.addWidget(og_label)
        og_row.addWidget(self.og_combo, 1)
        og_row.addWidget(self.create_check)

        self.preview = QTableWidget()
        self.preview.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.preview.setSelectionBehavior(QTableWidget.SelectionBehavior.SelectRows)
        self.preview.verticalHeader().hide()
        # The remarks wrap and each row is as high as its text: readable without a tooltip.
        self.preview.setWordWrap(True)
        self.preview.setTextElideMode(Qt.TextElideMode.ElideNone)
        self.preview.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        self.exclude_check = QCheckBox()
        self.exclude_check.toggled.connect(self._update_ok)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self.confirm)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.file_error)
        layout.addWidget(mapping_box)
        layout.addLayout(og_row)
        layout.addWidget(self.preview, 1)
        layout.addWidget(self.summary)
        layout.addWidget(self.exclude_check)
        layout.addWidget(self.buttons)
        self.resize(1100, 640)
        self._show_file(None)
        if path is not None:
            self.load_file(path)

    def _field_labels(self) -> dict[str, str]:
        return {
            "finess_et": self.tr("&FINESS ET"), "name": self.tr("&Name"), "category": self.tr("Ca&tegory"),
            "sector": self.tr("&Sector"), "department": self.tr("&Department"),
            "persons_accompanied": self.tr("&Persons accompanied"), "finess_ej": self.tr("FINESS &EJ of the OG"),
            "og_name": self.tr("Name of the &OG"),
        }

    # file ------------------------------------------------------------------
    def choose_file(self) -> None:
        name, _ = QFileDialog.getOpenFileName(
            self, self.tr("Choose the list of ESSMS"), "",
            self.tr("Lists of ESSMS (*.csv *.xlsx *.txt);;All files (*)"))
        if name:
            self.load_file(name)

    def _show_file(self, table: imp.RawTable | None) -> None:
        if table is None:
            self.file_label.setText(self.tr(
                "Choose a CSV or Excel file with one ESSMS per line (FINESS ET, name, category, sector, "
                "department, persons accompanied, FINESS EJ or name of the OG)."))
            return
        text = self.tr("{file}: %n line(s) under the header.", "", len(table.rows)).format(file=table.file_name)
        if table.kind == "csv":
            separator = {";": "« ; »", ",": "« , »", "\t": self.tr("tab")}.get(table.delimiter, table.delimiter)
            encoding = "UTF-8" if table.encoding == "utf-8" else "Windows-1252"
            text += " " + self.tr("Separator {sep}, encoding {encoding}.").format(sep=separator, encoding=encoding)
        self.file_label.setText(text)

    def load_file(self, path: str | Path) -> bool:
        """Read the file and propose a mapping; a malformed file is refused and the preview emptied."""
        from esms_desktop.ui.wizard.table_reader import read_table_in_background

        try:
            table = read_table_in_background(self, path)  # off the UI thread, with progress and Cancel
        except StorageError as exc:
            self.table_data = None
            self.file_error.setText(render_deep(exc.message))
            self.file_error.show()
            self._show_file(None)
            self._set_headers(())
            self.revalidate()
            return False
        self.file_error.hide()
        self.table_data = table
        self._show_file(table)
        self._set_headers(table.headers)
        mapping = imp.guess_mapping(table.headers)
        for name, combo in self.mapping_combos.items():
            combo.blockSignals(True)
            combo.setCurrentIndex(0 if mapping[name] is None else mapping[name] + 1)
            combo.blockSignals(False)
        self.revalidate()
        return True

    def _set_headers(self, headers) -> None:
        for combo in self.mapping_combos.values():
            combo.blockSignals(True)
            combo.clear()
            combo.addItem(self.tr("(no column)"), None)
            for index, header in enumerate(headers):
                combo.addItem(header or self.tr("column {n}").format(n=index + 1), index)
            combo.blockSignals(False)

    def mapping(self) -> imp.Mapping_:
        return {name: combo.currentData() for name, combo in self.mapping_combos.items()}

    def _reference(self):
        path = finess_reference.default_db_path()
        if finess_reference.reference_info(path) is None:
            return None
        return lambda number: finess_reference.get(path, number)

    # checks ----------------------------------------------------------------
    def revalidate(self, *_args) -> None:
        rows = self.table_data.rows if self.table_data else ()
        context = imp.grappe_context(self.db, self.dossier_id, self.og_combo.currentData())
        self.checks = imp.validate_rows(rows, self.mapping(), context,
                                        create_missing_ogs=self.create_check.isChecked(), reference=self._reference())
        self._fill_preview(context)
        self._update_ok()

    def invalid_lines(self) -> list[int]:
        return [c.line for c in self.checks if not c.ok]

    def _fill_preview(self, context: imp.GrappeContext) -> None:
        headers = [self.tr("Line"), self.tr("FINESS ET"), self.tr("Name"), self.tr("Category"), self.tr("Sector"),
                   self.tr("Dept."), self.tr("Persons"), self.tr("OG"), self.tr("Remarks")]
        og_names = {o.id: o.name for o in context.ogs}
        self.preview.clear()
        self.preview.setColumnCount(len(headers))
        self.preview.setHorizontalHeaderLabels(headers)
        self.preview.setRowCount(len(self.checks))
        for row, check in enumerate(self.checks):
            v = check.values
            og = og_names.get(check.og_id, "") if check.new_og is None else check.new_og[1]
            notes = [render_deep(m) for m in check.errors + check.warnings]
            persons = v.get("persons_accompanied")
            cells = [str(check.line), v.get("finess_et", ""), v.get("name", ""), v.get("category_code") or "",
                     v.get("sector") or "", v.get("department") or "", "" if persons is None else str(persons), og,
                     "\n".join(notes)]
            colour = ROW_ERROR if check.errors else ROW_WARNING if check.warnings else None
            for column, text in enumerate(cells):
                item = QTableWidgetItem(text)
                if colour is not None:
                    item.setBackground(QBrush(colour))
                if column == len(cells) - 1 and notes:
                    item.setToolTip("\n".join(notes))
                self.preview.setItem(row, column, item)
        header = self.preview.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(len(headers) - 1, QHeaderView.ResizeMode.Stretch)
        self.preview.resizeColumnsToContents()
        for column, widest in ((2, 260), (7, 220)):  # names: wide enough, the remarks keep the rest
            self.preview.setColumnWidth(column, min(self.preview.columnWidth(column), widest))
        self.preview.resizeRowsToContents()

    def _update_ok(self, *_args) -> None:
        bad = len(self.invalid_lines())
        good = len(self.checks) - bad
        warned = sum(1 for c in self.checks if c.ok and c.warnings)
        if self.table_data is None:
            self.summary.setText("")
        elif self.mapping()["finess_et"] is None:
            self.summary.setText(self.tr("Choose the column that holds the FINESS ET numbers."))
        else:
            self.summary.setText(", ".join((  # one count per phrase: each takes its own plural
                self.tr("%n valid line(s)", "", good), self.tr("%n invalid (in red, with the reason)", "", bad),
                self.tr("%n with a remark (in orange)", "", warned))) + ".")
        self.exclude_check.setText(self.tr("Leave out the %n invalid line(s) and import the others", "", bad))
        self.exclude_check.setVisible(bad > 0 and good > 0)
        can = (self.table_data is not None and self.mapping()["finess_et"] is not None and good > 0
               and (bad == 0 or self.exclude_check.isChecked()))
        ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        count = good if bad else len(self.checks)
        ok.setText(self.tr("&Import %n ESSMS", "", count))
        ok.setEnabled(can)

    def confirm(self) -> None:
        """Import everything (or everything but the invalid lines, when the user chose so), in one transaction."""
        if self.table_data is None:
            return
        if self.importing:
            return
        from esms_desktop.ui import db_queue

        excluded = self.invalid_lines() if self.exclude_check.isChecked() else []
        db, dossier_id, rows, mapping = self.db, self.dossier_id, self.table_data.rows, self.mapping()
        og_id, create, reference = self.og_combo.currentData(), self.create_check.isChecked(), self._reference()

        def run():
            return imp.apply_import(db, dossier_id, rows, mapping, default_og_id=og_id, create_missing_ogs=create,
                                    excluded=excluded, reference=reference)

        def done(outcome) -> None:
            self._set_importing(False)
            self.outcome = outcome
            self.accept()

        def failed(exc: Exception) -> None:
            self._set_importing(False)
            self.summary.setText(render_deep(exc.message) if isinstance(exc, StorageError) else str(exc))
            self.summary.setStyleSheet("color: #b00020;")
            self.revalidate()

        self._set_importing(True)
        if self._submit is not None:
            self._submit(run, done, failed)
        else:
            db_queue.submit(None, run, done, failed)

    def _set_importing(self, importing: bool) -> None:
        """While the import is stored: « Importation… », nothing else to click (the dialog cannot be closed)."""
        self.importing = importing
        for button in self.buttons.buttons():
            button.setEnabled(not importing)
        self.choose_button.setEnabled(not importing)
        if importing:
            self.summary.setStyleSheet("")
            self.summary.setText(self.tr("Importing…"))
        else:
            self._update_ok()

    def reject(self) -> None:
        if not self.importing:
            super().reject()
