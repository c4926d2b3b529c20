"""Temporary files of a write that never finished (the process was killed), removed at the next start.

Every whole-or-nothing write (``atomic.py``, the FINESS reference import) writes a temporary file
beside its target, possibly anywhere the user exported to. Before writing, :func:`remember` leaves a
small note in the data folder (``pending-writes/``) naming the temporary file and the process; the
note goes once the write has ended (:func:`forget`). At start-up :func:`clean_leftovers` deletes the
temporary files whose process is gone, then their notes. A crash between the two costs a note.
"""

from __future__ import annotations

import json
import os
import tempfile
from pathlib import Path

FOLDER = "pending-writes"


def _folder() -> Path | None:
    from esms_desktop.paths import user_data_dir

    try:
        folder = user_data_dir() / FOLDER
        folder.mkdir(parents=True, exist_ok=True)
        return folder
    except OSError:
        return None


def remember(temporary: str | os.PathLike[str]) -> Path | None:
    """Note that ``temporary`` is being written by this process; returns the note (None if impossible)."""
    folder = _folder()
    if folder is None:
        return None
    try:
        fd, name = tempfile.mkstemp(prefix="write-", suffix=".json", dir=folder)
        with os.fdopen(fd, "w", encoding="utf-8") as handle:
            json.dump({"pid": os.getpid(), "path": str(Path(temporary).resolve())}, handle)
        return Path(name)
    except OSError:
        return None


def forget(note: Path | None) -> None:
    if note is not None:
        try:
            note.unlink()
        except OSError:
            pass


def _alive(pid: int) -> bool:
    if pid == os.getpid():
        return True
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except (PermissionError, OSError):
        return True  # another user's live process, or a system that cannot tell: leave it
    return True


def clean_leftovers() -> list[Path]:
    """Delete the temporary files of writes whose process died; returns the files deleted."""
    folder = _folder()
    removed: list[Path] = []
    if folder is None:
        return removed
    for note in folder.glob("write-*.json"):
        try:
            info = json.loads(note.read_text(encoding="utf-8"))
            pid, path = int(info["pid"]), Path(info["path"])
        except (OSError, ValueError, KeyError, TypeError):
            forget(note)
            continue
        if _alive(pid):
            continue
        try:
            if path.is_file():
                path.unlink()
                removed.append(path)
        except OSError:
            continue  # kept with its note: tried again next time
        forget(note)
    return removed
