"""Build the pack snapshot from a dossier file dict, computing everything derived with the pure rules.

    snapshot = build_pack_snapshot(export_dossier(db, dossier_id))

Accepts the first slice of the format as well as the full one (dossier-format.md): a missing key is
an empty section, printed as « Non renseigné — à compléter à l'étape … ». No Qt, no database.
The budget, maturity, planning, check-lists and letters are in :mod:`snapshot_parts`.
"""

from __future__ import annotations

import datetime as dt
from collections import Counter
from collections.abc import Iterable, Mapping
from typing import Any

from esms_desktop import __version__
from esms_desktop.reports import labels as L
from esms_desktop.reports import snapshot_parts as parts
from esms_desktop.reports import snapshot_pieces as pieces
from esms_desktop.reports.french import french
from esms_desktop.reports.model import (
    CheckItem,
    DuiFacts,
    EssmsRow,
    GrappeFacts,
    OgRow,
    PackSnapshot,
    PersonRow,
    PresentationPart,
    ReferentRow,
)
from esms_desktop.reports.aap_checklist import aap_checklist
from esms_desktop.reports.snapshot_parts import finding_row
from esms_desktop.rules.campaign import (
    Campaign,
    CampaignFileError,
    available_campaigns,
    campaign_of,
    document_short_name,
)
from esms_desktop.rules.grappe.composition import CompositionReport, check_composition, window_text
from esms_desktop.rules.grappe.composition_input import grappe_input
from esms_desktop.rules.dossier import Dossier, as_dossier
from esms_desktop.rules.dossier_dict import all_essms, as_int, dossier_part, essms_of, ogs, part, rows
from esms_desktop.rules.dossier_dict import as_text as text
from esms_desktop.rules.identity.finess import department_of, normalise
from esms_desktop.rules.identity.geography import department_name, region_name
from esms_desktop.rules.presentation import PRESENTATION_KEYS
from esms_desktop.rules.grappe.sectors import category_label

#: The note's parts, titled as the « Note de présentation » step titles them.
PRESENTATION_TITLES = {
    "context": "Contexte et motivations",
    "strategy": "Stratégie SI et liens avec le Ségur",
    "perimeter_current": "Périmètre fonctionnel actuel du DUI",
    "perimeter_target": "Périmètre fonctionnel cible",
    "team": "Équipe projet (compétences, ETP)",
    "governance": "Gouvernance",
    "benefits": "Bénéfices attendus",
}

CheckInput = tuple[Any, str, Any]
"""A check-list line the caller gives: (label, state, explanation); label and
explanation are French strings or :class:`~esms_desktop.text.Message` s."""


# ------------------------------------------------------------------------------------------ entry


