"""A write sent to the dossier's background queue that takes long (a slow server, a big undo, an import):
after a second without its answer, a small box says « Enregistrement… » until it is stored.

    progress = WriteProgress(widget)        # the timer starts
    ... the write's callback, on the UI thread:
    progress.finish()                       # stored or refused: the box (if shown) goes

The box is not modal: the window stays usable, later edits queue behind in the order asked.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QObject, Qt, QTimer
from PySide6.QtWidgets import QProgressDialog, QWidget

DELAY_MS = 1000


def _alive(obj) -> bool:
    try:
        import shiboken6

        return obj is not None and shiboken6.isValid(obj)
    except ImportError:  # pragma: no cover - shiboken6 ships with PySide6
        return obj is not None


class WriteProgress(QObject):
    """Shows « Saving… » over ``parent``'s window when the write is not stored after ``DELAY_MS``."""

    def __init__(self, parent: QWidget | None, text: str | None = None, delay_ms: int = DELAY_MS):
        super().__init__(parent)
        self._text = text
        self.dialog: QProgressDialog | None = None
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.timeout.connect(self._show)
        self._timer.start(delay_ms)

    def _show(self) -> None:
        parent = self.parent()
        window = parent.window() if isinstance(parent, QWidget) else None
        text = self._text or QCoreApplication.translate("WriteProgress", "Saving…")
        dialog = QProgressDialog(text, "", 0, 0, window)
        dialog.setObjectName("writeProgress")
        dialog.setWindowTitle(QCoreApplication.translate("WriteProgress", "Saving"))
        dialog.setCancelButton(None)  # a write under way is not stopped half-way
        dialog.setWindowModality(Qt.WindowModality.NonModal)
        dialog.setMinimumDuration(0)
        dialog.setAutoClose(False)
        dialog.show()
        self.dialog = dialog

    def finish(self) -> None:
        """The write ended (stored or refused): no box, or the box shown goes."""
        if not _alive(self):
            return
        self._timer.stop()
        if _alive(self.dialog):
            self.dialog.close()
            self.dialog.deleteLater()
        self.dialog = None
        self.deleteLater()
