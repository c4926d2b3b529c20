"""Needs, budget and the ESMS numérique grant."""

from __future__ import annotations

from esms_desktop import formatting as fmt
from esms_desktop.reports import charts
from esms_desktop.reports.model import NeedRow, PackSnapshot
from esms_desktop.reports.sections.base import FRAME_WIDTH, Story, euros, number
from esms_desktop.reports.sections.grappe import findings


def _quantity(n: NeedRow) -> str:
    if n.quantity:
        return number(n.quantity)
    if n.people and n.days:
        return f"{number(n.people)} pers. × {number(n.days, 1 if n.days % 1 else 0)} j"
    return ""


def needs(b: Story, s: PackSnapshot, title: str) -> None:
    b.section(title, "besoins")
    n = s.needs
    if not n.rows:
        b.missing("needs")
        return
    b.para("Besoins de formation, d'accompagnement au changement et de matériel recensés auprès des ESSMS "
           "de la grappe, avec leur coût estimé.")
    rows = [[r.kind_label, r.label, r.audience, r.essms, _quantity(r), euros(r.unit_cost), euros(r.cost)]
            for r in n.rows]
    rows.append(["Total", "", "", "", "", "", euros(n.total)])
    b.table(["Type", "Besoin", "Public", "ESSMS", "Quantité", "Coût unitaire", "Coût"], rows,
            (0.165, 0.22, 0.12, 0.185, 0.11, 0.09, 0.11), right=(5, 6), total=True)
    b.sub("Coût par type de besoin")
    b.table(["Type de besoin", "Coût"], [[label, euros(total)] for label, total in n.totals] +
            [["Total", euros(n.total)]], (0.7, 0.3), right=(1,), total=True, keep=True)


def budget(b: Story, s: PackSnapshot, title: str) -> None:
    b.section(title, "budget")
    bd = s.budget
    b.sub("Subvention ESMS numérique")
    if bd.grant_error:
        b.para(bd.grant_error)
    else:
        rows = [[ln.label, number(ln.quantity), euros(ln.unit_amount) + ("\n(plafond)" if ln.ceiling else ""),
                 euros(ln.amount), euros(ln.retained), ln.source] for ln in bd.grant_lines]
        rows.append(["Total de la subvention", "", "", euros(bd.grant_total), euros(bd.grant_retained), ""])
        b.table(["Forfait", "Qté", "Montant unitaire", "Montant calculé", "Retenu au budget", "Source"], rows,
                (0.3, 0.06, 0.13, 0.13, 0.13, 0.25), right=(1, 2, 3, 4), total=True)
        b.para("Un montant « plafond » est un maximum : le budget en retient les dépenses prévues qu'il peut "
               "financer, dans la limite de ce maximum.")
        b.para(f"Subvention sollicitée : {euros(bd.grant_retained)}. Versement : avance de "
               f"{fmt.percent(bd.avance_percent)}, soit {euros(bd.avance)}, {bd.avance_when} ; solde de "
               f"{fmt.percent(bd.solde_percent)}, soit {euros(bd.solde)}, {bd.solde_condition}.")
        for refusal in bd.refusals:
            b.note("Non retenu — " + refusal)
    b.sub("Dépenses prévisionnelles")
    if bd.expenses:
        rows = [[e.category_label, e.label, str(e.year or ""), euros(e.amount)] for e in bd.expenses]
        rows.append(["Total des dépenses", "", "", euros(bd.total_expenses)])
        b.table(["Catégorie", "Libellé", "Année", "Montant"], rows, (0.3, 0.44, 0.1, 0.16), right=(3,), total=True)
        b.add(charts.budget_bars(bd.expenses_by_category, FRAME_WIDTH))
        b.space()
    else:
        b.missing("budget")
    b.sub("Autres recettes")
    if bd.revenues:
        rows = [[r.kind_label, r.funder, r.label, str(r.year or ""), euros(r.amount), r.quote_ref] for r in bd.revenues]
        b.table(["Nature", "Financeur", "Libellé", "Année", "Montant", "Devis"], rows,
                (0.14, 0.18, 0.3, 0.08, 0.14, 0.16), right=(4,))
    else:
        b.missing("budget")
    b.sub("Plan de financement")
    b.facts([
        ("Total des dépenses", euros(bd.total_expenses)),
        ("Subvention ESMS numérique sollicitée", euros(bd.grant_retained)),
        ("Fonds propres", euros(bd.own_funds)),
        ("Autres financeurs", euros(bd.other_funding)),
        ("Total des financements", euros(bd.total_funding)),
        ("Écart (financements − dépenses)", euros(bd.balance)),
    ], widths=(0.5, 0.5))
    if bd.total_expenses:
        share = 100 * bd.grant_retained / bd.total_expenses
        if share < 100:
            b.para(f"La subvention couvre {fmt.percent(share)} des dépenses prévues ; "
                   "une partie de la maîtrise d'ouvrage doit rester à la charge des organismes.")
        else:
            b.para("La subvention calculée dépasse les dépenses prévues : les dépenses sont à compléter, la "
                   "subvention ne pouvant financer toute la maîtrise d'ouvrage.")
        b.add(charts.funding_bars(bd.total_expenses, bd.grant_retained, bd.own_funds, bd.other_funding, FRAME_WIDTH))
    findings(b, bd.findings, "Points d'attention du budget")
