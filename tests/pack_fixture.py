"""Hand-written dossiers in the FULL file shape (dossier-format.md) for the PDF pack's tests and benchmark.

``full_dossier()`` is a small regional grappe whose figures are worked out by hand in the tests;
``national_dossier(200)`` a large national one for the benchmark.
"""

from __future__ import annotations

import datetime as dt

from esms_desktop.rules.identity.finess import expected_key
from esms_desktop.rules.maturity.scoring import load_questionnaire
from esms_desktop.rules.planning.schedule import generate_plan

DEPARTMENTS = ("21", "89", "71", "58", "25", "39", "70", "90")  # Bourgogne-Franche-Comté
NATIONAL_DEPARTMENTS = ("21", "75", "69", "13", "33", "59", "35", "67", "31", "44")


def finess(department: str, serial: int) -> str:
    """A FINESS number with a valid key: department + 6 digits + key."""
    head = f"{department}{serial:06d}"
    return head + expected_key(head)


def _maturity(level: str) -> dict:
    """Answers to every question of the direction questionnaire: all at the top level, or all « nsp »."""
    q = load_questionnaire("direction")
    answers = {x.id: (x.max_level if level == "max" else "nsp") for x in q.questions}
    return {"variant": "direction", "questionnaire_id": q.id, "questionnaire_version": q.version,
            "respondent": "Directrice", "answered_on": "2024-04-02", "answers": answers}


def _essms(og: int, j: int, department: str, sector: str, referent: int | None) -> dict:
    return {
        "finess_et": finess(department, 100 * og + j + 1), "name": f"ESSMS {og + 1}.{j + 1} « Les Tilleuls »",
        "category_code": "500" if sector == "PA" else "382",
        "category_label": None, "sector": sector, "sector_override": False, "department": department,
        "address": f"{j + 1} rue de l'Église", "postcode": f"{department}000", "town": "Dijon",
        "persons_accompanied": 10 * (j + 1),
        "dui_kind": "software" if j % 2 else "none", "dui_software": "Tableur" if j % 2 else "",
        "dui_version": "", "sons_ordered": False, "sons_software": "", "already_funded": False,
        "funded_software": "", "confort_services": False, "isolated": False, "referent": referent, "notes": "",
    }


def _og(i: int, size: int, departments: tuple[str, ...], maturity: dict | None, funding: dict) -> dict:
    dept = departments[i % len(departments)]
    return {
        "finess_ej": finess(dept, 900000 + i), "name": f"Association Œuvre n° {i + 1}", "is_porteur": i == 0,
        "siret": "", "legal_status": "prive_non_lucratif", "address": f"{i + 1} place de la Mairie, {dept}000 Ville",
        "contact_name": f"Directrice {i + 1}", "contact_email": f"direction{i + 1}@exemple.fr",
        "contact_phone": "03 80 00 00 00", "has_rsi": i == 0, "dpo_designated": True, "rgpd_status": "in_progress",
        "it_charter": "done", "national_entity": "", "national_agreement": False, "funding": funding,
        "essms": [_essms(i, j, dept, "PA" if j == 0 else "PH", 2 if i == 0 else None) for j in range(size)],
        "maturity": maturity,
    }


