"""Automatic backups of the dossier database: made, rotated, listed, restored. No Qt.

Where: a ``backups/<database file name>/`` folder next to the database. The backups belong to the
file: a consultant who keeps one folder per grappe moves or copies it with its history, two
databases in different folders never mix, and whoever finds a damaged file sees its backups right
beside it. When that folder cannot be written (read-only medium), the per-user data folder is used
instead (``backups/<hash of the path>-<name>/``); listing looks in both.

How: the SQLite online backup API (``sqlite3.Connection.backup``) gives a consistent copy even
while the application or the CLI writes; the copy is made in a temporary file, switched to the
``DELETE`` journal mode (one self-contained file), checked, synced, then renamed into place.

Which are kept (``rotate``): the last ``KEEP_LAST`` (10), the newest of each of the last
``KEEP_DAYS`` (7) days, and the newest one made before a migration (the only one an older version
of the application can open). A backup taken when the application opens an unchanged database is
not kept twice (same content as the newest backup), so opening the app ten times a day does not
push older states out.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import os
import re
import shutil
import sqlite3
import tempfile
from dataclasses import dataclass
from pathlib import Path

from esms_desktop.storage.atomic import fsync_dir, fsync_file
from esms_desktop.storage.database import inspect_file
from esms_desktop.storage.errors import DatabaseFileError, StorageError
from esms_desktop.text import QT_TRANSLATE_NOOP

FOLDER_NAME = "backups"
KEEP_LAST = 10
KEEP_DAYS = 7
SUFFIX = ".sqlite"
REASONS = ("open", "migration", "restore", "manual", "damaged")
_NAME = re.compile(r"^(\d{4}-\d{2}-\d{2}_\d{2}-\d{2}-\d{2}-\d{3})(?:-(\d+))?_([a-z]+)\.sqlite$")
_STAMP = "%Y-%m-%d_%H-%M-%S"

BACKUP_FAILED = QT_TRANSLATE_NOOP("Backups", "The backup of {path} could not be made: {detail}.")
BAD_BACKUP = QT_TRANSLATE_NOOP(
    "Backups", "The backup {name} cannot be restored: {detail} The database was left untouched."
)
RESTORE_FAILED = QT_TRANSLATE_NOOP(
    "Backups", "The backup could not be restored: {detail}. The database was left as it was."
)


class BackupError(StorageError):
    """A backup could not be made or restored; ``message`` says why."""


@dataclass(frozen=True)
class BackupSummary:
    """What a backup holds, read from the backup file itself (read-only)."""

    revision: str | None
    dossier_names: tuple[str, ...]
    essms_count: int

    @property
    def dossier_count(self) -> int:
        return len(self.dossier_names)


@dataclass(frozen=True)
class BackupInfo:
    path: Path
    created: dt.datetime  # local time
    reason: str  # one of REASONS
    size: int  # bytes
    summary: BackupSummary | None  # None when the file cannot be read (then ``problem`` says why)
    problem: str | None = None


# --- where ----------------------------------------------------------------------------------


def backup_dir(db_path: str | os.PathLike[str]) -> Path:
    """The folder for the backups of ``db_path``: next to it, else in the user's data folder."""
    primary, fallback = _candidate_dirs(Path(db_path))
    for folder in (primary, fallback):
        try:
            folder.mkdir(parents=True, exist_ok=True)
        except OSError:
            continue
        if os.access(folder, os.W_OK):
            return folder
    return primary


def _candidate_dirs(db_path: Path) -> tuple[Path, Path]:
    from esms_desktop.paths import user_data_dir

    db_path = db_path.expanduser().resolve()
    primary = db_path.parent / FOLDER_NAME / db_path.name
    digest = hashlib.sha256(os.path.normcase(str(db_path)).encode("utf-8")).hexdigest()[:12]
    fallback = user_data_dir() / FOLDER_NAME / f"{digest}-{db_path.name}"
    return primary, fallback


