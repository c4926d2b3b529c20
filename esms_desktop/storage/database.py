"""Opening the dossier database: where it is, checking it is usable, migrating it, sessions.

``open_database()`` never modifies a file it refuses: it reads the header and the schema revision
with the stdlib ``sqlite3`` in read-only mode before SQLAlchemy touches it.
"""

from __future__ import annotations

import os
import sqlite3
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Iterator

from esms_desktop.storage import schema_version
from esms_desktop.storage.errors import DatabaseFileError
from esms_desktop.text import QT_TRANSLATE_NOOP

if TYPE_CHECKING:  # imported lazily: SQLAlchemy costs half a second at start-up
    from sqlalchemy.engine import Engine
    from sqlalchemy.orm import Session

ENV_VAR = "ESMS_DESKTOP_DB"
DEFAULT_FILE_NAME = "dossiers.sqlite"
SQLITE_MAGIC = b"SQLite format 3\x00"

NOT_SQLITE = QT_TRANSLATE_NOOP(
    "Database",
    "The file {path} is not an esms-desktop database (it is not a SQLite file). "
    "It was left untouched. Choose another file, or restore a backup.",
)
DAMAGED = QT_TRANSLATE_NOOP(
    "Database",
    "The database {path} is damaged ({detail}). It was left untouched. Restore a backup, "
    "or open another file.",
)
NEWER = QT_TRANSLATE_NOOP(
    "Database",
    "The database {path} was written by a newer version of esms-desktop (schema {revision}). "
    "It was left untouched. Install the latest version of the application to open it.",
)
FOREIGN = QT_TRANSLATE_NOOP(
    "Database",
    "The file {path} is a SQLite database of another application. It was left untouched. "
    "Choose an esms-desktop database.",
)
UNREADABLE = QT_TRANSLATE_NOOP(
    "Database",
    "The database {path} cannot be read: {detail}. Check that the file exists and that you may read it.",
)


def default_database_path() -> Path:
    from esms_desktop.paths import user_data_dir

    return user_data_dir() / DEFAULT_FILE_NAME


def resolve_url(db: str | None = None) -> str:
    """The SQLAlchemy URL to use: ``--db`` first, then ``$ESMS_DESKTOP_DB``, then the default file.

    Either may be a file path or an SQLAlchemy URL (``sqlite:///...``).
    """
    value = db or os.environ.get(ENV_VAR) or str(default_database_path())
    if "://" in value:
        return value
    return "sqlite:///" + str(Path(value).expanduser().resolve())


def sqlite_path(url: str) -> Path | None:
    """The file behind a ``sqlite:///`` URL, or None for memory and other databases."""
    prefix = "sqlite:///"
    if not url.startswith(prefix):
        return None
    rest = url[len(prefix):].split("?", 1)[0]
    if not rest or rest == ":memory:":
        return None
    return Path(rest)


@dataclass
class SchemaState:
    revision: str | None  # None: empty database (new file)
    needs_upgrade: bool


def inspect_file(path: Path) -> SchemaState:
    """Check a database file without modifying it; raise DatabaseFileError if it is unusable."""
    if not path.exists() or path.stat().st_size == 0:
        return SchemaState(None, True)
    try:
        with open(path, "rb") as handle:
            header = handle.read(len(SQLITE_MAGIC))
    except OSError as exc:
        raise DatabaseFileError(UNREADABLE(path=str(path), detail=exc.strerror or str(exc))) from exc
    if header != SQLITE_MAGIC:
        raise DatabaseFileError(NOT_SQLITE(path=str(path)))
    uri = path.resolve().as_uri() + "?mode=ro"
    try:
        try:
            con = _connect_read_only(path, uri)
        except sqlite3.Error as exc:
            from esms_desktop.storage import database_state

            if database_state.is_disk_full(exc):  # a sound file on a full disk is not « damaged »
                raise DatabaseFileError(database_state.DISK_FULL(
                    path=str(path), free=database_state.free_space(path))) from exc
            raise
        try:
            check = con.execute("PRAGMA quick_check").fetchone()[0]
            if check != "ok":
                raise DatabaseFileError(DAMAGED(path=str(path), detail=check))
            tables = {r[0] for r in con.execute("SELECT name FROM sqlite_master WHERE type='table'")}
            revision = None
            if "alembic_version" in tables:
                row = con.execute("SELECT version_num FROM alembic_version").fetchone()
                revision = row[0] if row else None
        finally:
            con.close()
    except sqlite3.DatabaseError as exc:
        raise DatabaseFileError(DAMAGED(path=str(path), detail=str(exc))) from exc
    if revision is None:
        if tables - {"sqlite_sequence"}:
            raise DatabaseFileError(FOREIGN(path=str(path)))
        return SchemaState(None, True)
    if revision not in schema_version.KNOWN_REVISIONS:
        raise DatabaseFileError(NEWER(path=str(path), revision=revision))
    return SchemaState(revision, revision != schema_version.HEAD)


