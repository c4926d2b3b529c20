"""Painting helpers of the Gantt chart: colours and sizes, month grid and header, dependency arrows, legend.

Functions of the chart's geometry (``chart.x_of``, ``chart._rows``...); no text of their own (the chart
translates its labels and passes them in).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from dataclasses import dataclass

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QFont, QFontMetrics, QPainter, QPainterPath, QPen, QPolygonF

from esms_desktop.rules.planning.schedule import Task
from esms_desktop.ui.planning.delegates import french_locale

WAVE_COLORS = ("#0072B2", "#E69F00", "#009E73", "#CC79A7", "#56B4E9", "#D55E00", "#8C6D31")  # Okabe-Ito
TASK_COLOR = "#7A8699"
MILESTONE_COLOR = "#263238"
FLAG_COLOR = "#C62828"
SELECTED_COLOR = "#0B3D91"
SELECTED_ROW = "#DCEAF9"
PHASE_BAND = "#EEF1F5"
GRID = "#E3E7EC"
YEAR_GRID = "#B0BAC5"
TODAY_COLOR = "#D81B60"
LIMIT_COLOR = "#B71C1C"
FILING_COLOR = "#2E7D32"
ARROW_COLOR = "#8A96A3"

LABEL_WIDTH = 300
ROW_HEIGHT = 22
HEADER_HEIGHT = 40
LEGEND_HEIGHT = 28
MIN_DAY_PX = 0.75  # about 23 pixels a month at the least
RIGHT_MARGIN = 12


def wave_color(wave: int | None) -> QColor:
    return QColor(TASK_COLOR if not wave else WAVE_COLORS[(wave - 1) % len(WAVE_COLORS)])


@dataclass
class Row:
    """A line of the chart: a phase header or a task."""

    kind: str  # "phase" | "task"
    label: str
    task: Task | None = None
    number: int = 0
    span: tuple[dt.date, dt.date] | None = None


def months(chart) -> Iterator[tuple[dt.date, float, float]]:
    """(first day, x start, x end) of each month shown."""
    start, end = chart.date_range()
    day = start
    while day < end:
        following = (day.replace(day=28) + dt.timedelta(days=4)).replace(day=1)
        yield day, chart.x_of(day), chart.x_of(following)
        day = following


def paint_grid(painter: QPainter, chart, bottom: float) -> None:
    """Month lines across the rows (a darker one at each new year), and the edge of the label column."""
    for day, x0, _x1 in months(chart):
        painter.setPen(QPen(QColor(YEAR_GRID if day.month == 1 else GRID), 1))
        painter.drawLine(QPointF(x0, HEADER_HEIGHT), QPointF(x0, bottom))
    painter.setPen(QPen(QColor(YEAR_GRID), 1))
    painter.drawLine(QPointF(LABEL_WIDTH, HEADER_HEIGHT), QPointF(LABEL_WIDTH, bottom))


def paint_header(painter: QPainter, chart, top: float, title: str) -> None:
    """Years and months, drawn at ``top`` (the top of the visible part: the header stays in view)."""
    locale = french_locale()
    month_px = 30 * chart._day_px()
    small = QFont(chart.font())
    small.setPointSizeF(max(7.0, chart.font().pointSizeF() - 1))
    bold = QFont(chart.font())
    bold.setBold(True)
    half = HEADER_HEIGHT / 2
    painter.fillRect(QRectF(0, top, chart.width(), HEADER_HEIGHT), QColor("#F7F8FA"))
    shown = list(months(chart))
    year_start = shown[0][1] if shown else LABEL_WIDTH
    for number, (day, x0, x1) in enumerate(shown):
        painter.setPen(QPen(QColor(YEAR_GRID if day.month == 1 else GRID), 1))
        painter.drawLine(QPointF(x0, top + half), QPointF(x0, top + HEADER_HEIGHT))
        if month_px >= 22:
            name = locale.monthName(day.month, locale.FormatType.ShortFormat if month_px >= 38
                                    else locale.FormatType.NarrowFormat)
            painter.setFont(small)
            painter.setPen(QColor("#37474F"))
            painter.drawText(QRectF(x0, top + half, x1 - x0, half), Qt.AlignmentFlag.AlignCenter, name)
        last = number == len(shown) - 1
        if last or shown[number + 1][0].year != day.year:
            painter.setFont(bold)
            painter.setPen(QColor("#263238"))
            painter.drawText(QRectF(year_start, top, x1 - year_start, half), Qt.AlignmentFlag.AlignCenter,
                             str(day.year) if x1 - year_start > 34 else "")
            painter.setPen(QPen(QColor(YEAR_GRID), 1))
            painter.drawLine(QPointF(x1, top), QPointF(x1, top + HEADER_HEIGHT))
            year_start = x1
    painter.setPen(QPen(QColor(YEAR_GRID), 1))
    painter.drawLine(QPointF(0, top + HEADER_HEIGHT), QPointF(chart.width(), top + HEADER_HEIGHT))
    painter.drawLine(QPointF(LABEL_WIDTH, top), QPointF(LABEL_WIDTH, top + HEADER_HEIGHT))
    painter.setFont(bold)
    painter.setPen(QColor("#263238"))
    painter.drawText(QRectF(8, top, LABEL_WIDTH - 16, HEADER_HEIGHT), Qt.AlignmentFlag.AlignVCenter,
                     title)
    painter.setFont(chart.font())


def paint_arrows(painter: QPainter, chart) -> None:
    index_of = {row.task.key: i for i, row in enumerate(chart._rows) if row.task is not None}
    for i, row in enumerate(chart._rows):
        task = row.task
        if task is None:
            continue
        for dep_key in task.depends_on:
            j = index_of.get(dep_key)
            if j is None:
                continue
            dep = chart._rows[j].task
            source = chart._task_rect(dep, j, chart._delta_of(dep.key))
            target = chart._task_rect(task, i, chart._delta_of(task.key))
            broken = task.start + dt.timedelta(days=chart._delta_of(task.key)) < dep.end + dt.timedelta(
                days=chart._delta_of(dep.key))
            x0, y0 = source.right(), source.center().y()
            # finish-to-start: along the predecessor's row, then down (or up) onto the task's bar
            if task.milestone:
                x1 = target.center().x()
            else:
                x1 = max(target.left() + 1, min(max(x0 + 4, target.left() + 4), target.right() - 1))
            down = target.top() >= source.bottom()
            y1 = target.top() if down else target.bottom()
            path = QPainterPath(QPointF(x0, y0))
            path.lineTo(x1, y0)
            path.lineTo(x1, y1 - (4 if down else -4))
            color = QColor(FLAG_COLOR if broken else ARROW_COLOR)
            painter.setPen(QPen(color, 1.5 if broken else 1))
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.drawPath(path)
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(color)
            tip = 1 if down else -1
            painter.drawPolygon(QPolygonF([QPointF(x1, y1), QPointF(x1 - 3.5, y1 - 5 * tip),
                                           QPointF(x1 + 3.5, y1 - 5 * tip)]))





def draw_shape(painter: QPainter, task: Task, rect: QRectF) -> None:
    """A bar (rounded rectangle) or, for a milestone, a diamond."""
    if task.milestone:
        c = rect.center()
        painter.drawPolygon(QPolygonF([QPointF(c.x(), rect.top()), QPointF(rect.right(), c.y()),
                                       QPointF(c.x(), rect.bottom()), QPointF(rect.left(), c.y())]))
    else:
        painter.drawRoundedRect(rect, 3, 3)


def paint_legend(painter: QPainter, chart, top: float) -> None:
    """The legend under the rows, or at the bottom of the visible part (it stays in view)."""
    metrics = QFontMetrics(chart.font())
    painter.fillRect(QRectF(0, top, chart.width(), LEGEND_HEIGHT + 4), QColor("white"))
    painter.setPen(QPen(QColor(GRID), 1))
    painter.drawLine(QPointF(0, top), QPointF(chart.width(), top))
    x, y = 8.0, top + 6
    painter.setFont(chart.font())
    items = chart.legend_items()
    for number, (color, label) in enumerate(items):
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(QColor(color))
        if number == len(items) - 1:  # the milestone: a diamond
            painter.drawPolygon(QPolygonF([QPointF(x + 7, y + 1), QPointF(x + 14, y + 8), QPointF(x + 7, y + 15),
                                           QPointF(x, y + 8)]))
        else:
            painter.drawRoundedRect(QRectF(x, y + 3, 14, 10), 2, 2)
        painter.setPen(QColor("#263238"))
        painter.drawText(QPointF(x + 18, y + 12), label)
        x += 18 + metrics.horizontalAdvance(label) + 14
    for _day, color, style, label in chart._marker_lines():
        painter.setPen(QPen(QColor(color), 2, style))
        painter.drawLine(QPointF(x + 5, y), QPointF(x + 5, y + 16))
        painter.setPen(QColor("#263238"))
        painter.drawText(QPointF(x + 12, y + 12), label)
        x += 12 + metrics.horizontalAdvance(label) + 14

# interaction -----------------------------------------------------------
