"""User-visible text of the composition findings (context "Composition"), kept apart from the rules.

M_* say what is wrong or true, W_* give the rule, F_* how to fix it. English source strings, translated
by the UI (see :mod:`esms_desktop.text`).
"""

from __future__ import annotations

from esms_desktop.text import QT_TRANSLATE_NOOP


M_EMPTY = QT_TRANSLATE_NOOP("Composition", "The grappe has no ESSMS yet.")
W_EMPTY = QT_TRANSLATE_NOOP("Composition", "A project is carried by a grappe of ESSMS (FINESS ET).")
F_EMPTY = QT_TRANSLATE_NOOP("Composition", "Add the OGs and their ESSMS to the grappe.")

M_DUPLICATE = QT_TRANSLATE_NOOP("Composition", "These FINESS ET appear more than once: {finess}.")
W_DUPLICATE = QT_TRANSLATE_NOOP("Composition", "One FINESS ET is one funding: an ESSMS is counted once.")
F_DUPLICATE = QT_TRANSLATE_NOOP("Composition", "Keep each ESSMS under a single OG.")

M_UNKNOWN_DEPT = QT_TRANSLATE_NOOP(
    "Composition", "The department of these ESSMS is not recognised: {names}.")
W_UNKNOWN_DEPT = QT_TRANSLATE_NOOP(
    "Composition", "The region of each ESSMS decides where the grappe files and its minimum size.")
F_UNKNOWN_DEPT = QT_TRANSLATE_NOOP(
    "Composition", "Check their FINESS number or department in the FINESS register.")

M_NO_REGION = QT_TRANSLATE_NOOP(
    "Composition", "No ARS region is known for the department of these ESSMS: {names}.")
F_NO_REGION = QT_TRANSLATE_NOOP(
    "Composition", "Ask the ARS or the CNSA which agency instructs the dossier for them.")

M_TOO_SMALL = QT_TRANSLATE_NOOP(
    "Composition", "The grappe has {count} ESSMS, fewer than the minimum of {minimum}.")
W_TOO_SMALL_METRO = QT_TRANSLATE_NOOP(
    "Composition", "A grappe gathers ideally at least {minimum} ESSMS in metropolitan France; "
    "the ARS will judge this minimum.")
W_TOO_SMALL_OVERSEAS = QT_TRANSLATE_NOOP(
    "Composition", "A grappe gathers at least {minimum} ESSMS when all of them are in Corse or overseas; "
    "the ARS will judge this minimum.")
W_TOO_SMALL_NO_OVERSEAS_MIN = QT_TRANSLATE_NOOP(
    "Composition", "This campaign gives no separate minimum for Corse and overseas: ideally {minimum} ESSMS, "
    "as in metropolitan France; the ARS will judge this minimum.")
F_TOO_SMALL = QT_TRANSLATE_NOOP(
    "Composition", "Add {missing} ESSMS, for example by joining other OGs of the territory, "
    "or ask to join a grappe already funded.")

M_REGIONAL = QT_TRANSLATE_NOOP(
    "Composition", "{count} ESSMS, all in {region}: regional call for projects of the ARS {region}.")
W_REGIONAL = QT_TRANSLATE_NOOP(
    "Composition", "Grappes of {minimum} to {maximum} ESSMS file with their ARS.")
F_REGIONAL = QT_TRANSLATE_NOOP("Composition", "File with the ARS {region}; filing window: {window}.")

M_MULTI = QT_TRANSLATE_NOOP(
    "Composition", "{count} ESSMS in {regions} regions: file with the ARS {region}, "
    "which holds {region_count} of them.")
W_MULTI = QT_TRANSLATE_NOOP(
    "Composition", "A grappe of fewer than {national} ESSMS spread over several regions files with the "
    "ARS of the region holding most of its ESSMS, with an earlier deadline.")
F_MULTI = QT_TRANSLATE_NOOP(
    "Composition", "File with the ARS {region}; filing window for multi-regional grappes: {window}.")

