"""Documents stored once in the backups: a content-addressed store beside the rotated copies. No Qt.

A database with 48 MiB of attached documents made 10 backups of 487 MiB: every copy held every document
again. Now a backup copy keeps each document's row (name, kind, SHA-256, size) but not its bytes; the
bytes go to ``blobs/<sha256>`` in the same backup folder, written once (an unchanged document costs
nothing in the next backup). Restoring puts them back (checked against their SHA-256) before the copy
replaces the database. Rotation deletes the blobs no kept backup refers to.

Not stripped: the backup made before a migration (an older version of the application, which knows
nothing of the store, may have to restore it) and the raw copy of a damaged file (kept as it was).
A stripped row is recognised by an empty content with a size above zero (an empty document is refused).
"""

from __future__ import annotations

import hashlib
import os
import sqlite3
import time
from pathlib import Path

from esms_desktop.storage.atomic import fsync_dir

FOLDER = "blobs"
KEEP_INLINE = ("migration", "damaged")


class MissingBlob(Exception):
    """A document of a backup is not in the store (deleted by hand): ``file_name`` says which."""

    def __init__(self, file_name: str):
        super().__init__(file_name)
        self.file_name = file_name


def store_dir(backup_folder: Path) -> Path:
    return backup_folder / FOLDER


def _has_documents(con: sqlite3.Connection) -> bool:
    return con.execute("SELECT 1 FROM sqlite_master WHERE type='table' AND name='document'").fetchone() is not None


def _write_blob(store: Path, sha: str, content: bytes) -> None:
    target = store / sha
    if target.is_file() and target.stat().st_size == len(content):
        return  # already there: the point of the store
    store.mkdir(parents=True, exist_ok=True)
    tmp = store / f".{sha}.tmp"
    with open(tmp, "wb") as handle:
        handle.write(content)
        handle.flush()
        os.fsync(handle.fileno())
    os.replace(tmp, target)


def strip(copy: Path, store: Path) -> int:
    """Move the documents' bytes of the backup ``copy`` to the store; returns how many were moved."""
    con = sqlite3.connect(copy)
    try:
        if not _has_documents(con):
            return 0
        moved = []
        for doc_id, sha, content in con.execute(
                "SELECT id, sha256, content FROM document WHERE length(content) > 0"):
            content = bytes(content)
            if hashlib.sha256(content).hexdigest() != sha:
                continue  # a damaged document stays as it is, inline
            _write_blob(store, sha, content)
            moved.append(doc_id)
        if moved:
            fsync_dir(store)
            con.executemany("UPDATE document SET content = x'' WHERE id = ?", [(i,) for i in moved])
            con.commit()
            con.execute("VACUUM")
        return len(moved)
    finally:
        con.close()


def hydrate(copy: Path, store: Path) -> None:
    """Put the documents' bytes back into ``copy`` (a temporary copy of a backup) from the store."""
    con = sqlite3.connect(copy)
    try:
        if not _has_documents(con):
            return
        rows = con.execute("SELECT id, sha256, file_name FROM document "
                           "WHERE length(content) = 0 AND size > 0").fetchall()
        for doc_id, sha, file_name in rows:
            try:
                content = (store / sha).read_bytes()
            except OSError:
                raise MissingBlob(file_name) from None
            if hashlib.sha256(content).hexdigest() != sha:
                raise MissingBlob(file_name)
            con.execute("UPDATE document SET content = ? WHERE id = ?", (content, doc_id))
        con.commit()
    finally:
        con.close()


def referenced(backup: Path) -> set[str]:
    """The blobs a stripped backup needs."""
    try:
        con = sqlite3.connect(f"{backup.resolve().as_uri()}?mode=ro&immutable=1", uri=True)
    except sqlite3.Error:
        return set()
    try:
        if not _has_documents(con):
            return set()
        return {r[0] for r in con.execute("SELECT sha256 FROM document WHERE length(content) = 0 AND size > 0")}
    except sqlite3.Error:
        return set()
    finally:
        con.close()


def collect(store: Path, kept_backups: list[Path]) -> list[Path]:
    """Delete the blobs no kept backup refers to; returns them."""
    if not store.is_dir():
        return []
    needed: set[str] = set()
    for backup in kept_backups:
        needed |= referenced(backup)
    removed = []
    recent = time.time() - 3600  # a blob written for a backup another process is finishing: kept
    for blob in store.iterdir():
        if blob.is_file() and blob.name not in needed and blob.stat().st_mtime < recent:  # .tmp leftovers too
            try:
                blob.unlink()
                removed.append(blob)
            except OSError:
                pass
    return removed

