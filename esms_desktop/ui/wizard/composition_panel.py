"""The live composition panel of the grappe step: size against the campaign's thresholds, where to file,
sectors, small OGs, and every finding of ``rules.composition`` with what, why, source and how to fix."""

from __future__ import annotations


from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtWidgets import (
    QFrame,
    QGridLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QStyle,
    QVBoxLayout,
    QWidget,
)

from esms_desktop import formatting
from esms_desktop.i18n import render
from esms_desktop.rules.campaign import Campaign, CampaignFileError
from esms_desktop.rules.dossier import Dossier
from esms_desktop.rules.grappe.composition import CompositionReport, composition_of, window_text
from esms_desktop.rules.findings import Finding
from esms_desktop.rules.identity.geography import region_name
from esms_desktop.ui.campaign_errors import campaign_error_text
from esms_desktop.rules.campaign import readable_source

COLOURS = {"blocking": "#fdecea", "warning": "#fff4e5", "info": "#e8f0fe"}
BORDERS = {"blocking": "#d93025", "warning": "#e37400", "info": "#1a73e8"}
ICONS = {
    "blocking": QStyle.StandardPixmap.SP_MessageBoxCritical,
    "warning": QStyle.StandardPixmap.SP_MessageBoxWarning,
    "info": QStyle.StandardPixmap.SP_MessageBoxInformation,
}


def compute(dossier: Dossier) -> tuple[CompositionReport | None, Campaign | None, str | None]:
    """(report, campaign, error) for a dossier; ``error`` when the campaign file cannot be read."""
    try:
        campaign = dossier.campaign()
    except CampaignFileError as exc:
        return None, None, campaign_error_text(exc)
    return composition_of(dossier, campaign), campaign, None


def _card_style() -> str:
    """One style sheet for every card (a style sheet per widget costs about 1 ms each: 48 cards at 200 ESSMS)."""
    rules = ["QLabel#findingWhat { font-weight: bold; }", "QLabel#findingSource { color: #555555; }",
             "QPushButton#findingShow { text-align: left; color: #1a0dab; padding: 0; }"]
    for severity in COLOURS:
        rules.append(f'QFrame#findingCard[severity="{severity}"] {{ background: {COLOURS[severity]}; '
                     f"border-left: 4px solid {BORDERS[severity]}; border-radius: 3px; }}")
        rules.append(f'QFrame#findingCard[severity="{severity}"] QLabel#findingSeverity {{ '
                     f"color: {BORDERS[severity]}; font-weight: bold; }}")
    return "\n".join(rules)


CARD_STYLE = _card_style()


