"""Reading the national FINESS establishments extract (data.gouv.fr, "etalab" CSV). No Qt.

The file (see /work/shared/finess/README.md): first line ``finess;etalab;<sequence>;<YYYY-MM-DD>``,
then ``structureet`` lines of 32 semicolon-separated fields and ``geolocalisation`` lines of 6,
RFC 4180 quoting, UTF-8 (older files: Windows-1252).

Callers go through the :class:`ReferenceSource` protocol (``open_reference_source(path)``), so a
second format — the ANS "FINESS - Structures" JSON flow — can be added here without touching them.
"""

from __future__ import annotations

import codecs
import csv
import datetime as _dt
import gzip
import io
import os
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Protocol, runtime_checkable

from esms_desktop.formatting import number as _n
from esms_desktop.rules.identity.finess import check_finess, department_of, is_valid_normalised
from esms_desktop.storage.errors import StorageError
from esms_desktop.text import QT_TRANSLATE_NOOP, Message

BAD_HEADER = QT_TRANSLATE_NOOP(
    "Finess",
    "This is not a FINESS extract: the first line should read finess;etalab;<number>;<date>, "
    "it reads {found}.",
)
WRONG_FIELD_COUNT = QT_TRANSLATE_NOOP(
    "Finess", "A {kind} line should have {expected} fields separated by ';', this one has {found}."
)
BAD_NUMBER = QT_TRANSLATE_NOOP(
    "Finess", "Field {field} ({name}) holds {number}, which is not a valid FINESS number."
)
DUPLICATE_NUMBER = QT_TRANSLATE_NOOP(
    "Finess", "The establishment {number} is listed twice (first on line {first})."
)
BAD_DATE = QT_TRANSLATE_NOOP(
    "Finess", "Field {field} ({name}) holds {value}, which is not a date written YYYY-MM-DD."
)
BAD_QUOTING = QT_TRANSLATE_NOOP("Finess", "The line is not valid CSV: {detail}.")
BAD_ENCODING = QT_TRANSLATE_NOOP(
    "Finess", "The line holds bytes that are neither UTF-8 nor Windows-1252 text."
)
NO_ESTABLISHMENT = QT_TRANSLATE_NOOP("Finess", "The file holds no establishment (structureet) line.")
UNSUPPORTED_FORMAT = QT_TRANSLATE_NOOP(
    "Finess", "This file format is not supported yet; use the data.gouv.fr CSV extract."
)
UNREADABLE_FILE = QT_TRANSLATE_NOOP("Finess", "The file cannot be read: {detail}.")

ETALAB_CSV = "etalab-csv"
STRUCTURE_FIELDS = 32
GEOLOCATION_FIELDS = 6

# Field indexes (0-based) of a structureet line.
F_ET, F_EJ, F_RS, F_RSLONGUE, F_COMPLRS, F_COMPLDISTRIB = 1, 2, 3, 4, 5, 6
F_NUMVOIE, F_TYPVOIE, F_VOIE, F_COMPVOIE, F_LIEUDITBP = 7, 8, 9, 10, 11
F_DEPARTEMENT, F_ACHEMINEMENT, F_TELEPHONE = 13, 15, 16
F_CATEGETAB, F_LIBCATEGETAB, F_SIRET = 18, 19, 22
F_DATEOUV, F_DATEAUTOR, F_DATEMAJ = 28, 29, 30

# FINESS street-type codes (typvoie) spelled out; codes not listed are kept as written.
STREET_TYPES: dict[str, str] = {
    "R": "RUE", "AV": "AVENUE", "BD": "BOULEVARD", "RTE": "ROUTE", "CHE": "CHEMIN",
    "PL": "PLACE", "ALL": "ALLEE", "QUA": "QUAI", "IMP": "IMPASSE", "LD": "LIEU-DIT",
    "HAM": "HAMEAU", "GR": "GRANDE RUE", "CRS": "COURS", "SQ": "SQUARE", "PAS": "PASSAGE",
    "FG": "FAUBOURG", "CHS": "CHAUSSEE", "MTE": "MONTEE", "ESP": "ESPLANADE", "PRO": "PROMENADE",
    "SEN": "SENTIER", "RES": "RESIDENCE", "LOT": "LOTISSEMENT", "QUAR": "QUARTIER",
}
# compvoie (indice de répétition).
REPETITIONS: dict[str, str] = {"B": "BIS", "T": "TER", "Q": "QUATER", "C": "QUINQUIES"}


