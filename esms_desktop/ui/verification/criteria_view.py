"""The list of criteria of a check, grouped by kind: state mark, label, explanation, details, source, and a
link to the step and field that fix it."""

from __future__ import annotations

from collections import Counter

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QScrollArea, QVBoxLayout, QWidget

from esms_desktop.i18n import render
from esms_desktop.rules.admissibility.checker import KINDS, CheckReport, Criterion
from esms_desktop.rules.admissibility.messages import KIND_TITLES
from esms_desktop.rules.admissibility.priority import FACT_CRITERIA
from esms_desktop.ui.verification.checking import COLOURS, MARKS
from esms_desktop.rules.campaign import readable_source

MAX_DETAILS = 8  # details shown under a criterion; the rest is counted
LETTERS = "abcdefghijklmnopqrstuvwxyz"
OPEN_STATES = ("not_met", "to_complete")


def is_fact(c: Criterion) -> bool:
    """A priority criterion that states a fact (nothing to improve when it is « no »)."""
    return c.key in FACT_CRITERIA


def is_open(c: Criterion) -> bool:
    """Something remains to do on this criterion."""
    return c.state in OPEN_STATES and not is_fact(c)


def numbering(items) -> dict[str, str]:
    """« 3 » for a criterion alone under its number, « 1a », « 1b »... for the parts of one criterion."""
    counts = Counter(c.number for c in items)
    used: Counter = Counter()
    tags = {}
    for c in items:
        if counts[c.number] > 1:
            tags[c.key] = f"{c.number}{LETTERS[used[c.number] % len(LETTERS)]}"
            used[c.number] += 1
        else:
            tags[c.key] = str(c.number)
    return tags

CARD_STYLE = """
QFrame#criterionCard { border: 1px solid #d0d0d0; border-radius: 4px; background: palette(base); }
QFrame#criterionCard[blocking="true"] { border-left: 4px solid #b00020; }
QLabel#criterionTitle { font-weight: bold; }
QLabel#criterionSource { color: #555555; font-size: 9pt; }
QLabel#criterionDetails { color: #333333; }
QLabel#kindTitle { font-size: 12pt; font-weight: bold; margin-top: 8px; }
QPushButton#criterionLink { border: none; color: #0b57a4; text-decoration: underline; text-align: left;
                            padding: 2px; }
QPushButton#criterionLink:focus { outline: 1px dotted #0b57a4; }
"""


