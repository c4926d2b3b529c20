"""The Gantt chart of the planning, painted with QPainter: months across, tasks grouped under their phase.

Bars are coloured by deployment wave (other tasks in slate grey), milestones are diamonds; vertical
lines mark the planned filing date, the latest end of deployment the campaign allows and today.
A bar dragged sideways (or the selected task moved with ← / →, a week, or a day with Shift) emits
``task_moved(key, new_start)``; the step stores it, keeping the task's duration.
"""

from __future__ import annotations

import calendar
import datetime as dt

from PySide6.QtCore import QEvent, QPointF, QRectF, QSize, Qt, Signal
from PySide6.QtGui import QBrush, QColor, QFont, QFontMetrics, QImage, QPainter, QPen
from PySide6.QtWidgets import QAbstractScrollArea, QSizePolicy, QToolTip, QWidget

from esms_desktop import formatting as fmt
from esms_desktop.rules.planning.schedule import Task
from esms_desktop.ui.planning.gantt_paint import (  # noqa: F401 - colours and sizes re-exported
    FILING_COLOR,
    FLAG_COLOR,
    HEADER_HEIGHT,
    LABEL_WIDTH,
    LEGEND_HEIGHT,
    LIMIT_COLOR,
    MILESTONE_COLOR,
    MIN_DAY_PX,
    PHASE_BAND,
    RIGHT_MARGIN,
    ROW_HEIGHT,
    SELECTED_COLOR,
    SELECTED_ROW,
    TASK_COLOR,
    TODAY_COLOR,
    WAVE_COLORS,
    Row,
    draw_shape,
    paint_arrows,
    paint_grid,
    paint_header,
    paint_legend,
    wave_color,
)



