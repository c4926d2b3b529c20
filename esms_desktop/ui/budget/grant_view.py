"""Read-only views of the Budget step: the computed grant (line by line, rule in the tooltip, schedule,
specific funding asked for) and the expenses by category and year with the parts of the grant."""

from __future__ import annotations

from html import escape

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFrame,
    QHeaderView,
    QLabel,
    QScrollArea,
    QTableWidget,
    QVBoxLayout,
    QWidget,
)

from esms_desktop.formatting import euros
from esms_desktop.i18n import render
from esms_desktop.rules.funding.budget import EXPENSE_CATEGORIES, PARTS, BudgetPlan
from esms_desktop.rules.dossier import Dossier
from esms_desktop.rules.funding.grant import og_names
from esms_desktop.ui.budget.labels import expense_categories, part_expenses, parts
from esms_desktop.ui.budget.widgets import Cell, compact_rows, nowrap, table_item
from esms_desktop.rules.campaign import readable_source


def _table(columns: int, stretch: int) -> QTableWidget:
    table = QTableWidget(0, columns)
    table.setTabKeyNavigation(False)  # Tab goes on to the next control (arrows move in the table)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
    table.verticalHeader().hide()
    table.setAlternatingRowColors(True)
    compact_rows(table)
    header = table.horizontalHeader()
    for column in range(columns):
        header.setSectionResizeMode(column, QHeaderView.ResizeMode.Stretch if column == stretch
                                    else QHeaderView.ResizeMode.ResizeToContents)
    return table


def _fill(table: QTableWidget, rows: list[list[Cell]]) -> None:
    table.setRowCount(len(rows))
    for r, cells in enumerate(rows):
        for c, cell in enumerate(cells):
            table.setItem(r, c, table_item(cell))


def _fit_height(table: QTableWidget) -> None:
    """As high as its rows: the total row is never hidden behind a scroll bar (the page scrolls instead)."""
    table.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
    rows_height = sum(table.rowHeight(r) for r in range(table.rowCount()))
    header = max(table.horizontalHeader().height(), table.horizontalHeader().sizeHint().height())
    table.setFixedHeight(header + rows_height + 2 * table.frameWidth() + 2)


def _scrolled(owner: QWidget) -> QVBoxLayout:
    """Put a scroll area in ``owner`` and return the layout of the page it scrolls."""
    page = QWidget()
    scroll = QScrollArea()
    scroll.setWidgetResizable(True)
    scroll.setFrameShape(QFrame.Shape.NoFrame)
    scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
    scroll.setWidget(page)
    outer = QVBoxLayout(owner)
    outer.setContentsMargins(0, 0, 0, 0)
    outer.addWidget(scroll)
    return QVBoxLayout(page)


