"""The GALIS helper: the values to type into the CNSA's tool, in order, each with a copy button, and an
export as a Markdown or PDF document."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QCheckBox,
    QFileDialog,
    QHBoxLayout,
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
from esms_desktop.reports.french import french
from esms_desktop.rules.galis import GalisField
from esms_desktop.text import Message

LABEL, VALUE, COPY = range(3)


def text_of(value: str | Message) -> str:
    """A value as it is typed into GALIS, the CNSA's French site: in French whatever the interface's
    language (« Privé non lucratif », not « Private non-profit »); the labels follow the interface."""
    return french(value) if isinstance(value, Message) else value


class GalisView(QWidget):
    """``show_fields(fields, title)``; ``copy_buttons`` lists the copy button of each field, in order.
    ``link_activated(step, field)`` when the user asks to fill a missing value. ``show_entry(day)`` shows
    whether the user entered the candidature in GALIS; ``entry_changed(day or None)`` when they tick it,
    untick it or change its day (the pack says « À saisir » until then)."""

    link_activated = Signal(str, object)
    entry_changed = Signal(object)

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.fields: list[GalisField] = []
        self.copy_buttons: list[QPushButton] = []
        self._row_field: dict[int, GalisField] = {}
        self._filling: object = None  # the rows of the last fill (``fill_work``)
        self._shown: object = None  # (fields, title) once every row of their fill is made
        self.dossier_title = ""
        layout = QVBoxLayout(self)
        self.intro = QLabel()
        self.intro.setWordWrap(True)
        self.intro.setOpenExternalLinks(True)
        self.table = QTableWidget(0, 3)
        self.table.setTabKeyNavigation(False)  # Tab goes on to the next control (arrows move in the table)
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.table.setSelectionMode(QTableWidget.SelectionMode.NoSelection)
        self.table.verticalHeader().hide()
        self.table.setWordWrap(False)
        self.table.verticalHeader().setDefaultSectionSize(30)
        self.table.horizontalHeader().setSectionResizeMode(LABEL, QHeaderView.ResizeMode.Interactive)
        self.table.horizontalHeader().setSectionResizeMode(VALUE, QHeaderView.ResizeMode.Stretch)
        self.table.horizontalHeader().setSectionResizeMode(COPY, QHeaderView.ResizeMode.ResizeToContents)
        self.table.cellDoubleClicked.connect(self._double_clicked)
        self.status = QLabel()
        self.status.setObjectName("hint")
        self.export_button = QPushButton()
        self.export_button.clicked.connect(self.export)
        bottom = QHBoxLayout()
        bottom.addWidget(self.status, 1)
        bottom.addWidget(self.export_button)
        from esms_desktop.ui.planning.delegates import make_date_edit

        self._showing_entry = False
        self.entered_check = QCheckBox()
        self.entered_check.setObjectName("galis_entered_check")
        self.entered_edit = make_date_edit()
        self.entered_edit.setObjectName("galis_entered_edit")
        self.entered_edit.setEnabled(False)
        self.entered_check.toggled.connect(self._entry_edited)
        self.entered_edit.dateChanged.connect(lambda _d: self._entry_edited())
        self.entered_hint = QLabel()
        self.entered_hint.setObjectName("hint")
        self.entered_hint.setWordWrap(True)
        entry = QHBoxLayout()
        entry.addWidget(self.entered_check)
        entry.addWidget(self.entered_edit)
        entry.addWidget(self.entered_hint, 1)
        layout.addWidget(self.intro)
        layout.addWidget(self.table, 1)
        layout.addLayout(bottom)
        layout.addLayout(entry)
        self.retranslate_ui()

    def retranslate_ui(self) -> None:
        self.intro.setText(self.tr(
            "The porteur files the dossier in GALIS, the CNSA's online tool "
            "(<a href=\"https://galis-subventions.cnsa.fr/\">galis-subventions.cnsa.fr</a>): an account in the "
            "ESPACE USAGERS, then the forms of the ESPACE PERSONNEL. Type the values below in this order; "
            "each « Copy » button puts one value in the clipboard. Double-click an empty value to fill it in."))
        self.table.setHorizontalHeaderLabels([self.tr("Field"), self.tr("Value"), ""])
        self.export_button.setText(self.tr("E&xport…"))
        self.entered_check.setText(self.tr("&I entered the candidature in GALIS on"))
        self.entered_hint.setText(self.tr(
            "Tick once the dossier is typed into GALIS: until then the pack and its check-list say « To enter »."))
        if self.fields:
            self.show_fields(self.fields, self.dossier_title)

    def show_fields(self, fields: list[GalisField], dossier_title: str = "", again: bool = True) -> None:
        """Show ``fields``; ``again=False``: not made again when they are those shown (a step revisited)."""
        for part in self.fill_work(fields, dossier_title, again):
            part()

    def fill_work(self, fields: list[GalisField], dossier_title: str = "", again: bool = True, rows: int = 1):
        """``show_fields`` as callables to run in order, each making ``rows`` rows of the table (with its
        copy button: some 0.1 ms a row, 270 rows at 200 ESSMS) — for a ``ui.wizard.step.Slices`` that makes
        them over a few turns of the event loop. The table has its final number of rows from the first one."""
        if not again and self._shown == (list(fields), dossier_title):
            return []
        self.fields, self.dossier_title = list(fields), dossier_title
        self._shown = None  # until its last row is made
        lines: list[tuple[int, object, GalisField | None]] = []  # (row, section or field)
        section = None
        for item in self.fields:
            if item.section != section:
                section = item.section
                lines.append((len(lines), section, None))
            lines.append((len(lines), None, item))
        self._filling = lines

        def begin() -> None:
            if self._filling is not lines:
                return
            self.copy_buttons, self._row_field = [], {}
            self.table.setRowCount(0)  # spans and cell widgets of the last fill gone
            self.table.setRowCount(len(lines))
            self.table.setColumnWidth(LABEL, 360)
            missing = sum(1 for f in self.fields if f.required and f.missing)
            self.status.setText(self.tr("%n required value(s) still empty.", "", missing) if missing
                                else self.tr("Every required value is filled."))

        def make(part) -> None:
            if self._filling is not lines:  # a later fill started: its rows replace these
                return
            for row, section, item in part:
                if item is None:
                    self._section_row(row, section)
                else:
                    self._field_row(row, item)

        def end() -> None:
            if self._filling is lines:
                self._shown = (self.fields, self.dossier_title)

        return [begin, *(lambda part=lines[i:i + rows]: make(part) for i in range(0, len(lines), rows)), end]

    def _section_row(self, row: int, section) -> None:
        head = QTableWidgetItem(render(section))
        font = head.font()
        font.setBold(True)
        head.setFont(font)
        head.setBackground(self.palette().alternateBase())
        self.table.setItem(row, 0, head)
        self.table.setSpan(row, 0, 1, 3)

    def _field_row(self, row: int, item: GalisField) -> None:
        self._row_field[row] = item
        label_text = render(item.label)
        label = QTableWidgetItem(label_text)
        label.setToolTip(label_text)
        self.table.setItem(row, LABEL, label)
        value = text_of(item.value)
        cell = QTableWidgetItem(value or (self.tr("to complete") if item.required else "—"))
        if not value:
            cell.setForeground(Qt.GlobalColor.darkRed if item.required else Qt.GlobalColor.gray)
        cell.setToolTip(value)
        self.table.setItem(row, VALUE, cell)
        button = QPushButton(self.tr("Copy"))
        button.setEnabled(bool(value))
        button.setToolTip(self.tr("Copy « {label} » to the clipboard").format(label=label_text))
        button.clicked.connect(lambda _=False, v=value, lbl=label_text: self.copy(v, lbl))
        self.table.setCellWidget(row, COPY, button)
        self.copy_buttons.append(button)

    def show_entry(self, day: dt.date | None) -> None:
        """Show the day the candidature was entered in GALIS (None: not yet; today proposed)."""
        from esms_desktop.ui.planning.delegates import to_qdate

        self._showing_entry = True
        try:
            self.entered_check.setChecked(day is not None)
            self.entered_edit.setEnabled(day is not None)
            self.entered_edit.setDate(to_qdate(day or dt.date.today()))
        finally:
            self._showing_entry = False

    def entry(self) -> dt.date | None:
        """The day shown when the box is ticked, else None."""
        from esms_desktop.ui.planning.delegates import from_qdate

        return from_qdate(self.entered_edit.date()) if self.entered_check.isChecked() else None

    def _entry_edited(self, *_args) -> None:
        self.entered_edit.setEnabled(self.entered_check.isChecked())
        if not self._showing_entry:
            self.entry_changed.emit(self.entry())

    def copy(self, value: str, label: str) -> None:
        QGuiApplication.clipboard().setText(value)
        self.status.setText(self.tr("Copied: {label}.").format(label=label))

    def _double_clicked(self, row: int, _column: int) -> None:
        item = self._row_field.get(row)
        if item is not None and item.missing:
            self.link_activated.emit(item.step, item.field)

    def rows(self) -> list[tuple[str, str, str]]:
        """(section, label, value) rendered in the current language, for the export."""
        return [(render(f.section), render(f.label), text_of(f.value)) for f in self.fields]

    def export(self) -> None:
        from esms_desktop.reports.galis_export import galis_markdown, galis_pdf
        from esms_desktop.storage.atomic import write_bytes_atomic, write_text_atomic

        default = str(Path.home() / (self.tr("galis-entry") + ".pdf"))
        path, chosen = QFileDialog.getSaveFileName(self, self.tr("Export the GALIS helper"), default,
                                                   self.tr("PDF document (*.pdf);;Markdown text (*.md)"))
        if not path:
            return
        as_markdown = path.lower().endswith(".md") or (not path.lower().endswith(".pdf") and ".md" in chosen)
        if not path.lower().endswith((".md", ".pdf")):
            path += ".md" if as_markdown else ".pdf"
        title = self.tr("Entry in GALIS — {dossier}").format(dossier=self.dossier_title)
        subtitle = self.tr("The values to type into GALIS, in order (prepared with esms-desktop).")
        try:
            if as_markdown:
                write_text_atomic(path, galis_markdown(title, subtitle, self.rows()))
            else:
                write_bytes_atomic(path, galis_pdf(title, subtitle, self.rows()))
        except OSError as exc:
            QMessageBox.warning(self, self.tr("Export"), self.tr("The file {path} could not be written: {detail}.")
                                .format(path=path, detail=exc.strerror or str(exc)))
            return
        self.status.setText(self.tr("Exported to {path}.").format(path=path))
