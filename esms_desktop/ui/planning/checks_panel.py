"""A list of findings (rules.findings.Finding): what, how to fix it, and why in the tooltip, most serious first."""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QListWidget, QListWidgetItem, QStyle, QWidget

from esms_desktop.i18n import render
from esms_desktop.rules.findings import Finding

SUBJECTS_ROLE = Qt.ItemDataRole.UserRole
KEY_ROLE = Qt.ItemDataRole.UserRole + 1
BACKGROUNDS = {"blocking": "#fdecea", "warning": "#fff4e0", "info": "#eef5fb"}
NOTHING_TO_DO = "Nothing to do."


class ChecksPanel(QListWidget):
    """Shows findings; ``subject_activated`` gives the subjects (task keys, FINESS) of a clicked finding."""

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
        self.setAccessibleName(self.tr("Checks of the planning"))

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802
        if event.type() == QEvent.Type.LanguageChange:
            self.setAccessibleName(self.tr("Checks of the planning"))
            self.show_findings(self.findings)
        super().changeEvent(event)

    def severity_label(self, severity: str) -> str:
        return {"blocking": self.tr("Blocking"), "warning": self.tr("To check"), "info": self.tr("Information")}[severity]

    def show_findings(self, findings: tuple[Finding, ...], error: str = "") -> None:
        self.findings = tuple(findings)
        self.clear()
        style = self.style()
        icons = {
            "blocking": style.standardIcon(QStyle.StandardPixmap.SP_MessageBoxCritical),
            "warning": style.standardIcon(QStyle.StandardPixmap.SP_MessageBoxWarning),
            "info": style.standardIcon(QStyle.StandardPixmap.SP_MessageBoxInformation),
        }
        if error:
            item = QListWidgetItem(icons["blocking"], error)
            item.setBackground(QColor(BACKGROUNDS["blocking"]))
            self.addItem(item)
            return
        for finding in self.findings:
            text = f"{self.severity_label(finding.severity)} — {render(finding.what)}"
            if finding.fix.text != NOTHING_TO_DO:
                text += "\n→ " + render(finding.fix)
            item = QListWidgetItem(icons[finding.severity], text)
            item.setBackground(QColor(BACKGROUNDS[finding.severity]))
            item.setForeground(QColor("#1f2933"))
            item.setToolTip(self.tr("Why: {why}\nSource: {source}").format(why=render(finding.why), source=finding.source))
            item.setData(SUBJECTS_ROLE, finding.subjects)
            item.setData(KEY_ROLE, finding.key)
            self.addItem(item)

    def texts(self) -> list[str]:
        return [self.item(i).text() for i in range(self.count())]

    def keys(self) -> list[str]:
        return [self.item(i).data(KEY_ROLE) for i in range(self.count())]

    def _activated(self, item: QListWidgetItem) -> None:
        subjects = item.data(SUBJECTS_ROLE)
        if subjects:
            self.subject_activated.emit(tuple(subjects))
