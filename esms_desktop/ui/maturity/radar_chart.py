"""A radar (spider) chart of maturity scores: one axis per domain, 0 to 100, drawn with QtCharts' polar chart.

Each series is a closed polygon. A domain without a score breaks the polygon there (no point is made up):
the series is drawn as several lines of the same look, only the first one named in the legend.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCharts import QAreaSeries, QCategoryAxis, QChart, QChartView, QLineSeries, QPolarChart, QValueAxis
from PySide6.QtCore import QMargins, Qt
from PySide6.QtGui import QBrush, QColor, QFont, QPainter, QPen

# Distinct, mostly colour-blind-safe colours (after Okabe-Ito) for the OGs; the mean and minimum apart.
PALETTE = ("#0072B2", "#E69F00", "#009E73", "#6A3D9A", "#56B4E9", "#8C564B", "#BCBD22", "#7F7F7F")
MEAN_COLOR = "#222222"
MINIMUM_COLOR = "#B00020"
MARKER_SIZE = 3.0


@dataclass(frozen=True)
class RadarSeries:
    name: str
    values: tuple[float | None, ...]  # one per axis, 0..100, None when not scored
    color: str
    width: float = 2.0
    style: Qt.PenStyle = Qt.PenStyle.SolidLine
    filled: bool = False
    markers: bool = True
    alpha: int = 255  # of the line's colour: a wide translucent line underlines without hiding


def segments(values: tuple[float | None, ...]) -> list[list[tuple[int, float]]]:
    """Runs of consecutive scored axes as (axis position, value) points, closing the loop.

    All scored: one run back to the first point at position n. Otherwise each run stops before an
    unscored axis; a run reaching the last axis continues to position n when axis 0 is scored.
    """
    n = len(values)
    if n == 0 or all(v is None for v in values):
        return []
    if all(v is not None for v in values):
        return [[(i, float(v)) for i, v in enumerate(values)] + [(n, float(values[0]))]]  # type: ignore[arg-type]
    start = next(i for i in range(n) if values[i] is None)  # begin just after a gap
    runs: list[list[tuple[int, float]]] = []
    current: list[tuple[int, float]] = []
    for step in range(1, n + 1):
        i = (start + step) % n
        value = values[i]
        if value is None:
            if current:
                runs.append(current)
            current = []
            continue
        if i == 0 and current:  # crossing the seam: the previous point is at position n-1
            current.append((n, float(value)))
            runs.append(current)
            current = [(0, float(value))]
            continue
        current.append((i, float(value)))
    if current:
        runs.append(current)
    return [run for run in runs if run]


class RadarChart(QChartView):
    """``set_data(axis labels, series)``; ``series`` keeps what is shown (for tests and the tooltip)."""

    def __init__(self, parent=None):
        self.polar = QPolarChart()
        super().__init__(self.polar, parent)
        self.setRenderHint(QPainter.RenderHint.Antialiasing)
        self.setMinimumSize(320, 300)
        self.polar.setMargins(QMargins(4, 4, 4, 4))
        self.polar.setBackgroundRoundness(0)
        self.polar.legend().setAlignment(Qt.AlignmentFlag.AlignBottom)
        self.polar.setAnimationOptions(QChart.AnimationOption.NoAnimation)
        self.angular = QCategoryAxis()
        self.angular.setLabelsPosition(QCategoryAxis.AxisLabelsPosition.AxisLabelsPositionOnValue)
        self.radial = QValueAxis()
        self.radial.setRange(0, 100)
        self.radial.setTickCount(6)
        self.radial.setLabelFormat("%d")
        small = QFont(self.font())
        small.setPointSizeF(max(6.0, small.pointSizeF() - 1))
        self.radial.setLabelsFont(small)
        self.radial.setLabelsColor(QColor("#777777"))
        self.polar.addAxis(self.angular, QPolarChart.PolarOrientation.PolarOrientationAngular)
        self.polar.addAxis(self.radial, QPolarChart.PolarOrientation.PolarOrientationRadial)
        self.series: list[RadarSeries] = []
        self.labels: list[str] = []
        self._upper_lines: list[QLineSeries] = []  # an area series does not own its line: keep it alive

    def set_legend_side(self, alignment: Qt.AlignmentFlag) -> None:
        self.polar.legend().setAlignment(alignment)

    def set_data(self, labels: list[str], series: list[RadarSeries]) -> None:
        self.polar.removeAllSeries()
        self._upper_lines.clear()
        for label in list(self.angular.categoriesLabels()):
            self.angular.remove(label)
        n = len(labels)
        self.angular.setRange(0, max(n, 1))
        self.angular.setStartValue(0)
        for i, label in enumerate(labels):
            self.angular.append(label, i)
        self.labels, self.series = list(labels), list(series)
        for item in series:
            self._add(item, n)
        self.polar.legend().setVisible(len(series) > 1)
        self._describe()

    def _add(self, item: RadarSeries, n: int) -> None:
        color = QColor(item.color)
        color.setAlpha(item.alpha)
        pen = QPen(color, item.width, item.style)
        pen.setCapStyle(Qt.PenCapStyle.RoundCap)
        pen.setJoinStyle(Qt.PenJoinStyle.RoundJoin)
        runs = segments(item.values)
        whole = len(runs) == 1 and len(runs[0]) == n + 1
        for index, run in enumerate(runs):
            if item.filled and whole:  # the fill under the outline, without a border back to the centre
                upper = QLineSeries()
                for x, y in run:
                    upper.append(x, y)
                self._upper_lines.append(upper)
                area = QAreaSeries(upper)
                fill = QColor(item.color)
                fill.setAlpha(50)
                area.setBrush(QBrush(fill))
                area.setPen(QPen(Qt.PenStyle.NoPen))
                self._attach(area)
                for marker in self.polar.legend().markers(area):
                    marker.setVisible(False)
            line = QLineSeries()
            line.setName(item.name)
            for x, y in run:
                line.append(x, y)
            line.setPen(pen)
            line.setPointsVisible(item.markers)
            line.setMarkerSize(MARKER_SIZE)
            self._attach(line)
            if index > 0:
                for marker in self.polar.legend().markers(line):
                    marker.setVisible(False)
        if not runs:  # nothing scored: keep a legend entry so the reader knows it is missing
            line = QLineSeries()
            line.setName(item.name)
            line.setPen(pen)
            self._attach(line)

    def _attach(self, series) -> None:
        self.polar.addSeries(series)
        series.attachAxis(self.angular)
        series.attachAxis(self.radial)

    def _describe(self) -> None:
        """The figures as text, for screen readers and the tooltip."""
        lines = []
        for item in self.series:
            values = ", ".join(
                f"{label} {'–' if v is None else round(v)}" for label, v in zip(self.labels, item.values)
            )
            lines.append(f"{item.name} : {values}")
        text = "\n".join(lines)
        self.setToolTip(text)
        self.setAccessibleDescription(text)