M_TIE = QT_TRANSLATE_NOOP(
    "Composition", "Several regions hold the same number of ESSMS ({count}): {regions}. "
    "{region} was chosen, being the porteur's region or the first one.")
W_TIE = QT_TRANSLATE_NOOP(
    "Composition", "The grappe files with the ARS of the region holding the most ESSMS.")
F_TIE = QT_TRANSLATE_NOOP("Composition", "Agree with the ARS concerned which one instructs the project.")

M_NATIONAL = QT_TRANSLATE_NOOP(
    "Composition", "{count} ESSMS: national call for projects (CNSA and DNS).")
W_NATIONAL = QT_TRANSLATE_NOOP(
    "Composition", "Grappes of {national} ESSMS or more file with the national call; "
    "from the {tier}th ESSMS the forfaits per ESSMS are lower.")
F_NATIONAL = QT_TRANSLATE_NOOP("Composition", "File with the national call; filing window: {window}.")

M_LARGE_ONE_REGION = QT_TRANSLATE_NOOP(
    "Composition", "{count} ESSMS, all in {region}: this campaign has them file with the ARS {region}.")
W_LARGE_ONE_REGION = QT_TRANSLATE_NOOP(
    "Composition", "In this campaign, grappes of {national} ESSMS or more in a single region "
    "file with their regional call.")

M_NATIONAL_REACH = QT_TRANSLATE_NOOP(
    "Composition", "{count} ESSMS with a national reach: the grappe may file with the national call.")
W_NATIONAL_REACH = QT_TRANSLATE_NOOP(
    "Composition", "A project of fewer than {national} ESSMS may file nationally when it is "
    "representative of the offer at national level.")
F_NATIONAL_REACH = QT_TRANSLATE_NOOP(
    "Composition", "Explain the national reach in the note de présentation; otherwise file regionally.")

M_SECTOR_UNKNOWN = QT_TRANSLATE_NOOP("Composition", "The sector of these ESSMS is not set: {names}.")
W_SECTOR = QT_TRANSLATE_NOOP(
    "Composition", "Admissibility criterion: a grappe « majoritairement d'un même secteur » among the "
    "programme's five (PA, PH, DOM, PDE, PDS; AHI counts as PDS).")
F_SECTOR_UNKNOWN = QT_TRANSLATE_NOOP(
    "Composition", "Set the sector of each ESSMS (its FINESS category tells it).")

M_NO_MAJORITY_SECTOR = QT_TRANSLATE_NOOP(
    "Composition", "No sector holds a majority of the ESSMS: {counts}.")
F_NO_MAJORITY_SECTOR = QT_TRANSLATE_NOOP(
    "Composition", "Rebalance the grappe so that more than half of its ESSMS belong to one sector.")

M_NO_MAJORITY_TYPE = QT_TRANSLATE_NOOP(
    "Composition", "No project type holds a majority: {acquisition} in acquisition, "
    "{conformite} in upgrade.")
W_TYPE = QT_TRANSLATE_NOOP(
    "Composition", "A grappe mostly carries one type of project: acquisition or upgrade.")
F_NO_MAJORITY_TYPE = QT_TRANSLATE_NOOP(
    "Composition", "Split the grappe in two projects, or bring most ESSMS to the same type.")

M_DECLARED_ACQ_MOSTLY_CONF = QT_TRANSLATE_NOOP(
    "Composition", "The grappe is declared as an acquisition, but most of its ESSMS ({count}) are in "
    "upgrade.")
F_DECLARE_CONF = QT_TRANSLATE_NOOP("Composition", "Declare the grappe as an upgrade.")
M_DECLARED_CONF_MOSTLY_ACQ = QT_TRANSLATE_NOOP(
    "Composition", "The grappe is declared as an upgrade, but most of its ESSMS ({count}) are "
    "in acquisition.")
F_DECLARE_ACQ = QT_TRANSLATE_NOOP("Composition", "Declare the grappe as an acquisition.")

