"""The usage measures as an XLSX workbook for the ARS: the counts per ESSMS and month, and the rates.

Every text goes through :func:`put`, which stores it as text: a name or a label beginning with « = »,
« + », « - » or « @ » is never read as a formula by the spreadsheet. No Qt, no database.
"""

from __future__ import annotations

import io
from collections.abc import Mapping
from typing import Any

from esms_desktop.rules.campaign import Campaign
from esms_desktop.reports.spreadsheet_cells import set_text_or_value
from esms_desktop.rules.followup.followup_input import report


def put(sheet, row: int, column: int, value: Any):
    """Write one cell; a string is always stored as a string (never a formula), numbers as numbers."""
    cell = sheet.cell(row=row, column=column)
    set_text_or_value(cell, value)  # the one helper of every export (reports/spreadsheet_cells.py)
    return cell


def measures_xlsx(data: Mapping[str, Any], campaign: Campaign) -> bytes:
    from openpyxl import Workbook
    from openpyxl.styles import Font, PatternFill

    bold, fill = Font(bold=True), PatternFill("solid", fgColor="DDE7F0")
    rep = report(data, campaign)
    names = {e.finess_et: e.name for e in rep.essms}
    workbook = Workbook()
    counts = workbook.active
    counts.title = "Mesures"
    headers = ["FINESS ET", "ESSMS", "Mois", "Début de période", "Fin de période", "Mois couverts"]
    headers += [c.label for c in campaign.usage_counts]
    for col, text in enumerate(headers, start=1):
        put(counts, 1, col, text).font = bold
        counts.cell(1, col).fill = fill
    measures = {(m["finess_et"], m["month"]): m["counts"] for m in data["dossier"].get("usage_measures", [])}
    row = 2
    for e in rep.essms:
        for m in e.months:
            values = measures.get((e.finess_et, m.month.strftime("%Y-%m")), {})
            line = [e.finess_et, names[e.finess_et], m.month.strftime("%m/%Y"), m.period.start, m.period.end,
                    m.period.months] + [values.get(c.key) for c in campaign.usage_counts]
            for col, value in enumerate(line, start=1):
                cell = put(counts, row, col, value)
                if col in (4, 5):
                    cell.number_format = "DD/MM/YYYY"
            row += 1
    rates = workbook.create_sheet("Taux")
    headers = ["FINESS ET", "ESSMS", "Mois"] + [t.label for t in campaign.usage_targets] + ["Toutes les cibles atteintes"]
    for col, text in enumerate(headers, start=1):
        put(rates, 1, col, text).font = bold
        rates.cell(1, col).fill = fill
    put(rates, 2, 1, "Cible")
    for col, t in enumerate(campaign.usage_targets, start=4):
        put(rates, 2, col, "pas de cible" if t.target_percent is None else t.target_percent / 100).number_format = "0 %"
    row = 3
    rows = [(e.finess_et, e.name, m) for e in rep.essms for m in e.months]
    rows += [("", "Grappe", m) for m in rep.grappe]
    for finess, name, m in rows:
        put(rates, row, 1, finess)
        put(rates, row, 2, name)
        put(rates, row, 3, m.month.strftime("%m/%Y"))
        for col, rate in enumerate(m.rates, start=4):
            if rate.denominator is None:
                put(rates, row, col, rate.numerator)
            elif rate.percent is None:
                put(rates, row, col, "pas de taux (dénominateur nul ou absent)")
            else:
                put(rates, row, col, round(rate.percent / 100, 4)).number_format = "0.0 %"
        put(rates, row, 4 + len(m.rates), "oui" if m.all_met else "non")
        row += 1
    for sheet in workbook.worksheets:
        for column in sheet.columns:
            width = max(len(str(c.value)) if c.value is not None else 0 for c in column)
            sheet.column_dimensions[column[0].column_letter].width = min(max(10, width + 2), 45)
        sheet.freeze_panes = "C2"
    buffer = io.BytesIO()
    workbook.save(buffer)
    return buffer.getvalue()