class FinessFormatError(StorageError):
    """The extract is malformed at ``line_number`` (1-based); ``message`` says what is wrong.

    ``detail`` may hold a finer reason (e.g. the FINESS check result of a bad number).
    Show both to the user: "line {line_number}: {message}".
    """

    def __init__(self, line_number: int, message: Message, detail: Message | None = None):
        super().__init__(message)
        self.args = (f"line {line_number}: {message}",)
        self.line_number = line_number
        self.detail = detail


@dataclass(slots=True)
class FinessRecord:
    """One establishment (FINESS ET) as the reference keeps it.

    Not frozen on purpose: a frozen dataclass costs about 1 µs more per record, a tenth of a
    second on a national import. Treat records as values.
    """

    finess_et: str
    finess_ej: str
    name: str
    long_name: str
    address: str
    postcode: str
    town: str
    department: str
    phone: str
    category_code: str
    category_label: str
    siret: str
    opened: _dt.date | None

    @property
    def display_name(self) -> str:
        """The long name when the extract has one, else the (38-character) short name."""
        return self.long_name or self.name


@dataclass(frozen=True)
class ExtractHeader:
    """What the first line of an extract says."""

    format: str
    sequence: str
    extract_date: _dt.date | None
    encoding: str


@runtime_checkable
class ReferenceSource(Protocol):
    """A file of FINESS establishments, read once from start to end.

    ``header`` is read (and checked) on opening; iterate ``records()`` to get the establishments;
    ``position`` / ``total`` tell how far the reading is (in bytes for file sources).
    Malformed input raises :class:`FinessFormatError`.
    """

    path: Path
    header: ExtractHeader

    @property
    def total(self) -> int: ...

    @property
    def position(self) -> int: ...

    @property
    def ignored_lines(self) -> int: ...

    def records(self) -> Iterator[FinessRecord]: ...


GZIP_MAGIC = b"\x1f\x8b"


def is_gzip(path: Path) -> bool:
    """True when the file starts with the gzip signature (the shipped national extract is gzipped)."""
    with open(path, "rb") as fh:
        return fh.read(2) == GZIP_MAGIC


def open_bytes(path: Path):
    """The file's bytes, unpacked on the fly when it is gzipped."""
    return gzip.open(path, "rb") if is_gzip(path) else open(path, "rb")


def unpacked_size(path: Path) -> int:
    """Bytes once unpacked (a gzip file's last four bytes hold that size modulo 4 GiB)."""
    if not is_gzip(path):
        return path.stat().st_size
    with open(path, "rb") as fh:
        fh.seek(-4, os.SEEK_END)
        return int.from_bytes(fh.read(4), "little")


def open_reference_source(path: str | os.PathLike[str]) -> ReferenceSource:
    """Open a FINESS file (plain or gzipped), choosing its reader from its first bytes."""
    path = Path(path)
    try:
        with open_bytes(path) as fh:
            start = fh.read(64).lstrip(codecs.BOM_UTF8).lstrip()
    except OSError as exc:
        raise FinessFormatError(1, UNREADABLE_FILE(detail=exc.strerror or str(exc))) from exc
    if start[:1] in (b"{", b"["):
        # ANS "FINESS - Structures" JSON flow: to be added as another ReferenceSource.
        raise FinessFormatError(1, UNSUPPORTED_FORMAT)
    return EtalabCsvSource(path)


