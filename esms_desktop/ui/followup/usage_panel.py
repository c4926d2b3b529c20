"""Usage targets, monthly: the counts per ESSMS and month (typed or imported), the rates against the
targets per ESSMS and for the grappe, a chart over the months, and what is missing to release the solde."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QComboBox,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMessageBox,
    QPushButton,
    QSplitter,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from esms_desktop import formatting
from esms_desktop.i18n import render
from esms_desktop.rules.followup.usage import Rate, UsageReport, add_months
from esms_desktop.storage import usage_measures as store
from esms_desktop.storage.errors import StorageError
from esms_desktop.ui.followup.panel import FollowupPanel, said_in
from esms_desktop.ui.followup.usage_chart import UsageChart

MET, NOT_MET = QColor("#1b7f3b"), QColor("#b00020")


def rate_text(rate: Rate) -> str:
    if rate.denominator is None:
        return "" if rate.numerator is None else formatting.number(rate.numerator)
    return "—" if rate.percent is None else formatting.percent(rate.percent, 1)


class UsagePanel(FollowupPanel):
    """The usage targets. The measures, the grappe's ESSMS and the rules' report are read in the step's
    background queue; a count typed, a month added and an import are stored there too (a count says the
    counts it started from: someone else's change of the same count meanwhile is asked)."""

    def __init__(self, step, campaign, parent: QWidget | None = None):
        """``campaign``: the dossier's (``store.campaign_of_dossier``), read in the background by the step."""
        super().__init__(step, parent)
        self._loading = False
        self._chart_chosen = False  # until the user picks one, the chart shows what lags behind
        self.campaign = campaign
        self.report: UsageReport | None = None
        # the report shown over a few turns (grid, rates, chart, what is missing: at 200 ESSMS each is a
        # table or a text of 200 rows), the step loading meanwhile
        self._report_slices = step.slices(budget=0)
        self.measures: list = []  # every stored measure (rules.followup.usage.Measure), as last read
        self.essms_combo = QComboBox()
        self.import_button = QPushButton()
        self.import_button.clicked.connect(self._import)
        self.add_month_button = QPushButton()
        self.add_month_button.clicked.connect(self._add_month)
        self.grid = QTableWidget(0, 1 + len(self.campaign.usage_counts))
        self.grid.setTabKeyNavigation(False)  # Tab goes on to the next control (arrows move in the table)
        self.grid.itemChanged.connect(self._save_cell)
        self.grid.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.grid_hint = QLabel()
        self.grid_hint.setWordWrap(True)
        self.grid_hint.setObjectName("hint")
        self.error_label = QLabel()
        self.error_label.setWordWrap(True)
        self.error_label.setStyleSheet("color: #b00020;")
        entry = QWidget()
        top = QHBoxLayout()
        self.essms_label = QLabel()
        top.addWidget(self.essms_label)
        top.addWidget(self.essms_combo, 1)
        top.addWidget(self.add_month_button)
        top.addWidget(self.import_button)
        entry_layout = QVBoxLayout(entry)
        entry_layout.addLayout(top)
        entry_layout.addWidget(self.grid_hint)
        entry_layout.addWidget(self.grid, 1)
        entry_layout.addWidget(self.error_label)

        self.status_label = QLabel()
        self.status_label.setWordWrap(True)
        self.rates_table = QTableWidget(0, 2)
        self.rates_table.setTabKeyNavigation(False)  # Tab goes on to the next control (arrows move in the table)
        self.rates_table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.rates_table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        # the ESSMS' names on one line, as wide as they need up to a limit (they were squeezed into two cut
        # lines by the rates' headers); the last column takes what is left
        self.rates_table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Interactive)
        self.rates_table.horizontalHeader().setStretchLastSection(True)
        self.rates_table.setWordWrap(False)
        self.indicator_combo = QComboBox()
        self.chart = UsageChart()
        self.missing_view = QTextBrowser()
        results = QWidget()
        results_layout = QVBoxLayout(results)
        results_layout.addWidget(self.status_label)
        split = QSplitter(Qt.Orientation.Vertical)
        split.addWidget(self.rates_table)
        bottom = QSplitter(Qt.Orientation.Horizontal)
        chart_box = QWidget()
        chart_layout = QVBoxLayout(chart_box)
        chart_layout.setContentsMargins(0, 0, 0, 0)
        chart_layout.addWidget(self.indicator_combo)
        chart_layout.addWidget(self.chart, 1)
        bottom.addWidget(chart_box)
        bottom.addWidget(self.missing_view)
        bottom.setSizes([600, 300])
        split.addWidget(bottom)
        split.setSizes([180, 320])
        results_layout.addWidget(split, 1)
        self.tabs = QTabWidget()
        self.tabs.addTab(results, "")
        self.tabs.addTab(entry, "")
        layout = QVBoxLayout(self)
        layout.addWidget(self.tabs)
        self.essms_combo.currentIndexChanged.connect(self._show_grid)
        self.essms_combo.currentIndexChanged.connect(self._show_chart)
        self.indicator_combo.currentIndexChanged.connect(self._show_chart)
        self.indicator_combo.activated.connect(lambda _i: setattr(self, "_chart_chosen", True))
        self.essms_combo.activated.connect(lambda _i: setattr(self, "_chart_chosen", True))
        self.retranslate_ui()

    def retranslate_ui(self) -> None:
        self.tabs.setTabText(0, self.tr("Rates and targets"))
        self.tabs.setTabText(1, self.tr("Monthly counts"))
        self.essms_label.setText(self.tr("ESSMS:"))
        self.import_button.setText(self.tr("&Import a file…"))
        self.add_month_button.setText(self.tr("Add the next &month"))
        self.grid_hint.setText(self.tr(
            "One row per month: the counts of the month just ended; the first measure covers the {months} months "
            "ending with it ({source}). Empty: not given.").format(
            months=self.campaign.first_usage_measure_months, source=self.campaign.source_label(self.campaign.source("first_usage_measure_months"))))
        self.grid.setHorizontalHeaderLabels([self.tr("Month")] + [c.label for c in self.campaign.usage_counts])
        for col, c in enumerate(self.campaign.usage_counts, start=1):
            self.grid.horizontalHeaderItem(col).setToolTip(c.label)
            self.grid.horizontalHeaderItem(col).setText(c.short_label)

    # ------------------------------------------------------------ loading
    def load(self) -> None:
        """Read the grappe's ESSMS, the measures and their report in the background, then show them."""
        self.read(self._fetch, self._fill)

    def _fetch(self):
        from esms_desktop.rules.followup.usage import usage_report

        essms = store.grappe_essms(self.db, self.dossier_id)
        measures = store.list_measures(self.db, self.dossier_id)
        return essms, measures, usage_report([(e.finess_et, e.name) for e in essms], measures, self.campaign)

    def _fill(self, fetched) -> None:
        essms, measures, report = fetched
        current = self.essms_combo.currentData()
        self._loading = True
        try:
            self.essms_combo.clear()
            for e in essms:
                self.essms_combo.addItem(f"{e.name} ({e.finess_et})", e.finess_et)
            self.essms_combo.setCurrentIndex(max(0, self.essms_combo.findData(current)))
            indicator = self.indicator_combo.currentData()
            self.indicator_combo.clear()
            for t in self.campaign.usage_targets:
                if t.denominator is not None:
                    self.indicator_combo.addItem(t.label, t.key)
            self.indicator_combo.setCurrentIndex(max(0, self.indicator_combo.findData(indicator)))
        finally:
            self._loading = False
        self._show_report((essms, measures, report))

    def refresh(self) -> None:
        """The measures and the report read again (after a store), in the background."""
        self.read(self._fetch, self._show_report)

    def _show_report(self, fetched) -> None:
        _essms, self.measures, self.report = fetched
        if not self._chart_chosen:
            self._choose_chart()
        self._report_slices.start([self._show_grid, self._show_rates, self._show_chart, self._show_missing])

    def _choose_chart(self) -> None:
        """Show first the first ESSMS and indicator below target at the latest measure."""
        for e in self.report.essms:
            latest = e.latest
            lagging = [r for r in latest.rates if r.met is False and r.denominator] if latest else []
            if lagging:
                self._loading = True
                self.essms_combo.setCurrentIndex(max(0, self.essms_combo.findData(e.finess_et)))
                self.indicator_combo.setCurrentIndex(max(0, self.indicator_combo.findData(lagging[0].key)))
                self._loading = False
                return

    def _measures_of(self, finess: str):
        return [m for m in self.measures if m.finess_et == finess]

    def _show_grid(self) -> None:
        if self._loading:
            return
        finess = self.essms_combo.currentData()
        measures = self._measures_of(finess) if finess else []
        self._loading = True
        try:
            self.grid.setRowCount(len(measures))
            own = next((e for e in self.report.essms if e.finess_et == finess), None) if self.report else None
            periods = {r.month: r.period for r in own.months} if own else {}
            for row, m in enumerate(measures):
                period = periods.get(m.month)
                text = m.month.strftime("%m/%Y")
                if period is not None and period.months > 1:
                    text = self.tr("{month} ({months} months)").format(month=text, months=period.months)
                month = QTableWidgetItem(text)
                month.setFlags(month.flags() & ~Qt.ItemFlag.ItemIsEditable)
                month.setData(Qt.ItemDataRole.UserRole, m.month)
                self.grid.setItem(row, 0, month)
                for col, c in enumerate(self.campaign.usage_counts, start=1):
                    value = m.counts.get(c.key)
                    self.grid.setItem(row, col, QTableWidgetItem("" if value is None else str(value)))
        finally:
            self._loading = False

    def _show_rates(self) -> None:
        report = self.report
        targets = [t for t in self.campaign.usage_targets]
        self.rates_table.setColumnCount(2 + len(targets))
        self.rates_table.setHorizontalHeaderLabels(
            [self.tr("ESSMS"), self.tr("Latest month")] + [t.short_label for t in targets])
        for col, t in enumerate(targets, start=2):
            target = self.tr("no target") if t.target_percent is None else formatting.percent(t.target_percent)
            self.rates_table.horizontalHeaderItem(col).setToolTip(f"{t.label}\n{t.formula}\n{target} ({t.source})")
        rows = [(f"{e.name}", e.latest) for e in report.essms]
        rows.append((self.tr("Grappe (all ESSMS)"), report.grappe[-1] if report.grappe else None))
        header = self.rates_table.horizontalHeader()
        # each cell set while its columns size to their contents measures every row again (3 s at 200 ESSMS):
        # measured once, after the cells are set
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        self.rates_table.setRowCount(len(rows))
        for r, (name, result) in enumerate(rows):
            self.rates_table.setItem(r, 0, QTableWidgetItem(name))
            self.rates_table.setItem(r, 1, QTableWidgetItem(
                result.month.strftime("%m/%Y") if result else self.tr("not measured")))
            for col, t in enumerate(targets, start=2):
                item = QTableWidgetItem()
                if result is not None:
                    rate = result.rate(t.key)
                    item.setText(rate_text(rate))
                    if rate.met is not None:
                        item.setForeground(MET if rate.met else NOT_MET)
                    if rate.reason is not None:
                        item.setToolTip(render(rate.reason))
                item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
                self.rates_table.setItem(r, col, item)
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Interactive)
        self.rates_table.setColumnWidth(0, min(self.rates_table.sizeHintForColumn(0), 260))
        if report.solde_ready:
            status = self.tr("Every ESSMS meets every target: the balance can be requested.")
        else:
            status = self.tr("Not every ESSMS meets every target yet: the balance cannot be requested.")
        first = report.first_month_all_met
        status += " " + (self.tr("First month all ESSMS met every target: {month}.").format(month=first.strftime("%m/%Y"))
                         if first else self.tr("No month yet where all ESSMS met every target."))
        self.status_label.setText(status)
        self.status_label.setStyleSheet("font-weight: bold; color: %s;" % ("#1b7f3b" if report.solde_ready else "#b00020"))

    def _show_chart(self) -> None:
        if self._loading or self.report is None:
            return
        key = self.indicator_combo.currentData()
        if key is None:
            return
        target = next(t for t in self.campaign.usage_targets if t.key == key)
        months = sorted({m.month for e in self.report.essms for m in e.months})
        grappe = {m.month: m.rate(key).percent for m in self.report.grappe}
        series = [(self.tr("Grappe"), [grappe.get(m) for m in months])]
        finess = self.essms_combo.currentData()
        own = next((e for e in self.report.essms if e.finess_et == finess), None)
        if own is not None:
            values = {m.month: m.rate(key).percent for m in own.months}
            series.append((own.name, [values.get(m) for m in months]))
        self.chart.show_series(months, series, target.target_percent,
                               self.tr("Target {target}").format(target=formatting.percent(target.target_percent or 0)),
                               target.label)

    def _show_missing(self) -> None:
        title = self.tr("What is missing to release the balance")
        nothing = self.tr("Nothing: every ESSMS meets every target at its latest measure.")
        lines = ["<h3>" + _html(title) + "</h3>"]
        names = {e.finess_et: e.name for e in self.report.essms}
        lacking = {f: m for f, m in self.report.missing.items() if m}
        if not lacking:
            lines.append("<p>" + _html(nothing) + "</p>")
        for finess, messages in lacking.items():
            lines.append(f"<p><b>{_html(names[finess])}</b> ({finess})</p><ul>")
            lines += [f"<li>{_html(render(m))}</li>" for m in messages]
            lines.append("</ul>")
        self.missing_view.setHtml("".join(lines))

    # ------------------------------------------------------------ editing
    def _save_cell(self, item: QTableWidgetItem) -> None:
        if self._loading or item.column() == 0:
            return
        from esms_desktop.ui.conflict_dialog import save_changes_in_background

        row = item.row()
        month: dt.date = self.grid.item(row, 0).data(Qt.ItemDataRole.UserRole)
        counts = {}
        for col, c in enumerate(self.campaign.usage_counts, start=1):
            text = (self.grid.item(row, col).text() if self.grid.item(row, col) else "").strip().replace(" ", "")
            if text and not text.lstrip("-").isdigit():
                self.error_label.setText(self.tr("« {value} » is not a count (a whole number is expected).").format(value=text))
                return
            counts[c.key] = int(text) if text else None
        finess = self.essms_combo.currentData()
        measure = next((m for m in self._measures_of(finess) if m.month == month), None)
        shown = dict(measure.counts) if measure is not None else {}
        mine = {k: v for k, v in counts.items() if v is not None}

        def update(db, dossier_id, _version, based_on, **_changes):
            store.set_measure(db, dossier_id, finess, month, counts,
                              based_on=shown if based_on is not None else ...)

        def stored(_result) -> None:
            self.error_label.setText("")
            self.refresh()
            self.changed.emit()

        labels = {c.key: c.label for c in self.campaign.usage_counts}
        original = {k: shown.get(k) for k in labels}
        write = save_changes_in_background(self, self.submit, update, self.db, self.dossier_id, 0, original,
                                           {k: mine.get(k) for k in labels}, stored, self.refresh, labels=labels)
        if write is None:
            return
        write.failed = said_in(self.error_label, also=write.failed)
        self.send(write)

    def _add_month(self) -> None:
        finess = self.essms_combo.currentData()
        if not finess:
            return
        measures = self._measures_of(finess)
        month = add_months(measures[-1].month, 1) if measures else dt.date.today().replace(day=1)

        def stored(_result) -> None:
            self.refresh()
            self.changed.emit()

        # a month someone else added meanwhile keeps its counts (none were shown: none changed)
        self.write(lambda: store.set_measure(self.db, self.dossier_id, finess, month, {}, based_on=None), stored,
                   said_in(self.error_label))

    def _import(self) -> None:
        from esms_desktop.storage.table_files import TableFormatError, read_table

        path, _ = QFileDialog.getOpenFileName(self, self.tr("Import usage measures"), "",
                                              self.tr("Tables (*.csv *.xlsx *.txt)"))
        if not path:
            return

        def fetch():
            table = read_table(path)
            known = {e.finess_et for e in store.grappe_essms(self.db, self.dossier_id)}
            stored = {(m.finess_et, m.month) for m in store.list_measures(self.db, self.dossier_id)}
            return table, known, stored

        def failed(exc: Exception) -> None:
            self.hold(False)
            if isinstance(exc, (TableFormatError, StorageError)):
                QMessageBox.warning(self, self.tr("Not imported"), render(exc.message))
            else:
                self.step.load_failed(exc)

        def read(fetched) -> None:
            # the dialog runs its own event loop: opened after this delivery of the queue, not inside it
            QTimer.singleShot(0, lambda: self._show_import(*fetched))

        self.hold(True)  # the step counts as loading until the dialog is closed
        self.submit(fetch, read, failed)

    def _show_import(self, table, known, stored) -> None:
        from esms_desktop.ui.followup.usage_import_dialog import UsageImportDialog

        try:
            dialog = UsageImportDialog(self, table, self.campaign, known, stored)
            if dialog.exec() and dialog.imported:
                self.refresh()
                self.tabs.setCurrentIndex(0)
                self.changed.emit()
        finally:
            self.hold(False)


def _html(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
