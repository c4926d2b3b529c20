"""Before importing an answer file over existing answers: show what differs and let the user choose."""

from __future__ import annotations

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QPushButton, QVBoxLayout

from esms_desktop.storage.maturity_files import ImportPreview
from esms_desktop.ui.maturity.labels import variant_noun
from esms_desktop.ui.maturity.results_view import cell, read_only_table

REPLACE, KEEP = "replace", "keep"


class ConflictsDialog(QDialog):
    """``choice`` is REPLACE, KEEP, or None (cancelled) once closed. Nothing is stored here."""

    def __init__(self, preview: ImportPreview, og_name: str, other_variant: str | None = None, parent=None):
        super().__init__(parent)
        self.preview = preview
        self.choice: str | None = None
        self.setMinimumSize(720, 420)
        layout = QVBoxLayout(self)
        self.message = QLabel()
        self.message.setWordWrap(True)
        layout.addWidget(self.message)
        self.table = read_only_table(3)
        self.table.setWordWrap(True)
        layout.addWidget(self.table, 1)
        self.buttons = QDialogButtonBox()
        self.replace_button = QPushButton()
        self.keep_button = QPushButton()
        self.buttons.addButton(self.replace_button, QDialogButtonBox.ButtonRole.DestructiveRole)
        if preview.other_questionnaire is None:
            self.buttons.addButton(self.keep_button, QDialogButtonBox.ButtonRole.AcceptRole)
        self.cancel_button = self.buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        self.replace_button.clicked.connect(lambda: self._choose(REPLACE))
        self.keep_button.clicked.connect(lambda: self._choose(KEEP))
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)
        self.cancel_button.setDefault(True)
        self._texts(og_name, other_variant)

    def _texts(self, og_name: str, other_variant: str | None) -> None:
        preview = self.preview
        self.setWindowTitle(self.tr("Import answers: differences"))
        self.replace_button.setText(self.tr("&Replace with the file's answers"))
        self.keep_button.setText(self.tr("&Keep the current answers"))
        if preview.other_questionnaire is not None:
            self.message.setText(
                self.tr(
                    "The file answers the {incoming} of « {og} », but the {current} was started here with "
                    "%n answer(s). Importing replaces those answers with the file's; nothing is changed "
                    "until you choose.", "", preview.current_answers
                ).format(
                    incoming=variant_noun(preview.received.questionnaire.variant),
                    current=variant_noun(other_variant or ""),
                    og=og_name,
                )
            )
            self.table.hide()
            return
        self.message.setText(
            self.tr(
                "The file gives other answers than the current ones to %n question(s) of « {og} ». "
                "Nothing is changed until you choose: replace them with the file's answers, or keep the current "
                "answers. Either way, the file also answers questions not answered yet: {new}.", "",
                len(preview.conflicts)
            ).format(og=og_name, new=preview.new_answers)
        )
        self.table.setHorizontalHeaderLabels(
            [self.tr("Question"), self.tr("Current answer"), self.tr("Answer in the file")]
        )
        self.table.setRowCount(len(preview.conflicts))
        numbers = {q.id: n for n, q in enumerate(preview.received.questionnaire.questions, start=1)}
        for row, conflict in enumerate(preview.conflicts):
            question = cell(f"{numbers[conflict.question_id]}. {conflict.question_text}")
            question.setToolTip(conflict.question_id)
            self.table.setItem(row, 0, question)
            self.table.setItem(row, 1, cell(conflict.current_label))
            self.table.setItem(row, 2, cell(conflict.incoming_label, bold=True))
        self.table.resizeColumnToContents(1)
        self.table.resizeColumnToContents(2)
        self.table.resizeRowsToContents()

    def _choose(self, choice: str) -> None:
        self.choice = choice
        self.accept()