def detect_encoding(path: Path, chunk_size: int = 1 << 20) -> str:
    """"utf-8" (or "utf-8-sig" with a BOM) when the whole file is UTF-8, else "cp1252".

    Raises FinessFormatError, with the line, when the file is not Windows-1252 text either.
    """
    with open_bytes(path) as fh:
        bom = fh.read(3) == codecs.BOM_UTF8
        fh.seek(0)
        decoder = codecs.getincrementaldecoder("utf-8")()
        try:
            while chunk := fh.read(chunk_size):
                decoder.decode(chunk)
            decoder.decode(b"", final=True)
            return "utf-8-sig" if bom else "utf-8"
        except UnicodeDecodeError:
            pass
        fh.seek(0)
        for number, raw in enumerate(fh, start=1):
            try:
                raw.decode("cp1252")
            except UnicodeDecodeError:
                raise FinessFormatError(number, BAD_ENCODING) from None
    return "cp1252"


def _split_acheminement(text: str) -> tuple[str, str]:
    """``"01440 VIRIAT"`` → ``("01440", "VIRIAT")``."""
    if len(text) > 5 and text[5] == " " and text[:5].isdigit():
        return text[:5], text[6:].strip()
    return "", text.strip()


def build_address(row: list[str]) -> str:
    """One address line: compldistrib, then number, repetition, street type and name, then lieuditbp."""
    compvoie, typvoie = row[F_COMPVOIE], row[F_TYPVOIE]
    street = " ".join(
        filter(
            None,
            (
                row[F_NUMVOIE],
                REPETITIONS.get(compvoie, compvoie),
                STREET_TYPES.get(typvoie, typvoie),
                row[F_VOIE],
            ),
        )
    )
    if row[F_COMPLDISTRIB] or row[F_LIEUDITBP]:
        return ", ".join(filter(None, (row[F_COMPLDISTRIB], street, row[F_LIEUDITBP])))
    return street


def _parse_date(value: str, line: int, index: int, name: str) -> _dt.date:
    try:
        if len(value) != 10 or value[4] != "-" or value[7] != "-":
            raise ValueError(value)
        return _dt.date.fromisoformat(value)
    except ValueError:
        raise FinessFormatError(line, BAD_DATE(field=_n(index + 1), name=name, value=value)) from None


def _parse_header(row: list[str], encoding: str) -> ExtractHeader:
    found = ";".join(row)[:80]
    fields, extra = row[:4], row[4:]
    # The sequence number (field 3) may be empty: the national 2021 extract shipped with the application.
    if (len(fields) != 4 or fields[:2] != ["finess", "etalab"] or any(extra)
            or not (fields[2].isdigit() or fields[2] == "")):
        raise FinessFormatError(1, BAD_HEADER(found=found))
    try:
        when = _parse_date(fields[3], 1, 3, "date")
    except FinessFormatError:
        raise FinessFormatError(1, BAD_HEADER(found=found)) from None
    return ExtractHeader(ETALAB_CSV, fields[2], when, encoding)


