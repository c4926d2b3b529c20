"""Backups of the dossiers on a server: every dossier, as a dossier file, in one dated archive.

An archive is a zip in the user's data folder (``server-backups/<server>/``), written atomically:
``manifest.json`` (server, schema, date, reason) and ``dossiers/<number>.esms`` per dossier. It is
made on demand (File ▸ Back up the server's dossiers) and before every migration: then the schema is
upgraded and every dossier exported inside the migration's transaction, which is rolled back if the
archive cannot be written — no migration without a backup. ``restore_archive`` imports every dossier
of an archive back, replacing the dossiers of the same identity (all or nothing).
"""

from __future__ import annotations

import datetime as dt
import io
import json
import re
import zipfile
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

from esms_desktop.storage.errors import StorageError
from esms_desktop.text import QT_TRANSLATE_NOOP

BACKUP_FAILED = QT_TRANSLATE_NOOP(
    "ServerBackup",
    "The backup of the server's dossiers could not be written ({detail}). Free some disk space, or check "
    "that the data folder can be written to.",
)
NOT_AN_ARCHIVE = QT_TRANSLATE_NOOP(
    "ServerBackup",
    "The file {path} is not a backup of esms-desktop dossiers ({detail}). Nothing was restored.",
)


class ServerBackupError(StorageError):
    pass


@dataclass(frozen=True)
class Archive:
    path: Path
    created: dt.datetime
    reason: str
    dossiers: int


def backup_folder(url: str) -> Path:
    from esms_desktop.paths import user_data_dir
    from esms_desktop.storage.server import describe

    safe = re.sub(r"[^A-Za-z0-9._-]+", "_", describe(url)).strip("_") or "server"
    return user_data_dir() / "server-backups" / safe


def _dossier_ids(db) -> list[int]:
    return [r[0] for r in db.rows("SELECT id FROM dossier ORDER BY id")]


def write_archive(db, reason: str, revision: str | None = None) -> Path:
    """Export every dossier of ``db`` into a new dated archive; returns its path."""
    from esms_desktop.storage import schema_version
    from esms_desktop.storage.atomic import write_bytes_atomic
    from esms_desktop.storage.dossier_file import dumps, export_dossier
    from esms_desktop.storage.server import describe

    now = dt.datetime.now().astimezone()
    buffer = io.BytesIO()
    ids = _dossier_ids(db)
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        for dossier_id in ids:
            archive.writestr(f"dossiers/{dossier_id}.esms", dumps(export_dossier(db, dossier_id)))
        archive.writestr("manifest.json", json.dumps({
            "server": describe(db.url), "created": now.isoformat(timespec="seconds"), "reason": reason,
            "schema": revision or schema_version.HEAD, "dossiers": len(ids)}, ensure_ascii=False, indent=2))
    folder = backup_folder(db.url)
    path = folder / f"{now:%Y-%m-%d_%H%M%S}-{reason}.zip"
    n = 1
    while path.exists():
        n += 1
        path = folder / f"{now:%Y-%m-%d_%H%M%S}-{reason}-{n}.zip"
    try:
        folder.mkdir(parents=True, exist_ok=True)
        write_bytes_atomic(path, buffer.getvalue())
    except OSError as exc:
        raise ServerBackupError(BACKUP_FAILED(detail=exc.strerror or str(exc))) from exc
    return path


def backup_now(db) -> Path:
    return write_archive(db, "manual")


class _OnConnection:
    """A ``Database`` look-alike whose sessions run inside one open connection's transaction."""

    def __init__(self, url: str, connection):
        self.url = url
        self.connection = connection

    @contextmanager
    def session(self):
        from sqlalchemy.orm import Session

        session = Session(bind=self.connection, expire_on_commit=False, join_transaction_mode="create_savepoint")
        try:
            yield session
            session.flush()
        finally:
            session.close()

    def rows(self, sql, params=None):
        from sqlalchemy import text

        return [tuple(r) for r in self.connection.execute(text(sql), params or {})]


def backup_in_migration(database, connection, revision: str) -> Path:
    """Called by ``server.migrate_under_lock`` after the upgrade, before the commit (see the module doc)."""
    return write_archive(_OnConnection(database.url, connection), "before-migration", revision)


def list_archives(url: str) -> list[Archive]:
    folder = backup_folder(url)
    found = []
    for path in sorted(folder.glob("*.zip"), reverse=True) if folder.exists() else []:
        try:
            with zipfile.ZipFile(path) as archive:
                manifest = json.loads(archive.read("manifest.json"))
            found.append(Archive(path, dt.datetime.fromisoformat(manifest["created"]), manifest["reason"],
                                 int(manifest["dossiers"])))
        except (OSError, KeyError, ValueError, zipfile.BadZipFile):
            continue
    return found


def restore_archive(db, path: str | Path) -> list[int]:
    """Import every dossier of the archive, replacing those of the same identity; all or nothing."""
    from esms_desktop.storage.dossier_file import import_dossier

    try:
        with zipfile.ZipFile(path) as archive:
            json.loads(archive.read("manifest.json"))
            files = [json.loads(archive.read(n)) for n in sorted(archive.namelist()) if n.startswith("dossiers/")]
    except (OSError, KeyError, ValueError, zipfile.BadZipFile) as exc:
        raise ServerBackupError(NOT_AN_ARCHIVE(path=str(path), detail=str(exc))) from exc
    from esms_desktop.storage.dossier_file import validate

    for data in files:  # every file checked before anything is written
        validate(data)
    return [import_dossier(db, data, on_conflict="replace") for data in files]
