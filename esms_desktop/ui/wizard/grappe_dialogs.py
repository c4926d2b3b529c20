"""Dialogs to add or edit an OG or an ESSMS of the grappe (FINESS checked as it is typed)."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from esms_desktop.rules.finess import check_finess
from esms_desktop.ui.wizard import choices
from esms_desktop.ui.wizard.finess_field import FinessField


class _FormDialog(QDialog):
    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.form = QFormLayout()
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self.name_error = QLabel()
        self.name_error.setObjectName("fieldError")
        self.name_error.hide()
        layout = QVBoxLayout(self)
        layout.addLayout(self.form)
        layout.addWidget(self.buttons)

    def _update_ok(self, *_args) -> None:
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(self._acceptable())

    def _acceptable(self) -> bool:
        return self.finess.is_acceptable() and bool(self.name_edit.text().strip())

    def _add_common(self, finess_label: str, name_label: str) -> None:
        self.finess = FinessField()
        self.name_edit = QLineEdit()
        self.name_edit.setMaxLength(200)
        self.form.addRow(finess_label, self.finess)
        self.form.addRow(name_label, self.name_edit)
        self.form.addRow("", self.name_error)
        self.finess.validity_changed.connect(self._update_ok)
        self.name_edit.textChanged.connect(self._update_ok)
        self.name_edit.textChanged.connect(lambda t: self.name_error.setVisible(not t.strip()))


class OgDialog(_FormDialog):
    """Add or edit an organisme gestionnaire."""

    def __init__(self, parent: QWidget | None = None, values: dict | None = None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("Organisme gestionnaire"))
        self._add_common(self.tr("FINESS &EJ (legal entity):"), self.tr("&Name:"))
        self.name_error.setText(self.tr("Type the name of the organisme gestionnaire."))
        self.porteur_check = QCheckBox(self.tr("This OG is the &porteur: it files and carries the project"))
        self.form.addRow("", self.porteur_check)
        values = values or {}
        self.finess.setText(values.get("finess_ej", ""))
        self.name_edit.setText(values.get("name", ""))
        self.porteur_check.setChecked(bool(values.get("is_porteur")))
        self._update_ok()

    def values(self) -> dict:
        return {
            "finess_ej": self.finess.number(),
            "name": self.name_edit.text().strip(),
            "is_porteur": self.porteur_check.isChecked(),
        }


class EssmsDialog(_FormDialog):
    """Add or edit an ESSMS."""

    def __init__(self, parent: QWidget | None = None, values: dict | None = None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("ESSMS"))
        self._add_common(self.tr("FINESS &ET (establishment):"), self.tr("&Name:"))
        self.name_error.setText(self.tr("Type the name of the establishment or service."))
        self.category_edit = QLineEdit()
        self.category_edit.setMaxLength(4)
        self.category_edit.setPlaceholderText(self.tr("e.g. 500 for an EHPAD"))
        self.sector_combo = QComboBox()
        for code, label in choices.sectors():
            self.sector_combo.addItem(label, code)
        self.persons_spin = QSpinBox()
        self.persons_spin.setRange(0, 100000)
        self.persons_spin.setSpecialValueText(self.tr("(not known)"))
        self.form.addRow(self.tr("FINESS &category:"), self.category_edit)
        self.form.addRow(self.tr("&Sector:"), self.sector_combo)
        self.form.addRow(self.tr("&Persons accompanied (active files):"), self.persons_spin)
        self.department_label = QLabel()
        self.form.addRow(self.tr("Department:"), self.department_label)
        self.finess.edit.textChanged.connect(self._show_department)
        values = values or {}
        self.finess.setText(values.get("finess_et", ""))
        self.name_edit.setText(values.get("name", ""))
        self.category_edit.setText(values.get("category_code") or "")
        self.sector_combo.setCurrentIndex(max(0, self.sector_combo.findData(values.get("sector"))))
        self.persons_spin.setValue(values.get("persons_accompanied") or 0)
        self._update_ok()

    def _show_department(self, text: str) -> None:
        result = check_finess(text) if text.strip() else None
        self.department_label.setText(result.department if result and result.valid else "")

    def values(self) -> dict:
        result = check_finess(self.finess.text()) if self.finess.text().strip() else None
        return {
            "finess_et": self.finess.number(),
            "name": self.name_edit.text().strip(),
            "category_code": self.category_edit.text().strip() or None,
            "sector": self.sector_combo.currentData(),
            "department": result.department if result and result.valid else None,
            "persons_accompanied": self.persons_spin.value() or None,
        }
