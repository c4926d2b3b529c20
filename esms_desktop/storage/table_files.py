"""Reading a table (header row + data rows) from a CSV or XLSX file, as consultants receive lists. No Qt.

CSV: separator « ; », « , » or tab detected on the header line; UTF-8 (with or without BOM), else
Windows-1252. XLSX: the first worksheet, through openpyxl. Every row keeps its line number in the
file, so that problems can be located. A malformed file raises :class:`TableFormatError`.
"""

from __future__ import annotations

import csv
import datetime as _dt
import io
import os
from dataclasses import dataclass
from pathlib import Path

from esms_desktop.storage.errors import StorageError
from esms_desktop.text import QT_TRANSLATE_NOOP, Message

UNREADABLE = QT_TRANSLATE_NOOP("TableFile", "The file cannot be read: {detail}.")
UNSUPPORTED = QT_TRANSLATE_NOOP(
    "TableFile", "Only CSV and Excel (.xlsx) files can be imported; {name} is neither.")
NOT_XLSX = QT_TRANSLATE_NOOP(
    "TableFile", "The file is not a readable Excel workbook (.xlsx): {detail}.")
BAD_ENCODING = QT_TRANSLATE_NOOP(
    "TableFile", "Line {line} holds characters that are neither UTF-8 nor Windows-1252 text.")
BAD_CSV = QT_TRANSLATE_NOOP("TableFile", "Line {line} is not valid CSV: {detail}.")
WRONG_CELL_COUNT = QT_TRANSLATE_NOOP(
    "TableFile", "Line {line} has {found} columns where the header line has {expected}.")
NO_HEADER = QT_TRANSLATE_NOOP("TableFile", "The file holds no header line (it is empty).")

TOO_MANY_ROWS = QT_TRANSLATE_NOOP(
    "TableFile", "The file holds more than {limit} rows: nothing was imported. A grappe list is far shorter; "
    "split the file or keep only the grappe's ESSMS.")
TOO_BIG = QT_TRANSLATE_NOOP(
    "TableFile", "The file is too large to be a list of ESSMS ({size} MB once unpacked, at most {limit} MB): "
    "nothing was imported.")
TOO_WIDE = QT_TRANSLATE_NOOP(
    "TableFile", "Line {line} has {found} columns, more than the {limit} a list of ESSMS can have.")

MAX_ROWS = 20000
MAX_COLUMNS = 200
MAX_FILE_BYTES = 50 * 1024 * 1024  # a CSV on disk, or the unpacked parts of an XLSX


class TableFormatError(StorageError):
    """The file is malformed; ``line`` (1-based, 0 when unknown) says where."""

    def __init__(self, message: Message, line: int = 0):
        super().__init__(message)
        self.line = line


@dataclass(frozen=True)
class RawRow:
    line: int  # line of the CSV file where the row starts, or row number of the worksheet
    cells: tuple[str, ...]


@dataclass(frozen=True)
class RawTable:
    headers: tuple[str, ...]
    rows: tuple[RawRow, ...]
    file_name: str = ""
    kind: str = "csv"  # "csv" | "xlsx"
    encoding: str | None = None
    delimiter: str | None = None


