"""Budget export to XLSX and CSV, read back (figures of the example: see test_budget_rules.py)."""

from __future__ import annotations

import ast
import csv
import io
import json
from pathlib import Path

import pytest

from esms_desktop.paths import resource_path
from esms_desktop.reports import budget_export
from esms_desktop.rules.funding.budget import compute_budget

EXAMPLE = resource_path("examples", "exemple-grappe-bfc.json")


@pytest.fixture
def example():
    data = json.loads(EXAMPLE.read_text(encoding="utf-8"))
    return data, compute_budget(data)


def _rows(sheet):
    return [list(row) for row in sheet.iter_rows(values_only=True)]


def _find(rows, first):
    return next(row for row in rows if row and row[0] == first)


def test_xlsx_read_back(example):
    from openpyxl import load_workbook

    data, plan = example
    content = budget_export.xlsx_bytes(data, plan)
    assert content.startswith(b"PK")  # a zip: the XLSX container
    book = load_workbook(io.BytesIO(content))
    assert book.sheetnames == ["Synthèse", "Dépenses", "Par année", "Subvention", "Recettes"]
    summary = _rows(book["Synthèse"])
    assert _find(summary, "Total des dépenses")[1] == 491_300
    assert _find(summary, "Subvention ESMS numérique retenue")[1] == 440_100
    assert _find(summary, "Fonds propres")[1] == 43_200
    assert _find(summary, "Écart (recettes − dépenses)")[1] == 0
    assert _find(summary, "Part de la subvention dans les dépenses")[1] == "89,6 %"  # 440 100 / 491 300
    # MOA: 255 200 of expenses, 212 000 of grant, 43 200 at the porteur's charge
    assert _find(summary, "Maîtrise d'ouvrage et usages")[2:5] == [255_200, 212_000, 43_200]

    expenses = _rows(book["Dépenses"])
    assert _find(expenses, "Total des dépenses")[3] == 491_300
    amoa = _find(expenses, "Assistance à maîtrise d'ouvrage (AMOA)")
    assert amoa[2:5] == [2025, 42_000, "Saisie"]
    cell = next(c for c in book["Dépenses"]["D"] if c.value == 42_000)
    assert cell.number_format == budget_export.EURO_FORMAT  # shows « 42 000 € » in a French Excel

    years = _rows(book["Par année"])
    assert years[3][:4] == ["Catégorie", "2025", "2026", "Total"]
    assert _find(years, "Total")[1:4] == [415_400, 75_900, 491_300]

    grant = _rows(book["Subvention"])
    total = _find(grant, "Total de la subvention")
    assert (total[2], total[4]) == (596_000, 440_100)
    editor = next(row for row in grant if row and str(row[0]).startswith("Part éditeur"))
    assert (editor[2], editor[3], editor[4]) == (224_000, "oui", 172_000)
    assert _find(grant, "Avance")[2] == 220_050 and _find(grant, "Solde")[2] == 220_050

    revenues = _rows(book["Recettes"])
    assert _find(revenues, "Total des recettes")[4] == 491_300
    other = _find(revenues, "Autre financeur")
    assert other[1] == "Conseil départemental de l'Yonne" and other[4] == 8_000 and other[5].startswith("Devis")


def test_csv_read_back(example):
    data, plan = example
    raw = budget_export.csv_bytes(data, plan)
    assert raw.startswith(b"\xef\xbb\xbf")  # UTF-8 BOM: Excel reads the accents
    rows = list(csv.reader(raw.decode("utf-8-sig").splitlines(), delimiter=";"))
    assert ["Dépenses"] in rows and ["Subvention ESMS numérique"] in rows
    assert _find(rows, "Total des dépenses") == ["Total des dépenses", "491300"]  # the summary
    expense_total = [r for r in rows if r and r[0] == "Total des dépenses"][1]  # the table of the expenses
    assert expense_total[3] == "491300"
    assert [r for r in rows if r and r[0] == "Total des recettes"][-1][4] == "491300"
    assert _find(rows, "Total de la subvention")[4] == "440100"
    assert len([r for r in rows if r and r[-1] in ("Besoin", "Besoin (montant saisi)")]) == 27  # the 27 needs


def test_reports_make_bytes_and_never_touch_storage():
    """Layering: reports/ imports neither storage/ nor Qt, and writes no file (the caller does, atomically)."""
    source = Path(budget_export.__file__).read_text(encoding="utf-8")
    imported = set()
    for node in ast.walk(ast.parse(source)):
        if isinstance(node, ast.ImportFrom) and node.module:
            imported.add(node.module)
        elif isinstance(node, ast.Import):
            imported.update(alias.name for alias in node.names)
    assert not [m for m in imported if m.startswith(("esms_desktop.storage", "PySide6", "sqlalchemy"))]
    assert not [name for name in vars(budget_export) if name.startswith("write")]  # bytes out, no file in
