"""Step "Solution DUI": the DUI chosen, its Ségur referencing, services socles and référentiels, and the
commitments of the grappe (ROR, earlier wave, national reach). Admissibility criteria 4, 5 and 6.

How many services socles count, and which, and the size of the national call are figures of the dossier's
campaign (``Campaign.min_services_socles``, ``counted_services_socles``, ``national_min_essms``)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QFormLayout,
    QGridLayout,
    QGroupBox,
    QLabel,
    QLineEdit,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from esms_desktop.rules.admissibility.criteria import (
    REFERENTIAL_NAMES,
    REFERENTIALS_BY_SECTOR,
    counted_socles,
    needed_referentials,
)
from esms_desktop.rules.campaign import Campaign, CampaignFileError, campaign_of
from esms_desktop.storage import dossiers, solution
from esms_desktop.ui.autosave import Write
from esms_desktop.ui.campaign_errors import campaign_error_text
from esms_desktop.ui.wizard.step import Completion, StepPage


class SolutionStep(StepPage):
    key = "solution"

    def title(self) -> str:
        return self.tr("DUI solution")

    def setup_ui(self) -> None:
        self._filling = False
        self._sectors: dict[str, int] = {}
        self.campaign: Campaign | None = None
        self.campaign_error: CampaignFileError | None = None
        outer = QVBoxLayout(self)
        self.heading = QLabel()
        self.heading.setObjectName("stepHeading")
        self.intro = QLabel()
        self.intro.setWordWrap(True)
        outer.addWidget(self.heading)
        outer.addWidget(self.intro)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        body = QWidget()
        layout = QVBoxLayout(body)
        scroll.setWidget(body)
        outer.addWidget(scroll, 1)

        self.dui_box = QGroupBox()
        form = QFormLayout(self.dui_box)
        self.software_edit = QLineEdit()
        self.software_edit.setMaxLength(200)
        self.editor_edit = QLineEdit()
        self.editor_edit.setMaxLength(200)
        self.segur_check = QCheckBox()
        self.segur_hint = QLabel()
        self.segur_hint.setObjectName("hint")
        self.segur_hint.setWordWrap(True)
        self.software_label, self.editor_label = QLabel(), QLabel()
        self.software_label.setBuddy(self.software_edit)
        self.editor_label.setBuddy(self.editor_edit)
        form.addRow(self.software_label, self.software_edit)
        form.addRow(self.editor_label, self.editor_edit)
        from esms_desktop.ui.glossary import WhatIsThis, with_help

        form.addRow(with_help(self.segur_check, "référencé Ségur"))
        form.addRow(self.segur_hint)
        # 000: « Accès facilité pour les ESMS de GHT (avec notamment la possibilité de choisir un DPI
        # référencé Ségur) »: offered from 2023 (Campaign.ght_route)
        self.ght_check = QCheckBox()
        form.addRow(self.ght_check)
        layout.addWidget(self.dui_box)

        self.socles_box = QGroupBox()
        grid = QGridLayout(self.socles_box)
        self.socles_hint = QLabel()
        self.socles_hint.setWordWrap(True)
        grid.addWidget(self.socles_hint, 0, 0, 1, 2)
        self.socles_help = WhatIsThis("services socles")
        grid.addWidget(self.socles_help, 0, 2, Qt.AlignmentFlag.AlignTop)
        self.socle_checks: dict[str, QCheckBox] = {}
        for i, code in enumerate(solution.SERVICES_SOCLES):
            check = QCheckBox()
            setattr(self, f"{code}_check", check)  # dmp_check, mss_check... (links from the check)
            self.socle_checks[code] = check
            grid.addWidget(check, 1 + i // 2, i % 2)
        self.socles_count = QLabel()
        grid.addWidget(self.socles_count, 2 + len(self.socle_checks) // 2, 0, 1, 2)
        layout.addWidget(self.socles_box)

        self.referentials_box = QGroupBox()
        box = QVBoxLayout(self.referentials_box)
        self.referentials_needed = QLabel()
        self.referentials_needed.setWordWrap(True)
        box.addWidget(self.referentials_needed)
        self.referential_checks: dict[str, QCheckBox] = {}
        for code in solution.REFERENTIALS:
            check = QCheckBox()
            setattr(self, f"{code}_check", check)  # serafin_ph_check, aggir_check, pathos_check
            self.referential_checks[code] = check
            box.addWidget(check)
        layout.addWidget(self.referentials_box)

        self.commitments_box = QGroupBox()
        box = QVBoxLayout(self.commitments_box)
        self.ror_check = QCheckBox()
        self.earlier_wave_check = QCheckBox()
        self.national_reach_check = QCheckBox()
        self.national_hint = QLabel()
        self.national_hint.setObjectName("hint")
        self.national_hint.setWordWrap(True)
        for widget in (self.ror_check, self.earlier_wave_check, self.national_reach_check, self.national_hint):
            box.addWidget(widget)
        layout.addWidget(self.commitments_box)
        layout.addStretch(1)

        saver = self.context.autosaver
        saver.bind_line_edit(self.software_edit, lambda v: None if self._filling else self._write(software=v))
        saver.bind_line_edit(self.editor_edit, lambda v: None if self._filling else self._write(editor=v))
        self.segur_check.toggled.connect(lambda on: self._save(segur_referenced=on))
        self.ght_check.toggled.connect(lambda on: self._save(ght_route=on))
        # one item at a time: what someone else ticks meanwhile is kept (storage.solution.set_choice)
        for code, check in self.socle_checks.items():
            check.toggled.connect(lambda on, c=code: self._save_choice("services_socles", c, on))
        for code, check in self.referential_checks.items():
            check.toggled.connect(lambda on, c=code: self._save_choice("referentials", c, on))
        self.ror_check.toggled.connect(lambda on: self._save(commit_ror=on))
        self.earlier_wave_check.toggled.connect(lambda on: self._save(earlier_wave=on))
        self.national_reach_check.toggled.connect(lambda on: self._save(national_reach=on))

    def retranslate_ui(self) -> None:
        self.heading.setText(self.tr("DUI solution"))
        self.intro.setText(self.tr(
            "The dossier usager informatisé (DUI) of the project: the software and its editor, whether its version "
            "is Ségur-referenced, the services socles it exchanges with and the référentiels it integrates. "
            "These are admissibility criteria of the call (4, 5 and 6)."))
        self.dui_box.setTitle(self.tr("The DUI"))
        self.software_label.setText(self.tr("&Software:"))
        self.editor_label.setText(self.tr("Edit&or:"))
        self.software_edit.setPlaceholderText(self.tr("e.g. the name of the DUI chosen or targeted"))
        self.segur_check.setText(self.tr("Its &version is Ségur-referenced (ANS referencing)"))
        self.ght_check.setText(self.tr("&GHT route: the ESSMS choose the Ségur-referenced DPI of their GHT "
                                       "(from 2023, no procurement phase of their own)"))
        self.segur_hint.setText(self.tr(
            "A DUI that is not Ségur-referenced is accepted only where the campaign allows it (2022: acquisitions by grappes "
            "mostly of PA, PH or home-care ESSMS, with a DUI compliant with the national specification)."))
        self.socles_box.setTitle(self.tr("Services socles"))
        names = {
            "dmp": self.tr("&DMP / Mon espace santé"), "mss": self.tr("&MSSanté (secure messaging)"),
            "ins": self.tr("&INS (national health identity)"), "eprescription": self.tr("e-&prescription"),
            "plateforme_regionale": self.tr("Regional e-parcours p&latform"),
            "psc": self.tr("Pro Santé &Connect"), "apcv": self.tr("&ApCV (mobile carte Vitale)"),
        }
        for code, check in self.socle_checks.items():
            check.setText(names[code].replace("&", ""))  # a long list: Tab and Space, no Alt letters
        self._socle_names = {code: names[code].replace("&", "") for code in names}
        self.referentials_box.setTitle(self.tr("Référentiels integrated in the DUI"))
        for code, check in self.referential_checks.items():
            check.setText({"serafin_ph": self.tr("Sé&rafin-PH (people with disabilities)"),
                           "aggir": self.tr("A&GGIR (dependency of elderly people)"),
                           "pathos": self.tr("PA&THOS (care needs in EHPAD)")}[code].replace("&", ""))
        self.commitments_box.setTitle(self.tr("Commitments"))
        self.ror_check.setText(self.tr("The grappe commits to fill the &ROR (répertoire opérationnel des ressources)"))
        self.earlier_wave_check.setText(self.tr("A dossier was filed in an earlier &wave of the programme"))
        self.national_reach_check.setText(self.tr("The pro&ject has a national reach"))
        self._show_campaign_texts()
        self._show_counts()

    def _show_campaign_texts(self) -> None:
        """The hints that quote the campaign's figures; the campaign's problem in their place without rules."""
        c = self.campaign
        for label in (self.socles_hint, self.national_hint):
            label.setStyleSheet("color: #b00020;" if c is None else "")
        if c is None:
            problem = campaign_error_text(self.campaign_error) if self.campaign_error is not None else ""
            self.socles_hint.setText(problem)
            self.national_hint.setText(problem)
            return
        counted = [self._socle_names.get(code, code) for code in c.counted_services_socles]
        self.socles_hint.setText(self.tr(
            "Tick those the DUI is interoperable with. At least {minimum} among: {names}.").format(
                minimum=c.min_services_socles, names=", ".join(counted))
            + (" " + self.tr("Indicative: the 2022 figure, repeated until the {year} campaign gives its own.").format(
                year=c.year) if c.is_carried("services_socles") else ""))
        self.national_hint.setText(self.tr(
            "A grappe of fewer than {national} ESSMS representative of the offer at national level may file with "
            "the national call.").format(national=c.national_min_essms))

    @classmethod
    def completion_of(cls, dossier, report) -> Completion:
        """``rules.progress`` under the campaign this step shows (read again: the year may have changed)."""
        from esms_desktop.rules.progress import STEP_STATES

        try:
            campaign = campaign_of({"campaign_year": dossier.campaign_year})
        except CampaignFileError:
            campaign = None
        return Completion(STEP_STATES[cls.key](dossier, campaign, report))

    def fetch(self):
        """The solution's fields, the campaign and the grappe's sectors (background: no widget)."""
        year = dossiers.get_dossier(self.db, self.dossier_id).campaign_year
        try:
            campaign, error = campaign_of({"campaign_year": year}), None
        except CampaignFileError as exc:
            campaign, error = None, exc
        return (campaign, error, solution.get_solution(self.db, self.dossier_id),
                solution.grappe_sectors(self.db, self.dossier_id),
                solution.grappe_sectors_and_categories(self.db, self.dossier_id))

    def fill(self, data) -> None:
        self.campaign, self.campaign_error, fields, self._sectors, self._pairs = data
        self._show_campaign_texts()
        saver = self.context.autosaver
        saver.suspended, was = True, saver.suspended
        self._filling = True
        try:
            self.software_edit.setText(fields.software)
            self.editor_edit.setText(fields.editor)
            self.segur_check.setChecked(fields.segur_referenced)
            self.ght_check.setChecked(fields.ght_route)
            self.ght_check.setEnabled(bool(getattr(self.campaign, "ght_route", False)) or fields.ght_route)
            for code, check in self.socle_checks.items():
                check.setChecked(code in fields.services_socles)
            for code, check in self.referential_checks.items():
                check.setChecked(code in fields.referentials)
            self.ror_check.setChecked(fields.commit_ror)
            self.earlier_wave_check.setChecked(fields.earlier_wave)
            self.national_reach_check.setChecked(fields.national_reach)
        finally:
            self._filling = False
            saver.suspended = was
        self._show_counts()

    @staticmethod
    def _checked(checks: dict[str, QCheckBox]) -> list[str]:
        return [code for code, check in checks.items() if check.isChecked()]

    def _write(self, **values) -> Write:
        return Write(lambda: solution.update_solution(self.db, self.dossier_id, **values), self._stored)

    def _save(self, **values) -> None:
        """A tick: stored in the background (the line edits go through the autosaver: ``_write``)."""
        if not self._filling:
            self.submit_write(self._write(**values))

    def _save_choice(self, field: str, code: str, chosen: bool) -> None:
        if self._filling:
            return
        self.submit_write(Write(lambda: solution.set_choice(self.db, self.dossier_id, field, code, chosen), self._stored))

    def _stored(self, _result=None) -> None:
        self._show_counts()
        self.changed.emit()

    def _show_counts(self) -> None:
        self.referentials_needed.setText(self._needed_text())
        c = self.campaign
        if c is None:
            self.socles_count.setText("")
            return
        counted = counted_socles(c, self._checked(self.socle_checks))
        text = self.tr("%n of the counted services ticked (out of {total})", "", len(counted)).format(
            total=len(c.counted_services_socles))
        ok = len(counted) >= c.min_services_socles
        self.socles_count.setText(("✔ " if ok else "✖ ") + text)
        self.socles_count.setStyleSheet("color: #1b7f3b;" if ok else "color: #b00020; font-weight: bold;")

    def _needed_text(self) -> str:
        sectors = {s: n for s, n in self._sectors.items() if s}
        pairs = getattr(self, "_pairs", ())
        needed = needed_referentials([s for s, _c in pairs], [c for _s, c in pairs])
        if not sectors:
            return self.tr("The sectors of the ESSMS are not known yet (step « The grappe »).")
        if not needed:
            return self.tr("No ESSMS of the PA or PH sectors: no référentiel is required.")
        parts = []
        for sector in ("PH", "PA"):
            if sector in sectors:
                refs = " + ".join(REFERENTIAL_NAMES[r] for r in REFERENTIALS_BY_SECTOR[sector]
                                  + (("pathos",) if sector == "PA" and "pathos" in needed else ()))
                parts.append(self.tr("{refs} for the %n {sector} ESSMS", "", sectors[sector]).format(
                    refs=refs, sector=sector))
        missing = [REFERENTIAL_NAMES[r] for r in needed if not self.referential_checks[r].isChecked()]
        text = self.tr("The sectors of the grappe need: {needs}.").format(needs=self.tr("; ").join(parts))
        if missing:
            text += " " + self.tr("Not ticked yet: {missing}.").format(missing=", ".join(missing))
        return text
