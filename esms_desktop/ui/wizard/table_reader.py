"""Reading a list of ESSMS off the UI thread, with a progress dialog and a Cancel button.

A workbook is checked before it is read (unpacked size, rows, columns: ``storage/table_files.py``), and
the reading itself runs in a worker thread (``ui/workers.py``) so that the window keeps painting; the
call still returns the table (or raises) like ``read_table`` — a local event loop waits for the worker.
"""

from __future__ import annotations

import threading
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QEventLoop, QObject, Qt, Signal, Slot
from PySide6.QtWidgets import QProgressDialog, QWidget

from esms_desktop.storage import table_files
from esms_desktop.ui import workers

SHOW_AFTER_MS = 300  # a small file is read before the progress dialog would even appear


class TableReadWorker(QObject):
    progress = Signal(int, int)
    done = Signal()

    def __init__(self, path: Path):
        super().__init__()
        self.path = path
        self.table = None
        self.error: BaseException | None = None
        self._stop = threading.Event()

    def cancel(self) -> None:
        self._stop.set()

    @Slot()
    def run(self) -> None:
        try:
            self.table = table_files.read_table(self.path, self.progress.emit, self._stop.is_set)
        except BaseException as exc:  # noqa: BLE001 - handed to the UI thread, which raises it there
            self.error = exc
        finally:
            self.done.emit()


def read_table_in_background(parent: QWidget | None, path: str | Path) -> table_files.RawTable:
    """``read_table(path)`` in a worker thread; raises what it raises (ReadCancelled on Cancel)."""
    worker = TableReadWorker(Path(path))
    loop = QEventLoop()
    dialog = QProgressDialog(parent)
    dialog.setWindowModality(Qt.WindowModality.WindowModal)
    dialog.setLabelText(QCoreApplication.translate("TableReader", "Reading {file}…").format(file=Path(path).name))
    dialog.setCancelButtonText(QCoreApplication.translate("TableReader", "Cancel"))
    dialog.setMinimumDuration(SHOW_AFTER_MS)
    dialog.setRange(0, 0)
    dialog.canceled.connect(worker.cancel, Qt.ConnectionType.DirectConnection)  # the worker thread is busy
    worker.progress.connect(lambda done, total: (dialog.setRange(0, total), dialog.setValue(min(done, total))))
    worker.done.connect(loop.quit, Qt.ConnectionType.QueuedConnection)
    dialog.setValue(0)  # starts the clock: the dialog appears after SHOW_AFTER_MS if the reading lasts
    workers.start(worker)
    if not worker_finished(worker):
        loop.exec()
    workers.wait(worker)
    dialog.reset()
    dialog.deleteLater()
    if worker.error is not None:
        raise worker.error
    return worker.table


def worker_finished(worker: TableReadWorker) -> bool:
    return worker.table is not None or worker.error is not None
