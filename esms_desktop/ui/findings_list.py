"""The list of a rule check's findings (rules.findings.Finding), shared by the Budget and Planning steps.

Each line: severity — what, then « → how to fix » unless the finding asks for nothing
(:data:`rules.findings.NOTHING_TO_DO`); why and source in the tooltip. Most serious first, as the rules
sort them. Clicking a finding emits the FINESS numbers or task keys it concerns (``subject_activated``).
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QEvent, Qt, Signal
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QListWidget, QListWidgetItem, QStyle, QWidget

from esms_desktop.rules.campaign import readable_source
from esms_desktop.i18n import render
from esms_desktop.rules.findings import Finding

SUBJECTS_ROLE = Qt.ItemDataRole.UserRole
KEY_ROLE = Qt.ItemDataRole.UserRole + 1
BACKGROUNDS = {"blocking": "#fdecea", "warning": "#fff4e0", "info": "#eef5fb"}
ICONS = {
    "blocking": QStyle.StandardPixmap.SP_MessageBoxCritical,
    "warning": QStyle.StandardPixmap.SP_MessageBoxWarning,
    "info": QStyle.StandardPixmap.SP_MessageBoxInformation,
}
#: The key of the line shown when the check could not run (``show_findings(..., error)``).
ERROR_KEY = "error"


def severity_labels() -> dict[str, str]:
    return {
        "blocking": QCoreApplication.translate("FindingsList", "Blocking"),
        "warning": QCoreApplication.translate("FindingsList", "To check"),
        "info": QCoreApplication.translate("FindingsList", "Information"),
    }


class FindingsList(QListWidget):
    """Shows findings; subclasses name the list (:meth:`accessible_name`) and may say when it is empty."""

    subject_activated = Signal(tuple)

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setWordWrap(True)
        self.setUniformItemSizes(False)
        self.setSelectionMode(QListWidget.SelectionMode.SingleSelection)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.itemActivated.connect(self._activated)
        self.itemClicked.connect(self._activated)
        self.findings: tuple[Finding, ...] = ()
        self.error = ""
        self.setAccessibleName(self.accessible_name())

    # hooks ---------------------------------------------------------------------------------------
    def accessible_name(self) -> str:
        """What the list is, for screen readers (translated by the subclass)."""
        return ""

    def empty_text(self) -> str:
        """An information line shown when there is no finding ("": nothing shown)."""
        return ""

    # ---------------------------------------------------------------------------------------------
    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt API
        if event.type() == QEvent.Type.LanguageChange:
            self.setAccessibleName(self.accessible_name())
            self.show_findings(self.findings, self.error)
        super().changeEvent(event)

    def show_findings(self, findings: tuple[Finding, ...], error: str = "") -> None:
        """Show ``findings``; ``error`` (the check could not run) replaces them with one blocking line."""
        self.findings, self.error = tuple(findings), error
        self.clear()
        if error:
            self._add("blocking", error, ERROR_KEY)
            return
        if not self.findings and self.empty_text():
            self._add("info", self.empty_text(), "")
        labels = severity_labels()
        for finding in self.findings:
            text = f"{labels[finding.severity]} — {render(finding.what)}"
            if finding.has_fix:
                text += "\n→ " + render(finding.fix)
            tip = QCoreApplication.translate("FindingsList", "Why: {why}\nSource: {source}").format(
                why=render(finding.why), source=readable_source(finding.source))
            self._add(finding.severity, text, finding.key, tip, finding.subjects)

    def _add(self, severity: str, text: str, key: str, tip: str = "", subjects: tuple[str, ...] = ()) -> None:
        item = QListWidgetItem(self.style().standardIcon(ICONS[severity]), text)
        item.setBackground(QColor(BACKGROUNDS[severity]))
        item.setForeground(QColor("#1f2933"))
        item.setToolTip(tip)
        item.setData(KEY_ROLE, key)
        item.setData(SUBJECTS_ROLE, subjects)
        self.addItem(item)

    def keys(self) -> list[str]:
        return [self.item(i).data(KEY_ROLE) for i in range(self.count())]

    def texts(self) -> list[str]:
        return [self.item(i).text() for i in range(self.count())]

    def _activated(self, item: QListWidgetItem) -> None:
        subjects = item.data(SUBJECTS_ROLE)
        if subjects:
            self.subject_activated.emit(tuple(subjects))
