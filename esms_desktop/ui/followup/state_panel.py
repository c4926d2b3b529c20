"""The dossier's state: en préparation → déposé (date) → retenu (amount, convention) / non retenu (reasons)."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from esms_desktop.i18n import render
from esms_desktop.storage import followup as store
from esms_desktop.storage.errors import StorageError
from esms_desktop.ui.followup.fields import AmountField, DateField


class StatePanel(QWidget):
    """Edits the state and the ARS decision; emits ``changed`` after each stored change, ``reworked(id)``."""

    changed = Signal()
    reworked = Signal(int)

    def __init__(self, db, dossier_id: int, parent: QWidget | None = None):
        super().__init__(parent)
        self.db, self.dossier_id = db, dossier_id
        self._loading = False
        self.state_combo = QComboBox()
        self.filed_edit = DateField()
        self.decision_edit = DateField()
        self.awarded_edit = AmountField()
        self.convention_edit = DateField()
        self.reasons_edit = QPlainTextEdit()
        self.reasons_edit.setMaximumHeight(80)
        self.reopen_check = QCheckBox()
        self.rework_button = QPushButton()
        self.error_label = QLabel()
        self.error_label.setObjectName("fieldError")
        self.error_label.setStyleSheet("color: #b00020;")
        self.error_label.setWordWrap(True)
        self.labels = [QLabel() for _ in range(6)]
        form = QFormLayout()
        for label, widget in zip(self.labels, (self.state_combo, self.filed_edit, self.decision_edit,
                                               self.awarded_edit, self.convention_edit, self.reasons_edit)):
            label.setBuddy(widget)
            form.addRow(label, widget)
        buttons = QHBoxLayout()
        buttons.addWidget(self.reopen_check)
        buttons.addStretch(1)
        buttons.addWidget(self.rework_button)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addLayout(buttons)
        layout.addWidget(self.error_label)
        layout.addStretch(1)
        self.state_combo.setMaximumWidth(320)
        self.state_combo.currentIndexChanged.connect(self._save)
        for edit in (self.filed_edit, self.decision_edit, self.awarded_edit, self.convention_edit):
            edit.editingFinished.connect(self._save)
        self.reasons_edit.textChanged.connect(self._save)
        self.reopen_check.toggled.connect(self._save)
        self.rework_button.clicked.connect(self._rework)
        self.retranslate_ui()

    def retranslate_ui(self) -> None:
        texts = (self.tr("&State:"), self.tr("&Filed on:"), self.tr("&Decision on:"), self.tr("Amount &awarded (€):"),
                 self.tr("&Convention signed on:"), self.tr("ARS's &reasons:"))
        for label, text in zip(self.labels, texts):
            label.setText(text)
        self.reopen_check.setText(self.tr("Reopen the candidature steps for editing"))
        self.rework_button.setText(self.tr("Rework for the next window…"))
        self.rework_button.setToolTip(self.tr("Copy this dossier, back in preparation, to file it again"))
        current = self.state_combo.currentData()
        self._loading, was = True, self._loading
        self.state_combo.clear()
        for code, text in (("preparation", self.tr("In preparation")), ("filed", self.tr("Filed")),
                           ("selected", self.tr("Selected (retenu)")), ("rejected", self.tr("Not selected (non retenu)"))):
            self.state_combo.addItem(text, code)
        self.state_combo.setCurrentIndex(max(0, self.state_combo.findData(current)))
        self._loading = was

    def load(self, state=None) -> None:
        """Show the follow-up's state (``state``: read in the background by the step, else read here)."""
        state = state if state is not None else store.get_followup(self.db, self.dossier_id)
        self._loading = True
        try:
            self.state_combo.setCurrentIndex(max(0, self.state_combo.findData(state.state)))
            self.filed_edit.set_value(state.filed_on)
            self.decision_edit.set_value(state.decision_on)
            self.awarded_edit.set_value(state.awarded_amount)
            self.convention_edit.set_value(state.convention_signed_on)
            self.reasons_edit.setPlainText(state.refusal_reasons)
            self.reopen_check.setChecked(state.candidature_reopened)
        finally:
            self._loading = False
        self._show_fields(state.state)

    def _show_fields(self, state: str) -> None:
        visible = {
            self.filed_edit: state != "preparation",
            self.decision_edit: state in ("selected", "rejected"),
            self.awarded_edit: state == "selected",
            self.convention_edit: state == "selected",
            self.reasons_edit: state == "rejected",
        }
        for label, widget in zip(self.labels[1:], visible):
            label.setVisible(visible[widget])
            widget.setVisible(visible[widget])
        self.reopen_check.setVisible(state != "preparation")
        self.rework_button.setVisible(state == "rejected")

    def _save(self, *_args) -> None:
        if self._loading:
            return
        if not all(e.is_complete() for e in (self.filed_edit, self.decision_edit, self.convention_edit)):
            self.error_label.setText(self.tr("A date is written day/month/year, e.g. 28/05/2024."))
            return
        state = self.state_combo.currentData()
        if state != "preparation" and self.filed_edit.value() is None:
            import datetime as dt

            self.filed_edit.set_value(dt.date.today())  # filed: today unless told otherwise
        try:
            store.update_followup(
                self.db, self.dossier_id, state=state, filed_on=self.filed_edit.value(),
                decision_on=self.decision_edit.value(), awarded_amount=self.awarded_edit.value(),
                convention_signed_on=self.convention_edit.value(), refusal_reasons=self.reasons_edit.toPlainText(),
                candidature_reopened=self.reopen_check.isChecked())
        except StorageError as exc:
            self.error_label.setText(render(exc.message))
            return
        self.error_label.setText("")
        self._show_fields(state)
        self.changed.emit()

    def _rework(self) -> None:
        from esms_desktop.storage.dossiers import get_dossier

        name = get_dossier(self.db, self.dossier_id).name
        new_name, ok = QInputDialog.getText(self, self.tr("Rework for the next window"),
                                            self.tr("Name of the copy:"), text=self.tr("{name} (to rework)").format(name=name))
        if not ok or not new_name.strip():
            return
        try:
            new_id = store.rework_for_next_window(self.db, self.dossier_id, new_name.strip())
        except StorageError as exc:
            QMessageBox.warning(self, self.tr("Not copied"), render(exc.message))
            return
        self.reworked.emit(new_id)
