"""No export writes a live formula: names such as ``=HYPERLINK(…)`` or ``=cmd|' /C calc'!A0`` are text cells
in XLSX and neutralised fields in CSV, and every module writes spreadsheets through the one helper."""

from __future__ import annotations

import csv
import io
import json
import re
import zipfile
from pathlib import Path

import pytest

from esms_desktop.paths import resource_path
from esms_desktop.reports import budget_export
from esms_desktop.reports.spreadsheet_cells import csv_field
from esms_desktop.rules.funding.budget import compute_budget

PACKAGE = Path(__file__).resolve().parent.parent / "esms_desktop"
HOSTILE_DOSSIER = '=HYPERLINK("http://evil.example/","clic")'
HOSTILE_OG = "=cmd|' /C calc'!A0"
HOSTILE_LINES = ["+1+1", "-2+3", "@SUM(A1:A2)", "\t=1+1"]


@pytest.fixture
def hostile():
    data = json.loads(resource_path("examples", "exemple-grappe-bfc.json").read_text(encoding="utf-8"))
    data["dossier"]["name"] = HOSTILE_DOSSIER
    data["dossier"]["ogs"][0]["name"] = HOSTILE_OG
    for line, label in zip(data["dossier"]["budget"]["expenses"], HOSTILE_LINES):
        line["label"] = label
    return data, compute_budget(data)


def test_xlsx_holds_no_formula_and_shows_the_text_as_typed(hostile):
    from openpyxl import load_workbook

    content = budget_export.xlsx_bytes(*hostile)
    with zipfile.ZipFile(io.BytesIO(content)) as archive:
        sheets = [archive.read(n).decode() for n in archive.namelist() if n.startswith("xl/worksheets/")]
    assert sheets and not any("<f>" in sheet or "<f " in sheet for sheet in sheets)  # no formula element
    book = load_workbook(io.BytesIO(content))
    texts = {cell.value for sheet in book.worksheets for row in sheet.iter_rows() for cell in row
             if isinstance(cell.value, str)}
    assert f"Budget prévisionnel — {HOSTILE_DOSSIER}" in texts
    assert set(HOSTILE_LINES) <= texts
    cells = [cell for sheet in book.worksheets for row in sheet.iter_rows() for cell in row]
    assert all(cell.data_type != "f" for cell in cells)


def test_csv_fields_starting_like_a_formula_are_neutralised(hostile):
    text = budget_export.csv_text(*hostile)
    fields = [field for row in csv.reader(io.StringIO(text), delimiter=";") for field in row]
    assert fields
    assert not [f for f in fields if f.lstrip(" ").startswith(("=", "+", "-", "@", "\t", "\r"))]
    assert "'" + HOSTILE_LINES[0] in fields and "'" + HOSTILE_LINES[3] in fields
    assert "491300" in fields  # numbers stay numbers (total of the expenses)


@pytest.mark.parametrize("value, expected", [
    ("=1+1", "'=1+1"), ("+33 6", "'+33 6"), ("-x", "'-x"), ("@A1", "'@A1"), ("  =A1", "'  =A1"),
    ("\r=A1", "'\r=A1"), ("a=b", "a=b"), ("—", "—"), ("", ""), (-12, -12), (3.5, 3.5), (None, None),
])
def test_csv_field(value, expected):
    assert csv_field(value) == expected


def test_every_spreadsheet_is_written_through_the_helper():
    """A present or future export that calls csv.writer or builds a Workbook elsewhere fails here."""
    offenders = []
    for path in PACKAGE.rglob("*.py"):
        if path.name == "spreadsheet_cells.py":
            continue
        text = path.read_text(encoding="utf-8")
        if re.search(r"\bcsv\.(writer|DictWriter)\b", text) or re.search(r"\.append\(\s*section\.", text):
            offenders.append(str(path.relative_to(PACKAGE)))
        if re.search(r"\bWorkbook\(\)", text) and "append_row" not in text and "set_text_or_value" not in text:
            offenders.append(str(path.relative_to(PACKAGE)))
        if re.search(r"\bsheet\.append\(\s*(?!\[\]\))", text):
            offenders.append(str(path.relative_to(PACKAGE)))
    assert offenders == []
