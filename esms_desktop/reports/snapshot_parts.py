"""Parts of the pack snapshot: needs, budget and grant, maturity, planning, communication, check-lists,
letters. Each function takes the inner ``dossier`` dict (and what was already derived) and returns
frozen rows of :mod:`esms_desktop.reports.model`. No Qt.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from esms_desktop import formatting as fmt
from esms_desktop.reports import labels as L
from esms_desktop.reports.french import french
from esms_desktop.reports.wording import count, engaged_essms, essms_phrase, represented
from esms_desktop.reports.model import (
    Budget,
    CommunicationRow,
    DomainScoreRow,
    DuiFacts,
    ExpenseRow,
    FindingRow,
    GrantRow,
    GrappeDomainRow,
    GrappeFacts,
    Letter,
    Maturity,
    MaturityOg,
    NeedRow,
    Needs,
    OgRow,
    PartnerRow,
    Planning,
    RevenueRow,
    TaskRow,
    UsageTargetRow,
)
from esms_desktop.rules.funding.budget import EXPENSE_CATEGORIES, compute_budget, need_cost
from esms_desktop.rules.campaign import Campaign
from esms_desktop.rules.dossier import Dossier
from esms_desktop.rules.dossier_dict import as_date as _date
from esms_desktop.rules.dossier_dict import as_float as _num
from esms_desktop.rules.dossier_dict import as_int as _int
from esms_desktop.rules.dossier_dict import as_text as _text
from esms_desktop.rules.dossier_dict import ogs as _og_dicts
from esms_desktop.rules.dossier_dict import part
from esms_desktop.rules.dossier_dict import rows as _rows
from esms_desktop.rules.funding.grant import GrantLine
from esms_desktop.rules.planning.plan_input import check_dossier_plan

BLANK = "……………………………………"
HOSTING_PHRASES = {
    "saas": "SaaS (logiciel en ligne)",
    "externe": "hébergement externe",
    "on_premise": "hébergement sur site (on premise)",
}
PROJECT_PHRASES = {
    "acquisition": "un projet d'acquisition ou de renouvellement de DUI (cas 1)",
    "conformite": "un projet de mise en conformité, c'est-à-dire de passage à la version référencée Ségur du DUI (cas 2)",
}


def finding_row(finding: Any) -> FindingRow:
    """A rule's :class:`~esms_desktop.rules.findings.Finding` in French."""
    return FindingRow(finding.key, finding.severity, L.SEVERITIES.get(finding.severity, finding.severity),
                      french(finding.what), french(finding.fix), finding.source)


def _finding_rows(findings: Any) -> tuple[FindingRow, ...]:
    return tuple(finding_row(f) for f in findings)


# ------------------------------------------------------------------------------------------ needs


def _essms_label(ogs: tuple[OgRow, ...], ref: Any) -> str:
    try:
        og_index, essms_index = ref
        e = ogs[og_index].essms[essms_index]
    except (TypeError, ValueError, IndexError):
        return ""
    return f"{e.name} ({e.finess_et})"


def needs(d: Mapping[str, Any], ogs: tuple[OgRow, ...]) -> Needs:
    """The needs with their cost as the budget rules define it (:func:`rules.budget.need_cost`)."""
    rows = tuple(
        NeedRow(
            kind=_text(n.get("kind")), kind_label=L.label(L.NEED_KINDS, n.get("kind")), label=_text(n.get("label")),
            audience=_text(n.get("audience")), people=_int(n.get("people")), days=_num(n.get("days")),
            quantity=_int(n.get("quantity")), unit_cost=_int(n.get("unit_cost")) or 0, cost=need_cost(n),
            essms=_essms_label(ogs, n.get("essms")),
        )
        for n in _rows(d, "needs")
    )
    totals: dict[str, int] = {}
    for row in rows:
        totals[row.kind_label] = totals.get(row.kind_label, 0) + row.cost
    order = list(L.NEED_KINDS.values())
    ranked = sorted(totals.items(), key=lambda kv: order.index(kv[0]) if kv[0] in order else len(order))
    return Needs(rows, tuple(ranked), sum(r.cost for r in rows))


# ------------------------------------------------------------------------------------------ budget