def _connect_read_only(path: Path, uri: str) -> sqlite3.Connection:
    """A read-only connection; in a folder that cannot be written (no WAL index can be made there), the
    file is read as immutable rather than called damaged."""
    con = None
    try:
        con = sqlite3.connect(uri, uri=True)
        con.execute("SELECT count(*) FROM sqlite_master").fetchone()
        return con
    except sqlite3.OperationalError:
        if con is not None:
            con.close()
        from esms_desktop.storage.database_state import is_writable

        if is_writable(path):
            raise
        return sqlite3.connect(uri + "&immutable=1", uri=True)


class Database:
    """An open dossier database: its URL, and sessions (one per unit of work).

    The SQLAlchemy engine is made on first use: listing dossiers on a database already at the
    latest schema (``rows()``) goes through the stdlib ``sqlite3`` and does not import SQLAlchemy.
    """

    def __init__(self, url: str, path: Path | None = None, read_only: bool = False):
        self.url = url
        self.path = path
        self.read_only = read_only
        self._engine = None
        self._sessionmaker = None

    @property
    def engine(self) -> "Engine":
        if self._engine is None:
            from sqlalchemy import create_engine, event
            from sqlalchemy.orm import sessionmaker

            self._engine = create_engine(self.url)
            if self.url.startswith("sqlite"):
                event.listen(self._engine, "connect", _on_connect)
            self._sessionmaker = sessionmaker(self._engine, expire_on_commit=False)
        return self._engine

    @contextmanager
    def session(self) -> Iterator["Session"]:
        """A session for one unit of work: committed at the end, rolled back on error."""
        self.engine
        session = self._sessionmaker()
        try:
            yield session
            session.commit()
        except BaseException as exc:
            session.rollback()
            _raise_storage_error(exc, self.path)
            raise
        finally:
            session.close()

    def rows(self, sql: str, params: dict | None = None) -> list[tuple]:
        """Run one read-only SQL query (named ``:params``) and return its rows as tuples."""
        if self._engine is None and self.path is not None:
            con = sqlite3.connect(self.path)
            try:
                return con.execute(sql, params or {}).fetchall()
            finally:
                con.close()
        from sqlalchemy import text

        with self.engine.connect() as connection:
            if self.path is None and not self.url.startswith("sqlite"):  # a server: no BEGIN/ROLLBACK round trips
                connection = connection.execution_options(isolation_level="AUTOCOMMIT")
            return [tuple(r) for r in connection.execute(text(sql), params or {})]

    @property
    def server(self) -> str | None:
        """``user@host:port/database`` for a database on a server (never the password), else None."""
        from esms_desktop.storage import server

        return server.describe(self.url) if server.is_server_url(self.url) else None

    def dispose(self) -> None:
        if self._engine is not None:
            self._engine.dispose()


# Durability. In WAL mode, synchronous=NORMAL already survives a killed process (a commit is in
# the WAL, in the OS's hands, before it returns) but not a power cut: the WAL is synced only at
# checkpoints, so a laptop whose battery dies could lose every edit since the last one. FULL syncs
# the WAL at each commit: about 2 ms per commit on an SSD (0.01 ms with NORMAL; 300 commits
# timed), nothing for autosave's few commits a second, and a power cut then loses at most the edit
# being written. The database stays consistent either way (tests/benchmarks/kill_harness.py).
SYNCHRONOUS = "FULL"


def _raise_storage_error(exc: BaseException, path: Path | None) -> None:
    """A read-only database or a full disk said in French (never the SQL of the failed statement)."""
    from sqlalchemy.exc import OperationalError

    if not isinstance(exc, OperationalError) or path is None:
        return
    from esms_desktop.storage import database_state
    from esms_desktop.storage.errors import StorageError

    if database_state.is_disk_full(exc):
        raise StorageError(database_state.DISK_FULL(path=str(path), free=database_state.free_space(path))) from exc
    if database_state.is_read_only_error(exc):
        raise StorageError(database_state.READ_ONLY_WRITE()) from exc


def _on_connect(dbapi_connection, _record) -> None:
    cursor = dbapi_connection.cursor()
    cursor.execute("PRAGMA foreign_keys=ON")
    cursor.execute("PRAGMA journal_mode=WAL")
    cursor.execute(f"PRAGMA synchronous={SYNCHRONOUS}")
    cursor.execute("PRAGMA busy_timeout=5000")
    cursor.close()


