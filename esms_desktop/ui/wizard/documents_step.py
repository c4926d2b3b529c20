"""Step "Pièces du dossier": the porteur's bank details and RIB, each OG's signed engagement letter, the
national entities' agreements and the quotes for specific funding (admissibility criterion 2, access B).

Files are copied into the dossier's database (storage.documents); the step attaches, replaces, removes
(after confirmation), opens a copy and saves a copy out.
"""

from __future__ import annotations

import tempfile
from pathlib import Path

from PySide6.QtCore import QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QFileDialog,
    QFormLayout,
    QGroupBox,
    QLabel,
    QLineEdit,
    QMessageBox,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from esms_desktop.rules.identity.rib import bic_error, country_mismatch, format_iban, holder_error, iban_error
from esms_desktop.storage import documents
from esms_desktop.storage.document_checks import safe_file_name
from esms_desktop.storage.errors import StorageError
from esms_desktop.storage.grappe import list_grappe
from esms_desktop.ui.autosave import Write
from esms_desktop.ui.wizard.document_slot import DocumentSlot, repolish
from esms_desktop.ui.wizard.step import StepPage

FILE_FILTER = "Documents (*.pdf *.jpg *.jpeg *.png *.tif *.tiff *.odt *.docx);;*"


class DocumentsStep(StepPage):
    key = "pieces"

    def title(self) -> str:
        return self.tr("Dossier documents")

    def setup_ui(self) -> None:
        self.slots: list[DocumentSlot] = []
        self.slot_slices = self.slices(budget=0.003)
        self._dynamic_names: list[str] = []
        outer = QVBoxLayout(self)
        self.heading = QLabel()
        self.heading.setObjectName("stepHeading")
        self.intro = QLabel()
        self.intro.setWordWrap(True)
        outer.addWidget(self.heading)
        outer.addWidget(self.intro)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        body = QWidget()
        self.body_layout = QVBoxLayout(body)
        scroll.setWidget(body)
        outer.addWidget(scroll, 1)

        self.rib_box = QGroupBox()
        form = QFormLayout(self.rib_box)
        self.rib_holder_edit, self.rib_iban_edit, self.rib_bic_edit = QLineEdit(), QLineEdit(), QLineEdit()
        self.rib_holder_edit.setMaxLength(200)
        self.rib_iban_edit.setMaxLength(42)
        self.rib_bic_edit.setMaxLength(11)
        self.rib_labels = [QLabel(), QLabel(), QLabel()]
        self.rib_errors: dict[str, QLabel] = {}
        self.rib_edits = {"holder": self.rib_holder_edit, "iban": self.rib_iban_edit, "bic": self.rib_bic_edit}
        for label, (name, edit) in zip(self.rib_labels, self.rib_edits.items()):
            label.setBuddy(edit)
            error = QLabel()
            error.setObjectName("fieldError")
            error.setWordWrap(True)
            error.hide()
            self.rib_errors[name] = error
            cell = QWidget()  # the error right under the field where it was typed
            column = QVBoxLayout(cell)
            column.setContentsMargins(0, 0, 0, 0)
            column.setSpacing(2)
            column.addWidget(edit)
            column.addWidget(error)
            form.addRow(label, cell)
            edit.textEdited.connect(lambda _t, n=name: self._validate(n, final=False))
            edit.editingFinished.connect(lambda n=name: self._validate(n, final=True))
        self.rib_slot = DocumentSlot("", required=True)
        self.rib_file_button = self.rib_slot.attach_button
        self._connect(self.rib_slot, "rib", None)
        form.addRow(self.rib_slot)
        self.body_layout.addWidget(self.rib_box)
        saver = self.context.autosaver
        saver.bind_line_edit(self.rib_holder_edit, lambda v: self._save_rib(holder=v))
        saver.bind_line_edit(self.rib_iban_edit, lambda v: self._save_rib(iban=v))
        saver.bind_line_edit(self.rib_bic_edit, lambda v: self._save_rib(bic=v))

        self.letters_box, self.letters_layout = self._group()
        self.agreements_box, self.agreements_layout = self._group()
        self.quotes_box, self.quotes_layout = self._group()
        self.others_box, self.others_layout = self._group()
        self.anap_box, self.anap_layout = self._group()
        self.body_layout.addStretch(1)

    def _group(self) -> tuple[QGroupBox, QVBoxLayout]:
        box = QGroupBox()
        layout = QVBoxLayout(box)
        hint = QLabel()
        hint.setObjectName("hint")
        hint.setWordWrap(True)
        layout.addWidget(hint)
        box.hint = hint  # type: ignore[attr-defined]
        self.body_layout.addWidget(box)
        return box, layout

    def retranslate_ui(self) -> None:
        self.heading.setText(self.tr("Dossier documents"))
        self.intro.setText(self.tr(
            "The documents filed with the candidature. Each file is copied into the dossier: the original may "
            "then move or be deleted. A dossier is complete with the RIB of the porteur and the engagement "
            "letter signed by each OG."))
        self.rib_box.setTitle(self.tr("Bank details of the porteur (RIB)"))
        for label, text in zip(self.rib_labels, (self.tr("Acc&ount holder:"), self.tr("&IBAN:"), self.tr("&BIC:"))):
            label.setText(text)
        self.rib_iban_edit.setPlaceholderText("FR76 …")
        self.rib_slot.title_label.setText(self.tr("The RIB issued by the bank (PDF or scan)"))
        self.letters_box.setTitle(self.tr("Signed engagement letters"))
        self.letters_box.hint.setText(self.tr("One letter signed by each OG of the grappe."))
        self.agreements_box.setTitle(self.tr("Agreements of national entities"))
        self.agreements_box.hint.setText(self.tr(
            "An OG attached to a national entity attaches that entity's written agreement to the dossier."))
        self.quotes_box.setTitle(self.tr("Quotes for specific funding"))
        self.quotes_box.hint.setText(self.tr(
            "The quotes behind the specific funding asked by small OGs (equipment, AMOA): a priority criterion."))
        # 003 §4.2.E: the result of the ANAP self-diagnostic (RSI's, or the director's without an RSI)
        self.anap_box.setTitle(self.tr("ANAP self-diagnostic results (optional)"))
        self.anap_box.hint.setText(self.tr(
            "Each OG may attach the result of the ANAP SI maturity self-diagnostic (PDF) it filled in on the "
            "ANAP site, instead of or beside the questionnaire of the step « SI maturity », which is ours and "
            "covers the same ground. Either meets the priority criterion."))
        self.others_box.setTitle(self.tr("Other documents"))
        self.others_box.hint.setText(self.tr("Any other document you want to keep with the dossier."))
        for slot in self.slots:
            slot.retranslate_ui()
        self.rib_slot.retranslate_ui()
        shown = getattr(self, "_shown_pieces", None)
        if shown is not None and self.slots:  # the slots' titles (« Other documents »…) in the new language
            self._shown_pieces = None
            self._rebuild(shown)
        for name in self.rib_edits:
            if self.rib_errors[name].isVisible():
                self._validate(name, final=True)

    # data ----------------------------------------------------------------
    def fetch(self):
        return documents.get_rib(self.db, self.dossier_id), self._read_documents()

    def _read_documents(self):
        """The pieces' metadata and the OGs they belong to (background: no widget)."""
        return documents.list_documents(self.db, self.dossier_id), list_grappe(self.db, self.dossier_id)

    def fill(self, data) -> None:
        rib, pieces = data
        saver = self.context.autosaver
        saver.suspended, was = True, saver.suspended
        try:
            self.rib_holder_edit.setText(rib.holder)
            self.rib_iban_edit.setText(format_iban(rib.iban) if rib.iban else "")
            self.rib_bic_edit.setText(rib.bic)
            for edit in self.rib_edits.values():
                edit.setCursorPosition(0)  # the start of a long holder name, not its end
        finally:
            saver.suspended = was
        for name, edit in self.rib_edits.items():
            self._validate(name, final=bool(edit.text().strip()))
        self._rebuild(pieces)

    def _rebuild(self, pieces=None) -> None:
        """Show the slots of the pieces (``pieces``: ``_read_documents()``; None: read them first, after the
        dossier's earlier writes, in the background). The slots are made again only when a piece or an OG
        changed."""
        if pieces is None:
            self.context.submit(self._read_documents, self._rebuild, self.load_failed)
            return
        if pieces == getattr(self, "_shown_pieces", None) and self.slots:
            return
        self._shown_pieces = pieces
        docs, ogs = pieces
        for name in self._dynamic_names:
            delattr(self, name)
        self._dynamic_names = []
        for slot in self.slots:
            slot.setParent(None)
            slot.deleteLater()
        self.slots = []
        self.rib_slot.set_documents([d for d in docs if d.kind == "rib"])

        def make(layout: QVBoxLayout, title: str, kind: str, og_id: int | None, required: bool, multi: bool,
                 name: str | None) -> None:
            slot = DocumentSlot(title, required, multi)
            slot.set_documents([d for d in docs if d.kind == kind and (d.og_id == og_id or kind == "other")])
            self._connect(slot, kind, og_id)
            layout.addWidget(slot)
            self.slots.append(slot)
            if name:
                setattr(self, name, slot.attach_button)  # letter_button_0... (links from the check)
                self._dynamic_names.append(name)

        work = []

        def add(*args) -> None:  # made a few per turn of the event loop (12 OGs: some 40 slots)
            work.append(lambda: make(*args))

        for i, og in enumerate(ogs):
            add(self.letters_layout, self._og_title(og), "engagement_letter", og.id, True, False, f"letter_button_{i}")
        national = [(i, og) for i, og in enumerate(ogs) if og.national_entity.strip()]
        for i, og in national:
            title = self.tr("{og} — agreement of {entity}").format(og=self._og_title(og), entity=og.national_entity)
            add(self.agreements_layout, title, "national_agreement", og.id, True, False, f"agreement_button_{i}")
        self.agreements_box.setVisible(bool(national))
        for i, og in enumerate(ogs):
            asking = og.funding_equipment or og.funding_amoa_purchasing or og.funding_amoa_piloting
            if asking or any(d.kind == "quote" and d.og_id == og.id for d in docs):
                add(self.quotes_layout, self._og_title(og), "quote", og.id, asking, True, f"quote_button_{i}")
        add(self.quotes_layout, self.tr("Quotes for the whole grappe"), "quote", None, False, True, None)
        for i, og in enumerate(ogs):
            add(self.anap_layout, self._og_title(og), "anap_result", og.id, False, False, f"anap_button_{i}")
        self.anap_box.setVisible(bool(ogs))
        add(self.others_layout, self.tr("Other documents"), "other", None, False, True, None)
        self.letters_box.setVisible(bool(ogs))
        self.slot_slices.start(work)

    def _og_title(self, og) -> str:
        title = og.name or og.finess_ej
        return title + ("  " + self.tr("(porteur)") if og.is_porteur else "")

    def _connect(self, slot: DocumentSlot, kind: str, og_id: int | None) -> None:
        slot.attach_requested.connect(lambda: self.attach(kind, og_id))
        slot.replace_requested.connect(self.replace)
        slot.open_requested.connect(self.open_copy)
        slot.save_requested.connect(self.save_copy)
        slot.remove_requested.connect(self.remove)

    # RIB fields ------------------------------------------------------------
    def _save_rib(self, **values) -> Write:
        return Write(lambda: documents.update_rib(self.db, self.dossier_id, **values), lambda _r: self.changed.emit())

    def _validate(self, name: str, final: bool) -> None:
        """Show the error under the field: while typing only once it is right again, on leaving it always."""
        edit, label = self.rib_edits[name], self.rib_errors[name]
        check = {"holder": holder_error, "iban": iban_error, "bic": bic_error}[name]
        message = check(edit.text())
        if message is None and name in ("iban", "bic"):
            message = country_mismatch(self.rib_iban_edit.text(), self.rib_bic_edit.text())
        if message is None or (not final and not label.isVisible()):
            if message is None:
                label.hide()
                edit.setProperty("invalid", False)
                repolish(edit)
            return
        from esms_desktop.i18n import render

        label.setText(render(message))
        label.show()
        edit.setProperty("invalid", True)
        repolish(edit)

    # documents -------------------------------------------------------------
    def _stored(self) -> None:
        self._rebuild()
        self.changed.emit()

    def _fail(self, exc: StorageError) -> None:
        from esms_desktop.i18n import render

        QMessageBox.warning(self, self.tr("Document"), render(exc.message))

    def _choose_file(self) -> str:
        path, _ = QFileDialog.getOpenFileName(self, self.tr("Choose the document"), str(Path.home()), FILE_FILTER)
        return path

    def attach(self, kind: str, og_id: int | None) -> None:
        path = self._choose_file()
        if not path:
            return
        db, dossier_id = self.db, self.dossier_id
        self._write(lambda: documents.attach_document(db, dossier_id, kind, path, og_id))

    def replace(self, document_id: int) -> None:
        path = self._choose_file()
        if not path:
            return
        db = self.db
        self._write(lambda: documents.replace_document(db, document_id, path))

    def _write(self, run) -> None:
        """``run()`` (storage only: a document read, checked and stored) in the background queue, « Enregistrement… »
        after a second; then the slots read again, or the refusal said."""
        from esms_desktop.ui.autosave import Write

        def refused(exc: Exception) -> bool:
            if isinstance(exc, StorageError):
                self._fail(exc)
                return True
            return False

        self.submit_write(Write(run, lambda _r: self._stored(), refused))

    def _row(self, document_id: int):
        return next(d for d in documents.list_documents(self.db, self.dossier_id) if d.id == document_id)

    def remove(self, document_id: int) -> None:
        doc = self._row(document_id)
        answer = QMessageBox.question(
            self, self.tr("Remove the document"),
            self.tr("Remove « {name} » from the dossier? The copy kept in the dossier is deleted; your original "
                    "file, if you still have it, is not touched.").format(name=doc.file_name),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No, QMessageBox.StandardButton.No)
        if answer != QMessageBox.StandardButton.Yes:
            return
        self.context.name_change(self.tr("remove « {name} »").format(name=doc.file_name))
        db = self.db
        self._write(lambda: documents.remove_document(db, document_id))

    def save_copy(self, document_id: int) -> None:
        doc = self._row(document_id)
        path, _ = QFileDialog.getSaveFileName(self, self.tr("Save a copy of the document"),
                                              str(Path.home() / safe_file_name(doc.file_name)))
        if not path:
            return
        try:
            documents.save_copy(self.db, document_id, path)
        except StorageError as exc:
            self._fail(exc)

    def open_copy(self, document_id: int) -> None:
        """Write a read-only copy in a temporary folder and open it with the system's viewer; the copy's
        name is the stored one made plain (no folder part, no program extension: see document_checks)."""
        doc = self._row(document_id)
        target = Path(tempfile.mkdtemp(prefix="esms-desktop-")) / safe_file_name(doc.file_name)
        try:
            documents.save_copy(self.db, document_id, target, read_only=True)
        except StorageError as exc:
            self._fail(exc)
            return
        if not QDesktopServices.openUrl(QUrl.fromLocalFile(str(target))):
            QMessageBox.information(self, self.tr("Document"),
                                    self.tr("No application opens this file. A copy was written to {path}.")
                                    .format(path=str(target)))