def _grant_label(line: GrantLine, boundary: int, segur: bool) -> str:
    if "type" in line.label.params:  # a grappe mixing project types: the label names the type
        return french(line.label)
    first, last = (1, line.quantity) if line.key.endswith(".lower") else (boundary, boundary + line.quantity - 1)
    span = f"ESSMS {first} à {last}" if last > first else f"ESSMS n° {first}"
    if line.key.startswith("usage."):
        return f"Forfait maîtrise d'ouvrage et usages, {span}"
    if line.key.startswith("editor."):
        kind = "DUI référencé Ségur" if segur else "DUI non référencé Ségur"
        return f"Part éditeur ({kind}), {span}"
    if line.key == "equipment":
        return f"Équipement et infrastructure (petit OG) : {line.og}"
    if line.key == "amoa_purchasing":
        return "AMOA pour la procédure d'achat (petits OG)"
    if line.key == "amoa_piloting":
        return "AMOA ou chef de projet interne pour le pilotage (petits OG)"
    return french(line.label)


def _refused_label(key: str, og: str | None) -> str:
    names = {"equipment": "Équipement et infrastructure", "amoa_purchasing": "AMOA pour la procédure d'achat",
             "amoa_piloting": "AMOA pour le pilotage"}
    base = names.get(key, "Part éditeur" if key.startswith("editor.") else key)
    return f"{base} ({og})" if og else base


def _by_category(expenses: Any) -> list[Any]:
    """The expenses as the budget step lists them: by category (in its order), then year, then as entered."""
    order = {category: i for i, category in enumerate(EXPENSE_CATEGORIES)}
    indexed = list(enumerate(expenses))
    indexed.sort(key=lambda ie: (order.get(ie[1].category, len(order)), ie[1].year or 9999, ie[0]))
    return [e for _, e in indexed]


def budget(dossier: Dossier, campaign: Campaign) -> Budget:
    """Expenses, revenues and the grant as the budget rules compute them (:func:`rules.budget.compute_budget`)."""
    split = campaign.payment_split
    try:
        plan = compute_budget(dossier, campaign)
    except ValueError as exc:  # a request the grant calculator refuses (e.g. an unknown project type)
        return Budget((), (), (), 0, 0, 0, (), 0, 0, 0, split.avance_percent, split.avance_when, 0,
                      split.solde_percent, split.solde_condition, (), (),
                      grant_error=f"La subvention n'a pas pu être calculée : {exc}.")
    segur = plan.breakdown.line("editor.lower") is not None and dossier.dui.segur_referenced
    return Budget(
        expenses=tuple(ExpenseRow(L.label(L.EXPENSE_CATEGORIES, e.category), e.label, e.year, e.amount)
                       for e in _by_category(plan.expenses)),
        revenues=tuple(RevenueRow(L.label(L.REVENUE_KINDS, r.kind), r.funder, r.label, r.year, r.amount, r.quote_ref)
                       for r in plan.revenues),
        expenses_by_category=tuple((L.label(L.EXPENSE_CATEGORIES, c), amount)
                                   for c, amount in plan.by_category.items() if amount),
        total_expenses=plan.expense_total, own_funds=plan.own_funds, other_funding=plan.other_funders,
        grant_lines=tuple(
            GrantRow(g.line.key, _grant_label(g.line, campaign.tier_boundary, segur), g.line.quantity,
                     g.line.unit_amount, g.line.amount, g.retained, g.line.ceiling,
                     campaign.source_label(g.line.source))
            for g in plan.grant),
        grant_total=plan.breakdown.total, grant_retained=plan.grant_retained,
        avance=plan.schedule.avance, avance_percent=plan.schedule.avance_percent, avance_when=split.avance_when,
        solde=plan.schedule.solde, solde_percent=plan.schedule.solde_percent, solde_condition=split.solde_condition,
        refusals=tuple(f"{_refused_label(r.key, r.og)} : {french(r.reason)}" for r in plan.breakdown.refusals),
        notes=tuple(french(n) for n in plan.breakdown.notes),
        findings=tuple(finding_row(f) for f in plan.findings
                       if f.severity != "info" and not f.key.startswith("budget.refusal.")),
    )


# ------------------------------------------------------------------------------------------ maturity


