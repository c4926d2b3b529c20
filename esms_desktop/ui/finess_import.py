"""Importing the offline FINESS reference from the window: a background worker, its progress dialog,
and a small status banner (which reference is there, « Importer l'extraction FINESS… »)."""

from __future__ import annotations

import logging
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QEvent, QObject, Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from esms_desktop import formatting
from esms_desktop.i18n import render
from esms_desktop.paths import resource_path
from esms_desktop.storage import finess_reference
from esms_desktop.storage.errors import StorageError
from esms_desktop.ui import workers

logger = logging.getLogger(__name__)


def sample_extract_path() -> Path:
    return resource_path("finess", "sample-extract.csv")


class ImportWorker(QObject):
    """Runs ``finess_reference.import_extract`` in its own thread; never touches a widget."""

    progress = Signal(int, int)
    succeeded = Signal(object)  # ImportReport
    failed = Signal(object)  # the exception (FinessFormatError, ImportCancelled, StorageError, OSError, any other)
    done = Signal()

    def __init__(self, source: Path, target: Path):
        super().__init__()
        self.source = source
        self.target = target
        self._cancel = False

    def cancel(self) -> None:
        self._cancel = True

    def run(self) -> None:
        try:
            report = finess_reference.import_extract(
                self.source, self.target, progress=self.progress.emit, should_cancel=lambda: self._cancel
            )
        except (StorageError, OSError) as exc:
            self.failed.emit(exc)
        except Exception as exc:  # noqa: BLE001 - a bug must not leave the dialog waiting: it says so
            logger.exception("FINESS import of %s failed", self.source)
            self.failed.emit(exc)
        else:
            self.succeeded.emit(report)
        finally:
            self.done.emit()


def error_text(exc: Exception) -> str:
    """What went wrong, in the user's language, with the line for a malformed extract."""
    from esms_desktop.storage.finess_extract import FinessFormatError

    if isinstance(exc, FinessFormatError):
        detail = " " + render(exc.detail) if exc.detail else ""
        return QCoreApplication.translate("FinessImportDialog", "Line {line}: {reason}").format(
            line=exc.line_number, reason=render(exc.message) + detail)
    if isinstance(exc, StorageError):
        return render(exc.message)
    if isinstance(exc, OSError):
        return QCoreApplication.translate("FinessImportDialog", "The file could not be read or written: {error}.").format(
            error=exc.strerror or str(exc))
    return QCoreApplication.translate(
        "FinessImportDialog", "The import stopped on an unexpected error ({error}); nothing was changed.").format(
            error=f"{type(exc).__name__}: {exc}")


class FinessImportDialog(QDialog):
    """Shows the import's progress with a Cancel button; says what went wrong, or what was imported."""

    def __init__(self, source: Path, target: Path | None = None, parent: QWidget | None = None):
        super().__init__(parent)
        self.source = Path(source)
        self.target = Path(target) if target else finess_reference.default_db_path()
        self.report = None
        self.error: Exception | None = None
        self.setWindowTitle(self.tr("FINESS reference"))
        self.setMinimumWidth(480)
        self.label = QLabel(self.tr("Importing {file}…").format(file=self.source.name))
        self.label.setWordWrap(True)
        self.bar = QProgressBar()
        self.bar.setRange(0, 100)
        self.result_label = QLabel()
        self.result_label.setWordWrap(True)
        self.result_label.hide()
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.buttons.rejected.connect(self._cancel_or_close)
        layout = QVBoxLayout(self)
        for widget in (self.label, self.bar, self.result_label, self.buttons):
            layout.addWidget(widget)
        self.worker: ImportWorker | None = None

    def start(self) -> None:
        self.worker = ImportWorker(self.source, self.target)
        self.worker.progress.connect(self._progress)
        self.worker.succeeded.connect(self._succeeded)
        self.worker.failed.connect(self._failed)
        workers.start(self.worker)

    def exec(self) -> int:  # noqa: A003 - Qt API
        if self.worker is None:
            self.start()
        return super().exec()

    def is_running(self) -> bool:
        return self.worker is not None and self.worker in workers.running()

    def wait(self) -> None:
        workers.wait(self.worker)

    def shutdown(self) -> None:
        """Cancel the import and wait for it (the dialog or its window is closing)."""
        workers.stop(self.worker)

    def _progress(self, done: int, total: int) -> None:
        self.bar.setValue(int(100 * done / max(total, 1)))

    def _succeeded(self, report) -> None:
        self.report = report
        self.bar.setValue(100)
        self.result_label.setText(
            self.tr("{count} establishments imported (extract of {date}).").format(
                count=formatting.number(report.establishments), date=formatting.date(report.extract_date) or "?"
            )
        )
        self._finish()

    def _failed(self, exc: Exception) -> None:
        self.error = exc
        self.result_label.setObjectName("fieldError")
        kept = finess_reference.reference_info(self.target) is not None
        already_said = isinstance(exc, finess_reference.ImportCancelled)  # its message says the reference is kept
        suffix = self.tr("The previous FINESS reference is kept.") if kept and not already_said else ""
        self.result_label.setText((error_text(exc) + " " + suffix).strip())
        self.result_label.setStyleSheet("color: #b00020;")
        self._finish()

    def _finish(self) -> None:
        self.result_label.show()
        self.label.setText(self.tr("Import of {file}").format(file=self.source.name))
        self.buttons.setStandardButtons(QDialogButtonBox.StandardButton.Close)
        self.buttons.rejected.disconnect()
        self.buttons.rejected.connect(self._close)

    def _close(self) -> None:
        self.wait()
        if self.report is not None:
            self.accept()
        else:
            self.reject()

    def _cancel_or_close(self) -> None:
        if self.worker is not None and self.is_running():
            self.worker.cancel()
            self.label.setText(self.tr("Cancelling…"))
        else:
            self._close()

    def closeEvent(self, event) -> None:  # noqa: N802
        self.shutdown()
        super().closeEvent(event)

    def done(self, result: int) -> None:  # noqa: D102 - Escape and every other way out of the dialog
        self.shutdown()
        super().done(result)


