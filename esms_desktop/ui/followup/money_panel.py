"""Money after the award: avance and solde, redistribution per OG, expenses vs the budget per line."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from esms_desktop import formatting
from esms_desktop.rules.followup.money import money_table
from esms_desktop.storage import followup as store
from esms_desktop.ui.followup.fields import AmountField, DateField
from esms_desktop.ui.followup.panel import FollowupPanel, said_in

RECEIPTS = ("avance", "solde_requested", "solde_received")


class ExpenseDialog(QDialog):
    """Asks for one expense: budget line, supplier / label, amount, committed or paid, date, invoice file.
    ``expense`` (a :class:`storage.followup.Expense`): the dialog edits it (its invoice kept unless another
    file is chosen). Accepted only with a label, an amount and a whole date (said in the dialog)."""

    def __init__(self, parent: QWidget, budget_lines: list[str], expense=None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("Edit the expense") if expense is not None else self.tr("Add an expense"))
        self.line_combo = QComboBox()
        self.line_combo.addItem(self.tr("(no budget line)"), None)
        for index, label in enumerate(budget_lines):
            self.line_combo.addItem(label, index)
        self.label_edit = QLineEdit()
        self.label_edit.setPlaceholderText(self.tr("supplier and what was bought"))
        self.amount_edit = AmountField()
        self.status_combo = QComboBox()
        self.status_combo.addItem(self.tr("Paid"), "paid")
        self.status_combo.addItem(self.tr("Committed (ordered, not paid yet)"), "committed")
        self.date_edit = DateField()
        self.invoice_edit = QLineEdit()
        self.invoice_edit.setReadOnly(True)
        self.invoice_path: str | None = None  # a file chosen in this dialog (None: no new invoice)
        self.browse_button = QPushButton(self.tr("Choose the invoice…"))
        self.browse_button.clicked.connect(self._browse)
        invoice = QHBoxLayout()
        invoice.addWidget(self.invoice_edit, 1)
        invoice.addWidget(self.browse_button)
        self.error_label = QLabel()
        self.error_label.setObjectName("fieldError")
        self.error_label.setStyleSheet("color: #b00020;")
        self.error_label.setWordWrap(True)
        self.error_label.hide()
        form = QFormLayout(self)
        form.addRow(self.tr("Budget line:"), self.line_combo)
        form.addRow(self.tr("Supplier / label:"), self.label_edit)
        form.addRow(self.tr("Amount (€):"), self.amount_edit)
        form.addRow(self.tr("Status:"), self.status_combo)
        form.addRow(self.tr("Date:"), self.date_edit)
        form.addRow(self.tr("Invoice:"), invoice)
        form.addRow(self.error_label)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)
        if expense is not None:
            self.line_combo.setCurrentIndex(max(0, self.line_combo.findData(expense.budget_line)))
            self.label_edit.setText(expense.label)
            self.amount_edit.set_value(expense.amount)
            self.status_combo.setCurrentIndex(max(0, self.status_combo.findData(expense.status)))
            self.date_edit.set_value(expense.date)
            self.invoice_edit.setText(expense.invoice_name)
        self.line_combo.currentIndexChanged.connect(self._line_chosen)

    def _line_chosen(self) -> None:
        if not self.label_edit.text().strip() and self.line_combo.currentData() is not None:
            self.label_edit.setText(self.line_combo.currentText())

    def _browse(self) -> None:
        path, _ = QFileDialog.getOpenFileName(self, self.tr("Invoice"), "", self.tr("Documents (*.pdf *.png *.jpg *.jpeg)"))
        if path:
            self.invoice_path = path
            self.invoice_edit.setText(path)

    def problem(self) -> str:
        """What keeps the expense from being stored ("" when nothing)."""
        if not self.label_edit.text().strip():
            return self.tr("Say who was paid and for what (supplier / label).")
        if self.amount_edit.value() is None:
            return self.tr("Give the amount, in whole euros.")
        if not self.date_edit.is_complete():
            return self.tr("A date is written day/month/year, e.g. 06/11/2024.")
        if self.status_combo.currentData() == "paid" and self.date_edit.value() is None:
            return self.tr("Give the date the expense was paid.")
        return ""

    def accept(self) -> None:
        problem = self.problem()
        if problem:
            self.error_label.setText(problem)
            self.error_label.show()
            return
        super().accept()

    def values(self) -> dict:
        return {"budget_line": self.line_combo.currentData(), "label": self.label_edit.text().strip(),
                "amount": self.amount_edit.value() or 0, "status": self.status_combo.currentData(),
                "date": self.date_edit.iso(), "invoice_path": self.invoice_path}


class MoneyPanel(FollowupPanel):
    """The money tab. Reads and writes in the step's background queue; each save says what it started from
    (the receipt, the OG's redistribution, the expense as shown): someone else's change of it meanwhile is
    asked (« Recharger » / « Garder ma version »), an expense removed meanwhile is said."""

    def __init__(self, step, parent: QWidget | None = None, history=None):
        super().__init__(step, parent)
        self.history = history  # ui.edit_history.EditHistory: names the change for Édition ▸ Annuler
        self._loading = False
        self.money: dict = {}  # the stored ``money`` shown (or last sent): what the next save started from
        self.og_names: dict[str, str] = {}
        self.budget_lines: list[str] = []
        self.line_indexes: list = []
        self.receipt_box = QGroupBox()
        grid = QGridLayout(self.receipt_box)
        self.receipt_labels = [QLabel() for _ in RECEIPTS]
        self.receipt_dates = {key: DateField() for key in RECEIPTS}
        self.receipt_amounts = {key: AmountField() for key in RECEIPTS}
        for row, key in enumerate(RECEIPTS):
            grid.addWidget(self.receipt_labels[row], row, 0)
            grid.addWidget(self.receipt_dates[key], row, 1)
            grid.addWidget(self.receipt_amounts[key], row, 2)
            self.receipt_dates[key].editingFinished.connect(lambda k=key: self._save_receipt(k))
            self.receipt_amounts[key].editingFinished.connect(lambda k=key: self._save_receipt(k))
        grid.setColumnStretch(3, 1)
        self.avance_amount = self.receipt_amounts["avance"]  # named for the tests and the findings links
        self.avance_date = self.receipt_dates["avance"]
        self.summary_label = QLabel()
        self.summary_label.setWordWrap(True)
        self.redistribution_table = QTableWidget(0, 3)
        self.redistribution_table.setTabKeyNavigation(False)  # Tab goes on to the next control
        self.redistribution_table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.redistribution_table.itemChanged.connect(self._save_redistribution)
        self.lines_table = QTableWidget(0, 5)
        self.lines_table.setTabKeyNavigation(False)  # Tab goes on to the next control (arrows move in the table)
        self.lines_table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.lines_table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.lines_table.setSelectionBehavior(QTableWidget.SelectionBehavior.SelectRows)
        self.lines_table.setSelectionMode(QTableWidget.SelectionMode.SingleSelection)
        self.lines_table.currentCellChanged.connect(lambda *_: self._show_expenses())
        self.add_expense_button = QPushButton()
        self.add_expense_button.clicked.connect(self._add_expense)
        self.expenses_title = QLabel()
        self.expenses_table = QTableWidget(0, 6)
        self.expenses_table.setTabKeyNavigation(False)  # Tab goes on to the next control (arrows move in the table)
        self.expenses_table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.expenses_table.setSelectionBehavior(QTableWidget.SelectionBehavior.SelectRows)
        self.expenses_table.setSelectionMode(QTableWidget.SelectionMode.SingleSelection)
        self.expenses_table.verticalHeader().hide()
        self.expenses_table.setWordWrap(False)
        self.expenses_table.horizontalHeader().setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        self.expenses_table.cellDoubleClicked.connect(lambda *_: self.edit_expense())
        self.expenses_table.currentCellChanged.connect(lambda *_: self._update_buttons())
        self.edit_expense_button = QPushButton()
        self.edit_expense_button.clicked.connect(self.edit_expense)
        self.remove_expense_button = QPushButton()
        self.remove_expense_button.clicked.connect(self.remove_expense)
        self.expenses: list = []  # storage.followup.Expense, all of them
        self.shown: list = []  # those of the table, in its order
        self.error_label = QLabel()
        self.error_label.setStyleSheet("color: #b00020;")
        layout = QVBoxLayout(self)
        layout.addWidget(self.receipt_box)
        layout.addWidget(self.summary_label)
        layout.addWidget(self.error_label)
        self.redistribution_title = QLabel()
        layout.addWidget(self.redistribution_title)
        layout.addWidget(self.redistribution_table, 1)
        row = QHBoxLayout()
        self.lines_title = QLabel()
        row.addWidget(self.lines_title, 1)
        row.addWidget(self.add_expense_button)
        layout.addLayout(row)
        layout.addWidget(self.lines_table, 2)
        expense_row = QHBoxLayout()
        expense_row.addWidget(self.expenses_title, 1)
        expense_row.addWidget(self.edit_expense_button)
        expense_row.addWidget(self.remove_expense_button)
        layout.addLayout(expense_row)
        layout.addWidget(self.expenses_table, 2)
        self.retranslate_ui()

    def retranslate_ui(self) -> None:
        self.receipt_box.setTitle(self.tr("Payments of the grant (date, amount in €)"))
        for label, text in zip(self.receipt_labels, (self.tr("Advance received:"), self.tr("Balance requested:"),
                                                     self.tr("Balance received:"))):
            label.setText(text)
        self.redistribution_title.setText(self.tr("Redistribution to the members (per the convention)"))
        self.redistribution_table.setHorizontalHeaderLabels([self.tr("OG"), self.tr("Date"), self.tr("Amount (€)")])
        self.lines_title.setText(self.tr("Expenses: planned, committed and paid per budget line"))
        self.lines_table.setHorizontalHeaderLabels(
            [self.tr("Budget line"), self.tr("Planned"), self.tr("Committed"), self.tr("Paid"), self.tr("Invoices")])
        self.add_expense_button.setText(self.tr("&Add an expense…"))
        self.expenses_table.setHorizontalHeaderLabels(
            [self.tr("Budget line"), self.tr("Date"), self.tr("Supplier / label"), self.tr("Amount"),
             self.tr("Status"), self.tr("Invoice")])
        self.edit_expense_button.setText(self.tr("&Modify the expense…"))
        self.remove_expense_button.setText(self.tr("Remove the e&xpense…"))

    def load(self) -> None:
        """Read the dossier's money in the background, then show it."""
        self.read(self._fetch, self._fill)

    def _fetch(self):
        return store.dossier_data(self.db, self.dossier_id), store.list_expenses(self.db, self.dossier_id)

    def _fill(self, fetched) -> None:
        data, expenses = fetched
        money = (data["dossier"].get("followup") or {}).get("money", {})
        self.money = dict(money)
        self._loading = True
        try:
            for key in RECEIPTS:
                item = money.get(key) or {}
                self.receipt_dates[key].set_value(item.get("date"))
                self.receipt_amounts[key].set_value(item.get("amount"))
            given = {r["og"]: r for r in money.get("redistribution", [])}
            ogs = [og for og in data["dossier"]["ogs"] if not og.get("is_porteur")]
            self.og_names = {og["finess_ej"]: og["name"] for og in ogs}
            self.redistribution_table.setRowCount(len(ogs))
            for row, og in enumerate(ogs):
                name = QTableWidgetItem(og["name"])
                name.setFlags(name.flags() & ~Qt.ItemFlag.ItemIsEditable)
                name.setData(Qt.ItemDataRole.UserRole, og["finess_ej"])
                r = given.get(og["finess_ej"], {})
                self.redistribution_table.setItem(row, 0, name)
                self.redistribution_table.setItem(row, 1, QTableWidgetItem(formatting.date(_iso(r.get("date")))))
                amount = r.get("amount")
                self.redistribution_table.setItem(row, 2, QTableWidgetItem("" if amount is None else formatting.number(amount)))
        finally:
            self._loading = False
        self._show_table(data, expenses)

    def _refill_table(self, fetched) -> None:
        """After a store: the table of lines, the expenses and the summary (the fields keep what is typed)."""
        data, expenses = fetched
        self.money = dict((data["dossier"].get("followup") or {}).get("money", {}))
        self._show_table(data, expenses)

    def _show_table(self, data, expenses) -> None:
        table = money_table(data)
        self.budget_lines = [e["label"] for e in data["dossier"].get("budget", {}).get("expenses", [])]
        self.line_indexes = [line.index for line in table.lines]  # the table's rows (the Total row after)
        selected = self.lines_table.currentRow()
        self.lines_table.blockSignals(True)
        self.lines_table.setRowCount(len(table.lines) + 1)
        rows = [(line.label or self.tr("(no budget line)"), line.planned, line.committed, line.paid, line.invoices)
                for line in table.lines]
        rows.append((self.tr("Total"), table.planned, table.committed, table.paid, sum(l.invoices for l in table.lines)))
        for r, values in enumerate(rows):
            for c, value in enumerate(values):
                text = value if c == 0 else (str(value) if c == 4 else formatting.euros(value))
                item = QTableWidgetItem(text)
                if c:
                    item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
                self.lines_table.setItem(r, c, item)
        if 0 <= selected < self.lines_table.rowCount():
            self.lines_table.setCurrentCell(selected, 0)
        self.lines_table.blockSignals(False)
        self.expenses = expenses
        self._show_expenses()
        awarded = formatting.euros(table.awarded) if table.awarded is not None else self.tr("not known yet")
        self.summary_label.setText(self.tr(
            "Awarded: {awarded}. Received: advance {avance}, balance {solde}. Redistributed to members: {given}. "
            "Paid: {paid}; left to justify: {left}.").format(
            awarded=awarded, avance=formatting.euros(table.avance_received), solde=formatting.euros(table.solde_received),
            given=formatting.euros(table.redistributed), paid=formatting.euros(table.paid),
            left=formatting.euros(table.left_to_justify)))

    def _save_receipt(self, key: str) -> None:
        if self._loading:
            return
        date, amount = self.receipt_dates[key], self.receipt_amounts[key]
        if not date.is_complete():
            self.error_label.setText(self.tr("A date is written day/month/year, e.g. 06/11/2024."))
            return
        shown = self.money.get(key)
        value = {"date": date.iso(), "amount": amount.value()}
        if shown is None and value == {"date": None, "amount": None}:
            return  # nothing typed where nothing was stored

        def update(db, dossier_id, _version, based_on, **changes):
            return store.set_money(db, dossier_id, key, changes[key],
                                   based_on=store.UNCONDITIONAL if based_on is None else based_on[key])

        self._conflict_aware({key: shown}, {key: value}, update)

    def _save_redistribution(self, item: QTableWidgetItem) -> None:
        if self._loading or item.column() == 0:
            return
        row = item.row()
        og = self.redistribution_table.item(row, 0).data(Qt.ItemDataRole.UserRole)
        date_field, amount_field = DateField(), AmountField()
        date_field.setText(self.redistribution_table.item(row, 1).text() if self.redistribution_table.item(row, 1) else "")
        amount_field.setText(self.redistribution_table.item(row, 2).text() if self.redistribution_table.item(row, 2) else "")
        if not date_field.is_complete():
            self.error_label.setText(self.tr("A date is written day/month/year, e.g. 06/11/2024."))
            return
        given = next((r for r in self.money.get("redistribution", []) if r.get("og") == og), None)
        shown = None if given is None else {"date": given.get("date"), "amount": given.get("amount")}
        date, amount = date_field.iso(), amount_field.value()
        mine = {"date": date, "amount": amount} if date is not None or amount is not None else None
        if mine == shown:
            return

        def update(db, dossier_id, _version, based_on, **_changes):
            return store.set_redistribution(db, dossier_id, og, date, amount,
                                            based_on=store.UNCONDITIONAL if based_on is None else based_on[og])

        sent = [r for r in self.money.get("redistribution", []) if r.get("og") != og]
        self._conflict_aware({og: shown}, {og: mine}, update,
                             sent={"redistribution": sent + ([{"og": og, **mine}] if mine else [])})

    def _conflict_aware(self, shown: dict, mine: dict, update, sent: dict | None = None) -> None:
        """Store ``mine`` (one part of the money) in the background, saying it started from ``shown``."""
        from esms_desktop.ui.conflict_dialog import save_changes_in_background

        write = save_changes_in_background(
            self, self.submit, update, self.db, self.dossier_id, 0, shown, mine, lambda _r: self._stored(),
            self.load, labels=self._labels(), display=self._display)
        if write is None:
            return
        self.money.update(sent if sent is not None else mine)  # the next edit starts from this one
        write.failed = said_in(self.error_label, also=write.failed)
        self.send(write)

    def _labels(self) -> dict:
        return {"avance": self.tr("Advance received"), "solde_requested": self.tr("Balance requested"),
                "solde_received": self.tr("Balance received"), **self.og_names}

    def _display(self, _name: str, value):
        """A receipt or a redistribution in a conflict box: « 06/11/2024, 290 000 € »."""
        if not isinstance(value, dict):
            return value
        parts = [formatting.date(_iso(value.get("date"))) if value.get("date") else "",
                 formatting.euros(value["amount"]) if value.get("amount") is not None else ""]
        return ", ".join(p for p in parts if p)

    # the expenses, listed per budget line ------------------------------------------------------------
    def selected_line(self) -> tuple[bool, int | None]:
        """(whether one budget line is selected, its index: None for the expenses tied to no line)."""
        row = self.lines_table.currentRow()
        if 0 <= row < len(self.line_indexes):
            return True, self.line_indexes[row]
        return False, None  # the Total row, or nothing: every expense

    def _show_expenses(self) -> None:
        one, line = self.selected_line()
        known = len(self.budget_lines)
        tied = lambda e: e.budget_line if e.budget_line is not None and e.budget_line < known else None  # noqa: E731
        self.shown = [e for e in self.expenses if not one or tied(e) == line]
        if one:
            name = self.budget_lines[line] if line is not None else self.tr("(no budget line)")
            self.expenses_title.setText(self.tr("Expenses of « {line} »: {count}").format(line=name, count=len(self.shown)))
        else:
            self.expenses_title.setText(self.tr("Every expense recorded: {count} (select a budget line above to "
                                                "see its own)").format(count=len(self.shown)))
        self.expenses_table.setRowCount(len(self.shown))
        paid, committed = self.tr("paid"), self.tr("committed")
        for r, e in enumerate(self.shown):
            line_name = self.budget_lines[tied(e)] if tied(e) is not None else self.tr("(no budget line)")
            cells = (line_name, formatting.date(e.date) if e.date else "—", e.label, formatting.euros(e.amount),
                     paid if e.status == "paid" else committed, e.invoice_name or "—")
            for c, text in enumerate(cells):
                item = QTableWidgetItem(text)
                item.setToolTip(text)
                if c == 3:
                    item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
                self.expenses_table.setItem(r, c, item)
        for c in (1, 3, 4, 5):
            self.expenses_table.resizeColumnToContents(c)
        self.expenses_table.setColumnWidth(0, 240)
        self.expenses_table.setColumnWidth(5, min(self.expenses_table.columnWidth(5), 220))
        self._update_buttons()

    def selected_expense(self):
        row = self.expenses_table.currentRow()
        return self.shown[row] if 0 <= row < len(self.shown) else None

    def _update_buttons(self) -> None:
        chosen = self.selected_expense() is not None
        self.edit_expense_button.setEnabled(chosen)
        self.remove_expense_button.setEnabled(chosen)

    def _add_expense(self) -> None:
        dialog = ExpenseDialog(self, self.budget_lines)
        one, line = self.selected_line()
        if one and line is not None:
            dialog.line_combo.setCurrentIndex(dialog.line_combo.findData(line))
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return
        values = dialog.values()
        self._store(lambda: store.add_expense(self.db, self.dossier_id, **values))

    def edit_expense(self) -> bool:
        """Modify the selected expense in its dialog; stored in the background (True: sent)."""
        from esms_desktop.ui.conflict_dialog import save_changes_in_background

        expense = self.selected_expense()
        if expense is None:
            return False
        dialog = ExpenseDialog(self, self.budget_lines, expense)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return False
        values = dialog.values()
        seen = store.expense_as_stored(expense)
        shown = {k: seen.get(k) for k in values if k != "invoice_path"} | {"invoice_path": None}

        def update(db, dossier_id, _version, based_on, **_changes):
            store.update_expense(db, dossier_id, expense.index, **values, based_on=seen if based_on is not None else None)

        write = save_changes_in_background(
            self, self.submit, update, self.db, self.dossier_id, 0, shown, values, lambda _r: self._stored(),
            self.load, labels=self._expense_labels(), display=self._expense_display)
        if write is None:
            return False
        self._name_change(self.tr("modify the expense « {label} »").format(label=expense.label))
        write.failed = said_in(self.error_label, also=write.failed)
        self.send(write)
        return True

    def remove_expense(self) -> bool:
        """Remove the selected expense (and its invoice), once confirmed; Édition ▸ Annuler brings it back.
        Removed in the background (True: sent); changed by someone else since it was shown: asked first."""
        from esms_desktop.ui.conflict_dialog import delete_in_background

        expense = self.selected_expense()
        if expense is None:
            return False
        question = self.tr("Remove the expense « {label} » of {amount} ({date})?").format(
            label=expense.label, amount=formatting.euros(expense.amount),
            date=formatting.date(expense.date) if expense.date else self.tr("no date"))
        if expense.invoice_name:
            question += "\n" + self.tr("Its invoice « {name} » is removed from the dossier's documents too.").format(
                name=expense.invoice_name)
        question += "\n" + self.tr("Edit ▸ Undo brings it back.")
        answer = QMessageBox.question(self, self.tr("Remove the expense"), question,
                                      QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
                                      QMessageBox.StandardButton.No)
        if answer != QMessageBox.StandardButton.Yes:
            return False
        seen = store.expense_as_stored(expense)

        def delete(db, index, _version, based_on):
            store.remove_expense(db, self.dossier_id, index, based_on=seen if based_on is not None else None)

        write = delete_in_background(self, self.submit, delete, self.db, expense.index, 0, seen,
                                     lambda _r: self._stored(), self.load, name=expense.label,
                                     labels=self._expense_labels(), display=self._expense_display)
        self._name_change(self.tr("remove the expense « {label} »").format(label=expense.label))
        write.failed = said_in(self.error_label, also=write.failed)
        self.send(write)
        return True

    def _expense_labels(self) -> dict:
        return {"budget_line": self.tr("Budget line"), "label": self.tr("Supplier / label"),
                "amount": self.tr("Amount"), "status": self.tr("Status"), "date": self.tr("Date"),
                "invoice": self.tr("Invoice"), "invoice_path": self.tr("Invoice")}

    def _expense_display(self, name: str, value):
        if value is None:
            return value
        if name == "budget_line":
            return self.budget_lines[value] if 0 <= value < len(self.budget_lines) else self.tr("(no budget line)")
        if name == "amount":
            return formatting.euros(value)
        if name == "status":
            return self.tr("paid") if value == "paid" else self.tr("committed")
        if name == "date":
            return formatting.date(_iso(value))
        if name == "invoice":
            return next((e.invoice_name for e in self.expenses if e.invoice == value), "") or "—"
        return value

    def _name_change(self, text: str) -> None:
        if self.history is not None:
            self.history.name_next(text)

    def _store(self, run) -> None:
        """``run()`` (storage only) in the background; a refusal said in the tab."""
        self.write(run, lambda _r: self._stored(), said_in(self.error_label))

    def _stored(self) -> None:
        self.error_label.setText("")
        self.read(self._fetch, self._refill_table)
        self.changed.emit()


def _iso(value):
    import datetime as dt

    return dt.date.fromisoformat(value) if value else None