class GanttChart(QWidget):
    task_selected = Signal(str)
    task_moved = Signal(str, object)  # key, new start (datetime.date)

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.tasks: list[Task] = []
        self.flagged: set[str] = set()
        self.selected: str | None = None
        self.limit: dt.date | None = None
        self.filing: dt.date | None = None
        self.today: dt.date = dt.date.today()
        self.show_dependencies = True
        self.essms_names: dict[str, str] = {}
        self._rows: list[Row] = []
        self._bars: dict[str, QRectF] = {}
        self._drag: tuple[str, float, int] | None = None  # key, press x, delta in days
        self._sticky = True  # header and legend follow the scroll area (off while rendering an image)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setMouseTracking(True)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        self.retranslate_ui()

    def retranslate_ui(self) -> None:
        self.setAccessibleName(self.tr("Gantt chart of the planning"))
        self.update()

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)

    # content ---------------------------------------------------------------
    def set_plan(self, tasks: list[Task], *, flagged: set[str] | None = None, limit: dt.date | None = None,
                 filing: dt.date | None = None, essms_names: dict[str, str] | None = None) -> None:
        self.tasks = list(tasks)
        self.flagged = set(flagged or ())
        self.limit, self.filing = limit, filing
        self.essms_names = essms_names or {}
        if self.selected not in {t.key for t in self.tasks}:
            self.selected = None
        self._drag = None
        self._rows = self._build_rows()
        self.updateGeometry()
        self.update()

    def set_selected(self, key: str | None) -> None:
        if key != self.selected:
            self.selected = key
            self.update()

    def set_show_dependencies(self, on: bool) -> None:
        self.show_dependencies = on
        self.update()

    def _build_rows(self) -> list[Row]:
        numbers = {t.key: i + 1 for i, t in enumerate(self.tasks)}
        phases: dict[str, list[Task]] = {}
        for t in self.tasks:
            phases.setdefault(t.phase, []).append(t)
        rows: list[Row] = []
        for phase, tasks in phases.items():
            span = (min(t.start for t in tasks), max(t.end for t in tasks))
            rows.append(Row("phase", phase or self.tr("(no phase)"), span=span))
            rows += [Row("task", t.title, t, numbers[t.key]) for t in tasks]
        return rows

    # geometry --------------------------------------------------------------
    def date_range(self) -> tuple[dt.date, dt.date]:
        """From the first day of the first month shown to the first day after the last month."""
        days = [d for t in self.tasks for d in (t.start, t.end)]
        days += [d for d in (self.limit, self.filing) if d is not None]
        if not days:
            first = self.today.replace(day=1)
            days = [first, first + dt.timedelta(days=360)]
        low, high = min(days), max(days)
        start = low.replace(day=1)
        last = high.replace(day=calendar.monthrange(high.year, high.month)[1])
        return start, last + dt.timedelta(days=1)

    def _day_px(self) -> float:
        start, end = self.date_range()
        span = max(1, (end - start).days)
        return max(MIN_DAY_PX, (self.width() - LABEL_WIDTH - RIGHT_MARGIN) / span)

    def x_of(self, day: dt.date) -> float:
        return LABEL_WIDTH + (day - self.date_range()[0]).days * self._day_px()

    def _row_top(self, index: int) -> float:
        return HEADER_HEIGHT + index * ROW_HEIGHT

    def sizeHint(self) -> QSize:  # noqa: N802
        start, end = self.date_range()
        width = LABEL_WIDTH + int((end - start).days * 1.4) + RIGHT_MARGIN
        return QSize(width, HEADER_HEIGHT + len(self._rows) * ROW_HEIGHT + LEGEND_HEIGHT + 4)

    def minimumSizeHint(self) -> QSize:  # noqa: N802
        start, end = self.date_range()
        width = LABEL_WIDTH + int((end - start).days * MIN_DAY_PX) + RIGHT_MARGIN
        return QSize(width, HEADER_HEIGHT + len(self._rows) * ROW_HEIGHT + LEGEND_HEIGHT + 4)

    def bar_rect(self, key: str) -> QRectF | None:
        """Where the bar (or diamond) of a task is drawn, in widget coordinates (after a paint)."""
        for index, row in enumerate(self._rows):
            if row.task is not None and row.task.key == key:
                return self._task_rect(row.task, index)
        return None

    def _task_rect(self, task: Task, index: int, delta: int = 0) -> QRectF:
        top = self._row_top(index)
        start = task.start + dt.timedelta(days=delta)
        if task.milestone:
            size = ROW_HEIGHT * 0.62
            x = self.x_of(start)
            return QRectF(x - size / 2, top + (ROW_HEIGHT - size) / 2, size, size)
        x0 = self.x_of(start)
        x1 = self.x_of(task.end + dt.timedelta(days=delta))
        return QRectF(x0, top + 5, max(3.0, x1 - x0), ROW_HEIGHT - 10)

    def _task_at(self, y: float) -> Task | None:
        index = int((y - HEADER_HEIGHT) // ROW_HEIGHT)
        visible = self._visible()
        if y < visible.top() + HEADER_HEIGHT or y > visible.bottom() - LEGEND_HEIGHT:
            return None  # on the header or the legend, which stay in view
        if not 0 <= index < len(self._rows):
            return None
        return self._rows[index].task

    # painting --------------------------------------------------------------
    def paintEvent(self, event) -> None:  # noqa: N802
        painter = QPainter(self)
        try:  # a painter left open would bring the application down
            self._paint(painter)
        finally:
            painter.end()

    def _paint(self, painter: QPainter) -> None:
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.fillRect(self.rect(), QColor("white"))
        if not self.tasks:
            painter.setPen(QColor("#555555"))
            painter.drawText(QRectF(self.rect()).adjusted(16, 16, -16, -16),
                             Qt.AlignmentFlag.AlignCenter | Qt.TextFlag.TextWordWrap,
                             self.tr("No task yet: generate the planning from the template of your type of project."))
            return
        body_bottom = HEADER_HEIGHT + len(self._rows) * ROW_HEIGHT
        self._paint_rows(painter)
        paint_grid(painter, self, body_bottom)
        self._paint_markers(painter, body_bottom)
        if self.show_dependencies:
            paint_arrows(painter, self)
        self._paint_bars(painter)
        self._paint_labels(painter)
        visible = self._visible()
        paint_header(painter, self, max(0.0, visible.top()), self.tr("Tasks"))
        paint_legend(painter, self, min(body_bottom, visible.bottom() - LEGEND_HEIGHT))

    def _paint_rows(self, painter: QPainter) -> None:
        for index, row in enumerate(self._rows):
            rect = QRectF(0, self._row_top(index), self.width(), ROW_HEIGHT)
            if row.kind == "phase":
                painter.fillRect(rect, QColor(PHASE_BAND))
            elif row.task is not None and row.task.key == self.selected:
                painter.fillRect(rect, QColor(SELECTED_ROW))

    def _visible(self) -> QRectF:
        """The part shown by the scroll area around the chart (all of it when it has none, or for an image)."""
        viewport = self.parentWidget()
        if not self._sticky or viewport is None or not isinstance(viewport.parentWidget(), QAbstractScrollArea):
            return QRectF(self.rect())
        return QRectF(-self.x(), -self.y(), viewport.width(), viewport.height()).intersected(QRectF(self.rect()))

    def to_image(self, width: int | None = None) -> QImage:
        """The whole chart as an image (every row, header on top, legend below), e.g. for a report."""
        size = QSize(width or max(self.width(), self.minimumSizeHint().width()), self.minimumSizeHint().height())
        image = QImage(size, QImage.Format.Format_ARGB32)
        image.fill(QColor("white"))
        old_size, self._sticky = self.size(), False
        try:
            self.resize(size)
            self.render(image)
        finally:
            self._sticky = True
            self.resize(old_size)
        return image

    def _marker_lines(self) -> list[tuple[dt.date, str, Qt.PenStyle, str]]:
        start, end = self.date_range()
        found = []
        if self.filing is not None:
            found.append((self.filing, FILING_COLOR, Qt.PenStyle.DashLine,
                          self.tr("Filing ({date})").format(date=fmt.date(self.filing))))
        if self.limit is not None:
            found.append((self.limit, LIMIT_COLOR, Qt.PenStyle.SolidLine,
                          self.tr("Latest end of deployment ({date})").format(date=fmt.date(self.limit))))
        if start <= self.today < end:
            found.append((self.today, TODAY_COLOR, Qt.PenStyle.DotLine,
                          self.tr("Today ({date})").format(date=fmt.date(self.today))))
        return found

    def _paint_markers(self, painter: QPainter, bottom: float) -> None:
        for day, color, style, _label in self._marker_lines():
            x = self.x_of(day)
            painter.setPen(QPen(QColor(color), 2, style))
            painter.drawLine(QPointF(x, HEADER_HEIGHT), QPointF(x, bottom))

    def _delta_of(self, key: str) -> int:
        return self._drag[2] if self._drag is not None and self._drag[0] == key else 0

    def _paint_bars(self, painter: QPainter) -> None:
        small = QFont(self.font())
        small.setPointSizeF(max(7.0, self.font().pointSizeF() - 1))
        for index, row in enumerate(self._rows):
            if row.kind == "phase" and row.span is not None:
                x0, x1 = self.x_of(row.span[0]), self.x_of(row.span[1])
                y = self._row_top(index) + ROW_HEIGHT / 2
                painter.setPen(Qt.PenStyle.NoPen)
                painter.setBrush(QColor("#455A64"))
                painter.drawRect(QRectF(x0, y - 2, max(2.0, x1 - x0), 4))
                continue
            task = row.task
            delta = self._delta_of(task.key)
            if delta:
                painter.setPen(QPen(QColor("#90A4AE"), 1, Qt.PenStyle.DashLine))
                painter.setBrush(Qt.BrushStyle.NoBrush)
                draw_shape(painter, task, self._task_rect(task, index))
            rect = self._task_rect(task, index, delta)
            color = QColor(MILESTONE_COLOR) if task.milestone and not task.wave else wave_color(task.wave)
            outline = QPen(color.darker(130), 1)
            if task.key in self.flagged:
                outline = QPen(QColor(FLAG_COLOR), 2.2)
            if task.key == self.selected:
                outline = QPen(QColor(SELECTED_COLOR), 2.2)
            painter.setPen(outline)
            painter.setBrush(QBrush(color))
            draw_shape(painter, task, rect)
            if task.milestone:
                painter.setFont(small)
                painter.setPen(QColor("#263238"))
                label = fmt.date(task.start + dt.timedelta(days=delta))
                width = QFontMetrics(small).horizontalAdvance(label) + 2
                if rect.right() + 4 + width <= self.width() - 2:  # right of the diamond, else left of it
                    box = QRectF(rect.right() + 4, rect.top() - 3, width, rect.height() + 6)
                else:
                    box = QRectF(rect.left() - 4 - width, rect.top() - 3, width, rect.height() + 6)
                painter.drawText(box, Qt.AlignmentFlag.AlignVCenter, label)
                painter.setFont(self.font())

    def _paint_labels(self, painter: QPainter) -> None:
        bold = QFont(self.font())
        bold.setBold(True)
        for index, row in enumerate(self._rows):
            top = self._row_top(index)
            if row.kind == "phase":
                painter.setFont(bold)
                painter.setPen(QColor("#263238"))
                text = QFontMetrics(bold).elidedText(row.label, Qt.TextElideMode.ElideRight, LABEL_WIDTH - 16)
                painter.drawText(QRectF(8, top, LABEL_WIDTH - 16, ROW_HEIGHT), Qt.AlignmentFlag.AlignVCenter, text)
                continue
            painter.setFont(self.font())
            if row.task.key not in self.flagged:
                painter.setPen(QColor("#263238"))
            else:
                painter.setPen(QColor(FLAG_COLOR))
            label = f"{row.number}. {row.label}"
            text = QFontMetrics(self.font()).elidedText(label, Qt.TextElideMode.ElideRight, LABEL_WIDTH - 30)
            painter.drawText(QRectF(20, top, LABEL_WIDTH - 26, ROW_HEIGHT), Qt.AlignmentFlag.AlignVCenter, text)

    def legend_items(self) -> list[tuple[str, str]]:
        """(colour, label) of the legend, in order."""
        waves = sorted({t.wave for t in self.tasks if t.wave})
        items = [(TASK_COLOR, self.tr("Task"))]
        items += [(WAVE_COLORS[(w - 1) % len(WAVE_COLORS)], self.tr("Wave {number}").format(number=w)) for w in waves]
        items.append((MILESTONE_COLOR, self.tr("Milestone")))
        return items

    def _hit_bar(self, pos: QPointF) -> Task | None:
        task = self._task_at(pos.y())
        if task is None:
            return None
        index = next(i for i, r in enumerate(self._rows) if r.task is task)
        return task if self._task_rect(task, index).adjusted(-4, -4, 4, 4).contains(pos) else None

    def mousePressEvent(self, event) -> None:  # noqa: N802
        pos = event.position()
        task = self._task_at(pos.y())
        if task is not None:
            self.selected = task.key
            self.task_selected.emit(task.key)
            if event.button() == Qt.MouseButton.LeftButton and self._hit_bar(pos) is task:
                self._drag = (task.key, pos.x(), 0)
                self.setCursor(Qt.CursorShape.ClosedHandCursor)
            self.update()
        super().mousePressEvent(event)

    def mouseMoveEvent(self, event) -> None:  # noqa: N802
        pos = event.position()
        if self._drag is not None:
            key, x0, _ = self._drag
            delta = round((pos.x() - x0) / self._day_px())
            self._drag = (key, x0, delta)
            task = next(t for t in self.tasks if t.key == key)
            start = task.start + dt.timedelta(days=delta)
            end = task.end + dt.timedelta(days=delta)
            text = fmt.date(start) if task.milestone else f"{fmt.date(start)} → {fmt.date(end)}"
            QToolTip.showText(event.globalPosition().toPoint(), text, self)
            self.update()
        else:
            over = self._hit_bar(pos) is not None
            self.setCursor(Qt.CursorShape.OpenHandCursor if over else Qt.CursorShape.ArrowCursor)
        super().mouseMoveEvent(event)

    def mouseReleaseEvent(self, event) -> None:  # noqa: N802
        if self._drag is not None:
            key, _x0, delta = self._drag
            self._drag = None
            self.setCursor(Qt.CursorShape.OpenHandCursor)
            self.update()
            if delta:
                task = next(t for t in self.tasks if t.key == key)
                self.task_moved.emit(key, task.start + dt.timedelta(days=delta))
        super().mouseReleaseEvent(event)

    def keyPressEvent(self, event) -> None:  # noqa: N802
        keys = [t.key for row in self._rows if (t := row.task) is not None]
        key = event.key()
        if key in (Qt.Key.Key_Up, Qt.Key.Key_Down) and keys:
            at = keys.index(self.selected) if self.selected in keys else -1
            at = max(0, min(len(keys) - 1, at + (1 if key == Qt.Key.Key_Down else -1)))
            self.selected = keys[at]
            self.task_selected.emit(self.selected)
            self.update()
            return
        if key in (Qt.Key.Key_Left, Qt.Key.Key_Right) and self.selected in keys:
            days = 1 if event.modifiers() & Qt.KeyboardModifier.ShiftModifier else 7
            task = next(t for t in self.tasks if t.key == self.selected)
            self.task_moved.emit(task.key, task.start + dt.timedelta(days=days if key == Qt.Key.Key_Right else -days))
            return
        super().keyPressEvent(event)

    def event(self, event) -> bool:
        if event.type() == QEvent.Type.ToolTip and self._drag is None:
            task = self._task_at(event.pos().y())
            if task is None:
                QToolTip.hideText()
                event.ignore()
                return True
            QToolTip.showText(event.globalPos(), self.describe(task), self)
            return True
        return super().event(event)

    def describe(self, task: Task) -> str:
        """The tooltip of a task: title, dates, owner, ESSMS of its wave."""
        lines = [task.title]
        if task.milestone:
            lines.append(self.tr("Milestone: {date}").format(date=fmt.date(task.start)))
        else:
            lines.append(self.tr("{start} → {end} ({days} days)").format(
                start=fmt.date(task.start), end=fmt.date(task.end), days=(task.end - task.start).days))
        if task.owner:
            lines.append(self.tr("Owner: {owner}").format(owner=task.owner))
        if task.wave_essms:
            names = ", ".join(self.essms_names.get(f, f) for f in task.wave_essms)
            lines.append(self.tr("ESSMS: {names}").format(names=names))
        return "\n".join(lines)
