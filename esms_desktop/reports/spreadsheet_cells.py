"""Cells that a spreadsheet never runs: the one way every CSV and XLSX export writes its rows.

A text such as ``=HYPERLINK(…)`` or ``=cmd|' /C calc'!A0`` typed as a dossier or OG name would be a live
formula once exported: openpyxl stores a string starting with ``=`` as a formula, and a spreadsheet
opening a CSV evaluates fields starting with ``=``, ``+``, ``-``, ``@`` (or a tab / carriage return
before them). So:

- XLSX: :func:`append_row` writes every text as a text cell (never a formula), whatever it starts with;
- CSV: :func:`csv_writer` gives a writer that neutralises such fields with a leading apostrophe
  (spreadsheets show the text as typed, without running it); numbers are written as numbers.

``tests/test_spreadsheet_cells.py`` fails when a module writes CSV or XLSX another way. Pure Python.
"""

from __future__ import annotations

import csv
from typing import Any, Iterable

TRIGGERS = ("=", "+", "-", "@", "\t", "\r", "\n")


def csv_field(value: Any) -> Any:
    """A CSV field that no spreadsheet takes for a formula (texts only; numbers pass unchanged)."""
    if isinstance(value, str) and value.lstrip(" ").startswith(TRIGGERS):
        return "'" + value
    return value


class _SafeWriter:
    def __init__(self, writer):
        self._writer = writer

    def writerow(self, row: Iterable[Any]):
        return self._writer.writerow([csv_field(value) for value in row])

    def writerows(self, rows: Iterable[Iterable[Any]]) -> None:
        for row in rows:
            self.writerow(row)


def csv_writer(stream, **options) -> _SafeWriter:
    """``csv.writer(stream, **options)`` whose rows are neutralised by :func:`csv_field`."""
    return _SafeWriter(csv.writer(stream, **options))


def set_text_or_value(cell, value: Any) -> None:
    """Put ``value`` in an openpyxl cell; a text is always stored as text, never as a formula."""
    cell.value = value
    if isinstance(value, str):
        cell.data_type = "s"


def append_row(sheet, row: Iterable[Any]) -> None:
    """``sheet.append(row)`` with every text stored as text (see :func:`set_text_or_value`)."""
    values = list(row)
    sheet.append(values)
    line = sheet._current_row  # the row append() just wrote (max_row ignores empty rows)
    for column, value in enumerate(values, start=1):
        if isinstance(value, str):
            sheet.cell(line, column).data_type = "s"
