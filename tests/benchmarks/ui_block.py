"""How long the UI thread is blocked by an action whose database work runs in the background.

``measure(app, action, settled)`` runs ``action()`` (timed), then keeps the event loop turning until
``settled()`` is true (the background jobs done and their results shown), timing every turn: the
longest of those times is the longest the window could not answer the user. Returns (longest block in
seconds, total wall time in seconds).
"""

from __future__ import annotations

import time


def measure(app, action, settled, timeout: float = 120.0) -> tuple[float, float]:
    app.processEvents()
    start = time.perf_counter()
    action()
    longest = time.perf_counter() - start
    deadline = start + timeout
    while True:
        turn = time.perf_counter()
        app.processEvents()
        longest = max(longest, time.perf_counter() - turn)
        if settled():
            break
        if time.perf_counter() > deadline:
            raise TimeoutError("the background work did not end")
        time.sleep(0.0005)
    # one more turn: what the last result's delivery asked (a timer at 0, a repaint)
    turn = time.perf_counter()
    app.processEvents()
    longest = max(longest, time.perf_counter() - turn)
    return longest, time.perf_counter() - start


def wizard_settled(wizard) -> bool:
    """Nothing typed waits to be stored, no background job is left, the step shown has its data."""
    return (not wizard.queue.busy() and not wizard.autosaver.has_pending()
            and not wizard.current_step().is_loading())


def followup_actions(wizard) -> list[tuple[str, object]]:
    """The follow-up step's actions, in order, as (name, action) for a bench's timer: its visit, a life-state
    change (filed, then selected), the money tab shown, the advance typed, the deployment tab shown, the
    usage tab shown, a month of measures added; the dossier put back en préparation last."""
    steps = {}

    def visit() -> None:
        wizard.go_to_step("suivi")

    def step():
        return steps.setdefault("suivi", wizard.current_step())

    def state(code: str):
        def change() -> None:
            panel = step().state_panel
            panel.state_combo.setCurrentIndex(panel.state_combo.findData(code))
        return change

    def advance() -> None:
        money = step().money_panel
        money.avance_amount.setText(str(1000 + len(money.avance_amount.text())))
        money.avance_amount.editingFinished.emit()

    def add_month() -> None:
        usage = step().usage_panel
        if usage is not None:
            usage.add_month_button.click()

    return [("suivi: shown again", visit),
            ("suivi: life state → filed", state("filed")),
            ("suivi: life state → selected", state("selected")),
            ("suivi: money tab shown", lambda: step().tabs.setCurrentIndex(1)),
            ("suivi: advance typed", advance),
            ("suivi: deployment tab shown", lambda: step().tabs.setCurrentIndex(2)),
            ("suivi: usage tab shown", lambda: step().tabs.setCurrentIndex(3)),
            ("suivi: a month of measures added", add_month),
            ("suivi: decision tab shown", lambda: step().tabs.setCurrentIndex(0)),
            ("suivi: life state → preparation", state("preparation"))]
