"""Step "The PDF pack": make the candidature pack off the UI thread, preview it, save it, print it.

Every action makes the PDF it needs in a worker thread (progress bar, Cancel button) unless the same
part was already made from the same dossier content; files are written whole or not at all.

The step is complete once the whole pack has been saved for the dossier as it is now: the saving is
remembered in the settings under the dossier's uid with its ``modified_at``, so a pack saved before the
last change makes the step « à compléter » again (to make again).
"""

from __future__ import annotations

import re
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QStandardPaths
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPdfWidgets import QPdfView
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import (
    QDialog,
    QFileDialog,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
)

from esms_desktop.storage import dossiers, grappe
from esms_desktop.storage.atomic import write_bytes_atomic
from esms_desktop.storage.documents import document_contents
from esms_desktop.storage.loader import load_dossier
from esms_desktop.ui.pack.printing import load_pdf, print_pdf
from esms_desktop.ui.settings import settings
from esms_desktop.ui.wizard.step import Completion, StepPage

if TYPE_CHECKING:
    from esms_desktop.ui.pack.export_worker import PackResult

PREVIEW, SAVE, PRINT = "preview", "save", "print"
SAVED_KEY = "pack_saved/{uid}"  # settings: the dossier's modified_at when its whole pack was last saved


def _saved_state_of(stamp: tuple[str, str]) -> str:
    """« none », « current » or « stale » for the (settings key, version) ``stamp`` of a dossier."""
    key, version = stamp
    saved = settings().value(key)
    if not saved:
        return "none"
    return "current" if str(saved) == version else "stale"


def _safe_name(text: str) -> str:
    """A file name from a dossier name: no path separators nor characters Windows refuses."""
    name = re.sub(r'[\\/:*?"<>|\x00-\x1f]+', " ", text).strip(" .")
    return re.sub(r"\s+", " ", name)[:80] or "dossier"


