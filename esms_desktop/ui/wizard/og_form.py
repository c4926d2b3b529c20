"""The form of an organisme gestionnaire (OG): identity, contact, SI and RGPD, national entity, funding."""

from __future__ import annotations

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
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from esms_desktop import formatting
from esms_desktop.rules.campaign import Campaign
from esms_desktop.rules.dossier import Essms, Og
from esms_desktop.rules.identity.identifiers import normalise_siret
from esms_desktop.storage import finess_reference
from esms_desktop.ui.wizard import grappe_choices as gc
from esms_desktop.ui.wizard.checked_field import email_field, siret_field
from esms_desktop.ui.wizard.finess_field import FinessField
from esms_desktop.ui.wizard.og_total_from_finess import FinessTotalRow


def _combo(items: list[tuple]) -> QComboBox:
    combo = QComboBox()
    for code, label in items:
        combo.addItem(label, code)
    return combo


def _set(combo: QComboBox, value) -> None:
    combo.setCurrentIndex(max(0, combo.findData(value)))


class OgDialog(QDialog):
    """Add or edit an organisme gestionnaire. ``values()`` gives the fields ``storage.grappe`` stores.

    ``essms`` are its ESSMS in the grappe (``rules.dossier.Essms``, from ``storage.load_dossier``);
    ``campaign`` gives the small-OG ceiling and which specific funding it offers. Whether the OG is
    small is ``rules.dossier.Og.is_small``, as in the composition panel, the grant and the checker.
    """

    def __init__(self, parent: QWidget | None = None, values: dict | None = None, *,
                 essms: tuple[Essms, ...] = (), campaign: Campaign | None = None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("Organisme gestionnaire"))
        self.campaign = campaign
        self.essms = tuple(essms)
        self._build()
        self._fill(values or {})
        self._update_ok()

    # building ------------------------------------------------------------
    def _build(self) -> None:
        self.finess = FinessField()
        self.reference_hint = QLabel()
        self.reference_hint.setObjectName("hint")
        self.reference_hint.setWordWrap(True)
        self.name_edit = QLineEdit()
        self.name_edit.setMaxLength(200)
        self.name_error = QLabel(self.tr("Type the name of the organisme gestionnaire."))
        self.name_error.setObjectName("fieldError")
        self.name_error.hide()
        self.siret = siret_field()
        self.legal_combo = _combo(gc.legal_statuses())
        self.address_edit = QLineEdit()
        self.address_edit.setPlaceholderText(self.tr("e.g. 12 rue de Paris, 89000 Auxerre"))
        identity = QFormLayout()
        identity.addRow(self.tr("FINESS &EJ (legal entity):"), self.finess)
        identity.addRow("", self.reference_hint)
        identity.addRow(self.tr("&Name:"), self.name_edit)
        identity.addRow("", self.name_error)
        identity.addRow(self.tr("SIREN / SI&RET:"), self.siret)
        identity.addRow(self.tr("&Legal status:"), self.legal_combo)
        # 000: « Plus de nécessité de passer par une phase de marché public […] hormis pour les OG soumis
        # au Code de la Commande Publique »
        self.procurement_combo = QComboBox()
        self.procurement_combo.addItem(self.tr("By its legal status (public: yes)"), None)
        self.procurement_combo.addItem(self.tr("Yes"), True)
        self.procurement_combo.addItem(self.tr("No"), False)
        identity.addRow(self.tr("Su&bject to the Code de la commande publique:"), self.procurement_combo)
        identity.addRow(self.tr("&Address:"), self.address_edit)

        self.contact_name = QLineEdit()
        self.contact_email = email_field()
        self.contact_phone = QLineEdit()
        self.contact_phone.setMaxLength(40)
        contact = QFormLayout()
        contact.addRow(self.tr("&Contact person:"), self.contact_name)
        contact.addRow(self.tr("E-&mail:"), self.contact_email)
        contact.addRow(self.tr("&Phone:"), self.contact_phone)
        self.legal_rep_name = QLineEdit()
        self.legal_rep_name.setMaxLength(200)
        self.legal_rep_function = QLineEdit()
        self.legal_rep_function.setMaxLength(200)
        self.legal_rep_function.setPlaceholderText(self.tr("e.g. Director general, President of the association"))
        legal_rep_hint = QLabel(self.tr("Signs the engagement letter and the partnership convention; left empty, "
                                        "the PDF leaves a line to fill in by hand."))
        legal_rep_hint.setObjectName("hint")
        legal_rep_hint.setWordWrap(True)
        legal_rep = QFormLayout()
        legal_rep.addRow(self.tr("Name of the &signatory:"), self.legal_rep_name)
        legal_rep.addRow(self.tr("&Function:"), self.legal_rep_function)
        legal_rep.addRow(legal_rep_hint)
        self.porteur_check = QCheckBox(self.tr("This OG is the porteur: it files and carries the pro&ject"))

        self.rsi_check = QCheckBox(self.tr("The OG has an IT manager (RS&I)"))
        # 003 §7 criterion 8: « la désignation d'un DPO […] réalisées ou en cours de réalisation »
        self.dpo_combo = _combo(gc.progress_statuses())
        self.rgpd_combo = _combo(gc.progress_statuses())
        self.charter_combo = _combo(gc.progress_statuses())
        si = QFormLayout()
        si.addRow(self.rsi_check)
        si.addRow(self.tr("Designation of a &DPO:"), self.dpo_combo)
        si.addRow(self.tr("R&GPD compliance:"), self.rgpd_combo)
        si.addRow(self.tr("IT c&harter:"), self.charter_combo)

        self.entity_edit = QLineEdit()
        self.entity_edit.setPlaceholderText(self.tr("leave empty when the OG is attached to none"))
        self.agreement_check = QCheckBox(self.tr("Its &written agreement is obtained"))
        entity = QFormLayout()
        entity.addRow(self.tr("National entit&y:"), self.entity_edit)
        entity.addRow(self.agreement_check)
        self.entity_edit.textChanged.connect(self._update_agreement)

        self.size_label = QLabel()
        self.size_label.setWordWrap(True)
        self.size_label.setObjectName("hint")
        self.total_spin = QSpinBox()
        self.total_spin.setRange(0, 100000)
        self.total_spin.setSpecialValueText(self.tr("(not known)"))
        self.total_spin.setToolTip(self.tr("Every ESSMS the OG runs, not only those it brings to the grappe: "
                                           "a small OG is judged on it."))
        self.total_spin.valueChanged.connect(self._show_size)
        total_row = QFormLayout()
        self.total_from_finess = FinessTotalRow(self.total_spin, self.finess)  # « Proposer depuis FINESS »
        total_row.addRow(self.tr("ESSMS it runs in &total:"), self.total_from_finess)
        self.equipment_check = QCheckBox(self.tr("E&quipment and infrastructure"))
        self.purchasing_check = QCheckBox(self.tr("AMOA for the p&urchasing procedure"))
        self.piloting_check = QCheckBox(self.tr("AMOA or internal project manager to pilot the wor&k"))
        funding = QVBoxLayout()
        funding.addLayout(total_row)
        for widget in (self.size_label, self.equipment_check, self.purchasing_check, self.piloting_check):
            funding.addWidget(widget)

        left = QVBoxLayout()
        left.addWidget(self._group(self.tr("Identity"), identity))
        left.addWidget(self._group(self.tr("Contact"), contact))
        left.addWidget(self._group(self.tr("Legal representative (signatory)"), legal_rep))
        left.addWidget(self.porteur_check)
        left.addStretch(1)
        right = QVBoxLayout()
        right.addWidget(self._group(self.tr("Information system and RGPD"), si))
        right.addWidget(self._group(self.tr("Attachment to a national entity"), entity))
        right.addWidget(self._group(self.tr("Specific funding requested"), funding))
        right.addStretch(1)
        columns = QHBoxLayout()
        columns.addLayout(left, 3)
        columns.addLayout(right, 2)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(columns)
        layout.addWidget(self.buttons)
        self.finess.validity_changed.connect(self._update_ok)
        self.finess.edit.textChanged.connect(self._show_reference)
        self.name_edit.textChanged.connect(self._update_ok)
        self.name_edit.textChanged.connect(lambda t: self.name_error.setVisible(not t.strip()))
        self.siret.validity_changed.connect(self._update_ok)
        self.contact_email.validity_changed.connect(self._update_ok)
        self.resize(980, 560)

    @staticmethod
    def _group(title: str, layout) -> QGroupBox:
        box = QGroupBox(title)
        box.setLayout(layout)
        return box

    def _fill(self, v: dict) -> None:
        self.finess.setText(v.get("finess_ej", ""))
        self.name_edit.setText(v.get("name", ""))
        self.siret.setText(v.get("siret", ""))
        _set(self.legal_combo, v.get("legal_status"))
        self.address_edit.setText(v.get("address", ""))
        self.contact_name.setText(v.get("contact_name", ""))
        self.contact_email.setText(v.get("contact_email", ""))
        self.contact_phone.setText(v.get("contact_phone", ""))
        self.legal_rep_name.setText(v.get("legal_rep_name", ""))
        self.legal_rep_function.setText(v.get("legal_rep_function", ""))
        self.porteur_check.setChecked(bool(v.get("is_porteur")))
        self.rsi_check.setChecked(bool(v.get("has_rsi")))
        dpo = v.get("dpo_status") or ("done" if v.get("dpo_designated") else "not_started")
        _set(self.dpo_combo, dpo)
        self.procurement_combo.setCurrentIndex(max(0, self.procurement_combo.findData(v.get("public_procurement"))))
        _set(self.rgpd_combo, v.get("rgpd_status", "not_started"))
        _set(self.charter_combo, v.get("it_charter", "not_started"))
        self.entity_edit.setText(v.get("national_entity", ""))
        self.agreement_check.setChecked(bool(v.get("national_agreement")))
        self.equipment_check.setChecked(bool(v.get("funding_equipment")))
        self.purchasing_check.setChecked(bool(v.get("funding_amoa_purchasing")))
        self.piloting_check.setChecked(bool(v.get("funding_amoa_piloting")))
        self.total_spin.setValue(v.get("essms_total") or 0)
        self._update_agreement()
        self._show_size()
        self._show_reference()

    # derived information ---------------------------------------------------
    def og(self) -> Og:
        """The OG as typed so far, with its ESSMS in the grappe (what the small-OG rule reads)."""
        return Og(self.finess.number(), essms=self.essms, essms_total=self.total_spin.value() or None)

    def is_small(self) -> bool | None:
        """The small-OG verdict shown (None without a campaign)."""
        return None if self.campaign is None else self.og().is_small(self.campaign)

    def _show_size(self, *_args) -> None:
        og = self.og()
        count = len(self.essms)
        text = self.tr("%n ESSMS of this OG in the grappe.", "", count)
        if self.campaign is not None and count:
            ceiling = og.small_limit(self.campaign)
            if og.is_small(self.campaign):
                text += " " + self.tr("Small OG (at most {max} ESSMS): it may ask for the specific funding below.").format(
                    max=formatting.number(ceiling))
            else:
                text += " " + self.tr("Not a small OG (more than {max} ESSMS): the specific funding is meant for "
                                      "small OGs.").format(max=formatting.number(ceiling))
            if og.size_to_confirm:
                text += " " + self.tr("To confirm: judged on its ESSMS in the grappe; type above every ESSMS it runs.")
        if self.campaign is not None:
            aids = self.campaign.small_og
            for check, aid in ((self.equipment_check, aids.equipment), (self.purchasing_check, aids.amoa_purchasing),
                               (self.piloting_check, aids.amoa_piloting)):
                if not aid.offered and not check.isChecked():
                    check.setEnabled(False)
                    check.setToolTip(self.tr("The {year} campaign does not offer this funding.").format(
                        year=self.campaign.year))
        self.size_label.setText(text)

    def _show_reference(self, *_args) -> None:
        text = ""
        if self.finess.is_acceptable() and self.finess.text().strip():
            try:
                found = finess_reference.establishments_of(finess_reference.default_db_path(), self.finess.number())
            except finess_reference.FinessReferenceError:  # a damaged reference is reported where it is imported
                found = []
            if found:
                text = self.tr("%n establishment(s) of this FINESS EJ in the FINESS reference.", "", len(found))
                info = finess_reference.reference_info(finess_reference.default_db_path())
                if info is not None:  # the reference's date, wherever it is used
                    text += " " + self.tr("(extract of {date})").format(
                        date=formatting.date(info["extract_date"]) or "?")
        self.reference_hint.setText(text)
        self.reference_hint.setVisible(bool(text))
        self._grow_to_fit()

    def _grow_to_fit(self) -> None:
        """Taller when a wrapped hint needs more lines than the form has room for (it was cut), within
        the screen."""
        layout = self.layout()
        if layout is None or not layout.hasHeightForWidth():
            return
        needed = self.heightForWidth(self.width())
        screen = self.screen()
        if screen is not None:
            needed = min(needed, screen.availableGeometry().height() - 60)
        if needed > self.height():
            self.resize(self.width(), needed)

    def _update_agreement(self, *_args) -> None:
        attached = bool(self.entity_edit.text().strip())
        self.agreement_check.setEnabled(attached)

    def _update_ok(self, *_args) -> None:
        ok = (self.finess.is_acceptable() and bool(self.name_edit.text().strip())
              and self.siret.is_acceptable() and self.contact_email.is_acceptable())
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(ok)

    def values(self) -> dict:
        """The OG's fields (every name of ``storage.grappe.OG_FIELDS``)."""
        entity = self.entity_edit.text().strip()
        return {
            "finess_ej": self.finess.number(),
            "name": self.name_edit.text().strip(),
            "is_porteur": self.porteur_check.isChecked(),
            "siret": normalise_siret(self.siret.text()),
            "legal_status": self.legal_combo.currentData(),
            "address": self.address_edit.text().strip(),
            "contact_name": self.contact_name.text().strip(),
            "contact_email": self.contact_email.text(),
            "contact_phone": self.contact_phone.text().strip(),
            "legal_rep_name": self.legal_rep_name.text().strip(),
            "legal_rep_function": self.legal_rep_function.text().strip(),
            "has_rsi": self.rsi_check.isChecked(),
            "dpo_designated": self.dpo_combo.currentData() == "done",
            "dpo_status": self.dpo_combo.currentData(),
            "public_procurement": self.procurement_combo.currentData(),
            "rgpd_status": self.rgpd_combo.currentData(),
            "it_charter": self.charter_combo.currentData(),
            "national_entity": entity,
            "national_agreement": bool(entity) and self.agreement_check.isChecked(),
            "funding_equipment": self.equipment_check.isChecked(),
            "funding_amoa_purchasing": self.purchasing_check.isChecked(),
            "funding_amoa_piloting": self.piloting_check.isChecked(),
            "essms_total": self.total_spin.value() or None,
        }
