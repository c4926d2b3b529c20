"""User-visible text of the budget checks (context "Budget"), kept apart from the rules.

M_* say what is wrong or true, W_* give the rule, F_* how to fix it; SRC_* name the seed behind it.
English source strings, translated by the UI (see :mod:`esms_desktop.text`).
"""

from __future__ import annotations

from esms_desktop.rules.findings import NOTHING_TO_DO
from esms_desktop.text import QT_TRANSLATE_NOOP

SRC_BUDGET = "002 (étape 4 : budget prévisionnel, dépenses et recettes)"
SRC_NEEDS = "002 (étapes 2 et 4 : définir les besoins, budget prévisionnel)"
SRC_CRITERION_7 = "003 §7 (critère de recevabilité : maîtrise d'ouvrage non entièrement financée) ; 003 §3.1"
SRC_ELIGIBLE = "003 §3.1 (coûts soutenus) et §5 (modalités de financement)"
SRC_EQUIPMENT = "003 §5.3 ; 001 (organismes gestionnaires de petite taille)"
SRC_PRIORITY = "003 §7 (critères de priorisation : plan de financement détaillé, devis)"

M_EMPTY = QT_TRANSLATE_NOOP("Budget", "The budget has no expense yet.")
W_EMPTY = QT_TRANSLATE_NOOP(
    "Budget", "The budget forecast lists the project's expenses and how they are financed; the ARS studies "
    "it with the dossier.")
F_EMPTY = QT_TRANSLATE_NOOP(
    "Budget", "Describe the needs in the Besoins step, then add the other expenses: AMOA, internal project "
    "manager, editor, data migration, communication.")

M_SHORT = QT_TRANSLATE_NOOP(
    "Budget", "Revenues ({revenues}) are lower than expenses ({expenses}): {gap} is not financed.")
M_OVER = QT_TRANSLATE_NOOP("Budget", "Revenues ({revenues}) exceed expenses ({expenses}) by {gap}.")
W_BALANCE = QT_TRANSLATE_NOOP(
    "Budget", "A budget forecast is balanced: the expenses equal the grant plus the other revenues.")
F_SHORT = QT_TRANSLATE_NOOP("Budget", "Add {gap} of own funds or of another funder, or lower the expenses.")
F_OVER = QT_TRANSLATE_NOOP(
    "Budget", "Lower the own funds or the other funders by {gap}, or complete the expenses.")

M_EXCEEDS_EDITOR = QT_TRANSLATE_NOOP(
    "Budget", "The editor share of the grant ({grant}) exceeds the editor and data migration expenses ({expenses}).")
M_EXCEEDS_EQUIPMENT = QT_TRANSLATE_NOOP(
    "Budget", "The equipment part of the grant ({grant}) exceeds the hardware expenses ({expenses}).")
W_EXCEEDS = QT_TRANSLATE_NOOP(
    "Budget", "The grant finances expenses of the project: each forfait must be matched by eligible expenses "
    "of its kind (project ownership, editor, equipment).")
F_EXCEEDS = QT_TRANSLATE_NOOP(
    "Budget", "Enter these expenses in full, as the quotes give them, or do not ask for this funding.")

M_MOA_FULLY_FUNDED = QT_TRANSLATE_NOOP(
    "Budget", "The project-ownership part of the grant ({grant}) covers all the project-ownership expenses "
    "({expenses}): no part of the project ownership stays at the porteur's charge.")
W_CRITERION_7 = QT_TRANSLATE_NOOP(
    "Budget", "Admissibility criterion 7: the grant must not finance the whole project ownership, part of it "
    "stays at the porteur's charge. Project-ownership expenses are AMOA, internal project manager, training, "
    "change management and communication; the grant's part is the usage forfaits and the AMOA forfaits.")
F_MOA_FULLY_FUNDED = QT_TRANSLATE_NOOP(
    "Budget", "Enter every project-ownership expense (the time of internal staff counts): they must exceed "
    "the grant's part, the rest being financed by the porteur's own funds.")
