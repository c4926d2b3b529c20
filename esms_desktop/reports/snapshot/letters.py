"""The engagement letters and the partnership convention: their template values, each letter's ESSMS,
head-office town, signatory and shares. No Qt."""

from __future__ import annotations

import re
from dataclasses import replace

from esms_desktop import formatting as fmt
from esms_desktop.reports.model import Budget, DuiFacts, GrappeFacts, Letter, OgRow
from esms_desktop.reports.snapshot.common import BLANK
from esms_desktop.reports.snapshot.funding import og_shares
from esms_desktop.reports.wording import count, engaged_essms, essms_phrase, represented
from esms_desktop.rules.dossier import Dossier

HOSTING_PHRASES = {
    "saas": "SaaS (logiciel en ligne)",
    "externe": "hébergement externe",
    "on_premise": "hébergement sur site (on premise)",
}


PROJECT_PHRASES = {
    "acquisition": "un projet d'acquisition ou de renouvellement de DUI (cas 1)",
    "conformite": "un projet de mise en conformité, c'est-à-dire de passage à la version référencée Ségur du DUI (cas 2)",
}


_TOWN = re.compile(r"\b\d{5}\s+([^,\d][^,]*?)\s*(?:cedex\b.*)?$", re.IGNORECASE)


_FEMININE = re.compile(r"^(mme|madame|mlle)\b|\b(directrice|présidente|gérante|administratrice|déléguée|"
                       r"responsable générale|secrétaire générale|trésorière|adjointe|coordinatrice)\b", re.IGNORECASE)


_MASCULINE = re.compile(r"^(m|mr|monsieur)\b\.?|\b(directeur|président|gérant|administrateur|délégué|"
                        r"secrétaire général|trésorier|adjoint|coordinateur)\b", re.IGNORECASE)


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


def _common(d: Dossier, ogs: tuple[OgRow, ...], porteur: OgRow | None, dui: DuiFacts,
            grappe: GrappeFacts) -> dict[str, str | tuple[str, ...]]:
    return {
        "dossier_nom": d.name,
        "campagne": str(d.campaign_year or ""),
        "porteur_nom": porteur.name if porteur else BLANK,
        "porteur_finess_ej": porteur.finess_ej if porteur else BLANK,
        "nb_og": fmt.number(len(ogs)),
        "nb_essms": fmt.number(grappe.essms_count),
        "nb_og_texte": count(len(ogs), "organisme gestionnaire", "organismes gestionnaires"),
        "nb_essms_texte": essms_phrase(grappe.essms_count),
        "geres": "géré" if grappe.essms_count == 1 else "gérés",
        "les_membres": "son unique membre" if len(ogs) == 1 else f"les {fmt.number(len(ogs))} membres",
        "type_projet": PROJECT_PHRASES.get(d.given("project_type"), "un projet dont le type reste à préciser"),
        "dui": _dui_text(dui),
        "destinataire": _addressee(grappe),
    }


def signatory(og: OgRow) -> str:
    """« Claire Martin, directrice générale », or a line to fill in by hand when no one is named."""
    if not og.legal_rep_name:
        return BLANK
    return ", ".join(x for x in (og.legal_rep_name, og.legal_rep_function) if x)


def letters(d: Dossier, ogs: tuple[OgRow, ...], porteur: OgRow | None, dui: DuiFacts,
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


def convention(d: Dossier, ogs: tuple[OgRow, ...], porteur: OgRow | None, dui: DuiFacts,
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
        "hebergement": HOSTING_PHRASES.get(d.given("hosting"), "à préciser"),
        "montant_subvention": fmt.euros(budget_.grant_retained),
        "avance_texte": f"{fmt.percent(budget_.avance_percent)} ({fmt.euros(budget_.avance)}) {budget_.avance_when}",
        "solde_texte": f"{fmt.percent(budget_.solde_percent)} ({fmt.euros(budget_.solde)}) {budget_.solde_condition}",
        "nb_exemplaires": fmt.number(max(len(ogs), 1)),
    })
    return values


def head_office_town(address: str) -> str:
    """« Auxerre » from « 3 rue X, 89000 Auxerre » (the town after the postcode), "" when there is none."""
    for line in reversed([x.strip() for x in re.split(r"[\n,]", address) if x.strip()]):
        match = _TOWN.search(line)
        if match:
            return match.group(1).strip()
    return ""


def soussigne(name: str, function: str) -> str:
    """« soussignée » / « soussigné » from the civility before the name (« Mme », « M. ») or, without one,
    from the function's gender (« directrice »); « soussigné(e) » when neither says."""
    for value in (name.strip(), function.strip()):
        if _FEMININE.search(value):
            return "soussignée"
        if _MASCULINE.search(value):
            return "soussigné"
    return "soussigné(e)"


def complete_letters(letters: tuple[Letter, ...], ogs: tuple[OgRow, ...], budget: Budget) -> tuple[Letter, ...]:
    """The letters with their OG's ESSMS, head-office town and shares (letters and OGs in the same order)."""
    shares = og_shares(ogs, budget)
    out = []
    for item, og in zip(letters, ogs):
        grant, own = shares.get(og.index, (None, None))
        values = dict(item.values)
        values["soussigne"] = soussigne(og.legal_rep_name, og.legal_rep_function)
        out.append(replace(item, values=values, essms=og.essms, town=head_office_town(og.address), grant_share=grant,
                           cofinancing=own))
    return tuple(out) + tuple(letters[len(ogs):])
