"""Computes the dossiers' standing (admissible / n blocking criteria, deadline) off the UI thread.

Started by the dossier list after it is shown; the list stops and waits for it (``stop()``) before
it refreshes, and the main window before it closes: a thread never outlives its owner.
"""

from __future__ import annotations

from PySide6.QtCore import QThread, Signal


class StandingWorker(QThread):
    computed = Signal(object)  # storage.dossier_standing.DossierStanding

    def __init__(self, db, dossiers: list[tuple[int, object]], parent=None):
        super().__init__(parent)
        self.db = db
        self.dossiers = list(dossiers)  # (id, modified_at)
        self._stopping = False

    def run(self) -> None:
        from esms_desktop.storage.dossier_standing import dossier_standing

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
                self.computed.emit(standing)

    def stop(self) -> None:
        """Ask it to stop after the dossier in hand, and wait until it has."""
        self._stopping = True
        self.wait()
