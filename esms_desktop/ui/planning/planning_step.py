"""Step « Planning »: the planning prévisionnel as a table and a Gantt chart, the filing date, live checks.

Every edit is stored at once (storage.planning) and can be undone from the dossier's history
(ui.edit_history: menu Édition, Ctrl+Z / Ctrl+Maj+Z; the Undo / Redo buttons act on it too). The checks are
those of rules.planning.plan.check_dossier_plan, the same the PDF and the admissibility checker use.
"""

from __future__ import annotations

import dataclasses
import datetime as dt

from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMessageBox,
    QPushButton,
    QScrollArea,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from esms_desktop import formatting as fmt
from esms_desktop.rules.campaign import CampaignFileError
from esms_desktop.rules.identity.geography import region_name
from esms_desktop.rules.planning.procurement import procurement_route, template_route
from esms_desktop.rules.planning.schedule import shift_task
from esms_desktop.rules.planning.plan import PlanningCheck, check_dossier_plan, dependants, has_cycle
from esms_desktop.storage.loader import load_dossier
from esms_desktop.storage import planning
from esms_desktop.ui.campaign_errors import campaign_error_text
from esms_desktop.ui import conflict_dialog
from esms_desktop.ui.autosave import Write
from esms_desktop.ui.planning.checks_panel import ChecksPanel
from esms_desktop.ui.planning.delegates import (
    CheckListDelegate,
    DateDelegate,
    DaysDelegate,
    SuggestionDelegate,
    WaveDelegate,
    from_qdate,
    make_date_edit,
    to_qdate,
)
from esms_desktop.ui.planning.gantt_chart import GanttChart
from esms_desktop.ui.planning.generate_dialog import GenerateDialog
from esms_desktop.ui.planning.task_model import (
    DEPENDS, DURATION, END, ESSMS, OWNER, PHASE, START, TITLE, WAVE, TaskTableModel,
)
from esms_desktop.ui.wizard.step import StepPage

Dates = dict[str, tuple[dt.date, dt.date]]


