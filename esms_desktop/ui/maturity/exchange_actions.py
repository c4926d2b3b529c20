"""The answer-file buttons of the maturity step: export an OG's questionnaire, import its answers, and
answer a questionnaire received from the porteur. Nothing is changed when a file is refused."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QFileDialog, QMessageBox

from esms_desktop.i18n import render
from esms_desktop.rules.maturity.scoring import MaturityError
from esms_desktop.storage.errors import StorageError
from esms_desktop.storage.maturity_files import apply_import, preview_import, write_questionnaire_file
from esms_desktop.ui.maturity.conflicts_dialog import KEEP, ConflictsDialog
from esms_desktop.ui.maturity.respond_dialog import answer_received_file

def default_file_name(og) -> str:
    ident = og.finess_ej or str(og.og_id)
    return str(Path.home() / f"maturite-{ident}.json")


def export_questionnaire(step, path: str | None = None) -> bool:
    og = step.current_og()
    if og is None:
        return False
    step.context.autosaver.flush()
    if not path:
        path, _ = QFileDialog.getSaveFileName(
            step,
            QCoreApplication.translate("MaturityStep", "Export this OG's questionnaire"),
            default_file_name(og),
            QCoreApplication.translate("MaturityStep", "Answer files (*.json)"),
        )
    if not path:
        return False
    try:
        write_questionnaire_file(step.db, og.og_id, path)
    except (MaturityError, StorageError) as exc:
        QMessageBox.warning(step, QCoreApplication.translate("MaturityStep", "Export failed"), render(exc.message))
        return False
    step.show_status(
        QCoreApplication.translate(
            "MaturityStep",
            "Questionnaire of « {og} » written to {path}. Send it to the OG: it answers it with esms-desktop "
            "(« Answer a received questionnaire… ») and sends it back for you to import.",
        ).format(og=og.name, path=path)
    )
    return True


def import_answers(step, path: str | None = None) -> bool:
    og = step.current_og()
    if og is None:
        return False
    step.context.autosaver.flush()
    if not path:
        path, _ = QFileDialog.getOpenFileName(
            step,
            QCoreApplication.translate("MaturityStep", "Import answers"),
            str(Path.home()),
            QCoreApplication.translate("MaturityStep", "Answer files (*.json);;All files (*)"),
        )
    if not path:
        return False
    try:
        preview = preview_import(step.db, og.og_id, path)
    except (MaturityError, StorageError) as exc:
        QMessageBox.warning(step, QCoreApplication.translate("MaturityStep", "Import refused"), render(exc.message))
        return False
    keep = False
    if preview.needs_choice:
        other_variant = og.diagnostic.variant if og.diagnostic else None
        dialog = ConflictsDialog(preview, og.name, other_variant, step)
        dialog.exec()
        if dialog.choice is None:
            return False
        keep = dialog.choice == KEEP
    from esms_desktop.ui.autosave import Write

    db = step.db

    def imported(_result) -> None:
        step.reload_current()
        step.show_status(
            QCoreApplication.translate("MaturityStep", "Answers of « {og} » imported from {path}.").format(
                og=og.name, path=path
            )
        )

    def refused(exc: Exception) -> bool:
        if isinstance(exc, (MaturityError, StorageError)):
            QMessageBox.warning(step, QCoreApplication.translate("MaturityStep", "Import refused"), render(exc.message))
            return True
        return False

    # stored in the wizard's background queue (« Enregistrement… » after a second), then shown
    step.submit_write(Write(lambda: apply_import(db, preview, keep_current=keep), imported, refused))
    return True


def answer_received(step, path: str | None = None) -> bool:
    step.context.autosaver.flush()
    return answer_received_file(step, path)
