"""The dossier's coded values and their French labels: one table for the window and the PDF. No Qt.

Each table maps a code stored in the dossier (``legal_status``, ``rgpd_status``, an expense category…)
to its French label, marked for lupdate in the translation context ``CodedValues``. Unlike the rest of
the application, **the source strings of this context are the French labels**: the PDF pack, a French
administrative document whatever the language of the interface, prints them as they are
(``reports/labels.py``, through :func:`french`); the window shows them through Qt translation
(``ui/coded_labels.py``), the French catalogue giving them back unchanged and the English one
(``translations/esms_desktop_en.ts``) in English. The director reads on screen the
words the pack prints.

    from esms_desktop.rules import coded_values as cv
    cv.french(cv.LEGAL_STATUSES)["public"]           # "Public" (the PDF)
    ui.coded_labels.labels(cv.LEGAL_STATUSES)        # {"public": "Public", …} in the window's language

Only the codes' words live here; a window's own prompt for « nothing chosen » (« (not set) », « Not a
member ») stays a UI string.
"""

from __future__ import annotations

from collections.abc import Mapping

from esms_desktop.text import QT_TRANSLATE_NOOP, Message

CONTEXT = "CodedValues"

#: The dossier's project type (003 §5: cas 1, cas 2).
PROJECT_TYPES: dict[str, Message] = {
    "acquisition": QT_TRANSLATE_NOOP("CodedValues", "Acquisition ou renouvellement d'un DUI (cas 1)"),
    "conformite": QT_TRANSLATE_NOOP("CodedValues", "Mise en conformité : passage à la version référencée Ségur (cas 2)"),
}
#: An ESSMS's own project type (revision 0004), said of that ESSMS.
ESSMS_PROJECT_TYPES: dict[str, Message] = {
    "acquisition": QT_TRANSLATE_NOOP("CodedValues", "Acquisition d'un DUI"),
    "conformite": QT_TRANSLATE_NOOP("CodedValues", "Mise en conformité de son DUI"),
}
HOSTINGS: dict[str, Message] = {
    "saas": QT_TRANSLATE_NOOP("CodedValues", "SaaS (logiciel en ligne)"),
    "externe": QT_TRANSLATE_NOOP("CodedValues", "Hébergement externe"),
    "on_premise": QT_TRANSLATE_NOOP("CodedValues", "Sur site (on premise)"),
}
LEGAL_STATUSES: dict[str, Message] = {
    "public": QT_TRANSLATE_NOOP("CodedValues", "Public"),
    "prive_non_lucratif": QT_TRANSLATE_NOOP("CodedValues", "Privé non lucratif"),
    "prive_commercial": QT_TRANSLATE_NOOP("CodedValues", "Privé commercial"),
}
#: RGPD compliance, DPO designation, IT charter (003 §7 criterion 8).
PROGRESS: dict[str, Message] = {
    "done": QT_TRANSLATE_NOOP("CodedValues", "Fait"),
    "in_progress": QT_TRANSLATE_NOOP("CodedValues", "En cours"),
    "not_started": QT_TRANSLATE_NOOP("CodedValues", "Non commencé"),
}
#: An ESSMS's current DUI, as the pack names it.
DUI_KINDS: dict[str, Message] = {
    "none": QT_TRANSLATE_NOOP("CodedValues", "Aucun DUI"),
    "software": QT_TRANSLATE_NOOP("CodedValues", "DUI non référencé Ségur"),
    "segur": QT_TRANSLATE_NOOP("CodedValues", "DUI référencé Ségur"),
}
#: The same codes as the ESSMS form offers them (what to type next is said with the choice).
DUI_KIND_CHOICES: dict[str, Message] = {
    "none": QT_TRANSLATE_NOOP("CodedValues", "Aucun DUI"),
    "software": QT_TRANSLATE_NOOP("CodedValues", "Un logiciel de DUI (indiquez son nom et sa version)"),
    "segur": QT_TRANSLATE_NOOP("CodedValues", "Un DUI déjà référencé Ségur"),
}
COPIL_ROLES: dict[str, Message] = {
    "member": QT_TRANSLATE_NOOP("CodedValues", "Membre"),
    "chair": QT_TRANSLATE_NOOP("CodedValues", "Préside"),
}
COPROJ_ROLES: dict[str, Message] = {
    "member": QT_TRANSLATE_NOOP("CodedValues", "Membre"),
    "lead": QT_TRANSLATE_NOOP("CodedValues", "L'anime"),
}
NEED_KINDS: dict[str, Message] = {
    "formation": QT_TRANSLATE_NOOP("CodedValues", "Formation"),
    "accompagnement": QT_TRANSLATE_NOOP("CodedValues", "Accompagnement et développement des usages"),
    "materiel": QT_TRANSLATE_NOOP("CodedValues", "Matériel"),
}
#: In the order of ``rules.funding.budget.EXPENSE_CATEGORIES`` (the Budget step's and the pack's order).
EXPENSE_CATEGORIES: dict[str, Message] = {
    "amoa": QT_TRANSLATE_NOOP("CodedValues", "Assistance à maîtrise d'ouvrage (AMOA)"),
    "chef_projet": QT_TRANSLATE_NOOP("CodedValues", "Chef de projet interne"),
    "editeur": QT_TRANSLATE_NOOP("CodedValues", "Éditeur (licences, paramétrage)"),
    "reprise": QT_TRANSLATE_NOOP("CodedValues", "Reprise des données"),
    "formation": QT_TRANSLATE_NOOP("CodedValues", "Formation"),
    "materiel": QT_TRANSLATE_NOOP("CodedValues", "Matériel et infrastructure"),
    "conduite_changement": QT_TRANSLATE_NOOP("CodedValues", "Conduite du changement et accompagnement des usages"),
    "communication": QT_TRANSLATE_NOOP("CodedValues", "Communication"),
    "autre": QT_TRANSLATE_NOOP("CodedValues", "Autres dépenses"),
}
REVENUE_KINDS: dict[str, Message] = {
    "own_funds": QT_TRANSLATE_NOOP("CodedValues", "Fonds propres"),
    "other_funder": QT_TRANSLATE_NOOP("CodedValues", "Autre financeur"),
}
EQUIPMENT_TYPES: dict[str, Message] = {
    "poste_travail": QT_TRANSLATE_NOOP("CodedValues", "Poste de travail"),
    "ordinateur_portable": QT_TRANSLATE_NOOP("CodedValues", "Ordinateur portable"),
    "tablette": QT_TRANSLATE_NOOP("CodedValues", "Tablette"),
    "reseau_wifi": QT_TRANSLATE_NOOP("CodedValues", "Réseau / Wi-Fi"),
    "imprimante": QT_TRANSLATE_NOOP("CodedValues", "Imprimante"),
    "autre": QT_TRANSLATE_NOOP("CodedValues", "Autre"),
}
PARTNER_KINDS: dict[str, Message] = {
    "liberal": QT_TRANSLATE_NOOP("CodedValues", "Professionnel libéral"),
    "sante": QT_TRANSLATE_NOOP("CodedValues", "Santé (hôpital, clinique, centre de santé)"),
    "institutionnel": QT_TRANSLATE_NOOP("CodedValues", "Institutionnel"),
    "autre": QT_TRANSLATE_NOOP("CodedValues", "Autre"),
}

#: Every table, by name (the test that the window and the PDF agree walks them).
TABLES: dict[str, dict[str, Message]] = {
    "PROJECT_TYPES": PROJECT_TYPES, "ESSMS_PROJECT_TYPES": ESSMS_PROJECT_TYPES, "HOSTINGS": HOSTINGS,
    "LEGAL_STATUSES": LEGAL_STATUSES, "PROGRESS": PROGRESS, "DUI_KINDS": DUI_KINDS,
    "DUI_KIND_CHOICES": DUI_KIND_CHOICES, "COPIL_ROLES": COPIL_ROLES, "COPROJ_ROLES": COPROJ_ROLES,
    "NEED_KINDS": NEED_KINDS, "EXPENSE_CATEGORIES": EXPENSE_CATEGORIES, "REVENUE_KINDS": REVENUE_KINDS,
    "EQUIPMENT_TYPES": EQUIPMENT_TYPES, "PARTNER_KINDS": PARTNER_KINDS,
}


def french(table: Mapping[str, Message]) -> dict[str, str]:
    """The table's French labels by code, in its order (what the PDF prints)."""
    return {code: message.text for code, message in table.items()}
