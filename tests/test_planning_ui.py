"""Steps « Planning » and « Communication » through the real widgets (issue 7).

Dates by hand from resources/planning/templates.json; limits from DOMAIN.md (acquisition 18 months,
mise en conformité 9 months; 2024 regional window 15/01/2024 - 15/09/2024).
"""

from __future__ import annotations

import dataclasses
import datetime as dt

import pytest
from PySide6.QtCore import QDate, QPoint, Qt
from PySide6.QtWidgets import QApplication, QDateEdit, QDialogButtonBox, QListWidget, QMessageBox

from esms_desktop.storage import communication, planning
from esms_desktop.storage.dossier_file import import_file
from esms_desktop.ui.planning.task_model import DEPENDS, OWNER, START, TITLE

from conftest import settle, EXAMPLE

D = dt.date


def open_step(main_window, dossier_id, key):
    main_window.open_dossier(dossier_id)
    settle(main_window.wizard)
    wizard = main_window.wizard
    wizard.go_to_step(key)
    settle(main_window.wizard)
    step = wizard.current_step()
    assert step.key == key
    return wizard, step


def state(wizard, key):
    row = next(i for i, s in enumerate(wizard.steps) if s.key == key)
    return wizard.step_list.item(row).data(Qt.ItemDataRole.UserRole)


@pytest.fixture
def example(main_window):
    return import_file(main_window.db, EXAMPLE)


def stored(main_window, dossier_id):
    return {r.key: r for r in planning.list_tasks(main_window.db, dossier_id)}


def edit_date(qtbot, table, index, day: D):
    """Open the cell's date editor, type the date and validate with Enter."""
    table.setCurrentIndex(index)
    table.edit(index)
    editor = table.viewport().findChild(QDateEdit)
    assert editor is not None and editor.displayFormat() == "dd/MM/yyyy"
    editor.setDate(QDate(day.year, day.month, day.day))
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: table.viewport().findChild(QDateEdit) is None or not editor.isVisible())
    QApplication.processEvents()


def test_generate_both_templates_through_the_dialog(qtbot, main_window, example, answer_modal, monkeypatch):
    planning.replace_plan(main_window.db, example, [])
    settle(main_window.wizard)
    wizard, step = open_step(main_window, example, "planning")
    assert step.model.rowCount() == 0 and state(wizard, "planning") == "partial"  # filing date only
    seen = {}

    def acquisition(dialog):
        dialog.type_combo.setCurrentIndex(dialog.type_combo.findData("acquisition"))
        dialog.start_edit.setDate(QDate(2024, 10, 1))
        dialog.waves_spin.setValue(3)
        seen["counts"] = [len(w) for w in dialog.waves()]
        seen["summary"] = dialog.summary.text()
        qtbot.mouseClick(dialog.buttons.button(QDialogButtonBox.StandardButton.Ok), Qt.MouseButton.LeftButton)

    answer_modal(acquisition)
    qtbot.mouseClick(step.generate_button, Qt.MouseButton.LeftButton)
    settle(main_window.wizard)
    assert seen["counts"] == [6, 5, 5]  # 16 ESSMS, porteur's first
    assert "13/12/2025" in seen["summary"] and "01/04/2026" in seen["summary"]
    tasks = stored(main_window, example)
    assert len(tasks) == 12 + 3 * 2
    assert tasks["deploiement_3"].end == D(2025, 12, 13)
    assert tasks["deploiement_1"].wave_essms[0] == "890000102"  # a porteur's ESSMS opens the deployment
    assert step.model.rowCount() == 18 and len(step.chart.tasks) == 18
    assert state(wizard, "planning") == "complete"
    assert "planning.duration_ok" in step.checks.keys()

    # the second generation replaces the first one, after confirmation
    questions = []
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: questions.append(a[2]) or QMessageBox.StandardButton.Yes)

    def conformite(dialog):
        dialog.type_combo.setCurrentIndex(dialog.type_combo.findData("conformite"))
        dialog.waves_spin.setValue(2)
        for combo in dialog.wave_combos:  # everything in wave 1 but the last ESSMS
            combo.setCurrentIndex(0)
        dialog.wave_combos[-1].setCurrentIndex(1)
        qtbot.mouseClick(dialog.buttons.button(QDialogButtonBox.StandardButton.Ok), Qt.MouseButton.LeftButton)

    answer_modal(conformite)
    qtbot.mouseClick(step.generate_button, Qt.MouseButton.LeftButton)
    settle(main_window.wizard)
    assert questions and "18" in questions[0]
    tasks = stored(main_window, example)
    assert len(tasks) == 9 + 2 * 2
    assert len(tasks["deploiement_1"].wave_essms) == 15 and tasks["deploiement_2"].wave_essms == ("250011871",)
    # cas 2 from 01/10/2024: last deployment 11/03 → 08/04/2025 (within 9 months: 01/07/2025)
    assert tasks["fin_deploiement"].start == D(2025, 4, 8)
    assert [t.key for t in step.chart.tasks] == list(tasks)
    # the dossier stays an acquisition: its 18 months apply, the template's dates fit within them
    assert "planning.duration_ok" in step.checks.keys()


