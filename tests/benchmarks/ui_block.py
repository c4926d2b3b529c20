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
