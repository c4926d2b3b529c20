"""Autosave: every edit is stored within half a second, or at once when the field is left.

An ``Autosaver`` watches editors and calls a save function with the new value, read from the widget
when the edit is sent (the user's later typing is another edit, sent after it). There is no Save
button: ``flush()`` stores whatever is pending (called on leaving a step and on closing the window).

Off the UI thread: a save function returns a :class:`Write` — ``run`` (storage only, no widget) goes
to the wizard's :class:`ui.db_queue.DbQueue`, one write after the other in the order typed, while the
field stays editable; ``then(result)`` comes back on the UI thread once it is stored; a refusal goes
to ``failed`` (or, when the write has no ``failed`` of its own or it returns False, to the autosaver's
``failed`` signal, shown to the user). A save function that returns None did its work itself, on the
UI thread (the steps not moved yet). Without a queue (a step on its own in a test) writes run at once.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any, Callable

from PySide6.QtCore import QObject, QTimer, Signal
from PySide6.QtWidgets import QComboBox, QLineEdit, QPlainTextEdit, QSpinBox

from esms_desktop.ui import db_queue

DELAY_MS = 400


@dataclass
class Write:
    """One edit to store: ``run`` in the background, then ``then(result)`` or ``failed(exc)`` on the UI thread."""

    run: Callable[[], Any]
    then: Callable[[Any], None] | None = None
    failed: Callable[[Exception], bool] | None = None  # True: handled (e.g. a conflict answered)


class Autosaver(QObject):
    """Stores edits of bound widgets; emits ``saved`` after each store and ``failed`` with the error."""

    saved = Signal()
    pending_changed = Signal(bool)
    failed = Signal(object)

    def __init__(self, parent: QObject | None = None, queue: db_queue.DbQueue | None = None):
        super().__init__(parent)
        self.queue = queue
        self._pending: dict[int, Callable[[], Write | None]] = {}
        self._writing = 0  # writes sent to the queue, not stored yet
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(DELAY_MS)
        self._timer.timeout.connect(self.send)
        self.suspended = False  # True while a page fills its widgets from the database

    def _schedule(self, key: int, action: Callable[[], Write | None], immediate: bool = False) -> None:
        if self.suspended:
            return
        was_idle = not self.has_pending()
        self._pending[key] = action
        if was_idle:
            self.pending_changed.emit(True)
        if immediate:
            self.send()
        else:
            self._timer.start()

    def has_pending(self) -> bool:
        """Something typed is not stored yet (waiting for its delay, or being written)."""
        return bool(self._pending) or self._writing > 0

    def send(self) -> None:
        """Send every pending edit to be stored now, without waiting for the writes (UI stays free).
        An edit the storage refuses is reported (``failed``) and dropped — its field is shown again from
        the database by the step — and the others are stored."""
        self._timer.stop()
        actions, self._pending = list(self._pending.values()), {}
        if not actions:
            return
        batch = {"left": len(actions), "stored": 0, "errors": []}
        for action in actions:
            try:
                write = action()
            except Exception as exc:  # noqa: BLE001 - any refusal is shown to the user, the app stays up
                self._ended(batch, exc)
                continue
            if write is None:  # stored by the save function itself
                self._ended(batch, None)
                continue
            self._writing += 1
            db_queue.submit(self.queue, write.run,
                            done=lambda result, w=write: self._written(batch, w, result),
                            failed=lambda exc, w=write: self._refused(batch, w, exc))

    def _written(self, batch: dict, write: Write, result) -> None:
        self._writing -= 1
        error = None
        if write.then is not None:
            try:
                write.then(result)
            except Exception as exc:  # noqa: BLE001
                error = exc
        self._ended(batch, error)

    def _refused(self, batch: dict, write: Write, exc: Exception) -> None:
        self._writing -= 1
        handled = False
        if write.failed is not None:
            try:
                handled = bool(write.failed(exc))
            except Exception as other:  # noqa: BLE001
                exc = other
        self._ended(batch, None if handled else exc, stored=handled)

    def _ended(self, batch: dict, error: Exception | None, stored: bool | None = None) -> None:
        batch["left"] -= 1
        if error is None:
            batch["stored"] += 1
        else:
            batch["errors"].append(error)
        if batch["left"]:
            return
        if not self.has_pending():
            self.pending_changed.emit(False)
        for exc in batch["errors"]:
            self.failed.emit(exc)
        if batch["stored"]:
            self.saved.emit()

    def flush(self) -> None:
        """Store every pending edit now and wait until they are stored (closing, undo, an action that
        reads what was typed)."""
        self.send()
        if self.queue is not None and self._writing:
            self.queue.wait_idle()

    def bind_line_edit(self, edit: QLineEdit, save: Callable[[str], Write | None]) -> None:
        key = id(edit)
        edit.textEdited.connect(lambda text: self._schedule(key, lambda: save(edit.text())))
        edit.editingFinished.connect(lambda: key in self._pending and self.send())

    def bind_plain_text(self, edit: QPlainTextEdit, save: Callable[[str], Write | None]) -> None:
        key = id(edit)
        edit.textChanged.connect(lambda: self._schedule(key, lambda: save(edit.toPlainText())))

    def bind_combo(self, combo: QComboBox, save: Callable[[object], Write | None]) -> None:
        key = id(combo)
        combo.activated.connect(lambda _i: self._schedule(key, lambda: save(combo.currentData()), immediate=True))

    def bind_spin(self, spin: QSpinBox, save: Callable[[int], Write | None]) -> None:
        key = id(spin)
        spin.valueChanged.connect(lambda _v: self._schedule(key, lambda: save(spin.value())))
        spin.editingFinished.connect(lambda: key in self._pending and self.send())
