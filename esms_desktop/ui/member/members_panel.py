"""Porteur side: the « Membres » panel of the grappe step — per OG, the member sheet sent (date), returned,
merged, letter signed — with « Demander ses informations à cet OG » and « Fusionner une fiche reçue »."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QFileDialog,
    QGridLayout,
    QHeaderView,
    QLabel,
    QMessageBox,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from esms_desktop import formatting
from esms_desktop.i18n import render
from esms_desktop.storage import member_requests
from esms_desktop.storage.errors import StorageError


class MembersPanel(QWidget):
    """The OGs and their member sheets. ``merged`` is emitted after a merge (the step refreshes)."""

    merged = Signal()

    def __init__(self, db, dossier_id: int, parent: QWidget | None = None, read_now: bool = True):
        super().__init__(parent)
        self.db = db
        self.dossier_id = dossier_id
        self.rows: list[member_requests.MemberRow] = []
        self.submit = None  # WizardContext.submit: the merge off the UI thread, after the dossier's earlier writes
        self.title = QLabel()
        self.title.setObjectName("sectionTitle")
        self.table = QTableWidget(0, 5)
        self.table.setTabKeyNavigation(False)  # Tab goes on to the next control (arrows move in the table)
        self.table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.table.setSelectionBehavior(QTableWidget.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QTableWidget.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        self.table.setMaximumHeight(150)
        self.ask_button = QPushButton()
        self.merge_button = QPushButton()
        self.letter_button = QPushButton()
        self.ask_button.clicked.connect(self.ask_selected)
        self.merge_button.clicked.connect(self.merge_received)
        self.letter_button.clicked.connect(self.save_letter)
        self.table.currentCellChanged.connect(lambda *_: self._update_buttons())
        buttons = QGridLayout()  # two rows: the three on one row made the grappe step wider than the window
        buttons.addWidget(self.ask_button, 0, 0)
        buttons.addWidget(self.merge_button, 0, 1)
        buttons.addWidget(self.letter_button, 1, 0)
        buttons.setColumnStretch(2, 1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.title)
        layout.addWidget(self.table)
        layout.addLayout(buttons)
        self.retranslate_ui()
        if read_now:  # the grappe step gives it the rows it read in the background instead
            self.refresh()

    def retranslate_ui(self) -> None:
        self.title.setText(self.tr("Members: each OG answers from its own desk"))
        self.table.setHorizontalHeaderLabels([self.tr("OG"), self.tr("Sheet sent"), self.tr("Returned"),
                                              self.tr("Merged"), self.tr("Letter signed")])
        self.ask_button.setText(self.tr("Ask this O&G for its information…"))
        self.ask_button.setToolTip(self.tr(
            "Writes a member sheet (.esms-og) to send to the OG by e-mail or USB stick: what you know of it, the "
            "grappe, its self-diagnostic and its engagement letter to print. It sends it back answered."))
        self.merge_button.setText(self.tr("&Merge a sheet received…"))
        self.letter_button.setText(self.tr("Its engagement letter, &up to date (PDF)…"))
        self.letter_button.setToolTip(self.tr(
            "The OG's engagement letter from the dossier as it stands: once its answer is merged, with the "
            "establishments and the legal representative it sent, as in the letter it printed and signed."))
        self.refresh(self.rows)  # « oui / non » in the table, from the rows already read (no query)

    def changeEvent(self, event) -> None:  # noqa: N802 - Qt API
        from PySide6.QtCore import QEvent

        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)

    def refresh(self, rows: list | None = None) -> None:
        """Show the member rows (``rows`` read in the background by the grappe step, else read here)."""
        current = self.selected()
        self.rows = rows if rows is not None else member_requests.member_rows(self.db, self.dossier_id)
        self.table.setRowCount(len(self.rows))
        yes, no = self.tr("yes"), self.tr("no")
        for i, row in enumerate(self.rows):
            name = f"★ {row.og_name}" if row.is_porteur else row.og_name
            cells = (name, formatting.date(row.sent_on) if row.sent_on else "—",
                     formatting.date(row.returned_on) if row.returned_on else "—",
                     formatting.date(row.merged_on) if row.merged_on else "—", yes if row.letter_signed else no)
            for column, text in enumerate(cells):
                self.table.setItem(i, column, QTableWidgetItem(text))
        if current is not None:
            self.select(current.og_id)
        self._update_buttons()

    def selected(self) -> member_requests.MemberRow | None:
        row = self.table.currentRow()
        return self.rows[row] if 0 <= row < len(self.rows) else None

    def select(self, og_id: int) -> None:
        for i, row in enumerate(self.rows):
            if row.og_id == og_id:
                self.table.setCurrentCell(i, 0)

    def _update_buttons(self) -> None:
        row = self.selected()
        self.ask_button.setEnabled(row is not None and not row.is_porteur)
        self.letter_button.setEnabled(row is not None)

    def _in_background(self, work, done, title: str, buttons) -> None:
        """``work()`` (storage, PDF, file; no widget) in the dossier's queue when the panel has a ``submit``
        (else at once), ``buttons`` disabled meanwhile; then ``done(result)``, or the error said in French."""
        from esms_desktop.ui import db_queue

        for button in buttons:
            button.setEnabled(False)

        def ended() -> None:
            for button in buttons:
                button.setEnabled(True)
            self._update_buttons()

        def finished(result) -> None:
            ended()
            done(result)

        def failed(exc: Exception) -> None:
            ended()
            detail = render(exc.message) if isinstance(exc, StorageError) else (
                exc.strerror if isinstance(exc, OSError) and exc.strerror else str(exc))
            QMessageBox.warning(self, title, detail)

        if self.submit is not None:
            self.submit(work, finished, failed)
        else:
            db_queue.submit(None, work, finished, failed)

    def ask_selected(self) -> None:
        """« Demander ses informations à cet OG »: write its member sheet where the porteur chooses (the letter
        built, the sheet written and its sending recorded in the background)."""
        row = self.selected()
        if row is None:
            return
        safe = "".join(c if c.isalnum() or c in "-_" else "-" for c in row.og_name).strip("-") or row.finess_ej
        path, _ = QFileDialog.getSaveFileName(self, self.tr("Ask this OG for its information"),
                                              f"{safe}.esms-og", self.tr("Member sheets (*.esms-og)"))
        if not path:
            return
        from esms_desktop.reports.member_letter import letter_pdf
        from esms_desktop.storage.loader import load_dossier

        db, dossier_id, today = self.db, self.dossier_id, dt.date.today()

        def work():
            pdf = letter_pdf(load_dossier(db, dossier_id), row.finess_ej)
            member_requests.write_request(db, dossier_id, row.og_id, path, today, pdf)
            return member_requests.member_rows(db, dossier_id)

        self._in_background(work, self.refresh, self.tr("Ask this OG for its information"), (self.ask_button,))

    def save_letter(self) -> None:
        """The selected OG's engagement letter, built from the dossier as it stands (merged answers included),
        in the background."""
        row = self.selected()
        if row is None:
            return
        safe = "".join(c if c.isalnum() or c in "-_" else "-" for c in row.og_name).strip("-") or row.finess_ej
        path, _ = QFileDialog.getSaveFileName(self, self.tr("Engagement letter of this OG"),
                                              f"lettre-engagement-{safe}.pdf", self.tr("PDF (*.pdf)"))
        if not path:
            return
        from esms_desktop.reports.member_letter import letter_pdf
        from esms_desktop.storage.atomic import write_bytes_atomic
        from esms_desktop.storage.loader import load_dossier

        db, dossier_id = self.db, self.dossier_id

        def work():
            write_bytes_atomic(path, letter_pdf(load_dossier(db, dossier_id), row.finess_ej))

        self._in_background(work, lambda _r: None, self.tr("Engagement letter of this OG"), (self.letter_button,))

    def merge_received(self) -> bool | None:
        """« Fusionner une fiche reçue »: the sheet read, previewed and merged in the background when the panel
        has a ``submit`` (the wizard's queue), the button disabled meanwhile. The result (True: merged) is
        returned when it ran at once (no ``submit``)."""
        path, _ = QFileDialog.getOpenFileName(self, self.tr("Merge a member sheet received"), "",
                                              self.tr("Member sheets (*.esms-og);;All files (*)"))
        if not path:
            return False
        from esms_desktop.ui.member.merge_dialog import merge_sheet

        self.merge_button.setEnabled(False)

        def ended(done: bool) -> None:
            self.merge_button.setEnabled(True)
            if self.submit is None:
                self.refresh()
            if done:
                self.merged.emit()  # the grappe step reads itself again, these rows included

        return merge_sheet(self, self.db, self.dossier_id, path, submit=self.submit, done=ended)