def _planning(essms: list[str], waves: int, start: dt.date) -> list[dict]:
    size = -(-len(essms) // waves)
    groups = [essms[k:k + size] for k in range(0, len(essms), size)]
    return [
        {"key": t.key, "title": t.title, "phase": t.phase, "start": t.start.isoformat(), "end": t.end.isoformat(),
         "milestone": t.milestone, "depends_on": list(t.depends_on), "owner": t.owner, "wave": t.wave,
         "wave_essms": list(t.wave_essms), "role": t.role}
        for t in generate_plan("acquisition", start, groups)
    ]


PRESENTATION = {
    "context": "Trois associations de Côte-d'Or s'unissent pour équiper leurs ESSMS d'un même DUI.\n\n"
               "Les dossiers sont aujourd'hui **sur papier** ; le coût de l'œuvre est estimé à 12 000 €.",
    "strategy": "Notre stratégie SI :\n- un DUI unique, référencé Ségur ;\n- la MSSanté pour tous ;\n"
                "- l'INS qualifiée.",
    "perimeter_current": "Tableurs et classeurs <partagés> & messagerie non sécurisée.",
    "perimeter_target": "Dossier usager complet : projet personnalisé, agenda, transmissions.",
    "team": "Une cheffe de projet à 0,8 ETP, appuyée par une AMOA.",
    "governance": "Un COPIL trimestriel et un COPROJ mensuel.",
    "benefits": "- moins de ressaisies ;\n- des échanges sécurisés.",
}


def full_dossier(sizes: tuple[int, ...] = (8, 5, 3), *, departments: tuple[str, ...] = DEPARTMENTS,
                 waves: int = 2, national: bool = False) -> dict:
    """A regional grappe of ``sum(sizes)`` ESSMS in the full shape.

    OG 1 asks for the small-OG piloting AMOA; the others for equipment. OG 1 answered every question at
    the top level, OG 2 « je ne sais pas » everywhere, the others have no diagnostic.
    """
    ogs = []
    for i, size in enumerate(sizes):
        maturity = _maturity("max") if i == 0 else _maturity("nsp") if i == 1 else None
        funding = {"equipment": i > 0, "amoa_purchasing": False, "amoa_piloting": i == 0}
        ogs.append(_og(i, size, departments, maturity, funding))
    all_essms = [e["finess_et"] for og in ogs for e in og["essms"]]
    return {
        "format": "esms-desktop/dossier", "format_version": 1, "app_version": "0.1.0",
        "dossier": {
            "uid": "0f0e0d0c-0b0a-4909-8807-060504030201",
            "name": "Grappe d'essai — DUI Côte-d'Or 2024",
            "campaign_year": 2024, "region": "27", "project_type": "acquisition", "hosting": "saas",
            "created_at": "2024-03-01T09:00:00", "modified_at": "2024-05-02T10:00:00",
            "filing_date": "2024-05-15", "national_reach": national,
            "dui": {"software": "Logiciel Alpha", "editor": "Éditeur Bêta", "segur_referenced": True,
                    "services_socles": ["dmp", "mss", "ins"], "referentials": ["serafin_ph"]},
            "commitments": {"ror": True, "earlier_wave": False},
            "rib": {"holder": "Association Œuvre n° 1", "iban": "FR7630006000011234567890189", "bic": "AGRIFRPPXXX"},
            "presentation": dict(PRESENTATION),
            "ogs": ogs,
            "people": [
                {"name": "Camille Roy", "function": "Directrice générale", "organisation": "Association Œuvre n° 1",
                 "email": "c.roy@exemple.fr", "phone": "", "copil_role": "chair", "coproj_role": "",
                 "project_lead": False, "fte": None, "skills": ""},
                {"name": "Hugo Blanc", "function": "Chef de projet", "organisation": "Association Œuvre n° 1",
                 "email": "h.blanc@exemple.fr", "phone": "", "copil_role": "member", "coproj_role": "lead",
                 "project_lead": True, "fte": 0.8, "skills": "Conduite de projet SI"},
                {"name": "Inès Petit", "function": "Référente DUI", "organisation": "Association Œuvre n° 1",
                 "email": "", "phone": "", "copil_role": "", "coproj_role": "member",
                 "project_lead": False, "fte": 0.2, "skills": "Métier"},
            ],
            "needs": [
                {"kind": "formation", "label": "Formation au DUI", "audience": "Éducateurs", "people": 10,
                 "days": 2, "quantity": None, "unit_cost": 300, "essms": None, "equipment_type": "",
                 "from_action": None},
                {"kind": "materiel", "label": "Tablettes", "audience": "", "people": None, "days": None,
                 "quantity": 5, "unit_cost": 800, "essms": [1, 0], "equipment_type": "tablette", "from_action": None},
                {"kind": "accompagnement", "label": "Conduite du changement", "audience": "Cadres", "people": None,
                 "days": None, "quantity": 4, "unit_cost": 1250, "essms": None, "equipment_type": "",
                 "from_action": None},
            ],
            "budget": {
                "expenses": [
                    {"category": "amoa", "label": "AMOA", "year": 2024, "amount": 30000, "need": None},
                    {"category": "editeur", "label": "Licences et paramétrage", "year": 2024, "amount": 150000,
                     "need": None},
                    {"category": "formation", "label": "Formation", "year": 2025, "amount": 6000, "need": 0},
                    {"category": "materiel", "label": "Tablettes", "year": 2024, "amount": 4000, "need": 1},
                ],
                "revenues": [
                    {"kind": "own_funds", "funder": "", "label": "Autofinancement", "year": 2024, "amount": 20000,
                     "quote_ref": ""},
                    {"kind": "other_funder", "funder": "Conseil départemental", "label": "Aide", "year": 2025,
                     "amount": 10000, "quote_ref": "D-2024-12"},
                ],
            },
            "planning": _planning(all_essms, waves, dt.date(2024, 10, 1)),
            "communication": [
                {"audience": "professionnels", "message": "Lancement du projet", "channel": "Réunion",
                 "date": "2024-10-15", "owner": "Hugo Blanc"},
                {"audience": "usagers_familles", "message": "Information des familles", "channel": "Courrier",
                 "date": None, "owner": "Direction"},
            ],
            "partners": [{"name": "CHU de Dijon", "kind": "sante", "informed": True}],
            "documents": [
                {"kind": "rib", "og": 0, "label": "RIB", "file_name": "rib.pdf", "sha256": "0" * 64, "size": 1,
                 "added_at": "2024-05-01T10:00:00"},
                {"kind": "engagement_letter", "og": 0, "label": "Lettre", "file_name": "l.pdf", "sha256": "1" * 64,
                 "size": 1, "added_at": "2024-05-01T10:00:00"},
            ],
        },
    }


def national_dossier(essms: int = 200, per_og: int = 5) -> dict:
    """A national grappe: ``essms`` ESSMS in OGs of ``per_og`` over ten regions, deployed in 8 waves."""
    sizes = tuple(per_og for _ in range(essms // per_og)) + ((essms % per_og,) if essms % per_og else ())
    data = full_dossier(sizes, departments=NATIONAL_DEPARTMENTS, waves=8, national=True)
    data["dossier"]["name"] = f"Grappe nationale d'essai — {essms} ESSMS"
    return data
