"""French labels of the dossier's coded values, as printed in the PDF pack. No Qt.

The pack is a French administrative document whatever the language of the interface, so its fixed
texts are written here directly in French (document content, not UI strings: nothing to translate).
"""

from __future__ import annotations

from esms_desktop.formatting import number
from esms_desktop.rules import coded_values as cv
from esms_desktop.rules.campaign import Campaign
from esms_desktop.rules.grappe.sectors import SECTORS

NOT_SET = "Non renseigné"

# The coded values' labels are the interface's: one table, rules/coded_values.py, which the window's choice
# lists read too (through Qt translation), so that the pack says what the director saw on screen
# (tests/test_coded_values.py).

PROJECT_TYPES = cv.french(cv.PROJECT_TYPES)
HOSTINGS = cv.french(cv.HOSTINGS)
LEGAL_STATUSES = cv.french(cv.LEGAL_STATUSES)
PROGRESS = cv.french(cv.PROGRESS)
SERVICES_SOCLES = {
    "dmp": "DMP / Mon espace santé",
    "mss": "MSSanté (messagerie sécurisée)",
    "ins": "INS (identité nationale de santé)",
    "eprescription": "e-prescription",
    "plateforme_regionale": "Plateforme régionale e-parcours",
    "psc": "Pro Santé Connect",
    "apcv": "ApCV (appli carte Vitale)",
}
REFERENTIALS = {
    "serafin_ph": "Sérafin-PH (personnes en situation de handicap)",
    "aggir": "AGGIR (dépendance des personnes âgées)",
    "pathos": "PATHOS (besoins en soins en EHPAD)",
}
DUI_KINDS = cv.french(cv.DUI_KINDS)
NEED_KINDS = cv.french(cv.NEED_KINDS)
EXPENSE_CATEGORIES = cv.french(cv.EXPENSE_CATEGORIES)
REVENUE_KINDS = cv.french(cv.REVENUE_KINDS)
AUDIENCES = {
    "professionnels": "Professionnels",
    "partenaires": "Partenaires",
    "usagers_familles": "Personnes accompagnées et familles",
}
PARTNER_KINDS = cv.french(cv.PARTNER_KINDS)
COPIL_ROLES = cv.french(cv.COPIL_ROLES)
COPROJ_ROLES = cv.french(cv.COPROJ_ROLES)
VARIANTS = {"direction": "Questionnaire direction", "rsi": "Questionnaire RSI"}
FILING_LEVELS = {
    "regional": "Appel à projets régional",
    "multi_regional": "Appel à projets régional (grappe multirégionale)",
    "national": "Appel à projets national (CNSA et DNS)",
}
CHECK_KINDS = {
    "admissibility": "Critères de recevabilité",
    "access": "Conditions d'accès au financement",
    "priority": "Critères de priorisation",
}
SEVERITIES = {"blocking": "Bloquant", "warning": "À vérifier", "info": "Information"}

#: States of a check-list criterion and how they print.
CHECK_STATES = {
    "ok": "Satisfait",
    "met": "Satisfait",
    "passed": "Satisfait",
    "partial": "À compléter",
    "to_complete": "À compléter",
    "warning": "À vérifier",
    "todo": "À compléter",
    "missing": "Non satisfait",
    "not_met": "Non satisfait",
    "failed": "Non satisfait",
    "blocking": "Non satisfait",
    "na": "Sans objet",
    "not_applicable": "Sans objet",
    "not_evaluated": "Non évalué",
}
NOT_EVALUATED = "not_evaluated"

SHORT_SOCLES = {
    "dmp": "DMP", "mss": "MSS", "ins": "INS", "eprescription": "e-prescription",
    "plateforme_regionale": "plateforme régionale", "psc": "Pro Santé Connect", "apcv": "ApCV",
}


def admissibility_criteria(campaign: Campaign) -> tuple[str, ...]:
    """The admissibility criteria (003 §7) with the campaign's figures, listed « non évalué » until the
    checker gives their state."""
    socles = ", ".join(SHORT_SOCLES.get(code, code) for code in campaign.counted_services_socles)
    return (
        f"Grappe de {number(campaign.min_essms)} à {number(campaign.regional_max_essms)} ESSMS avec un même DUI, "
        "cohérente (secteur, type de projet, hébergement)",
        "Dossier complet : GALIS, présentation du projet, planning, lettres d'engagement signées, RIB",
        "Dépôt dans la fenêtre de l'appel à projets",
        "DUI référencé Ségur (ou conforme au cahier des charges national)",
        f"DUI interopérable avec au moins {number(campaign.min_services_socles)} services socles ({socles})",
        "Référentiels Sérafin-PH et/ou AGGIR-Pathos intégrés selon les secteurs",
        "Maîtrise d'ouvrage non entièrement financée par la subvention",
        "RGPD, délégué à la protection des données et charte SI : réalisés ou en cours",
    )

#: Wizard steps named in « à compléter à l'étape … » sentences, titled as the wizard titles them.
STEPS = {
    "project": "Le projet",
    "grappe": "La grappe",
    "governance": "Gouvernance",
    "dui": "Solution DUI",
    "needs": "Besoins",
    "maturity": "Évaluation maturité SI",
    "budget": "Budget",
    "planning": "Planning",
    "communication": "Communication",
    "presentation": "Note de présentation",
    "documents": "Pièces du dossier",
}


def label(table: dict[str, str], code: str | None, default: str = NOT_SET) -> str:
    """The French label of ``code`` in ``table``; ``default`` when unset, the code itself when unknown."""
    if code is None or code == "":
        return default
    return table.get(code, code)


def sector_label(code: str | None) -> str:
    return SECTORS.get(code or "", "")


def yes_no(value: bool | None) -> str:
    if value is None:
        return NOT_SET
    return "Oui" if value else "Non"


def to_complete(step: str) -> str:
    """« Non renseigné — à compléter à l'étape « … ». »"""
    return f"Non renseigné — à compléter à l'étape « {STEPS.get(step, step)} »."
