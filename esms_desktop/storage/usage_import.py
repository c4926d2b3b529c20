"""Importing usage measures (CSV or XLSX, the counts a DUI exports): mapping preview, checks, all-or-nothing.

One row = one ESSMS (FINESS ET) and one month (``2025-03``, ``03/2025``, or a date in that month) with the
counts of the campaign's ``usage_counts`` in columns. ``preview(db, dossier_id, table)`` proposes the
column mapping and checks every row without writing; ``apply_import`` writes every row in ONE transaction,
or nothing at all when one row is wrong. A refusal names the line and the column.
"""

from __future__ import annotations

import datetime as dt
import re
import unicodedata
from collections.abc import Sequence
from dataclasses import dataclass

from esms_desktop.rules.campaign import Campaign
from esms_desktop.rules.followup.usage_checks import check_counts
from esms_desktop.storage.database import Database
from esms_desktop.storage.dossiers import touch
from esms_desktop.storage.errors import StorageError
from esms_desktop.storage.table_files import RawRow, RawTable, TableFormatError, read_table  # noqa: F401
from esms_desktop.storage.usage_measures import campaign_of_dossier, essms_rows, grappe_essms, write_measures
from esms_desktop.text import QT_TRANSLATE_NOOP, Message

AT = QT_TRANSLATE_NOOP("UsageImport", "Line {line}, column « {column} »: {reason}")
REFUSED = QT_TRANSLATE_NOOP(
    "UsageImport", "Nothing was imported: line {line}, column « {column} »: {reason} Fix the file and import it again.")
NO_COLUMN = QT_TRANSLATE_NOOP(
    "UsageImport", "Nothing was imported: no column holds the {what}. Name a column « FINESS ET » and one « Mois ».")
NO_COUNT_COLUMN = QT_TRANSLATE_NOOP("UsageImport", "Nothing was imported: no column holds a usage count.")
NO_ROWS = QT_TRANSLATE_NOOP("UsageImport", "Nothing was imported: the file holds no measure.")
UNKNOWN_FINESS = QT_TRANSLATE_NOOP(
    "UsageImport", "FINESS ET {finess} is not an ESSMS of this grappe (add it in « La grappe » or correct the number).")
NO_FINESS = QT_TRANSLATE_NOOP("UsageImport", "no FINESS ET.")
BAD_MONTH = QT_TRANSLATE_NOOP(
    "UsageImport", "« {value} » is not a month (write 2025-03 or 03/2025).")
MONTH_TWICE = QT_TRANSLATE_NOOP(
    "UsageImport", "FINESS ET {finess} already has a measure for {month} on line {other}: one row per ESSMS and month.")
BAD_COUNT = QT_TRANSLATE_NOOP("UsageImport", "« {value} » is not a count (a whole number is expected).")

FINESS, MONTH = "finess_et", "month"


@dataclass(frozen=True)
class Problem:
    line: int
    column: str
    reason: Message

    def message(self) -> Message:
        return AT(line=self.line, column=self.column, reason=self.reason)


@dataclass(frozen=True)
class ParsedRow:
    line: int
    finess_et: str
    month: dt.date
    counts: dict[str, int]


@dataclass(frozen=True)
class Preview:
    headers: tuple[str, ...]
    mapping: dict[str, int | None]  # field (finess_et, month or a count key) → column index
    rows: tuple[ParsedRow, ...]
    problems: tuple[Problem, ...]
    replaced: int  # rows that replace a measure already stored

    @property
    def ok(self) -> bool:
        return not self.problems and bool(self.rows)


class UsageImportError(StorageError):
    """The import was refused; nothing was written. ``problems`` lists every faulty cell."""

    def __init__(self, message: Message, problems: Sequence[Problem] = ()):
        super().__init__(message)
        self.problems = tuple(problems)


def _fold(text: str) -> str:
    text = unicodedata.normalize("NFKD", text or "").encode("ascii", "ignore").decode().lower()
    return re.sub(r"[^a-z0-9]+", " ", text).strip()


def guess_mapping(headers: Sequence[str], campaign: Campaign) -> dict[str, int | None]:
    """Field → column, by the header: the count's key or French label, « FINESS », « mois »/« période »."""
    names: dict[str, set[str]] = {FINESS: {"finess", "finess et", "finess geographique", "n finess"},
                                  MONTH: {"mois", "month", "periode", "mois de mesure", "fin de periode"}}
    for count in campaign.usage_counts:
        names[count.key] = {_fold(count.key), _fold(count.label)}
    mapping: dict[str, int | None] = {key: None for key in names}
    for index, header in enumerate(headers):
        folded = _fold(header)
        for key, options in names.items():
            if mapping[key] is None and folded in options:
                mapping[key] = index
                break
    return mapping


def parse_month(text: str) -> dt.date | None:
    text = text.strip()
    for pattern, order in ((r"(\d{4})-(\d{1,2})(?:-\d{1,2}(?:T.*)?)?", "ym"), (r"(\d{1,2})/(\d{4})", "my"),
                           (r"\d{1,2}/(\d{1,2})/(\d{4})", "my")):
        found = re.fullmatch(pattern, text)
        if found:
            a, b = found.groups()
            year, month = (int(a), int(b)) if order == "ym" else (int(b), int(a))
            if 1 <= month <= 12 and 2000 <= year <= 2100:
                return dt.date(year, month, 1)
            return None
    return None


