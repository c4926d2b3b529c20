"""The national FINESS reference shipped with the application (extract of 8 January 2021). No Qt.

``resources/finess/finess-national-2021.csv.gz`` is the reference on first use: nothing to download,
nothing to import. It is built into the user's reference file (``finess_reference.default_db_path()``)
either in the background once the window is up (:func:`start_background_build`), or on the first query
that needs it (:func:`ensure_reference`), whichever comes first; the other one waits for it. A newer
extract imported by the user replaces it (the usual import), and it is never built over a reference
that is there.

``$ESMS_DESKTOP_BUILTIN_FINESS`` names another built-in file, or, empty, none (the tests use this).
"""

from __future__ import annotations

import datetime as _dt
import logging
import os
import threading
from dataclasses import dataclass
from pathlib import Path

from esms_desktop.paths import resource_path

ENV = "ESMS_DESKTOP_BUILTIN_FINESS"
BUILTIN_FILE = "finess-national-2021.csv.gz"

logger = logging.getLogger(__name__)
_lock = threading.Lock()


@dataclass(frozen=True)
class BuiltinInfo:
    """What the shipped extract is, read from its first line (without building anything)."""

    path: Path
    extract_date: _dt.date | None


def builtin_source_path() -> Path | None:
    """The shipped national extract, or None when it is switched off or missing."""
    value = os.environ.get(ENV)
    if value is not None:
        path = Path(value) if value else None
    else:
        path = resource_path("finess", BUILTIN_FILE)
    return path if path is not None and path.is_file() else None


def builtin_info() -> BuiltinInfo | None:
    """The shipped extract and its date, or None."""
    path = builtin_source_path()
    if path is None:
        return None
    from esms_desktop.storage.finess_extract import FinessFormatError, open_reference_source

    try:
        header = open_reference_source(path).header
    except (FinessFormatError, OSError):
        return None
    return BuiltinInfo(path, header.extract_date)


def _is_default(db_path: Path) -> bool:
    from esms_desktop.storage.finess_reference import default_db_path

    try:
        return Path(db_path).resolve() == default_db_path().resolve()
    except OSError:
        return False


def ensure_reference(db_path: str | os.PathLike[str] | None = None, should_cancel=None) -> bool:
    """Build the reference from the shipped extract when there is none at ``db_path`` (default: the user's).

    True when a reference is there afterwards. Never replaces an existing file (an imported extract
    stays). Thread-safe: a second caller waits for the build under way, then finds it done.
    """
    from esms_desktop.storage import finess_reference as ref
    from esms_desktop.storage.errors import StorageError

    path = Path(db_path) if db_path is not None else ref.default_db_path()
    if path.is_file():
        return True
    source = builtin_source_path()
    if source is None:
        return False
    with _lock:
        if path.is_file():
            return True
        try:
            ref.import_extract(source, path, should_cancel=should_cancel)
        except (StorageError, OSError) as exc:
            logger.warning("built-in FINESS reference not built: %s", exc)
            return False
    return True


def ensure_default(db_path: Path) -> None:
    """For the query functions: build the shipped reference when ``db_path`` is the user's and missing."""
    if not Path(db_path).is_file() and builtin_source_path() is not None and _is_default(db_path):
        ensure_reference(db_path)


class BackgroundBuild:
    """:func:`ensure_reference` in a plain Python thread; ``stop()`` cancels it and waits (call it on quit)."""

    def __init__(self, db_path: Path | None = None):
        self._cancel = threading.Event()
        self.thread = threading.Thread(target=self._run, args=(db_path,), name="finess-builtin", daemon=True)
        self.result: bool | None = None

    def _run(self, db_path) -> None:
        try:
            self.result = ensure_reference(db_path, should_cancel=self._cancel.is_set)
        except Exception:  # noqa: BLE001 - a background build must never take the window down
            logger.exception("built-in FINESS reference build failed")
            self.result = False

    def start(self) -> BackgroundBuild:
        self.thread.start()
        return self

    def stop(self) -> None:
        self._cancel.set()
        if self.thread.is_alive():
            self.thread.join()


def start_background_build(db_path: Path | None = None) -> BackgroundBuild | None:
    """Start building the shipped reference unless there is already one (or none is shipped)."""
    from esms_desktop.storage.finess_reference import default_db_path

    path = Path(db_path) if db_path is not None else default_db_path()
    if path.is_file() or builtin_source_path() is None:
        return None
    return BackgroundBuild(path).start()
