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
from esms_desktop.ui.followup.panel import FollowupPanel, said_in

SHOWN = ("state", "filed_on", "decision_on", "awarded_amount", "convention_signed_on", "refusal_reasons",
         "candidature_reopened")


class StatePanel(FollowupPanel):
    """Edits the state and the ARS decision; emits ``changed`` after each stored change, ``reworked(id)``.
    Its saves run in the step's background queue, saying what they started from (someone else's change of
    the same field meanwhile: « Recharger » / « Garder ma version »)."""

    reworked = Signal(int)

    def __init__(self, step, parent: QWidget | None = None):
        super().__init__(step, parent)
        self._loading = False
        self._shown: dict = {}  # the values shown (or last sent): what the next save says it started from
        self.dossier_name = ""  # read by the step with the state: the rework's proposed name
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
        # why the other tabs are greyed: they open for a retenu dossier
        self.tabs_hint = QLabel()
        self.tabs_hint.setObjectName("hint")
        self.tabs_hint.setWordWrap(True)
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
        layout.addWidget(self.tabs_hint)
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
        self.tabs_hint.setText(self.tr(
            "The Money, Deployment and Usage targets tabs open once the ARS has selected the dossier "
            "(state « Selected (retenu) »)."))
        current = self.state_combo.currentData()
        self._loading, was = True, self._loading
        self.state_combo.clear()
        for code, text in (("preparation", self.tr("In preparation")), ("filed", self.tr("Filed")),
                           ("selected", self.tr("Selected (retenu)")), ("rejected", self.tr("Not selected (non retenu)"))):
            self.state_combo.addItem(text, code)
        self.state_combo.setCurrentIndex(max(0, self.state_combo.findData(current)))
        self._loading = was

    def load(self, state=None) -> None:
        """Show the follow-up's state (``state``: read in the background by the step; None: read now, in
        the background)."""
        if state is None:
            self.read(lambda: store.get_followup(self.db, self.dossier_id), self.load)
            return
        self._shown = {name: getattr(state, name) for name in SHOWN}
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
        self.tabs_hint.setVisible(state != "selected")

    def values(self) -> dict:
        return {"state": self.state_combo.currentData(), "filed_on": self.filed_edit.value(),
                "decision_on": self.decision_edit.value(), "awarded_amount": self.awarded_edit.value(),
                "convention_signed_on": self.convention_edit.value(),
                "refusal_reasons": self.reasons_edit.toPlainText(), "candidature_reopened": self.reopen_check.isChecked()}

    def _save(self, *_args) -> None:
        if self._loading:
            return
        from esms_desktop.ui.conflict_dialog import save_changes_in_background

        if not all(e.is_complete() for e in (self.filed_edit, self.decision_edit, self.convention_edit)):
            self.error_label.setText(self.tr("A date is written day/month/year, e.g. 28/05/2024."))
            return
        state = self.state_combo.currentData()
        if state != "preparation" and self.filed_edit.value() is None:
            import datetime as dt

            self.filed_edit.set_value(dt.date.today())  # filed: today unless told otherwise
        values = self.values()
        self._show_fields(state)

        def update(db, dossier_id, _version, based_on, **changes):
            return store.update_followup(db, dossier_id, based_on=based_on, **changes)

        def stored(_result) -> None:
            self.error_label.setText("")
            self.changed.emit()

        write = save_changes_in_background(
            self, self.submit, update, self.db, self.dossier_id, 0, self._shown, values, stored, self.load,
            labels=self.labels_of_fields(), display=self._display)
        if write is None:
            return
        self._shown = dict(values)  # the next edit starts from this one (queued behind it)
        write.failed = said_in(self.error_label, also=write.failed)
        said = write.failed

        def refused(exc: Exception) -> bool:
            handled = said(exc)  # a conflict asked first (« Garder ma version » queues its write)
            # then the next save starts from what is stored (the widgets keep what was typed, said refused)
            self.read(lambda: store.get_followup(self.db, self.dossier_id),
                      lambda state: self._shown.update({name: getattr(state, name) for name in SHOWN}))
            return handled

        write.failed = refused
        self.send(write)

    def labels_of_fields(self) -> dict:
        """What the form calls its fields (the conflict box's lines)."""
        return {name: label.text().replace("&", "").rstrip(" :\u00a0\u202f") for name, label in zip(SHOWN[:6], self.labels)} | {
            "candidature_reopened": self.reopen_check.text()}

    def _display(self, name: str, value):
        if name == "state":
            index = self.state_combo.findData(value)
            return self.state_combo.itemText(index) if index >= 0 else value
        if name == "awarded_amount" and value is not None:
            from esms_desktop import formatting

            return formatting.euros(value)
        return value

    def _rework(self) -> None:
        from esms_desktop.ui.conflict_dialog import say_not_saved

        new_name, ok = QInputDialog.getText(self, self.tr("Rework for the next window"), self.tr("Name of the copy:"),
                                            text=self.tr("{name} (to rework)").format(name=self.dossier_name))
        if not ok or not new_name.strip():
            return
        name = new_name.strip()

        def refused(exc: Exception) -> bool:
            if isinstance(exc, StorageError):
                QMessageBox.warning(self, self.tr("Not copied"), render(exc.message))
            else:
                say_not_saved(self, exc)
            return True

        self.write(lambda: store.rework_for_next_window(self.db, self.dossier_id, name), self.reworked.emit, refused)
