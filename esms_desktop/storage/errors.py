"""Domain exceptions of the storage layer. Each carries a translatable message for the user."""

from __future__ import annotations

from esms_desktop.text import Message


class StorageError(Exception):
    """Base class: ``message`` says what is wrong and how to fix it."""

    def __init__(self, message: Message):
        super().__init__(str(message))
        self.message = message


class DatabaseFileError(StorageError):
    """The database file cannot be used (not SQLite, damaged, from a newer version); it was not modified."""


class DossierFileError(StorageError):
    """A dossier file (JSON) is refused; nothing was imported. ``path`` names the offending field."""

    def __init__(self, message: Message, path: str = ""):
        super().__init__(message)
        self.path = path


class NotFoundError(StorageError):
    pass
