"""The grappe, its governance, and the DUI solution."""

from __future__ import annotations

from esms_desktop.reports.model import FindingRow, PackSnapshot, PersonRow
from esms_desktop.reports.sections.base import Story, check, number
from esms_desktop.reports.wording import count, essms_phrase


def grappe(b: Story, s: PackSnapshot, title: str) -> None:
    b.section(title, "grappe")
    g = s.grappe
    if not s.ogs:
        b.missing("grappe")
        return
    b.para(f"La grappe réunit {count(g.og_count, 'organisme gestionnaire', 'organismes gestionnaires')} et "
           f"{essms_phrase(g.essms_count)} (ESSMS), qui accompagnent "
           f"{count(g.persons_accompanied, 'personne', 'personnes')}.")
    sectors = ", ".join(f"{label} : {number(n)}" for label, n in g.sector_counts)
    regions = ", ".join(f"{name} : {number(n)}" for name, n in g.region_counts)
    b.facts([
        ("Porteur du projet", f"{s.porteur.name} (FINESS juridique {s.porteur.finess_ej})" if s.porteur else ""),
        ("Appel à projets", g.filing_label + (f" — ARS {g.filing_region}" if g.filing_region else "")),
        ("Fenêtre de dépôt", g.window),
        ("ESSMS par région", regions),
        ("ESSMS par secteur", sectors),
        ("Secteur majoritaire", g.majority_sector or "Aucun secteur majoritaire"),
    ])
    b.sub("Organismes gestionnaires")
    rows = [[og.finess_ej, og.name, og.legal_status, "Porteur" if og.is_porteur else "",
             number(len(og.essms)), number(og.persons_accompanied)] for og in s.ogs]
    rows.append(["", "Total", "", "", number(g.essms_count), number(g.persons_accompanied)])
    b.table(["FINESS EJ", "Organisme gestionnaire", "Statut", "Rôle", "ESSMS", "Personnes accompagnées"], rows,
            (0.12, 0.36, 0.17, 0.09, 0.09, 0.17), right=(4, 5), total=True)
    b.sub("Établissements et services (ESSMS)")
    b.note("Les ESSMS sous leur organisme gestionnaire, avec leur référent DUI et le DUI qu'ils utilisent aujourd'hui.")
    rows, bands = [], []
    for og in s.ogs:
        bands.append(len(rows))
        rows.append([f"{og.name} — FINESS juridique {og.finess_ej} — {essms_phrase(len(og.essms))}"
                     .replace("établissements et services sociaux et médico-sociaux", "ESSMS")
                     .replace("établissement ou service social ou médico-social", "ESSMS"),
                     "", "", "", "", ""])
        rows += [[e.finess_et, f"{e.name}\n{e.category}" if e.category else e.name, e.department.split(" — ")[0],
                  number(e.persons_accompanied), e.referent, e.current_dui] for e in og.essms]
    b.table(["FINESS ET", "ESSMS et catégorie", "Dépt", "Pers. acc.", "Référent DUI", "DUI actuel"], rows,
            (0.1, 0.44, 0.055, 0.075, 0.13, 0.2), right=(3,), center=(2,), bands=bands)
    _og_details(b, s)
    findings(b, g.findings, "Points d'attention sur la composition")


def _og_details(b: Story, s: PackSnapshot) -> None:
    if not any(og.contact_name or og.address or og.rgpd_status != "Non renseigné" for og in s.ogs):
        return
    b.sub("Contacts et prérequis de chaque organisme")
    rows = [[og.name, "\n".join(x for x in (og.contact_name, og.contact_email, og.contact_phone) if x),
             og.address, check(og.has_rsi), check(og.dpo_designated), og.rgpd_status, og.it_charter] for og in s.ogs]
    b.table(["Organisme", "Contact", "Adresse du siège", "RSI", "DPO", "RGPD", "Charte SI"], rows,
            (0.17, 0.31, 0.2, 0.06, 0.06, 0.1, 0.1), center=(3, 4))
    national = [og for og in s.ogs if og.national_entity]
    if national:
        rows = [[og.name, og.national_entity, "Obtenu" if og.national_agreement else "À obtenir"] for og in national]
        b.table(["Organisme", "Entité nationale de rattachement", "Accord écrit"], rows, (0.4, 0.4, 0.2))


