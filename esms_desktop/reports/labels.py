"""French labels of the dossier's coded values, as printed in the PDF pack. No Qt.

The pack is a French administrative document whatever the language of the interface, so its fixed
texts are written here directly in French (document content, not UI strings: nothing to translate).
"""

from __future__ import annotations

from esms_desktop.rules.sectors import SECTORS

NOT_SET = "Non renseigné"

PROJECT_TYPES = {
    "acquisition": "Acquisition ou renouvellement d'un DUI (cas 1)",
    "conformite": "Mise en conformité : passage à la version référencée Ségur (cas 2)",
}
HOSTINGS = {
    "saas": "SaaS (logiciel en tant que service)",
    "externe": "Hébergement externe",
    "on_premise": "Hébergement sur site (on premise)",
}
LEGAL_STATUSES = {
    "public": "Public",
    "prive_non_lucratif": "Privé à but non lucratif",
    "prive_commercial": "Privé commercial",
}
PROGRESS = {"done": "Réalisé", "in_progress": "En cours", "not_started": "Non commencé"}
SERVICES_SOCLES = {
    "dmp": "DMP / Mon espace santé",
    "mss": "Messagerie sécurisée de santé (MSSanté)",
    "ins": "Identité nationale de santé (INS)",
    "eprescription": "e-Prescription",
    "plateforme_regionale": "Plateforme régionale e-Parcours",
    "psc": "Pro Santé Connect",
    "apcv": "Application carte Vitale (ApCV)",
}
#: The services socles counted by admissibility criterion 5 (003 §7: « DMP / MSS / e-prescription /
#: plateforme régionale »).
CRITERION_SOCLES = ("dmp", "mss", "eprescription", "plateforme_regionale")
REFERENTIALS = {"serafin_ph": "Sérafin-PH", "aggir": "AGGIR", "pathos": "Pathos"}
DUI_KINDS = {"none": "Pas de DUI", "software": "DUI non référencé Ségur", "segur": "DUI référencé Ségur"}
NEED_KINDS = {"formation": "Formation", "accompagnement": "Accompagnement", "materiel": "Matériel"}
EXPENSE_CATEGORIES = {
    "amoa": "Assistance à maîtrise d'ouvrage (AMOA)",
    "chef_projet": "Chef de projet interne",
    "editeur": "Éditeur (licences, paramétrage)",
    "reprise": "Reprise des données",
    "formation": "Formation",
    "materiel": "Matériel et infrastructure",
    "conduite_changement": "Conduite du changement",
    "communication": "Communication",
    "autre": "Autres dépenses",
}
REVENUE_KINDS = {"own_funds": "Fonds propres", "other_funder": "Autre financeur"}
AUDIENCES = {
    "professionnels": "Professionnels",
    "partenaires": "Partenaires",
    "usagers_familles": "Personnes accompagnées et familles",
}
PARTNER_KINDS = {
    "liberal": "Professionnels libéraux",
    "sante": "Établissements de santé",
    "institutionnel": "Institutionnels",
    "autre": "Autres",
}
COPIL_ROLES = {"member": "Membre", "chair": "Président(e)"}
COPROJ_ROLES = {"member": "Membre", "lead": "Pilote"}
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

#: The admissibility criteria (003 §7), listed « non évalué » until the checker gives their state.
ADMISSIBILITY_CRITERIA = (
    "Grappe de 15 à 49 ESSMS avec un même DUI, cohérente (secteur, type de projet, hébergement)",
    "Dossier complet : GALIS, présentation du projet, planning, lettres d'engagement signées, RIB",
    "Dépôt dans la fenêtre de l'appel à projets",
    "DUI référencé Ségur (ou conforme au cahier des charges national)",
    "DUI interopérable avec au moins deux services socles (DMP, MSS, e-prescription, plateforme régionale)",
    "Référentiels Sérafin-PH et/ou AGGIR-Pathos intégrés selon les secteurs",
    "Maîtrise d'ouvrage non entièrement financée par la subvention",
    "RGPD, délégué à la protection des données et charte SI : réalisés ou en cours",
)

#: Wizard steps named in « à compléter à l'étape … » sentences.
STEPS = {
    "project": "Le projet",
    "grappe": "La grappe",
    "governance": "Gouvernance",
    "dui": "La solution DUI",
    "needs": "Les besoins",
    "maturity": "Autodiagnostic SI",
    "budget": "Budget",
    "planning": "Planning",
    "communication": "Communication",
    "presentation": "Note de présentation",
    "documents": "Pièces jointes",
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
