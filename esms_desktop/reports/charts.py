"""Charts of the pack, drawn with reportlab graphics: maturity radar, Gantt, budget bars. No Qt.

Every string is given the embedded font explicitly (see :func:`styles.register_fonts`).
"""

from __future__ import annotations

import datetime as dt
import math
from collections.abc import Sequence
from math import cos, pi, sin

from reportlab.graphics.charts.barcharts import HorizontalBarChart, VerticalBarChart
from reportlab.graphics.charts.spider import SpiderChart, _setupLabel
from reportlab.graphics.shapes import Drawing, Group, Line, PolyLine, Polygon, Rect, String
from reportlab.lib import colors
from reportlab.pdfbase.pdfmetrics import stringWidth

from esms_desktop import formatting as fmt
from esms_desktop.reports.model import TaskRow
from esms_desktop.reports.styles import BLUE, FONT, FONT_BOLD, GREY, PALE, RULE, SERIES, register_fonts

SHORT_DOMAINS = {
    "gouvernance": "Gouvernance",
    "infrastructure": "Infrastructure",
    "securite": "Sécurité, RGPD",
    "dui": "DUI et usages",
    "socles": "Services socles",
    "competences": "Compétences",
}
MONTHS = ("janv.", "févr.", "mars", "avr.", "mai", "juin", "juil.", "août", "sept.", "oct.", "nov.", "déc.")


class _ScoreSpider(SpiderChart):
    """A spider chart on a fixed 0-100 scale (reportlab's scales to the largest value)."""

    def normalizeData(self, outer: float = 0.0):  # noqa: N802 - reportlab API
        self._norm = 100.0
        return [[max(0.0, min(v, 100.0)) / 100.0 for v in row] for row in self.data]

    def draw(self):
        """reportlab's drawing (the same shapes in the same order) for the radar as :func:`radar` sets it:
        no value labels nor markers on the strands, which reportlab still looks up point by point."""
        if self.strandLabels.format or self.strands.symbol is not None or any(
                getattr(child, "symbol", None) is not None for child in self.strands._children.values()):
            return super().draw()
        group = self.makeBackground() or Group()
        self._radius = radius = min(self.width / 2.0, self.height / 2.0)
        cx, cy = self.x + self.width / 2.0, self.y + self.height / 2.0
        data = self.normalizeData()
        self._seriesCount = len(data)
        n = len(data[0])
        labels = [""] * n if self.labels is None else list(self.labels) + [""] * max(n - len(self.labels), 0)
        angle = self.startAngle * pi / 180
        between = (-1 if self.direction == "clockwise" else 1) * (2 * pi) / float(n)
        spokes, spoke_labels, label_class = [], self.spokeLabels, self.labelClass("spoke")
        ends = []
        spoke = None
        for i in range(n):
            car, sar = cos(angle) * radius, sin(angle) * radius
            ends.append((car, sar))
            style = self.spokes[i]
            if style.visible:
                spoke = Line(cx, cy, cx + car, cy + sar, strokeWidth=style.strokeWidth, strokeColor=style.strokeColor,
                             strokeDashArray=style.strokeDashArray)
            spokes.append(spoke)
            label = spoke_labels[i]
            text = label._text or labels[i]
            if text:
                spokes.append(_setupLabel(label_class, text, style.labelRadius, cx, cy, angle, car, sar, label))
            angle += between
        areas, lines = [], []
        for index, row in enumerate(data):
            style = self.strands[index]
            points = [cx + ends[-1][0] * row[-1], cy + ends[-1][1] * row[-1]]
            for (car, sar), r in zip(ends, row):
                points += [cx + car * r, cy + sar * r]
            if style.fillColor:
                area = Polygon(points)
                area.fillColor, area.strokeColor, area.strokeWidth = style.fillColor, None, 0
                areas.append(area)
            if style.strokeColor and style.strokeWidth:
                line = PolyLine(points)
                line.strokeColor, line.strokeWidth = style.strokeColor, style.strokeWidth
                line.strokeDashArray = style.strokeDashArray
                lines.append(line)
        for shape in areas + lines + spokes:
            group.add(shape)
        return group


