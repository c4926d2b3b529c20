"""The questionnaire, domain by domain: each question with its help and its scale as radio buttons.

Emits ``answer_changed(question_id, answer)`` at each click (a level, "nsp", or None when cleared): the
owner stores it at once. Keyboard: Tab goes from question to question, the arrow keys move through a
question's answers (and choose them), as usual for radio buttons.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtWidgets import (
    QButtonGroup,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QRadioButton,
    QScrollArea,
    QSizePolicy,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from esms_desktop.rules.maturity.scoring import DONT_KNOW, Answer, Question, Questionnaire

DONT_KNOW_ID = 1000  # button id of « Je ne sais pas » in a question's group


class _MeaningLabel(QLabel):
    """The meaning of a level, beside its radio button; clicking it chooses the level too."""

    def __init__(self, text: str, button: QRadioButton):
        super().__init__(text)
        self.button = button
        self.setWordWrap(True)
        self.setObjectName("levelMeaning")
        self.setStyleSheet("color: #555555;")
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)

    def mousePressEvent(self, event) -> None:  # noqa: N802 - Qt API
        if self.button.isEnabled():
            self.button.click()
        super().mousePressEvent(event)


class _AnswerButton(QRadioButton):
    """A radio button that, reached by Tab, hands the focus to the question's chosen answer."""

    def focusInEvent(self, event) -> None:  # noqa: N802 - Qt API
        super().focusInEvent(event)
        if event.reason() in (Qt.FocusReason.TabFocusReason, Qt.FocusReason.BacktabFocusReason):
            checked = self.group().checkedButton() if self.group() else None
            if checked is not None and checked is not self:
                checked.setFocus(Qt.FocusReason.OtherFocusReason)

    def keyPressEvent(self, event) -> None:  # noqa: N802 - Qt API
        """↓ / → the next answer, ↑ / ← the previous one: focused and chosen, even on an unanswered question
        (Qt only moves the focus there)."""
        step = {Qt.Key.Key_Down: 1, Qt.Key.Key_Right: 1, Qt.Key.Key_Up: -1, Qt.Key.Key_Left: -1}.get(event.key())
        group = self.group()
        if step is None or group is None or event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier:
            super().keyPressEvent(event)
            return
        buttons = group.buttons()
        index = buttons.index(self) + step
        if 0 <= index < len(buttons):
            target = buttons[index]
            target.setFocus(Qt.FocusReason.OtherFocusReason)
            if not target.isChecked():
                target.click()
        event.accept()


class QuestionBox(QFrame):
    """One question: number and text, help, the levels and « Je ne sais pas »."""

    answer_changed = Signal(str, object)

    def __init__(self, number: int, question: Question, questionnaire: Questionnaire, parent=None):
        super().__init__(parent)
        self.question = question
        self.setObjectName("questionBox")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        layout = QVBoxLayout(self)
        self.text_label = QLabel(f"<b>{number}.</b> {_escape(question.text)}")
        self.text_label.setWordWrap(True)
        self.text_label.setTextFormat(Qt.TextFormat.RichText)
        self.help_label = QLabel(question.help)
        self.help_label.setWordWrap(True)
        self.help_label.setObjectName("hint")
        layout.addWidget(self.text_label)
        layout.addWidget(self.help_label)
        grid = QGridLayout()
        grid.setColumnStretch(1, 1)
        grid.setHorizontalSpacing(12)
        grid.setVerticalSpacing(2)
        self.group = QButtonGroup(self)
        self.buttons: dict[Answer, QRadioButton] = {}
        choices = [(level.value, level.label, level.meaning) for level in question.levels]
        choices.append((DONT_KNOW, questionnaire.dont_know.label, questionnaire.dont_know.meaning))
        for row, (value, label, meaning) in enumerate(choices):
            button = _AnswerButton(label)
            button.setToolTip(meaning)
            button.setAccessibleDescription(meaning)
            self.group.addButton(button, DONT_KNOW_ID if value == DONT_KNOW else value)  # type: ignore[arg-type]
            self.buttons[value] = button
            grid.addWidget(button, row, 0)
            grid.addWidget(_MeaningLabel(meaning, button), row, 1)
        layout.addLayout(grid)
        self.clear_button = QPushButton()
        self.clear_button.setFlat(True)
        self.clear_button.setObjectName("linkButton")
        self.clear_button.setStyleSheet(
            "QPushButton#linkButton { color: #0b5cad; text-decoration: underline; border: none; }"
        )
        self.clear_button.setCursor(Qt.CursorShape.PointingHandCursor)
        self.clear_button.setFocusPolicy(Qt.FocusPolicy.ClickFocus)  # Tab stays on the answers
        self.clear_button.clicked.connect(self.clear)
        clear_row = QHBoxLayout()
        clear_row.addStretch(1)
        clear_row.addWidget(self.clear_button)
        layout.addLayout(clear_row)
        self._shown: Answer = None
        self._clear_shown: bool | None = None  # as last set on clear_button (None: not yet)
        self.group.idClicked.connect(self._clicked)
        self.retranslate_ui()
        self._update_clear()

    def retranslate_ui(self) -> None:
        self.clear_button.setText(self.tr("Clear the answer"))
        self.clear_button.setToolTip(self.tr("Leave this question unanswered"))

    def answer(self) -> Answer:
        checked = self.group.checkedId()
        if checked == -1:
            return None
        return DONT_KNOW if checked == DONT_KNOW_ID else checked

    def set_answer(self, answer: Answer) -> None:
        """Show a stored answer without emitting ``answer_changed``."""
        self._shown = answer if answer in self.buttons else None
        if answer is None or answer not in self.buttons:
            checked = self.group.checkedButton()
            if checked is not None:
                self.group.setExclusive(False)
                checked.setChecked(False)
                self.group.setExclusive(True)
        else:
            self.buttons[answer].setChecked(True)
        self._update_clear()

    def clear(self) -> None:
        if self.answer() is None:
            return
        self.set_answer(None)
        self.answer_changed.emit(self.question.id, None)

    def _clicked(self, button_id: int) -> None:
        self._update_clear()
        answer = DONT_KNOW if button_id == DONT_KNOW_ID else button_id
        if answer != self._shown:
            self._shown = answer
            self.answer_changed.emit(self.question.id, answer)

    def _update_clear(self) -> None:
        shown = self.answer() is not None
        if shown != self._clear_shown:  # shown or hidden only when that changes: each costs a layout
            self._clear_shown = shown
            self.clear_button.setVisible(shown)

    def set_read_only(self, read_only: bool) -> None:
        for button in self.buttons.values():
            button.setEnabled(not read_only)
        self.clear_button.setEnabled(not read_only)