M_MIXED_TYPES = QT_TRANSLATE_NOOP(
    "Composition", "These ESSMS carry another project type than the grappe's: {names}.")
F_MIXED_TYPES = QT_TRANSLATE_NOOP(
    "Composition", "Check that this mix is intended; their forfaits follow their own project type.")

M_MIXED_HOSTING = QT_TRANSLATE_NOOP(
    "Composition", "The ESSMS do not share one hosting: {counts}.")
W_HOSTING = QT_TRANSLATE_NOOP(
    "Composition", "A grappe has one hosting need: SaaS, external hosting or on premise.")
F_MIXED_HOSTING = QT_TRANSLATE_NOOP("Composition", "Agree on a single hosting for the whole grappe.")

M_DUI_NOT_CHOSEN = QT_TRANSLATE_NOOP("Composition", "The grappe's DUI is not chosen yet.")
W_DUI_ACQUISITION = QT_TRANSLATE_NOOP(
    "Composition", "An acquisition ends with all the ESSMS of the grappe using the same Ségur-referenced DUI; "
    "how it is chosen (SAD, a procurement phase, the GHT route) depends on the campaign and the OGs' statuses.")
F_DUI_NOT_CHOSEN = QT_TRANSLATE_NOOP(
    "Composition", "Record the DUI once chosen; the step « Planning » says which route to choose it applies.")

M_CONFORMITE_NO_DUI = QT_TRANSLATE_NOOP(
    "Composition", "These ESSMS are in an upgrade but have no DUI: {names}.")
W_CONFORMITE = QT_TRANSLATE_NOOP(
    "Composition", "An upgrade keeps each ESSMS' DUI and moves it to its Ségur-referenced "
    "version.")
F_CONFORMITE_NO_DUI = QT_TRANSLATE_NOOP(
    "Composition", "Set their project type to acquisition, or record their current DUI.")

M_SEVERAL_DUIS = QT_TRANSLATE_NOOP(
    "Composition", "The ESSMS in upgrade keep {count} different DUIs: {softwares}.")
W_SAME_DUI = QT_TRANSLATE_NOOP(
    "Composition", "Admissibility criterion: a grappe of ESSMS « avec un même DUI »; in an "
    "upgrade each ESSMS keeps its DUI, so they must all use the same software.")
F_SEVERAL_DUIS = QT_TRANSLATE_NOOP(
    "Composition", "Keep in the grappe the ESSMS that use one software, or change the project type of "
    "the others to acquisition of the grappe's DUI.")
M_CONFORMITE_OTHER_DUI = QT_TRANSLATE_NOOP(
    "Composition", "These ESSMS in upgrade keep a DUI other than the grappe's ({software}): {names}.")
F_CONFORMITE_OTHER_DUI = QT_TRANSLATE_NOOP(
    "Composition", "Change their project type to acquisition, or choose their software as the grappe's DUI.")

M_FINESS_SPLIT = QT_TRANSLATE_NOOP(
    "Composition", "{count} ESSMS of {og} share one address and category {category} ({address}): {names}.")
W_FINESS_SPLIT = QT_TRANSLATE_NOOP(
    "Composition", "The ARS may lower the grant when the FINESS composition artificially multiplies the "
    "forfaits per ESSMS.")
F_FINESS_SPLIT = QT_TRANSLATE_NOOP(
    "Composition", "Check that they are distinct establishments, and say why in the note de présentation.")

M_ALREADY_FUNDED = QT_TRANSLATE_NOOP(
    "Composition", "These ESSMS were already funded by ESMS numérique: {names}.")
W_ALREADY_FUNDED = QT_TRANSLATE_NOOP(
    "Composition", "An ESSMS is funded once: never twice for the same software, never for two "
    "different DUIs.")
F_ALREADY_FUNDED = QT_TRANSLATE_NOOP(
    "Composition", "Remove them from the grappe, or check with the ARS what their first funding covered.")

