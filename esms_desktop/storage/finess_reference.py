"""The offline FINESS reference: a SQLite file of its own, with full-text search. No Qt.

Kept apart from the dossier database: it is rebuilt whole from each new national extract.
The stdlib ``sqlite3`` is used directly (bulk load speed). Typical use::

    report = import_extract("etalab-cs1100507-stock-20260512-0339.csv", default_db_path(),
                            progress=lambda done, total: ..., should_cancel=lambda: False)
    lookup(default_db_path(), "ehpad dijon")      # -> list[FinessRecord]
    get(default_db_path(), "210010740")           # -> FinessRecord | None
"""

from __future__ import annotations

import datetime as _dt
import operator
import os
import re
import sqlite3
import tempfile
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path

from esms_desktop.rules.identity.finess import normalise
from esms_desktop.storage.atomic import fsync_dir, fsync_file
from esms_desktop.storage.errors import StorageError
from esms_desktop.storage.finess_extract import (
    FinessFormatError,
    FinessRecord,
    ReferenceSource,
    open_reference_source,
)
from esms_desktop.text import QT_TRANSLATE_NOOP, Message

__all__ = [
    "DB_FILE_NAME",
    "FinessFormatError",
    "FinessRecord",
    "FinessReferenceError",
    "ImportCancelled",
    "ImportReport",
    "default_db_path",
    "essms_count_of_ej",
    "establishments_of",
    "get",
    "import_extract",
    "import_source",
    "lookup",
    "reference_info",
]

DB_FILE_NAME = "finess-reference.sqlite3"
SCHEMA_VERSION = "1"
PROGRESS_STEPS = 100
_CHECK_EVERY = 1024  # records between two looks at position / cancel

_COLUMNS = (
    "finess_et, finess_ej, name, long_name, address, postcode, town, department, phone, "
    "category_code, category_label, siret, opened"
)
_SCHEMA = """
CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT) WITHOUT ROWID;
CREATE TABLE establishment (
    id INTEGER PRIMARY KEY,
    finess_et TEXT NOT NULL, finess_ej TEXT NOT NULL, name TEXT NOT NULL,
    long_name TEXT NOT NULL, address TEXT NOT NULL, postcode TEXT NOT NULL, town TEXT NOT NULL,
    department TEXT NOT NULL, phone TEXT NOT NULL, category_code TEXT NOT NULL,
    category_label TEXT NOT NULL, siret TEXT NOT NULL, opened TEXT
);
"""
_INDEXES = """
CREATE UNIQUE INDEX establishment_et ON establishment (finess_et);
CREATE INDEX establishment_ej ON establishment (finess_ej, finess_et);
CREATE VIRTUAL TABLE establishment_fts USING fts5 (
    finess_et, name, long_name, town,
    content='establishment', content_rowid='id',
    tokenize='unicode61 remove_diacritics 2'
);
INSERT INTO establishment_fts (establishment_fts) VALUES ('rebuild');
"""
# Ligatures that unicode61 keeps as one letter: spelled out on both sides ("oeuvre" finds "ŒUVRE").
LIGATURES = {"œ": "oe", "Œ": "OE", "æ": "ae", "Æ": "AE"}
_LIGATURE_TABLE = str.maketrans(LIGATURES)
_FTS_COLUMNS = "finess_et, name, long_name, town"
_INSERT = f"INSERT INTO establishment ({_COLUMNS}) VALUES ({', '.join('?' * 13)})"
_SELECT = f"SELECT {_COLUMNS} FROM establishment"
_NUMBER_QUERY = re.compile(r"(?:[0-9]{2}|2[AB])[0-9]*|[0-9]")
_WORD = re.compile(r"[^\W_]+")
_E_COLUMNS = ", ".join("e." + c.strip() for c in _COLUMNS.split(","))
_ROW_FIELDS = operator.attrgetter(*(c.strip() for c in _COLUMNS.split(",")[:-1]))


REFERENCE_UNREADABLE = QT_TRANSLATE_NOOP(
    "Finess", "The FINESS reference cannot be read ({detail}); import the extract again."
)
REFERENCE_NOT_BUILT = QT_TRANSLATE_NOOP(
    "Finess", "The FINESS reference could not be built ({detail})."
)
IMPORT_CANCELLED = QT_TRANSLATE_NOOP(
    "Finess", "The import was cancelled; the previous FINESS reference is kept."
)