M_NO_OWN_FUNDS = QT_TRANSLATE_NOOP("Budget", "The porteur brings no own funds.")
F_NO_OWN_FUNDS = QT_TRANSLATE_NOOP(
    "Budget", "Add an own-funds revenue line, at least for the project-ownership expenses the grant does not "
    "cover ({remainder}).")
M_MOA_SHARE = QT_TRANSLATE_NOOP(
    "Budget", "The porteur keeps {remainder} of the {expenses} of project-ownership expenses at its charge "
    "({percent}); its own funds amount to {own}.")
F_MOA_SHARE = NOTHING_TO_DO

M_EQUIPMENT_NO_HARDWARE = QT_TRANSLATE_NOOP(
    "Budget", "Equipment funding is asked for {ogs}, but no hardware need is listed for their ESSMS.")
W_EQUIPMENT = QT_TRANSLATE_NOOP(
    "Budget", "Equipment and infrastructure funding must be concomitant with, and directly related to, the DUI "
    "project: it pays for the hardware the professionals need to use the DUI.")
F_EQUIPMENT_NO_HARDWARE = QT_TRANSLATE_NOOP(
    "Budget", "List the hardware of these ESSMS in the Besoins step (hardware per ESSMS), or untick the "
    "equipment request in the OG's form of the grappe.")
M_EQUIPMENT_NO_DUI = QT_TRANSLATE_NOOP(
    "Budget", "Equipment funding is asked for, but the project's DUI is not named yet.")
F_EQUIPMENT_NO_DUI = QT_TRANSLATE_NOOP(
    "Budget", "Name the DUI the grappe deploys (Solution DUI step): the equipment is funded for its use.")

F_REFUSAL_REQUEST = QT_TRANSLATE_NOOP(
    "Budget", "Untick this request in the OG's form of the grappe: the campaign cannot grant it.")
F_REFUSAL_EDITOR = QT_TRANSLATE_NOOP(
    "Budget", "Only a Ségur-referenced DUI version opens the editor share: check the referencing of the DUI.")

M_NEEDS_NOT_IN_BUDGET = QT_TRANSLATE_NOOP("Budget", "These needs feed no expense line: {labels}.")
W_NEEDS_NOT_IN_BUDGET = QT_TRANSLATE_NOOP(
    "Budget", "Each need (training, support, hardware) is an expense of the budget forecast.")
F_NEEDS_NOT_IN_BUDGET = QT_TRANSLATE_NOOP(
    "Budget", "Click « Add the missing needs » in the Budget step, or remove the needs you no longer plan.")

M_LINE_OVERRIDDEN = QT_TRANSLATE_NOOP(
    "Budget", "The expense « {label} » is entered at {amount}, not at its need's cost ({cost}).")
W_LINE_OVERRIDDEN = QT_TRANSLATE_NOOP(
    "Budget", "An expense line fed by a need follows the need's cost until another amount is typed in it.")
F_LINE_OVERRIDDEN = QT_TRANSLATE_NOOP(
    "Budget", "Keep it if a quote says so, or click « Follow the need's cost ».")

M_FUNDER_INCOMPLETE = QT_TRANSLATE_NOOP(
    "Budget", "The revenue « {label} » does not name its funder or the reference of its quote or commitment.")
W_DETAILED_PLAN = QT_TRANSLATE_NOOP(
    "Budget", "The ARS prefers a detailed financing plan, with the quotes or commitments behind the amounts, "
    "in particular for the specific funding of small OGs.")
F_FUNDER_INCOMPLETE = QT_TRANSLATE_NOOP("Budget", "Name the funder and give the reference of its commitment.")
M_SPECIFIC_QUOTES = QT_TRANSLATE_NOOP(
    "Budget", "Specific funding for small OGs is asked for (equipment or AMOA): the quotes support it.")
F_SPECIFIC_QUOTES = QT_TRANSLATE_NOOP(
    "Budget", "Attach the quotes in the Dossier documents step and give their references in the budget.")
