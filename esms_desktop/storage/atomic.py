"""Files written whole or not at all: write to a temporary file beside the target, sync it, rename it
over the target, then sync the folder (the rename reaches the disk too: a power cut leaves the old file
or the new one, never a half-written or vanished one).

The temporary file is made private (0600) while written; the written file then gets the permissions a
user expects: those of the file it replaces, else 0666 less the umask (0644 usually), read-only when asked.
"""

from __future__ import annotations

import os
import tempfile
from pathlib import Path

from esms_desktop.storage import leftovers


def _umask() -> int:
    try:
        for line in Path("/proc/self/status").read_text().splitlines():
            if line.startswith("Umask:"):
                return int(line.split()[1], 8)
    except (OSError, ValueError):
        pass
    mask = os.umask(0o022)  # elsewhere: read it by setting it, then put it back at once
    os.umask(mask)
    return mask


def _final_mode(target: Path, read_only: bool) -> int:
    try:
        mode = target.stat().st_mode & 0o777
    except OSError:
        mode = 0o666 & ~_umask()
    return mode & ~0o222 if read_only else mode


def write_bytes_atomic(path: str | os.PathLike, data: bytes, read_only: bool = False) -> None:
    target = Path(path)
    target.parent.mkdir(parents=True, exist_ok=True)
    mode = _final_mode(target, read_only)
    fd, tmp = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".tmp", dir=target.parent)
    note = leftovers.remember(tmp)  # removed at the next start if this process dies while writing
    try:
        with os.fdopen(fd, "wb") as handle:
            handle.write(data)
            handle.flush()
            os.fsync(handle.fileno())
        os.chmod(tmp, mode)
        os.replace(tmp, target)
        fsync_dir(target.parent)  # the rename itself must reach the disk too
    except BaseException:
        try:
            os.unlink(tmp)
        except FileNotFoundError:
            pass
        raise
    finally:
        leftovers.forget(note)


def fsync_file(path: str | os.PathLike) -> None:
    """Flush a file's content to disk (a file written by another writer: SQLite, a copy)."""
    with open(path, "rb+") as handle:
        os.fsync(handle.fileno())


def fsync_dir(directory: str | os.PathLike) -> None:
    """Flush a folder's entries (a rename) to disk; a no-op where folders cannot be opened (Windows)."""
    try:
        fd = os.open(directory, os.O_RDONLY)
    except OSError:
        return
    try:
        os.fsync(fd)
    except OSError:
        pass
    finally:
        os.close(fd)


def write_text_atomic(path: str | os.PathLike, text: str, read_only: bool = False) -> None:
    write_bytes_atomic(path, text.encode("utf-8"), read_only=read_only)
