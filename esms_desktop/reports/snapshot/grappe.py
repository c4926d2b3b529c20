"""The grappe and its governance: the OGs with their ESSMS, the composition's facts and findings, the people
and the ESSMS' DUI referents. No Qt."""

from __future__ import annotations

from collections import Counter
from collections.abc import Mapping
from typing import Any

from esms_desktop.reports import labels as L
from esms_desktop.reports.model import EssmsRow, GrappeFacts, OgRow, PersonRow, ReferentRow
from esms_desktop.reports.snapshot.common import finding_row
from esms_desktop.rules.campaign import Campaign
from esms_desktop.rules.dossier import Dossier, Person
from esms_desktop.rules.dossier_dict import as_int, essms_of, part
from esms_desktop.rules.dossier_dict import as_text as text
from esms_desktop.rules.dossier_dict import ogs as og_dicts
from esms_desktop.rules.grappe.composition import CompositionReport, window_text
from esms_desktop.rules.grappe.sectors import category_label
from esms_desktop.rules.identity.finess import department_of, normalise
from esms_desktop.rules.identity.geography import department_name, region_name

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


def og_rows(d: Mapping[str, Any], people: list[Mapping[str, Any]], report: CompositionReport) -> tuple[OgRow, ...]:
    out = []
    for index, og in enumerate(og_dicts(d)):
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
