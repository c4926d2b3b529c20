"""Step "Note de présentation": the sections of the note the user writes, with simple formatting.

Formatting understood by the PDF: paragraphs separated by a blank line, lines starting with "- " are
bullets, **text** is bold. The toolbar inserts these marks so nobody has to remember them.
"""

from __future__ import annotations

from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QListWidget,
    QPlainTextEdit,
    QPushButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from esms_desktop.rules.presentation import PRESENTATION_KEYS
from esms_desktop.rules.presentation_checks import presentation_contradictions
from esms_desktop.storage.loader import load_dossier
from esms_desktop.storage.presentation import get_presentation, set_section
from esms_desktop.ui.autosave import Write
from esms_desktop.ui.findings_list import FindingsList
from esms_desktop.ui.wizard.step import StepPage


class ContradictionsList(FindingsList):
    """What the note says against the grappe or the planning, computed as the user writes."""

    def accessible_name(self) -> str:
        return self.tr("Contradictions found in the note")

MIN_WORDS = 20  # below this a section is shown as « à compléter »


class PresentationStep(StepPage):
    key = "presentation"

    def title(self) -> str:
        return self.tr("Note de présentation")

    def _titles(self) -> dict[str, str]:
        return {
            "context": self.tr("Context and motivations"),
            "strategy": self.tr("SI strategy and links with the Ségur"),
            "perimeter_current": self.tr("Current functional perimeter of the DUI"),
            "perimeter_target": self.tr("Targeted functional perimeter"),
            "team": self.tr("Project team (skills, FTE)"),
            "governance": self.tr("Governance"),
            "benefits": self.tr("Expected benefits"),
        }

    def _hints(self) -> dict[str, str]:
        return {
            "context": self.tr("Who the OGs are, what the ESSMS do, why they join forces now, what is not working today."),
            "strategy": self.tr("Your SI roadmap or master plan, and how the project serves the Ségur du numérique "
                                "(DMP, MSSanté, INS, referenced DUI)."),
            "perimeter_current": self.tr("What is computerised today, in which ESSMS, with which tools."),
            "perimeter_target": self.tr("What the DUI will cover at the end of the project: functions, ESSMS, users."),
            "team": self.tr("The project lead and the team: skills, time devoted (FTE), outside support (AMOA)."),
            "governance": self.tr("COPIL and COPROJ: who, how often, how decisions are taken; the partnership convention."),
            "benefits": self.tr("What will change for the persons accompanied, the professionals, the partners."),
        }

    def _weights(self) -> dict[str, str]:
        """What the priority criteria weigh in each section (003 §7), for the instructor's reading."""
        return {
            "context": self.tr("Weighed: a quantified starting point (ESSMS, persons accompanied, paper files, "
                               "tools in use) and the grappe's territorial coherence (departments, shared partners, "
                               "care pathways)."),
            "strategy": self.tr("Weighed: sustainability after the grant (who pays the subscription and maintenance, "
                                "how the SI roadmap goes on) and the links with the Ségur services socles."),
            "perimeter_current": self.tr("Weighed: the starting point in figures: how many ESSMS have a DUI, which "
                                         "version, which usages today (MSSanté, DMP, INS)."),
            "perimeter_target": self.tr("Weighed: the procurement route (public procurement, dynamic purchasing "
                                        "system, central purchasing body, consultation) and the usage targets."),
            "team": self.tr("Weighed: the project's risks and their answers (turnover, workload, training, "
                            "the editor's delays) and the time really given (FTE)."),
            "governance": self.tr("Weighed: who decides and how often, the partnership convention, and how the "
                                  "grappe's members hold together over its territory."),
            "benefits": self.tr("Weighed: expected results in figures, against the starting point, and what lasts "
                                "after the grant."),
        }

    def setup_ui(self) -> None:
        layout = QVBoxLayout(self)
        self.heading = QLabel()
        self.heading.setObjectName("stepHeading")
        self.intro = QLabel()
        self.intro.setWordWrap(True)
        self.section_list = QListWidget()
        self.section_list.setMaximumWidth(300)
        self.stack = QStackedWidget()
        self.editors: dict[str, QPlainTextEdit] = {}
        self.hint_labels: dict[str, QLabel] = {}
        self.title_labels: dict[str, QLabel] = {}
        self.count_labels: dict[str, QLabel] = {}
        self.weight_labels: dict[str, QLabel] = {}
        for key in PRESENTATION_KEYS:
            page = QWidget()
            page_layout = QVBoxLayout(page)
            page_layout.setContentsMargins(0, 0, 0, 0)
            title, hint, editor, count = QLabel(), QLabel(), QPlainTextEdit(), QLabel()
            weight = QLabel()
            title.setObjectName("sectionTitle")
            hint.setWordWrap(True)
            hint.setObjectName("hint")
            weight.setWordWrap(True)
            weight.setObjectName("hint")
            title.setBuddy(editor)
            editor.setTabChangesFocus(True)
            self.weight_labels[key] = weight
            for widget in (title, hint, weight, editor, count):
                page_layout.addWidget(widget, 1 if widget is editor else 0)
            self.context.autosaver.bind_plain_text(editor, lambda text, k=key: self._save(k, text))
            editor.textChanged.connect(lambda k=key: self._update_count(k))
            self.editors[key], self.hint_labels[key], self.title_labels[key], self.count_labels[key] = (
                editor, hint, title, count)
            self.section_list.addItem("")
            self.stack.addWidget(page)
        self.section_list.currentRowChanged.connect(self.stack.setCurrentIndex)
        self.bold_button = QPushButton()
        self.bullet_button = QPushButton()
        self.bold_button.clicked.connect(self._make_bold)
        self.bullet_button.clicked.connect(self._make_bullets)
        self.format_help = QLabel()
        self.format_help.setObjectName("hint")
        self.format_help.setWordWrap(True)
        tools = QHBoxLayout()
        tools.addWidget(self.bold_button)
        tools.addWidget(self.bullet_button)
        tools.addWidget(self.format_help, 1)
        right = QVBoxLayout()
        right.addLayout(tools)
        right.addWidget(self.stack, 1)
        body = QHBoxLayout()
        body.addWidget(self.section_list)
        body.addLayout(right, 1)
        self.contradictions = ContradictionsList()
        self.contradictions.setMaximumHeight(90)
        layout.addWidget(self.heading)
        layout.addWidget(self.intro)
        layout.addLayout(body, 1)
        layout.addWidget(self.contradictions)
        self.section_list.setCurrentRow(0)

    def retranslate_ui(self) -> None:
        self.heading.setText(self.tr("Note de présentation"))
        self.intro.setText(self.tr(
            "Write here the sections of the note de présentation that goes with the candidature. They are "
            "printed in the PDF pack as you write them; every change is saved as you type."))
        self.bold_button.setText(self.tr("&Bold"))
        self.bullet_button.setText(self.tr("B&ullets"))
        self.format_help.setText(self.tr(
            "A blank line starts a new paragraph; a line starting with « - » is a bullet; **text** is bold."))
        titles, hints, weights = self._titles(), self._hints(), self._weights()
        for row, key in enumerate(PRESENTATION_KEYS):
            self.title_labels[key].setText(f"<b>{titles[key]}</b>")
            self.hint_labels[key].setText(hints[key])
            self.weight_labels[key].setText(weights[key])
            self._update_count(key)
        # as wide as its longest title (« Current functional perimeter of the DUI »), no horizontal scroll bar
        list_ = self.section_list
        list_.setMinimumWidth(min(300, list_.sizeHintForColumn(0) + 2 * list_.frameWidth() + 6))

    def _update_count(self, key: str) -> None:
        words = len(self.editors[key].toPlainText().split())
        self.count_labels[key].setText(self.tr("%n word(s)", "", words))
        row = PRESENTATION_KEYS.index(key)
        mark = "●" if words >= MIN_WORDS else ("◐" if words else "○")
        self.section_list.item(row).setText(f"{mark}  {self._titles()[key]}")

    def fetch(self):
        return get_presentation(self.db, self.dossier_id), self._contradictions()

    def _contradictions(self):
        """The note's contradictions with the grappe and the planning (the checker's criterion 2 gives them
        too), read from the stored dossier (background: no widget)."""
        return presentation_contradictions(load_dossier(self.db, self.dossier_id))

    def fill(self, data) -> None:
        texts, found = data
        saver = self.context.autosaver
        saver.suspended = True
        try:
            for key, editor in self.editors.items():
                if editor.toPlainText() != texts[key]:
                    editor.setPlainText(texts[key])
        finally:
            saver.suspended = False
        self._show_contradictions(found)

    def _save(self, key: str, text: str) -> Write:
        def write():
            set_section(self.db, self.dossier_id, key, text)
            return self._contradictions()

        def stored(found) -> None:
            self._show_contradictions(found)
            self.changed.emit()

        return Write(write, stored)

    def _show_contradictions(self, found) -> None:
        self.contradictions.show_findings(found)
        self.contradictions.setVisible(bool(found))

    def _current_editor(self) -> QPlainTextEdit:
        return self.editors[PRESENTATION_KEYS[self.stack.currentIndex()]]

    def _make_bold(self) -> None:
        editor = self._current_editor()
        cursor = editor.textCursor()
        text = cursor.selectedText()
        cursor.insertText(f"**{text}**" if text else "****")
        if not text:
            cursor.movePosition(cursor.MoveOperation.Left, n=2)
            editor.setTextCursor(cursor)
        editor.setFocus()

    def _make_bullets(self) -> None:
        editor = self._current_editor()
        cursor = editor.textCursor()
        start, end = cursor.selectionStart(), cursor.selectionEnd()
        cursor.setPosition(start)
        cursor.movePosition(cursor.MoveOperation.StartOfBlock)
        cursor.beginEditBlock()
        while True:
            cursor.movePosition(cursor.MoveOperation.StartOfBlock)
            if not cursor.block().text().startswith("- "):
                cursor.insertText("- ")
                end += 2
            if not cursor.movePosition(cursor.MoveOperation.NextBlock) or cursor.position() > end:
                break
        cursor.endEditBlock()
        editor.setFocus()

    def focus_field(self, name: str) -> bool:
        """``name`` is a section key (``strategy``...) or an editor attribute name."""
        if name in self.editors:
            self.section_list.setCurrentRow(PRESENTATION_KEYS.index(name))
            self.editors[name].setFocus()
            return True
        return super().focus_field(name)
