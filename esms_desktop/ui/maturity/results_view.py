"""Results of one OG's self-diagnostic: overall level, scores per domain, radar, recommended actions."""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFrame,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QScrollArea,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from esms_desktop.formatting import number
from esms_desktop.i18n import render
from esms_desktop.rules.maturity.scoring import MaturityResult, Questionnaire, RecommendedAction
from esms_desktop.ui.maturity.labels import domain_short, need_label
from esms_desktop.ui.maturity.radar_chart import PALETTE, RadarChart, RadarSeries

STRENGTH_COLOR = "#1b7a3a"
WEAKNESS_COLOR = "#b00020"


def score_text(score: float | None) -> str:
    return "–" if score is None else number(score, 0)


def escape(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def read_only_table(columns: int) -> QTableWidget:
    table = QTableWidget(0, columns)
    table.setTabKeyNavigation(False)  # Tab goes on to the next control (arrows move in the table)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
    table.setFocusPolicy(Qt.FocusPolicy.TabFocus)
    table.verticalHeader().setVisible(False)
    table.setAlternatingRowColors(True)
    table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
    return table


def fit_height(table: QTableWidget) -> None:
    """Show every row without an inner scroll bar."""
    table.resizeRowsToContents()
    height = table.horizontalHeader().height() + 2 * table.frameWidth()
    height += sum(table.rowHeight(row) for row in range(table.rowCount()))
    table.setFixedHeight(height + 2)


def cell(text: str, right: bool = False, color: str | None = None, bold: bool = False) -> QTableWidgetItem:
    item = QTableWidgetItem(text)
    if right:
        item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
    if color:
        item.setForeground(QColor(color))
    if bold:
        font = item.font()
        font.setBold(True)
        item.setFont(font)
    return item


class ActionCard(QFrame):
    """One recommended action with its « Ajouter aux besoins » button."""

    def __init__(self, recommended: RecommendedAction, added: bool, parent=None):
        super().__init__(parent)
        self.action = recommended.action
        self.setFrameShape(QFrame.Shape.StyledPanel)
        layout = QHBoxLayout(self)
        text = QVBoxLayout()
        self.title = QLabel()
        self.title.setWordWrap(True)
        self.title.setTextFormat(Qt.TextFormat.RichText)
        self.description = QLabel(self.action.description)
        self.description.setWordWrap(True)
        self.reasons = QLabel("\n".join("• " + render(r) for r in recommended.reasons))
        self.reasons.setWordWrap(True)
        self.reasons.setObjectName("hint")
        for label in (self.title, self.description, self.reasons):
            text.addWidget(label)
        self.button = QPushButton()
        self.button.setMinimumWidth(170)
        layout.addLayout(text, 1)
        layout.addWidget(self.button, 0, Qt.AlignmentFlag.AlignTop)
        self.set_added(added)

    def set_added(self, added: bool) -> None:
        self.added = added
        self.button.setEnabled(not added)
        self.retranslate_ui()

    def retranslate_ui(self) -> None:
        self.title.setText(f"<b>{escape(self.action.title)}</b> — {escape(need_label(self.action.need))}")
        self.button.setText(self.tr("✓ Already added") if self.added else self.tr("Add to the &needs").replace("&", ""))  # one per recommendation: no Alt letter
        self.button.setToolTip(
            self.tr("This action is in the needs of the dossier.")
            if self.added
            else self.tr("Create a need from this action in the « Needs » step.")
        )


class OgResultsView(QScrollArea):
    """Shows ``show_result(...)``; emits ``add_need_requested(action)`` when a button is clicked."""

    add_need_requested = Signal(object)

    def __init__(self, parent=None):
        super().__init__(parent)
        self.setWidgetResizable(True)
        self.setFrameShape(QFrame.Shape.NoFrame)
        content = QWidget()
        layout = QVBoxLayout(content)
        self.level_label = QLabel()
        self.level_label.setObjectName("maturityLevel")
        self.level_label.setTextFormat(Qt.TextFormat.RichText)
        self.level_label.setWordWrap(True)
        self.explanation = QLabel()
        self.explanation.setWordWrap(True)
        self.partial_note = QLabel()
        self.partial_note.setWordWrap(True)
        self.partial_note.setObjectName("hint")
        self.radar = RadarChart()
        self.radar.setMinimumSize(340, 320)
        self.table = read_only_table(3)
        self.strengths = QLabel()
        self.strengths.setWordWrap(True)
        self.strengths.setTextFormat(Qt.TextFormat.RichText)
        self.weaknesses = QLabel()
        self.weaknesses.setWordWrap(True)
        self.weaknesses.setTextFormat(Qt.TextFormat.RichText)
        right = QVBoxLayout()
        right.addWidget(self.table)
        right.addWidget(self.strengths)
        right.addWidget(self.weaknesses)
        right.addStretch(1)
        row = QHBoxLayout()
        row.addWidget(self.radar, 1)
        row.addLayout(right, 1)
        self.actions_heading = QLabel()
        self.actions_heading.setTextFormat(Qt.TextFormat.RichText)
        self.actions_intro = QLabel()
        self.actions_intro.setWordWrap(True)
        self.actions_box = QVBoxLayout()
        for widget in (self.level_label, self.explanation, self.partial_note):
            layout.addWidget(widget)
        layout.addLayout(row)
        layout.addWidget(self.actions_heading)
        layout.addWidget(self.actions_intro)
        layout.addLayout(self.actions_box)
        layout.addStretch(1)
        self.setWidget(content)
        self.cards: dict[str, ActionCard] = {}
        self._shown: tuple | None = None
        self.retranslate_ui()

    def retranslate_ui(self) -> None:
        self.table.setHorizontalHeaderLabels([self.tr("Domain"), self.tr("Score /100"), self.tr("Level")])
        self.actions_heading.setText("<b>" + escape(self.tr("Recommended actions")) + "</b>")
        self.actions_intro.setText(
            self.tr(
                "Derived from the weak domains and answers. Add those you keep to the needs of the dossier: "
                "you will give them a cost in the « Needs » step."
            )
        )
        if self._shown is not None:
            self.show_result(*self._shown)

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)

    def resizeEvent(self, event) -> None:  # noqa: N802 - long domain titles wrap: heights follow the width
        super().resizeEvent(event)
        fit_height(self.table)

    def show_result(
        self,
        og_name: str,
        questionnaire: Questionnaire,
        result: MaturityResult | None,
        actions: list[RecommendedAction],
        added: frozenset[str],
    ) -> None:
        self._shown = (og_name, questionnaire, result, actions, added)
        if result is None or result.answered == 0:
            self.level_label.setText("<b>" + escape(og_name) + "</b> — " + escape(self.tr("no answer yet")))
            self.explanation.setText(self.tr("Answer the questionnaire: the results appear as you go."))
            self.partial_note.hide()
            result = None
        else:
            level = result.level
            self.level_label.setText(
                self.tr("<b>{og}</b> — maturity level: <b>{level}</b> (overall score {score}/100)").format(
                    og=escape(og_name), level=escape(level.label if level else "–"), score=score_text(result.score)
                )
            )
            self.explanation.setText(level.explanation if level else "")
            self.partial_note.setVisible(result.partial)
            self.partial_note.setText(
                self.tr(
                    "Partial diagnostic: {answered} questions answered out of {total}. Domains without any answer "
                    "have no score; the others are scored on the questions answered."
                ).format(answered=result.answered, total=result.total)
            )
        self._fill_table(questionnaire, result)
        labels = [domain_short(d.id) for d in questionnaire.domains]
        values = tuple(result.domain(d.id).score if result else None for d in questionnaire.domains)
        self.radar.set_data(labels, [RadarSeries(og_name, values, PALETTE[0], 2.5, filled=True)])
        self._fill_actions(actions, added)

    def _fill_table(self, questionnaire: Questionnaire, result: MaturityResult | None) -> None:
        self.table.setRowCount(len(questionnaire.domains))
        strong, weak = [], []
        for row, domain in enumerate(questionnaire.domains):
            score = result.domain(domain.id) if result else None
            color = None
            if score is not None and score.is_strength:
                color = STRENGTH_COLOR
                strong.append(domain.title)
            elif score is not None and score.is_weakness:
                color = WEAKNESS_COLOR
                weak.append(domain.title)
            level = score.level.label if score is not None and score.level else self.tr("not scored")
            if score is not None and score.partial and score.answered:
                answered = self.tr("({answered}/{total} answered)").format(answered=score.answered, total=score.total)
                level += " " + answered
            self.table.setItem(row, 0, cell(domain.title))
            value = score_text(score.score if score else None)
            self.table.setItem(row, 1, cell(value, right=True, color=color, bold=True))
            self.table.setItem(row, 2, cell(level, color=color))
        self.table.resizeColumnToContents(1)
        self.table.resizeColumnToContents(2)
        fit_height(self.table)
        none = self.tr("none")
        strengths_title, weaknesses_title = self.tr("Strengths:"), self.tr("Weaknesses:")
        self.strengths.setText(
            f"<span style='color:{STRENGTH_COLOR}'><b>{escape(strengths_title)}</b></span> "
            + escape(", ".join(strong) or none)
        )
        self.weaknesses.setText(
            f"<span style='color:{WEAKNESS_COLOR}'><b>{escape(weaknesses_title)}</b></span> "
            + escape(", ".join(weak) or none)
        )
        self.strengths.setVisible(result is not None)
        self.weaknesses.setVisible(result is not None)

    def _fill_actions(self, actions: list[RecommendedAction], added: frozenset[str]) -> None:
        while self.actions_box.count():
            widget = self.actions_box.takeAt(0).widget()
            if widget is not None:
                widget.deleteLater()
        self.cards = {}
        for recommended in actions:
            card = ActionCard(recommended, recommended.action.id in added)
            card.button.clicked.connect(lambda _c=False, a=recommended.action: self.add_need_requested.emit(a))
            self.cards[recommended.action.id] = card
            self.actions_box.addWidget(card)
        if not actions:
            empty = QLabel(self.tr("No action is recommended from the answers given so far."))
            empty.setObjectName("hint")
            self.actions_box.addWidget(empty)

    def mark_added(self, action_id: str) -> None:
        card = self.cards.get(action_id)
        if card is not None:
            card.set_added(True)
            if self._shown is not None:
                og, q, r, a, added = self._shown
                self._shown = (og, q, r, a, added | {action_id})