class FindingCard(QFrame):
    """One finding: severity icon and word, what (bold), why, source, how to fix."""

    show_subjects = Signal(tuple)

    def __init__(self, finding: Finding, parent: QWidget | None = None):
        super().__init__(parent)
        self.finding = finding
        self.setObjectName("findingCard")
        self.setProperty("severity", finding.severity)  # its colours: CARD_STYLE, set once on the panel
        grid = QGridLayout(self)
        grid.setContentsMargins(8, 6, 8, 6)
        grid.setHorizontalSpacing(8)
        grid.setVerticalSpacing(2)
        icon = QLabel()
        icon.setPixmap(self.style().standardIcon(ICONS[finding.severity]).pixmap(22, 22))
        icon.setAlignment(Qt.AlignmentFlag.AlignTop)
        self.severity_label = QLabel()
        self.what_label = QLabel(render(finding.what))
        self.why_label = QLabel()
        self.source_label = QLabel()
        self.fix_label = QLabel()
        for label in (self.what_label, self.why_label, self.source_label, self.fix_label):
            label.setWordWrap(True)
            label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.what_label.setObjectName("findingWhat")
        self.source_label.setObjectName("findingSource")
        self.severity_label.setObjectName("findingSeverity")
        grid.addWidget(icon, 0, 0, 3, 1)
        grid.addWidget(self.severity_label, 0, 1)
        grid.addWidget(self.what_label, 1, 1)
        grid.addWidget(self.why_label, 2, 1)
        grid.addWidget(self.fix_label, 3, 1)
        self.fix_label.setVisible(finding.severity != "info")  # an information has nothing to correct
        grid.addWidget(self.source_label, 4, 1)
        grid.setColumnStretch(1, 1)
        self.show_button = None
        if finding.subjects:
            self.show_button = QPushButton()
            self.show_button.setFlat(True)
            self.show_button.setCursor(Qt.CursorShape.PointingHandCursor)
            self.show_button.setObjectName("findingShow")
            self.show_button.clicked.connect(lambda: self.show_subjects.emit(finding.subjects))
            grid.addWidget(self.show_button, 5, 1)
        self.retranslate_ui()

    def retranslate_ui(self) -> None:
        words = {"blocking": self.tr("Blocking"), "warning": self.tr("Warning"), "info": self.tr("Information")}
        self.severity_label.setText(words[self.finding.severity])
        self.what_label.setText(render(self.finding.what))
        self.why_label.setText(self.tr("Why: {text}").format(text=render(self.finding.why)))
        self.fix_label.setText(self.tr("To fix: {text}").format(text=render(self.finding.fix)))
        self.source_label.setText(self.tr("Source: {source}").format(source=readable_source(self.finding.source)))
        if self.show_button is not None:
            self.show_button.setText(self.tr("Show in the list (%n)", "", len(self.finding.subjects)))


