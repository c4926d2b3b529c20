"""What is true about a database that cannot be opened or written, said so that the user can act. No Qt.

- only a damaged file (or one that is not SQLite) is offered a restore: a file written by a newer version
  is sound (install the newer version), a read-only one is sound (copy it or get write access), a full
  disk is the disk's problem (free space), and none of those must be overwritten by an older backup;
- :func:`start_failure` turns any exception of the start-up into a sentence with a way out;
- :func:`is_writable` says whether SQLite could write the file (the file and, for its journal, the folder).
"""

from __future__ import annotations

import errno
import os
import shutil
import sqlite3
from pathlib import Path

from esms_desktop.storage.errors import DatabaseFileError, StorageError
from esms_desktop.text import QT_TRANSLATE_NOOP, Message

READ_ONLY_OLD = QT_TRANSLATE_NOOP(
    "DatabaseState",
    "The database {path} must be updated for this version of esms-desktop, but it is read-only (the file or "
    "its folder cannot be written to). It was left untouched. Copy it into a folder you may write to (your "
    "Documents, for example) and open the copy with « esms-desktop --db », or ask for write access.")
READ_ONLY_BANNER = QT_TRANSLATE_NOOP(
    "DatabaseState",
    "This database is read-only (the file or its folder cannot be written to): you can read, print and export "
    "the dossiers, but changes cannot be saved. To edit them, copy the database into a folder you may write "
    "to, or ask for write access.")
READ_ONLY_WRITE = QT_TRANSLATE_NOOP(
    "DatabaseState",
    "The change was not saved: the database is read-only. Copy it into a folder you may write to, or ask for "
    "write access.")
DISK_FULL = QT_TRANSLATE_NOOP(
    "DatabaseState",
    "The disk holding {path} is full ({free} free). Nothing was changed. Free some space (empty the "
    "recycle bin, remove large files), then try again.")
UNEXPECTED = QT_TRANSLATE_NOOP(
    "DatabaseState",
    "The dossiers in {path} could not be opened because of an unexpected error ({detail}). The file was not "
    "changed. Quit and start esms-desktop again; if it happens again, start it on another file with "
    "« esms-desktop --db » and send the log file esms-desktop.log of the data folder to whoever helps you.")

def offers_restore(exc: DatabaseFileError) -> bool:
    """True only for a damaged file or one that is not a database: the cases a backup repairs."""
    from esms_desktop.storage.database import DAMAGED, NOT_SQLITE

    return exc.message.text in (DAMAGED.text, NOT_SQLITE.text)


def is_writable(path: Path) -> bool:
    """Whether SQLite may write ``path``: the file (if it exists) and its folder (WAL, journal)."""
    folder = path.parent if path.parent.exists() else path.parent.parent
    if path.exists() and not os.access(path, os.W_OK):
        return False
    return os.access(folder, os.W_OK)


def free_space(path: Path) -> str:
    from esms_desktop import formatting

    folder = path if path.is_dir() else path.parent
    while not folder.exists() and folder != folder.parent:
        folder = folder.parent
    try:
        free = shutil.disk_usage(folder).free
    except OSError:
        return "?"
    if free >= 1024 ** 3:
        return f"{formatting.number(free / 1024 ** 3, 1)} Go"
    return f"{formatting.number(free // 1024 ** 2)} Mo"


def is_disk_full(exc: BaseException) -> bool:
    while exc is not None:
        if isinstance(exc, OSError) and exc.errno in (errno.ENOSPC, getattr(errno, "EDQUOT", -1)):
            return True
        if isinstance(exc, sqlite3.Error) and ("database or disk is full" in str(exc) or
                                               getattr(exc, "sqlite_errorcode", None) == 13):
            return True
        text = str(getattr(exc, "orig", "") or "")
        if "database or disk is full" in text:
            return True
        exc = exc.__cause__ or exc.__context__
    return False


def is_read_only_error(exc: BaseException) -> bool:
    while exc is not None:
        text = str(exc)
        if "readonly database" in text or "read-only" in text.lower() or (
                isinstance(exc, OSError) and exc.errno in (errno.EROFS, errno.EACCES, errno.EPERM)):
            return True
        exc = exc.__cause__ or exc.__context__
    return False


def start_failure(exc: BaseException, path: Path | None) -> Message:
    """The sentence for any exception raised while opening the database (never a hang, never English)."""
    where = str(path) if path is not None else "?"
    if isinstance(exc, StorageError):
        return exc.message
    if path is not None and is_disk_full(exc):
        return DISK_FULL(path=where, free=free_space(path))
    if path is not None and is_read_only_error(exc):
        return READ_ONLY_OLD(path=where)
    detail = f"{type(exc).__name__}: {exc}"
    return UNEXPECTED(path=where, detail=detail[:300])
