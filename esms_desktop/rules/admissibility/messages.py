"""User-visible text of the admissibility check (context "Admissibility"), kept apart from the rules.

L_* label a criterion, the other names explain its state. English source strings, translated by the
UI and the CLI (see :mod:`esms_desktop.text`).
"""

from __future__ import annotations

from esms_desktop.text import QT_TRANSLATE_NOOP

# --- step titles (the CLI names the step that fixes a criterion) ---------------------------------
STEP_TITLES = {
    "projet": QT_TRANSLATE_NOOP("Admissibility", "The project"),
    "grappe": QT_TRANSLATE_NOOP("Admissibility", "The grappe"),
    "gouvernance": QT_TRANSLATE_NOOP("Admissibility", "Governance"),
    "maturite": QT_TRANSLATE_NOOP("Admissibility", "SI maturity assessment"),
    "besoins": QT_TRANSLATE_NOOP("Admissibility", "Needs"),
    "budget": QT_TRANSLATE_NOOP("Admissibility", "Budget"),
    "planning": QT_TRANSLATE_NOOP("Admissibility", "Planning"),
    "communication": QT_TRANSLATE_NOOP("Admissibility", "Communication"),
    "solution": QT_TRANSLATE_NOOP("Admissibility", "DUI solution"),
    "presentation": QT_TRANSLATE_NOOP("Admissibility", "Note de présentation"),
    "pieces": QT_TRANSLATE_NOOP("Admissibility", "Dossier documents"),
    "verification": QT_TRANSLATE_NOOP("Admissibility", "Verification"),
    "pack": QT_TRANSLATE_NOOP("Admissibility", "PDF pack"),
}

KIND_TITLES = {
    "admissibility": QT_TRANSLATE_NOOP("Admissibility", "Admissibility criteria"),
    "access": QT_TRANSLATE_NOOP("Admissibility", "Conditions of access to the funding"),
    "priority": QT_TRANSLATE_NOOP("Admissibility", "Priority criteria"),
}

STATE_NAMES = {
    "met": QT_TRANSLATE_NOOP("Admissibility", "met"),
    "not_met": QT_TRANSLATE_NOOP("Admissibility", "not met"),
    "to_complete": QT_TRANSLATE_NOOP("Admissibility", "to complete"),
    "not_applicable": QT_TRANSLATE_NOOP("Admissibility", "not applicable"),
}

PRESENTATION_SECTIONS = {
    "context": QT_TRANSLATE_NOOP("Admissibility", "context and motivations"),
    "strategy": QT_TRANSLATE_NOOP("Admissibility", "SI strategy and links with the Ségur"),
    "perimeter_current": QT_TRANSLATE_NOOP("Admissibility", "current functional perimeter"),
    "perimeter_target": QT_TRANSLATE_NOOP("Admissibility", "targeted functional perimeter"),
    "team": QT_TRANSLATE_NOOP("Admissibility", "project team"),
    "governance": QT_TRANSLATE_NOOP("Admissibility", "governance"),
    "benefits": QT_TRANSLATE_NOOP("Admissibility", "expected benefits"),
}

# --- 1. the grappe -------------------------------------------------------------------------------
L_SIZE = QT_TRANSLATE_NOOP("Admissibility", "A grappe of at least {minimum} ESSMS (article L312-1 CASF)")
SIZE_REGIONAL = QT_TRANSLATE_NOOP(
    "Admissibility", "{count} ESSMS, within {minimum} to {maximum}: the grappe files with the regional call.")
SIZE_MULTI = QT_TRANSLATE_NOOP(
    "Admissibility", "{count} ESSMS, within {minimum} to {maximum}, in several regions: the grappe files with the "
    "ARS of the region holding most of its ESSMS.")
SIZE_LARGE_REGIONAL = QT_TRANSLATE_NOOP(
    "Admissibility", "{count} ESSMS, all in one region: from {national} ESSMS a grappe of a single region files "
    "with the regional call.")
SIZE_NATIONAL = QT_TRANSLATE_NOOP("Admissibility", "{count} ESSMS: the grappe files with the national call.")
SIZE_EMPTY = QT_TRANSLATE_NOOP("Admissibility", "The grappe has no ESSMS yet.")
SIZE_TOO_SMALL = QT_TRANSLATE_NOOP(
    "Admissibility", "{count} ESSMS, fewer than the minimum of {minimum} (the ARS may judge it case by case).")

L_COHERENCE = QT_TRANSLATE_NOOP(
    "Admissibility", "A coherent grappe: a porteur, one project type and one hosting for most ESSMS")
