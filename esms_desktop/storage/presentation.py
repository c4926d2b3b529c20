"""The note de présentation: the sections of text the user writes for the dossier."""

from __future__ import annotations

from esms_desktop.storage.database import Database
from esms_desktop.rules.presentation import PRESENTATION_KEYS
from esms_desktop.storage.dossiers import dossier_row, touch


def get_presentation(db: Database, dossier_id: int) -> dict[str, str]:
    with db.session() as session:
        stored = dossier_row(session, dossier_id).presentation or {}
        return {key: stored.get(key, "") for key in PRESENTATION_KEYS}


def set_section(db: Database, dossier_id: int, key: str, text: str) -> None:
    if key not in PRESENTATION_KEYS:
        raise KeyError(key)
    with db.session() as session:
        dossier = dossier_row(session, dossier_id)
        dossier.presentation = {**(dossier.presentation or {}), key: text}  # a new dict: JSON columns track assignment
        touch(session, dossier_id)