class CompositionPanel(QWidget):
    """Recomputed by ``update_from(snapshot)`` after every change of the grappe."""

    show_subjects = Signal(tuple)  # FINESS numbers a finding is about

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.report: CompositionReport | None = None
        self.campaign = None
        self.error: str | None = None
        self.og_total = 0
        self.to_confirm: list[str] = []
        self.heading = QLabel()
        self.heading.setStyleSheet("font-size: 13pt; font-weight: bold;")
        self.size_label = QLabel()
        self.filing_label = QLabel()
        self.sector_label = QLabel()
        self.og_label = QLabel()
        self.counts_label = QLabel()
        for label in (self.size_label, self.filing_label, self.sector_label, self.og_label, self.counts_label):
            label.setWordWrap(True)
            label.setTextFormat(Qt.TextFormat.PlainText)
        self.size_label.setStyleSheet("font-weight: bold;")
        self.cards_box = QWidget()
        self.cards_box.setStyleSheet(CARD_STYLE)
        self._shown_findings = None  # the findings the cards show: made again only when they change
        from esms_desktop.ui.wizard.step import Slices

        # the cards, a few per turn of the event loop (about 3 ms each: 48 at 200 ESSMS); at once unless the
        # owner says it is in a wizard (GrappeStep)
        self.slices = Slices(self, budget=0, sliced=False)  # one per turn: its layout costs more than making it
        self.cards = QVBoxLayout(self.cards_box)
        self.cards.setContentsMargins(0, 0, 0, 0)
        self.cards.setSpacing(6)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        inner = QWidget()
        inner_layout = QVBoxLayout(inner)
        inner_layout.setContentsMargins(0, 0, 4, 0)
        for widget in (self.size_label, self.filing_label, self.sector_label, self.og_label, self.counts_label):
            inner_layout.addWidget(widget)
        inner_layout.addSpacing(6)
        inner_layout.addWidget(self.cards_box)
        inner_layout.addStretch(1)
        scroll.setWidget(inner)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.heading)
        layout.addWidget(scroll, 1)
        self.retranslate_ui()

    def retranslate_ui(self) -> None:
        self.heading.setText(self.tr("Composition of the grappe"))
        self._show(language_changed=True)

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt API
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)

    # data ----------------------------------------------------------------
    def update_from(self, dossier: Dossier, computed=None) -> None:
        """Show the composition of ``dossier`` (``computed``: ``compute(dossier)`` done in the background)."""
        self.report, self.campaign, self.error = computed if computed is not None else compute(dossier)
        self.og_total = len(dossier.ogs)
        small = set(self.report.small_ogs) if self.report else set()
        self.to_confirm = [og.name or og.finess_ej for og in dossier.ogs if og.finess_ej in small and og.size_to_confirm]
        self._show()

    def finding_keys(self) -> list[str]:
        return [f.key for f in self.report.findings] if self.report else []

    def card_widgets(self) -> list[FindingCard]:
        self.slices.finish_now()
        return [self.cards.itemAt(i).widget() for i in range(self.cards.count())]

    def _add_card(self, finding: Finding) -> None:
        card = FindingCard(finding)
        card.show_subjects.connect(self.show_subjects)
        self.cards.addWidget(card)

    def _show(self, language_changed: bool = False) -> None:
        report, campaign = self.report, self.campaign
        findings = tuple(report.findings) if report is not None else ()
        if findings != self._shown_findings or language_changed:
            self._shown_findings = findings
            while self.cards.count():
                widget = self.cards.takeAt(0).widget()
                widget.setParent(None)
                widget.deleteLater()
            self.slices.start(lambda f=finding: self._add_card(f) for finding in findings)
        if report is None:
            self.size_label.setText(self.error or "")
            for label in (self.filing_label, self.sector_label, self.og_label, self.counts_label):
                label.setText("")
            return
        n = formatting.number
        self.size_label.setText(self.tr(
            "%n ESSMS — minimum {minimum}; regional call up to {regional}, national call from {national}.", "",
            report.essms_count).format(minimum=n(report.min_essms), regional=n(campaign.regional_max_essms),
                                       national=n(campaign.national_min_essms)))
        self.filing_label.setText(self._filing_text(report, campaign))
        self.sector_label.setText(self._sector_text(report))
        og_text = self.tr("Small OGs: {count} of {total}.").format(
            count=n(len(report.small_ogs)), total=n(self.og_total)) if report.essms_count else ""
        if og_text and self.to_confirm:
            og_text += " " + self.tr("Size to confirm (counted on its ESSMS in the grappe; give the total it runs "
                                     "in its form): {names}.").format(names=", ".join(self.to_confirm))
        self.og_label.setText(og_text)
        regions = ", ".join(f"{region_name(code) or code} {n(count)}" for code, count in report.region_counts.items())
        self.counts_label.setText(self.tr("ESSMS by region: {regions}.").format(regions=regions) if regions else "")

    def _filing_text(self, report: CompositionReport, campaign) -> str:
        if report.essms_count == 0:
            return ""
        region = region_name(report.filing_region) or report.filing_region or self.tr("of its region")

        def window(scope: str) -> str:  # « ? » from the rules when the campaign gives no dates: say so
            text = window_text(campaign, scope)
            return self.tr("dates not published in the campaign file") if text == "?" else text

        if report.filing_level == "national":
            return self.tr("Filed with the national call (CNSA and DNS), {window}.").format(window=window("national"))
        if report.filing_level == "multi_regional":
            return self.tr("Multi-regional grappe: filed with the ARS {region}, {window}.").format(
                region=region, window=window("multi_regional"))
        return self.tr("Regional call: filed with the ARS {region}, {window}.").format(
            region=region, window=window("regional"))

    def _sector_text(self, report: CompositionReport) -> str:
        if not report.essms_count:
            return ""
        types = report.project_type_counts
        kinds = self.tr("Project types: {acquisition} in acquisition, {conformite} in upgrade.").format(
            acquisition=formatting.number(types.get("acquisition", 0)),
            conformite=formatting.number(types.get("conformite", 0)))
        if not report.sector_counts:
            return kinds
        counts = ", ".join(f"{code} {formatting.number(v)}" for code, v in report.sector_counts.items())
        if report.majority_sector:
            sector = self.tr("Majority sector: {sector} ({counts}).").format(sector=report.majority_sector,
                                                                            counts=counts)
        else:
            sector = self.tr("No majority sector ({counts}).").format(counts=counts)
        return sector + "\n" + kinds