class GrantView(QWidget):
    """The ESMS numérique grant of the dossier as the calculator gives it and as the budget retains it."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.intro = QLabel()
        self.intro.setWordWrap(True)
        self.table = _table(4, 0)
        self.schedule_label = QLabel()
        self.schedule_label.setWordWrap(True)
        self.notes_label = QLabel()
        self.notes_label.setWordWrap(True)
        self.notes_label.setObjectName("hint")
        self.funding_label = QLabel()
        self.funding_label.setWordWrap(True)
        self.funding_label.setTextFormat(Qt.TextFormat.RichText)
        self.schedule_label.setTextFormat(Qt.TextFormat.RichText)
        layout = _scrolled(self)
        layout.addWidget(self.intro)
        layout.addWidget(self.table)
        layout.addWidget(self.schedule_label)
        layout.addWidget(self.funding_label)
        layout.addWidget(self.notes_label)
        layout.addStretch(1)
        self.plan: BudgetPlan | None = None
        self.dossier: Dossier | None = None

    def retranslate_ui(self) -> None:
        self.intro.setText(self.tr(
            "Computed from the campaign's rules, never typed. A forfait counts in full; an amount « up to » "
            "(ceiling) counts up to the matching expenses. Hover a line to see its rule."))
        self.table.setHorizontalHeaderLabels(
            [self.tr("Grant line"), self.tr("Scale amount"), self.tr("Nature"), self.tr("Retained in the budget")])
        if self.plan is not None:
            self.show_plan(self.plan, self.dossier)

    def show_error(self, text: str) -> None:
        self.plan = None
        self.table.setRowCount(0)
        self.schedule_label.setText(text)
        self.funding_label.setText("")
        self.notes_label.setText("")

    def show_plan(self, plan: BudgetPlan, dossier: Dossier) -> None:
        self.plan, self.dossier = plan, dossier
        rows = []
        for g in plan.grant:
            tip = self.tr("{rule}\nSource: {source}").format(rule=render(g.line.rule), source=readable_source(g.line.source))
            if g.capped:
                tip += "\n" + self.tr("Retained up to the matching expenses of the budget.")
            label = render(g.line.label)
            rows.append([Cell(label, tooltip=tip), Cell(euros(g.line.amount), True, tip),
                         Cell(self.tr("ceiling") if g.line.ceiling else self.tr("forfait"), tooltip=tip),
                         Cell(euros(g.retained), True, tip, bold=True)])
        rows.append([Cell(self.tr("Total of the grant"), bold=True), Cell(euros(plan.breakdown.total), True, bold=True),
                     Cell(""), Cell(euros(plan.grant_retained), True, bold=True)])
        _fill(self.table, rows)
        _fit_height(self.table)
        s = plan.schedule
        self.schedule_label.setText(self.tr(
            "Payment of the retained grant: advance of {avance_percent} % {when}: <b>{avance}</b>; "
            "balance of {solde_percent} % {condition}: <b>{solde}</b>.").format(
                avance_percent=s.avance_percent, when=escape(s.avance_when, False), avance=nowrap(euros(s.avance)),
                solde_percent=s.solde_percent, condition=escape(s.solde_condition, False), solde=nowrap(euros(s.solde))))
        self.funding_label.setText(self._funding_text(dossier))
        notes = [render(n) for n in plan.breakdown.notes]
        self.notes_label.setText(" ".join(notes))
        self.notes_label.setVisible(bool(notes))

    def _funding_text(self, dossier: Dossier) -> str:
        asked: dict[str, list[str]] = {"equipment": [], "amoa_purchasing": [], "amoa_piloting": []}
        for og, name in zip(dossier.ogs, og_names(dossier)):
            for key in asked:
                if getattr(og.funding, key):
                    asked[key].append(name)
        labels = {"equipment": self.tr("equipment and infrastructure"),
                  "amoa_purchasing": self.tr("AMOA for the purchasing procedure"),
                  "amoa_piloting": self.tr("AMOA or internal project manager for piloting")}
        parts_text = [self.tr("{aid}: {ogs}").format(aid=labels[k], ogs=escape(", ".join(v), False))
                      for k, v in asked.items() if v]
        if not parts_text:
            return self.tr("No specific funding for small OGs is asked for (set in each OG's form of the grappe).")
        return self.tr("Specific funding asked for by the small OGs (set in each OG's form of the grappe):") + \
            "".join(f"<br>– {text}" for text in parts_text)


class YearView(QWidget):
    """Expenses by category (rows) and year (columns), then what each part of the grant finances."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.table = _table(2, 0)
        self.parts_title = QLabel()
        self.parts_title.setObjectName("sectionTitle")
        self.parts_table = _table(5, 1)
        self.parts_hint = QLabel()
        self.parts_hint.setWordWrap(True)
        self.parts_hint.setObjectName("hint")
        layout = _scrolled(self)
        layout.addWidget(self.table)
        layout.addWidget(self.parts_title)
        layout.addWidget(self.parts_table)
        layout.addWidget(self.parts_hint)
        layout.addStretch(1)
        self.plan: BudgetPlan | None = None

    def retranslate_ui(self) -> None:
        self.parts_title.setText(self.tr("What each part of the grant finances"))
        self.parts_table.setHorizontalHeaderLabels([self.tr("Part of the grant"), self.tr("Expenses concerned"),
                                                    self.tr("Expenses"), self.tr("Grant retained"),
                                                    self.tr("At the porteur's charge")])
        self.parts_hint.setText(self.tr(
            "Admissibility criterion 7: the grant does not finance the whole project ownership; part of the "
            "project-ownership expenses stays at the porteur's charge."))
        if self.plan is not None:
            self.show_plan(self.plan)

    def show_plan(self, plan: BudgetPlan) -> None:
        self.plan = plan
        years = list(plan.years)
        headers = [self.tr("Category")] + [str(y) if y is not None else self.tr("No year") for y in years]
        headers.append(self.tr("Total"))
        self.table.setColumnCount(len(headers))
        self.table.setHorizontalHeaderLabels(headers)
        header = self.table.horizontalHeader()
        for column in range(len(headers)):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Stretch if column == 0
                                        else QHeaderView.ResizeMode.ResizeToContents)
        names = expense_categories()
        rows = []
        for category in EXPENSE_CATEGORIES:
            total = plan.by_category.get(category, 0)
            if not total:
                continue
            rows.append([Cell(names[category])]
                        + [Cell(euros(plan.by_category_year.get((category, y), 0)), True) for y in years]
                        + [Cell(euros(total), True, bold=True)])
        rows.append([Cell(self.tr("Total"), bold=True)] + [Cell(euros(plan.by_year[y]), True, bold=True) for y in years]
                    + [Cell(euros(plan.expense_total), True, bold=True)])
        _fill(self.table, rows)
        _fit_height(self.table)
        part_names, concerned = parts(), part_expenses()
        self.parts_table.setWordWrap(False)
        _fill(self.parts_table, [
            [Cell(part_names[p]), Cell(concerned[p], tooltip=concerned[p]), Cell(euros(plan.eligible[p]), True),
             Cell(euros(plan.grant_by_part[p]), True), Cell(euros(plan.eligible[p] - plan.grant_by_part[p]), True, bold=True)]
            for p in PARTS])
        _fit_height(self.parts_table)
