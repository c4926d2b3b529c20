"""The wizard builds a step's page the first time it is visited (or read), fills long lists over a few turns
of the event loop, and imports its modules while the window is idle: what the user sees is unchanged."""

from __future__ import annotations

from PySide6.QtCore import Qt

from conftest import settle


def _open_example(window, name=None):
    window.open_example(name) if name else window.open_example()
    settle(window.wizard)
    return window.wizard


def test_opening_builds_only_the_step_shown_and_lists_every_step_with_its_state(main_window):
    wizard = _open_example(main_window)
    assert [step.key for step in wizard.built_steps()] == ["projet"]
    items = [wizard.step_list.item(row) for row in range(wizard.step_list.count())]
    assert len(items) == 14 and items[5].text().endswith("6. Budget") and items[13].text().endswith("14. Suivi")
    assert all(item.data(Qt.ItemDataRole.UserRole) in ("empty", "partial", "complete") for item in items)

    wizard.go_to_step("budget")
    settle(wizard)
    step = wizard.current_step()
    assert step.key == "budget" and step.expenses.table.rowCount() > 10  # built, then filled
    assert not wizard.loading_label.isVisible() and wizard.stack.currentWidget().isEnabled()
    assert [s.key for s in wizard.built_steps()] == ["projet", "budget"]
    assert wizard.steps[5] is step and wizard.step("budget") is step and len(wizard.steps) == 14


def test_a_step_first_built_after_a_language_change_is_in_that_language(main_window):
    from esms_desktop import i18n

    wizard = _open_example(main_window)
    i18n.install("en")
    try:
        settle(wizard)
        assert wizard.step_list.item(1).text().endswith("2. The grappe")
        wizard.go_to_step("grappe")
        settle(wizard)
        assert wizard.current_step().heading.text() == "The grappe"
    finally:
        i18n.install("fr")
    settle(wizard)
    assert wizard.current_step().heading.text() == "La grappe"


def test_the_lock_of_a_selected_dossier_reaches_the_steps_built_later(main_window):
    wizard = _open_example(main_window, "exemple-grappe-bfc-retenu.json")
    assert wizard.current_step().key == "suivi"  # a retenu dossier opens on its follow-up
    assert "grappe" not in [s.key for s in wizard.built_steps()]
    wizard.go_to_step("grappe")
    settle(wizard)
    assert not wizard.current_step().isEnabled() and wizard.lock_banner.isVisible()
    assert wizard.step("verification").isEnabled()  # stays usable once filed


def test_the_grappe_cards_are_all_shown_once_settled(main_window):
    wizard = _open_example(main_window)
    wizard.go_to_step("grappe")
    assert wizard.current_step().is_loading()  # its data, then its cards a few per turn
    settle(wizard)
    panel = wizard.current_step().panel
    assert panel.report.findings and panel.cards.count() == len(panel.report.findings)
    assert not wizard.loading_label.isVisible()


def test_the_idle_warm_up_imports_and_ends_its_thread(qtbot):
    import sys

    from PySide6.QtCore import QObject

    from esms_desktop.ui import workers
    from esms_desktop.ui.wizard.warm_up import WarmUp

    owner = QObject()
    warm = WarmUp(owner, background=("esms_desktop.rules.galis", "no_such_module_here"),
                  ui=("esms_desktop.ui.wizard.grappe_step", "esms_desktop.ui.no_such_step"))
    qtbot.waitUntil(lambda: not warm.busy(), timeout=30000)
    assert "esms_desktop.rules.galis" in sys.modules and "esms_desktop.ui.wizard.grappe_step" in sys.modules
    qtbot.waitUntil(lambda: not workers.running(), timeout=10000)


def test_the_warm_up_freezes_the_start_up_objects_only_with_no_dossier_open(qtbot, monkeypatch):
    # Once its imports are done, the warm-up puts what the start-up made out of the full collections'
    # reach (ui/workers.freeze_survivors) — not while a dossier is open, whose objects must stay collectable.
    from PySide6.QtCore import QObject

    from esms_desktop.ui import workers
    from esms_desktop.ui.wizard.warm_up import WarmUp

    frozen = []
    monkeypatch.setattr(workers, "freeze_survivors", lambda: frozen.append(True))
    monkeypatch.setattr(WarmUp, "FREEZE_RETRY_MS", 20)
    owner, state = QObject(), {"dossier_open": True}
    warm = WarmUp(owner, background=("esms_desktop.rules.galis",), ui=("esms_desktop.ui.wizard.grappe_step",),
                  idle=lambda: not state["dossier_open"])
    qtbot.waitUntil(lambda: warm._freeze_timer.isActive(), timeout=30000)  # imports done, a dossier open
    qtbot.wait(60)  # a few retries: still waiting
    assert not frozen and warm.busy() and not warm.frozen
    state["dossier_open"] = False  # back on the list
    qtbot.waitUntil(lambda: not warm.busy(), timeout=10000)
    assert frozen == [True] and warm.frozen
    qtbot.waitUntil(lambda: not workers.running(), timeout=10000)


def test_the_start_up_objects_are_frozen_once_the_main_window_is_idle(qtbot, main_window):
    from esms_desktop.ui import workers

    def warmed() -> bool:  # started 300 ms after the list shows, then its imports
        warm = getattr(main_window, "_wizard_warm_up", None)
        return warm is not None and not warm.busy()

    qtbot.waitUntil(warmed, timeout=30000)
    assert main_window._wizard_warm_up.frozen and workers._frozen


def test_the_first_domain_s_questions_are_all_shown_in_order_once_settled(main_window):
    # The maturity step makes a domain's question boxes a few per turn: once settled they are all there,
    # numbered and in the questionnaire's order, above the « Domaine suivant » button.
    from PySide6.QtWidgets import QPushButton

    from esms_desktop.ui.maturity.questionnaire_view import QuestionBox

    wizard = _open_example(main_window)
    wizard.go_to_step("maturite")
    settle(wizard)
    view = wizard.current_step().questionnaire_view
    questions = view.questionnaire.questions_in(view.questionnaire.domains[0].id)
    column = view.pages.widget(0).widget().layout()
    shown = [column.itemAt(i).widget() for i in range(column.count())]
    boxes = [w for w in shown if isinstance(w, QuestionBox)]
    assert [box.question.id for box in boxes] == [q.id for q in questions] and len(view.boxes) == len(questions)
    assert all(box.isVisible() for box in boxes)
    assert boxes[0].text_label.text().startswith("<b>1.</b>")
    last_box = shown.index(boxes[-1])
    after = [column.itemAt(i) for i in range(last_box + 1, column.count())]
    buttons = [item.layout().itemAt(j).widget() for item in after if item.layout() is not None
               for j in range(item.layout().count())]
    assert any(isinstance(b, QPushButton) and b.text() == "Domaine suivant →" for b in buttons)
