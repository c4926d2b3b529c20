"""The note de présentation: the sections of text the user writes for the dossier."""

from __future__ import annotations

from esms_desktop.storage.database import Database
from esms_desktop.rules.presentation import PRESENTATION_KEYS
from esms_desktop.storage.dossiers import dossier_row, touch


def get_presentation(db: Database, dossier_id: int) -> dict[str, str]:
    with db.session() as session:
        stored = dossier_row(session, dossier_id).presentation or {}
        return {key: stored.get(key, "") for key in PRESENTATION_KEYS}


def set_section(db: Database, dossier_id: int, key: str, text: str, based_on: str | None = None) -> None:
    """Store one section; the others, written meanwhile by someone else, are kept (the dossier is locked
    first). ``based_on``: the text this edit started from; someone else's change to the same section
    since then raises StaleEdit, nothing written."""
    from esms_desktop.storage.concurrency import StaleEdit, lock_dossier

    if key not in PRESENTATION_KEYS:
        raise KeyError(key)
    with db.session() as session:
        lock_dossier(session, dossier_id)
        dossier = dossier_row(session, dossier_id)
        stored = (dossier.presentation or {}).get(key, "")
        if based_on is not None and stored != based_on and stored != text:
            raise StaleEdit({key: stored}, dossier.version)
        dossier.presentation = {**(dossier.presentation or {}), key: text}  # a new dict: JSON columns track assignment
        touch(session, dossier_id)