def parse_count(text: str) -> int | None | str:
    """An int, None for an empty cell, or the string ``"bad"``."""
    cleaned = text.replace("\u202f", "").replace("\u00a0", "").replace(" ", "")
    if not cleaned:
        return None
    if re.fullmatch(r"-?\d+", cleaned):
        return int(cleaned)
    return "bad"


def check_rows(table: RawTable, mapping: dict[str, int | None], campaign: Campaign,
               known_finess: set[str]) -> tuple[list[ParsedRow], list[Problem]]:
    headers = table.headers
    labels = {c.key: c.label for c in campaign.usage_counts}
    count_columns = {k: i for k, i in mapping.items() if k not in (FINESS, MONTH) and i is not None}

    def header(index: int | None, fallback: str) -> str:
        return headers[index] if index is not None and index < len(headers) else fallback

    rows: list[ParsedRow] = []
    problems: list[Problem] = []
    seen: dict[tuple[str, dt.date], int] = {}
    for raw in table.rows:
        cells = raw.cells
        cell = lambda i: cells[i].strip() if i is not None and i < len(cells) else ""  # noqa: E731
        row_problems: list[Problem] = []
        finess = cell(mapping[FINESS]).upper()
        finess_col = header(mapping[FINESS], "FINESS ET")
        if not finess:
            row_problems.append(Problem(raw.line, finess_col, NO_FINESS))
        elif finess not in known_finess:
            row_problems.append(Problem(raw.line, finess_col, UNKNOWN_FINESS(finess=finess)))
        month_text = cell(mapping[MONTH])
        month = parse_month(month_text)
        if month is None:
            row_problems.append(Problem(raw.line, header(mapping[MONTH], "Mois"), BAD_MONTH(value=month_text)))
        elif finess:
            other = seen.get((finess, month))
            if other is not None:
                row_problems.append(Problem(raw.line, header(mapping[MONTH], "Mois"), MONTH_TWICE(
                    finess=finess, month=month.strftime("%m/%Y"), other=other)))
            else:
                seen[(finess, month)] = raw.line
        counts: dict[str, int] = {}
        for key, index in count_columns.items():
            value = parse_count(cell(index))
            if value == "bad":
                row_problems.append(Problem(raw.line, header(index, labels.get(key, key)), BAD_COUNT(value=cell(index))))
            elif value is not None:
                counts[key] = value
        for key, reason in check_counts(counts, campaign):
            row_problems.append(Problem(raw.line, header(count_columns.get(key), labels.get(key, key)), reason))
        if row_problems:
            problems += row_problems
        else:
            rows.append(ParsedRow(raw.line, finess, month, counts))
    return rows, problems


def preview(db: Database, dossier_id: int, table: RawTable, mapping: dict[str, int | None] | None = None) -> Preview:
    """The proposed mapping and every row checked; nothing written."""
    from esms_desktop.storage.usage_measures import list_measures

    campaign = campaign_of_dossier(db, dossier_id)
    known = {e.finess_et for e in grappe_essms(db, dossier_id)}
    stored = {(m.finess_et, m.month) for m in list_measures(db, dossier_id)}
    return preview_of(table, mapping, campaign, known, stored)


def preview_of(table: RawTable, mapping: dict[str, int | None] | None, campaign: Campaign, known: set[str],
               stored: set[tuple[str, dt.date]]) -> Preview:
    """``preview`` from what was read already: the grappe's FINESS ET and the (FINESS ET, month) stored."""
    mapping = dict(mapping) if mapping is not None else guess_mapping(table.headers, campaign)
    rows, problems = check_rows(table, mapping, campaign, known)
    for field, what in ((FINESS, "FINESS ET"), (MONTH, "mois")):
        if mapping.get(field) is None:
            problems.insert(0, Problem(0, what, NO_COLUMN(what=what)))
    replaced = sum((r.finess_et, r.month) in stored for r in rows)
    return Preview(table.headers, mapping, tuple(rows), tuple(problems), replaced)


def apply_import(db: Database, dossier_id: int, table: RawTable, mapping: dict[str, int | None] | None = None) -> int:
    """Write every row in one transaction (a measure already stored for that ESSMS and month is replaced).

    Raises UsageImportError, writing nothing, when a column is missing or one row is wrong.
    """
    result = preview(db, dossier_id, table, mapping)
    if result.problems:
        first = result.problems[0]
        if first.line == 0:
            raise UsageImportError(first.reason, result.problems)
        raise UsageImportError(REFUSED(line=first.line, column=first.column, reason=first.reason), result.problems)
    if not any(k not in (FINESS, MONTH) and v is not None for k, v in result.mapping.items()):
        raise UsageImportError(NO_COUNT_COLUMN)
    if not result.rows:
        raise UsageImportError(NO_ROWS)
    with db.session() as session:
        ids = {e.finess_et: e.id for e in essms_rows(session, dossier_id)}
        count = write_measures(session, dossier_id, [(ids[r.finess_et], r.month, r.counts) for r in result.rows])
        touch(session, dossier_id)
        return count


def import_file(db: Database, dossier_id: int, path) -> int:
    """Read a CSV or XLSX file and import it (TableFormatError for a malformed file, nothing written)."""
    return apply_import(db, dossier_id, read_table(path))