def read_table(path: str | os.PathLike[str], progress=None, should_cancel=None) -> RawTable:
    """Read a CSV or XLSX file (by its extension; CSV when unsure).

    ``progress(done, total)`` and ``should_cancel()`` are called now and then while an XLSX is read
    (from a worker thread: see ``ui/wizard/table_reader.py``); a cancel raises ReadCancelled."""
    path = Path(path)
    suffix = path.suffix.lower()
    if suffix in (".xlsx", ".xlsm"):
        return read_xlsx(path, progress, should_cancel)
    if suffix not in (".csv", ".txt", ""):
        raise TableFormatError(UNSUPPORTED(name=path.name))
    try:
        size = path.stat().st_size
        if size > MAX_FILE_BYTES:
            raise TableFormatError(TOO_BIG(size=_number(size // 1048576), limit=_number(MAX_FILE_BYTES // 1048576)))
        data = path.read_bytes()
    except OSError as exc:
        raise TableFormatError(UNREADABLE(detail=exc.strerror or str(exc))) from exc
    return read_csv_bytes(data, path.name)


def _number(value: int) -> str:
    from esms_desktop.formatting import number

    return number(value)


def _decode(data: bytes) -> tuple[str, str]:
    if data.startswith(b"\xef\xbb\xbf"):
        data = data[3:]
    try:
        return data.decode("utf-8"), "utf-8"
    except UnicodeDecodeError:
        pass
    try:
        return data.decode("cp1252"), "cp1252"
    except UnicodeDecodeError as exc:
        raise TableFormatError(BAD_ENCODING(line=data[: exc.start].count(b"\n") + 1),
                               data[: exc.start].count(b"\n") + 1) from None


def guess_delimiter(header_line: str) -> str:
    """The separator of a CSV header line: the most frequent of « ; », « , », tab (outside quotes)."""
    outside, quoted = [], False
    for char in header_line:
        if char == '"':
            quoted = not quoted
        elif not quoted:
            outside.append(char)
    text = "".join(outside)
    counts = {d: text.count(d) for d in (";", ",", "\t")}
    best = max(counts.values())
    return next(d for d in (";", ",", "\t") if counts[d] == best) if best else ";"


def read_csv_bytes(data: bytes, file_name: str = "") -> RawTable:
    text, encoding = _decode(data)
    first = next((line for line in text.splitlines() if line.strip()), "")
    delimiter = guess_delimiter(first)
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=delimiter, strict=True)
    headers: tuple[str, ...] | None = None
    rows: list[RawRow] = []
    start = 1
    try:
        for cells in reader:
            line, start = start, reader.line_num + 1
            cells = [c.strip() for c in cells]
            if not any(cells):
                continue
            if headers is None:
                headers = tuple(cells)
                continue
            if len(cells) != len(headers):
                # trailing empty cells beyond the header are harmless (spreadsheet exports)
                if len(cells) > len(headers) and not any(cells[len(headers):]):
                    cells = cells[: len(headers)]
                else:
                    raise TableFormatError(
                        WRONG_CELL_COUNT(line=line, found=len(cells), expected=len(headers)), line)
            rows.append(RawRow(line, tuple(cells)))
            if len(rows) > MAX_ROWS:
                raise TableFormatError(TOO_MANY_ROWS(limit=_number(MAX_ROWS)), line)
    except csv.Error as exc:
        line = reader.line_num or start
        raise TableFormatError(BAD_CSV(line=line, detail=str(exc)), line) from None
    if headers is None:
        raise TableFormatError(NO_HEADER)
    return RawTable(headers, tuple(rows), file_name, "csv", encoding, delimiter)


def _cell(value) -> str:
    if value is None:
        return ""
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    if isinstance(value, (_dt.datetime, _dt.date)):
        return value.isoformat()
    return str(value).strip()


def check_xlsx_size(path: Path) -> None:
    """Refuse a workbook whose parts unpack to more than MAX_FILE_BYTES (a zip bomb), before reading it.

    The sizes are those the zip's directory announces; the reader then stops at MAX_ROWS rows and
    MAX_COLUMNS columns whatever the parts really hold."""
    import zipfile

    try:
        with zipfile.ZipFile(path) as archive:
            unpacked = sum(info.file_size for info in archive.infolist())
    except OSError as exc:
        raise TableFormatError(UNREADABLE(detail=exc.strerror or str(exc))) from exc
    except (zipfile.BadZipFile, ValueError) as exc:
        raise TableFormatError(NOT_XLSX(detail=str(exc) or type(exc).__name__)) from exc
    if unpacked > MAX_FILE_BYTES:
        raise TableFormatError(TOO_BIG(size=_number(unpacked // 1048576), limit=_number(MAX_FILE_BYTES // 1048576)))


READ_CANCELLED = QT_TRANSLATE_NOOP("TableFile", "Reading the file was cancelled: nothing was imported.")


class ReadCancelled(TableFormatError):
    """The user cancelled the reading."""


def read_xlsx(path: str | os.PathLike[str], progress=None, should_cancel=None) -> RawTable:
    """The first worksheet of a workbook: first non-empty row as header."""
    import zipfile

    from openpyxl import load_workbook
    from openpyxl.utils.exceptions import InvalidFileException

    path = Path(path)
    check_xlsx_size(path)
    try:
        workbook = load_workbook(path, read_only=True, data_only=True)
    except OSError as exc:
        raise TableFormatError(UNREADABLE(detail=exc.strerror or str(exc))) from exc
    except (zipfile.BadZipFile, InvalidFileException, KeyError, ValueError) as exc:
        raise TableFormatError(NOT_XLSX(detail=str(exc) or type(exc).__name__)) from exc
    try:
        sheet = workbook.worksheets[0]
        if hasattr(sheet, "reset_dimensions"):
            sheet.reset_dimensions()  # a declared A1:XFD1048576 would pad every row to 16,384 cells
        headers: tuple[str, ...] | None = None
        rows: list[RawRow] = []
        for number, values in enumerate(sheet.iter_rows(values_only=True), start=1):
            if len(values) > MAX_COLUMNS and any(v is not None for v in values[MAX_COLUMNS:]):
                raise TableFormatError(TOO_WIDE(line=number, found=_number(len(values)),
                                                limit=_number(MAX_COLUMNS)), number)
            cells = [_cell(v) for v in values[:MAX_COLUMNS]]
            if not any(cells):
                continue
            if headers is None:
                while cells and not cells[-1]:
                    cells.pop()
                headers = tuple(cells)
                continue
            last = max(i for i, c in enumerate(cells) if c) + 1
            if last > len(headers):
                raise TableFormatError(WRONG_CELL_COUNT(line=number, found=last, expected=len(headers)), number)
            rows.append(RawRow(number, tuple((cells + [""] * len(headers))[: len(headers)])))
            if len(rows) > MAX_ROWS:
                raise TableFormatError(TOO_MANY_ROWS(limit=_number(MAX_ROWS)), number)
            if should_cancel is not None and number % 500 == 0:
                if progress is not None:
                    progress(len(rows), MAX_ROWS)
                if should_cancel():
                    raise ReadCancelled(READ_CANCELLED)
    except (zipfile.BadZipFile, KeyError, ValueError) as exc:
        raise TableFormatError(NOT_XLSX(detail=str(exc) or type(exc).__name__)) from exc
    finally:
        workbook.close()
    if headers is None:
        raise TableFormatError(NO_HEADER)
    return RawTable(headers, tuple(rows), path.name, "xlsx")