class FinessReferenceError(StorageError):
    """The reference file exists but cannot be queried (damaged, not a reference), or a new reference
    could not be built (``message`` :data:`REFERENCE_NOT_BUILT`; the previous one is then unchanged)."""

    def __init__(self, detail: str, message: Message = REFERENCE_UNREADABLE):
        super().__init__(message(detail=detail))
        self.detail = detail


class ImportCancelled(StorageError):
    """The import was cancelled; the previous reference is unchanged."""

    def __init__(self) -> None:
        super().__init__(IMPORT_CANCELLED)


@dataclass(frozen=True)
class ImportReport:
    """What :func:`import_extract` built."""

    db_path: Path
    establishments: int
    geolocations: int
    ignored_lines: int
    extract_date: _dt.date | None
    sequence: str
    encoding: str
    source_format: str
    seconds: float


def default_db_path() -> Path:
    """Where the application keeps its reference (in the user's data folder)."""
    from esms_desktop.paths import user_data_dir

    return user_data_dir() / DB_FILE_NAME


# --- import ---------------------------------------------------------------------------------


def import_extract(
    source_path: str | os.PathLike[str],
    db_path: str | os.PathLike[str],
    progress: Callable[[int, int], None] | None = None,
    should_cancel: Callable[[], bool] | None = None,
) -> ImportReport:
    """Build the reference at ``db_path`` from a FINESS extract file, replacing the old one.

    The new reference is written to a temporary file next to ``db_path`` and renamed over it
    only when the whole file was read. ``progress(done_bytes, total_bytes)`` is called at most
    about 100 times; ``should_cancel()`` is polled regularly. Raises FinessFormatError
    (malformed file), ImportCancelled, FinessReferenceError (SQLite could not build the reference:
    disk full, ...) or OSError; the previous reference is then left as it was, the temporary file removed.
    """
    source = open_reference_source(source_path)
    return import_source(source, db_path, progress, should_cancel)


def import_source(
    source: ReferenceSource,
    db_path: str | os.PathLike[str],
    progress: Callable[[int, int], None] | None = None,
    should_cancel: Callable[[], bool] | None = None,
) -> ImportReport:
    """:func:`import_extract` for an already opened :class:`ReferenceSource`."""
    started = time.perf_counter()
    db_path = Path(db_path)
    db_path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp_name = tempfile.mkstemp(prefix=f".{db_path.name}.", suffix=".importing", dir=db_path.parent)
    os.close(fd)
    tmp = Path(tmp_name)
    from esms_desktop.storage import leftovers

    note = leftovers.remember(tmp)  # a killed import's file is removed at the next start
    try:
        try:
            count = _build(source, tmp, progress, should_cancel)
        except sqlite3.Error as exc:  # disk full, I/O error...: a domain error with a message
            raise FinessReferenceError(str(exc), REFERENCE_NOT_BUILT) from exc
        fsync_file(tmp)
        os.replace(tmp, db_path)
        fsync_dir(db_path.parent)
    except BaseException:
        tmp.unlink(missing_ok=True)
        raise
    finally:
        leftovers.forget(note)
    header = source.header
    return ImportReport(
        db_path=db_path,
        establishments=count,
        geolocations=getattr(source, "geolocations", 0),
        ignored_lines=source.ignored_lines,
        extract_date=header.extract_date,
        sequence=header.sequence,
        encoding=header.encoding,
        source_format=header.format,
        seconds=time.perf_counter() - started,
    )