M_SONS_OTHER = QT_TRANSLATE_NOOP(
    "Composition", "These ESSMS ordered the SONS « Prestation Ségur » for another software than "
    "their DUI in the project: {names}.")
W_SONS = QT_TRANSLATE_NOOP(
    "Composition", "An ESSMS that ordered the SONS « Prestation Ségur » cannot be funded by ESMS "
    "numérique for another DUI.")
F_SONS_OTHER = QT_TRANSLATE_NOOP(
    "Composition", "Remove them from the grappe, or choose the software they ordered the SONS for.")

M_SONS_UNKNOWN = QT_TRANSLATE_NOOP(
    "Composition", "These ESSMS ordered the SONS, but the software ordered or the project's DUI is "
    "not known: {names}.")
F_SONS_UNKNOWN = QT_TRANSLATE_NOOP(
    "Composition", "Record the software of their SONS order and the grappe's DUI to check they match.")

M_NATIONAL_ENTITY = QT_TRANSLATE_NOOP(
    "Composition", "These OGs are attached to a national entity without its written agreement: {names}.")
W_NATIONAL_ENTITY = QT_TRANSLATE_NOOP(
    "Composition", "An ESSMS attached to a national entity needs that entity's written agreement, "
    "attached to the dossier.")
F_NATIONAL_ENTITY = QT_TRANSLATE_NOOP(
    "Composition", "Obtain the written agreement and attach it to the dossier.")

M_CONFORT = QT_TRANSLATE_NOOP(
    "Composition", "These ESSMS also offer « confort » home services: {names}.")
W_CONFORT = QT_TRANSLATE_NOOP(
    "Composition", "Only the part of the activity helping with the essentials of life is funded; "
    "the ARS may lower the grant.")
F_CONFORT = QT_TRANSLATE_NOOP(
    "Composition", "Describe the share of essential activity in the note de présentation.")

M_SMALL_OGS = QT_TRANSLATE_NOOP(
    "Composition", "Small OGs (at most {maximum} ESSMS): {names}.")
M_SMALL_OGS_MIXED = QT_TRANSLATE_NOOP(
    "Composition", "Small OGs (at most {maximum} ESSMS, {overseas} for an OG whose ESSMS are all in Corse or "
    "overseas): {names}.")
W_SMALL_OGS = QT_TRANSLATE_NOOP(
    "Composition", "Small OGs may ask for specific funding: equipment and infrastructure per ESSMS, "
    "and project support (AMOA or an internal project manager).")
F_SMALL_OGS = QT_TRANSLATE_NOOP(
    "Composition", "Consider these specific funding lines in the budget, with quotes.")

M_ISOLATED_PRIORITY = QT_TRANSLATE_NOOP(
    "Composition", "Isolated ESSMS joining a grappe led by an OG of {size} ESSMS ({count}): {names}.")
M_ISOLATED = QT_TRANSLATE_NOOP(
    "Composition", "Isolated ESSMS joining the grappe ({count}): {names}.")
W_ISOLATED = QT_TRANSLATE_NOOP(
    "Composition", "Bringing isolated ESSMS into a grappe led by a medium OG (more than {small} ESSMS) "
    "is a priority criterion.")
F_ISOLATED = QT_TRANSLATE_NOOP(
    "Composition", "Mention it in the note de présentation.")

M_NO_PORTEUR = QT_TRANSLATE_NOOP("Composition", "No porteur is designated.")
W_PORTEUR = QT_TRANSLATE_NOOP(
    "Composition", "One OG of the grappe, the porteur, files and carries the project and receives "
    "the funds.")
F_NO_PORTEUR = QT_TRANSLATE_NOOP("Composition", "Designate the porteur among the OGs of the grappe.")

M_PORTEUR_NOT_MEMBER = QT_TRANSLATE_NOOP(
    "Composition", "The porteur ({finess}) is not one of the OGs of the grappe.")
F_PORTEUR_NOT_MEMBER = QT_TRANSLATE_NOOP(
    "Composition", "Add the porteur's OG to the grappe, or designate another porteur.")
