"""Deployment: real start and end of each wave beside the planned ones, against the campaign's limit."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QHeaderView, QLabel, QTableWidget, QTableWidgetItem, QVBoxLayout, QWidget

from esms_desktop import formatting
from esms_desktop.rules.campaign import load_campaign
from esms_desktop.rules.followup.deployment import deployment
from esms_desktop.storage import followup as store
from esms_desktop.ui.followup.fields import DateField
from esms_desktop.ui.followup.panel import FollowupPanel, said_in

REAL_START, REAL_END = 4, 5


class DeploymentPanel(FollowupPanel):
    """The real deployment dates: read (with the rules' expected ends) and stored in the step's background
    queue; a save says the dates it started from (someone else's meanwhile: asked)."""

    def __init__(self, step, parent: QWidget | None = None):
        super().__init__(step, parent)
        self._loading = False
        self.stored: dict = {"waves": {}, "essms": {}}  # the follow-up's ``deployment`` shown (or last sent)
        self.names: dict[str, str] = {}
        self.limit_label = QLabel()
        self.limit_label.setWordWrap(True)
        self.warning_label = QLabel()
        self.warning_label.setWordWrap(True)
        self.warning_label.setStyleSheet("color: #b00020; font-weight: bold;")
        self.table = QTableWidget(0, 8)
        self.table.setTabKeyNavigation(False)  # Tab goes on to the next control (arrows move in the table)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.itemChanged.connect(self._save)
        self.essms_title = QLabel()
        self.essms_table = QTableWidget(0, 8)
        self.essms_table.setTabKeyNavigation(False)  # Tab goes on to the next control (arrows move in the table)
        self.essms_table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.essms_table.horizontalHeader().setStretchLastSection(True)
        self.essms_table.itemChanged.connect(self._save_essms)
        layout = QVBoxLayout(self)
        layout.addWidget(self.limit_label)
        layout.addWidget(self.warning_label)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.essms_title)
        layout.addWidget(self.essms_table, 2)
        self.retranslate_ui()

    def retranslate_ui(self) -> None:
        self.table.setHorizontalHeaderLabels([
            self.tr("Wave"), self.tr("ESSMS"), self.tr("Planned start"), self.tr("Planned end"), self.tr("Real start"),
            self.tr("Real end"), self.tr("Expected end"), self.tr("State")])
        self.essms_title.setText(self.tr("Per ESSMS: its own real dates when they differ from its wave's"))
        self.essms_table.setHorizontalHeaderLabels([
            self.tr("ESSMS"), self.tr("Wave"), self.tr("Planned start"), self.tr("Planned end"), self.tr("Real start"),
            self.tr("Real end"), self.tr("Expected end"), self.tr("State")])

    def load(self) -> None:
        """Read the deployment in the background (the rules' expected ends computed there too), then show it."""
        self.read(self._fetch, self._fill)

    def _fetch(self):
        data = store.dossier_data(self.db, self.dossier_id)
        stored = (data["dossier"].get("followup") or {}).get("deployment", {})
        return deployment(data, load_campaign(data["dossier"]["campaign_year"])), stored

    def _fill(self, fetched) -> None:
        dep, stored = fetched
        self.stored = {"waves": dict(stored.get("waves", {})), "essms": dict(stored.get("essms", {}))}
        self.names = {e.finess_et: e.name for e in dep.essms}
        self._loading = True
        try:
            self.table.setRowCount(len(dep.waves))
            for row, w in enumerate(dep.waves):
                if w.past_limit:
                    state = self.tr("past the limit")
                elif w.slip_days > 0:
                    state = self.tr("{days} days late").format(days=w.slip_days)
                elif w.real_end:
                    state = self.tr("done")
                else:
                    state = self.tr("on time")
                values = (str(w.wave), str(len(w.essms)), formatting.date(w.planned_start), formatting.date(w.planned_end),
                          formatting.date(w.real_start), formatting.date(w.real_end), formatting.date(w.expected_end), state)
                for col, text in enumerate(values):
                    item = QTableWidgetItem(text)
                    if col not in (REAL_START, REAL_END):
                        item.setFlags(item.flags() & ~Qt.ItemFlag.ItemIsEditable)
                    if col == 7 and w.past_limit:
                        item.setForeground(QColor("#b00020"))
                    item.setData(Qt.ItemDataRole.UserRole, w.wave)
                    self.table.setItem(row, col, item)
            self.essms_table.setRowCount(len(dep.essms))
            for row, e in enumerate(dep.essms):
                state = self.tr("past the limit") if e.past_limit else (
                    self.tr("own dates") if e.own else self.tr("as its wave"))
                values = (e.name, str(e.wave or "—"), formatting.date(e.planned_start), formatting.date(e.planned_end),
                          formatting.date(e.real_start), formatting.date(e.real_end), formatting.date(e.expected_end), state)
                for col, text in enumerate(values):
                    item = QTableWidgetItem(text)
                    if col not in (REAL_START, REAL_END):
                        item.setFlags(item.flags() & ~Qt.ItemFlag.ItemIsEditable)
                    if col == 7 and e.past_limit:
                        item.setForeground(QColor("#b00020"))
                    item.setData(Qt.ItemDataRole.UserRole, e.finess_et)
                    self.essms_table.setItem(row, col, item)
        finally:
            self._loading = False
        late_essms = [e for e in dep.essms if e.past_limit]
        if dep.limit is not None:
            self.limit_label.setText(self.tr(
                "The project started on {start}: its deployment must end within {months} months, by {limit} "
                "({source}).").format(
                start=formatting.date(dep.project_start), months=dep.max_months, limit=formatting.date(dep.limit),
                source=dep.limit_source))
        else:
            self.limit_label.setText(self.tr("Give the planning its dates to compare the deployment with the limit."))
        self.warning_label.setText("\n".join(
            self.tr("Wave {wave} is expected to end on {end}, after the limit of {limit}: tell the ARS now.").format(
                wave=w.wave, end=formatting.date(w.expected_end), limit=formatting.date(w.limit))
            for w in dep.warnings) + "".join(
            "\n" + self.tr("{name} is expected to end its deployment on {end}, after the limit of {limit}.").format(
                name=e.name, end=formatting.date(e.expected_end), limit=formatting.date(e.limit)) for e in late_essms))
        self.warning_label.setVisible(bool(dep.warnings) or bool(late_essms))

    def _save(self, item: QTableWidgetItem) -> None:
        self._save_dates(self.table, item, store.set_wave_dates, "waves")

    def _save_essms(self, item: QTableWidgetItem) -> None:
        self._save_dates(self.essms_table, item, store.set_essms_dates, "essms")

    def _save_dates(self, table, item: QTableWidgetItem, save, part: str) -> None:
        """Store the real start and end typed on ``item``'s row (a wave's or an ESSMS's) with ``save``, in the
        background, then show the deployment again (its expected ends)."""
        from esms_desktop.ui.conflict_dialog import save_changes_in_background

        if self._loading or item.column() not in (REAL_START, REAL_END):
            return
        fields = []
        for col in (REAL_START, REAL_END):
            field = DateField()
            field.setText(table.item(item.row(), col).text())
            fields.append(field)
        if not all(f.is_complete() for f in fields):
            self.warning_label.setText(self.tr("A date is written day/month/year, e.g. 18/08/2025."))
            self.warning_label.show()
            return
        key = item.data(Qt.ItemDataRole.UserRole)
        start, end = fields[0].iso(), fields[1].iso()
        name = str(key)
        shown = self.stored[part].get(name)
        mine = {"start": start, "end": end}

        def update(db, dossier_id, _version, based_on, **_changes):
            return save(db, dossier_id, key, start, end,
                        based_on=store.UNCONDITIONAL if based_on is None else based_on[name])

        def stored(_result) -> None:
            self.load()
            self.changed.emit()

        labels = {name: self.tr("Wave {wave}").format(wave=key) if part == "waves" else self.names.get(name, name)}
        write = save_changes_in_background(self, self.submit, update, self.db, self.dossier_id, 0, {name: shown},
                                           {name: mine}, stored, self.load, labels=labels, display=self._display)
        if write is None:
            return
        self.stored[part][name] = mine  # the next edit starts from this one
        write.failed = said_in(self.warning_label, also=write.failed)
        self.send(write)

    def _display(self, _name: str, value):
        """Real dates in a conflict box: « 01/03/2026 → 12/04/2026 »."""
        if not isinstance(value, dict):
            return value
        day = lambda v: formatting.date(dt.date.fromisoformat(v)) if v else "…"  # noqa: E731
        return f"{day(value.get('start'))} → {day(value.get('end'))}"