class PackStep(StepPage):
    key = "pack"

    def title(self) -> str:
        return self.tr("The PDF pack")

    # ui ------------------------------------------------------------------------------------------
    def setup_ui(self) -> None:
        self._cache: dict[str, tuple[dict, PackResult]] = {}
        self._pending: tuple[str, str, str | None] | None = None
        self._idle = True  # nothing asked yet: the status line says so, in the current language
        # the pack's makers (reportlab, pypdf: some 300 ms to import) when the step is first built, not with
        # the wizard (ui/wizard/warm_up.py imports them while the window is idle)
        from esms_desktop.ui.pack.export_worker import PackExport

        self.export = PackExport(self)
        self.export.progress.connect(self._progress)
        self.export.finished.connect(self._finished)
        self.export.cancelled.connect(self._cancelled)
        self.export.failed.connect(self._failed)

        layout = QVBoxLayout(self)
        self.heading = QLabel()
        self.heading.setObjectName("stepHeading")
        self.intro = QLabel()
        self.intro.setWordWrap(True)
        layout.addWidget(self.heading)
        layout.addWidget(self.intro)

        buttons = QGridLayout()
        self.generate_button = QPushButton()
        self.save_button = QPushButton()
        self.letters_button = QPushButton()
        self.convention_button = QPushButton()
        self.print_letters_button = QPushButton()
        self.print_pack_button = QPushButton()
        for index, (button, slot) in enumerate((
            (self.generate_button, self.generate),
            (self.save_button, self.save_pack),
            (self.letters_button, self.save_letters),
            (self.convention_button, self.save_convention),
            (self.print_letters_button, self.print_letters),
            (self.print_pack_button, self.print_pack),
        )):
            button.clicked.connect(slot)
            buttons.addWidget(button, index // 4, index % 4)
        self.generate_button.setDefault(True)
        layout.addLayout(buttons)

        progress = QHBoxLayout()
        self.progress_bar = QProgressBar()
        self.progress_bar.setRange(0, 100)
        self.progress_bar.setValue(0)
        self.cancel_button = QPushButton()
        self.cancel_button.setEnabled(False)
        self.cancel_button.clicked.connect(self.cancel)
        progress.addWidget(self.progress_bar, 1)
        progress.addWidget(self.cancel_button)
        self.progress_bar.hide()  # only while a PDF is being made: idle, the status line says where things are
        self.cancel_button.hide()
        layout.addLayout(progress)
        self.status = QLabel()
        self.status.setWordWrap(True)
        layout.addWidget(self.status)

        self.document = QPdfDocument(self)
        self._buffer = None
        self.preview = QPdfView(self)
        self.preview.setDocument(self.document)
        self.preview.setPageMode(QPdfView.PageMode.MultiPage)
        self.preview.setZoomMode(QPdfView.ZoomMode.FitInView)
        layout.addWidget(self.preview, 1)

    def retranslate_ui(self) -> None:
        self.heading.setText(self.tr("The PDF pack"))
        self.intro.setText(self.tr(
            "Make the candidature pack in French: note de présentation, grappe, governance, DUI, needs, "
            "self-diagnostic, budget and grant, planning, communication, usage targets and admissibility, with "
            "one engagement letter per OG, the draft partnership convention and the AAP check-list. Preview it "
            "here, then save it or print the letters to have them signed."))
        self.generate_button.setText(self.tr("&Generate the preview"))
        self.save_button.setText(self.tr("&Save the pack…"))
        self.letters_button.setText(self.tr("Le&tters only…"))
        self.convention_button.setText(self.tr("Con&vention only…"))
        self.print_letters_button.setText(self.tr("Pr&int the letters…"))
        self.print_pack_button.setText(self.tr("Print the &whole pack…"))
        self.cancel_button.setText(self.tr("&Cancel"))
        self.letters_button.setToolTip(self.tr("Save the engagement letters alone, one per OG, to have them signed"))
        self.convention_button.setToolTip(self.tr("Save the draft partnership convention alone"))
        if self._idle:
            if getattr(self, "_last_stamp", None) is not None:  # read by the last load, in the background
                self._show_saved_state(self._last_stamp)
        elif getattr(self, "_status_text", None) is not None:
            self.status.setText(self._status_text())  # the last job's status, in the new language

    def _say(self, make) -> None:
        """Show a job's status; ``make`` gives it in the current language (again after a language change)."""
        self._status_text = make
        self.status.setText(make())

    def fetch(self):
        """Nothing to read up front but the dossier's version (the pack is made from the dossier when
        asked): is the saved pack still up to date? (background)"""
        return self._stamp()

    def fill(self, stamp) -> None:
        self._last_stamp = stamp
        if self._idle:
            self._show_saved_state(stamp)

    @classmethod
    def completion_of(cls, dossier, report) -> Completion:
        """Empty without OGs; complete once the pack of this very version of the dossier was saved."""
        if not dossier.ogs:
            return Completion.EMPTY
        stamp = SAVED_KEY.format(uid=dossier.uid), dossier.version
        return Completion.COMPLETE if _saved_state_of(stamp) == "current" else Completion.PARTIAL

    # the saved pack --------------------------------------------------------------------------------
    def _stamp(self) -> tuple[str, str]:
        """(settings key, version) of the dossier as it is now."""
        fields = dossiers.get_dossier(self.db, self.dossier_id)
        return SAVED_KEY.format(uid=fields.uid), fields.modified_at.isoformat()

    def _saved_state(self, stamp: tuple[str, str] | None = None) -> str:
        """« none » (never saved), « current » (saved for this version) or « stale » (changed since)."""
        return _saved_state_of(stamp or self._stamp())

    def _remember_saved(self) -> None:
        key, version = self._stamp()
        store = settings()
        store.setValue(key, version)
        store.sync()

    def _show_saved_state(self, stamp: tuple[str, str] | None = None) -> None:
        state = self._saved_state(stamp)
        if state == "current":
            self.status.setText(self.tr("The pack was saved for the dossier as it is now."))
        elif state == "stale":
            self.status.setText(self.tr("The dossier has changed since the pack was last saved: make the pack "
                                        "again and save it."))
        else:
            self.status.setText(self.tr("No pack made yet."))

    # actions -------------------------------------------------------------------------------------
    def generate(self) -> None:
        self._run("full", PREVIEW)

    def save_pack(self) -> None:
        self._ask_and_save("full", self.tr("candidature pack"))

    def save_letters(self) -> None:
        self._ask_and_save("letters", self.tr("engagement letters"))

    def save_convention(self) -> None:
        self._ask_and_save("convention", self.tr("partnership convention"))

    def print_letters(self) -> None:
        self._run("letters", PRINT)

    def print_pack(self) -> None:
        self._run("full", PRINT)

    def cancel(self) -> None:
        self.export.cancel()
        self._say(lambda: self.tr("Cancelling…"))

    def shutdown(self) -> None:
        self.export.shutdown()

    def _ask_and_save(self, parts: str, what: str) -> None:
        name = load_dossier(self.db, self.dossier_id).name
        folder = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation) or str(Path.home())
        suggested = str(Path(folder) / f"{_safe_name(name)} - {what}.pdf")
        path, _ = QFileDialog.getSaveFileName(self, self.tr("Save the PDF"), suggested, self.tr("PDF files (*.pdf)"))
        if path:
            if not path.lower().endswith(".pdf"):
                path += ".pdf"
            self._run(parts, SAVE, path)

    def _run(self, parts: str, action: str, path: str | None = None) -> None:
        if self.export.is_running():
            return
        self._idle = False
        self.context.autosaver.flush()
        dossier = load_dossier(self.db, self.dossier_id)
        cached = self._cache.get(parts)
        if cached is not None and cached[0] == dossier:
            self._use(cached[1], action, path)
            return
        self._pending = (parts, action, path)
        self._dossier = dossier
        self._set_busy(True)
        self._say(lambda: self.tr("Making the PDF…"))
        contents = document_contents(self.db, self.dossier_id) if parts == "full" else None
        self.export.start(dossier, parts, contents)

    # worker signals ------------------------------------------------------------------------------
    def _progress(self, done: int, total: int) -> None:
        self.progress_bar.setMaximum(total)
        self.progress_bar.setValue(done)

    def _finished(self, result: PackResult) -> None:
        self._set_busy(False)
        self._cache[result.parts] = (self._dossier, result)
        _parts, action, path = self._pending or (result.parts, PREVIEW, None)
        self._pending = None
        self._use(result, action, path)

    def _cancelled(self) -> None:
        self._set_busy(False)
        self._pending = None
        self.progress_bar.setValue(0)
        self._say(lambda: self.tr("Cancelled: nothing was saved nor printed."))

    def _failed(self, error: str) -> None:
        """``error``: the worker's sentence, already translated (« The generation of the PDF pack failed: … »)."""
        self._set_busy(False)
        self._pending = None
        self._say(lambda: self.tr("The PDF could not be made."))
        QMessageBox.warning(self, self.tr("PDF pack"), error)

    def _set_busy(self, busy: bool) -> None:
        for button in (self.generate_button, self.save_button, self.letters_button, self.convention_button,
                       self.print_letters_button, self.print_pack_button):
            button.setEnabled(not busy)
        self.cancel_button.setEnabled(busy)
        self.progress_bar.setVisible(busy)
        self.cancel_button.setVisible(busy)
        if busy:
            self.progress_bar.setValue(0)

    # using a finished PDF ------------------------------------------------------------------------
    def _use(self, result: PackResult, action: str, path: str | None) -> None:
        if result.parts == "full":
            self._show(result)
        if action == PREVIEW:
            self._say(lambda: self.tr("Preview of the pack: {pages} pages.").format(pages=result.info.pages))
        elif action == SAVE and path:
            self._save(result, path)
        elif action == PRINT:
            self._print(result)

    def _show(self, result: PackResult) -> None:
        """Show the full pack in the preview (a new document: the view never sees a half-loaded one)."""
        old_document, old_buffer = self.document, self._buffer
        self.document, self._buffer = load_pdf(result.data, self)
        self.preview.setDocument(self.document)
        old_document.close()
        old_document.deleteLater()
        if old_buffer is not None:
            old_buffer.deleteLater()

    def _save(self, result: PackResult, path: str) -> None:
        try:
            write_bytes_atomic(path, result.data)
        except OSError as exc:
            self._say(lambda: self.tr("The file was not saved."))
            QMessageBox.warning(self, self.tr("PDF pack"), self.tr("The file {path} could not be written: {error}")
                                .format(path=path, error=exc.strerror or str(exc)))
            return
        made_from = self._cache.get(result.parts)
        if result.parts == "full" and made_from is not None and made_from[1] is result \
                and made_from[0] == load_dossier(self.db, self.dossier_id):
            self._remember_saved()  # the pack of the dossier as it is now
        self._say(lambda: self.tr("Saved: {path} ({pages} pages).").format(path=path, pages=result.info.pages))
        self.changed.emit()

    def _print(self, result: PackResult) -> None:
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        printer.setDocName(self.tr("Engagement letters") if result.parts == "letters" else self.tr("Candidature pack"))
        dialog = QPrintDialog(printer, self)
        dialog.setWindowTitle(self.tr("Print the engagement letters") if result.parts == "letters"
                              else self.tr("Print the pack"))
        dialog.setMinMax(1, result.info.pages)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            self._say(lambda: self.tr("Printing cancelled."))
            return
        pages = print_pdf(result.data, printer)
        self._say(lambda: self.tr("%n page(s) sent to the printer.", "", pages))
