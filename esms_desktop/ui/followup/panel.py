"""What the follow-up's panels share: their reads and writes in the wizard's background queue (ui/db_queue.py).

A panel reads with ``read(fetch, fill)`` — ``fetch`` (storage only, no widget) after the dossier's earlier
jobs, ``fill(data)`` on the UI thread, an older read's data dropped when a newer one was asked — and stores
with ``write(run, then, said)`` through its step's ``submit_write`` (« Enregistrement… » after a second; a
refusal the panel can say itself, in its own label, goes to ``said``; any other to the window's box). While
a read or an import is under way the panel counts as busy: its step is loading (``conftest.settle`` waits).
"""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QWidget


class FollowupPanel(QWidget):
    changed = Signal()
    busy_changed = Signal()

    def __init__(self, step, parent: QWidget | None = None):
        super().__init__(parent)
        self.step = step
        self._asked = 0
        self._reading = 0
        self._held = 0  # a dialog waiting for its data, or open on it (an import)

    @property
    def db(self):
        return self.step.db

    @property
    def dossier_id(self) -> int:
        return self.step.dossier_id

    def submit(self, work, done=None, failed=None):
        return self.step.context.submit(work, done, failed)

    def busy(self) -> bool:
        return bool(self._reading or self._held)

    def hold(self, held: bool) -> None:
        """Count as busy (``True``) until told otherwise: a dialog opened on data read in the background."""
        self._held += 1 if held else -1
        self.busy_changed.emit()

    def read(self, fetch, fill) -> None:
        """``fetch()`` in the background, then ``fill(data)`` unless a newer read was asked meanwhile."""
        self._asked += 1
        asked = self._asked
        self._reading += 1
        self.busy_changed.emit()

        def ended() -> None:
            self._reading -= 1
            self.busy_changed.emit()

        def filled(data) -> None:
            try:
                if asked == self._asked:
                    fill(data)
            finally:
                ended()

        def failed(exc: Exception) -> None:
            ended()
            if asked == self._asked:
                self.step.load_failed(exc)

        self.submit(fetch, filled, failed)

    def write(self, run, then=None, said=None) -> None:
        """Store ``run()`` in the background; ``then(result)`` once stored; ``said(exc)`` → True when the panel
        showed the refusal itself (otherwise the window says it)."""
        from esms_desktop.ui.autosave import Write

        self.step.submit_write(Write(run, then, said))

    def send(self, write) -> None:
        """Store an ``autosave.Write`` made by ``conflict_dialog`` (its conflicts asked on the UI thread)."""
        if write is not None:
            self.step.submit_write(write)


def said_in(label, also=None):
    """A ``failed`` for a Write: a storage refusal (a value refused) written in ``label`` (French) — True;
    any other error: False (the window's box says it). ``also(exc)`` first, when given (a conflict)."""
    def failed(exc: Exception) -> bool:
        from esms_desktop.i18n import render
        from esms_desktop.storage.errors import StorageError

        if also is not None and also(exc):
            return True
        if isinstance(exc, StorageError):
            label.setText(render(exc.message))
            label.show()
            return True
        return False

    return failed
