"""The member's short wizard: her OG only, opened from the porteur's member sheet.

Pages: identity (SIRET, legal representative, data protection), her ESSMS (FINESS look-up) and their
referents, her needs, the self-diagnostic, her engagement letter (print it, then attach its signed scan),
and « Renvoyer au porteur ». Every change is stored at once in her own database (she can stop and resume).
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFileDialog,
    QFormLayout,
    QHeaderView,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QMessageBox,
    QPushButton,
    QStackedWidget,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from esms_desktop import formatting
from esms_desktop.i18n import render
from esms_desktop.storage import documents, governance, grappe, maturity, member_desk, needs
from esms_desktop.storage.errors import StorageError
from esms_desktop.ui.wizard import grappe_choices as gc

TEXT_FIELDS = ("name", "siret", "address", "legal_rep_name", "legal_rep_function", "contact_name", "contact_email",
               "contact_phone")
COMBO_FIELDS = ("legal_status", "rgpd_status", "it_charter")
CHECK_FIELDS = ("has_rsi", "dpo_designated")


class MemberWizard(QWidget):
    """Her OG, page by page. ``back_requested`` returns to the start screen."""

    back_requested = Signal()
    state_changed = Signal()  # the main window's title (every change is stored at once)
    open_requested = Signal(int)  # never emitted: the member side opens no other dossier
    history = None  # Édition ▸ Annuler follows the porteur's wizard only (the member's edits are few)
    PAGES = ("identity", "essms", "needs", "diagnostic", "letter", "send")

    def __init__(self, db, dossier_id: int, parent: QWidget | None = None, desk=None):
        """``desk``: her answer's request (``member_desk.member_desk``) when the caller has read it; else it is
        read in the background, « Chargement… » shown meanwhile."""
        super().__init__(parent)
        self.db = db
        self.dossier_id = dossier_id
        self.desk = desk
        self._desk_pending = desk is None
        self.og = grappe.list_grappe(db, dossier_id)[0]
        self.heading = QLabel()
        self.heading.setObjectName("stepHeading")
        self.heading.setWordWrap(True)
        self.intro = QLabel()
        self.intro.setWordWrap(True)
        self.pages_list = QListWidget()
        self.pages_list.setMaximumWidth(210)
        self.stack = QStackedWidget()
        self.back_button = QPushButton(self.tr("← Start screen"))
        self.back_button.clicked.connect(self.back_requested)
        self.next_button = QPushButton(self.tr("Next →"))
        self.next_button.clicked.connect(lambda: self.show_page(min(self.stack.currentIndex() + 1,
                                                                    self.stack.count() - 1)))
        for title, page in ((self.tr("1. Your OG"), self._identity_page()),
                            (self.tr("2. Your establishments"), self._essms_page()),
                            (self.tr("3. Your needs"), self._needs_page()),
                            (self.tr("4. Self-diagnostic"), self._diagnostic_page()),
                            (self.tr("5. Engagement letter"), self._letter_page()),
                            (self.tr("6. Send back to the porteur"), self._send_page())):
            self.pages_list.addItem(title)
            self.stack.addWidget(page)
        self.pages_list.currentRowChanged.connect(self.stack.setCurrentIndex)
        body = QHBoxLayout()
        body.addWidget(self.pages_list)
        body.addWidget(self.stack, 1)
        nav = QHBoxLayout()
        nav.addWidget(self.back_button)
        nav.addStretch(1)
        nav.addWidget(self.next_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addWidget(self.intro)
        layout.addLayout(body, 1)
        layout.addLayout(nav)
        self._fill_heading()
        self.refresh()
        self.show_page(0)
        if self._desk_pending:
            from esms_desktop.ui import workers

            self.intro.setText(self.tr("Loading…"))
            workers.call(lambda: member_desk.member_desk(db, dossier_id), done=self._desk_read,
                         failed=self._desk_not_read, owner=self)

    def _desk_read(self, desk) -> None:
        self.desk, self._desk_pending = desk, False
        self._fill_heading()
        self._show_letter_and_send()

    def _desk_not_read(self, exc: Exception) -> None:
        self._desk_pending = False
        detail = render(exc.message) if isinstance(exc, StorageError) else str(exc)
        self.intro.setText(self.tr("The porteur's request could not be read: {detail}").format(detail=detail))

    def is_settled(self) -> bool:
        """Her request read (tests wait for it: ``conftest.settle``)."""
        return not self._desk_pending

    def show_page(self, index: int) -> None:
        self.pages_list.setCurrentRow(index)

    def _fill_heading(self) -> None:
        context = self.desk.context if self.desk else {}
        self.heading.setText(self.og.name)
        self.intro.setText(self.tr(
            "Request from {porteur} for the grappe « {grappe} » ({year} call for projects). Answer for your OG "
            "only; everything is kept on this computer, you can stop and come back.").format(
            porteur=context.get("porteur", {}).get("name", "?"), grappe=context.get("grappe_name", "?"),
            year=context.get("campaign_year", "?")))

    # 1. identity -------------------------------------------------------------------------------
    def _identity_page(self) -> QWidget:
        page = QWidget()
        form = QFormLayout(page)
        self.fields: dict[str, QWidget] = {}
        labels = {
            "name": self.tr("Name of the OG:"), "siret": self.tr("SIRET:"), "address": self.tr("Head office address:"),
            "legal_status": self.tr("Legal status:"), "legal_rep_name": self.tr("Legal representative (signs):"),
            "legal_rep_function": self.tr("Their function:"), "contact_name": self.tr("Contact person:"),
            "contact_email": self.tr("Contact e-mail:"), "contact_phone": self.tr("Contact telephone:"),
            "rgpd_status": self.tr("GDPR compliance:"), "it_charter": self.tr("IT charter:"),
        }
        finess = QLabel(self.og.finess_ej)
        form.addRow(self.tr("FINESS EJ:"), finess)
        for name in TEXT_FIELDS:
            edit = QLineEdit()
            edit.setMaxLength(14 if name == "siret" else 200)
            edit.editingFinished.connect(lambda n=name: self._store(n))
            self.fields[name] = edit
        for name, items in (("legal_status", gc.legal_statuses()), ("rgpd_status", gc.progress_statuses()),
                            ("it_charter", gc.progress_statuses())):
            combo = QComboBox()
            for code, label in items:
                combo.addItem(label, code)
            combo.currentIndexChanged.connect(lambda _i, n=name: self._store(n))
            self.fields[name] = combo
        self.fields["has_rsi"] = QCheckBox(self.tr("The OG has an IT manager (RSI)"))
        self.fields["dpo_designated"] = QCheckBox(self.tr("A data protection officer (DPO) is designated"))
        for name in CHECK_FIELDS:
            self.fields[name].toggled.connect(lambda _c, n=name: self._store(n))
        for name in ("name", "siret", "address", "legal_status", "legal_rep_name", "legal_rep_function",
                     "contact_name", "contact_email", "contact_phone", "rgpd_status", "it_charter"):
            form.addRow(labels[name], self.fields[name])
        form.addRow(self.fields["dpo_designated"])
        form.addRow(self.fields["has_rsi"])
        self.identity_error = QLabel()
        self.identity_error.setObjectName("fieldError")
        self.identity_error.hide()
        form.addRow(self.identity_error)
        return page

    def _value(self, name: str):
        widget = self.fields[name]
        if isinstance(widget, QLineEdit):
            text = widget.text().strip()
            return "".join(text.split()) if name == "siret" else text
        if isinstance(widget, QComboBox):
            return widget.currentData()
        return widget.isChecked()

    def _store(self, name: str) -> None:
        value = self._value(name)
        if name == "name" and not value:
            return
        try:
            grappe.update_og(self.db, self.og.id, **{name: value})
        except StorageError as exc:
            self.identity_error.setText(render(exc.message))
            self.identity_error.show()
            return
        self.identity_error.hide()
        current = maturity.get_diagnostic(self.db, self.og.id)
        if name == "has_rsi" and (current is None or not current.answers):  # not once she has answered
            maturity.restart_diagnostic(self.db, self.og.id, maturity.variant_for(bool(value)))
        self.refresh()

    # 2. ESSMS and referents --------------------------------------------------------------------
    def _essms_page(self) -> QWidget:
        page = QWidget()
        self.essms_table = QTableWidget(0, 4)
        self.essms_table.setHorizontalHeaderLabels([self.tr("FINESS ET"), self.tr("Name"), self.tr("Town"),
                                                    self.tr("DUI referent")])
        self.essms_table.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.essms_table.setSelectionBehavior(QTableWidget.SelectionBehavior.SelectRows)
        self.essms_table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.essms_table.cellDoubleClicked.connect(lambda row, _c: self.edit_essms(row))
        self.add_essms_button = QPushButton(self.tr("&Add an establishment (FINESS look-up)…"))
        self.add_essms_button.clicked.connect(self.add_essms)
        self.referent_name = QLineEdit()
        self.referent_name.setPlaceholderText(self.tr("name"))
        self.referent_function = QLineEdit()
        self.referent_function.setPlaceholderText(self.tr("function"))
        self.referent_email = QLineEdit()
        self.referent_email.setPlaceholderText(self.tr("e-mail"))
        self.referent_button = QPushButton(self.tr("Make them the &referent of the selected establishment"))
        self.referent_button.clicked.connect(self.set_referent)
        referent = QHBoxLayout()
        for widget in (self.referent_name, self.referent_function, self.referent_email):
            referent.addWidget(widget)
        layout = QVBoxLayout(page)
        intro = QLabel(self.tr("The establishments and services (ESSMS) of your OG that join the project. "
                               "Double-click one to complete it."))
        intro.setWordWrap(True)
        layout.addWidget(intro)
        layout.addWidget(self.essms_table, 1)
        layout.addWidget(self.add_essms_button)
        layout.addWidget(QLabel(self.tr("DUI referent of an establishment:")))
        layout.addLayout(referent)
        layout.addWidget(self.referent_button)
        return page

    def _essms_dialog(self, values: dict | None = None):
        from esms_desktop.ui.wizard.essms_form import EssmsDialog

        existing = {e.finess_et: self.og.name for e in self.og.essms if not values or
                    e.finess_et != values.get("finess_et")}
        return EssmsDialog(self, values, og_finess_ej=self.og.finess_ej, existing=existing)

    def add_essms(self) -> bool:
        dialog = self._essms_dialog()
        if dialog.exec() != dialog.DialogCode.Accepted:
            return False
        grappe.add_essms(self.db, self.og.id, **dialog.values())
        self.refresh()
        return True

    def edit_essms(self, row: int) -> bool:
        essms = self.og.essms[row]
        dialog = self._essms_dialog({**essms.values(), "notes": essms.notes})
        if dialog.exec() != dialog.DialogCode.Accepted:
            return False
        grappe.update_essms(self.db, essms.id, **dialog.values())
        self.refresh()
        return True

    def set_referent(self) -> bool:
        row = self.essms_table.currentRow()
        name = self.referent_name.text().strip()
        if row < 0 or not name:
            return False
        person = governance.add_person(self.db, self.dossier_id, name=name,
                                       function=self.referent_function.text().strip(),
                                       organisation=self.og.name, email=self.referent_email.text().strip())
        governance.set_referent(self.db, self.og.essms[row].id, person)
        for edit in (self.referent_name, self.referent_function, self.referent_email):
            edit.clear()
        self.refresh()
        return True

    # 3. needs ----------------------------------------------------------------------------------
    def _needs_page(self) -> QWidget:
        page = QWidget()
        self.needs_list = QListWidget()
        self.need_kind = QComboBox()
        for code, label in (("formation", self.tr("Training")), ("accompagnement", self.tr("Support")),
                            ("materiel", self.tr("Equipment"))):
            self.need_kind.addItem(label, code)
        self.need_label = QLineEdit()
        self.need_label.setPlaceholderText(self.tr("e.g. DUI training for the care team"))
        self.add_need_button = QPushButton(self.tr("Add the &need"))
        self.add_need_button.clicked.connect(self.add_need)
        row = QHBoxLayout()
        row.addWidget(self.need_kind)
        row.addWidget(self.need_label, 1)
        row.addWidget(self.add_need_button)
        layout = QVBoxLayout(page)
        intro = QLabel(self.tr("What your teams will need for the new DUI: training, support, equipment. "
                               "The porteur turns them into the budget."))
        intro.setWordWrap(True)
        layout.addWidget(intro)
        layout.addWidget(self.needs_list, 1)
        layout.addLayout(row)
        return page

    def add_need(self) -> bool:
        label = self.need_label.text().strip()
        if not label:
            return False
        essms = self.og.essms[0].id if self.og.essms else None
        needs.add_need(self.db, self.dossier_id, self.need_kind.currentData(), label=label, essms_id=essms)
        self.need_label.clear()
        self.refresh()
        return True

    # 4. self-diagnostic ------------------------------------------------------------------------
    def _diagnostic_page(self) -> QWidget:
        from esms_desktop.ui.maturity.questionnaire_view import QuestionnaireView

        page = QWidget()
        self.questionnaire = QuestionnaireView()
        self.questionnaire.answer_changed.connect(self._answered)
        self.diagnostic_label = QLabel()
        self.diagnostic_label.setWordWrap(True)
        layout = QVBoxLayout(page)
        layout.addWidget(self.diagnostic_label)
        layout.addWidget(self.questionnaire, 1)
        return page

    def _answered(self, question_id: str, answer) -> None:
        maturity.save_answer(self.db, self.og.id, question_id, answer)

    def _show_diagnostic(self) -> None:
        from esms_desktop.rules.maturity.data import load_questionnaire

        row = maturity.start_diagnostic(self.db, self.og.id)
        questionnaire = load_questionnaire(row.variant)
        self.questionnaire.set_questionnaire(questionnaire, dict(row.answers))
        who = self.tr("the IT manager") if row.variant == "rsi" else self.tr("the director")
        self.diagnostic_label.setText(self.tr(
            "The SI maturity self-diagnostic, the questionnaire for {who}: {count} questions. « Don't know » "
            "is an answer.").format(who=who, count=len(questionnaire.questions)))

    # 5. letter ---------------------------------------------------------------------------------
    def _letter_page(self) -> QWidget:
        page = QWidget()
        self.letter_label = QLabel()
        self.letter_label.setWordWrap(True)
        self.print_button = QPushButton(self.tr("&Print my engagement letter…"))
        self.print_button.clicked.connect(self.print_letter)
        self.save_button = QPushButton(self.tr("&Save my engagement letter (PDF)…"))
        self.save_button.clicked.connect(self.save_letter)
        self.attach_button = QPushButton(self.tr("A&ttach the signed letter (scan or photo)…"))
        self.attach_button.clicked.connect(self.attach_signed)
        self.signed_label = QLabel()
        self.signed_label.setWordWrap(True)
        layout = QVBoxLayout(page)
        layout.addWidget(self.letter_label)
        letter_buttons = QHBoxLayout()
        letter_buttons.addWidget(self.print_button)
        letter_buttons.addWidget(self.save_button)
        layout.addLayout(letter_buttons)
        layout.addWidget(self.attach_button)
        layout.addWidget(self.signed_label)
        layout.addStretch(1)
        return page

    def print_letter(self) -> bool:
        """Her letter on paper, through the print dialog (to sign, then scan)."""
        from PySide6.QtPrintSupport import QPrintDialog, QPrinter

        from esms_desktop.ui.pack.printing import print_pdf

        pdf = self.current_letter()
        if not pdf:
            return False
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        printer.setDocName(self.tr("Engagement letter"))
        dialog = QPrintDialog(printer, self)
        if dialog.exec() != QPrintDialog.DialogCode.Accepted:
            return False
        pages = print_pdf(pdf, printer)
        self.signed_label.setText(self.tr("%n page(s) sent to the printer: have the letter signed, then attach "
                                          "the signed scan.", "", pages))
        return pages > 0

    def current_letter(self) -> bytes | None:
        """Her letter from her answers as they stand (an ESSMS added, a representative corrected are in it)."""
        if self.desk is None:
            return None
        self.flush()
        try:
            return member_desk.current_letter(self.db, self.dossier_id)
        except (StorageError, LookupError, ValueError) as exc:
            detail = render(exc.message) if isinstance(exc, StorageError) else str(exc)
            QMessageBox.warning(self, self.tr("Engagement letter"), self.tr(
                "Your engagement letter could not be prepared: {detail}").format(detail=detail))
            return None

    def save_letter(self) -> bool:
        if self.desk is None or not self.has_letter():
            return False
        path, _ = QFileDialog.getSaveFileName(self, self.tr("Save the engagement letter"),
                                              "lettre-engagement.pdf", self.tr("PDF (*.pdf)"))
        if not path:
            return False
        pdf = self.current_letter()
        if not pdf:
            return False
        from esms_desktop.storage.atomic import write_bytes_atomic

        write_bytes_atomic(path, pdf)
        self.letter_saved = Path(path)
        self.signed_label.setText(self.tr("Letter saved to {path}: print it, have it signed, then attach "
                                          "the signed scan.").format(path=path))
        return True

    def attach_signed(self) -> bool:
        path, _ = QFileDialog.getOpenFileName(self, self.tr("The signed engagement letter"), "",
                                              self.tr("Scans (*.pdf *.jpg *.jpeg *.png);;All files (*)"))
        if not path:
            return False
        try:
            documents.attach_document(self.db, self.dossier_id, "engagement_letter", path, og_id=self.og.id)
        except StorageError as exc:
            QMessageBox.warning(self, self.tr("Signed letter"), render(exc.message))
            return False
        self.refresh()
        return True

    # 6. send -----------------------------------------------------------------------------------
    def _send_page(self) -> QWidget:
        page = QWidget()
        self.send_summary = QLabel()
        self.send_summary.setWordWrap(True)
        self.send_button = QPushButton(self.tr("&Send back to the porteur…"))
        self.send_button.clicked.connect(self.send_back)
        layout = QVBoxLayout(page)
        layout.addWidget(self.send_summary)
        layout.addWidget(self.send_button)
        layout.addStretch(1)
        return page

    def send_back(self) -> bool:
        safe = "".join(c if c.isalnum() or c in "-_" else "-" for c in self.og.name).strip("-") or "og"
        path, _ = QFileDialog.getSaveFileName(self, self.tr("Send back to the porteur"), f"{safe}-reponse.esms-og",
                                              self.tr("Member sheets (*.esms-og)"))
        if not path:
            return False
        try:
            member_desk.write_answer(self.db, self.dossier_id, path, dt.date.today())
        except (StorageError, OSError) as exc:
            detail = render(exc.message) if isinstance(exc, StorageError) else (exc.strerror or str(exc))
            QMessageBox.warning(self, self.tr("Send back to the porteur"), detail)
            return False
        self.desk = member_desk.member_desk(self.db, self.dossier_id)
        self.refresh()
        self.send_summary.setText(self.send_summary.text() + "\n\n" + self.tr(
            "Answer written to {path}: send this file to {porteur} (e-mail, USB stick).").format(
            path=path, porteur=self.desk.porteur_name))
        return True

    # state -------------------------------------------------------------------------------------
    def refresh(self) -> None:
        self.og = grappe.list_grappe(self.db, self.dossier_id)[0]
        og = self.og
        for name, widget in self.fields.items():
            value = getattr(og, name, None)
            widget.blockSignals(True)
            if isinstance(widget, QLineEdit):
                widget.setText(value or "")
            elif isinstance(widget, QComboBox):
                widget.setCurrentIndex(max(0, widget.findData(value)))
            else:
                widget.setChecked(bool(value))
            widget.blockSignals(False)
        people = {p.id: p for p in governance.list_people(self.db, self.dossier_id)}
        self.essms_table.setRowCount(len(og.essms))
        for row, essms in enumerate(og.essms):
            referent = people.get(essms.referent_id)
            for column, text in enumerate((essms.finess_et, essms.name, essms.town or "",
                                           referent.name if referent else "")):
                self.essms_table.setItem(row, column, QTableWidgetItem(text))
        for column in (0, 2, 3):
            self.essms_table.resizeColumnToContents(column)
        self.needs_list.clear()
        for need in needs.list_needs(self.db, self.dossier_id):
            self.needs_list.addItem(need.label)
        self._show_diagnostic()
        self._signed = documents.list_documents(self.db, self.dossier_id, "engagement_letter")
        self._show_letter_and_send()

    def _show_letter_and_send(self) -> None:
        """The letter page's buttons and the send page's summary: from her answers and her request (``desk``)."""
        og, signed = self.og, self._signed
        self.letter_label.setText(self.tr(
            "Your engagement letter, written from your answers as they stand (your OG, its legal representative, "
            "its establishments) in the porteur's grappe: save it, print it, have it signed by {who}, then "
            "attach the signed scan.").format(who=og.legal_rep_name or self.tr("your legal representative")))
        self.print_button.setEnabled(self.has_letter())
        self.save_button.setEnabled(self.print_button.isEnabled())
        if signed:
            self.signed_label.setText(self.tr("Signed letter attached: {name}.").format(name=signed[-1].file_name))
        sent = self.desk.returned_on if self.desk else None
        self.send_summary.setText(self.tr(
            "Your answer: {essms} establishment(s), {needs} need(s), self-diagnostic {answered}/{total}, signed "
            "letter {letter}. {sent}").format(
            essms=len(og.essms), needs=self.needs_list.count(), answered=len(self.questionnaire.answers()),
            total=len(self.questionnaire.questionnaire.questions) if self.questionnaire.questionnaire else 0,
            letter=self.tr("attached") if signed else self.tr("not attached yet"),
            sent=self.tr("Last sent on {date}.").format(date=formatting.date(sent)) if sent else ""))

    def has_letter(self) -> bool:
        return self.desk is not None and (self.desk.letter_frame is not None or bool(self.desk.letter_pdf))

    def is_saved(self) -> bool:
        return True

    def shutdown(self) -> None:
        """Nothing runs in the background here (the FINESS look-up is synchronous)."""

    def flush(self) -> None:
        """Store a field still being typed in (every other change is stored as it is made); the main window
        calls this, and so does the letter before it is built."""
        pending = {name: self._value(name) for name in TEXT_FIELDS
                   if self._value(name) != (getattr(self.og, name, None) or "")}
        if not pending.get("name", True):
            del pending["name"]  # an OG keeps its name
        if not pending:
            return
        try:
            grappe.update_og(self.db, self.og.id, **pending)
        except StorageError as exc:
            self.identity_error.setText(render(exc.message))
            self.identity_error.show()
            return
        self.identity_error.hide()
        self.refresh()
