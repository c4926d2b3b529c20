"""Dialog « Generate the planning from the template »: project type, start date, waves and their ESSMS."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QSpinBox,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from esms_desktop import formatting as fmt
from esms_desktop.rules.planning.schedule import add_months, deployment_end, generate_plan
from esms_desktop.rules.planning.plan import distribute_waves
from esms_desktop.storage.planning import WaveEssms
from esms_desktop.ui.planning.delegates import from_qdate, make_date_edit, to_qdate
from esms_desktop.ui.wizard import choices

MAX_WAVES = 8


class GenerateDialog(QDialog):
    """Asks how to build the planning; ``values()`` gives ``(project_type, start, waves)``."""

    def __init__(self, parent: QWidget | None, *, project_type: str, start: dt.date, wave_count: int,
                 essms: list[WaveEssms], assignment: dict[str, int] | None = None,
                 max_months: dict[str, int] | None = None):
        super().__init__(parent)
        self.essms = essms
        self.max_months = max_months or {}
        self.setWindowTitle(self.tr("Generate the planning from the template"))
        self.resize(720, 560)
        intro = QLabel(self.tr(
            "The template lists the usual tasks of this kind of project with indicative durations. Training and "
            "deployment are repeated for each wave of ESSMS. Every date can be changed afterwards."))
        intro.setWordWrap(True)
        self.type_combo = QComboBox()
        for code, label in choices.project_types():
            self.type_combo.addItem(label, code)
        self.type_combo.setCurrentIndex(max(0, self.type_combo.findData(project_type)))
        self.start_edit = make_date_edit()
        self.start_edit.setDate(to_qdate(start))
        self.start_edit.setMaximumWidth(160)
        self.waves_spin = QSpinBox()
        self.waves_spin.setRange(1, MAX_WAVES)
        self.waves_spin.setValue(max(1, min(MAX_WAVES, wave_count)))
        self.spread_button = QPushButton(self.tr("Sp&read the ESSMS evenly"))
        form = QFormLayout()
        labels = (self.tr("Project &type:"), self.tr("&Start of the project:"), self.tr("Number of &waves:"))
        for text, widget in zip(labels, (self.type_combo, self.start_edit, self.waves_spin)):
            label = QLabel(text)
            label.setBuddy(widget)
            if widget is self.waves_spin:
                row = QHBoxLayout()
                row.addWidget(widget)
                row.addWidget(self.spread_button)
                row.addStretch(1)
                form.addRow(label, row)
            else:
                form.addRow(label, widget)

        self.table = QTableWidget(len(essms), 3)
        self.table.setHorizontalHeaderLabels([self.tr("ESSMS"), self.tr("Organisme gestionnaire"), self.tr("Wave")])
        self.table.verticalHeader().hide()
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.table.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        self.table.horizontalHeader().setSectionResizeMode(2, QHeaderView.ResizeMode.ResizeToContents)
        self.wave_combos: list[QComboBox] = []
        for row, e in enumerate(essms):
            name = QTableWidgetItem(f"{e.name} ({e.finess_et})")
            og = QTableWidgetItem(e.og_name + ("  " + self.tr("(porteur)") if e.is_porteur else ""))
            for item in (name, og):
                item.setFlags(item.flags() & ~Qt.ItemFlag.ItemIsEditable)
                self.table.setItem(row, 0 if item is name else 1, item)
            combo = QComboBox()
            combo.setAccessibleName(self.tr("Wave of {name}").format(name=e.name))
            combo.currentIndexChanged.connect(self._update_summary)
            self.wave_combos.append(combo)
            self.table.setCellWidget(row, 2, combo)
        self.table_label = QLabel(self.tr("&ESSMS deployed in each wave:"))
        self.table_label.setBuddy(self.table)
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("&Generate"))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(self.table_label)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.summary)
        layout.addWidget(self.buttons)

        self._fill_wave_choices()
        if assignment and max(assignment.values(), default=0) <= self.waves_spin.value():
            for combo, e in zip(self.wave_combos, essms):
                combo.setCurrentIndex(max(0, assignment.get(e.finess_et, 1) - 1))
        else:
            self.spread()
        self.waves_spin.valueChanged.connect(self._waves_changed)
        self.spread_button.clicked.connect(self.spread)
        self.type_combo.currentIndexChanged.connect(self._update_summary)
        self.start_edit.dateChanged.connect(self._update_summary)
        self._update_summary()

    def _fill_wave_choices(self) -> None:
        count = self.waves_spin.value()
        for combo in self.wave_combos:
            current = combo.currentIndex()
            combo.blockSignals(True)
            combo.clear()
            for number in range(1, count + 1):
                combo.addItem(self.tr("Wave {number}").format(number=number), number)
            combo.setCurrentIndex(min(max(current, 0), count - 1))
            combo.blockSignals(False)

    def _waves_changed(self) -> None:
        self._fill_wave_choices()
        self.spread()

    def spread(self) -> None:
        """Cut the ESSMS (porteur's first) into waves of near-equal size."""
        waves = distribute_waves([e.finess_et for e in self.essms], self.waves_spin.value())
        number_of = {f: n for n, wave in enumerate(waves, 1) for f in wave}
        for combo, e in zip(self.wave_combos, self.essms):
            combo.blockSignals(True)
            combo.setCurrentIndex(number_of.get(e.finess_et, 1) - 1)
            combo.blockSignals(False)
        self._update_summary()

    def waves(self) -> list[list[str]]:
        waves: list[list[str]] = [[] for _ in range(self.waves_spin.value())]
        for combo, e in zip(self.wave_combos, self.essms):
            waves[max(0, combo.currentIndex())].append(e.finess_et)
        return waves

    def values(self) -> tuple[str, dt.date, list[list[str]]]:
        return self.type_combo.currentData(), from_qdate(self.start_edit.date()), self.waves()

    def _update_summary(self, *_args) -> None:
        project_type, start, waves = self.values()
        counts = " · ".join(self.tr("wave {number}: {count}").format(number=n, count=len(w))
                            for n, w in enumerate(waves, 1))
        end = deployment_end(generate_plan(project_type, start, waves))
        text = self.tr("ESSMS per wave: {counts}.").format(counts=counts)
        maximum = self.max_months.get(project_type)
        if end is not None and maximum:
            limit = add_months(start, maximum)
            text += " " + self.tr("End of deployment with the template: {end} (at the latest {limit}, {months} months "
                                  "after the start).").format(end=fmt.date(end), limit=fmt.date(limit), months=maximum)
        empty = [str(n) for n, w in enumerate(waves, 1) if not w]
        if empty:
            text += " " + self.tr("Waves without ESSMS: {numbers}.").format(numbers=", ".join(empty))
        self.summary.setText(text)
