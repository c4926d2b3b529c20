"""The solde file for the ARS: usage targets reached per ESSMS and month (with their formulas), expenses
paid against the budget, deployment dates. ``render_solde(data, campaign, out)`` lays it out on A4 with
the pack's styles, fonts and page furniture. French document content; no Qt, no database.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any, BinaryIO

from reportlab.lib.pagesizes import A4
from reportlab.platypus import BaseDocTemplate, Frame, PageTemplate, Paragraph

from esms_desktop import formatting as fmt
from esms_desktop.reports.canvas import Decor, PackCanvas
from esms_desktop.reports.french import french
from esms_desktop.reports.markup import plain
from esms_desktop.reports.sections.base import Heading, Story, date, euros
from esms_desktop.reports.styles import FONT, PAGE_MARGIN, register_fonts, styles
from esms_desktop.rules.campaign import Campaign
from esms_desktop.rules.followup.deployment import deployment
from esms_desktop.rules.followup.followup_input import followup, report
from esms_desktop.rules.followup.money import money_table
from esms_desktop.rules.followup.usage import MonthResult, Rate


@dataclass(frozen=True)
class SoldeInfo:
    pages: int


class _Doc(BaseDocTemplate):
    def __init__(self, out: BinaryIO, title: str, author: str):
        super().__init__(out, pagesize=A4, leftMargin=PAGE_MARGIN, rightMargin=PAGE_MARGIN, topMargin=PAGE_MARGIN,
                         bottomMargin=PAGE_MARGIN, title=title, author=author, creator="esms-desktop", lang="fr-FR",
                         initialFontName=FONT, displayDocTitle=1, pageCompression=1)
        frame = Frame(PAGE_MARGIN, PAGE_MARGIN, A4[0] - 2 * PAGE_MARGIN, A4[1] - 2 * PAGE_MARGIN, id="body",
                      leftPadding=0, rightPadding=0, topPadding=0, bottomPadding=0)
        self.addPageTemplates([PageTemplate(id="page", frames=[frame])])

    def afterFlowable(self, flowable) -> None:  # noqa: N802 - reportlab API
        if isinstance(flowable, Heading):
            self.canv.bookmarkPage(flowable.key)
            self.canv.addOutlineEntry(flowable.outline, flowable.key, flowable.level, closed=flowable.level > 0)


def _rate(b: Story, rate: Rate) -> Any:
    if rate.denominator is None:
        return "" if rate.numerator is None else fmt.number(rate.numerator)
    if rate.percent is None:
        return b.state("missing", "pas de taux")
    text = fmt.percent(rate.percent, 1)
    return b.state("met" if rate.met else "not_met", text) if rate.met is not None else text


def _month_rows(b: Story, months: tuple[MonthResult, ...]) -> list[list[Any]]:
    """Period, the rates with a fraction, the plain counts together (« 12 / 2 »), all targets met."""
    rows = []
    for m in months:
        period = m.month.strftime("%m/%Y") if m.period.months == 1 else (
            f"{m.period.start.strftime('%m/%Y')} – {m.month.strftime('%m/%Y')} ({m.period.months} mois)")
        rated = [_rate(b, r) for r in m.rates if r.denominator is not None or r.target is not None]
        counted = " / ".join(fmt.number(r.numerator) if r.numerator is not None else "—"
                             for r in m.rates if r.denominator is None and r.target is None)
        rows.append([period, *rated, counted, b.state("met", "oui") if m.all_met else b.state("not_met", "non")])
    return rows


def render_solde(data: Mapping[str, Any], campaign: Campaign, out: BinaryIO, today: dt.date | None = None) -> SoldeInfo:
    register_fonts()
    d = data["dossier"]
    f = followup(data)
    rep = report(data, campaign)
    money = money_table(data)
    dep = deployment(data, campaign)
    porteur = next((og["name"] for og in d["ogs"] if og.get("is_porteur")), d["name"])
    b = Story(styles())
    targets = campaign.usage_targets
    rated = [t for t in targets if t.denominator is not None or t.target_percent is not None]
    counted = [t.short_label for t in targets if t not in rated]
    widths_rates = [0.17] + [0.625 / len(rated)] * len(rated) + [0.105, 0.10]
    heads = ["Période"] + [t.short_label for t in rated] + ["Échanges", "Cibles"]

    b.add(Heading("Demande de versement du solde", b.st.title, key="solde", toc=False))
    b.rich(f"<para alignment='center'>{plain(d['name'])}<br/>Porteur : {plain(porteur)} — appel à projets "
           f"ESMS numérique {d['campaign_year']}</para>", b.st.subtitle)
    b.facts([
        ("Décision de l'ARS", date(_d(f.get("decision_on")))),
        ("Montant accordé", euros(f.get("awarded_amount"))),
        ("Convention signée le", date(_d(f.get("convention_signed_on")))),
        ("Avance reçue", f"{euros(money.avance_received)} ({campaign.payment_split.avance_percent} %, "
                         f"{campaign.payment_split.avance_when})"),
        ("Solde attendu", euros(money.expected_solde) if money.expected_solde is not None else None),
        ("Condition du solde", f"{campaign.payment_split.solde_condition} ({campaign.source_label(campaign.payment_split.source)})"),
        ("Cibles d'usage", "toutes atteintes par chaque ESSMS à la dernière mesure" if rep.solde_ready
         else "pas encore atteintes par chaque ESSMS (voir « Ce qui manque »)"),
        ("Premier mois où tous les ESSMS atteignent toutes les cibles",
         rep.first_month_all_met.strftime("%m/%Y") if rep.first_month_all_met else "aucun pour l'instant"),
    ])

    b.section("1. Les indicateurs et leur mode de calcul", "indicateurs")
    b.para(f"{campaign.usage_measurement} Source : {campaign.source_label(campaign.source('usage_measurement'))}.")
    b.table(["Indicateur", "Mode de calcul", "Cible", "Source"],
            [[t.label, t.formula, "pas de cible" if t.target_percent is None else fmt.percent(t.target_percent),
              campaign.source_label(t.source)] for t in targets],
            [0.25, 0.45, 0.1, 0.2])
    b.note("Un taux dont le dénominateur est nul n'est pas calculé : la cible n'est alors pas tenue pour atteinte. "
           f"Colonne « Échanges » des tableaux suivants : {' / '.join(counted)}, en nombre, sans cible.")

    b.section("2. La grappe, mois par mois", "grappe")
    b.para("Somme des numérateurs des ESSMS sur la somme de leurs dénominateurs, pour les mois où tous les ESSMS "
           "ont une mesure. « Cibles » : tous les ESSMS atteignent toutes les cibles ce mois-là.")
    if rep.grappe:
        met_month = {m.month: all((e.at(m.month) or m).all_met for e in rep.essms) for m in rep.grappe}
        rows = _month_rows(b, rep.grappe)
        for row, m in zip(rows, rep.grappe):
            row[-1] = b.state("met", "oui") if met_month[m.month] else b.state("not_met", "non")
        b.table(heads, rows, widths_rates, center=[len(heads) - 1])
    else:
        b.note("Aucun mois où tous les ESSMS ont une mesure.")

    b.section("3. Ce qui manque pour le solde", "manque", new_page=False)
    lacking = {fi: m for fi, m in rep.missing.items() if m}
    if not lacking:
        b.para("Rien : chaque ESSMS atteint chaque cible à sa dernière mesure.")
    names = {e.finess_et: e.name for e in rep.essms}
    for finess, messages in lacking.items():
        b.rich(f"<b>{plain(names[finess])}</b> ({finess})")
        for m in messages:
            b.add(Paragraph(plain(french(m)), b.st.bullet, bulletText="•"))

    b.section("4. Les cibles par ESSMS et par mois", "essms")
    for e in rep.essms:
        b.sub(f"{e.name} — {e.finess_et}", outline=True)
        if not e.months:
            b.note("Aucune mesure.")
            continue
        b.table(heads, _month_rows(b, e.months), widths_rates, center=[len(heads) - 1])

    b.section("5. Dépenses payées et budget", "depenses")
    rows = [[line.label or "(sans ligne du budget)", euros(line.planned), euros(line.committed), euros(line.paid),
             str(line.invoices)] for line in money.lines]
    rows.append(["Total", euros(money.planned), euros(money.committed), euros(money.paid),
                 str(sum(line.invoices for line in money.lines))])
    b.table(["Ligne du budget", "Prévu", "Engagé", "Payé", "Factures"], rows, [0.5, 0.13, 0.13, 0.13, 0.11],
            right=[1, 2, 3, 4], total=True)
    b.para(f"Montant accordé : {euros(money.awarded)} ; payé : {euros(money.paid)} ; reste à justifier : "
           f"{euros(money.left_to_justify)}. Reversé aux membres de la grappe : {euros(money.redistributed)}.")

    b.section("6. Dates du déploiement", "deploiement", new_page=False)
    if dep.limit is not None:
        b.para(f"Début du projet : {date(dep.project_start)}. Durée maximale entre le début du projet et la fin du "
               f"déploiement : {dep.max_months} mois ({campaign.source_label(campaign.source('max_duration_months.' + d.get('project_type', 'acquisition')))}), "
               f"soit le {date(dep.limit)}.")
    b.table(["Vague", "ESSMS", "Début prévu", "Fin prévue", "Début réel", "Fin réelle", "État"],
            [[str(w.wave), str(len(w.essms)), date(w.planned_start), date(w.planned_end), date(w.real_start),
              date(w.real_end), b.state("not_met", "au-delà de la limite") if w.past_limit else
              b.state("ok", "dans la limite")] for w in dep.waves],
            [0.08, 0.08, 0.14, 0.14, 0.14, 0.14, 0.28])

    decor = Decor(header_left=f"Solde ESMS numérique {d['campaign_year']}", header_right=d["name"],
                  footer_left=f"Porteur : {porteur} — édité le {(today or dt.date.today()).strftime('%d/%m/%Y')}")
    doc = _Doc(out, f"Demande de solde — {d['name']}", porteur)
    doc.build(b.flowables, canvasmaker=lambda *a, **k: PackCanvas(*a, decor=decor, **k))
    return SoldeInfo(pages=doc.page)


def _d(value) -> dt.date | None:
    return dt.date.fromisoformat(value) if value else None