class CriteriaView(QScrollArea):
    """Shows a :class:`CheckReport`; emits ``link_activated(step, field)`` when a link is clicked.

    ``link_buttons`` maps each criterion key to its link button; ``cards`` to its frame.
    """

    link_activated = Signal(str, object)

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setWidgetResizable(True)
        self.setStyleSheet(CARD_STYLE)
        self.link_buttons: dict[str, QPushButton] = {}
        self.cards: dict[str, QFrame] = {}

    def show_report(self, report: CheckReport, step_titles: dict[str, str], only_open: bool = False,
                    slices=None, after=()) -> None:
        """Show ``report``; with ``slices`` (a ``ui.wizard.step.Slices``) its cards are made a few per turn
        of the event loop (each made and laid out costs about 2 ms), in their places under the titles, then
        the callables of ``after``. The same report shown the same way again is not made again (a revisit
        of the step with the dossier unchanged: ``run_check`` gives the same report)."""
        key = (report, dict(step_titles), only_open, self._state_text("met"))  # the last: the language
        complete = self.cards and not (slices is not None and slices.busy())
        if complete and getattr(self, "_shown", None) == key:
            self._run(list(after), slices)
            return
        self._shown = key
        body = QWidget()
        layout = QVBoxLayout(body)
        self.link_buttons, self.cards = {}, {}
        work = []
        for kind in KINDS:
            items = report.by_kind(kind)
            tags = numbering(items)  # on every item, so a part keeps its letter when only the open ones show
            shown = [c for c in items if not only_open or is_open(c)]
            open_count = sum(1 for c in items if is_open(c))
            title = QLabel(self._kind_title(kind, open_count))
            title.setObjectName("kindTitle")
            layout.addWidget(title)
            if not shown:
                empty = QLabel(self.tr("Nothing left to do here."))
                empty.setObjectName("hint")
                layout.addWidget(empty)
            for criterion in shown:
                work.append(lambda c=criterion, t=tags[criterion.key], at=layout.count() + len(work): self._add_card(
                    layout, at, c, step_titles, t))
        layout.addStretch(1)
        position = self.verticalScrollBar().value()
        self.setWidget(body)  # deletes the previous body
        work.append(lambda: self.verticalScrollBar().setValue(position))  # once long enough again
        work.extend(after)  # the owner's next parts, once the cards are there
        self._run(work, slices)

    @staticmethod
    def _run(work: list, slices) -> None:
        if slices is None:
            for item in work:
                if item is not None:  # Slices.NEXT_TURN
                    item()
        else:
            slices.start(work)

    def _add_card(self, layout: QVBoxLayout, at: int, c: Criterion, step_titles: dict[str, str], tag) -> None:
        """The card of ``c`` where it belongs: ``at`` counts the titles and the cards made before it."""
        card = self._card(c, step_titles, tag)
        self.cards[c.key] = card
        layout.insertWidget(at, card)
        # shown (and so laid out) now, inside the slice that made it, not at the next turn with the others:
        # its wrapped texts' layout (about 1 ms a card) is counted in the slice's time
        card.show()

    def _kind_title(self, kind: str, open_count: int) -> str:
        title = render(KIND_TITLES[kind]())
        if kind == "priority":
            return title + " — " + self.tr("%n to improve", "", open_count) if open_count else title
        return title + " — " + (self.tr("%n blocking", "", open_count) if open_count else self.tr("all met"))

    def _card(self, c: Criterion, step_titles: dict[str, str], tag: str | None = None) -> QFrame:
        card = QFrame()
        card.setObjectName("criterionCard")
        card.setProperty("blocking", c.blocking)
        layout = QVBoxLayout(card)
        layout.setContentsMargins(8, 6, 8, 6)
        layout.setSpacing(3)
        top = QHBoxLayout()
        fact_no = is_fact(c) and c.state in OPEN_STATES  # a fact that is « no »: neutral, nothing to fix
        look = "not_applicable" if fact_no else c.state
        state_text = self._state_text(c.state)
        if is_fact(c):
            state_text = self.tr("no") if fact_no else self.tr("yes") if c.state == "met" else state_text
        mark = QLabel(MARKS[look])
        mark.setStyleSheet(f"color: {COLOURS[look]}; font-size: 14pt; font-weight: bold;")
        mark.setFixedWidth(22)
        mark.setAccessibleName(state_text)
        title = QLabel(f"{tag or c.number}. {render(c.label)}")
        title.setObjectName("criterionTitle")
        title.setWordWrap(True)
        state = QLabel(state_text)
        state.setObjectName("criterionState")
        state.setStyleSheet(f"color: {COLOURS[look]};")
        top.addWidget(mark)
        top.addWidget(title, 1)
        top.addWidget(state, 0, Qt.AlignmentFlag.AlignTop)
        layout.addLayout(top)
        explanation = QLabel(render(c.explanation))
        explanation.setWordWrap(True)
        explanation.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout.addWidget(explanation)
        if c.details:
            lines = ["• " + render(d) for d in c.details[:MAX_DETAILS]]
            if len(c.details) > MAX_DETAILS:
                lines.append(self.tr("… and %n more", "", len(c.details) - MAX_DETAILS))
            details = QLabel("\n".join(lines))
            details.setObjectName("criterionDetails")
            details.setWordWrap(True)
            details.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            layout.addWidget(details)
        bottom = QHBoxLayout()
        source = QLabel(self.tr("Source: {source}").format(source=readable_source(c.source)))
        source.setObjectName("criterionSource")
        source.setWordWrap(True)
        bottom.addWidget(source, 1)
        layout.addLayout(bottom)
        if fact_no:  # nothing to improve: no link
            return card
        step = step_titles.get(c.step, c.step)
        if c.step == "verification":  # this very step: its GALIS tab (VerificationStep.follow_link)
            link = self._link(self.tr("→ Open the tab « GALIS entry helper »"),
                              self.tr("The values to type in GALIS, beside the criteria"), c)
            bottom.addWidget(link, 0, Qt.AlignmentFlag.AlignRight)
            return card
        if c.state not in OPEN_STATES:
            text = self.tr("→ See the step « {step} »")
        elif c.kind == "priority":
            text = self.tr("→ Improve it in the step « {step} »")
        else:
            text = self.tr("→ Fix it in the step « {step} »")
        link = self._link(text.format(step=step), self.tr("Go to the step « {step} »").format(step=step), c)
        bottom.addWidget(link, 0, Qt.AlignmentFlag.AlignRight)
        return card

    def _link(self, text: str, tip: str, c: Criterion) -> QPushButton:
        link = QPushButton(text)
        link.setObjectName("criterionLink")
        link.setCursor(Qt.CursorShape.PointingHandCursor)
        link.setToolTip(tip)
        link.clicked.connect(lambda _=False, s=c.step, f=c.field: self.link_activated.emit(s, f))
        self.link_buttons[c.key] = link
        return link

    def _state_text(self, state: str) -> str:
        return {"met": self.tr("met"), "not_met": self.tr("not met"), "to_complete": self.tr("to complete"),
                "not_applicable": self.tr("not applicable")}[state]
