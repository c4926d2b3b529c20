"""A line chart of one usage indicator over the months (QtCharts): the grappe, one ESSMS, the target line."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCharts import QCategoryAxis, QChart, QChartView, QLineSeries, QScatterSeries, QValueAxis
from PySide6.QtCore import QPointF, Qt
from PySide6.QtGui import QColor, QPainter, QPen

COLORS = ("#0072B2", "#E69F00", "#009E73", "#CC79A7")  # Okabe-Ito, as the Gantt
TARGET_COLOR = "#b00020"


class UsageChart(QChartView):
    """``show_series(months, [(name, [percent or None per month])], target, title)``."""

    def __init__(self, parent=None):
        super().__init__(QChart(), parent)
        self.setRenderHint(QPainter.RenderHint.Antialiasing)
        self.chart().legend().setAlignment(Qt.AlignmentFlag.AlignBottom)
        self.chart().setMargins(self.chart().margins().__class__(4, 4, 18, 4))  # room for the last month label
        self.setMinimumHeight(220)
        self.series_names: list[str] = []  # what is drawn, for the tests

    def show_series(self, months: list[dt.date], series: list[tuple[str, list[float | None]]],
                    target: float | None, target_name: str, title: str) -> None:
        chart = self.chart()
        chart.removeAllSeries()
        for axis in list(chart.axes()):
            chart.removeAxis(axis)
        chart.setTitle(title)
        self.series_names = []
        x_axis = QCategoryAxis()
        x_axis.setLabelsPosition(QCategoryAxis.AxisLabelsPosition.AxisLabelsPositionOnValue)
        step = max(1, len(months) // 12)
        for i, month in enumerate(months):
            if i % step == 0:
                x_axis.append(month.strftime("%m/%y"), i)
        x_axis.setRange(0, max(1, len(months) - 1))
        top = max([100.0] + [v for _, values in series for v in values if v is not None])
        y_axis = QValueAxis()
        ceiling = min(260, (int(top) // 20 + 1) * 20) if top > 100 else 100
        y_axis.setRange(0, ceiling)
        y_axis.setTickCount(ceiling // 20 + 1)  # a line every 20 %
        y_axis.setLabelFormat("%d %%")
        chart.addAxis(x_axis, Qt.AlignmentFlag.AlignBottom)
        chart.addAxis(y_axis, Qt.AlignmentFlag.AlignLeft)
        for n, (name, values) in enumerate(series):
            line, dots = QLineSeries(), QScatterSeries()
            line.setName(name)
            pen = QPen(QColor(COLORS[n % len(COLORS)]))
            pen.setWidth(2)
            line.setPen(pen)
            dots.setColor(QColor(COLORS[n % len(COLORS)]))
            dots.setMarkerSize(6)
            for i, value in enumerate(values):
                if value is not None:
                    line.append(QPointF(i, value))
                    dots.append(QPointF(i, value))
            for s in (line, dots):
                chart.addSeries(s)
                s.attachAxis(x_axis)
                s.attachAxis(y_axis)
            chart.legend().markers(dots)[0].setVisible(False)
            self.series_names.append(name)
        if target is not None and months:
            line = QLineSeries()
            line.setName(target_name)
            pen = QPen(QColor(TARGET_COLOR))
            pen.setStyle(Qt.PenStyle.DashLine)
            pen.setWidth(2)
            line.setPen(pen)
            line.append(QPointF(0, target))
            line.append(QPointF(max(1, len(months) - 1), target))
            chart.addSeries(line)
            line.attachAxis(x_axis)
            line.attachAxis(y_axis)
            self.series_names.append(target_name)
