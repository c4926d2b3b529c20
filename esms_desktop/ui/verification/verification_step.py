"""Step "Vérification": the verdict, every criterion grouped by kind with a link to the field that fixes
it, and the GALIS helper (admissibility criteria, conditions of access, priority criteria: 003 §7, §4.2)."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QCheckBox, QHBoxLayout, QLabel, QTabWidget, QVBoxLayout

from esms_desktop import formatting as fmt
from esms_desktop.i18n import render
from esms_desktop.rules.admissibility.checker import CheckReport
from esms_desktop.rules.campaign import CampaignFileError
from esms_desktop.storage.errors import StorageError
from esms_desktop.ui.campaign_errors import campaign_error_text
from esms_desktop.ui.verification.checking import COLOURS, navigate, run_check, wizard_of
from esms_desktop.ui.verification.criteria_view import CriteriaView
from esms_desktop.ui.verification.galis_view import GalisView
from esms_desktop.ui.wizard.step import Slices, StepPage


GALIS_ROWS_PER_PART = 10  # rows of the GALIS table made between two looks at the clock (Slices)


class VerificationStep(StepPage):
    key = "verification"

    def title(self) -> str:
        return self.tr("Verification")

    def setup_ui(self) -> None:
        self._criteria_slices = self.slices(budget=0.005)  # the criteria's cards, a few per turn, then GALIS
        self.report: CheckReport | None = None
        self.failure: Exception | None = None  # why the check could not run (shown in place of the verdict)
        layout = QVBoxLayout(self)
        self.heading = QLabel()
        self.heading.setObjectName("stepHeading")
        self.verdict = QLabel()
        self.verdict.setObjectName("verdict")
        self.verdict.setWordWrap(True)
        self.note = QLabel()
        self.note.setObjectName("hint")
        self.note.setWordWrap(True)
        self.only_open_check = QCheckBox()
        self.only_open_check.toggled.connect(lambda _on: self._show_report())
        self.tabs = QTabWidget()
        self.criteria_view = CriteriaView()
        self.criteria_view.link_activated.connect(self.follow_link)
        self.galis_view = GalisView()
        self.galis_view.link_activated.connect(self.follow_link)
        self.galis_view.entry_changed.connect(self._store_galis_entry)
        # The readings the campaign file retains where a seed is ambiguous (issue 15): shown, never silent.
        self.readings_label = QLabel()
        self.readings_label.setWordWrap(True)
        self.readings_label.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        self.readings_label.setContentsMargins(8, 6, 8, 6)  # off the tab's frame, like the other tabs' contents
        self.readings_label.setTextFormat(Qt.TextFormat.RichText)
        self.tabs.addTab(self.criteria_view, "")
        self.tabs.addTab(self.galis_view, "")
        self.tabs.addTab(self.readings_label, "")
        top = QHBoxLayout()
        top.addWidget(self.verdict, 1)
        top.addWidget(self.only_open_check)
        layout.addWidget(self.heading)
        layout.addLayout(top)
        layout.addWidget(self.note)
        layout.addWidget(self.tabs, 1)

    def retranslate_ui(self) -> None:
        self.heading.setText(self.tr("Verification"))
        self.only_open_check.setText(self.tr("Show only what remains &to do"))
        self.tabs.setTabText(0, self.tr("&Criteria"))
        self.tabs.setTabText(1, self.tr("&GALIS entry helper"))
        self.tabs.setTabText(2, self.tr("&Readings retained"))
        if self.report is not None or self.failure is not None:
            self._show_report()

    def refresh(self) -> None:
        self.load()

    def fetch(self):
        """The check, the GALIS fields and what the page names, from one read of the dossier (background)."""
        from esms_desktop.rules.galis import galis_fields
        from esms_desktop.storage.loader import load_dossier

        try:
            dossier = load_dossier(self.db, self.dossier_id)
            report = run_check(self.db, self.dossier_id, dossier=dossier)
            return (report, galis_fields(dossier, dossier.campaign()), dossier.name, dossier.campaign_year,
                    dossier.galis_entered_on, None)
        except (CampaignFileError, StorageError, ValueError, OSError) as exc:
            return None, None, None, None, None, exc

    def fill(self, data) -> None:
        """The verdict and the criteria at once, then the GALIS tab a few rows per turn of the event loop
        and the readings in a turn of their own (at 200 ESSMS the GALIS table has some 270 rows, each with
        its copy button): the step counts as loading until they are all shown."""
        self.report, rows, name, year, galis_entered_on, self.failure = data
        turn = Slices.NEXT_TURN
        galis = self.galis_view.fill_work(rows, name, again=False, rows=GALIS_ROWS_PER_PART) if rows is not None else []
        self._show_report(after=[turn, lambda: self.galis_view.show_entry(galis_entered_on), *galis, turn,
                                 lambda: self._show_readings(year)])

    def _show_readings(self, year: int) -> None:
        from html import escape

        from esms_desktop.rules.campaign import CampaignFileError, load_campaign

        try:
            campaign = load_campaign(year)
        except CampaignFileError:
            self.readings_label.setText("")
            return
        items = "".join(f"<li>{escape(r.text)} <i>({escape(campaign.source_label(r.source))})</i></li>"
                        for r in campaign.readings)
        intro = escape(self.tr("Where a source is ambiguous, the rules apply the reading below; the ARS may read "
                               "it otherwise."))
        self.readings_label.setText(f"<p>{intro}</p><ul>{items}</ul>")

    @property
    def error(self) -> str:
        """Why the check could not run, in the UI language ("" when it ran)."""
        exc = self.failure
        if exc is None:
            return ""
        if isinstance(exc, CampaignFileError):
            return campaign_error_text(exc)
        detail = render(exc.message) if isinstance(exc, StorageError) else str(exc)
        return self.tr("The check could not be run: {error}").format(error=detail)

    def _step_titles(self) -> dict[str, str]:
        wizard = wizard_of(self)
        titles = wizard.step_titles() if hasattr(wizard, "step_titles") else {}  # no page built for it
        if len(titles) < 13:  # steps not in this wizard (yet): the checker's own names
            from esms_desktop.rules.admissibility.messages import STEP_TITLES

            for key, message in STEP_TITLES.items():
                titles.setdefault(key, render(message))
        return titles

    def _show_report(self, after=()) -> None:
        """The verdict and the criteria; then (a turn each, after the criteria's cards) the ``after`` parts."""
        if self.report is None:
            self.verdict.setText("✖ " + self.error)
            self.verdict.setStyleSheet(f"color: {COLOURS['not_met']}; font-size: 13pt; font-weight: bold;")
            self.note.setText("")
            self.criteria_view.setEnabled(False)
            self.galis_view.setEnabled(False)
            return
        self.criteria_view.setEnabled(True)
        self.galis_view.setEnabled(True)
        report = self.report
        if report.admissible:
            text, colour = "✔ " + self.tr("The dossier is admissible: every admissibility criterion is met."), "met"
        else:
            text = "✖ " + self.tr("%n blocking criterion/criteria: the dossier is not admissible yet.", "",
                                   report.blocking_count)
            colour = "not_met"
        self.verdict.setText(text)
        self.verdict.setStyleSheet(f"color: {COLOURS[colour]}; font-size: 13pt; font-weight: bold;")
        self.note.setText(self.tr(
            "Checked on {date} with the rules of the {year} campaign. The priority criteria do not block: they rank "
            "admissible dossiers. Click a link to go to the field that fixes a criterion.").format(
                date=fmt.date(report.checked_on or dt.date.today()), year=report.campaign_year))
        self.criteria_view.show_report(report, self._step_titles(), self.only_open_check.isChecked(),
                                       slices=self._criteria_slices, after=after)

    def _store_galis_entry(self, day: dt.date | None) -> None:
        """The user ticked (or unticked) « I entered the candidature in GALIS on … »: stored at once."""
        from esms_desktop.storage.planning import set_galis_entry

        from esms_desktop.ui.autosave import Write

        db, dossier_id = self.db, self.dossier_id

        def stored(_result) -> None:
            self.refresh()
            self.changed.emit()

        self.submit_write(Write(lambda: set_galis_entry(db, dossier_id, day), stored))  # in the background queue

    def follow_link(self, step: str, field: object) -> None:
        if step == self.key:  # the values GALIS asks for are shown here
            self.tabs.setCurrentWidget(self.galis_view)
            if field == "galis_entered_check":
                self.galis_view.entered_check.setFocus()
            return
        navigate(self, step, field if isinstance(field, str) else None)
