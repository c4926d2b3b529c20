"""What every CLI command shares: translations, opening the database, printing messages and errors."""

from __future__ import annotations

import sys

from esms_desktop.text import QT_TRANSLATE_NOOP, Message

_app = None


def setup_language(lang: str | None) -> None:
    """Load the French (default) or English catalogue for the CLI's messages."""
    global _app
    from PySide6.QtCore import QCoreApplication

    from esms_desktop import i18n

    _app = QCoreApplication.instance() or QCoreApplication(["esms-desktop"])
    i18n.install(lang or i18n.DEFAULT_LANGUAGE)


def text(message: Message) -> str:
    from esms_desktop import i18n

    return i18n.render(message)


def say(message: Message, file=None) -> None:
    print(text(message), file=file or sys.stdout)


def fail(message: Message, status: int = 2) -> int:
    print(text(ERROR(detail=text(message))), file=sys.stderr)
    return status


ERROR = QT_TRANSLATE_NOOP("Cli", "esms-desktop: {detail}")


def open_db(args):
    from esms_desktop.storage.database import open_database

    return open_database(getattr(args, "db", None))


def resolve_dossier(db, file_or_id: str):
    """A dossier named by its number in the database, or a dossier file: returns the typed dossier
    (``rules.dossier.Dossier``; from the database by ``storage.load_dossier``, never the documents' bytes).

    Used by the commands that read a dossier (funding, check, pack).
    """
    from pathlib import Path

    from esms_desktop.rules.dossier import Dossier
    from esms_desktop.storage.dossier_file import read_file, validate
    from esms_desktop.storage.loader import load_dossier

    if file_or_id.isdigit() and not Path(file_or_id).exists():
        return load_dossier(db, int(file_or_id))
    data = read_file(file_or_id)
    validate(data)
    return Dossier.from_file(data)