def build_pack_snapshot(
    dossier_dict: Mapping[str, Any],
    *,
    checklist: Iterable[CheckInput] | None = None,
    today: dt.date | None = None,
) -> PackSnapshot:
    """Everything the pack prints, from the dossier file dict (``{"format": …, "dossier": {…}}``
    or the inner ``dossier`` object).

    ``checklist``: the admissibility criteria as (label, state, explanation), when the caller has them;
    by default they come from ``esms_desktop.rules.admissibility.checker``; when the dossier's campaign has no
    rule file, every criterion prints « non évalué » (the rest of the pack uses the closest campaign's
    rules and says so). ``today``: the edition date (and the day of the check).
    """
    typed = as_dossier(dossier_dict)  # read once: the rules take it as it is rather than parse the dict again
    d = dossier_part(dossier_dict)
    campaign, campaign_note = _campaign(d.get("campaign_year"))
    people_raw = rows(d, "people")
    people = tuple(_person(p) for p in people_raw)
    report = check_composition(grappe_input(typed), campaign)
    ogs = _ogs(d, people_raw, report)
    essms = tuple(e for og in ogs for e in og.essms)
    porteur = next((og for og in ogs if og.is_porteur), None)
    dui = _dui(d, campaign)
    grappe = _grappe_facts(campaign, report, ogs)
    budget = parts.budget(typed, campaign)
    check = _check_report(typed, today)  # None when the dossier's campaign has no rule file
    items, evaluated, summary = _checklist(campaign, checklist, check)
    galis_done = _galis_done(d, check)
    if checklist is None and check is not None:  # one GALIS verdict in section 11 and annex 3
        items = pieces.galis_pending(items, tuple(c.key for c in check.criteria), galis_done)
    label = campaign.label + (f" ({campaign_note})" if campaign_note else "")
    return PackSnapshot(
        dossier_name=text(d.get("name")) or "Dossier sans nom",
        uid=text(d.get("uid")),
        campaign_year=as_int(d.get("campaign_year")) or campaign.year,
        campaign_label=label,
        campaign_indicative=campaign.indicative,
        generated_on=today or dt.date.today(),
        app_version=__version__,
        region=region_name(d.get("region")),
        project_type_label=L.label(L.PROJECT_TYPES, d.get("project_type")),
        hosting_label=L.label(L.HOSTINGS, d.get("hosting")),
        porteur=porteur,
        ogs=ogs,
        essms=essms,
        presentation=_presentation(d),
        people=people,
        referents=_referents(d, people_raw),
        grappe=grappe,
        dui=dui,
        needs=parts.needs(d, ogs),
        budget=budget,
        maturity=parts.maturity(d, ogs),
        planning=parts.planning(d, campaign),
        communication=parts.communication(d),
        partners=parts.partners(d),
        usage_targets=parts.usage_targets(campaign),
        usage_measurement=" ".join(x for x in (campaign.usage_measurement, parts.carried_note(campaign)) if x),
        sources=tuple(sorted(((document_short_name(title), title) for title in campaign.documents.values()))),
        checklist=items,
        checklist_evaluated=evaluated,
        checklist_summary=summary,
        aap_checklist=aap_checklist(d, len(ogs), check, galis_done),
        letters=pieces.complete_letters(parts.letters(d, ogs, porteur, dui, grappe), ogs, budget),
        convention=parts.convention(d, ogs, porteur, dui, grappe, budget),
        commitments=_commitments(d),
        attachments=pieces.attachments(d, ogs),
        galis_done=galis_done,
    )


def _galis_done(d: Mapping[str, Any], check: Any | None) -> bool:
    """Criterion 2 satisfied: its fields filled and the user said the candidature is entered in GALIS."""
    from esms_desktop.rules.admissibility.criteria import galis_entered
    from esms_desktop.rules.dossier_values import day

    if check is None:
        return False
    try:
        criterion = check.get("admissibility.galis")
    except KeyError:
        return False
    return galis_entered(criterion, day(d.get("galis_entered_on")))


def _campaign(year: Any) -> tuple[Campaign, str]:
    """The campaign's rules; an unknown year falls back to the closest known campaign (and says so).

    This fallback is the pack's own: a document still prints for a dossier of a campaign the application
    has no rules for, with a note in its campaign label. The rules themselves never fall back
    (:func:`rules.campaign.campaign_of` raises), so the admissibility check-list prints « non évalué ».
    """
    wanted = as_int(year)
    if wanted is not None and wanted in available_campaigns():
        return campaign_of({"campaign_year": wanted}), ""  # validated once per process
    years = available_campaigns()
    fallback = min(years, key=lambda y: (abs(y - (wanted or years[-1])), -y))
    return campaign_of({"campaign_year": fallback}), f"règles de la campagne {fallback}, faute de règles pour {wanted}"


# ------------------------------------------------------------------------------------------ grappe


def _department(essms: Mapping[str, Any]) -> str:
    dept = text(essms.get("department"))
    if dept:
        return dept
    number = normalise(text(essms.get("finess_et")))
    return (department_of(number) or "") if len(number) >= 2 else ""


def _current_dui(e: Mapping[str, Any]) -> str:
    kind = e.get("dui_kind")
    if kind is None:
        return ""
    software = " ".join(x for x in (text(e.get("dui_software")), text(e.get("dui_version"))) if x)
    base = L.label(L.DUI_KINDS, kind)
    return f"{software} — {base}" if software and kind != "none" else base


def _person_name(people: list[Mapping[str, Any]], index: Any) -> tuple[str, str]:
    i = as_int(index)
    if i is None or not 0 <= i < len(people):
        return "", ""
    return text(people[i].get("name")), text(people[i].get("function"))


