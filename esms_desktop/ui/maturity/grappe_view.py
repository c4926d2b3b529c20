"""Results of the whole grappe: every OG's radar overlaid, with the mean and the minimum per domain."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QEvent, Qt
from PySide6.QtWidgets import QFrame, QHeaderView, QLabel, QScrollArea, QVBoxLayout, QWidget

from esms_desktop.rules.maturity.scoring import DOMAIN_IDS, GrappeMaturity, MaturityResult, consolidate_grappe
from esms_desktop.ui.maturity.labels import domain_short
from esms_desktop.ui.maturity.radar_chart import MEAN_COLOR, MINIMUM_COLOR, PALETTE, RadarChart, RadarSeries
from esms_desktop.ui.maturity.results_view import (
    WEAKNESS_COLOR,
    cell,
    escape,
    fit_height,
    read_only_table,
    score_text,
)

LEGEND_NAME_MAX = 30


@dataclass(frozen=True)
class OgScores:
    key: str
    name: str
    result: MaturityResult | None  # None: no answer yet


def short_name(name: str, limit: int = LEGEND_NAME_MAX) -> str:
    return name if len(name) <= limit else name[: limit - 1].rstrip() + "…"


class GrappeResultsView(QScrollArea):
    def __init__(self, parent=None):
        super().__init__(parent)
        self.setWidgetResizable(True)
        self.setFrameShape(QFrame.Shape.NoFrame)
        content = QWidget()
        layout = QVBoxLayout(content)
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        self.summary.setTextFormat(Qt.TextFormat.RichText)
        self.note = QLabel()
        self.note.setWordWrap(True)
        self.note.setObjectName("hint")
        self.radar = RadarChart()
        self.radar.setMinimumSize(520, 340)
        self.radar.set_legend_side(Qt.AlignmentFlag.AlignRight)
        self.table = read_only_table(1)
        self.table.setWordWrap(False)  # one line per domain: rows keep the same height at any width
        layout.addWidget(self.summary)
        layout.addWidget(self.note)
        layout.addWidget(self.radar, 1)
        layout.addWidget(self.table)
        self.setWidget(content)
        self.ogs: list[OgScores] = []
        self.grappe: GrappeMaturity | None = None

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802
        if event.type() == QEvent.Type.LanguageChange and self.ogs:
            self.show_grappe(self.ogs)
        super().changeEvent(event)

    def show_grappe(self, ogs: list[OgScores]) -> None:
        self.ogs = list(ogs)
        grappe = self.grappe = consolidate_grappe({og.key: og.result for og in ogs})
        scored = [og for og in ogs if og.result is not None]
        if grappe.overall_mean is None:
            self.summary.setText(escape(self.tr("No OG of the grappe has answered its self-diagnostic yet.")))
        else:
            figures = self.tr("Grappe: mean overall score <b>{mean}</b>/100, lowest <b>{minimum}</b>/100.").format(
                mean=score_text(grappe.overall_mean), minimum=score_text(grappe.overall_minimum)
            )
            self.summary.setText(figures + " " + escape(self.tr("%n OG(s) scored.", "", len(scored))))
        names = {og.key: og.name for og in ogs}
        notes = []
        if grappe.missing:
            notes.append(self.tr("Not started: {names}.").format(names=", ".join(names[k] for k in grappe.missing)))
        if grappe.partial:
            notes.append(self.tr("Partial: {names}.").format(names=", ".join(names[k] for k in grappe.partial)))
        if notes:
            notes.append(self.tr("Each OG counts once in the mean and minimum, over the domains it has a score in."))
        self.note.setText(" ".join(notes))
        self.note.setVisible(bool(notes))
        self._fill_radar(grappe, scored)
        self._fill_table(grappe, scored)

    def _fill_radar(self, grappe: GrappeMaturity, scored: list[OgScores]) -> None:
        """The OGs; the mean dashed; the minimum as a wide translucent band the weakest OG shows through."""
        series = []
        for index, og in enumerate(scored):
            values = tuple(og.result.domain(d).score for d in DOMAIN_IDS)  # type: ignore[union-attr]
            series.append(RadarSeries(short_name(og.name), values, PALETTE[index % len(PALETTE)], 2.0))
        if len(scored) > 1:
            series.append(
                RadarSeries(
                    self.tr("Grappe mean"), tuple(d.mean for d in grappe.domains), MEAN_COLOR, 2.6,
                    Qt.PenStyle.DashLine, markers=False,
                )
            )
            series.append(
                RadarSeries(
                    self.tr("Grappe minimum"), tuple(d.minimum for d in grappe.domains), MINIMUM_COLOR, 8.0,
                    markers=False, alpha=80,
                )
            )
        self.radar.set_data([domain_short(d) for d in DOMAIN_IDS], series)

    def _fill_table(self, grappe: GrappeMaturity, scored: list[OgScores]) -> None:
        headers = [self.tr("Domain"), *(short_name(og.name, 20) for og in scored), self.tr("Mean"), self.tr("Minimum")]
        self.table.setColumnCount(len(headers))
        self.table.setHorizontalHeaderLabels(headers)
        for column, og in enumerate(scored, start=1):
            self.table.horizontalHeaderItem(column).setToolTip(og.name)
        self.table.setRowCount(len(grappe.domains) + 1)
        for row, domain in enumerate(grappe.domains):
            title = cell(domain_short(domain.domain_id))
            title.setToolTip(domain.title)
            self.table.setItem(row, 0, title)
            for column, og in enumerate(scored, start=1):
                score = og.result.domain(domain.domain_id).score  # type: ignore[union-attr]
                weakest = og.key in domain.weakest and len(scored) > 1
                color = WEAKNESS_COLOR if weakest else None
                self.table.setItem(row, column, cell(score_text(score), right=True, color=color))
            self.table.setItem(row, len(scored) + 1, cell(score_text(domain.mean), right=True, bold=True))
            self.table.setItem(row, len(scored) + 2, cell(score_text(domain.minimum), right=True, bold=True))
        last = len(grappe.domains)
        self.table.setItem(last, 0, cell(self.tr("Overall score"), bold=True))
        for column, og in enumerate(scored, start=1):
            self.table.setItem(last, column, cell(score_text(og.result.score), right=True, bold=True))  # type: ignore[union-attr]
        self.table.setItem(last, len(scored) + 1, cell(score_text(grappe.overall_mean), right=True, bold=True))
        self.table.setItem(last, len(scored) + 2, cell(score_text(grappe.overall_minimum), right=True, bold=True))
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        for column in range(1, len(headers)):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        fit_height(self.table)
