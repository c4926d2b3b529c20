"""Dossiers on a PostgreSQL server: connecting, checking the schema, migrating under a lock.

``open_server(url)`` never creates anything in a database it refuses: it connects (5 s timeout),
lists the tables of the ``public`` schema, reads ``alembic_version``, and refuses a database of
another application, one written by a newer version, an unreachable server or refused credentials,
each with a French message saying what to do. A schema that is behind is migrated under a
PostgreSQL advisory lock (two windows starting at once: the second waits, then finds the schema
up to date), after a backup of every dossier (``server_backups``).

Passwords are never shown: every message and log line goes through :func:`mask_url`.
"""

from __future__ import annotations

import logging
import re
from typing import TYPE_CHECKING, Callable

from esms_desktop.storage import schema_version
from esms_desktop.storage.errors import DatabaseFileError, StorageError
from esms_desktop.text import QT_TRANSLATE_NOOP

if TYPE_CHECKING:
    from sqlalchemy.engine import Connection, Engine

logger = logging.getLogger(__name__)

CONNECT_TIMEOUT = 5  # seconds: an unreachable server is reported, never waited for forever
MIGRATION_LOCK = 0x65534D53  # pg_advisory_xact_lock key for migrations ("eSMS")
APP_TABLES = {"alembic_version", "dossier", "og", "essms"}

UNREACHABLE = QT_TRANSLATE_NOOP(
    "Server",
    "The server {server} cannot be reached ({detail}). Check the host name and the port, that the server "
    "is running and that your network lets you reach it, then try again.",
)
AUTH_REFUSED = QT_TRANSLATE_NOOP(
    "Server",
    "The server {server} refused the user name or the password. Check them (File ▸ Connect to a server…) "
    "or ask the server's administrator.",
)
NO_SUCH_DATABASE = QT_TRANSLATE_NOOP(
    "Server",
    "The server {server} has no database of that name. Check its name, or ask the server's administrator "
    "to create it (an empty database is enough: the application sets it up).",
)
SERVER_NEWER = QT_TRANSLATE_NOOP(
    "Server",
    "The database {server} was written by a newer version of esms-desktop (schema {revision}). It was left "
    "untouched. Install the latest version of the application to open it.",
)
SERVER_FOREIGN = QT_TRANSLATE_NOOP(
    "Server",
    "The database {server} holds the tables of another application ({tables}). Nothing was created in it. "
    "Ask for an empty database for esms-desktop.",
)
SERVER_ERROR = QT_TRANSLATE_NOOP(
    "Server",
    "The server {server} answered with an error: {detail}. Try again; if it goes on, show this message to "
    "the server's administrator.",
)
REFUSED = QT_TRANSLATE_NOOP("Server", "connection refused: no server listens on that port")
TIMED_OUT = QT_TRANSLATE_NOOP("Server", "no answer within {seconds} seconds")
UNKNOWN_HOST = QT_TRANSLATE_NOOP("Server", "unknown host name")
NO_DRIVER = QT_TRANSLATE_NOOP(
    "Server",
    "This installation cannot connect to PostgreSQL (the psycopg module is missing). Install the complete "
    "application again.",
)


class ServerError(DatabaseFileError):
    """The server or its database cannot be used; nothing was created or modified in it."""


# -- masking -------------------------------------------------------------------------------------
_URL_PASSWORD = re.compile(r"(?P<head>[a-z][a-z0-9+.\-]*://[^:/@\s]*):(?P<pw>[^@\s]*)@", re.IGNORECASE)
_KEYWORD_PASSWORD = re.compile(r"(?P<head>password\s*=\s*)(?P<pw>'[^']*'|\S+)", re.IGNORECASE)


def mask_url(text: object) -> str:
    """``text`` with every password hidden: URLs (``user:pw@``) and ``password=...`` keywords.

    The one function every message and log line naming a database goes through.
    """
    masked = _URL_PASSWORD.sub(lambda m: f"{m.group('head')}:***@", str(text))
    return _KEYWORD_PASSWORD.sub(lambda m: f"{m.group('head')}***", masked)


def describe(url: str) -> str:
    """A short name of the server for the title bar and messages: ``user@host:port/database``."""
    from sqlalchemy.engine import make_url

    try:
        parsed = make_url(url)
    except Exception:  # noqa: BLE001 - an unparsable URL: show it masked
        return mask_url(url)
    if parsed.get_backend_name() == "sqlite":
        return parsed.database or ""
    user = f"{parsed.username}@" if parsed.username else ""
    port = f":{parsed.port}" if parsed.port else ""
    return f"{user}{parsed.host or 'localhost'}{port}/{parsed.database or ''}"


class MaskingFilter(logging.Filter):
    """A logging filter that hides passwords in every record (installed on the log handlers)."""

    def filter(self, record: logging.LogRecord) -> bool:
        message = record.getMessage()
        record.msg, record.args = mask_url(message), None
        if record.exc_info and not record.exc_text:
            record.exc_text = mask_url(logging.Formatter().formatException(record.exc_info))
        elif record.exc_text:
            record.exc_text = mask_url(record.exc_text)
        return True


