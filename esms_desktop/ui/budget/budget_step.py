"""Step "Budget": expenses by category and year, the computed grant, own funds and other funders, the
summary and the live checks; export to XLSX and CSV."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QFileDialog,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QSplitter,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from esms_desktop.formatting import euros, percent
from esms_desktop.rules.funding.budget import EXPENSE_CATEGORIES, BudgetPlan, compute_budget
from esms_desktop.rules.dossier import ExpenseLine, RevenueLine
from esms_desktop.rules.campaign import Campaign, CampaignFileError, load_campaign
from esms_desktop.storage.loader import load_dossier
from esms_desktop.storage import budget
from esms_desktop.storage.errors import NotFoundError
from esms_desktop.ui.autosave import Write
from esms_desktop.ui.budget.grant_view import GrantView, YearView
from esms_desktop.ui.budget.labels import expense_categories, revenue_kinds
from esms_desktop.ui.budget.widgets import AmountSpin, Cell, ChecksList, RecordEditor, YearSpin, grid_form
from esms_desktop.ui.campaign_errors import campaign_error_text
from esms_desktop.ui.conflict_dialog import delete_in_background, save_changes_in_background, say_gone
from esms_desktop.ui.wizard.step import StepPage

EXPENSE_FIELDS = ("category", "label", "year", "amount")
REVENUE_FIELDS = ("kind", "funder", "label", "year", "amount", "quote_ref")
REVENUE_TEXT_COLUMNS = (1, 2, 5)  # funder, label, reference
#: How the fields of the two forms are laid out, row by row.
LAYOUT = {
    "expense": (("category", "year", "amount"), ("label",)),
    "revenue": (("kind", "year", "amount"), ("funder", "quote_ref"), ("label",)),
}


class BudgetStep(StepPage):
    key = "budget"

    def title(self) -> str:
        return self.tr("Budget")

    # ui ------------------------------------------------------------------------------------------
    def setup_ui(self) -> None:
        self.plan: BudgetPlan | None = None
        self.snapshot: budget.BudgetSnapshot | None = None
        self.campaigns: dict[int, Campaign] = {}
        self.editing: dict[str, int | None] = {"expense": None, "revenue": None}
        self._sent: dict[tuple[str, int], dict] = {}  # per line, the values sent to be stored and not read back yet
        layout = QVBoxLayout(self)
        self.heading = QLabel()
        self.heading.setObjectName("stepHeading")
        self.intro = QLabel()
        self.intro.setWordWrap(True)
        layout.addWidget(self.heading)
        layout.addWidget(self.intro)
        layout.addWidget(self._summary_frame())

        # the containers first, in their places: a widget added to a shown-to-be tree is styled once, a
        # finished subtree added later is styled again whole (about 8 ms per level here)
        splitter = QSplitter(Qt.Orientation.Vertical)
        layout.addWidget(splitter, 1)
        self.tabs = QTabWidget()
        splitter.addWidget(self.tabs)
        self.expenses = RecordEditor(stretch_column=1)
        self.revenues = RecordEditor(stretch_column=2)
        self.grant_view = GrantView()
        self.year_view = YearView()
        self.fields: dict[str, dict[str, QWidget]] = {"expense": {}, "revenue": {}}
        self.field_labels: dict[str, dict[str, QLabel]] = {"expense": {}, "revenue": {}}
        for kind, editor, names in (("expense", self.expenses, EXPENSE_FIELDS), ("revenue", self.revenues, REVENUE_FIELDS)):
            for name in names:
                widget = self._make_field(name)
                self.fields[kind][name], self.field_labels[kind][name] = widget, QLabel()
                self._bind(kind, name, widget)
            editor.form.addRow(grid_form([[(self.field_labels[kind][n], self.fields[kind][n]) for n in row]
                                          for row in LAYOUT[kind]]))
            editor.current_changed.connect(lambda ident, k=kind: self._show_line(k, ident))
            editor.add_button.clicked.connect(lambda _c=False, k=kind: self.add_line(k))
            editor.remove_button.clicked.connect(lambda _c=False, k=kind: self.remove_line(k))
        self.need_note = QLabel()
        self.need_note.setWordWrap(True)
        self.need_note.setObjectName("hint")
        self.follow_button = QPushButton()
        self.follow_button.clicked.connect(self.follow_need)
        self.expenses.form.addRow(self.need_note)
        self.missing_button = QPushButton()
        self.missing_button.clicked.connect(self.add_missing_needs)
        self.expenses.buttons.insertWidget(2, self.missing_button)
        self.expenses.buttons.insertWidget(3, self.follow_button)
        for widget in (self.expenses, self.grant_view, self.revenues, self.year_view):
            self.tabs.addTab(widget, "")
        self.tabs.currentChanged.connect(lambda _i: self.context.autosaver.flush())

        self.checks_title = QLabel()
        self.checks_title.setObjectName("sectionTitle")
        self.checks = ChecksList()
        checks_box = QWidget()
        box = QVBoxLayout(checks_box)
        box.setContentsMargins(0, 0, 0, 0)
        box.addWidget(self.checks_title)
        box.addWidget(self.checks)
        splitter.addWidget(checks_box)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 1)

        exports = QHBoxLayout()
        self.xlsx_button = QPushButton()
        self.csv_button = QPushButton()
        self.xlsx_button.clicked.connect(lambda: self.export("xlsx"))
        self.csv_button.clicked.connect(lambda: self.export("csv"))
        self.status_label = QLabel()
        self.status_label.setObjectName("hint")
        exports.addWidget(self.xlsx_button)
        exports.addWidget(self.csv_button)
        exports.addWidget(self.status_label, 1)
        layout.addLayout(exports)

    def _summary_frame(self) -> QFrame:
        frame = QFrame()
        frame.setFrameShape(QFrame.Shape.StyledPanel)
        grid = QGridLayout(frame)
        self.summary_captions = [QLabel() for _ in range(4)]
        self.expenses_value, self.revenues_value, self.difference_value, self.share_value = (QLabel() for _ in range(4))
        for column, (caption, value) in enumerate(zip(self.summary_captions, (
                self.expenses_value, self.revenues_value, self.difference_value, self.share_value))):
            caption.setObjectName("hint")
            value.setStyleSheet("font-size: 14pt; font-weight: bold;")
            value.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            grid.addWidget(caption, 0, column)
            grid.addWidget(value, 1, column)
        return frame

    def _make_field(self, name: str) -> QWidget:
        if name == "amount":
            return AmountSpin()
        if name == "year":
            return YearSpin()
        if name in ("category", "kind"):
            combo = QComboBox()  # as wide as the form allows, not as its longest item: the form fits 1100 px
            combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
            combo.setMinimumContentsLength(18)
            return combo
        edit = QLineEdit()
        edit.setMaxLength(300 if name == "label" else 200)
        return edit

    def _bind(self, kind: str, name: str, widget: QWidget) -> None:
        saver = self.context.autosaver
        if isinstance(widget, YearSpin):
            saver.bind_spin(widget, lambda _v, k=kind, w=widget: self._save(k, "year", w.year()))
        elif isinstance(widget, AmountSpin):
            saver.bind_spin(widget, lambda v, k=kind: self._save(k, "amount", v))
        elif isinstance(widget, QComboBox):
            saver.bind_combo(widget, lambda v, k=kind, n=name: self._save(k, n, v))
        else:
            saver.bind_line_edit(widget, lambda v, k=kind, n=name: self._save(k, n, v))

    def retranslate_ui(self) -> None:
        self.heading.setText(self.tr("Budget forecast"))
        self.intro.setText(self.tr(
            "The expenses of the project by category and year — those of the needs are carried over and follow "
            "them — and how they are financed: the ESMS numérique grant, computed from the campaign's rules, "
            "the porteur's own funds and the other funders. The checks below update as you type."))
        for caption, text in zip(self.summary_captions, (self.tr("Total expenses"), self.tr("Total revenues"),
                                                         self.tr("Difference"), self.tr("Grant share"))):
            caption.setText(text)
        texts = {
            "expense": [self.tr("&Category:"), self.tr("La&bel:"), self.tr("&Year:"), self.tr("Amo&unt:")],
            "revenue": [self.tr("&Kind:"), self.tr("&Who funds it:"), self.tr("La&bel:"), self.tr("&Year:"),
                        self.tr("Amo&unt:"), self.tr("&Quote or commitment reference:")],
        }
        for kind, names in (("expense", EXPENSE_FIELDS), ("revenue", REVENUE_FIELDS)):
            for name, text in zip(names, texts[kind]):
                self.field_labels[kind][name].setText(text)
        self.expenses.set_headers([self.tr("Category"), self.tr("Label"), self.tr("Year"), self.tr("Amount"),
                                   self.tr("Origin")])
        self.revenues.set_headers([self.tr("Kind"), self.tr("Funder"), self.tr("Label"), self.tr("Year"),
                                   self.tr("Amount"), self.tr("Reference")])
        header = self.revenues.table.horizontalHeader()
        for column in REVENUE_TEXT_COLUMNS:  # funder, label and reference share the width (set_headers: one)
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Stretch)
        self.expenses.form_box.setTitle(self.tr("Selected expense"))
        self.revenues.form_box.setTitle(self.tr("Selected revenue"))
        self.expenses.add_button.setText(self.tr("&Add an expense"))
        self.revenues.add_button.setText(self.tr("&Add a revenue"))
        for editor in (self.expenses, self.revenues):
            editor.remove_button.setText(self.tr("&Remove…"))
        self.missing_button.setText(self.tr("Add the &missing needs"))
        self.missing_button.setToolTip(self.tr("An expense line for each need that has none"))
        self.follow_button.setText(self.tr("Follo&w the need's cost"))
        self.fields["revenue"]["funder"].setPlaceholderText(self.tr("e.g. Conseil départemental"))
        self.fields["revenue"]["quote_ref"].setPlaceholderText(self.tr("e.g. quote no. 2024-117 of 12/06/2024"))
        for index, text in enumerate((self.tr("Expen&ses"), self.tr("ESMS numérique &grant"),
                                      self.tr("Own funds and &other funders"), self.tr("By ca&tegory and year"))):
            self.tabs.setTabText(index, text)
        self.checks_title.setText(self.tr("Checks"))
        self.xlsx_button.setText(self.tr("Export to &XLSX…"))
        self.csv_button.setText(self.tr("Export to CS&V…"))
        for combo, items in ((self.fields["expense"]["category"], expense_categories()),
                             (self.fields["revenue"]["kind"], revenue_kinds())):
            current = combo.currentData()
            combo.clear()
            for code, text in items.items():
                combo.addItem(text, code)
            combo.setCurrentIndex(max(0, combo.findData(current)))
        self.grant_view.retranslate_ui()
        self.year_view.retranslate_ui()
        if self.plan is not None:
            self.refresh()

    # data ----------------------------------------------------------------------------------------
    def _campaign(self, year: int) -> Campaign:
        if year not in self.campaigns:
            self.campaigns[year] = load_campaign(year)
        return self.campaigns[year]

    def _compute(self) -> tuple[budget.BudgetSnapshot, BudgetPlan | None, str]:
        snapshot = budget.BudgetSnapshot.of(load_dossier(self.db, self.dossier_id))
        try:
            return snapshot, compute_budget(snapshot.dossier, self._campaign(snapshot.dossier.campaign_year)), ""
        except CampaignFileError as exc:
            return snapshot, None, campaign_error_text(exc)

    def fetch(self):
        """The budget's lines read and computed (background: no widget)."""
        return self._compute()

    def fill(self, data) -> None:
        self._show(data)
        for editor in (self.expenses, self.revenues):
            if editor.current_id() is None and editor.ids():
                editor.select(editor.ids()[0])
            editor.reshow()

    def refresh(self, then=None) -> None:
        """Recompute the budget and show it; the selected rows and the forms are kept (read and computed
        after the dossier's earlier writes, in the background); ``then()`` once shown."""
        def shown(data) -> None:
            self._show(data)
            if then is not None:
                then()

        self.context.submit(self._compute, shown, self.load_failed)

    def _show(self, data) -> None:
        self.snapshot, self.plan, error = data
        plan, dossier = self.plan, self.snapshot.dossier
        lines = dossier.expenses
        order = sorted(range(len(lines)), key=lambda i: (  # by category, then year, then as entered
            EXPENSE_CATEGORIES.index(lines[i].category) if lines[i].category in EXPENSE_CATEGORIES else 99,
            lines[i].year or 9999, i))
        self.expenses.set_rows([(self.snapshot.expense_ids[i], self._expense_cells(i)) for i in order])
        self.revenues.set_rows([(ident, self._revenue_cells(i)) for i, ident in enumerate(self.snapshot.revenue_ids)])
        if plan is None:
            self.grant_view.show_error(error)
            self.checks.show_findings((), error)
            for label in (self.revenues_value, self.difference_value, self.share_value):
                label.setText("—")
            self.expenses_value.setText(euros(sum(e.amount for e in dossier.expenses)))
            return
        self.grant_view.show_plan(plan, dossier)
        self.year_view.show_plan(plan)
        self.checks.show_findings(plan.findings)
        self.expenses_value.setText(euros(plan.expense_total))
        self.revenues_value.setText(euros(plan.revenue_total))
        self.difference_value.setText(euros(plan.difference))
        colour = "#1b7f3b" if plan.difference == 0 else "#b00020"
        self.difference_value.setStyleSheet(f"font-size: 14pt; font-weight: bold; color: {colour};")
        self.difference_value.setToolTip(self.tr("Revenues minus expenses: 0 when the budget is balanced."))
        share = plan.grant_share
        self.share_value.setText("—" if share is None else percent(share, 1))
        self.expenses.total_label.setText(self.tr("Total: {amount}").format(amount=euros(plan.expense_total)))
        self.revenues.total_label.setText(self.tr("Own funds {own} · other funders {other}").format(
            own=euros(plan.own_funds), other=euros(plan.other_funders)))
        self._update_need_note()

    def _expense_cells(self, index: int) -> list[Cell]:
        e = self.snapshot.dossier.expenses[index]
        item = self.plan.expenses[index] if self.plan else None
        year = "" if e.year is None else str(e.year)
        if e.need is None:
            origin = Cell(self.tr("Entered"))
        else:
            need = self.snapshot.dossier.needs[e.need]
            tip = self.tr("Fed by the need « {label} » (cost {cost})").format(
                label=need.label, cost=euros(item.need_cost) if item else "")
            origin = Cell(self.tr("Need") if item is None or item.follows_need else self.tr("Need, amount typed"),
                          tooltip=tip, italic=True)
        return [Cell(expense_categories().get(e.category, e.category)), Cell(e.label), Cell(year, True),
                Cell(euros(e.amount), True), origin]

    def _revenue_cells(self, index: int) -> list[Cell]:
        r = self.snapshot.dossier.revenues[index]
        year = "" if r.year is None else str(r.year)
        return [Cell(revenue_kinds().get(r.kind, r.kind)), Cell(r.funder, tooltip=r.funder),
                Cell(r.label, tooltip=r.label), Cell(year, True), Cell(euros(r.amount), True),
                Cell(r.quote_ref, tooltip=r.quote_ref)]

    def _lines(self, kind: str) -> tuple[ExpenseLine, ...] | tuple[RevenueLine, ...]:
        if self.snapshot is None:
            return ()
        return self.snapshot.dossier.expenses if kind == "expense" else self.snapshot.dossier.revenues

    def _values(self, kind: str, index: int | None) -> dict:
        """The line's values by form field name (``need`` too), as last read; empty for no line."""
        if index is None:
            return {}
        line = self._lines(kind)[index]
        names = (*EXPENSE_FIELDS, "need") if kind == "expense" else REVENUE_FIELDS
        return {name: getattr(line, name) for name in names}

    def _row_index(self, kind: str, ident: int | None) -> int | None:
        ids = (self.snapshot.expense_ids if kind == "expense" else self.snapshot.revenue_ids) if self.snapshot else ()
        return ids.index(ident) if ident in ids else None

    def _show_line(self, kind: str, ident: int | None) -> None:
        saver = self.context.autosaver
        saver.flush()
        index = self._row_index(kind, ident)
        self.editing[kind] = ident if index is not None else None
        values = self._values(kind, index)
        self._fill_fields(kind, {name: values.get(name) for name in self.fields[kind]})
        if kind == "expense":
            fed = values.get("need") is not None
            self.fields["expense"]["category"].setEnabled(not fed)
            self.expenses.remove_button.setEnabled(index is not None and not fed)
            self.expenses.remove_button.setToolTip(
                self.tr("A line fed by a need leaves the budget with its need (Needs step).") if fed else "")
            self._update_need_note()

    def _fill_fields(self, kind: str, values: dict) -> None:
        """Show ``values`` in the form's fields (not stored again)."""
        saver = self.context.autosaver
        saver.suspended, was = True, saver.suspended
        try:
            for name, value in values.items():
                widget = self.fields[kind][name]
                if isinstance(widget, YearSpin):
                    widget.set_year(value)
                elif isinstance(widget, AmountSpin):
                    widget.setValue(value or 0)
                elif isinstance(widget, QComboBox):
                    widget.setCurrentIndex(max(0, widget.findData(value)))
                else:
                    widget.setText(value or "")
                    widget.setCursorPosition(0)  # show the start of a long name, not its end
        finally:
            saver.suspended = was

    def _update_need_note(self) -> None:
        index = self._row_index("expense", self.editing["expense"])
        item = self.plan.expenses[index] if self.plan and index is not None else None
        if item is None or item.need is None:
            self.need_note.setText(self.tr("A line entered here, not fed by a need."))
            self.follow_button.setEnabled(False)
            return
        need = self.snapshot.dossier.needs[item.need]
        if item.follows_need:
            text = self.tr("Fed by the need « {label} »: the amount follows its cost ({cost}) until you type "
                           "another one.")
        else:
            text = self.tr("Fed by the need « {label} », whose cost is {cost}: the amount typed here is kept.")
        self.need_note.setText(text.format(label=need.label, cost=euros(item.need_cost or 0)))
        self.follow_button.setEnabled(item.overridden)

    # edits ---------------------------------------------------------------------------------------
    def _save(self, kind: str, name: str, value) -> Write | None:
        """A field of the line being edited: stored in the background, then the budget computed again."""
        ident = self.editing[kind]
        index = self._row_index(kind, ident)
        if ident is None or index is None:
            return None
        fields = EXPENSE_FIELDS if kind == "expense" else REVENUE_FIELDS
        sent = self._sent.setdefault((kind, ident), {})
        original = {n: v for n, v in {**self._values(kind, index), **sent}.items() if n in fields}
        if original.get(name) == value:
            return None
        version = (self.snapshot.expense_versions if kind == "expense" else self.snapshot.revenue_versions)[index]
        update = budget.update_expense if kind == "expense" else budget.update_revenue

        def stored(_result) -> None:
            def shown() -> None:
                now_index = self._row_index(kind, ident)
                now = self._values(kind, now_index)
                for n in [n for n, v in sent.items() if now.get(n) == v]:
                    del sent[n]  # stored: the line read back holds it
                if now_index is not None:  # the fields someone else changed meanwhile (both kept): theirs shown
                    widgets = self.fields[kind]
                    self._fill_fields(kind, {n: now.get(n) for n in fields if n != name and n not in sent
                                             and not widgets[n].hasFocus() and now.get(n) != original.get(n)})
            self.refresh(then=shown)
            self.changed.emit()

        def not_stored() -> None:  # « recharger », or deleted by someone else: the form shows what is stored
            sent.clear()
            self.refresh(then=(self.expenses if kind == "expense" else self.revenues).reshow)

        write = save_changes_in_background(self, self.context.submit, update, self.db, ident, version, original,
                                           {name: value}, then=stored, reshow=not_stored, display=self._display)
        if write is not None:  # the next edit of this line, before this one is stored, starts from it
            sent[name] = value
        return write

    def _display(self, name: str, value) -> str:
        """A line's field as the form shows it (in the conflict box)."""
        if name == "amount":
            return euros(value or 0)
        if name == "category":
            return expense_categories().get(value, value or "")
        if name == "kind":
            return revenue_kinds().get(value, value or "")
        return "" if value is None else str(value)

    def add_line(self, kind: str) -> None:
        self.context.autosaver.send()  # stored before the new line, in the same queue
        db, dossier_id = self.db, self.dossier_id
        if kind == "expense":
            run = lambda: budget.add_expense(db, dossier_id, category="autre")  # noqa: E731
        else:
            run = lambda: budget.add_revenue(db, dossier_id, kind="own_funds")  # noqa: E731
        editor = self.expenses if kind == "expense" else self.revenues

        def stored(ident: int) -> None:
            def select() -> None:
                editor.select(ident)
                self.fields[kind]["label"].setFocus()

            self.refresh(then=select)
            self.changed.emit()

        self.submit_write(Write(run, stored))

    def remove_line(self, kind: str) -> None:
        self.context.autosaver.flush()  # the line as stored with this window's last edits (its version too)
        ident = self.editing[kind]
        index = self._row_index(kind, ident)
        if index is None:
            return
        line = self._lines(kind)[index]
        if getattr(line, "need", None) is not None:
            return
        answer = QMessageBox.question(
            self, self.tr("Remove"), self.tr("Remove the line « {label} » ({amount}) from the budget?").format(
                label=line.label or "—", amount=euros(line.amount)),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No, QMessageBox.StandardButton.No)
        if answer != QMessageBox.StandardButton.Yes:
            return
        self.context.name_change(self.tr("remove the line « {label} »").format(label=line.label or "—"))
        fields = EXPENSE_FIELDS if kind == "expense" else REVENUE_FIELDS
        shown = {n: v for n, v in self._values(kind, index).items() if n in fields}
        version = (self.snapshot.expense_versions if kind == "expense" else self.snapshot.revenue_versions)[index]

        def reshow() -> None:
            self.refresh()
            self.changed.emit()

        self.submit_write(delete_in_background(
            self, self.context.submit, budget.delete_expense if kind == "expense" else budget.delete_revenue,
            self.db, ident, version, shown, then=lambda _r: reshow(), reshow=reshow, name=line.label or "—",
            display=self._display))

    def follow_need(self) -> None:
        ident = self.editing["expense"]
        if ident is None:
            return
        self.context.autosaver.send()
        db = self.db

        def stored(_result) -> None:
            self.refresh(then=self.expenses.reshow)
            self.changed.emit()

        def refused(exc: Exception) -> bool:
            if isinstance(exc, NotFoundError):  # deleted by someone else: said, the list shows what is stored
                say_gone(self)
                stored(None)
                return True
            return False

        self.submit_write(Write(lambda: budget.follow_need(db, ident), stored, refused))

    def add_missing_needs(self) -> None:
        self.context.autosaver.send()
        db, dossier_id = self.db, self.dossier_id

        def stored(count: int) -> None:
            self.status_label.setText(self.tr("%n need(s) added to the expenses.", "", count))
            if count:
                self.refresh()
                self.changed.emit()

        self.submit_write(Write(lambda: budget.add_missing_need_lines(db, dossier_id), stored))

    def export(self, kind: str) -> None:
        self.context.autosaver.flush()
        self.refresh(then=lambda: self._export(kind))

    def _export(self, kind: str) -> None:
        from esms_desktop.reports.budget_export import csv_bytes, xlsx_bytes
        from esms_desktop.storage.atomic import write_bytes_atomic

        if self.plan is None:
            return
        name = "".join(c if c.isalnum() or c in "-_" else "-" for c in self.snapshot.dossier.name).strip("-")
        filters = self.tr("Excel workbook (*.xlsx)") if kind == "xlsx" else self.tr("CSV file (*.csv)")
        path, _ = QFileDialog.getSaveFileName(self, self.tr("Export the budget"), f"budget-{name}.{kind}", filters)
        if not path:
            return
        if Path(path).suffix.lower() != f".{kind}":
            path += f".{kind}"
        try:
            content = (xlsx_bytes if kind == "xlsx" else csv_bytes)(self.snapshot.dossier, self.plan)
            write_bytes_atomic(path, content)
        except OSError as exc:
            QMessageBox.warning(self, self.tr("Export failed"), self.tr("The file {path} could not be written: {error}").format(
                path=path, error=exc.strerror or str(exc)))
            return
        self.status_label.setText(self.tr("Budget exported to {path}.").format(path=path))
