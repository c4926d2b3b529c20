"""The sections of the note de présentation (003 §7 « présentation du projet »; 002 step 5). Pure Python.

One place for their keys, in the order the dossier file, the wizard, the checker and the PDF pack
list them (the key is the field name in the dossier file's ``presentation`` object).
"""

from __future__ import annotations

PRESENTATION_KEYS: tuple[str, ...] = (
    "context",
    "strategy",
    "perimeter_current",
    "perimeter_target",
    "team",
    "governance",
    "benefits",
)
