"""The form of one person of the governance: identity, COPIL / COPROJ roles, project lead (FTE, skills)."""

from __future__ import annotations

from PySide6.QtCore import QLocale
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QDoubleSpinBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from esms_desktop.ui.wizard import grappe_choices as gc
from esms_desktop.ui.wizard.checked_field import email_field


class PersonDialog(QDialog):
    """Add or edit a person; ``values()`` gives the fields ``storage.governance`` stores."""

    def __init__(self, parent: QWidget | None = None, values: dict | None = None, organisations: list[str] = ()):
        super().__init__(parent)
        self.setWindowTitle(self.tr("Person of the project"))
        self.name_edit = QLineEdit()
        self.name_edit.setMaxLength(200)
        self.name_error = QLabel(self.tr("Type the person's name."))
        self.name_error.setObjectName("fieldError")
        self.name_error.hide()
        self.function_edit = QLineEdit()
        self.function_edit.setPlaceholderText(self.tr("e.g. Director, nurse coordinator, DUI referent"))
        self.organisation_combo = QComboBox()
        self.organisation_combo.setEditable(True)
        self.organisation_combo.addItems(list(organisations))
        self.email = email_field()
        self.phone_edit = QLineEdit()
        self.phone_edit.setMaxLength(40)
        self.copil_combo = QComboBox()
        for code, label in gc.copil_roles():
            self.copil_combo.addItem(label, code)
        self.coproj_combo = QComboBox()
        for code, label in gc.coproj_roles():
            self.coproj_combo.addItem(label, code)
        self.lead_check = QCheckBox(self.tr("Project &lead (chef de projet) of the grappe"))
        self.fte_spin = QDoubleSpinBox()
        self.fte_spin.setRange(0, 10)
        self.fte_spin.setDecimals(2)
        self.fte_spin.setSingleStep(0.1)
        self.fte_spin.setSpecialValueText(self.tr("(not set)"))
        self.fte_spin.setSuffix(" " + self.tr("FTE"))
        self.fte_spin.setLocale(QLocale(QLocale.Language.French, QLocale.Country.France))  # 0,5 as users write it
        self.skills_edit = QPlainTextEdit()
        self.skills_edit.setTabChangesFocus(True)  # Tab goes on to the next field
        self.skills_edit.setFixedHeight(64)
        self.skills_edit.setPlaceholderText(self.tr("e.g. IT project management, DUI set-up, training"))
        form = QFormLayout()
        form.addRow(self.tr("&Name:"), self.name_edit)
        form.addRow("", self.name_error)
        form.addRow(self.tr("&Function:"), self.function_edit)
        form.addRow(self.tr("&Organisation:"), self.organisation_combo)
        form.addRow(self.tr("E-&mail:"), self.email)
        form.addRow(self.tr("P&hone:"), self.phone_edit)
        form.addRow(self.tr("In the &COPIL (steering committee):"), self.copil_combo)
        form.addRow(self.tr("In the CO&PROJ (project committee):"), self.coproj_combo)
        form.addRow(self.lead_check)
        form.addRow(self.tr("&Time on the project:"), self.fte_spin)
        form.addRow(self.tr("&Skills:"), self.skills_edit)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addStretch(1)
        layout.addWidget(self.buttons)
        self.resize(560, 400)
        self.name_edit.textChanged.connect(self._update_ok)
        self.name_edit.textChanged.connect(lambda t: self.name_error.setVisible(not t.strip()))
        self.email.validity_changed.connect(self._update_ok)
        self._fill(values or {})
        self._update_ok()

    def _fill(self, v: dict) -> None:
        self.name_edit.setText(v.get("name", ""))
        self.function_edit.setText(v.get("function", ""))
        self.organisation_combo.setCurrentText(v.get("organisation", ""))
        self.email.setText(v.get("email", ""))
        self.phone_edit.setText(v.get("phone", ""))
        self.copil_combo.setCurrentIndex(max(0, self.copil_combo.findData(v.get("copil_role", ""))))
        self.coproj_combo.setCurrentIndex(max(0, self.coproj_combo.findData(v.get("coproj_role", ""))))
        self.lead_check.setChecked(bool(v.get("project_lead")))
        self.fte_spin.setValue(v.get("fte") or 0)
        self.skills_edit.setPlainText(v.get("skills", ""))

    def _update_ok(self, *_args) -> None:
        ok = bool(self.name_edit.text().strip()) and self.email.is_acceptable()
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(ok)

    def values(self) -> dict:
        return {
            "name": self.name_edit.text().strip(),
            "function": self.function_edit.text().strip(),
            "organisation": self.organisation_combo.currentText().strip(),
            "email": self.email.text(),
            "phone": self.phone_edit.text().strip(),
            "copil_role": self.copil_combo.currentData(),
            "coproj_role": self.coproj_combo.currentData(),
            "project_lead": self.lead_check.isChecked(),
            "fte": self.fte_spin.value() or None,
            "skills": self.skills_edit.toPlainText().strip(),
        }