# --- making ---------------------------------------------------------------------------------


def make_backup(
    db_path: str | os.PathLike[str],
    reason: str = "manual",
    *,
    now: dt.datetime | None = None,
    skip_if_unchanged: bool = False,
) -> Path | None:
    """Copy the database ``db_path`` into its backup folder; returns the new file.

    With ``skip_if_unchanged``, returns None (and writes nothing) when the content is the same as
    the newest backup's. Raises BackupError when the copy cannot be made.
    """
    if reason not in REASONS:
        raise ValueError(f"unknown backup reason {reason!r}")
    db_path = Path(db_path)
    folder = backup_dir(db_path)
    fd, tmp_name = tempfile.mkstemp(prefix=".", suffix=".tmp", dir=folder)
    os.close(fd)
    tmp = Path(tmp_name)
    try:
        _copy_online(db_path, tmp)
        if skip_if_unchanged:
            newest = _newest_file(db_path)
            if newest is not None and _same_bytes(tmp, newest):
                tmp.unlink()
                return None
        target = _free_name(folder, now or dt.datetime.now(), reason)
        os.replace(tmp, target)
        fsync_dir(folder)
        return target
    except (OSError, sqlite3.Error) as exc:
        tmp.unlink(missing_ok=True)
        raise BackupError(BACKUP_FAILED(path=str(db_path), detail=_detail(exc))) from exc
    except BaseException:
        tmp.unlink(missing_ok=True)
        raise


def backup_on_open(db_path: str | os.PathLike[str], now: dt.datetime | None = None) -> Path | None:
    """The backup made when the application opens a database (skipped if nothing changed), then rotation."""
    made = make_backup(db_path, "open", now=now, skip_if_unchanged=True)
    rotate(db_path, now=now)
    return made


def backup_before_migration(db_path: str | os.PathLike[str]) -> Path | None:
    """The ``before_migration`` hook of ``open_database``: a backup in the old schema, then rotation."""
    made = make_backup(db_path, "migration")
    rotate(db_path)
    return made


def _copy_online(db_path: Path, target: Path) -> None:
    """A consistent copy through the online backup API, made a single self-contained file."""
    if not db_path.is_file():
        raise FileNotFoundError(2, "no such file", str(db_path))
    source = sqlite3.connect(f"{db_path.resolve().as_uri()}?mode=ro", uri=True)
    try:
        source.execute("PRAGMA busy_timeout=5000")
        copy = sqlite3.connect(target)
        try:
            source.backup(copy)
            copy.execute("PRAGMA journal_mode=DELETE")
            check = copy.execute("PRAGMA quick_check").fetchone()[0]
            if check != "ok":
                raise sqlite3.DatabaseError(check)
        finally:
            copy.close()
    finally:
        source.close()
    fsync_file(target)


def _free_name(folder: Path, when: dt.datetime, reason: str) -> Path:
    stamp = f"{when.strftime(_STAMP)}-{when.microsecond // 1000:03d}"
    target = folder / f"{stamp}_{reason}{SUFFIX}"
    n = 1
    while target.exists():
        n += 1
        target = folder / f"{stamp}-{n}_{reason}{SUFFIX}"
    return target


def _same_bytes(a: Path, b: Path) -> bool:
    if a.stat().st_size != b.stat().st_size:
        return False
    return _digest(a) == _digest(b)


def _digest(path: Path) -> str:
    h = hashlib.sha256()
    with open(path, "rb") as fh:
        while chunk := fh.read(1 << 20):
            h.update(chunk)
    return h.hexdigest()


# --- listing and rotation -------------------------------------------------------------------


