"""The grappe and its governance: the OGs with their ESSMS, the composition's facts and findings, the people
and the ESSMS' DUI referents. No Qt."""

from __future__ import annotations

from collections import Counter

from esms_desktop.reports import labels as L
from esms_desktop.reports.model import EssmsRow, GrappeFacts, OgRow, PersonRow, ReferentRow
from esms_desktop.reports.snapshot.common import finding_row
from esms_desktop.rules.campaign import Campaign
from esms_desktop.rules.dossier import Dossier, Essms, Og, Person
from esms_desktop.rules.grappe.composition import CompositionReport, window_text
from esms_desktop.rules.grappe.sectors import category_label
from esms_desktop.rules.identity.geography import department_name, region_name


def _current_dui(e: Essms) -> str:
    software = " ".join(x for x in (e.dui_software, e.dui_version) if x)
    base = L.label(L.DUI_KINDS, e.dui_kind)
    return f"{software} — {base}" if software and e.dui_kind != "none" else base


def _essms_row(e: Essms, og: Og, people: tuple[Person, ...]) -> EssmsRow:
    dept = e.place_department
    code = e.category_code or ""
    cat = e.category_label or category_label(code) or ""
    referent = people[e.referent].name if e.referent is not None and 0 <= e.referent < len(people) else ""
    return EssmsRow(
        finess_et=e.finess_et, name=e.name, og_finess_ej=og.finess_ej, og_name=og.name,
        category=" — ".join(x for x in (code, cat) if x), sector=e.sector or None, sector_label=L.sector_label(e.sector),
        department=" — ".join(x for x in (dept, department_name(dept)) if x),
        town=" ".join(x for x in (e.postcode, e.town) if x), persons_accompanied=e.persons_accompanied,
        current_dui=_current_dui(e), referent=referent, isolated=e.isolated,
    )


def og_rows(dossier: Dossier, report: CompositionReport) -> tuple[OgRow, ...]:
    """The OGs with their ESSMS; the yes/no and progress fields a file left out print « ? » or
    « Non renseigné » (``Og.given``)."""
    out = []
    for index, og in enumerate(dossier.ogs):
        members = tuple(_essms_row(e, og, dossier.people) for e in og.essms)
        asked = tuple(label for wanted, label in (
            (og.funding.equipment, "Équipement et infrastructure"),
            (og.funding.amoa_purchasing, "AMOA pour la procédure d'achat"),
            (og.funding.amoa_piloting, "AMOA ou chef de projet pour le pilotage")) if wanted)
        out.append(OgRow(
            index=index, finess_ej=og.finess_ej, name=og.name, is_porteur=og.is_porteur, siret=og.siret,
            legal_status=L.label(L.LEGAL_STATUSES, og.legal_status, ""), address=og.address,
            contact_name=og.contact_name, contact_email=og.contact_email, contact_phone=og.contact_phone,
            essms=members, persons_accompanied=sum(e.persons_accompanied or 0 for e in members),
            small_og=og.finess_ej in report.small_ogs,
            has_rsi=og.given("has_rsi"), dpo_designated=og.given("dpo_designated"),
            rgpd_status=L.label(L.PROGRESS, og.given("rgpd_status")), it_charter=L.label(L.PROGRESS, og.given("it_charter")),
            national_entity=og.national_entity, national_agreement=og.national_agreement, funding_requested=asked,
            legal_rep_name=og.legal_rep_name, legal_rep_function=og.legal_rep_function,
            legal_status_code=og.legal_status or "",
        ))
    return tuple(out)


def grappe_facts(campaign: Campaign, report: CompositionReport, ogs: tuple[OgRow, ...]) -> GrappeFacts:
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


def person_row(p: Person) -> PersonRow:
    """One person of the governance (the typed dossier's)."""
    return PersonRow(
        name=p.name, function=p.function, organisation=p.organisation, email=p.email, phone=p.phone,
        copil_role=L.COPIL_ROLES.get(p.copil_role or "", ""), coproj_role=L.COPROJ_ROLES.get(p.coproj_role or "", ""),
        project_lead=p.project_lead, fte=p.fte, skills=p.skills,
    )


def referents(dossier: Dossier) -> tuple[ReferentRow, ...]:
    """The DUI referent of each ESSMS that has one (the typed dossier's)."""
    found = []
    people = dossier.people
    for e in dossier.all_essms:
        if e.referent is not None and 0 <= e.referent < len(people) and people[e.referent].name:
            person = people[e.referent]
            found.append(ReferentRow(e.name, e.finess_et, person.name, person.function))
    return tuple(found)
