"""The form of an ESSMS: found in the FINESS reference as the user types its number or name, then its
current DUI, SONS order, earlier funding, « confort » services and whether it is an isolated ESSMS."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from esms_desktop.rules.grappe import sectors
from esms_desktop.rules.identity.finess import check_finess
from esms_desktop.rules.identity.geography import department_name, department_region, region_name
from esms_desktop.ui.finess_import import ReferenceStatus, presence_text
from esms_desktop.ui.wizard import choices
from esms_desktop.ui.wizard import grappe_choices as gc
from esms_desktop.ui.wizard.finess_field import FinessField
from esms_desktop.ui.wizard.finess_lookup import FinessLookup
from esms_desktop.ui.glossary import with_help


def compact_combo(combo: QComboBox, chars: int = 14) -> None:
    """A combo as wide as its column allows rather than as its longest item (the dialog stays narrow)."""
    combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
    combo.setMinimumContentsLength(chars)


def department_text(dept: str | None) -> str:
    """« 71 — Saône-et-Loire (Bourgogne-Franche-Comté) »; the code alone when unknown."""
    if not dept:
        return ""
    name = department_name(dept)
    region = region_name(department_region(dept))
    text = f"{dept} — {name}" if name else dept
    return f"{text} ({region})" if region else text


class EssmsDialog(QDialog):
    """Add or edit an ESSMS. ``og_finess_ej``: the OG it is added to (its EJ is compared with the
    reference's); ``existing``: FINESS ET already in the grappe → name of their OG (refused here)."""

    def __init__(self, parent: QWidget | None = None, values: dict | None = None, *, og_finess_ej: str = "",
                 existing: dict[str, str] | None = None, dossier_project_type: str = "acquisition"):
        super().__init__(parent)
        self.setWindowTitle(self.tr("ESSMS"))
        self.og_finess_ej = og_finess_ej
        self.dossier_project_type = dossier_project_type
        self.existing = dict(existing or {})
        self.record = None  # the reference record last picked
        self.finess_name = (values or {}).get("finess_name") or ""  # the name as FINESS spells it (the reference)
        self._stored_label = (values or {}).get("category_label")
        self._build()
        self._fill(values or {})
        self._update_ok()
        self.finess.edit.setFocus()  # the dialog opens on its FINESS field

    # building ------------------------------------------------------------
    def _build(self) -> None:
        self.reference = ReferenceStatus()
        self.reference.changed.connect(self._reference_changed)
        self.finess = FinessField()
        self.finess.edit.setPlaceholderText(self.tr("FINESS number, or the start of it"))
        self.duplicate_error = QLabel()
        self.duplicate_error.setObjectName("fieldError")
        self.duplicate_error.setWordWrap(True)
        self.duplicate_error.hide()
        self.presence_label = QLabel()  # found in / absent from the FINESS reference of <date>
        self.presence_label.setWordWrap(True)
        self.presence_label.hide()
        self.ej_warning = QLabel()
        self.ej_warning.setWordWrap(True)
        self.ej_warning.setStyleSheet("color: #8a4b00;")
        self.ej_warning.hide()
        self.name_edit = QLineEdit()
        self.name_edit.setMaxLength(200)
        self.name_edit.setPlaceholderText(self.tr("type a few words of the name or the town to search"))
        self.finess_name_label = QLabel()  # FINESS' own spelling, the reference, beside the user's
        self.finess_name_label.setObjectName("hint")
        self.finess_name_label.setWordWrap(True)
        self.finess_name_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.finess_name_label.hide()
        self.name_error = QLabel(self.tr("Type the name of the establishment or service."))
        self.name_error.setObjectName("fieldError")
        self.name_error.hide()
        self.address_edit = QLineEdit()
        self.postcode_edit = QLineEdit()
        self.postcode_edit.setMaxLength(10)
        self.postcode_edit.setFixedWidth(80)
        self.town_edit = QLineEdit()
        place = QHBoxLayout()
        place.addWidget(self.postcode_edit)
        place.addWidget(self.town_edit, 1)
        self.category_edit = QLineEdit()
        self.category_edit.setMaxLength(4)
        self.category_edit.setFixedWidth(60)
        self.category_edit.setPlaceholderText("500")
        self.category_label = QLabel()
        self.category_label.setWordWrap(True)
        category = QHBoxLayout()
        category.addWidget(self.category_edit)
        category.addWidget(self.category_label, 1)
        self.department_label = QLabel()
        self.department_label.setWordWrap(True)
        self.sector_combo = QComboBox()
        compact_combo(self.sector_combo, 10)
        for code, label in choices.sectors():
            self.sector_combo.addItem(label, code)
        self.override_check = QCheckBox(self.tr("C&hange the sector"))
        self.override_check.setToolTip(self.tr("The sector follows the FINESS category unless you change it here."))

        identity = QFormLayout()
        self._row(identity, self.tr("FINESS &ET (establishment):"), self.finess, self.finess.edit,
                  self.duplicate_error, self.presence_label)
        self._row(identity, self.tr("&Name:"), self.name_edit, self.name_edit, self.finess_name_label,
                  self.name_error, self.ej_warning)
        identity.addRow(self.tr("A&ddress:"), self.address_edit)
        self._row(identity, self.tr("Postcode and to&wn:"), place, self.postcode_edit)
        self._row(identity, self.tr("FINESS &category:"), category, self.category_edit)
        identity.addRow(self.tr("Department:"), self.department_label)
        self._row(identity, self.tr("&Sector:"), self.sector_combo, self.sector_combo, self.override_check)

        from esms_desktop.ui.budget.widgets import CountSpin

        self.persons_spin = CountSpin()  # a minus sign is refused where typed, saying why
        self.persons_spin.setRange(0, 100000)
        self.persons_spin.setGroupSeparatorShown(False)
        self.persons_spin.setSpecialValueText(self.tr("(not known)"))
        self.persons_spin.setToolTip(self.tr("People in the workforce on 31/12 plus definitive exits of the year."))
        self.dui_combo = QComboBox()
        compact_combo(self.dui_combo)
        for code, label in gc.dui_kinds():
            self.dui_combo.addItem(label, code)
        self.dui_software = QLineEdit()
        self.dui_software.setPlaceholderText(self.tr("software"))
        self.dui_version = QLineEdit()
        self.dui_version.setPlaceholderText(self.tr("version"))
        self.dui_version.setFixedWidth(90)
        dui = QHBoxLayout()
        dui.addWidget(self.dui_software, 1)
        dui.addWidget(self.dui_version)
        self.sons_check = QCheckBox(self.tr("SONS « Prestation Ségur » &ordered, for:"))
        self.sons_software = QLineEdit()
        self.funded_check = QCheckBox(self.tr("Already &funded by ESMS numérique, for:"))
        self.funded_software = QLineEdit()
        self.confort_check = QCheckBox(self.tr("Also offers « confort » ho&me services"))
        self.isolated_check = QCheckBox(self.tr("Isolated ESSMS joining the &grappe"))
        self.project_type_combo = QComboBox()
        compact_combo(self.project_type_combo)
        types = gc.project_types()
        self.project_type_combo.addItem(self.tr("As the dossier: {type}").format(
            type=gc.label_of(types, self.dossier_project_type)), None)
        for code, label in types:
            self.project_type_combo.addItem(label, code)
        self.notes_edit = QPlainTextEdit()
        self.notes_edit.setTabChangesFocus(True)  # Tab goes on to the next field
        self.notes_edit.setFixedHeight(56)
        activity = QFormLayout()
        persons_label = QLabel(self.tr("&Persons accompanied (file active):"))
        persons_label.setBuddy(self.persons_spin)
        activity.addRow(persons_label, with_help(self.persons_spin, "file active"))
        activity.addRow(self.tr("Pro&ject type:"), self.project_type_combo)
        activity.addRow(self.tr("Current D&UI:"), self.dui_combo)
        activity.addRow("", dui)
        activity.addRow(with_help(self.sons_check, "SONS"))
        activity.addRow("", self.sons_software)
        activity.addRow(self.funded_check)
        activity.addRow("", self.funded_software)
        activity.addRow(self.confort_check)
        activity.addRow(self.isolated_check)
        activity.addRow(self.tr("No&tes:"), self.notes_edit)

        columns = QHBoxLayout()
        columns.addWidget(self._group(self.tr("Establishment"), identity), 4)
        columns.addWidget(self._group(self.tr("Activity, DUI and earlier funding"), activity), 5)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.reference)
        layout.addLayout(columns)
        layout.addWidget(self.buttons)
        # room for the second column's choices (« Comme le dossier : Acquisition… » was cut at 900 px),
        # within the screen (1080 px on a 1280 × 720 one; a smaller screen gets at most its width)
        screen = self.screen().availableGeometry().width() if self.screen() is not None else 1280
        self.resize(min(max(self.sizeHint().width(), 1080), screen - 40), 560)  # never wider than the screen

        self.number_lookup = FinessLookup(self.finess.edit, min_chars=2, parent=self)
        self.name_lookup = FinessLookup(self.name_edit, min_chars=3, parent=self)
        for lookup in (self.number_lookup, self.name_lookup):
            lookup.picked.connect(self.apply_record)
        self.finess.validity_changed.connect(self._update_ok)
        self.finess.edit.textChanged.connect(self._number_changed)
        self.name_edit.textChanged.connect(self._update_ok)
        self.name_edit.textChanged.connect(lambda _t: self._show_finess_name())
        self.name_edit.textChanged.connect(lambda t: self.name_error.setVisible(not t.strip()))
        self.category_edit.textChanged.connect(self._category_changed)
        self.override_check.toggled.connect(self._override_toggled)
        self.dui_combo.currentIndexChanged.connect(self._update_enabled)
        self.sons_check.toggled.connect(self._update_enabled)
        self.funded_check.toggled.connect(self._update_enabled)

    @staticmethod
    def _row(form: QFormLayout, text: str, field, buddy: QWidget, *below: QWidget) -> None:
        """A form row whose label has a buddy (for its accelerator), with messages stacked under the field."""
        label = QLabel(text)
        label.setBuddy(buddy)
        if below or not isinstance(field, QWidget):
            box = QWidget()
            column = QVBoxLayout(box)
            column.setContentsMargins(0, 0, 0, 0)
            column.setSpacing(2)
            if isinstance(field, QWidget):
                column.addWidget(field)
            else:
                column.addLayout(field)
            for widget in below:
                column.addWidget(widget)
            field = box
        form.addRow(label, field)

    @staticmethod
    def _group(title: str, layout) -> QGroupBox:
        box = QGroupBox(title)
        box.setLayout(layout)
        return box

    def _fill(self, v: dict) -> None:
        self.finess.setText(v.get("finess_et", ""))
        self.name_edit.setText(v.get("name", ""))
        self.address_edit.setText(v.get("address", ""))
        self.postcode_edit.setText(v.get("postcode", ""))
        self.town_edit.setText(v.get("town", ""))
        self.override_check.setChecked(bool(v.get("sector_override")))
        self.category_edit.setText(v.get("category_code") or "")
        self._set_sector(v.get("sector"))
        self.persons_spin.setValue(v.get("persons_accompanied") or 0)
        self.dui_combo.setCurrentIndex(max(0, self.dui_combo.findData(v.get("dui_kind", "none"))))
        self.dui_software.setText(v.get("dui_software", ""))
        self.dui_version.setText(v.get("dui_version", ""))
        self.sons_check.setChecked(bool(v.get("sons_ordered")))
        self.sons_software.setText(v.get("sons_software", ""))
        self.funded_check.setChecked(bool(v.get("already_funded")))
        self.funded_software.setText(v.get("funded_software", ""))
        self.confort_check.setChecked(bool(v.get("confort_services")))
        self.isolated_check.setChecked(bool(v.get("isolated")))
        self.project_type_combo.setCurrentIndex(max(0, self.project_type_combo.findData(v.get("project_type"))))
        self.notes_edit.setPlainText(v.get("notes", ""))
        self._show_starts()
        self._category_changed()
        self._update_enabled()
        self._show_finess_name()
        self.reference.setVisible(True)

    def _show_finess_name(self) -> None:
        """FINESS' spelling under the name when the user's differs; and when the reference now spells it
        otherwise than when it was looked up, that too (compared on FINESS' spellings, not the user's)."""
        record, number = self.record, self.finess.number()
        current = record.display_name if record is not None and record.finess_et == number else ""
        lines = []
        if self.finess_name and self.finess_name != self.name_edit.text().strip():
            lines.append(self.tr("FINESS spelling (the reference): {name}").format(name=self.finess_name))
        if current and self.finess_name and current != self.finess_name:
            lines.append(self.tr("The FINESS reference now spells it: {name}").format(name=current))
        self.finess_name_label.setText("\n".join(lines))
        self.finess_name_label.setVisible(bool(lines))

    def _show_starts(self) -> None:
        """Filled by the program, long texts show their start (setText leaves the cursor at the end)."""
        for edit in (self.name_edit, self.address_edit, self.town_edit, self.dui_software, self.sons_software,
                     self.funded_software):
            edit.setCursorPosition(0)

    # reactions -------------------------------------------------------------
    def _reference_changed(self) -> None:
        self._number_changed(self.finess.text())

    def _set_sector(self, code) -> None:
        self.sector_combo.setCurrentIndex(max(0, self.sector_combo.findData(code)))

    def derived_sector(self) -> str | None:
        return sectors.sector_for_category(self.category_edit.text().strip() or None)

    def _category_changed(self, *_args) -> None:
        code = self.category_edit.text().strip()
        label = sectors.category_label(code) if code else None
        if label is None and self.record is not None and self.record.category_code == code:
            label = self.record.category_label
        if label is None and code and self._stored_label:
            label = self._stored_label
        if code and label and sectors.is_to_check(code):
            label = self.tr("{label} — an ESSMS or not: to check with the ARS").format(label=label)
        elif code and label and not sectors.is_essms_category(code):
            label = self.tr("{label} — not an ESSMS category").format(label=label)
        elif code and not label:
            label = self.tr("unknown category")
        self.category_label.setText(label or "")
        derived = self.derived_sector()
        if derived and not self.override_check.isChecked():
            self._set_sector(derived)
        self.sector_combo.setEnabled(derived is None or self.override_check.isChecked())
        self.override_check.setEnabled(derived is not None)

    def _override_toggled(self, checked: bool) -> None:
        if not checked and self.derived_sector():
            self._set_sector(self.derived_sector())
        self._category_changed()

    def _update_enabled(self, *_args) -> None:
        has_dui = self.dui_combo.currentData() != "none"
        self.dui_software.setEnabled(has_dui)
        self.dui_version.setEnabled(has_dui)
        self.sons_software.setEnabled(self.sons_check.isChecked())
        self.funded_software.setEnabled(self.funded_check.isChecked())

    def _number_changed(self, text: str) -> None:
        result = check_finess(text) if text.strip() else None
        valid = bool(result and result.valid)
        self.department_label.setText(department_text(result.department) if valid else "")
        other = self.existing.get(result.number) if valid else None
        if other is not None:
            self.duplicate_error.setText(
                self.tr("This ESSMS is already in the grappe, under the OG « {og} ».").format(og=other))
        self.duplicate_error.setVisible(other is not None)
        if self.finess_name and self.record is not None and valid and self.record.finess_et != result.number:
            self.finess_name = ""  # another establishment: its FINESS spelling no longer applies
        if valid and (self.record is None or self.record.finess_et != result.number):
            from esms_desktop.storage import finess_reference

            try:
                self.record = finess_reference.get(finess_reference.default_db_path(), result.number)
            except finess_reference.FinessReferenceError:  # a damaged reference: the form works without it
                self.record = None
        self._check_ej()
        self._update_ok()

    def _check_ej(self) -> None:
        record = self.record
        number = self.finess.number()
        mismatch = (record is not None and record.finess_et == number and bool(self.og_finess_ej)
                    and record.finess_ej != self.og_finess_ej)
        if mismatch:
            self.ej_warning.setText(self.tr(
                "In the FINESS reference this establishment belongs to the FINESS EJ {ej}, not to the OG's "
                "({og_ej}). Check that it is added to the right OG.").format(ej=record.finess_ej,
                                                                          og_ej=self.og_finess_ej))
        self.ej_warning.setVisible(mismatch)
        self._show_presence()
        self._show_finess_name()

    def _show_presence(self) -> None:
        text = self.finess.text()
        result = check_finess(text) if text.strip() else None
        note = presence_text(result.number, self.record) if result is not None and result.valid else ""
        found = self.record is not None and result is not None and self.record.finess_et == result.number
        self.presence_label.setText(note)
        self.presence_label.setStyleSheet("color: #555555;" if found else "color: #8a4b00;")
        self.presence_label.setVisible(bool(note))

    def apply_record(self, record) -> None:
        """Fill the form from a reference record (a match picked in the look-up)."""
        self.record = record
        self.finess.setText(record.finess_et)
        from esms_desktop.rules.identity.names import readable_name

        self.finess_name = record.display_name
        self.name_edit.setText(readable_name(record.display_name))  # the user's spelling, to edit
        self._show_finess_name()
        self.address_edit.setText(record.address)
        self.postcode_edit.setText(record.postcode)
        self.town_edit.setText(record.town)
        self.category_edit.setText(record.category_code)
        self._show_starts()
        self._category_changed()
        self._check_ej()
        self.persons_spin.setFocus()

    def _update_ok(self, *_args) -> None:
        ok = self.finess.is_acceptable() and bool(self.name_edit.text().strip()) and self.duplicate_error.isHidden()
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(ok)

    def values(self) -> dict:
        """The ESSMS's fields as ``storage.grappe`` stores them (all but the referent)."""
        result = check_finess(self.finess.text()) if self.finess.text().strip() else None
        code = self.category_edit.text().strip() or None
        derived = self.derived_sector()
        sector = self.sector_combo.currentData()
        has_dui = self.dui_combo.currentData() != "none"
        label = sectors.category_label(code) or (
            self.record.category_label if self.record is not None and self.record.category_code == code
            else self._stored_label if code else None)
        return {
            "finess_et": self.finess.number(),
            "name": self.name_edit.text().strip(),
            "finess_name": self.finess_name,
            "category_code": code,
            "category_label": label if code else None,
            "sector": sector,
            "sector_override": bool(derived) and self.override_check.isChecked() and sector != derived,
            "department": result.department if result and result.valid else None,
            "address": self.address_edit.text().strip(),
            "postcode": self.postcode_edit.text().strip(),
            "town": self.town_edit.text().strip(),
            "persons_accompanied": self.persons_spin.value() or None,
            "dui_kind": self.dui_combo.currentData(),
            "dui_software": self.dui_software.text().strip() if has_dui else "",
            "dui_version": self.dui_version.text().strip() if has_dui else "",
            "sons_ordered": self.sons_check.isChecked(),
            "sons_software": self.sons_software.text().strip() if self.sons_check.isChecked() else "",
            "already_funded": self.funded_check.isChecked(),
            "funded_software": self.funded_software.text().strip() if self.funded_check.isChecked() else "",
            "confort_services": self.confort_check.isChecked(),
            "isolated": self.isolated_check.isChecked(),
            "project_type": self.project_type_combo.currentData(),
            "notes": self.notes_edit.toPlainText().strip(),
        }
