"""Answering a questionnaire file received from the porteur, on a machine without the dossier.

Each answer is written back into the file at once (a new checksum); the file is then sent back to the
porteur, who imports it. A tampered or foreign file is refused before anything is shown or written.
"""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QCoreApplication, QDate
from PySide6.QtWidgets import (
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QVBoxLayout,
    QWidget,
)

from esms_desktop.i18n import render
from esms_desktop.rules.maturity.scoring import Answer, MaturityError
from esms_desktop.storage.errors import StorageError
from esms_desktop.storage.maturity_files import ReceivedFile, read_received_file, save_received_answers
from esms_desktop.ui.maturity.labels import variant_label
from esms_desktop.ui.maturity.questionnaire_view import QuestionnaireView
from esms_desktop.ui.maturity.results_view import escape


class RespondDialog(QDialog):
    def __init__(self, received: ReceivedFile, parent: QWidget | None = None):
        super().__init__(parent)
        self.received = received
        self.answers: dict[str, Answer] = dict(received.answer_file.answers)
        self.setMinimumSize(900, 640)
        layout = QVBoxLayout(self)
        self.heading = QLabel()
        self.heading.setWordWrap(True)
        self.intro = QLabel()
        self.intro.setWordWrap(True)
        self.intro.setObjectName("hint")
        form = QFormLayout()
        self.name_edit = QLineEdit(received.answer_file.respondent.get("name", ""))
        self.name_edit.setMaxLength(200)
        self.role_edit = QLineEdit(received.answer_file.respondent.get("role", ""))
        self.role_edit.setMaxLength(200)
        self.date_edit = QDateEdit(QDate.currentDate())
        self.date_edit.setCalendarPopup(True)
        self.date_edit.setDisplayFormat("dd/MM/yyyy")
        self.form_labels = [QLabel(), QLabel(), QLabel()]
        for label, widget in zip(self.form_labels, (self.name_edit, self.role_edit, self.date_edit)):
            label.setBuddy(widget)
            form.addRow(label, widget)
        self.view = QuestionnaireView()
        self.view.set_questionnaire(received.questionnaire, self.answers)
        self.view.answer_changed.connect(self._answered)
        self.status = QLabel()
        self.status.setWordWrap(True)
        self.error = QLabel()
        self.error.setObjectName("fieldError")
        self.error.setWordWrap(True)
        self.error.hide()
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.buttons.rejected.connect(self.reject)
        self.name_edit.editingFinished.connect(self.save)
        self.role_edit.editingFinished.connect(self.save)
        self.date_edit.dateChanged.connect(lambda _d: self.save())
        layout.addWidget(self.heading)
        layout.addWidget(self.intro)
        layout.addLayout(form)
        layout.addWidget(self.view, 1)
        layout.addWidget(self.error)
        layout.addWidget(self.status)
        layout.addWidget(self.buttons)
        self.retranslate_ui()

    def retranslate_ui(self) -> None:
        og = self.received.answer_file.og
        self.setWindowTitle(self.tr("Answer a received questionnaire"))
        self.heading.setText(
            self.tr("<b>{questionnaire}</b> for « {og} » (FINESS EJ {finess})").format(
                questionnaire=escape(variant_label(self.received.questionnaire.variant)),
                og=escape(og.get("name", "")),
                finess=escape(og["finess_ej"]),
            )
        )
        self.intro.setText(
            self.tr(
                "Each answer is saved in the file {file} as you go. When you are done, send this file back to "
                "the porteur of the grappe, who imports it into the dossier."
            ).format(file=str(self.received.path))
        )
        texts = (self.tr("Your &name:"), self.tr("Your &function:"), self.tr("&Date of the answers:"))
        for label, text in zip(self.form_labels, texts):
            label.setText(text)
        self._show_status()

    def _answered(self, question_id: str, answer: Answer) -> None:
        if answer is None:
            self.answers.pop(question_id, None)
        else:
            self.answers[question_id] = answer
        self.save()

    def save(self) -> bool:
        """Write the answers, respondent and date into the file; False (and a message) if refused."""
        name = self.name_edit.text().strip()
        if not name:
            self.error.setText(self.tr("Enter your name: it is written in the file with the answers."))
            self.error.show()
            return False
        respondent = {"name": name}
        if self.role_edit.text().strip():
            respondent["role"] = self.role_edit.text().strip()
        qdate = self.date_edit.date()
        try:
            self.received = save_received_answers(
                self.received, self.answers, respondent, dt.date(qdate.year(), qdate.month(), qdate.day())
            )
        except (MaturityError, StorageError) as exc:
            self.error.setText(render(exc.message))
            self.error.show()
            return False
        self.error.hide()
        self._show_status()
        return True

    def _show_status(self) -> None:
        total = len(self.received.questionnaire.questions)
        self.status.setText(
            self.tr("{answered}/{total} questions answered; saved in the file.").format(
                answered=len(self.received.answer_file.answers), total=total
            )
        )


def answer_received_file(parent: QWidget, path: str | None = None) -> bool:
    """Ask for a received answer file, check it, and let the user answer it. False if refused or cancelled."""
    if not path:
        path, _ = QFileDialog.getOpenFileName(
            parent,
            QCoreApplication.translate("RespondDialog", "Answer a received questionnaire"),
            "",
            QCoreApplication.translate("RespondDialog", "Answer files (*.json);;All files (*)"),
        )
    if not path:
        return False
    try:
        received = read_received_file(path)
    except (MaturityError, StorageError) as exc:
        QMessageBox.warning(parent, QCoreApplication.translate("RespondDialog", "File refused"), render(exc.message))
        return False
    RespondDialog(received, parent).exec()
    return True
