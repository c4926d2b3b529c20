"""The budget prévisionnel and the grant breakdown as a spreadsheet (XLSX) or a CSV file. No Qt, no DB.

    plan = compute_budget(dossier)
    xlsx_bytes(dossier, plan)     # formatted workbook, French number formats
    csv_bytes(dossier, plan)      # « ; » separated, UTF-8 with BOM (Excel opens it as is)

``dossier``: the typed dossier (``rules.dossier.Dossier``; a dossier file dict is read by ``Dossier.from_file``).

Both are French documents (like the PDF pack). This module only makes the bytes: the caller writes them
(``storage.atomic.write_bytes_atomic``: whole or not at all). The same :func:`sections` feed both, so the
two files always carry the same figures.
"""

from __future__ import annotations

import io
from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any

from esms_desktop.reports import labels as L
from esms_desktop.reports.french import french
from esms_desktop.reports.spreadsheet_cells import append_row, csv_writer
from esms_desktop.rules.dossier import Dossier, as_dossier
from esms_desktop.rules.funding.budget import EXPENSE_CATEGORIES, BudgetPlan

EURO_FORMAT = '#,##0\\ "€"'
PART_LABELS = {"moa": "Maîtrise d'ouvrage et usages", "editor": "Part éditeur", "equipment": "Équipement (petits OG)"}
PART_EXPENSES = {"moa": "AMOA, chef de projet, formation, conduite du changement, communication",
                 "editor": "Éditeur, reprise des données", "equipment": "Matériel et infrastructure"}


@dataclass
class Section:
    """One table: a title, column headers, rows; ``money`` lists the columns holding euros."""

    title: str
    headers: list[str]
    rows: list[list[Any]] = field(default_factory=list)
    money: tuple[int, ...] = ()
    total: list[Any] | None = None
    sheet: str = ""


def _origin(e) -> str:
    if e.need is None:
        return "Saisie"
    return "Besoin" if e.follows_need else "Besoin (montant saisi)"


def _year(value: int | None) -> Any:
    return value if value is not None else "Sans année"


def sections(data: Dossier | Mapping[str, Any], plan: BudgetPlan) -> list[Section]:
    """The tables of the export, in order."""
    d = as_dossier(data)
    years = list(plan.years)
    out = [_summary(d, plan)]
    expenses = Section("Dépenses", ["Catégorie", "Libellé", "Année", "Montant", "Origine"], money=(3,),
                       sheet="Dépenses")
    order = {c: i for i, c in enumerate(EXPENSE_CATEGORIES)}  # as the Budget step lists them
    for e in sorted(plan.expenses, key=lambda e: (order.get(e.category, 99), e.year or 9999, e.index)):
        expenses.rows.append([L.label(L.EXPENSE_CATEGORIES, e.category), e.label, _year(e.year), e.amount,
                              _origin(e)])
    expenses.total = ["Total des dépenses", "", "", plan.expense_total, ""]
    out.append(expenses)

    matrix = Section("Dépenses par catégorie et par année", ["Catégorie", *(str(_year(y)) for y in years), "Total"],
                     money=tuple(range(1, len(years) + 2)), sheet="Par année")
    for category in EXPENSE_CATEGORIES:
        if plan.by_category.get(category):
            matrix.rows.append([L.label(L.EXPENSE_CATEGORIES, category),
                                *(plan.by_category_year.get((category, y), 0) for y in years),
                                plan.by_category[category]])
    matrix.total = ["Total", *(plan.by_year[y] for y in years), plan.expense_total]
    out.append(matrix)

    grant = Section("Subvention ESMS numérique", ["Ligne", "Calcul", "Montant du barème", "Plafond", "Retenu au budget",
                                                  "Source"], money=(2, 4), sheet="Subvention")
    for g in plan.grant:
        grant.rows.append([french(g.line.label), french(g.line.rule), g.line.amount,
                           "oui" if g.line.ceiling else "non", g.retained, g.line.source])
    grant.total = ["Total de la subvention", "", plan.breakdown.total, "", plan.grant_retained, ""]
    out.append(grant)
    s = plan.schedule
    schedule = Section("Versement de la subvention retenue", ["Versement", "Part", "Montant", "Quand"], money=(2,),
                       sheet="Subvention")
    schedule.rows = [["Avance", f"{s.avance_percent} %", s.avance, s.avance_when],
                     ["Solde", f"{s.solde_percent} %", s.solde, s.solde_condition]]
    out.append(schedule)
    refusals = [[french(r.label), french(r.reason), r.source] for r in plan.breakdown.refusals]
    if refusals:
        out.append(Section("Demandes non retenues par le barème", ["Demande", "Motif", "Source"], refusals,
                           sheet="Subvention"))

    revenues = Section("Recettes", ["Nature", "Financeur", "Libellé", "Année", "Montant", "Référence (devis, engagement)"],
                       money=(4,), sheet="Recettes")
    revenues.rows.append(["Subvention ESMS numérique", "ARS", "Subvention retenue au budget", "", plan.grant_retained, ""])
    for r in plan.revenues:
        revenues.rows.append([L.label(L.REVENUE_KINDS, r.kind), r.funder, r.label, _year(r.year), r.amount, r.quote_ref])
    revenues.total = ["Total des recettes", "", "", "", plan.revenue_total, ""]
    out.append(revenues)

    parts = Section("Parts de la subvention et dépenses éligibles",
                    ["Part", "Dépenses concernées", "Dépenses", "Subvention retenue", "Reste à la charge du porteur"],
                    money=(2, 3, 4), sheet="Synthèse")
    for key in ("moa", "editor", "equipment"):
        parts.rows.append([PART_LABELS[key], PART_EXPENSES[key], plan.eligible[key], plan.grant_by_part[key],
                           plan.eligible[key] - plan.grant_by_part[key]])
    out.append(parts)

    checks = Section("Vérifications", ["Niveau", "Constat", "Comment corriger", "Source"], sheet="Synthèse")
    for f in plan.findings:
        checks.rows.append([L.SEVERITIES.get(f.severity, f.severity), french(f.what), french(f.fix), f.source])
    out.append(checks)
    return out