def findings(b: Story, rows: tuple[FindingRow, ...], title: str) -> None:
    if not rows:
        return
    b.sub(title)
    b.table(["Niveau", "Constat", "Que faire"], [[f.severity_label, f.text, f.fix] for f in rows],
            (0.12, 0.5, 0.38))


def _people(b: Story, people: tuple[PersonRow, ...], role: str) -> None:
    rows = [[p.name, p.function, p.organisation, getattr(p, role), p.email] for p in people]
    b.table(["Nom", "Fonction", "Organisme", "Rôle", "Courriel"], rows, (0.16, 0.18, 0.24, 0.11, 0.31))


def governance(b: Story, s: PackSnapshot, title: str) -> None:
    b.section(title, "gouvernance")
    if not s.people:
        b.missing("governance")
        return
    b.sub("Comité de pilotage (COPIL)")
    b.para("Le comité de pilotage réunit les représentants des organismes gestionnaires : il fixe les orientations, "
           "valide le planning et le budget et arbitre les difficultés.")
    if s.copil:
        _people(b, s.copil, "copil_role")
    else:
        b.missing("governance")
    b.sub("Comité projet (COPROJ)")
    b.para("Le comité projet assure le suivi opérationnel : paramétrage, formation, déploiement et mesure des usages.")
    if s.coproj:
        _people(b, s.coproj, "coproj_role")
    else:
        b.missing("governance")
    b.sub("Référents DUI des ESSMS")
    if s.referents:
        b.para("Chaque ESSMS a son référent DUI dans le tableau des ESSMS de la section 2 ; les personnes désignées :")
        people: dict[tuple[str, str], int] = {}
        for r in s.referents:
            people[(r.person, r.function)] = people.get((r.person, r.function), 0) + 1
        rows = [[person, function, number(n)] for (person, function), n in people.items()]
        b.table(["Référent DUI", "Fonction", "ESSMS suivis"], rows, (0.4, 0.4, 0.2), right=(2,))
        without = len(s.essms) - len(s.referents)
        if without > 0:
            b.note(f"{number(without)} ESSMS sans référent DUI désigné.")
    else:
        b.missing("governance")


def dui(b: Story, s: PackSnapshot, title: str) -> None:
    b.section(title, "dui")
    d = s.dui
    if not d.known:
        b.missing("dui")
    b.facts([
        ("Solution (logiciel)", d.software),
        ("Éditeur", d.editor),
        ("Référencée Ségur", {True: "Oui", False: "Non", None: ""}[d.segur_referenced]),
        ("Type de projet", d.project_type_label),
        ("Hébergement", d.hosting_label),
    ])
    b.sub("Services socles")
    b.table(["Service socle", "Interfacé avec le DUI"], [[label, check(on)] for label, on in d.services_socles],
            (0.7, 0.3), center=(1,), keep=True)
    counted = d.counted_socles
    b.para(f"Le DUI est interopérable avec {number(d.criterion_socles)} des {number(len(counted))} services socles "
           f"retenus par l'appel à projets ({', '.join(counted)}) ; il en faut au moins {number(d.min_socles)}.")
    b.sub("Référentiels intégrés")
    b.table(["Référentiel", "Intégré au DUI"], [[label, check(on)] for label, on in d.referentials], (0.7, 0.3),
            center=(1,), keep=True)
    b.note("Sérafin-PH pour les ESSMS du secteur des personnes en situation de handicap, "
           "AGGIR et Pathos pour ceux du secteur des personnes âgées.")
    if d.current_duis:
        b.sub("Équipement actuel des ESSMS")
        b.table(["Situation actuelle", "ESSMS"], [[label, number(n)] for label, n in d.current_duis], (0.7, 0.3),
                right=(1,))
        b.note("Le DUI de chaque ESSMS est donné dans le tableau des ESSMS de la section 2.")