COHERENT = QT_TRANSLATE_NOOP("Admissibility", "Nothing blocking in the composition of the grappe.")
COHERENT_WARNINGS = QT_TRANSLATE_NOOP(
    "Admissibility", "Nothing blocking in the composition of the grappe; points to check: {count}.")

# --- 2. a complete dossier -----------------------------------------------------------------------
L_GALIS = QT_TRANSLATE_NOOP("Admissibility", "The information to type into GALIS is ready")
GALIS_READY = QT_TRANSLATE_NOOP("Admissibility", "Every field to type into GALIS is filled.")
GALIS_ENTERED = QT_TRANSLATE_NOOP("Admissibility", "Every field is filled; the candidature was entered in GALIS on "
                                                   "{date}.")
GALIS_MISSING = QT_TRANSLATE_NOOP("Admissibility", "Fields to type into GALIS still empty: {count}.")

L_PRESENTATION = QT_TRANSLATE_NOOP("Admissibility", "Note de présentation of the project")
PRESENTATION_DONE = QT_TRANSLATE_NOOP("Admissibility", "The {total} sections of the note de présentation are written.")
PRESENTATION_PARTIAL = QT_TRANSLATE_NOOP(
    "Admissibility", "Sections of the note de présentation still empty: {count} of {total}.")
PRESENTATION_EMPTY = QT_TRANSLATE_NOOP("Admissibility", "The note de présentation is not written yet.")

L_PLANNING = QT_TRANSLATE_NOOP("Admissibility", "Planning prévisionnel")
PLANNING_DONE = QT_TRANSLATE_NOOP("Admissibility", "{count} tasks, from {start} to {end}.")
PLANNING_EMPTY = QT_TRANSLATE_NOOP("Admissibility", "The planning has no task yet.")

L_LETTERS = QT_TRANSLATE_NOOP("Admissibility", "Signed engagement letter of each OG")
LETTERS_DONE = QT_TRANSLATE_NOOP("Admissibility", "A signed letter is attached for each of the {count} OGs.")
LETTERS_MISSING = QT_TRANSLATE_NOOP("Admissibility", "Signed letter missing for: {names}.")
LETTERS_NO_OG = QT_TRANSLATE_NOOP("Admissibility", "The grappe has no OG yet.")

L_RIB = QT_TRANSLATE_NOOP("Admissibility", "RIB of the porteur")
RIB_DONE = QT_TRANSLATE_NOOP("Admissibility", "RIB attached; account of {holder}, IBAN {iban}.")
RIB_NO_FILE = QT_TRANSLATE_NOOP("Admissibility", "The RIB itself (the bank's document) is not attached.")
RIB_BAD_FIELDS = QT_TRANSLATE_NOOP("Admissibility", "The bank details are incomplete or wrong.")
RIB_NOTHING = QT_TRANSLATE_NOOP("Admissibility", "Neither the RIB nor the bank details are given.")

# --- 3. the window -------------------------------------------------------------------------------
L_WINDOW = QT_TRANSLATE_NOOP("Admissibility", "Filed within the filing window")
WINDOW_OK = QT_TRANSLATE_NOOP("Admissibility", "Filing planned on {date}, within the window {window}.")
WINDOW_NO_DATE = QT_TRANSLATE_NOOP("Admissibility", "No filing date is planned; the window is {window}.")
WINDOW_CLOSED = QT_TRANSLATE_NOOP(
    "Admissibility", "The window closed on {end} and no filing date is recorded.")
WINDOW_UNKNOWN = QT_TRANSLATE_NOOP(
    "Admissibility", "The campaign file gives no dates for this call: ask the ARS or the CNSA.")

# --- 4. Ségur ------------------------------------------------------------------------------------
L_SEGUR = QT_TRANSLATE_NOOP("Admissibility", "Ségur-referenced DUI")
SEGUR_OK = QT_TRANSLATE_NOOP("Admissibility", "{software} is Ségur-referenced.")
SEGUR_EXCEPTION = QT_TRANSLATE_NOOP(
    "Admissibility", "{software} is not Ségur-referenced: this campaign allows it for the acquisition of a grappe "
    "mostly of PA, PH or home-care ESSMS, provided it complies with the national specification "
    "(the proof is in the contract with the editor).")
SEGUR_NOT = QT_TRANSLATE_NOOP(
    "Admissibility", "{software} is not Ségur-referenced, and this campaign requires a Ségur-referenced DUI here.")
SEGUR_NO_DUI = QT_TRANSLATE_NOOP("Admissibility", "The DUI of the project is not recorded yet.")

# --- 5. services socles --------------------------------------------------------------------------
L_SOCLES = QT_TRANSLATE_NOOP(
    "Admissibility", "DUI interoperable with at least {minimum} services socles among {names}")