def maturity(d: Mapping[str, Any], ogs: tuple[OgRow, ...]) -> Maturity:
    from esms_desktop.rules.maturity.scoring import MaturityError, consolidate_grappe, load_questionnaire, score_answers

    results: dict[str, Any] = {}
    rows = []
    missing = []
    for og, raw in zip(ogs, _og_dicts(d)):
        key = f"{og.index}"
        m = raw.get("maturity") if isinstance(raw.get("maturity"), Mapping) else None
        if not m:
            results[key] = None
            missing.append(og.name)
            continue
        variant = m.get("variant") if m.get("variant") in L.VARIANTS else "direction"
        base = dict(og_name=og.name, finess_ej=og.finess_ej, variant_label=L.VARIANTS[variant],
                    respondent=_text(m.get("respondent")), answered_on=_date(m.get("answered_on")))
        try:
            questionnaire = load_questionnaire(variant)
            result = score_answers(questionnaire, dict(m.get("answers") or {}))
        except MaturityError as exc:
            results[key] = None
            rows.append(MaturityOg(**base, score=None, level="", completeness=0.0, domains=(), strengths=(),
                                   weaknesses=(), error=french(exc.message)))
            continue
        results[key] = result
        titles = {dom.domain_id: dom.title for dom in result.domains}
        rows.append(MaturityOg(
            **base, score=result.score, level=result.level.label if result.level else "",
            completeness=result.completeness,
            domains=tuple(DomainScoreRow(dom.domain_id, dom.title, dom.score) for dom in result.domains),
            strengths=tuple(titles[i] for i in result.strengths), weaknesses=tuple(titles[i] for i in result.weaknesses),
        ))
    grappe = consolidate_grappe(results)
    names = {dom.id: dom.title for dom in load_questionnaire("direction").domains}
    return Maturity(
        ogs=tuple(rows), missing=tuple(missing),
        domains=tuple(GrappeDomainRow(names.get(dom.title, dom.title), dom.mean, dom.minimum)
                      for dom in grappe.domains),
        overall_mean=grappe.overall_mean, overall_minimum=grappe.overall_minimum,
    )


# ------------------------------------------------------------------------------------------ planning


def planning(d: Mapping[str, Any], campaign: Campaign) -> Planning:
    """The planning and its checks (:func:`rules.planning_input.check_dossier_plan`)."""
    check = check_dossier_plan(d, campaign)
    return Planning(
        tasks=tuple(TaskRow(t.key, t.title, t.phase, t.start, t.end, t.milestone, t.owner, t.wave)
                    for t in check.tasks),
        start=check.start, end=check.end, deployment_end=check.deployment_end if check.tasks else None,
        max_months=check.max_months, filing_date=check.filing_date,
        findings=_finding_rows(f for f in check.findings if check.tasks or f.key != "planning.empty"),
    )


# ------------------------------------------------------------------------------------------ communication


def communication(d: Mapping[str, Any]) -> tuple[CommunicationRow, ...]:
    return tuple(
        CommunicationRow(L.label(L.AUDIENCES, c.get("audience")), _text(c.get("message")), _text(c.get("channel")),
                         _date(c.get("date")), _text(c.get("owner")))
        for c in _rows(d, "communication")
    )


def partners(d: Mapping[str, Any]) -> tuple[PartnerRow, ...]:
    return tuple(PartnerRow(_text(p.get("name")), L.label(L.PARTNER_KINDS, p.get("kind")), bool(p.get("informed")))
                 for p in _rows(d, "partners"))


def usage_targets(campaign: Campaign) -> tuple[UsageTargetRow, ...]:
    """The cibles d'usage; repeated from 2022 in a later campaign, each source says « indicatif »
    (000 announces an « exigence accrue sur les cibles d'usage » without figures)."""
    carried = campaign.is_carried("usage_targets")
    return tuple(UsageTargetRow(t.label, t.formula, t.target_percent,
                                campaign.source_label(t.source) + (" — indicatif, repris de 2022" if carried else ""))
                 for t in campaign.usage_targets)


def carried_note(campaign: Campaign) -> str:
    """The French note saying which figures of the campaign repeat 2022's (empty when none)."""
    if not campaign.carried_from_2022:
        return ""
    names = {"usage_targets": "les cibles d'usage", "max_duration_months": "les durées maximales des projets",
             "services_socles": "le nombre minimal de services socles (2)"}
    parts = ", ".join(names[k] for k in campaign.carried_from_2022 if k in names)
    return (f"Indicatif : {parts} de la campagne {campaign.year} reprennent ceux de l'appel à projets 2022, faute "
            "de chiffres publiés pour cette campagne ; l'ARS peut annoncer une exigence accrue.")


# ------------------------------------------------------------------------------------------ letters


def _dui_text(dui: DuiFacts) -> str:
    if not dui.software:
        return "la solution de DUI que la grappe choisira en commun" if dui.project_type == "acquisition" else \
            "la version référencée Ségur du DUI de chaque établissement"
    who = f" de l'éditeur {dui.editor}" if dui.editor else ""
    segur = ", référencée Ségur" if dui.segur_referenced else ""
    return f"la solution {dui.software}{who}{segur}"


