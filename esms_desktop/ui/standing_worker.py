"""Computes the dossiers' standing (admissible / n blocking criteria, deadline) off the UI thread.

A ``ui/workers.py`` worker, started by the dossier list after its rows are shown. A refresh cancels the
one under way without waiting for it (it stops after the dossier in hand; what it still sends carries its
generation and is ignored); the window waits for them all only when it closes (``stop_standings``).
"""

from __future__ import annotations

from PySide6.QtCore import QObject, Signal, Slot


class StandingWorker(QObject):
    computed = Signal(int, object)  # (generation, storage.dossier_standing.DossierStanding)
    done = Signal()  # emitted last: quits its thread (workers.py)

    def __init__(self, db, dossiers: list[tuple[int, object]], generation: int = 0):
        super().__init__()
        self.db = db
        self.dossiers = list(dossiers)  # (id, modified_at)
        self.generation = generation
        self._stopping = False

    @Slot()
    def run(self) -> None:
        from esms_desktop.storage.dossier_standing import dossier_standing

        try:
            for dossier_id, modified_at in self.dossiers:
                if self._stopping:
                    return
                try:
                    standing = dossier_standing(self.db, dossier_id, modified_at)
                except Exception:  # noqa: BLE001 - a dossier that cannot be read keeps an empty state cell
                    import logging

                    logging.getLogger(__name__).exception("standing of dossier %s", dossier_id)
                    continue
                if not self._stopping:
                    self.computed.emit(self.generation, standing)
        finally:
            self.done.emit()

    def cancel(self) -> None:
        """Stop after the dossier in hand (thread-safe; nobody waits here)."""
        self._stopping = True
