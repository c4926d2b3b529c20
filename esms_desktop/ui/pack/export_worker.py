"""Making the PDF pack off the UI thread: a worker in a QThread that reports through signals only.

    export = PackExport(parent)
    export.progress.connect(bar_update)          # (done, total)
    export.finished.connect(use_result)          # PackResult
    export.cancelled.connect(...); export.failed.connect(...)
    export.start(load_dossier(db, id), "full")           # "full" | "letters" | "convention"
    export.cancel()                              # from the UI thread, at any time

The worker never touches a widget: it builds the snapshot and renders the PDF into memory; the view
decides what to do with the bytes (preview, save whole with ``write_bytes_atomic``, print).
"""

from __future__ import annotations

import io
import logging
import threading
from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication, QObject, QThread, Signal, Slot

from esms_desktop.reports.pack import PackCancelled, PackInfo, render_pack
from esms_desktop.reports.snapshot import build_pack_snapshot
from esms_desktop.rules.dossier import Dossier

logger = logging.getLogger(__name__)


def failure_text(exc: BaseException) -> str:
    """« The generation of the PDF pack failed: … » in the UI language, with what the error says."""
    from esms_desktop.i18n import render

    message = getattr(exc, "message", None)
    detail = render(message) if message is not None and hasattr(message, "context") else f"{type(exc).__name__}: {exc}"
    return QCoreApplication.translate("PackWorker", "The generation of the PDF pack failed: {error}").format(
        error=detail)


@dataclass(frozen=True)
class PackResult:
    parts: str
    data: bytes
    info: PackInfo


class PackWorker(QObject):
    """Renders one part of the pack; lives in its own thread."""

    progress = Signal(int, int)
    finished = Signal(object)  # PackResult
    cancelled = Signal()
    failed = Signal(str)  # the sentence to show the user (translated), the traceback being logged
    done = Signal()  # after any of the three outcomes

    def __init__(self, dossier: Dossier, parts: str):
        super().__init__()
        self._dossier = dossier
        self._parts = parts
        self._stop = threading.Event()

    def cancel(self) -> None:
        """Ask the work to stop (thread-safe: called from the UI thread)."""
        self._stop.set()

    @Slot()
    def run(self) -> None:
        try:
            if self._stop.is_set():
                raise PackCancelled()
            snapshot = build_pack_snapshot(self._dossier)
            out = io.BytesIO()
            info = render_pack(snapshot, out, parts=self._parts, progress=self.progress.emit,
                               should_cancel=self._stop.is_set)
            self.finished.emit(PackResult(self._parts, out.getvalue(), info))
        except PackCancelled:
            self.cancelled.emit()
        except Exception as exc:  # noqa: BLE001 - reported to the user, the application stays up
            logger.exception("The PDF pack (%s) could not be made", self._parts)
            self.failed.emit(failure_text(exc))
        finally:
            self.done.emit()


class PackExport(QObject):
    """Runs one :class:`PackWorker` at a time in a QThread and relays its signals (in the UI thread)."""

    progress = Signal(int, int)
    finished = Signal(object)  # PackResult
    cancelled = Signal()
    failed = Signal(str)

    def __init__(self, parent: QObject | None = None):
        super().__init__(parent)
        self._worker: PackWorker | None = None
        self._threads: set[QThread] = set()  # threads still winding down after their work

    def is_running(self) -> bool:
        """True from :meth:`start` until the outcome signal (finished, cancelled or failed)."""
        return self._worker is not None

    def start(self, dossier: Dossier, parts: str) -> None:
        if self.is_running():
            raise RuntimeError("a pack is already being made")
        thread = QThread(self)
        worker = PackWorker(dossier, parts)
        worker.moveToThread(thread)
        thread.started.connect(worker.run)
        worker.progress.connect(self.progress)
        worker.finished.connect(self._finished)
        worker.cancelled.connect(self._cancelled)
        worker.failed.connect(self._failed)
        worker.done.connect(thread.quit)
        thread.finished.connect(worker.deleteLater)
        thread.finished.connect(self._thread_ended)
        thread.finished.connect(thread.deleteLater)
        self._threads.add(thread)
        self._worker = worker
        thread.start()

    def cancel(self) -> None:
        if self._worker is not None:
            self._worker.cancel()

    def wait(self, msecs: int = 30000) -> bool:
        """Block until every thread has ended (closing the view, tests)."""
        return all(thread.wait(msecs) for thread in list(self._threads))

    def _thread_ended(self) -> None:
        self._threads.discard(self.sender())

    def _finished(self, result: object) -> None:
        self._worker = None
        self.finished.emit(result)

    def _cancelled(self) -> None:
        self._worker = None
        self.cancelled.emit()

    def _failed(self, error: str) -> None:
        self._worker = None
        self.failed.emit(error)