def _addressee(grappe: GrappeFacts) -> str:
    if grappe.filing_level == "national":
        return "Caisse nationale de solidarité pour l'autonomie (CNSA) et Délégation au numérique en santé (DNS)"
    region = grappe.filing_region
    return f"Agence régionale de santé {region}" if region else "Agence régionale de santé"


def _common(d: Mapping[str, Any], ogs: tuple[OgRow, ...], porteur: OgRow | None, dui: DuiFacts,
            grappe: GrappeFacts) -> dict[str, str | tuple[str, ...]]:
    return {
        "dossier_nom": _text(d.get("name")),
        "campagne": str(d.get("campaign_year") or ""),
        "porteur_nom": porteur.name if porteur else BLANK,
        "porteur_finess_ej": porteur.finess_ej if porteur else BLANK,
        "nb_og": fmt.number(len(ogs)),
        "nb_essms": fmt.number(grappe.essms_count),
        "nb_og_texte": count(len(ogs), "organisme gestionnaire", "organismes gestionnaires"),
        "nb_essms_texte": essms_phrase(grappe.essms_count),
        "geres": "géré" if grappe.essms_count == 1 else "gérés",
        "les_membres": "son unique membre" if len(ogs) == 1 else f"les {fmt.number(len(ogs))} membres",
        "type_projet": PROJECT_PHRASES.get(d.get("project_type"), "un projet dont le type reste à préciser"),
        "dui": _dui_text(dui),
        "destinataire": _addressee(grappe),
    }


def signatory(og: OgRow) -> str:
    """« Claire Martin, directrice générale », or a line to fill in by hand when no one is named."""
    if not og.legal_rep_name:
        return BLANK
    return ", ".join(x for x in (og.legal_rep_name, og.legal_rep_function) if x)


def letters(d: Mapping[str, Any], ogs: tuple[OgRow, ...], porteur: OgRow | None, dui: DuiFacts,
            grappe: GrappeFacts) -> tuple[Letter, ...]:
    common = _common(d, ogs, porteur, dui, grappe)
    out = []
    for og in ogs:
        values = dict(common)
        values.update({
            "og_nom": og.name,
            "og_finess_ej": og.finess_ej,
            "og_siret": f", SIRET {og.siret}" if og.siret else "",
            "og_adresse": og.address or BLANK,
            "signataire": og.legal_rep_name or BLANK,
            "signataire_fonction": og.legal_rep_function or BLANK,
            "nb_essms_og": fmt.number(len(og.essms)),
            "essms_engages": engaged_essms(len(og.essms)),
            "liste_essms": tuple(f"{e.name} — FINESS {e.finess_et}" for e in og.essms) or ("(aucun ESSMS renseigné)",),
        })
        out.append(Letter(og.name, og.finess_ej, og.legal_rep_name, values, og.legal_rep_function))
    return tuple(out)


def convention(d: Mapping[str, Any], ogs: tuple[OgRow, ...], porteur: OgRow | None, dui: DuiFacts,
               grappe: GrappeFacts, budget_: Budget) -> dict[str, str | tuple[str, ...]]:
    values = _common(d, ogs, porteur, dui, grappe)
    funder = ("la CNSA" if grappe.filing_level == "national"
              else f"l'ARS {grappe.filing_region}" if grappe.filing_region else "l'ARS")
    members = tuple(
        f"**{og.name}**, FINESS juridique {og.finess_ej}, dont le siège est situé {og.address or BLANK}, "
        f"{represented(og.legal_status_code)} par {signatory(og)}{' — porteur du projet' if og.is_porteur else ''} ;"
        for og in ogs
    ) or ("(aucun organisme gestionnaire renseigné)",)
    values.update({
        "financeur": funder,
        "liste_membres": members,
        "hebergement": HOSTING_PHRASES.get(d.get("hosting"), "à préciser"),
        "montant_subvention": fmt.euros(budget_.grant_retained),
        "avance_texte": f"{fmt.percent(budget_.avance_percent)} ({fmt.euros(budget_.avance)}) {budget_.avance_when}",
        "solde_texte": f"{fmt.percent(budget_.solde_percent)} ({fmt.euros(budget_.solde)}) {budget_.solde_condition}",
        "nb_exemplaires": fmt.number(max(len(ogs), 1)),
    })
    return values
