"""Opening a porteur's member sheet on the member's desk (second door, File menu, double-click)."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QFileDialog, QMessageBox

from esms_desktop.i18n import render
from esms_desktop.storage.errors import StorageError
from esms_desktop.storage.member_desk import open_request


def open_member_sheet(window, path: str | None = None) -> int | None:
    """Her OG's dossier from the sheet at ``path`` (asked for when None), opened in the member wizard;
    the same dossier, answers kept, when she opens the sheet again. None when refused or cancelled."""
    title = QCoreApplication.translate("MemberSheetOpen", "Open the porteur's request")
    if not path:
        path, _ = QFileDialog.getOpenFileName(window, title, "", QCoreApplication.translate(
            "MemberSheetOpen", "Member sheets (*.esms-og);;All files (*)"))
    if not path or window.db is None:
        return None
    try:
        dossier_id = open_request(window.db, path, dt.date.today())
    except StorageError as exc:
        QMessageBox.warning(window, title, render(exc.message))
        return None
    window.open_dossier(dossier_id, member=True)  # her answer: the member wizard at once
    return dossier_id