def is_server_url(url: str) -> bool:
    return url.split(":", 1)[0].split("+", 1)[0] in ("postgresql", "postgres")


# -- connecting ----------------------------------------------------------------------------------
def make_engine(url: str) -> "Engine":
    from sqlalchemy import create_engine

    try:
        # no pool_pre_ping: it costs a round trip per unit of work; a connection the server dropped is
        # invalidated on its first error and the next unit of work gets a fresh one
        return create_engine(url, connect_args={"connect_timeout": CONNECT_TIMEOUT}, hide_parameters=True)
    except ModuleNotFoundError as exc:
        raise ServerError(NO_DRIVER()) from exc


def explain(exc: Exception, url: str) -> ServerError:
    """The French error for a failed connection or query (``OperationalError`` and friends)."""
    server = describe(url)
    original = getattr(exc, "orig", exc)
    sqlstate = getattr(original, "sqlstate", None) or ""
    detail = mask_url(str(original).strip().splitlines()[0] if str(original).strip() else type(original).__name__)
    if sqlstate in ("28P01", "28000") or "authentication failed" in detail or "no password supplied" in detail:
        return ServerError(AUTH_REFUSED(server=server))
    if sqlstate == "3D000" or ("database" in detail and "does not exist" in detail):
        return ServerError(NO_SUCH_DATABASE(server=server))
    if not sqlstate:  # no answer from a server at all: refused, timed out, unknown host
        lowered = detail.lower()
        if "refused" in lowered:
            detail = REFUSED()
        elif "timeout" in lowered or "timed out" in lowered:
            detail = TIMED_OUT(seconds=CONNECT_TIMEOUT)
        elif "translate host name" in lowered or "name or service not known" in lowered:
            detail = UNKNOWN_HOST()
        return ServerError(UNREACHABLE(server=server, detail=detail))
    return ServerError(SERVER_ERROR(server=server, detail=detail))


def read_state(connection: "Connection") -> tuple[str | None, set[str]]:
    """(revision or None, tables of the public schema)."""
    tables = {r[0] for r in connection.exec_driver_sql(
        "SELECT tablename FROM pg_catalog.pg_tables WHERE schemaname = 'public'")}
    revision = None
    if "alembic_version" in tables:
        row = connection.exec_driver_sql("SELECT version_num FROM alembic_version").fetchone()
        revision = row[0] if row else None
    return revision, tables


def check_state(url: str, revision: str | None, tables: set[str]) -> bool:
    """Raise ServerError for a foreign or newer database; True when a migration is needed."""
    server = describe(url)
    if revision is None:
        if tables:
            shown = ", ".join(sorted(tables)[:5]) + ("…" if len(tables) > 5 else "")
            raise ServerError(SERVER_FOREIGN(server=server, tables=shown))
        return True
    if revision not in schema_version.KNOWN_REVISIONS:
        raise ServerError(SERVER_NEWER(server=server, revision=revision))
    return revision != schema_version.HEAD


def _default_backup(database, connection, revision):
    from esms_desktop.storage.server_backups import backup_in_migration

    backup_in_migration(database, connection, revision)


def open_server(url: str, *, migrate: bool = True, before_migration: Callable | None = _default_backup):
    """Open the dossiers database on a server (see the module doc); returns a ``Database``."""
    from sqlalchemy.exc import DBAPIError

    from esms_desktop.storage.database import Database
    from esms_desktop.storage.server_login import with_stored_password

    url = with_stored_password(url)  # a password the user asked to keep in the system keyring
    database = Database(url, None)
    database._engine = make_engine(url)
    from sqlalchemy.orm import sessionmaker

    database._sessionmaker = sessionmaker(database._engine, expire_on_commit=False)
    try:
        with database.engine.connect() as connection:
            revision, tables = read_state(connection)
        needs = check_state(url, revision, tables)
        if migrate and needs:
            migrate_under_lock(database, before_migration)
    except DBAPIError as exc:
        database.dispose()
        if logging.getLogger().handlers:  # the window's log file; the CLI prints the French message only
            logger.warning("server %s: %s", describe(url), mask_url(exc))
        raise explain(exc, url) from None
    except (ServerError, StorageError):
        database.dispose()
        raise
    return database


def migrate_under_lock(database, before_migration: Callable | None) -> None:
    """Upgrade inside one transaction holding the migration advisory lock; re-read the state under it."""
    from alembic import command

    from esms_desktop.storage.database import alembic_config

    cfg = alembic_config()
    with database.engine.begin() as connection:
        connection.exec_driver_sql(f"SELECT pg_advisory_xact_lock({MIGRATION_LOCK})")
        revision, tables = read_state(connection)  # another start may have migrated while we waited
        if not check_state(database.url, revision, tables):
            return
        cfg.attributes["connection"] = connection
        command.upgrade(cfg, "head")
        if revision is not None and before_migration is not None:
            # every dossier exported inside this transaction: an archive that cannot be written
            # rolls the migration back (server_backups)
            before_migration(database, connection, revision)