def _ogs(d: Mapping[str, Any], people: list[Mapping[str, Any]], report: CompositionReport) -> tuple[OgRow, ...]:
    out = []
    for index, og in enumerate(ogs(d)):
        name, ej = text(og.get("name")), text(og.get("finess_ej"))
        members = []
        for e in essms_of(og):
            dept = _department(e)
            code = text(e.get("category_code"))
            cat = text(e.get("category_label")) or category_label(code) or ""
            members.append(EssmsRow(
                finess_et=text(e.get("finess_et")), name=text(e.get("name")), og_finess_ej=ej, og_name=name,
                category=" — ".join(x for x in (code, cat) if x), sector=e.get("sector") or None,
                sector_label=L.sector_label(e.get("sector")),
                department=" — ".join(x for x in (dept, department_name(dept)) if x),
                town=" ".join(x for x in (text(e.get("postcode")), text(e.get("town"))) if x),
                persons_accompanied=as_int(e.get("persons_accompanied")), current_dui=_current_dui(e),
                referent=_person_name(people, e.get("referent"))[0], isolated=bool(e.get("isolated")),
            ))
        funding = part(og, "funding")
        asked = tuple(label for key, label in (
            ("equipment", "Équipement et infrastructure"), ("amoa_purchasing", "AMOA pour la procédure d'achat"),
            ("amoa_piloting", "AMOA ou chef de projet pour le pilotage")) if funding.get(key))
        out.append(OgRow(
            index=index, finess_ej=ej, name=name, is_porteur=bool(og.get("is_porteur")), siret=text(og.get("siret")),
            legal_status=L.label(L.LEGAL_STATUSES, og.get("legal_status"), ""), address=text(og.get("address")),
            contact_name=text(og.get("contact_name")), contact_email=text(og.get("contact_email")),
            contact_phone=text(og.get("contact_phone")), essms=tuple(members),
            persons_accompanied=sum(e.persons_accompanied or 0 for e in members),
            small_og=ej in report.small_ogs,
            has_rsi=og.get("has_rsi") if isinstance(og.get("has_rsi"), bool) else None,
            dpo_designated=og.get("dpo_designated") if isinstance(og.get("dpo_designated"), bool) else None,
            rgpd_status=L.label(L.PROGRESS, og.get("rgpd_status")), it_charter=L.label(L.PROGRESS, og.get("it_charter")),
            national_entity=text(og.get("national_entity")), national_agreement=bool(og.get("national_agreement")),
            funding_requested=asked,
            legal_rep_name=text(og.get("legal_rep_name")), legal_rep_function=text(og.get("legal_rep_function")),
            legal_status_code=text(og.get("legal_status")),
        ))
    return tuple(out)


def _grappe_facts(campaign: Campaign, report: CompositionReport, ogs: tuple[OgRow, ...]) -> GrappeFacts:
    essms = [e for og in ogs for e in og.essms]
    sectors = Counter(e.sector_label or "Secteur non renseigné" for e in essms)
    level = report.filing_level
    return GrappeFacts(
        og_count=len(ogs),
        essms_count=report.essms_count,
        persons_accompanied=sum(og.persons_accompanied for og in ogs),
        sector_counts=tuple(sorted(sectors.items(), key=lambda kv: (-kv[1], kv[0]))),
        majority_sector=L.sector_label(report.majority_sector),
        filing_level=level,
        filing_label=L.FILING_LEVELS.get(level, level),
        filing_region=region_name(report.filing_region),
        window=window_text(campaign, level),
        region_counts=tuple((region_name(code) or code, n) for code, n in report.region_counts.items()),
        findings=tuple(finding_row(f) for f in report.findings if f.severity != "info"),
    )


def _person(p: Mapping[str, Any]) -> PersonRow:
    fte = p.get("fte")
    return PersonRow(
        name=text(p.get("name")), function=text(p.get("function")), organisation=text(p.get("organisation")),
        email=text(p.get("email")), phone=text(p.get("phone")),
        copil_role=L.COPIL_ROLES.get(p.get("copil_role") or "", ""),
        coproj_role=L.COPROJ_ROLES.get(p.get("coproj_role") or "", ""),
        project_lead=bool(p.get("project_lead")),
        fte=float(fte) if isinstance(fte, (int, float)) and not isinstance(fte, bool) else None,
        skills=text(p.get("skills")),
    )


def _referents(d: Mapping[str, Any], people: list[Mapping[str, Any]]) -> tuple[ReferentRow, ...]:
    found = []
    for e in all_essms(d):
        name, function = _person_name(people, e.get("referent"))
        if name:
            found.append(ReferentRow(text(e.get("name")), text(e.get("finess_et")), name, function))
    return tuple(found)


