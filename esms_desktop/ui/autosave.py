"""Autosave: every edit is stored within half a second, or at once when the field is left.

An ``Autosaver`` watches editors and calls a save function with the new value. There is no Save
button: ``flush()`` stores whatever is pending (called on leaving a step and on closing the window).
"""

from __future__ import annotations

from typing import Callable

from PySide6.QtCore import QObject, QTimer, Signal
from PySide6.QtWidgets import QComboBox, QLineEdit, QPlainTextEdit, QSpinBox

DELAY_MS = 400


class Autosaver(QObject):
    """Stores edits of bound widgets; emits ``saved`` after each store and ``failed`` with the error."""

    saved = Signal()
    pending_changed = Signal(bool)
    failed = Signal(object)

    def __init__(self, parent: QObject | None = None):
        super().__init__(parent)
        self._pending: dict[int, Callable[[], None]] = {}
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(DELAY_MS)
        self._timer.timeout.connect(self.flush)
        self.suspended = False  # True while a page fills its widgets from the database

    def _schedule(self, key: int, action: Callable[[], None], immediate: bool = False) -> None:
        if self.suspended:
            return
        was_idle = not self._pending
        self._pending[key] = action
        if was_idle:
            self.pending_changed.emit(True)
        if immediate:
            self.flush()
        else:
            self._timer.start()

    def has_pending(self) -> bool:
        return bool(self._pending)

    def flush(self) -> None:
        """Store every pending edit now. An edit the storage refuses is reported (``failed``) and
        dropped — its field is shown again from the database by the step — and the others are stored."""
        self._timer.stop()
        actions, self._pending = list(self._pending.values()), {}
        if not actions:
            return
        errors = []
        for action in actions:
            try:
                action()
            except Exception as exc:  # noqa: BLE001 - any refusal is shown to the user, the app stays up
                errors.append(exc)
        self.pending_changed.emit(False)
        for exc in errors:
            self.failed.emit(exc)
        if len(errors) < len(actions):
            self.saved.emit()

    def bind_line_edit(self, edit: QLineEdit, save: Callable[[str], None]) -> None:
        key = id(edit)
        edit.textEdited.connect(lambda text: self._schedule(key, lambda: save(edit.text())))
        edit.editingFinished.connect(lambda: key in self._pending and self.flush())

    def bind_plain_text(self, edit: QPlainTextEdit, save: Callable[[str], None]) -> None:
        key = id(edit)
        edit.textChanged.connect(lambda: self._schedule(key, lambda: save(edit.toPlainText())))

    def bind_combo(self, combo: QComboBox, save: Callable[[object], None]) -> None:
        key = id(combo)
        combo.activated.connect(lambda _i: self._schedule(key, lambda: save(combo.currentData()), immediate=True))

    def bind_spin(self, spin: QSpinBox, save: Callable[[int], None]) -> None:
        key = id(spin)
        spin.valueChanged.connect(lambda _v: self._schedule(key, lambda: save(spin.value())))
        spin.editingFinished.connect(lambda: key in self._pending and self.flush())