SOCLES_OK = QT_TRANSLATE_NOOP("Admissibility", "{count} of them: {names}.")
SOCLES_NONE = QT_TRANSLATE_NOOP("Admissibility", "None of them is ticked; {minimum} needed.")
SOCLES_FEW = QT_TRANSLATE_NOOP("Admissibility", "Only {count} of them ({names}), {minimum} needed.")

# --- 6. référentiels -----------------------------------------------------------------------------
L_REFERENTIALS = QT_TRANSLATE_NOOP(
    "Admissibility", "Référentiels Sérafin-PH and/or AGGIR-PATHOS according to the ESSMS' sectors")
REFERENTIALS_OK = QT_TRANSLATE_NOOP("Admissibility", "Sectors {sectors}: {needed} integrated.")
REFERENTIALS_MISSING = QT_TRANSLATE_NOOP("Admissibility", "Sectors {sectors}: {missing} missing.")
REFERENTIALS_NONE_NEEDED = QT_TRANSLATE_NOOP(
    "Admissibility", "No ESSMS of the PA or PH sectors: no référentiel is required.")
REFERENTIALS_NO_SECTOR = QT_TRANSLATE_NOOP("Admissibility", "The sector of the ESSMS is not known yet.")
REFERENTIALS_RECOMMENDED = QT_TRANSLATE_NOOP(
    "Admissibility", "Recommended for the home-care ESSMS (no seed requires it): {names}.")

# --- 7. maîtrise d'ouvrage -----------------------------------------------------------------------
L_MOA = QT_TRANSLATE_NOOP("Admissibility", "The grant does not finance the whole project ownership")
MOA_OK = QT_TRANSLATE_NOOP(
    "Admissibility", "Project cost {cost}, grant {grant}: {rest} stay paid by the porteur and its partners.")
MOA_ALL_FUNDED = QT_TRANSLATE_NOOP(
    "Admissibility", "The grant ({grant}) covers the whole project cost ({cost}): part of it must stay paid by "
    "the porteur.")
MOA_NO_BUDGET = QT_TRANSLATE_NOOP(
    "Admissibility", "The budget has no expense yet: the share left to the porteur cannot be checked.")
MOA_NO_GRANT = QT_TRANSLATE_NOOP("Admissibility", "The grant could not be computed: {reason}")

# --- 8. RGPD, DPO, IT charter --------------------------------------------------------------------
L_RGPD = QT_TRANSLATE_NOOP("Admissibility", "RGPD compliance done or in progress in each OG")
L_DPO = QT_TRANSLATE_NOOP("Admissibility", "A data protection officer (DPO) designated or being designated in each OG")
L_CHARTER = QT_TRANSLATE_NOOP("Admissibility", "An IT charter applied or in progress in each OG")
EVERY_OG = QT_TRANSLATE_NOOP("Admissibility", "Done or in progress in the {count} OGs.")
DPO_EVERY_OG = QT_TRANSLATE_NOOP("Admissibility", "Designated or being designated in the {count} OGs.")
NOT_STARTED_IN = QT_TRANSLATE_NOOP("Admissibility", "Not started in: {names}.")
NO_DPO_IN = QT_TRANSLATE_NOOP("Admissibility", "DPO designation not started in: {names}.")

# --- conditions of access ------------------------------------------------------------------------
L_REDUNDANCY = QT_TRANSLATE_NOOP("Admissibility", "No double funding of an ESSMS")
REDUNDANCY_OK = QT_TRANSLATE_NOOP(
    "Admissibility", "No ESSMS already funded, none with a SONS order for another DUI.")
L_AGREEMENT = QT_TRANSLATE_NOOP("Admissibility", "Written agreement of the national entity, attached")
AGREEMENT_NA = QT_TRANSLATE_NOOP("Admissibility", "No OG is attached to a national entity.")
AGREEMENT_OK = QT_TRANSLATE_NOOP("Admissibility", "Agreement attached for: {names}.")
AGREEMENT_MISSING = QT_TRANSLATE_NOOP("Admissibility", "Agreement missing for: {names}.")
AGREEMENT_NOT_ATTACHED = QT_TRANSLATE_NOOP(
    "Admissibility", "Agreement obtained but not attached for: {names}.")

# --- priority criteria ---------------------------------------------------------------------------
L_ISOLATED = QT_TRANSLATE_NOOP("Admissibility", "Isolated ESSMS brought into a grappe led by a medium OG")
ISOLATED_NA = QT_TRANSLATE_NOOP("Admissibility", "No isolated ESSMS joins the grappe.")
ISOLATED_OK = QT_TRANSLATE_NOOP(
    "Admissibility", "{count} isolated ESSMS join a grappe led by an OG of {size} ESSMS.")