def _k_euros(value: float) -> str:
    return fmt.number(value / 1000) + " k€"


def radar(domain_ids: Sequence[str], series: Sequence[tuple[str, Sequence[float | None]]],
          width: float = 240, height: float = 200) -> Drawing:
    """Scores 0-100 per domain, one polygon per series (name, scores); unscored domains count 0."""
    register_fonts()  # the charts measure their labels in the embedded font
    drawing = Drawing(width, height)
    legend_h = 14 * len(series)
    size = min(width - 110, height - legend_h - 30)
    cx, cy, r = width / 2, legend_h + 14 + size / 2, size / 2
    n = len(domain_ids)
    # The scale is written beside the top spoke just under each ring, inside it: clear of the domains'
    # labels, which stand outside the spokes' ends (« Gouvernance » above the top one).
    for ring in (25, 50, 75, 100):
        points = []
        for i in range(n):
            angle = pi / 2 - 2 * pi * i / n
            points += [cx + cos(angle) * r * ring / 100, cy + sin(angle) * r * ring / 100]
        drawing.add(Polygon(points, strokeColor=RULE, strokeWidth=0.4, fillColor=None))
    chart = _ScoreSpider()
    chart.x, chart.y, chart.width, chart.height = cx - r, cy - r, 2 * r, 2 * r
    chart.data = [[v or 0.0 for v in values] for _, values in series]
    chart.labels = [SHORT_DOMAINS.get(d, d) for d in domain_ids]
    chart.spokes.strokeColor = RULE
    chart.spokes.strokeWidth = 0.4
    chart.spokes.labelRadius = 1.12  # the domains' labels a little off the rings and their scale
    chart.spokeLabels.fontName = FONT
    chart.spokeLabels.fontSize = 7
    chart.spokeLabels.fillColor = colors.black
    for i in range(len(series)):
        color = SERIES[i % len(SERIES)]
        chart.strands[i].strokeColor = color
        chart.strands[i].strokeWidth = 1.4 if i == 0 else 1.1
        chart.strands[i].fillColor = colors.Color(color.red, color.green, color.blue, alpha=0.12) if i == 0 else None
        chart.strands[i].strokeDashArray = None if i == 0 else (3, 2)
    chart.strandLabels.fontName = FONT
    chart.strandLabels.format = None
    drawing.add(chart)
    # The scale on top of the polygons, on a white ground, halfway between the first two spokes: never
    # hidden under a line.
    angle = pi / 2 - pi / n
    for ring in (25, 50, 75, 100):
        tx, ty = cx + cos(angle) * r * ring / 100 * 0.93, cy + sin(angle) * r * ring / 100 * 0.93
        label = str(ring)
        w = stringWidth(label, FONT, 5.5)
        drawing.add(Rect(tx - w / 2 - 1, ty - 2, w + 2, 7, fillColor=colors.white, strokeColor=None))
        drawing.add(String(tx - w / 2, ty - 0.5, label, fontName=FONT, fontSize=5.5, fillColor=GREY))
    for i, (name, _) in enumerate(series):
        y = legend_h - 12 - 14 * i + 4
        color = SERIES[i % len(SERIES)]
        drawing.add(Line(10, y + 3, 26, y + 3, strokeColor=color, strokeWidth=1.4,
                         strokeDashArray=None if i == 0 else (3, 2)))
        drawing.add(String(30, y, name, fontName=FONT, fontSize=7))
    return drawing


def phase_colours(tasks: Sequence[TaskRow]) -> dict[str, colors.Color]:
    """One colour per phase, in the order the phases first appear."""
    found: dict[str, colors.Color] = {}
    for task in tasks:
        found.setdefault(task.phase, SERIES[len(found) % len(SERIES)])
    return found