def test_moving_a_task_in_the_table_is_stored_checked_and_undone(qtbot, main_window, example):
    wizard, step = open_step(main_window, example, "planning")
    before = stored(main_window, example)
    assert state(wizard, "planning") == "complete"
    row = step.model.row_of_key("deploiement_3")
    edit_date(qtbot, step.table, step.model.index(row, START), D(2026, 3, 2))
    settle(main_window.wizard)
    tasks = stored(main_window, example)
    # duration kept: 42 days → ends 13/04/2026, after the 18-month limit 01/04/2026
    assert (tasks["deploiement_3"].start, tasks["deploiement_3"].end) == (D(2026, 3, 2), D(2026, 4, 13))
    assert tasks["fin_deploiement"] == before["fin_deploiement"]  # not pushed: the option is off
    keys = step.checks.keys()
    assert "planning.too_long" in keys and "planning.dependency" in keys
    too_long = step.checks.texts()[keys.index("planning.too_long")]
    assert "13/04/2026" in too_long and "01/04/2026" in too_long
    chart_task = next(t for t in step.chart.tasks if t.key == "deploiement_3")
    assert chart_task.start == D(2026, 3, 2) and "deploiement_3" in step.chart.flagged
    assert state(wizard, "planning") == "partial"

    # Ctrl+Z puts the dates back
    step.table.setFocus()
    settle(main_window.wizard)
    qtbot.keyClick(step.table, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    settle(main_window.wizard)
    back = stored(main_window, example)["deploiement_3"]  # its edit version moved on, nothing else
    assert dataclasses.replace(back, version=0) == dataclasses.replace(before["deploiement_3"], version=0)
    assert "planning.too_long" not in step.checks.keys()
    assert state(wizard, "planning") == "complete"

    # moving a task before the end of what it depends on: a dependency finding names both tasks
    row = step.model.row_of_key("besoins")
    edit_date(qtbot, step.table, step.model.index(row, START), D(2024, 10, 15))
    settle(main_window.wizard)
    keys = step.checks.keys()
    assert "planning.dependency" in keys
    text = step.checks.texts()[keys.index("planning.dependency")]
    assert "15/10/2024" in text and "12/11/2024" in text  # cadrage ends 01/10 + 6 weeks

    # with the option on, the tasks that depend on a moved task are pushed with it
    qtbot.keyClick(step.table, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    settle(main_window.wizard)
    before = stored(main_window, example)
    step.cascade_check.setChecked(True)
    settle(main_window.wizard)
    row = step.model.row_of_key("consultation")
    edit_date(qtbot, step.table, step.model.index(row, START), D(2025, 1, 10))  # 31 days later
    settle(main_window.wizard)
    tasks = stored(main_window, example)
    assert tasks["choix_solution"].start == before["choix_solution"].start + dt.timedelta(days=31)
    assert tasks["deploiement_3"].end == before["deploiement_3"].end + dt.timedelta(days=31)  # 13/01/2026
    assert "planning.dependency" not in step.checks.keys()
    # pushed by the least amount: the usage measurement (13/03/2026) is now under 3 months after deployment
    assert tasks["mesure_usage"] == before["mesure_usage"]
    assert "planning.usage_measure_too_early" in step.checks.keys()
    assert before["besoins"].start == D(2024, 11, 12)  # the move to 15/10/2024 was undone


def test_dragging_a_bar_moves_the_task_keeping_its_duration(qtbot, main_window, example):
    wizard, step = open_step(main_window, example, "planning")
    main_window.resize(1280, 800)
    settle(main_window.wizard)
    qtbot.wait(10)
    settle(main_window.wizard)
    step.select_task("recette")  # scrolls the chart to it
    settle(main_window.wizard)
    before = stored(main_window, example)["recette"]
    rect = step.chart.bar_rect("recette")
    start = rect.center().toPoint()
    px_per_day = step.chart._day_px()
    offset = round(70 * px_per_day)  # about 10 weeks later
    qtbot.mousePress(step.chart, Qt.MouseButton.LeftButton, pos=start)
    settle(main_window.wizard)
    qtbot.mouseMove(step.chart, start + QPoint(offset // 2, 0))
    settle(main_window.wizard)
    qtbot.mouseMove(step.chart, start + QPoint(offset, 0))
    settle(main_window.wizard)
    qtbot.mouseRelease(step.chart, Qt.MouseButton.LeftButton, pos=start + QPoint(offset, 0))
    settle(main_window.wizard)
    after = stored(main_window, example)["recette"]
    moved = (after.start - before.start).days
    assert 65 <= moved <= 75 and after.end - after.start == before.end - before.start
    assert step.current_key() == "recette"  # selected in the table too
    # the training of wave 1 depended on the test phase: now it starts too early
    assert "planning.dependency" in step.checks.keys()
    qtbot.mouseClick(step.undo_button, Qt.MouseButton.LeftButton)
    settle(main_window.wizard)
    # the same dates and fields back; its edit version moved on (someone else's form sees it changed)
    back = stored(main_window, example)["recette"]
    assert dataclasses.replace(back, version=0) == dataclasses.replace(before, version=0)
    assert back.version > before.version
    # keyboard: → moves the selected task a week later
    step.chart.setFocus()
    settle(main_window.wizard)
    qtbot.keyClick(step.chart, Qt.Key.Key_Right)
    settle(main_window.wizard)
    assert stored(main_window, example)["recette"].start == before.start + dt.timedelta(days=7)


def test_other_cells_and_the_filing_date(qtbot, main_window, example, monkeypatch):
    wizard, step = open_step(main_window, example, "planning")
    model = step.model
    row = model.row_of_key("cadrage")
    assert model.setData(model.index(row, TITLE), "Cadrage et gouvernance")
    assert model.setData(model.index(row, OWNER), "Claire Martin")
    row = model.row_of_key("besoins")
    assert model.data(model.index(row, DEPENDS)) == "1"  # numbers, as in the vertical header
    # dependencies through the check-list editor
    index = model.index(row, DEPENDS)
    step.table.setCurrentIndex(index)
    settle(main_window.wizard)
    step.table.edit(index)
    settle(main_window.wizard)
    editor = step.table.viewport().findChild(QListWidget)
    labels = [editor.item(i).text() for i in range(editor.count())]
    # neither itself (2) nor the tasks that wait for it, directly (4. consultation) or not (5. … 18.)
    assert labels == ["1. " + model.rows[0].title, "3. " + model.rows[2].title]
    editor.item(1).setCheckState(Qt.CheckState.Checked)  # 3. the convention
    settle(main_window.wizard)
    step.table.commitData(editor)
    settle(main_window.wizard)
    step.table.closeEditor(editor, step.table.itemDelegate().EndEditHint.NoHint)
    settle(main_window.wizard)
    tasks = stored(main_window, example)
    assert tasks["cadrage"].title == "Cadrage et gouvernance" and tasks["cadrage"].owner == "Claire Martin"
    assert tasks["besoins"].depends_on == ("cadrage", "convention")
    assert "Cadrage et gouvernance" in step.chart.describe(step.chart.tasks[0])

    # the planned filing date, after the regional deadline 15/09/2024: blocking
    step.filing_edit.setDate(QDate(2024, 9, 16))
    settle(main_window.wizard)
    assert planning.get_filing_date(main_window.db, example) == D(2024, 9, 16)
    assert "planning.filing_too_late" in step.checks.keys()
    step.filing_check.setChecked(False)
    settle(main_window.wizard)
    assert planning.get_filing_date(main_window.db, example) is None
    assert "planning.no_filing_date" in step.checks.keys()

    # add then remove a task
    step.table.setCurrentIndex(model.index(model.row_of_key("cadrage"), TITLE))
    settle(main_window.wizard)
    qtbot.mouseClick(step.add_button, Qt.MouseButton.LeftButton)
    settle(main_window.wizard)
    assert len(stored(main_window, example)) == 19 and step.current_key() == "tache_19"
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Yes)
    qtbot.mouseClick(step.remove_button, Qt.MouseButton.LeftButton)
    settle(main_window.wizard)
    assert "tache_19" not in stored(main_window, example)


def test_communication_through_the_widgets(qtbot, main_window, example, answer_modal, monkeypatch):
    wizard, step = open_step(main_window, example, "communication")
    db = main_window.db
    assert step.action_tree.topLevelItemCount() == 6
    assert state(wizard, "communication") == "partial"  # one partner not informed yet
    assert "Cabinet infirmier de Coulanges" in step.status.text()

    # tick the partner as informed: the plan is complete
    item = step.partner_tree.topLevelItem(1)
    item.setCheckState(2, Qt.CheckState.Checked)
    settle(main_window.wizard)
    qtbot.waitUntil(lambda: state(wizard, "communication") == "complete")
    settle(main_window.wizard)
    assert all(p.informed for p in communication.list_partners(db, example))

    def fill(dialog):
        dialog.audience_combo.setCurrentIndex(dialog.audience_combo.findData("usagers_familles"))
        dialog.message_edit.setPlainText("Réunion d'information des familles")
        dialog.channel_combo.setEditText("Réunion")
        dialog.date_check.setChecked(True)
        dialog.date_edit.setDate(QDate(2025, 2, 3))
        dialog.owner_combo.setEditText("Claire Martin")
        qtbot.mouseClick(dialog.buttons.button(QDialogButtonBox.StandardButton.Ok), Qt.MouseButton.LeftButton)

    answer_modal(fill)
    qtbot.mouseClick(step.add_action_button, Qt.MouseButton.LeftButton)
    settle(main_window.wizard)
    added = communication.list_actions(db, example)[-1]
    assert (added.audience, added.message, added.channel, added.date, added.owner) == (
        "usagers_familles", "Réunion d'information des familles", "Réunion", D(2025, 2, 3), "Claire Martin")
    assert step.action_tree.topLevelItemCount() == 7
    assert step.action_tree.topLevelItem(6).text(3) == "03/02/2025"

    def partner(dialog):
        dialog.name_edit.setText("CPTS du Sénonais")
        dialog.kind_combo.setCurrentIndex(dialog.kind_combo.findData("sante"))
        qtbot.mouseClick(dialog.buttons.button(QDialogButtonBox.StandardButton.Ok), Qt.MouseButton.LeftButton)

    answer_modal(partner)
    qtbot.mouseClick(step.add_partner_button, Qt.MouseButton.LeftButton)
    settle(main_window.wizard)
    assert communication.list_partners(db, example)[-1].name == "CPTS du Sénonais"
    assert state(wizard, "communication") == "partial"  # the new partner is not informed

    # remove every action for the professionals
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Yes)
    for _ in range(2):
        step.action_tree.setCurrentItem(step.action_tree.topLevelItem(0))
        qtbot.mouseClick(step.remove_action_button, Qt.MouseButton.LeftButton)
        settle(main_window.wizard)  # the tree shows the actions left
    assert "professionnels" not in {a.audience for a in communication.list_actions(db, example)}
    assert communication.gaps(db, example).missing_audiences == ("professionnels",)
    QApplication.processEvents()
    settle(main_window.wizard)


def test_chart_colours_waves_and_marks_today(qtbot, french):
    from PySide6.QtGui import QColor

    from esms_desktop.rules.planning.schedule import Task
    from esms_desktop.ui.planning.gantt_chart import HEADER_HEIGHT, ROW_HEIGHT, WAVE_COLORS, GanttChart

    chart = GanttChart()
    qtbot.addWidget(chart)
    today = dt.date.today()
    day = dt.timedelta(days=1)
    tasks = [
        Task("prep", "Préparation", "Cadrage", today - 40 * day, today - 10 * day),
        Task("dep_2", "Déploiement – vague 2", "Déploiement", today - 10 * day, today + 50 * day, depends_on=("prep",),
             wave=2, wave_essms=("890000102",), role="deployment"),
        Task("fin", "Fin", "Déploiement", today + 50 * day, today + 50 * day, milestone=True, depends_on=("dep_2",)),
    ]
    chart.set_plan(tasks, limit=today + 90 * day, filing=today - 60 * day, essms_names={"890000102": "Foyer"})
    assert [m[1] for m in chart._marker_lines()] == ["#2E7D32", "#B71C1C", "#D81B60"]  # filing, limit, today
    assert (WAVE_COLORS[1], "Vague 2") in chart.legend_items()
    image = chart.to_image(900)
    # two phase rows and three task rows, then the legend
    assert image.width() == 900 and image.height() >= HEADER_HEIGHT + 5 * ROW_HEIGHT
    chart.resize(900, image.height())
    bar = chart.bar_rect("dep_2")
    assert image.pixelColor(bar.center().toPoint()) == QColor(WAVE_COLORS[1])  # the wave's colour (orange)
    x_today = round(chart.x_of(today))
    pink = QColor("#D81B60")

    def close(c):
        return abs(c.red() - pink.red()) + abs(c.green() - pink.green()) + abs(c.blue() - pink.blue()) < 60

    assert any(close(image.pixelColor(x, y)) for x in range(x_today - 2, x_today + 3)
               for y in range(HEADER_HEIGHT + 2, int(bar.top())))  # today's dotted line
    assert "Foyer" in chart.describe(tasks[1])


def test_the_last_column_stays_reachable_when_columns_widen(qtbot, main_window, example):
    """GIVEN the planning table scrolled to its end on a laptop-wide window WHEN its columns widen (a column
    fitted again, the language switched: « ESSMS deployed » is wider than « ESSMS déployés ») THEN scrolling
    to the end still shows the whole last column and its header inside the table, up to its scroll bar."""
    main_window.resize(1280, 700)
    wizard, step = open_step(main_window, example, "planning")
    table, header = step.table, step.table.horizontalHeader()
    bar = table.horizontalScrollBar()
    qtbot.waitUntil(lambda: bar.maximum() > 0)
    last = header.count() - 1

    def right_edge_of_last_column() -> int:
        return header.sectionViewportPosition(last) + header.sectionSize(last)

    bar.setValue(bar.maximum())
    assert right_edge_of_last_column() <= table.viewport().width()
    for column in (TITLE, OWNER):
        table.setColumnWidth(column, header.sectionSize(column) + 40)
    QApplication.processEvents()
    bar.setValue(bar.maximum())  # the user drags the bar to its end again
    QApplication.processEvents()
    assert 0 < right_edge_of_last_column() <= table.viewport().width()
    assert header.geometry().right() <= table.viewport().geometry().right()  # the header ends where the rows do