def _summary(d: Dossier, plan: BudgetPlan) -> Section:
    share = plan.grant_share
    summary = Section("Synthèse", ["Élément", "Valeur"], money=(1,), sheet="Synthèse")
    summary.rows = [
        ["Dossier", d.name],
        ["Campagne", str(plan.campaign_year)],
        ["Type de projet", L.label(L.PROJECT_TYPES, d.given("project_type"))],
        ["Total des dépenses", plan.expense_total],
        ["Subvention ESMS numérique retenue", plan.grant_retained],
        ["Fonds propres", plan.own_funds],
        ["Autres financeurs", plan.other_funders],
        ["Total des recettes", plan.revenue_total],
        ["Écart (recettes − dépenses)", plan.difference],
        ["Part de la subvention dans les dépenses", "—" if share is None else f"{share:.1f} %".replace(".", ",")],
        ["Budget équilibré", "oui" if plan.balanced else "non"],
    ]
    return summary


# ---------------------------------------------------------------------------------------- CSV


def csv_text(data: Dossier | Mapping[str, Any], plan: BudgetPlan) -> str:
    """All the tables one after the other, a title line before each, a blank line between them."""
    buffer = io.StringIO()
    writer = csv_writer(buffer, delimiter=";", lineterminator="\r\n")
    for index, section in enumerate(sections(data, plan)):
        if index:
            writer.writerow([])
        writer.writerow([section.title])
        writer.writerow(section.headers)
        writer.writerows(section.rows)
        if section.total is not None:
            writer.writerow(section.total)
    return buffer.getvalue()


def csv_bytes(data: Dossier | Mapping[str, Any], plan: BudgetPlan) -> bytes:
    """The CSV file: « ; » separated, UTF-8 with a byte-order mark so that Excel reads the accents."""
    return "\ufeff".encode() + csv_text(data, plan).encode("utf-8")


# ---------------------------------------------------------------------------------------- XLSX


def xlsx_bytes(data: Dossier | Mapping[str, Any], plan: BudgetPlan) -> bytes:
    """The XLSX workbook: one sheet per part (summary, expenses, by year, grant, revenues)."""
    from openpyxl import Workbook
    from openpyxl.styles import Alignment, Border, Font, PatternFill, Side

    title_font, bold = Font(bold=True, size=13), Font(bold=True)
    header_fill = PatternFill("solid", fgColor="DDE7F0")
    total_fill = PatternFill("solid", fgColor="F2F2F2")
    line = Border(top=Side(style="thin", color="999999"))
    workbook = Workbook()
    workbook.remove(workbook.active)
    sheets: dict[str, Any] = {}
    d = as_dossier(data)
    for section in sections(d, plan):
        sheet = sheets.get(section.sheet)
        if sheet is None:
            sheet = sheets[section.sheet] = workbook.create_sheet(section.sheet)
            append_row(sheet, [f"Budget prévisionnel — {d.name}"])
            sheet.cell(1, 1).font = Font(bold=True, size=15)
            sheet.append([])
        else:
            sheet.append([])
        append_row(sheet, [section.title])
        sheet.cell(sheet.max_row, 1).font = title_font
        append_row(sheet, section.headers)
        for cell in sheet[sheet.max_row]:
            cell.font, cell.fill = bold, header_fill
        rows = [(row, False) for row in section.rows]
        if section.total is not None:
            rows.append((section.total, True))
        for row, is_total in rows:
            append_row(sheet, row)
            for column, cell in enumerate(sheet[sheet.max_row]):
                if column in section.money and isinstance(cell.value, int):
                    cell.number_format = EURO_FORMAT
                if is_total:
                    cell.font, cell.fill, cell.border = bold, total_fill, line
                if isinstance(cell.value, str) and len(cell.value) > 60:
                    cell.alignment = Alignment(wrap_text=True, vertical="top")
    for sheet in workbook.worksheets:
        _fit_columns(sheet)
        sheet.freeze_panes = None
        sheet.sheet_view.showGridLines = False
    buffer = io.BytesIO()
    workbook.save(buffer)
    return buffer.getvalue()


def _fit_columns(sheet) -> None:
    from openpyxl.utils import get_column_letter

    widths: dict[int, int] = {}
    for row in sheet.iter_rows(min_row=3):
        for cell in row:
            if cell.value is None:
                continue
            text = f"{cell.value:,}" if isinstance(cell.value, int) else str(cell.value)
            widths[cell.column] = max(widths.get(cell.column, 8), min(len(text) + 3, 70))
    for column, width in widths.items():
        sheet.column_dimensions[get_column_letter(column)].width = width