ISOLATED_SMALL_PORTEUR = QT_TRANSLATE_NOOP(
    "Admissibility", "{count} isolated ESSMS, but no OG of the grappe runs more than {small} ESSMS (a medium OG); "
    "the porteur runs {size}.")

L_DIAGNOSTIC = QT_TRANSLATE_NOOP("Admissibility", "SI maturity self-diagnostic of each OG, presented")
DIAGNOSTIC_OK = QT_TRANSLATE_NOOP("Admissibility", "Complete for the {count} OGs.")
DIAGNOSTIC_NONE = QT_TRANSLATE_NOOP(
    "Admissibility", "No OG has answered the self-diagnostic (ours or ANAP's) yet.")
DIAGNOSTIC_INCOMPLETE = QT_TRANSLATE_NOOP("Admissibility", "Complete for {done} of the {count} OGs.")
DIAGNOSTIC_MISSING_FOR = QT_TRANSLATE_NOOP(
    "Admissibility", "Not answered, and no ANAP result attached: {names}.")
DIAGNOSTIC_PARTIAL_FOR = QT_TRANSLATE_NOOP("Admissibility", "Partly answered: {names}.")

L_MOTIVATIONS = QT_TRANSLATE_NOOP("Admissibility", "Motivations of the project: SI strategy, links with the Ségur")
MOTIVATIONS_OK = QT_TRANSLATE_NOOP("Admissibility", "Written in the note de présentation.")
MOTIVATIONS_MISSING = QT_TRANSLATE_NOOP(
    "Admissibility", "The section on the SI strategy of the note de présentation is empty.")

L_PERIMETER = QT_TRANSLATE_NOOP("Admissibility", "Current and targeted functional perimeter of the DUI")
PERIMETER_OK = QT_TRANSLATE_NOOP("Admissibility", "Both perimeters are described.")
PERIMETER_NO_CURRENT = QT_TRANSLATE_NOOP("Admissibility", "The current perimeter is not described.")
PERIMETER_NO_TARGET = QT_TRANSLATE_NOOP("Admissibility", "The targeted perimeter is not described.")
PERIMETER_NONE = QT_TRANSLATE_NOOP("Admissibility", "Neither perimeter is described.")

L_TEAM = QT_TRANSLATE_NOOP("Admissibility", "Project team: skills and FTE")
TEAM_OK = QT_TRANSLATE_NOOP(
    "Admissibility", "Project lead: {name} ({fte} FTE); {count} people of the team with their skills.")
TEAM_NO_FTE = QT_TRANSLATE_NOOP("Admissibility", "The project lead, {name}, has no FTE recorded.")
TEAM_NO_SKILLS = QT_TRANSLATE_NOOP("Admissibility", "The skills of the project team are not described.")
TEAM_NO_LEAD = QT_TRANSLATE_NOOP("Admissibility", "No project lead is designated.")

L_FINANCING = QT_TRANSLATE_NOOP(
    "Admissibility", "Detailed financing plan, with quotes for the specific funding requested")
FINANCING_OK = QT_TRANSLATE_NOOP("Admissibility", "{count} expense lines; quotes attached where needed.")
FINANCING_NO_SPECIFIC = QT_TRANSLATE_NOOP(
    "Admissibility", "{count} expense lines; no specific funding requested.")
FINANCING_NO_QUOTES = QT_TRANSLATE_NOOP(
    "Admissibility", "Quote missing for the specific funding requested by: {names}.")
FINANCING_EMPTY = QT_TRANSLATE_NOOP("Admissibility", "The budget has no expense yet.")

L_ROR = QT_TRANSLATE_NOOP("Admissibility", "Commitment to fill the ROR")
ROR_OK = QT_TRANSLATE_NOOP("Admissibility", "The grappe commits to fill the ROR.")
ROR_NOT = QT_TRANSLATE_NOOP("Admissibility", "No commitment to fill the ROR.")

L_EARLIER = QT_TRANSLATE_NOOP("Admissibility", "A dossier filed in an earlier wave")
EARLIER_OK = QT_TRANSLATE_NOOP("Admissibility", "A dossier was filed in an earlier wave.")
EARLIER_NOT = QT_TRANSLATE_NOOP("Admissibility", "No dossier filed in an earlier wave.")

# --- the whole check -----------------------------------------------------------------------------
ADMISSIBLE = QT_TRANSLATE_NOOP("Admissibility", "The dossier meets every admissibility criterion.")
NOT_ADMISSIBLE = QT_TRANSLATE_NOOP("Admissibility", "Blocking criteria: {count}.")
