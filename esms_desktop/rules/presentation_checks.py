"""Contradictions between the note de présentation and the rest of the dossier, computed. Pure Python.

    findings = presentation_contradictions(dossier)      # rules.dossier.Dossier

- the number of ESSMS or of OGs the note states (« nos 12 ESSMS », « quatre organismes gestionnaires »)
  against the grappe's;
- a DUI already named (step « Solution DUI ») while the planning still runs an editor choice phase
  (the planning template's « consultation » / « choix de la solution » tasks).
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from typing import Any

from esms_desktop.rules.dossier import Dossier, as_dossier
from esms_desktop.rules.findings import Finding
from esms_desktop.rules.presentation import PRESENTATION_KEYS
from esms_desktop.text import QT_TRANSLATE_NOOP

SOURCE = "003 §7"
WORDS = {"un": 1, "une": 1, "deux": 2, "trois": 3, "quatre": 4, "cinq": 5, "six": 6, "sept": 7, "huit": 8,
         "neuf": 9, "dix": 10, "onze": 11, "douze": 12, "treize": 13, "quatorze": 14, "quinze": 15, "seize": 16,
         "dix-sept": 17, "dix-huit": 18, "dix-neuf": 19, "vingt": 20}
_NUMBER = r"(\d{1,4}|" + "|".join(sorted(WORDS, key=len, reverse=True)) + r")"
#: Only a number given as the grappe's whole counts (« la grappe réunit 12 ESSMS », « nos 4 OG »), not a part
#: of it (« dans 9 ESSMS »).
_WHOLE = (r"(?:\b(?:nos|réunit|regroupe|rassemble|réunissant|regroupant|rassemblant|associe|associant|compte|"
          r"comptant|au total|soit|grappe de)\s+(?:les\s+|des\s+)?)")
_ESSMS = re.compile(_WHOLE + _NUMBER + r"\s+(?:ESSMS|ESMS|établissements(?: et services)?|établissements ou services)\b",
                    re.IGNORECASE)
_OGS = re.compile(_WHOLE + _NUMBER + r"\s+(?:OG|organismes gestionnaires|organismes)\b", re.IGNORECASE)
#: Planning tasks (template keys) or phases that mean the editor is still to be chosen.
CHOICE_KEYS = ("consultation", "choix_solution")
CHOICE_PHASE = "choix de la solution"

ESSMS_COUNT = QT_TRANSLATE_NOOP("Presentation", "The note states {stated} ESSMS; the grappe has {actual}.")
OG_COUNT = QT_TRANSLATE_NOOP("Presentation", "The note states {stated} OGs; the grappe has {actual}.")
COUNT_WHY = QT_TRANSLATE_NOOP("Presentation", "An instructor compares the note with the grappe: a different "
                                              "number makes the dossier look unreliable.")
COUNT_FIX = QT_TRANSLATE_NOOP("Presentation", "Correct the number in the note, or the grappe.")
DUI_CHOICE = QT_TRANSLATE_NOOP("Presentation", "The DUI « {software} » is already named while the planning still "
                                               "has an editor choice phase.")
DUI_WHY = QT_TRANSLATE_NOOP("Presentation", "Either the editor is chosen and the consultation tasks are done, or "
                                            "it is still to be chosen and no solution can be named yet.")
DUI_FIX = QT_TRANSLATE_NOOP("Presentation", "Remove the editor choice tasks from the planning, or leave the DUI "
                                            "unnamed until the consultation is over.")


def _value(token: str) -> int:
    return int(token) if token.isdigit() else WORDS[token.lower()]


def _stated(text: str, pattern: re.Pattern[str]) -> list[int]:
    return [_value(m.group(1)) for m in pattern.finditer(text)]


def presentation_contradictions(dossier: Dossier | Mapping[str, Any]) -> tuple[Finding, ...]:
    """Warnings for what the note says against the grappe, and a named DUI against the planning.

    ``dossier``: the typed dossier (a file dict is read through ``Dossier.from_file``)."""
    d = as_dossier(dossier)
    text = "\n".join(d.presentation.get(key, "").strip() for key in PRESENTATION_KEYS)
    organisations = d.ogs
    essms = len(d.all_essms)
    found: list[Finding] = []
    stated = sorted({n for n in _stated(text, _ESSMS) if n != essms and n > 1})
    if stated and essms:
        found.append(Finding("presentation.essms_count", "warning",
                             ESSMS_COUNT(stated=", ".join(map(str, stated)), actual=str(essms)), COUNT_WHY(),
                             SOURCE, COUNT_FIX()))
    stated = sorted({n for n in _stated(text, _OGS) if n != len(organisations) and n > 1})
    if stated and organisations:
        found.append(Finding("presentation.og_count", "warning",
                             OG_COUNT(stated=", ".join(map(str, stated)), actual=str(len(organisations))), COUNT_WHY(),
                             SOURCE, COUNT_FIX()))
    software = d.dui.software.strip()
    choice = [t for t in d.tasks if t.key.strip() in CHOICE_KEYS or t.phase.strip().lower() == CHOICE_PHASE]
    if software and choice:
        found.append(Finding("presentation.dui_named_during_choice", "warning", DUI_CHOICE(software=software),
                             DUI_WHY(), SOURCE, DUI_FIX(), tuple(t.key.strip() for t in choice)))
    return tuple(found)