def _escape(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


class QuestionnaireView(QWidget):
    """Domains on the left (with how many questions are answered), their questions on the right."""

    answer_changed = Signal(str, object)

    def __init__(self, parent=None):
        super().__init__(parent)
        self.questionnaire: Questionnaire | None = None
        self.boxes: dict[str, QuestionBox] = {}
        self.domain_list = QListWidget()
        self.domain_list.setObjectName("domainList")
        self.domain_list.setMaximumWidth(230)
        self.domain_list.setMinimumWidth(190)
        self.domain_list.setWordWrap(True)
        self.domain_list.currentRowChanged.connect(self._show_domain)
        self.pages = QStackedWidget()
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.domain_list)
        layout.addWidget(self.pages, 1)
        self.next_buttons: list[QPushButton] = []
        self.descriptions: list[QLabel] = []
        self._answers: dict[str, Answer] = {}  # every question's answer shown, made into a box or not yet
        self._built: set[int] = set()  # the domains whose questions are made
        self._read_only = False
        # a ui.wizard.step.Slices (given by a wizard's step): a domain's boxes made a few per turn of the event
        # loop (each made and laid out costs some 3 ms); None: at once
        self.slices = None

    # building ----------------------------------------------------------------
    def set_questionnaire(self, questionnaire: Questionnaire, answers: dict[str, Answer]) -> None:
        """Show ``questionnaire`` with ``answers``; the widgets are rebuilt only for another questionnaire."""
        if self.questionnaire is None or self.questionnaire.id != questionnaire.id:
            self._answers = {qid: answer for qid, answer in answers.items() if answer is not None}
            self._build(questionnaire)  # its boxes made with their answers, before they are shown
        self.set_answers(answers)

    def _build(self, questionnaire: Questionnaire) -> None:
        """The domain list and an empty page per domain: a domain's questions are made the first time it is
        shown or asked for (``_domain_page``), so that showing the questionnaire makes one domain, not 38
        questions (the answers of the others are kept in ``_answers``)."""
        if self.slices is not None:
            self.slices.start(())  # the boxes still to make of the last questionnaire: dropped
        self.questionnaire = questionnaire
        self.boxes.clear()
        self.next_buttons.clear()
        self.descriptions.clear()
        self._built: set[int] = set()
        while self.pages.count():
            page = self.pages.widget(0)
            self.pages.removeWidget(page)
            page.deleteLater()
        self.domain_list.blockSignals(True)
        self.domain_list.clear()
        for domain in questionnaire.domains:
            self.domain_list.addItem(QListWidgetItem(domain.title))
            scroll = QScrollArea()
            scroll.setWidgetResizable(True)
            scroll.setFrameShape(QFrame.Shape.NoFrame)
            self.pages.addWidget(scroll)
        self.domain_list.blockSignals(False)
        self._domain_page(0)
        self.domain_list.setCurrentRow(0)
        self.pages.setCurrentIndex(0)
        self.retranslate_ui()

    def _domain_page(self, index: int) -> None:
        """Make the questions of domain ``index`` if not yet (with the answers and the lock shown)."""
        if self.questionnaire is None or index in self._built:
            return
        self._finish()  # the boxes of the domain made before it, all there first
        self._built.add(index)
        questionnaire = self.questionnaire
        domain = questionnaire.domains[index]
        number = sum(len(questionnaire.questions_in(d.id)) for d in questionnaire.domains[:index])
        # made in its place, its boxes in it (hidden until setWidget shows it): a tree made apart and then
        # put in the styled window is styled again whole (some 10 ms for a domain)
        area = self.pages.widget(index)
        content = QWidget(area.viewport())
        column = QVBoxLayout(content)
        title = QLabel(f"<b>{_escape(domain.title)}</b>")
        description = QLabel(domain.description)
        description.setWordWrap(True)
        description.setObjectName("hint")
        column.addWidget(title)
        column.addWidget(description)
        self.descriptions.append(description)

        def make(position: int, number: int, question: Question) -> None:
            box = QuestionBox(number, question, questionnaire, content)
            box.set_answer(self._answers.get(question.id))  # as they are when it is made
            box.set_read_only(self._read_only)
            box.answer_changed.connect(self._answered)
            self.boxes[question.id] = box
            column.insertWidget(position, box)  # under the title, the description and the boxes before it
            box.show()  # laid out now, in the slice that made it

        work = [lambda p=2 + k, n=number + 1 + k, q=question: make(p, n, q)
                for k, question in enumerate(questionnaire.questions_in(domain.id))]
        if self.slices is None:
            for item in work:
                item()
        if index < len(questionnaire.domains) - 1:
            next_button = QPushButton(self.tr("Next domain →"))
            next_button.clicked.connect(lambda _c=False, i=index + 1: self.show_domain(i))
            row = QHBoxLayout()
            row.addStretch(1)
            row.addWidget(next_button)
            column.addLayout(row)
            self.next_buttons.append(next_button)
        column.addStretch(1)
        area.setWidget(content)
        if self.slices is not None:
            self.slices.start(work)

    def _finish(self) -> None:
        """Every box of the domains made so far there now (a reader, a link or a key needs them)."""
        if self.slices is not None:
            self.slices.finish_now()

    def _domain_of(self, question_id: str) -> int:
        return next(i for i, domain in enumerate(self.questionnaire.domains)
                    if any(q.id == question_id for q in self.questionnaire.questions_in(domain.id)))

    def retranslate_ui(self) -> None:
        for button in self.next_buttons:
            button.setText(self.tr("Next domain →"))
        for box in self.boxes.values():
            box.retranslate_ui()
        self._update_progress()

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)

    # answers -----------------------------------------------------------------
    def set_answers(self, answers: dict[str, Answer]) -> None:
        self._answers = {qid: answer for qid, answer in answers.items() if answer is not None}
        for question_id, box in self.boxes.items():
            box.set_answer(self._answers.get(question_id))
        self._update_progress()

    def answers(self) -> dict[str, Answer]:
        shown = {qid: box.answer() for qid, box in self.boxes.items()}
        merged = {**{qid: a for qid, a in self._answers.items() if qid not in shown}, **shown}
        return {qid: answer for qid, answer in merged.items() if answer is not None}

    def set_read_only(self, read_only: bool) -> None:
        self._read_only = read_only
        for box in self.boxes.values():
            box.set_read_only(read_only)

    def _answered(self, question_id: str, answer: Answer) -> None:
        if answer is None:
            self._answers.pop(question_id, None)
        else:
            self._answers[question_id] = answer
        self._update_progress()
        self.answer_changed.emit(question_id, answer)

    def _update_progress(self) -> None:
        if self.questionnaire is None:
            return
        answered = self.answers()
        for row, domain in enumerate(self.questionnaire.domains):
            questions = self.questionnaire.questions_in(domain.id)
            done = sum(1 for q in questions if q.id in answered)
            mark = "●" if done == len(questions) else ("◐" if done else "○")
            item = self.domain_list.item(row)
            progress = self.tr("{done}/{total} answered").format(done=done, total=len(questions))
            item.setText(f"{mark} {domain.title}\n    {progress}")

    # navigation --------------------------------------------------------------
    def show_domain(self, index: int) -> None:
        self.domain_list.setCurrentRow(index)
        box = self.first_box(index)
        if box is not None:
            target = box.group.checkedButton() or next(iter(box.buttons.values()))
            target.setFocus()

    def _show_domain(self, index: int) -> None:
        if index >= 0:
            self._domain_page(index)
            self.pages.setCurrentIndex(index)

    def first_box(self, index: int) -> QuestionBox | None:
        if self.questionnaire is None:
            return None
        questions = self.questionnaire.questions_in(self.questionnaire.domains[index].id)
        if not questions:
            return None
        self._domain_page(index)
        self._finish()
        return self.boxes[questions[0].id]

    def box(self, question_id: str) -> QuestionBox:
        """The question's box (its domain made if it was not yet)."""
        if question_id not in self.boxes and self.questionnaire is not None:
            self._finish()
            self._domain_page(self._domain_of(question_id))
        self._finish()
        return self.boxes[question_id]
