"""The live summary of the check in the wizard's navigation bar: « ✖ 2 critères bloquants » or « ✔ Dossier
recevable », refreshed whenever the dossier changes; clicking it opens the step « Vérification »."""

from __future__ import annotations

from PySide6.QtCore import QEvent
from PySide6.QtWidgets import QPushButton, QWidget

from esms_desktop.i18n import render
from esms_desktop.rules.campaign import CampaignFileError
from esms_desktop.ui.campaign_errors import campaign_error_text
from esms_desktop.ui.verification.checking import COLOURS


class CheckSummary(QPushButton):
    """Put in the navigation bar of ``wizard`` (a WizardView: ``state_changed``, ``go_to_step``)."""

    def __init__(self, wizard: QWidget):
        super().__init__(wizard)
        self.wizard = wizard
        self.setObjectName("checkSummary")
        self.report = None
        self.failure: Exception | None = None
        self.clicked.connect(lambda: wizard.go_to_step("verification"))
        self._show()

    def refresh(self) -> None:
        """Check the stored dossier again: asked of the wizard, whose background refresh brings the report."""
        self.wizard.refresh_states()

    def show_report(self, report, failure: Exception | None = None) -> None:
        """The check of the dossier just read (None with ``failure``: unavailable, said why)."""
        self.report, self.failure = report, failure
        self._show()

    def _show(self) -> None:
        report = self.report
        if report is None:
            text, state = "? " + self.tr("Check unavailable"), "not_applicable"
            if isinstance(self.failure, CampaignFileError):
                tip = campaign_error_text(self.failure)
            else:
                tip = self.tr("The check could not be run; open the step « Verification » to see why.")
        elif report.admissible:
            text, state = "✔ " + self.tr("Admissible dossier"), "met"
            tip = self.tr("Every admissibility criterion is met. Click to see the whole check.")
        else:
            text = "✖ " + self.tr("%n blocking criterion/criteria", "", report.blocking_count)
            state = "not_met"
            lines = [f"• {render(c.label)}" for c in report.blocking[:6]]
            tip = self.tr("Click to see the whole check.") + "\n" + "\n".join(lines)
        self.setText(text)
        self.setToolTip(tip)
        self.setStyleSheet(f"QPushButton#checkSummary {{ color: {COLOURS[state]}; font-weight: bold; }}")

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt API
        if event.type() == QEvent.Type.LanguageChange:
            self._show()
        super().changeEvent(event)