def _dui(d: Mapping[str, Any], campaign: Campaign) -> DuiFacts:
    dui = part(d, "dui")
    socles = set(dui.get("services_socles") or ())
    refs = set(dui.get("referentials") or ())
    kinds = Counter()
    for e in all_essms(d):
        if e.get("dui_kind"):
            kinds[L.label(L.DUI_KINDS, e.get("dui_kind"))] += 1
    segur = dui.get("segur_referenced")
    return DuiFacts(
        known=bool(dui),
        software=text(dui.get("software")),
        editor=text(dui.get("editor")),
        segur_referenced=segur if isinstance(segur, bool) else None,
        project_type=text(d.get("project_type")),
        project_type_label=L.label(L.PROJECT_TYPES, d.get("project_type")),
        hosting_label=L.label(L.HOSTINGS, d.get("hosting")),
        services_socles=tuple((label, key in socles) for key, label in L.SERVICES_SOCLES.items()),
        criterion_socles=len(socles & set(campaign.counted_services_socles)),
        referentials=tuple((label, key in refs) for key, label in L.REFERENTIALS.items()),
        current_duis=tuple(sorted(kinds.items(), key=lambda kv: -kv[1])),
        counted_socles=tuple(L.SERVICES_SOCLES.get(code, code) for code in campaign.counted_services_socles),
        min_socles=campaign.min_services_socles,
    )


def _presentation(d: Mapping[str, Any]) -> tuple[PresentationPart, ...]:
    given = part(d, "presentation")
    return tuple(PresentationPart(key, PRESENTATION_TITLES[key], text(given.get(key))) for key in PRESENTATION_KEYS)


def _commitments(d: Mapping[str, Any]) -> tuple[tuple[str, bool | None], ...]:
    given = part(d, "commitments")
    return (
        ("Engagement à renseigner le Répertoire opérationnel des ressources (ROR)", given.get("ror")),
        ("Dossier déjà déposé lors d'une vague précédente", given.get("earlier_wave")),
    )


# ------------------------------------------------------------------------------------------ check-list


def _check_item(label: Any, state: Any, explanation: Any, kind: str = "admissibility",
                number: int | None = None, details: tuple = ()) -> CheckItem:
    code = text(state).lower() or L.NOT_EVALUATED
    if isinstance(state, bool):
        code = "ok" if state else "missing"
    why = " ".join(x for x in (french(explanation or ""), *(french(m) for m in details[:6])) if x)
    if len(details) > 6:
        why += f" (et {len(details) - 6} autres)"
    return CheckItem(french(label), code, L.CHECK_STATES.get(code, text(state)), why, kind, number)


def _check_report(d: Dossier, today: dt.date | None) -> Any | None:
    """The admissibility check (:mod:`esms_desktop.rules.admissibility.checker`) of the dossier, made once for
    section 11 and annex 3; None when the dossier's campaign has no valid rule file. Any other error of
    the checker propagates: the caller (export worker, CLI) reports it."""
    from esms_desktop.rules.admissibility.checker import check_admissibility

    try:
        return check_admissibility(d, today)
    except CampaignFileError:
        return None


def _checklist(campaign: Campaign, given: Iterable[CheckInput] | None,
               report: Any | None) -> tuple[tuple[CheckItem, ...], bool, str]:
    """The admissibility check-list: given as (label, state, explanation) tuples, or from the checker's
    ``report``; without one (no rule file for the dossier's campaign), every criterion of 003 §7
    « non évalué », with the figures of ``campaign`` (the rules the pack fell back on)."""
    from esms_desktop.rules.admissibility.checker import summary

    if given is not None:
        return tuple(_check_item(*item) for item in given), True, ""
    if report is None:
        state = L.CHECK_STATES[L.NOT_EVALUATED]
        items = tuple(CheckItem(c, L.NOT_EVALUATED, state, "", "admissibility", i + 1)
                      for i, c in enumerate(L.admissibility_criteria(campaign)))
        return items, False, ""
    items = tuple(_check_item(c.label, c.state, c.explanation, c.kind, c.number, tuple(c.details))
                  for c in report.criteria)
    return items, True, french(summary(report))
