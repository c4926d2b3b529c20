"""Dialogs to add or edit an action of the communication plan, or a partner."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from esms_desktop.rules import coded_values as cv
from esms_desktop.rules.planning.communication import AUDIENCES, PARTNER_KINDS
from esms_desktop.ui import coded_labels
from esms_desktop.ui.planning.delegates import from_qdate, make_date_edit, to_qdate


def audience_labels() -> dict[str, str]:
    labels = {
        "professionnels": QCoreApplication.translate("CommunicationChoices", "Professionals of the ESSMS"),
        "partenaires": QCoreApplication.translate("CommunicationChoices", "Partners (liberal, health, institutional)"),
        "usagers_familles": QCoreApplication.translate("CommunicationChoices", "People accompanied and their families"),
    }
    return {code: labels[code] for code in AUDIENCES}


def audience_short_labels() -> dict[str, str]:
    """Audiences as the list of actions shows them (one short column)."""
    labels = {
        "professionnels": QCoreApplication.translate("CommunicationChoices", "Professionals"),
        "partenaires": QCoreApplication.translate("CommunicationChoices", "Partners"),
        "usagers_familles": QCoreApplication.translate("CommunicationChoices", "People and families"),
    }
    return {code: labels[code] for code in AUDIENCES}


def partner_kind_labels() -> dict[str, str]:
    named = coded_labels.labels(cv.PARTNER_KINDS)  # the words the PDF prints (rules.coded_values)
    return {code: named[code] for code in PARTNER_KINDS}


class _Dialog(QDialog):
    def __init__(self, parent: QWidget | None):
        super().__init__(parent)
        self.form = QFormLayout()
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(self.form)
        layout.addWidget(self.buttons)

    def _row(self, text: str, widget) -> None:
        label = QLabel(text)
        label.setBuddy(widget if isinstance(widget, QWidget) else None)
        self.form.addRow(label, widget)

    def _set_ok(self, enabled: bool) -> None:
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(enabled)


class ActionDialog(_Dialog):
    """An action of the plan: audience, message, channel, date, owner."""

    def __init__(self, parent: QWidget | None = None, values: dict | None = None, owners: list[str] | None = None):
        super().__init__(parent)
        values = values or {}
        self.setWindowTitle(self.tr("Communication action"))
        self.resize(560, 380)
        self.audience_combo = QComboBox()
        for code, label in audience_labels().items():
            self.audience_combo.addItem(label, code)
        self.audience_combo.setCurrentIndex(max(0, self.audience_combo.findData(values.get("audience", "professionnels"))))
        self.message_edit = QPlainTextEdit()
        self.message_edit.setPlaceholderText(self.tr("What you tell them: the project, what changes for them, when."))
        self.message_edit.setPlainText(values.get("message", ""))
        self.message_edit.setTabChangesFocus(True)
        self.channel_combo = QComboBox()
        self.channel_combo.setEditable(True)
        self.channel_combo.addItems([
            self.tr("Team meeting"), self.tr("Information meeting"), self.tr("E-mail"), self.tr("Newsletter"),
            self.tr("Letter"), self.tr("Leaflet"), self.tr("Posters"), self.tr("Intranet"),
            self.tr("Conseil de la vie sociale (CVS)"),
        ])
        self.channel_combo.setEditText(values.get("channel", ""))
        self.date_check = QCheckBox(self.tr("&Planned on"))
        self.date_edit = make_date_edit()
        day = values.get("date")
        self.date_check.setChecked(day is not None)
        self.date_edit.setDate(to_qdate(day or dt.date.today()))
        self.date_edit.setEnabled(day is not None)
        self.date_check.toggled.connect(self.date_edit.setEnabled)
        date_row = QHBoxLayout()
        date_row.addWidget(self.date_check)
        date_row.addWidget(self.date_edit)
        date_row.addStretch(1)
        self.owner_combo = QComboBox()
        self.owner_combo.setEditable(True)
        self.owner_combo.addItems(owners or [])
        self.owner_combo.setEditText(values.get("owner", ""))
        self._row(self.tr("&Audience:"), self.audience_combo)
        self._row(self.tr("&Message:"), self.message_edit)
        self._row(self.tr("&Channel:"), self.channel_combo)
        self.form.addRow(self.tr("Date:"), date_row)
        self._row(self.tr("&Owner:"), self.owner_combo)
        self.message_edit.textChanged.connect(self._update_ok)
        self._update_ok()

    def _update_ok(self) -> None:
        self._set_ok(bool(self.message_edit.toPlainText().strip()))

    def values(self) -> dict:
        return {
            "audience": self.audience_combo.currentData(),
            "message": self.message_edit.toPlainText().strip(),
            "channel": self.channel_combo.currentText().strip(),
            "date": from_qdate(self.date_edit.date()) if self.date_check.isChecked() else None,
            "owner": self.owner_combo.currentText().strip(),
        }


class PartnerDialog(_Dialog):
    """A partner to identify and inform: name, kind, informed or not."""

    def __init__(self, parent: QWidget | None = None, values: dict | None = None):
        super().__init__(parent)
        values = values or {}
        self.setWindowTitle(self.tr("Partner"))
        self.resize(460, 160)
        self.name_edit = QLineEdit(values.get("name", ""))
        self.name_edit.setMaxLength(200)
        self.kind_combo = QComboBox()
        for code, label in partner_kind_labels().items():
            self.kind_combo.addItem(label, code)
        self.kind_combo.setCurrentIndex(max(0, self.kind_combo.findData(values.get("kind", "autre"))))
        self.informed_check = QCheckBox(self.tr("This partner has been &informed of the project"))
        self.informed_check.setChecked(bool(values.get("informed")))
        self._row(self.tr("&Name:"), self.name_edit)
        self._row(self.tr("&Kind:"), self.kind_combo)
        self.form.addRow("", self.informed_check)
        self.name_edit.textChanged.connect(lambda text: self._set_ok(bool(text.strip())))
        self._set_ok(bool(self.name_edit.text().strip()))

    def values(self) -> dict:
        return {"name": self.name_edit.text().strip(), "kind": self.kind_combo.currentData(),
                "informed": self.informed_check.isChecked()}