def _on_connect_migrating(dbapi_connection, _record) -> None:
    """A connection for migrations: our own BEGIN/COMMIT (DDL included), foreign keys off."""
    # pysqlite opens transactions only before INSERT/UPDATE/DELETE: CREATE/ALTER/DROP would each be
    # committed at once, and a migration stopped half-way (crash, error) would leave a schema the
    # next start cannot upgrade. Here the whole upgrade is one transaction (see ``upgrade``).
    dbapi_connection.isolation_level = None
    cursor = dbapi_connection.cursor()
    # Off while tables are rebuilt (Alembic's batch mode copies a table, drops the old one and
    # renames): with foreign keys on, that DROP would cascade-delete the rows of child tables.
    # Checked with foreign_key_check before committing. (Must be set outside a transaction.)
    cursor.execute("PRAGMA foreign_keys=OFF")
    cursor.execute("PRAGMA journal_mode=WAL")
    cursor.execute(f"PRAGMA synchronous={SYNCHRONOUS}")
    cursor.execute("PRAGMA busy_timeout=5000")
    cursor.close()


NO_BACKUP = QT_TRANSLATE_NOOP(
    "Database",
    "The database {path} must be updated for this version of esms-desktop, after a backup; the backup "
    "could not be made ({detail}). It was left untouched. Free some disk space, or check that its folder "
    "can be written to, then open it again.",
)


def _backup_before_migration(path: Path) -> None:
    from esms_desktop.storage.backups import BackupError, backup_before_migration

    try:
        backup_before_migration(path)
    except BackupError as exc:  # no migration without a backup: refuse the file, untouched
        raise DatabaseFileError(NO_BACKUP(path=str(path), detail=exc.message.params.get("detail", ""))) from exc


def open_database(
    db: str | None = None, *, migrate: bool = True, before_migration=_backup_before_migration
) -> Database:
    """Open (creating or upgrading if needed) the database named by ``db`` (see ``resolve_url``).

    ``before_migration(path)`` is called before an existing file is upgraded: by default it makes a
    backup (``storage/backups.py``); when it cannot, the file is refused (DatabaseFileError),
    untouched. Pass None for no backup.
    """
    url = resolve_url(db)
    path = sqlite_path(url)
    from esms_desktop.storage import server

    if path is None and server.is_server_url(url):  # PostgreSQL: storage/server.py
        return server.open_server(url, migrate=migrate)
    state = SchemaState(None, True)
    read_only = False
    if path is not None:
        from esms_desktop.storage import database_state

        state = inspect_file(path)
        read_only = path.exists() and not database_state.is_writable(path)
        if read_only and state.needs_upgrade:  # a migration would have to write: refuse, untouched
            raise DatabaseFileError(database_state.READ_ONLY_OLD(path=str(path)))
        if not read_only:
            path.parent.mkdir(parents=True, exist_ok=True)

    database = Database(_read_only_url(path) if read_only else url, path, read_only=read_only)
    if migrate and (state.needs_upgrade or path is None):
        if state.revision is not None and before_migration is not None and path is not None:
            before_migration(path)
        upgrade(database.engine)
    return database


def _read_only_url(path: Path) -> str:
    """Opened read-only (a banner says so); immutable when even the folder cannot be written."""
    flags = "mode=ro" if os.access(path.parent, os.W_OK) else "mode=ro&immutable=1"
    return f"sqlite:///{path.resolve().as_uri()}?{flags}&uri=true"


def alembic_config():
    from alembic.config import Config

    cfg = Config()
    cfg.set_main_option("script_location", "esms_desktop.storage:migrations")
    return cfg


class MigrationError(RuntimeError):
    """A migration left foreign keys pointing nowhere; it was rolled back."""


def upgrade(engine: "Engine", revision: str = "head") -> None:
    """Bring the schema to ``revision``, all revisions in one transaction: all or nothing.

    On a SQLite file the work goes through a connection of its own (see ``_on_connect_migrating``)
    that wraps DDL in the transaction and turns foreign keys off; ``PRAGMA foreign_key_check``
    must then find nothing, else everything is rolled back.
    """
    from alembic import command
    from sqlalchemy import create_engine, event
    from sqlalchemy.pool import NullPool

    cfg = alembic_config()
    file_backed = engine.url.get_backend_name() == "sqlite" and engine.url.database not in (None, "", ":memory:")
    migrator = engine
    if file_backed:
        migrator = create_engine(engine.url, poolclass=NullPool)
        event.listen(migrator, "connect", _on_connect_migrating)
        event.listen(migrator, "begin", lambda conn: conn.exec_driver_sql("BEGIN IMMEDIATE"))
    try:
        with migrator.begin() as connection:
            cfg.attributes["connection"] = connection
            command.upgrade(cfg, revision)
            if file_backed:
                dangling = connection.exec_driver_sql("PRAGMA foreign_key_check").fetchall()
                if dangling:
                    raise MigrationError(f"foreign keys left dangling by the migration: {dangling[:5]}")
    finally:
        if migrator is not engine:
            migrator.dispose()