def _backup_files(db_path: Path) -> list[tuple[dt.datetime, int, str, Path]]:
    """(created, order, reason, path) of every backup of ``db_path``, newest first."""
    found = []
    for folder in _candidate_dirs(Path(db_path)):
        if not folder.is_dir():
            continue
        for path in folder.iterdir():
            match = _NAME.match(path.name)
            if match is None or not path.is_file():
                continue
            stamp, counter, reason = match.groups()
            try:
                created = dt.datetime.strptime(stamp[:-4], _STAMP).replace(microsecond=int(stamp[-3:]) * 1000)
            except ValueError:
                continue
            found.append((created, int(counter or 1), reason, path))
    found.sort(key=lambda item: (item[0], item[1]), reverse=True)
    return found


def _newest_file(db_path: Path) -> Path | None:
    files = _backup_files(db_path)
    return files[0][3] if files else None


def list_backups(db_path: str | os.PathLike[str]) -> list[BackupInfo]:
    """The backups of ``db_path``, newest first, each with a summary read from the backup file."""
    result = []
    for created, _order, reason, path in _backup_files(Path(db_path)):
        try:
            summary, problem = read_summary(path), None
        except (sqlite3.Error, OSError) as exc:
            summary, problem = None, _detail(exc)
        try:
            size = path.stat().st_size
        except OSError:
            continue  # removed meanwhile
        result.append(BackupInfo(path, created, reason, size, summary, problem))
    return result


def read_summary(backup_path: str | os.PathLike[str]) -> BackupSummary:
    """Revision, dossier names and ESSMS count of a backup, read without modifying it."""
    uri = f"{Path(backup_path).resolve().as_uri()}?mode=ro&immutable=1"
    con = sqlite3.connect(uri, uri=True)
    try:
        tables = {r[0] for r in con.execute("SELECT name FROM sqlite_master WHERE type='table'")}
        revision = None
        if "alembic_version" in tables:
            row = con.execute("SELECT version_num FROM alembic_version").fetchone()
            revision = row[0] if row else None
        names: tuple[str, ...] = ()
        if "dossier" in tables:
            names = tuple(r[0] for r in con.execute("SELECT name FROM dossier ORDER BY modified_at DESC, id DESC"))
        essms = con.execute("SELECT COUNT(*) FROM essms").fetchone()[0] if "essms" in tables else 0
        return BackupSummary(revision, names, essms)
    finally:
        con.close()


def rotate(
    db_path: str | os.PathLike[str],
    keep_last: int = KEEP_LAST,
    keep_days: int = KEEP_DAYS,
    now: dt.datetime | None = None,
) -> list[Path]:
    """Delete the backups no rule keeps (see the module's docstring); returns the deleted files."""
    files = _backup_files(Path(db_path))
    today = (now or dt.datetime.now()).date()
    keep: set[Path] = {path for _c, _o, _r, path in files[:keep_last]}
    days_seen: set[dt.date] = set()
    migration_kept = False
    for created, _order, reason, path in files:  # newest first
        day = created.date()
        if 0 <= (today - day).days < keep_days and day not in days_seen:
            days_seen.add(day)
            keep.add(path)
        if reason == "migration" and not migration_kept:
            migration_kept = True
            keep.add(path)
    removed = _remove_stale_temporaries(Path(db_path))
    for _c, _o, _r, path in files:
        if path not in keep:
            try:
                path.unlink()
                Path(f"{path}-wal").unlink(missing_ok=True)  # beside a raw copy of a damaged file
                removed.append(path)
            except OSError:
                pass
    return removed


STALE_AFTER = 3600  # seconds: a temporary file this old was left by a process that died writing it


def _remove_stale_temporaries(db_path: Path) -> list[Path]:
    removed = []
    limit = dt.datetime.now().timestamp() - STALE_AFTER
    for folder in _candidate_dirs(db_path):
        if not folder.is_dir():
            continue
        for path in folder.glob(".*.tmp"):
            try:
                if path.stat().st_mtime < limit:
                    path.unlink()
                    removed.append(path)
            except OSError:
                pass
    return removed


# --- restoring ------------------------------------------------------------------------------