def choose_extract(parent: QWidget) -> Path | None:
    name, _ = QFileDialog.getOpenFileName(
        parent, QCoreApplication.translate("FinessImportDialog", "Choose the FINESS extract"), "",
        QCoreApplication.translate("FinessImportDialog", "FINESS extract (*.csv *.txt);;All files (*)"),
    )
    return Path(name) if name else None


class ReferenceStatus(QWidget):
    """Which FINESS reference the look-up uses, with « Import the FINESS extract… » and « Use the sample »."""

    changed = Signal()

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.label = QLabel()
        self.label.setWordWrap(True)
        self.import_button = QPushButton()
        self.sample_button = QPushButton()
        self.import_button.clicked.connect(self.import_extract)
        self.sample_button.clicked.connect(self.import_sample)
        buttons = QHBoxLayout()  # under the text: the banner does not widen the dialogs it sits in
        buttons.addWidget(self.import_button)
        buttons.addWidget(self.sample_button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(4)
        layout.addWidget(self.label)
        layout.addLayout(buttons)
        self.retranslate_ui()

    def retranslate_ui(self) -> None:
        self.import_button.setText(self.tr("&Import the FINESS extract…"))
        self.sample_button.setText(self.tr("Use the sample p&rovided"))
        self.sample_button.setToolTip(
            self.tr("A small extract of about 180 real establishments, for trying the application."))
        self.refresh()

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)

    def has_reference(self) -> bool:
        return finess_reference.reference_info(finess_reference.default_db_path()) is not None

    def refresh(self) -> None:
        from esms_desktop.storage.finess_builtin import BUILTIN_FILE, builtin_info

        info = finess_reference.reference_info(finess_reference.default_db_path())
        builtin = builtin_info() if info is None else None
        if builtin is not None:  # shipped, built in the background or on the first search
            self.label.setText(self.tr(
                "FINESS reference: the national extract of {date} provided with the application "
                "(being prepared, a few seconds).").format(date=formatting.date(builtin.extract_date) or "?"))
            self.label.setStyleSheet("color: #555555;")
            self.sample_button.hide()
            self.import_button.setText(self.tr("&Import a more recent extract…"))
        elif info is not None and info.get("source_file") == BUILTIN_FILE:
            self.label.setText(self.tr(
                "FINESS reference: the national extract of {date} provided with the application, {count} "
                "establishments. Establishments opened since are missing.").format(
                date=formatting.date(info["extract_date"]) or "?", count=formatting.number(info["row_count"])))
            self.label.setStyleSheet("color: #555555;")
            self.sample_button.hide()
            self.import_button.setText(self.tr("&Import a more recent extract…"))
        elif info is None:
            self.label.setText(self.tr(
                "No FINESS reference is imported: the search by number or name is not available. "
                "Import the national extract (data.gouv.fr), or the sample provided."))
            self.label.setStyleSheet("color: #8a4b00;")
            self.sample_button.show()
            self.import_button.setText(self.tr("&Import the FINESS extract…"))
        else:
            self.label.setText(self.tr("FINESS reference: extract of {date}, {count} establishments.").format(
                date=formatting.date(info["extract_date"]) or "?", count=formatting.number(info["row_count"])))
            self.label.setStyleSheet("color: #555555;")
            self.sample_button.hide()
            self.import_button.setText(self.tr("&Load a newer extract…"))

    def _run(self, source: Path) -> bool:
        dialog = FinessImportDialog(source, parent=self)
        dialog.exec()
        self.refresh()
        if dialog.report is not None:
            self.changed.emit()
            return True
        return False

    def import_extract(self) -> bool:
        source = choose_extract(self)
        return self._run(source) if source else False

    def import_sample(self) -> bool:
        return self._run(sample_extract_path())


def presence_text(number: str, record) -> str:
    """Under a valid FINESS ET: found in the reference (with its date), or absent from it and what to do.
    "" when there is no reference to ask."""
    info = finess_reference.reference_info(finess_reference.default_db_path())
    if info is None:
        return ""
    date = formatting.date(info["extract_date"]) or "?"
    if record is not None and record.finess_et == number:
        return QCoreApplication.translate("FinessPresence", "Found in the FINESS directory of {date}.").format(
            date=date)
    return QCoreApplication.translate(
        "FinessPresence", "Not in the FINESS directory of {date}: type the information in, or import a more "
        "recent extract.").format(date=date)