def _fit(text: str, font: str, size: float, width: float) -> str:
    if stringWidth(text, font, size) <= width:
        return text
    while text and stringWidth(text + "…", font, size) > width:
        text = text[:-1]
    return text.rstrip() + "…"


def gantt(tasks: Sequence[TaskRow], start: dt.date, end: dt.date, width: float, title_width: float = 215,
          row: float = 11.5, phases: dict[str, colors.Color] | None = None) -> Drawing:
    """A Gantt chart of ``tasks`` between ``start`` and ``end`` (months as the scale), the phases'
    colours in a legend below (``phases``: the colours of the whole planning when it is drawn in parts)."""
    register_fonts()  # the charts measure their labels in the embedded font
    phases = phases or phase_colours(tasks)
    legend = 14 * math.ceil(len(phases) / 4)
    head = 16
    height = head + row * len(tasks) + 4 + legend
    drawing = Drawing(width, height)
    # The month grid covers every task and milestone, even one after the planning's own end.
    start = min([start, *(t.start for t in tasks)])
    end = max([end, *(max(t.start, t.end) for t in tasks)])
    first = dt.date(start.year, start.month, 1)
    last_month = dt.date(end.year, end.month, 1)
    months: list[dt.date] = []
    day = first
    while day <= last_month:
        months.append(day)
        day = dt.date(day.year + day.month // 12, day.month % 12 + 1, 1)
    stop = dt.date(day.year, day.month, 1)
    span = max((stop - first).days, 1)
    x0, x1 = title_width, width - 12  # room for a whole milestone diamond on the last day

    def x(d: dt.date) -> float:
        return x0 + (x1 - x0) * (d - first).days / span

    top = height - head
    bottom = legend  # the bars' area starts above the legend
    for i, (phase, colour) in enumerate(phases.items()):
        lx, ly = (i % 4) * width / 4, legend - 11 - 14 * (i // 4)
        drawing.add(Rect(lx, ly, 7, 7, fillColor=colour, strokeColor=None))
        drawing.add(String(lx + 10, ly + 1, phase[:40], fontName=FONT, fontSize=6.5))
    month_width = (x1 - x0) / len(months)
    step = max(1, math.ceil(28 / month_width))  # a label needs about 28 points
    year_shown = None
    for i, month in enumerate(months):
        left = x(month)
        if i % 2 == 0:
            nxt = dt.date(month.year + month.month // 12, month.month % 12 + 1, 1)
            drawing.add(Rect(left, bottom, x(nxt) - left, top - bottom, fillColor=PALE, strokeColor=None))
        if i % step == 0:
            label = MONTHS[month.month - 1]
            if month.year != year_shown:
                label, year_shown = f"{label} {month.year % 100:02d}", month.year
            drawing.add(String(left + 1, top + 4, label, fontName=FONT, fontSize=5.8, fillColor=GREY))
        drawing.add(Line(left, bottom, left, top, strokeColor=RULE, strokeWidth=0.25))
    drawing.add(Line(x(stop), bottom, x(stop), top, strokeColor=RULE, strokeWidth=0.25))  # the grid's end
    drawing.add(Line(0, top, width, top, strokeColor=RULE, strokeWidth=0.6))
    for i, task in enumerate(tasks):
        y = top - (i + 1) * row
        color = phases.get(task.phase, GREY)
        font = FONT_BOLD if task.milestone else FONT
        title = _fit(task.title, font, 6.2, title_width - 6)
        drawing.add(String(2, y + 3, title, fontName=font, fontSize=6.2))
        a, b = x(task.start), x(task.end)
        mid = y + row / 2
        if task.milestone:
            s = row * 0.38
            drawing.add(Polygon([a, mid - s, a + s, mid, a, mid + s, a - s, mid], fillColor=color, strokeColor=None))
        else:
            drawing.add(Rect(a, y + 2.5, max(b - a, 1.5), row - 5, fillColor=color, strokeColor=None))
    return drawing


def budget_bars(by_category: Sequence[tuple[str, int]], width: float) -> Drawing:
    """Expenses per category, horizontal bars."""
    register_fonts()  # the charts measure their labels in the embedded font
    n = max(len(by_category), 1)
    height = 22 + 16 * n
    drawing = Drawing(width, height)
    chart = HorizontalBarChart()
    # room on the left for the longest category name, up to 45 % of the width
    names = max((stringWidth(label, FONT, 7) for label, _ in by_category), default=0)
    left = min(max(150, names + 10), 0.45 * width)
    chart.x, chart.y, chart.width, chart.height = left, 14, width - left - 40, height - 22
    chart.data = [[amount for _, amount in by_category] or [0]]
    chart.categoryAxis.categoryNames = [label for label, _ in by_category] or [""]
    chart.categoryAxis.reverseDirection = 1
    chart.categoryAxis.labels.fontName = FONT
    chart.categoryAxis.labels.fontSize = 7
    chart.categoryAxis.labels.boxAnchor = "e"
    chart.categoryAxis.labels.dx = -4
    chart.valueAxis.valueMin = 0
    chart.valueAxis.labels.fontName = FONT
    chart.valueAxis.labels.fontSize = 6.5
    chart.valueAxis.labelTextFormat = _k_euros
    chart.valueAxis.visibleGrid = True
    chart.valueAxis.gridStrokeColor = RULE
    chart.valueAxis.gridStrokeWidth = 0.3
    chart.bars[0].fillColor = BLUE
    chart.bars[0].strokeColor = None
    chart.barLabels.fontName = FONT
    chart.barLabelFormat = None
    drawing.add(chart)
    return drawing


def funding_bars(expenses: int, grant: int, own: int, other: int, width: float) -> Drawing:
    """Two stacked columns: the expenses, and their funding (grant, own funds, other funders)."""
    register_fonts()  # the charts measure their labels in the embedded font
    height = 150
    drawing = Drawing(width, height)
    chart = VerticalBarChart()
    chart.x, chart.y, chart.width, chart.height = 60, 20, 160, height - 35
    chart.data = [[expenses, 0], [0, grant], [0, own], [0, other]]
    chart.categoryAxis.style = "stacked"
    chart.categoryAxis.categoryNames = ["Dépenses", "Financements"]
    chart.categoryAxis.labels.fontName = FONT
    chart.categoryAxis.labels.fontSize = 7.5
    chart.valueAxis.valueMin = 0
    top = max(expenses, grant + own + other, 1)
    chart.valueAxis.valueMax = top * 1.15  # room for the totals above the columns
    chart.valueAxis.labels.fontName = FONT
    chart.valueAxis.labels.fontSize = 6.5
    chart.valueAxis.labelTextFormat = _k_euros
    chart.barWidth = 30
    fills = (BLUE, SERIES[1], SERIES[2], SERIES[3])
    for i, fill in enumerate(fills):
        chart.bars[i].fillColor = fill
        chart.bars[i].strokeColor = None
    chart.barLabels.fontName = FONT
    drawing.add(chart)
    for i, total in enumerate((expenses, grant + own + other)):  # each column's total above it
        cx = chart.x + chart.width * (2 * i + 1) / 4
        cy = chart.y + chart.height * total / (top * 1.15) + 3
        drawing.add(String(cx, cy, fmt.euros(total), fontName=FONT_BOLD, fontSize=7, textAnchor="middle"))
    names = ("Dépenses", "Subvention ESMS numérique", "Fonds propres", "Autres financeurs")
    for i, (name, fill) in enumerate(zip(names, fills)):
        y = height - 30 - 14 * i
        drawing.add(Rect(240, y, 8, 8, fillColor=fill, strokeColor=None))
        drawing.add(String(252, y + 1, name, fontName=FONT, fontSize=7))
    return drawing