def restore_backup(db_path: str | os.PathLike[str], backup_path: str | os.PathLike[str]) -> Path | None:
    """Replace the database ``db_path`` with the backup ``backup_path``; returns the backup of the
    state just before (made first: a restore can itself be undone).

    Close every engine on the database first (``Database.dispose()``). A healthy database is
    overwritten through the backup API in one SQLite transaction (a crash leaves it as it was, and
    a process still connected sees the restored content); a damaged or foreign file, which SQLite
    cannot write into, is kept as a raw copy then replaced by rename. The restored database may be
    at an older schema revision: open it with ``open_database`` afterwards, which migrates it.
    """
    db_path, backup_path = Path(db_path), Path(backup_path)
    try:
        inspect_file(backup_path)
    except DatabaseFileError as exc:
        raise BackupError(BAD_BACKUP(name=backup_path.name, detail=str(exc.message))) from exc
    healthy = db_path.is_file() and _is_healthy(db_path)
    if healthy:
        safety = make_backup(db_path, "restore")
    else:
        safety = _raw_copy(db_path) if db_path.exists() else None
    try:
        if not (healthy and _restore_in_place(backup_path, db_path)):
            _restore_by_rename(backup_path, db_path)
    except (OSError, sqlite3.Error) as exc:
        raise BackupError(RESTORE_FAILED(detail=_detail(exc))) from exc
    rotate(db_path)
    return safety


def _is_healthy(db_path: Path) -> bool:
    try:
        inspect_file(db_path)
    except DatabaseFileError:
        return False
    return True


def _restore_in_place(backup_path: Path, db_path: Path) -> bool:
    """Overwrite the live database page by page in one transaction; False if SQLite cannot."""
    source = sqlite3.connect(f"{backup_path.resolve().as_uri()}?mode=ro&immutable=1", uri=True)
    try:
        live = sqlite3.connect(db_path)
        try:
            live.execute("PRAGMA busy_timeout=5000")
            if live.execute("PRAGMA page_size").fetchone() != source.execute("PRAGMA page_size").fetchone():
                return False  # a WAL database cannot change its page size this way
            source.backup(live)
            if live.execute("PRAGMA quick_check").fetchone()[0] != "ok":
                raise sqlite3.DatabaseError("restored copy fails its check")
            live.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        finally:
            live.close()
    finally:
        source.close()
    return True


def _restore_by_rename(backup_path: Path, db_path: Path) -> None:
    fd, tmp_name = tempfile.mkstemp(prefix=f".{db_path.name}.", suffix=".restoring", dir=db_path.parent)
    os.close(fd)
    tmp = Path(tmp_name)
    try:
        shutil.copyfile(backup_path, tmp)
        fsync_file(tmp)
        # A WAL left by the old file would be replayed onto the restored one: remove it first
        # (its content is in the raw copy kept by the caller).
        for extra in ("-wal", "-shm", "-journal"):
            Path(f"{db_path}{extra}").unlink(missing_ok=True)
        os.replace(tmp, db_path)
        fsync_dir(db_path.parent)
    except BaseException:
        tmp.unlink(missing_ok=True)
        raise


def _raw_copy(db_path: Path) -> Path:
    """Keep a damaged file as it is (with its WAL), for whoever tries to recover it later."""
    folder = backup_dir(db_path)
    target = _free_name(folder, dt.datetime.now(), "damaged")
    tmp = folder / f".{target.name}.tmp"
    shutil.copyfile(db_path, tmp)
    fsync_file(tmp)
    os.replace(tmp, target)
    wal = Path(f"{db_path}-wal")
    if wal.is_file() and wal.stat().st_size:
        shutil.copyfile(wal, Path(f"{target}-wal"))
    fsync_dir(folder)
    return target


# --- helpers --------------------------------------------------------------------------------


def _detail(exc: BaseException) -> str:
    return getattr(exc, "strerror", None) or str(exc) or type(exc).__name__