class EtalabCsvSource:
    """The data.gouv.fr CSV extract (``etalab-cs1100507-stock-*.csv`` and siblings).

    ``geolocalisation`` lines are checked (field count) and counted, not kept.
    """

    def __init__(self, path: str | os.PathLike[str], encoding: str | None = None):
        self.path = Path(path)
        try:
            self._total = unpacked_size(self.path)
            self.encoding = encoding or detect_encoding(self.path)
            with self._open_text() as fh:
                first = fh.readline()
        except UnicodeDecodeError:
            raise FinessFormatError(1, BAD_ENCODING) from None
        except OSError as exc:
            raise FinessFormatError(1, UNREADABLE_FILE(detail=exc.strerror or str(exc))) from exc
        self._buffer = None
        self._done = False
        self._ignored = 0
        self.geolocations = 0
        self.header = _parse_header(next(csv.reader([first], delimiter=";"), []), self.encoding)

    def _open_text(self) -> io.TextIOWrapper:
        return io.TextIOWrapper(open_bytes(self.path), encoding=self.encoding, newline="")

    @property
    def total(self) -> int:
        return self._total

    @property
    def position(self) -> int:
        """Bytes read so far (ahead of the parsed lines by at most the read buffer)."""
        if self._done:
            return self._total
        buffer = self._buffer
        if buffer is None or buffer.closed:
            return 0
        return min(buffer.tell(), self._total)

    @property
    def ignored_lines(self) -> int:
        """Lines of another record type than structureet / geolocalisation (skipped)."""
        return self._ignored

    def records(self) -> Iterator[FinessRecord]:
        """The establishments in file order; raises FinessFormatError on the first bad line."""
        self._done = False
        self._ignored = 0
        self.geolocations = 0
        seen: dict[str, int] = {}
        good_ej: set[str] = {""}
        valid = is_valid_normalised
        address = build_address
        acheminement = _split_acheminement
        parse_date = _parse_date
        record = FinessRecord
        with self._open_text() as text:
            self._buffer = text.buffer
            text.readline()  # the header, checked in __init__
            # reader.line_num counts the lines after the header: file line = line_num + 1.
            reader = csv.reader(text, delimiter=";", quotechar='"', strict=True)
            try:
                for row in reader:
                    if not row:
                        continue
                    if row[0] == "structureet":
                        if len(row) != STRUCTURE_FIELDS:
                            raise FinessFormatError(
                                reader.line_num + 1,
                                WRONG_FIELD_COUNT(
                                    kind="structureet", expected=_n(STRUCTURE_FIELDS), found=_n(len(row))
                                ),
                            )
                        et = row[F_ET]
                        if not valid(et) or et in seen:
                            raise self._number_error(reader.line_num + 1, row, seen)
                        seen[et] = line = reader.line_num + 1
                        ej = row[F_EJ]
                        if ej not in good_ej:
                            if not valid(ej):
                                raise FinessFormatError(
                                    line,
                                    BAD_NUMBER(field=_n(F_EJ + 1), name="nofinessej", number=ej),
                                    check_finess(ej).reason,
                                )
                            good_ej.add(ej)
                        value = row[F_DATEOUV]
                        opened = parse_date(value, line, F_DATEOUV, "dateouv") if value else None
                        # Dates not kept: their shape only is checked (a shifted column shows).
                        value = row[F_DATEAUTOR]
                        if value and (len(value) != 10 or value[4] != "-" or value[7] != "-"):
                            parse_date(value, line, F_DATEAUTOR, "dateautor")
                        value = row[F_DATEMAJ]
                        if value and (len(value) != 10 or value[4] != "-" or value[7] != "-"):
                            parse_date(value, line, F_DATEMAJ, "datemaj")
                        postcode, town = acheminement(row[F_ACHEMINEMENT])
                        yield record(
                            et,
                            ej,
                            row[F_RS],
                            row[F_RSLONGUE],
                            address(row),
                            postcode,
                            town,
                            row[F_DEPARTEMENT] or department_of(et) or "",
                            row[F_TELEPHONE],
                            row[F_CATEGETAB],
                            row[F_LIBCATEGETAB],
                            row[F_SIRET],
                            opened,
                        )
                    elif row[0] == "geolocalisation":
                        if len(row) != GEOLOCATION_FIELDS:
                            raise FinessFormatError(
                                reader.line_num + 1,
                                WRONG_FIELD_COUNT(
                                    kind="geolocalisation",
                                    expected=_n(GEOLOCATION_FIELDS),
                                    found=_n(len(row)),
                                ),
                            )
                        self.geolocations += 1
                    else:
                        self._ignored += 1
            except csv.Error as exc:
                raise FinessFormatError(reader.line_num + 1, BAD_QUOTING(detail=str(exc))) from None
            except UnicodeDecodeError:  # the file changed since its encoding was detected
                raise FinessFormatError(reader.line_num + 2, BAD_ENCODING) from None
        self._done = True
        if not seen:
            raise FinessFormatError(1, NO_ESTABLISHMENT)

    @staticmethod
    def _number_error(line: int, row: list[str], seen: dict[str, int]) -> FinessFormatError:
        et = row[F_ET]
        if et in seen:
            return FinessFormatError(line, DUPLICATE_NUMBER(number=et, first=_n(seen[et])))
        return FinessFormatError(
            line, BAD_NUMBER(field=_n(F_ET + 1), name="nofinesset", number=et), check_finess(et).reason
        )