def _rows(
    source: ReferenceSource,
    progress: Callable[[int, int], None] | None,
    should_cancel: Callable[[], bool] | None,
    counter: list[int],
    ligatures: list[str],
) -> Iterator[tuple]:
    total = max(source.total, 1)
    step = max(total // PROGRESS_STEPS, 1)
    next_report = step
    n = 0
    fields = _ROW_FIELDS
    for r in source.records():
        opened = r.opened
        yield fields(r) + (opened.isoformat() if opened is not None else None,)
        if not (r.name.isascii() and r.long_name.isascii() and r.town.isascii()):
            if _has_ligature(r.name + r.long_name + r.town):
                ligatures.append(r.finess_et)
        n += 1
        if n % _CHECK_EVERY == 0:
            if should_cancel is not None and should_cancel():
                raise ImportCancelled()
            if progress is not None and source.position >= next_report:
                progress(source.position, total)
                next_report = (source.position // step + 1) * step
    counter[0] = n
    if should_cancel is not None and should_cancel():
        raise ImportCancelled()


def _build(
    source: ReferenceSource,
    tmp: Path,
    progress: Callable[[int, int], None] | None,
    should_cancel: Callable[[], bool] | None,
) -> int:
    con = sqlite3.connect(tmp, isolation_level=None)
    try:
        con.execute("PRAGMA journal_mode = OFF")
        con.execute("PRAGMA synchronous = OFF")
        con.execute("PRAGMA locking_mode = EXCLUSIVE")
        con.execute("PRAGMA cache_size = -65536")
        con.execute("BEGIN")
        for statement in _SCHEMA.split(";"):
            if statement.strip():
                con.execute(statement)
        counter = [0]
        ligatures: list[str] = []
        con.executemany(_INSERT, _rows(source, progress, should_cancel, counter, ligatures))
        for statement in _INDEXES.split(";"):
            if statement.strip():
                con.execute(statement)
        _index_ligatures_spelled_out(con, ligatures)
        header = source.header
        meta = {
            "schema_version": SCHEMA_VERSION,
            "source_format": header.format,
            "source_file": source.path.name,
            "sequence": header.sequence,
            "extract_date": header.extract_date.isoformat() if header.extract_date else "",
            "encoding": header.encoding,
            "row_count": str(counter[0]),
            "imported_at": _dt.datetime.now().replace(microsecond=0).isoformat(),
        }
        con.executemany("INSERT INTO meta (key, value) VALUES (?, ?)", meta.items())
        con.execute("COMMIT")
        if progress is not None:
            progress(source.total, source.total)
        return counter[0]
    finally:
        con.close()


def _has_ligature(text: str) -> bool:
    return any(ligature in text for ligature in LIGATURES)


def _index_ligatures_spelled_out(con: sqlite3.Connection, finess_ets: list[str]) -> None:
    """Re-index the few rows holding Œ/Æ with the ligatures spelled out ("ŒUVRE" → "OEUVRE").

    The table keeps the original text; only their index entries change. (A later FTS
    'rebuild' would undo this: the reference is only ever rebuilt whole by an import.)
    """
    for number in finess_ets:
        row = con.execute(
            f"SELECT id, {_FTS_COLUMNS} FROM establishment WHERE finess_et = ?", (number,)
        ).fetchone()
        con.execute(
            f"INSERT INTO establishment_fts (establishment_fts, rowid, {_FTS_COLUMNS}) "
            "VALUES ('delete', ?, ?, ?, ?, ?)",
            row,
        )
        folded = (row[0], row[1], *(value.translate(_LIGATURE_TABLE) for value in row[2:]))
        con.execute(
            f"INSERT INTO establishment_fts (rowid, {_FTS_COLUMNS}) VALUES (?, ?, ?, ?, ?)", folded
        )


# --- queries --------------------------------------------------------------------------------


def _connect(db_path: str | os.PathLike[str], build: bool = True) -> sqlite3.Connection | None:
    path = Path(db_path)
    if build and not path.is_file():
        from esms_desktop.storage.finess_builtin import ensure_default

        ensure_default(path)  # first use: the national extract shipped with the application
    if not path.is_file():
        return None
    try:
        return sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True)
    except sqlite3.Error:
        return None


def _record(row: tuple) -> FinessRecord:
    *values, opened = row
    return FinessRecord(*values, _dt.date.fromisoformat(opened) if opened else None)


def reference_info(db_path: str | os.PathLike[str]) -> dict | None:
    """``{"extract_date": date|None, "sequence": str, "row_count": int, "imported_at": datetime,
    "source_file": str, "source_format": str, "encoding": str, "schema_version": str}``,
    or None when there is no (readable) reference at ``db_path`` (the shipped one not built yet: see
    :func:`esms_desktop.storage.finess_builtin.builtin_info`)."""
    con = _connect(db_path, build=False)
    if con is None:
        return None
    try:
        meta = dict(con.execute("SELECT key, value FROM meta"))
    except sqlite3.Error:
        return None
    finally:
        con.close()
    info: dict = dict(meta)
    info["extract_date"] = _dt.date.fromisoformat(meta["extract_date"]) if meta.get("extract_date") else None
    info["row_count"] = int(meta.get("row_count", "0"))
    info["imported_at"] = _dt.datetime.fromisoformat(meta["imported_at"]) if meta.get("imported_at") else None
    return info


def get(db_path: str | os.PathLike[str], finess_et: str) -> FinessRecord | None:
    """The establishment with this FINESS ET number (spaces/dots ignored), or None."""
    con = _connect(db_path)
    if con is None:
        return None
    try:
        row = con.execute(f"{_SELECT} WHERE finess_et = ?", (normalise(finess_et),)).fetchone()
    except sqlite3.Error as exc:
        raise FinessReferenceError(str(exc)) from exc
    finally:
        con.close()
    return _record(row) if row else None


def establishments_of(db_path: str | os.PathLike[str], finess_ej: str) -> list[FinessRecord]:
    """All establishments of one legal entity (FINESS EJ), by ET number."""
    con = _connect(db_path)
    if con is None:
        return []
    try:
        rows = con.execute(
            f"{_SELECT} WHERE finess_ej = ? ORDER BY finess_et", (normalise(finess_ej),)
        ).fetchall()
    except sqlite3.Error as exc:
        raise FinessReferenceError(str(exc)) from exc
    finally:
        con.close()
    return [_record(r) for r in rows]


def essms_count_of_ej(finess_ej: str, db_path: str | os.PathLike[str] | None = None) -> int | None:
    """How many social or medico-social establishments (FINESS aggregate category 4xxx/5xxx, i.e. the
    categories of resources/finess/sectors.json) the legal entity ``finess_ej`` runs in the reference:
    the OG's total ESSMS. 0 when the EJ is not in it; None when there is no reference to ask."""
    from esms_desktop.rules.grappe.sectors import social_category_codes

    con = _connect(db_path if db_path is not None else default_db_path())
    if con is None:
        return None
    codes = sorted(social_category_codes())
    try:
        (count,) = con.execute(
            f"SELECT count(*) FROM establishment WHERE finess_ej = ? "
            f"AND category_code IN ({', '.join('?' * len(codes))})",
            (normalise(finess_ej), *codes),
        ).fetchone()
    except sqlite3.Error as exc:
        raise FinessReferenceError(str(exc)) from exc
    finally:
        con.close()
    return count


def fts_query(text: str) -> str:
    """The FTS5 MATCH expression for free text: every word, as a prefix, must be found."""
    return " ".join(f'"{w}"*' for w in _WORD.findall(text.translate(_LIGATURE_TABLE)))


def lookup(db_path: str | os.PathLike[str], query: str, limit: int = 20) -> list[FinessRecord]:
    """Search the reference.

    A query made of a number ("21", "2A00", "210 010 740") matches FINESS ET numbers starting
    with it, then EJ numbers starting with it. Otherwise every word must start a word of the
    name, long name, town or ET number, accents and case ignored ("ehpad dijon", "evaluation").
    """
    if limit <= 0:
        return []
    con = _connect(db_path)
    if con is None:
        return []
    try:
        number = normalise(query)
        if number and _NUMBER_QUERY.fullmatch(number):
            rows = con.execute(
                f"{_SELECT} WHERE finess_et GLOB ? ORDER BY finess_et LIMIT ?",
                (number + "*", limit),
            ).fetchall()
            if len(rows) < limit:
                rows += con.execute(
                    f"{_SELECT} WHERE finess_ej GLOB ?1 AND finess_et NOT GLOB ?1 "
                    "ORDER BY finess_ej, finess_et LIMIT ?2",
                    (number + "*", limit - len(rows)),
                ).fetchall()
        else:
            words = _WORD.findall(query.translate(_LIGATURE_TABLE))
            if not words:
                return []
            # Ranking costs a pass over every match: skip it when the words are single letters
            # (tens of thousands of matches); the file order (FINESS number) is kept then.
            order = "f.rank, e.name" if max(map(len, words)) > 1 else "f.rowid"
            rows = con.execute(
                f"SELECT {_E_COLUMNS} FROM establishment_fts AS f "
                "JOIN establishment AS e ON e.id = f.rowid "
                f"WHERE establishment_fts MATCH ? ORDER BY {order} LIMIT ?",
                (fts_query(query), limit),
            ).fetchall()
    except sqlite3.Error as exc:
        raise FinessReferenceError(str(exc)) from exc
    finally:
        con.close()
    return [_record(r) for r in rows]
