"""Needs, budget and the ESMS numérique grant."""

from __future__ import annotations

from reportlab.platypus import KeepTogether

from esms_desktop import formatting as fmt
from esms_desktop.reports import charts
from esms_desktop.reports.markup import FastParagraph, plain
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
            (0.17, 0.2, 0.14, 0.18, 0.11, 0.095, 0.105), right=(5, 6), total=True)
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
        # grouped by category, in the budget step's order: the category is named on its first line
        rows = [[e.category_label if i == 0 or bd.expenses[i - 1].category_label != e.category_label else "",
                 e.label, str(e.year or ""), euros(e.amount)] for i, e in enumerate(bd.expenses)]
        rows.append(["Total des dépenses", "", "", euros(bd.total_expenses)])
        b.table(["Catégorie", "Libellé", "Année", "Montant"], rows, (0.3, 0.44, 0.1, 0.16), right=(3,), total=True,
                group=0)
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
        ("Total des recettes", euros(bd.total_funding)),
        ("Écart (recettes − dépenses)", euros(bd.balance)),
    ], widths=(0.5, 0.5))
    if bd.total_expenses:
        share = 100 * bd.grant_retained / bd.total_expenses
        if share < 100:
            text = (f"La subvention couvre {fmt.percent(share, 1)} des dépenses prévues ; "
                    "une partie de la maîtrise d'ouvrage doit rester à la charge des organismes.")
        else:
            text = ("La subvention calculée dépasse les dépenses prévues : les dépenses sont à compléter, la "
                    "subvention ne pouvant financer toute la maîtrise d'ouvrage.")
        chart = charts.funding_bars(bd.total_expenses, bd.grant_retained, bd.own_funds, bd.other_funding, FRAME_WIDTH)
        b.add(KeepTogether([FastParagraph(plain(text), b.st.body), chart]))  # the sentence and its chart together
    findings(b, bd.findings, "Points d'attention du budget")
