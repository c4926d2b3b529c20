"""Money after the award: avance and solde, redistribution per OG, expenses vs the budget per line."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
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
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from esms_desktop import formatting
from esms_desktop.i18n import render
from esms_desktop.rules.followup.money import money_table
from esms_desktop.storage import followup as store
from esms_desktop.storage.errors import StorageError
from esms_desktop.ui.followup.fields import AmountField, DateField

RECEIPTS = ("avance", "solde_requested", "solde_received")


class ExpenseDialog(QDialog):
    """Asks for one expense: budget line, label, amount, committed or paid, date, invoice file."""

    def __init__(self, parent: QWidget, budget_lines: list[str]):
        super().__init__(parent)
        self.setWindowTitle(self.tr("Add an expense"))
        self.line_combo = QComboBox()
        self.line_combo.addItem(self.tr("(no budget line)"), None)
        for index, label in enumerate(budget_lines):
            self.line_combo.addItem(label, index)
        self.label_edit = QLineEdit()
        self.amount_edit = AmountField()
        self.status_combo = QComboBox()
        self.status_combo.addItem(self.tr("Paid"), "paid")
        self.status_combo.addItem(self.tr("Committed (ordered, not paid yet)"), "committed")
        self.date_edit = DateField()
        self.invoice_edit = QLineEdit()
        self.invoice_edit.setReadOnly(True)
        browse = QPushButton(self.tr("Choose the invoice…"))
        browse.clicked.connect(self._browse)
        invoice = QHBoxLayout()
        invoice.addWidget(self.invoice_edit, 1)
        invoice.addWidget(browse)
        form = QFormLayout(self)
        form.addRow(self.tr("Budget line:"), self.line_combo)
        form.addRow(self.tr("Label:"), self.label_edit)
        form.addRow(self.tr("Amount (€):"), self.amount_edit)
        form.addRow(self.tr("Status:"), self.status_combo)
        form.addRow(self.tr("Date:"), self.date_edit)
        form.addRow(self.tr("Invoice:"), invoice)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)
        self.line_combo.currentIndexChanged.connect(
            lambda: self.label_edit.setText(self.line_combo.currentText() if self.line_combo.currentData() is not None else ""))

    def _browse(self) -> None:
        path, _ = QFileDialog.getOpenFileName(self, self.tr("Invoice"), "", self.tr("Documents (*.pdf *.png *.jpg *.jpeg)"))
        if path:
            self.invoice_edit.setText(path)

    def values(self) -> dict:
        return {"budget_line": self.line_combo.currentData(), "label": self.label_edit.text().strip(),
                "amount": self.amount_edit.value() or 0, "status": self.status_combo.currentData(),
                "date": self.date_edit.iso(), "invoice_path": self.invoice_edit.text() or None}


class MoneyPanel(QWidget):
    changed = Signal()

    def __init__(self, db, dossier_id: int, parent: QWidget | None = None):
        super().__init__(parent)
        self.db, self.dossier_id = db, dossier_id
        self._loading = False
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
        self.redistribution_table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.redistribution_table.itemChanged.connect(self._save_redistribution)
        self.lines_table = QTableWidget(0, 5)
        self.lines_table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.lines_table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.add_expense_button = QPushButton()
        self.add_expense_button.clicked.connect(self._add_expense)
        self.error_label = QLabel()
        self.error_label.setStyleSheet("color: #b00020;")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
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
        self.retranslate_ui()

    def retranslate_ui(self) -> None:
        self.receipt_box.setTitle(self.tr("Payments of the grant (date, amount in €)"))
        for label, text in zip(self.receipt_labels, (self.tr("Avance received:"), self.tr("Solde requested:"),
                                                     self.tr("Solde received:"))):
            label.setText(text)
        self.redistribution_title.setText(self.tr("Redistribution to the members (per the convention)"))
        self.redistribution_table.setHorizontalHeaderLabels([self.tr("OG"), self.tr("Date"), self.tr("Amount (€)")])
        self.lines_title.setText(self.tr("Expenses: planned, committed and paid per budget line"))
        self.lines_table.setHorizontalHeaderLabels(
            [self.tr("Budget line"), self.tr("Planned"), self.tr("Committed"), self.tr("Paid"), self.tr("Invoices")])
        self.add_expense_button.setText(self.tr("&Add an expense…"))

    def load(self) -> None:
        data = store.dossier_data(self.db, self.dossier_id)
        money = (data["dossier"].get("followup") or {}).get("money", {})
        self._loading = True
        try:
            for key in RECEIPTS:
                item = money.get(key) or {}
                self.receipt_dates[key].set_value(item.get("date"))
                self.receipt_amounts[key].set_value(item.get("amount"))
            given = {r["og"]: r for r in money.get("redistribution", [])}
            ogs = [og for og in data["dossier"]["ogs"] if not og.get("is_porteur")]
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
        self._show_table(data)

    def _show_table(self, data) -> None:
        table = money_table(data)
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
        awarded = formatting.euros(table.awarded) if table.awarded is not None else self.tr("not known yet")
        self.summary_label.setText(self.tr(
            "Awarded: {awarded}. Received: avance {avance}, solde {solde}. Redistributed to members: {given}. "
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
        self._store(lambda: store.set_money(self.db, self.dossier_id, key, {"date": date.iso(), "amount": amount.value()}))

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
        self._store(lambda: store.set_redistribution(self.db, self.dossier_id, og, date_field.iso(), amount_field.value()))

    def _add_expense(self) -> None:
        data = store.dossier_data(self.db, self.dossier_id)
        dialog = ExpenseDialog(self, [e["label"] for e in data["dossier"].get("budget", {}).get("expenses", [])])
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return
        self._store(lambda: store.add_expense(self.db, self.dossier_id, **dialog.values()))
        self.load()

    def _store(self, action) -> None:
        try:
            action()
        except StorageError as exc:
            self.error_label.setText(render(exc.message))
            return
        self.error_label.setText("")
        self._show_table(store.dossier_data(self.db, self.dossier_id))
        self.changed.emit()


def _iso(value):
    import datetime as dt

    return dt.date.fromisoformat(value) if value else None