class PlanningStep(StepPage):
    key = "planning"

    def title(self) -> str:
        return self.tr("Planning")

    def setup_ui(self) -> None:
        self.rows: list[planning.TaskRow] = []
        self.check: PlanningCheck | None = None
        self._filling = False
        # per task id, the fields sent to be stored and not read back yet; per task key, the dates: the next
        # edit of that task, typed before the earlier one is stored, starts from it (not a conflict with itself)
        self._sent = conflict_dialog.SentValues()
        self._sent_dates: dict[str, tuple[dt.date, dt.date]] = {}
        self._generating = False  # the generate dialog's data being read
        self._ars_window: tuple[dt.date | None, dt.date | None] = (None, None)
        layout = QVBoxLayout(self)
        self.heading = QLabel()
        self.heading.setObjectName("stepHeading")
        self.intro = QLabel()
        self.intro.setWordWrap(True)

        self.filing_check = QCheckBox()
        self.filing_edit = make_date_edit()
        self.window_label = QLabel()
        self.window_label.setObjectName("hint")
        filing = QHBoxLayout()
        filing.addWidget(self.filing_check)
        filing.addWidget(self.filing_edit)
        from esms_desktop.ui.glossary import WhatIsThis

        self.galis_help = WhatIsThis("GALIS")
        filing.addWidget(self.galis_help)
        filing.addWidget(self.window_label, 1)
        self.filing_check.toggled.connect(self._filing_toggled)
        self.filing_edit.dateChanged.connect(self._filing_changed)
        # The dossier's own ARS window (the campaign file's regional dates are one ARS's): shown when the
        # grappe files with another ARS than the file's.
        self.ars_label = QLabel()
        self.ars_label.setWordWrap(True)
        self.ars_start_edit = make_date_edit()
        self.ars_end_edit = make_date_edit()
        self.ars_save_button = QPushButton()
        self.ars_clear_button = QPushButton()
        self.ars_row = QWidget()
        ars = QHBoxLayout(self.ars_row)
        ars.setContentsMargins(0, 0, 0, 0)
        ars.addWidget(self.ars_label, 1)
        ars.addWidget(self.ars_start_edit)
        ars.addWidget(self.ars_end_edit)
        ars.addWidget(self.ars_save_button)
        ars.addWidget(self.ars_clear_button)
        self.ars_save_button.clicked.connect(self._save_ars_window)
        self.ars_clear_button.clicked.connect(self._clear_ars_window)
        self.ars_row.hide()

        self.generate_button = QPushButton()
        self.add_button = QPushButton()
        self.remove_button = QPushButton()
        self.undo_button = QPushButton()  # over the dossier's whole history (menu Édition, Ctrl+Z)
        self.redo_button = QPushButton()
        history = self.context.history
        if history is not None:
            self.undo_button.clicked.connect(history.undo)
            self.redo_button.clicked.connect(history.redo)
            history.stack.canUndoChanged.connect(self.undo_button.setEnabled)
            history.stack.canRedoChanged.connect(self.redo_button.setEnabled)
            history.stack.undoTextChanged.connect(self._undo_tooltip)
            history.stack.redoTextChanged.connect(self._redo_tooltip)
        self.undo_button.setEnabled(False)
        self.redo_button.setEnabled(False)
        self.cascade_check = QCheckBox()
        self.arrows_check = QCheckBox()
        self.arrows_check.setChecked(True)
        tools = QHBoxLayout()
        for widget in (self.generate_button, self.add_button, self.remove_button, self.undo_button, self.redo_button):
            tools.addWidget(widget)
        tools.addStretch(1)
        self.generate_button.clicked.connect(self.generate)
        self.add_button.clicked.connect(self.add_task)
        self.remove_button.clicked.connect(self.remove_task)
        self.arrows_check.toggled.connect(lambda on: self.chart.set_show_dependencies(on))

        self.summary = QLabel()
        self.summary.setWordWrap(True)
        self.model = TaskTableModel(self.store, self)
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setTabKeyNavigation(False)  # Tab goes on to the next control (arrows move in the table)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setAlternatingRowColors(True)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.DoubleClicked
                                   | QAbstractItemView.EditTrigger.EditKeyPressed
                                   | QAbstractItemView.EditTrigger.AnyKeyPressed)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(False)
        # by pixel: per column, a column widened while scrolled to the end (fitted again, the language switched)
        # kept the old offset, and the last column « ESSMS deployed » stayed cut at the scroll bar for good
        self.table.setHorizontalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.table.verticalHeader().setDefaultSectionSize(24)
        self._delegates = {
            START: DateDelegate(self.table), END: DateDelegate(self.table), DURATION: DaysDelegate(self.table),
            DEPENDS: CheckListDelegate(self.table), ESSMS: CheckListDelegate(self.table), WAVE: WaveDelegate(self.table),
            OWNER: SuggestionDelegate(lambda: planning.owner_suggestions(self.db, self.dossier_id), self.table),
            PHASE: SuggestionDelegate(lambda: list(dict.fromkeys(r.phase for r in self.rows if r.phase)), self.table),
        }
        for column, delegate in self._delegates.items():
            self.table.setItemDelegateForColumn(column, delegate)
        self.table.selectionModel().currentRowChanged.connect(self._table_row_changed)

        self.chart = GanttChart()
        self.chart.task_selected.connect(self.select_task)
        self.chart.task_moved.connect(self.move_task)
        self.chart_scroll = QScrollArea()
        self.chart_scroll.setWidgetResizable(True)
        self.chart_scroll.setWidget(self.chart)
        self.chart_scroll.verticalScrollBar().valueChanged.connect(self.chart.update)  # header and legend stay
        self.checks = ChecksPanel()
        self.checks.subject_activated.connect(self._finding_activated)
        self.splitter = QSplitter(Qt.Orientation.Vertical)
        for widget, stretch in ((self.table, 3), (self.chart_scroll, 5), (self.checks, 2)):
            self.splitter.addWidget(widget)
            self.splitter.setStretchFactor(self.splitter.count() - 1, stretch)
        self.splitter.setChildrenCollapsible(False)

        layout.addWidget(self.heading)
        layout.addWidget(self.intro)
        layout.addLayout(filing)
        layout.addWidget(self.ars_row)
        layout.addLayout(tools)
        options = QHBoxLayout()
        options.addWidget(self.summary, 1)
        options.addWidget(self.cascade_check)
        options.addWidget(self.arrows_check)
        layout.addLayout(options)
        self.refusal_label = QLabel()  # an edit refused where typed (an end before the start)
        self.refusal_label.setObjectName("fieldError")
        self.refusal_label.setWordWrap(True)
        self.refusal_label.hide()
        layout.addWidget(self.refusal_label)
        layout.addWidget(self.splitter, 1)

    def retranslate_ui(self) -> None:
        self.heading.setText(self.tr("Planning prévisionnel"))
        self.intro.setText(self.tr(
            "Start from the template of your type of project, then adjust the dates: in the table, or by dragging "
            "a bar of the chart (its duration is kept). The checks below follow every change."))
        self.filing_check.setText(self.tr("Planned filing da&te in GALIS:"))
        self.ars_save_button.setText(self.tr("&Keep these dates"))
        self.ars_clear_button.setText(self.tr("Forget them"))
        self.ars_start_edit.setToolTip(self.tr("Opening day of the ARS's call"))
        self.ars_end_edit.setToolTip(self.tr("Last filing day of the ARS's call"))
        self.generate_button.setText(self.tr("&Generate the planning from the template…"))
        self.add_button.setText(self.tr("&Add a task"))
        self.remove_button.setText(self.tr("&Remove the task…"))
        self.undo_button.setText(self.tr("Undo"))
        self.redo_button.setText(self.tr("Redo"))
        stack = self.context.history.stack if self.context.history is not None else None
        self._undo_tooltip(stack.undoText() if stack is not None else "")
        self._redo_tooltip(stack.redoText() if stack is not None else "")
        self.cascade_check.setText(self.tr("&Move dependent tasks too"))
        self.cascade_check.setToolTip(self.tr("When a task moves later, the tasks that depend on it move with it."))
        self.arrows_check.setText(self.tr("Show dependenc&ies"))
        self.table.setAccessibleName(self.tr("Tasks of the planning"))
        if self.rows or self.isVisible():
            self.refresh()

    def _undo_tooltip(self, change: str) -> None:
        self.undo_button.setToolTip(self.tr("Undo: {change} (Ctrl+Z)").format(change=change) if change
                                    else self.tr("Undo the last change of dates (Ctrl+Z)"))

    def _redo_tooltip(self, change: str) -> None:
        self.redo_button.setToolTip(self.tr("Redo: {change} (Ctrl+Shift+Z)").format(change=change) if change
                                    else self.tr("Redo the change undone (Ctrl+Shift+Z)"))

    def showEvent(self, event) -> None:  # noqa: N802
        super().showEvent(event)
        if not getattr(self, "_sized", False):  # first show: most of the room for the chart
            self._sized = True
            total = max(300, self.splitter.height())
            self.splitter.setSizes([int(total * 0.3), int(total * 0.52), int(total * 0.18)])

    # data ----------------------------------------------------------------
    def fetch(self):
        return planning.get_filing_date(self.db, self.dossier_id), self._read_plan()

    def fill(self, data) -> None:
        filing, plan = data
        self._show_plan(plan)  # first: the proposed filing date is the opening of the call it checked
        self._show_filing_date(filing)
        self._fit_columns()

    def _fit_columns(self) -> None:
        """Widths for the content: run again when a planning appears (else its dates show « 01/… »)."""
        for column, width in ((TITLE, 330), (PHASE, 140), (OWNER, 170)):
            self.table.setColumnWidth(column, width)
        for column in (START, END, DURATION, 5, DEPENDS, WAVE, ESSMS):
            self.table.resizeColumnToContents(column)

    def _show_filing_date(self, day: dt.date | None) -> None:
        self._filling = True
        try:
            self.filing_check.setChecked(day is not None)
            self.filing_edit.setEnabled(day is not None)
            self.filing_edit.setDate(to_qdate(day or self._default_filing_date()))
        finally:
            self._filling = False

    def _run_check(self) -> tuple[PlanningCheck | None, str]:
        try:
            return check_dossier_plan(load_dossier(self.db, self.dossier_id)), ""
        except CampaignFileError as exc:
            return None, campaign_error_text(exc)

    def refresh(self, then=None) -> None:
        """Read the tasks again and redraw the table, the chart, the summary and the checks (read after the
        dossier's earlier writes, in the background); ``then()`` once shown."""
        def shown(plan) -> None:
            self._show_plan(plan)
            if then is not None:
                then()

        self.context.submit(self._read_plan, shown, self.load_failed)

    def _read_plan(self):
        """The tasks, the planning's check and the dossier's own ARS window (background: no widget)."""
        rows = planning.list_tasks(self.db, self.dossier_id)
        return rows, self._run_check(), planning.get_ars_window(self.db, self.dossier_id)

    def _show_plan(self, plan) -> None:
        selected = self.current_key()
        had_rows = bool(self.rows)
        self.rows, (self.check, error), self._ars_window = plan
        self._forget_stored()
        check = self.check
        essms = dict(check.essms) if check else {}
        flagged = {s for f in (check.findings if check else ()) if f.severity != "info" for s in f.subjects}
        self.model.set_rows(self.rows, essms, flagged)
        self.chart.set_plan([r.to_task() for r in self.rows], flagged=flagged,
                            limit=check.limit if check and self.rows else None,
                            filing=check.filing_date if check else None, essms_names=essms)
        self.checks.show_findings(check.findings if check else (), error)
        self._show_summary()
        self.remove_button.setEnabled(bool(self.rows))
        if self.rows and not had_rows:
            self._fit_columns()
        if selected:
            self.select_task(selected)

    def _show_summary(self) -> None:
        check = self.check
        if check is None:
            self.summary.setText("")
            self.window_label.setText("")
            return
        self._show_ars_window()
        window = check.window
        scope = {"regional": self.tr("regional call"), "multi_regional": self.tr("multi-regional grappe"),
                 "national": self.tr("national call")}[check.scope]
        if window is not None and (window.start or window.end):
            dates = f"{fmt.date(window.start) if window.start else '…'} – {fmt.date(window.end) if window.end else '…'}"
            self.window_label.setText(self.tr("Filing window ({scope}): {dates}").format(scope=scope, dates=dates))
        elif check.filing is not None and check.filing.origin == "to_type":
            self.window_label.setText(self.tr("Filing window ({scope}): to be filled in.").format(
                scope=scope))
        else:
            self.window_label.setText(self.tr("No filing window known ({scope}).").format(scope=scope))
        if not check.tasks:
            self.summary.setText(self.tr("No planning yet: generate it from the template of your type of project."))
            return
        parts = [self.tr("Project from {start} to {end}").format(start=fmt.date(check.start), end=fmt.date(check.end))]
        if check.deployment_end is not None:
            months = (check.deployment_end - check.start).days / 30.4375
            values = {"date": fmt.date(check.deployment_end), "months": fmt.number(months, 1),
                      "maximum": check.max_months}
            carried = getattr(check.campaign, "is_carried", lambda _part: False)("max_duration_months")
            if check.max_months and carried:
                parts.append(self.tr("end of deployment {date} ({months} months, at most {maximum}: indicative, "
                                     "the 2022 figure)").format(**values))
            elif check.max_months:
                parts.append(self.tr("end of deployment {date} ({months} months, at most {maximum})").format(**values))
            else:
                parts.append(self.tr("end of deployment {date} ({months} months)").format(**values))
        waves = {t.wave for t in self.rows if t.role == "deployment" and t.wave is not None}  # as storage.planning.waves
        if waves:
            parts.append(self.tr("%n wave(s)", "", len(waves)))
        self.summary.setText(" · ".join(parts))

    # selection -----------------------------------------------------------
    def current_key(self) -> str | None:
        index = self.table.currentIndex()
        return self.model.rows[index.row()].key if index.isValid() and index.row() < len(self.model.rows) else None

    def select_task(self, key: str) -> None:
        row = self.model.row_of_key(key)
        if row < 0:
            return
        if self.table.currentIndex().row() != row:
            column = max(0, self.table.currentIndex().column())
            self.table.setCurrentIndex(self.model.index(row, column))
        self.table.scrollTo(self.model.index(row, 0))
        self.chart.set_selected(key)
        rect = self.chart.bar_rect(key)
        if rect is not None:
            # margins: the header and the legend stay on top of the rows
            self.chart_scroll.ensureVisible(int(rect.center().x()), int(rect.center().y()), 80, 70)

    def _table_row_changed(self, current, _previous) -> None:
        if current.isValid() and current.row() < len(self.model.rows):
            self.chart.set_selected(self.model.rows[current.row()].key)

    def _finding_activated(self, subjects: tuple) -> None:
        for subject in subjects:
            if self.model.row_of_key(subject) >= 0:
                self.select_task(subject)
                return

    # edits ---------------------------------------------------------------
    def _stored(self, then=None) -> None:
        self.refresh(then=then)
        self.changed.emit()

    def _forget_stored(self) -> None:
        """The tasks were read again: what they hold now is no longer waiting to be stored."""
        self._sent.read_back({r.id: r.values() for r in self.rows})
        by_key = {r.key: r for r in self.rows}
        for key, dates in list(self._sent_dates.items()):
            row = by_key.get(key)
            if row is None or (row.start, row.end) == dates:
                del self._sent_dates[key]

    def _not_stored(self, ident: int | None = None, keys=()) -> None:
        """An edit refused (« recharger », deleted, failed): the table shows what is stored, from which the
        next edit starts."""
        if ident is not None:
            self._sent.forget(ident)
        for key in keys:
            self._sent_dates.pop(key, None)
        self._stored()

    def _shown_tasks(self):
        """The tasks as this window last stored or sent them (dates not read back yet included)."""
        tasks = [r.to_task() for r in self.rows]
        return [dataclasses.replace(t, start=self._sent_dates[t.key][0], end=self._sent_dates[t.key][1])
                if t.key in self._sent_dates else t for t in tasks]

    def store(self, row: planning.TaskRow, field: str, value) -> bool:
        """Store one edited cell (called by the table model)."""
        if field == "start":
            return self.move_task(row.key, value)
        self.refusal_label.hide()
        if field in ("end", "duration"):
            start = self._sent_dates.get(row.key, (row.start, row.end))[0]
            end = value if field == "end" else start + dt.timedelta(days=int(value))
            if end < start:
                self.refusal_label.setText(self.tr(
                    "« {title} »: the end ({end}) cannot be before the start ({start}). Nothing was changed: "
                    "type a later end, or move the start first.").format(
                        title=row.title, end=fmt.date(end), start=fmt.date(start)))
                self.refusal_label.show()
                return False
            text = self.tr("Change the end of « {title} »").format(title=row.title)
            self.context.name_change(text)
            self.apply_dates({row.key: (start, end)})
            return True
        if field == "depends_on":  # never a loop: a task cannot wait for one that waits for it
            loop = dependants(self._shown_tasks(), row.key) | {row.key}
            value = tuple(k for k in value if k not in loop)
        # stored in the background; then what is stored is shown: mine, or theirs after « recharger » (a deleted
        # task leaves the table). It starts from what this window last sent for the task (not read back yet).
        original = self._sent.shown(row.id, row.values())
        write = conflict_dialog.save_changes_in_background(
            self, self.context.submit, planning.update_task, self.db, row.id, row.version, original,
            {field: value}, then=lambda _r: self._stored(), reshow=lambda: self._not_stored(row.id),
            display=self._display)
        if write is None:
            return False
        self.submit_write(self._sent.keep(row.id, write, original, {field: value}))
        return True

    def _display(self, name: str, value) -> str:
        """A task's field as the table shows it (in the conflict box)."""
        if name == "depends_on":
            return ", ".join(str(self.model.number_of(k) or k) for k in value or ())
        if name == "wave_essms":
            names = self.check.essms if self.check else {}
            return ", ".join(f"{dict(names).get(f, f)} ({f})" for f in value or ())
        if isinstance(value, bool):
            return self.tr("yes") if value else self.tr("no")
        if isinstance(value, dt.date):
            return fmt.date(value)
        return "" if value is None else str(value)

    def move_task(self, key: str, new_start: dt.date) -> bool:
        """Move a task to ``new_start`` keeping its duration (and push its dependants with the option on)."""
        tasks = self._shown_tasks()
        before = {t.key: (t.start, t.end) for t in tasks}
        cascade = self.cascade_check.isChecked() and not has_cycle(tasks)  # a loop would push forever
        moved = shift_task(tasks, key, new_start, cascade=cascade)
        after = {t.key: (t.start, t.end) for t in moved if (t.start, t.end) != before[t.key]}
        if not after:
            return False
        title = next(t.title for t in tasks if t.key == key)
        text = self.tr("Move « {title} » to {date}").format(title=title, date=fmt.date(new_start))
        self.context.name_change(text)
        self.apply_dates(after)
        return True

    def apply_dates(self, dates: Dates) -> None:
        """Store moved dates, saying what the chart showed: a task someone else moved meanwhile is asked about,
        one they deleted is said (nothing of the move is written then)."""
        from esms_desktop.storage.concurrency import StaleEdit
        from esms_desktop.storage.errors import NotFoundError

        shown = {r.key: self._sent_dates.get(r.key, (r.start, r.end)) for r in self.rows if r.key in dates}
        titles = {r.key: r.title for r in self.rows}
        db, dossier_id = self.db, self.dossier_id

        def refused(exc: Exception) -> bool:  # on the UI thread, after the write was refused
            if isinstance(exc, StaleEdit):
                span = lambda d: f"{fmt.date(d[0])} – {fmt.date(d[1])}"  # noqa: E731
                theirs = {titles.get(k, k): span(v) for k, v in exc.theirs.items()}
                mine = {titles.get(k, k): span(dates[k]) for k in exc.theirs}
                if conflict_dialog.ask(self, theirs, mine) == conflict_dialog.KEEP:  # mine over theirs
                    self.submit_write(Write(lambda: planning.set_task_dates(db, dossier_id, dates),
                                            lambda _r: self._stored(), lambda _exc: self._not_stored(keys=dates)))
                    return True
            elif isinstance(exc, NotFoundError):
                conflict_dialog.say_gone(self)
            else:  # said as a refusal; the next move starts from what is stored
                for key in dates:
                    self._sent_dates.pop(key, None)
                return False
            self._not_stored(keys=dates)
            return True

        self._sent_dates.update(dates)  # the next move of these tasks, before this one is stored, starts from it
        self.submit_write(Write(lambda: planning.set_task_dates(db, dossier_id, dates, based_on=shown),
                                lambda _r: self._stored(), refused))

    def _filing_toggled(self, on: bool) -> None:
        self.filing_edit.setEnabled(on)
        if self._filling:
            return
        self._store_filing_date()

    def _default_filing_date(self) -> dt.date:
        """Proposed when no date is planned: the opening of the dossier's call (from the check read with the
        tasks), else today."""
        window = self.check.window if self.check is not None else None
        return window.start if window is not None and window.start else dt.date.today()

    def _filing_changed(self, _date: QDate) -> None:
        if not self._filling:
            self._store_filing_date()

    def _save_ars_window(self) -> None:
        start, end = from_qdate(self.ars_start_edit.date()), from_qdate(self.ars_end_edit.date())
        if end < start:
            start, end = end, start
        db, dossier_id = self.db, self.dossier_id
        self.submit_write(Write(lambda: planning.set_ars_window(db, dossier_id, start, end), lambda _r: self._stored()))

    def _clear_ars_window(self) -> None:
        db, dossier_id = self.db, self.dossier_id
        self.submit_write(Write(lambda: planning.set_ars_window(db, dossier_id, None, None), lambda _r: self._stored()))

    def _show_ars_window(self) -> None:
        """The ARS window row: shown when the campaign file's regional dates are another ARS's."""
        own = self.check.filing if self.check else None
        if own is None or own.origin == "campaign":
            self.ars_row.hide()
            return
        region = region_name(own.region) or own.region or "?"
        start, end = self._ars_window  # read with the tasks, in the background
        if own.origin == "to_type":
            self.ars_label.setText(self.tr(
                "The campaign's regional dates are the ARS {owner}'s: type the dates of the call of the ARS "
                "{region} (opening, closing), then keep them.").format(
                    owner=region_name(own.window_region) or own.window_region or "?", region=region))
        else:
            self.ars_label.setText(self.tr("Dates of the call of the ARS {region} (typed in from its call):").format(
                region=region))
        self.ars_start_edit.setDate(to_qdate(start or dt.date(self.check.campaign.year, 1, 15)))
        self.ars_end_edit.setDate(to_qdate(end or dt.date(self.check.campaign.year, 9, 15)))
        self.ars_clear_button.setEnabled(start is not None or end is not None)
        self.ars_row.show()

    def _store_filing_date(self) -> None:
        day = from_qdate(self.filing_edit.date()) if self.filing_check.isChecked() else None
        db, dossier_id = self.db, self.dossier_id
        self.submit_write(Write(lambda: planning.set_filing_date(db, dossier_id, day), lambda _r: self._stored()))

    def _default_start(self) -> dt.date:
        if self.rows:
            return min(r.start for r in self.rows)
        window = self.check.window if self.check else None
        base = window.end if window is not None and window.end else dt.date.today()
        return (base.replace(day=28) + dt.timedelta(days=4)).replace(day=1)  # first day of the next month

    def generate(self) -> None:
        """« Générer le planning à partir du modèle… »: what the dialog proposes is read in the queue (the dossier,
        its ESSMS and waves), then the dialog opens."""
        if self._generating:
            return
        self._generating = True
        db, dossier_id = self.db, self.dossier_id

        def read():
            return (load_dossier(db, dossier_id), planning.wave_essms_choices(db, dossier_id),
                    planning.waves(db, dossier_id))

        def not_read(exc: Exception) -> None:
            self._generating = False
            self.load_failed(exc)

        def ready(data) -> None:
            try:
                self._generate(*data)
            finally:
                self._generating = False

        self.context.submit(read, ready, not_read)

    def _generate(self, dossier, essms, current) -> None:
        project_type = dossier.project_type
        assignment = {f: n for n, members in current.items() for f in members}
        count = len(current) or (3 if len(essms) >= 12 else 2 if len(essms) >= 4 else 1)
        maximum = getattr(self.check.campaign, "max_duration_months", {}) if self.check else {}
        dialog = GenerateDialog(self, project_type=project_type, start=self._default_start(),
                                wave_count=count, essms=essms, assignment=assignment, max_months=maximum)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return
        if self.rows:
            answer = QMessageBox.question(
                self, self.tr("Replace the planning"),
                self.tr("Replace the %n task(s) of the current planning by the template? Your changes to them "
                        "will be lost.", "", len(self.rows)),
                QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No, QMessageBox.StandardButton.No)
            if answer != QMessageBox.StandardButton.Yes:
                return
        project_type, start, waves = dialog.values()
        self.context.name_change(self.tr("generate the planning"))
        route = "procurement"
        if self.check is not None:  # the OGs' statuses and the GHT choice (000, from 2023)
            chosen = dataclasses.replace(dossier, project_type=project_type)  # the type chosen in the dialog
            route = template_route(procurement_route(chosen, self.check.campaign))
        from esms_desktop.storage.concurrency import StaleEdit

        db, dossier_id, seen = self.db, self.dossier_id, [(r.id, r.version) for r in self.rows]

        def run(seen=None):  # the planning the user agreed to replace, not one someone else changed since
            return lambda: planning.generate(db, dossier_id, project_type, start, waves, route=route, seen=seen)

        def refused(exc: Exception) -> bool:
            if not isinstance(exc, StaleEdit):
                return False
            labels = {"planning": self.tr("Planning")}
            theirs = {"planning": self.tr("%n task(s), changed since you opened it", "", exc.theirs["planning"])}
            mine = {"planning": self.tr("generated from the template")}
            if conflict_dialog.ask(self, theirs, mine, labels) == conflict_dialog.KEEP:
                self.submit_write(Write(run(), lambda _r: self._stored()))
            else:
                self._stored()
            return True

        self.submit_write(Write(run(seen), lambda _r: self._stored(), refused))

    def add_task(self) -> None:
        key = self.current_key()
        after = next((r for r in self.rows if r.key == key), None)
        start = after.end if after else (max(r.end for r in self.rows) if self.rows else self._default_start())
        db, dossier_id, title = self.db, self.dossier_id, self.tr("New task")

        def add() -> int:
            return planning.add_task(db, dossier_id, after_id=after.id if after else None, title=title,
                                     phase=after.phase if after else "", start=start, end=start + dt.timedelta(days=14))

        def stored(task_id: int) -> None:
            def select() -> None:
                new = next((r for r in self.rows if r.id == task_id), None)
                if new is None:
                    return
                self.select_task(new.key)
                self.table.setCurrentIndex(self.model.index(self.model.row_of_key(new.key), TITLE))
                self.table.setFocus()

            self._stored(then=select)

        self.submit_write(Write(add, stored))

    def remove_task(self) -> None:
        key = self.current_key()
        row = next((r for r in self.rows if r.key == key), None)
        if row is None:
            return
        answer = QMessageBox.question(
            self, self.tr("Remove"), self.tr("Remove the task « {title} » from the planning?").format(title=row.title),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No, QMessageBox.StandardButton.No)
        if answer != QMessageBox.StandardButton.Yes:
            return
        self.context.name_change(self.tr("remove the task « {title} »").format(title=row.title))
        self.submit_write(conflict_dialog.delete_in_background(
            self, self.context.submit, planning.delete_task, self.db, row.id, row.version,
            self._sent.shown(row.id, row.values()),
            then=lambda _r: self._stored(), reshow=self._stored, name=row.title, display=self._display))
