"""Sector (champ) of an establishment from its FINESS category. Pure Python, no Qt.

The table lives in ``resources/finess/sectors.json``: for each social or medico-social FINESS
category (aggregate 4xxx/5xxx) its label and its sector, ``null`` when the category is not an
ESSMS of article L.312-1 CASF (e.g. 247 entreprise adaptée, 258 pension de famille). Health
categories (355 centre hospitalier, 620 pharmacie...) are absent: not ESSMS either.
"""

from __future__ import annotations

import json
from functools import lru_cache
from typing import Any

from esms_desktop.paths import resource_path

PA = "PA"
PH = "PH"
DOM = "DOM"
PDE = "PDE"
PDS = "PDS"
AHI = "AHI"

# Sector code -> French label (same text as in sectors.json, kept here for imports without I/O).
SECTORS: dict[str, str] = {
    PA: "Personnes âgées",
    PH: "Personnes en situation de handicap",
    DOM: "Aide et soin à domicile",
    PDE: "Protection de l'enfance",
    PDS: "Personnes en difficultés spécifiques",
    AHI: "Accueil, hébergement, insertion",
}


@lru_cache(maxsize=1)
def _table() -> dict[str, dict[str, Any]]:
    with open(resource_path("finess", "sectors.json"), encoding="utf-8") as fh:
        data = json.load(fh)
    return data["categories"]


def _key(code: str | int | None) -> str:
    return str(code).strip() if code is not None else ""


def sector_for_category(code: str | int | None) -> str | None:
    """Sector of a FINESS category code ("500" → "PA", "354" → "DOM"); None if not an ESSMS."""
    entry = _table().get(_key(code))
    return entry["sector"] if entry else None


def category_label(code: str | int | None) -> str | None:
    """Label of a social / medico-social FINESS category; None for other codes."""
    entry = _table().get(_key(code))
    return entry["label"] if entry else None


def is_essms_category(code: str | int | None) -> bool:
    """True when the category is an ESSMS (it then has a sector)."""
    return sector_for_category(code) is not None


def is_to_check(code: str | int | None) -> bool:
    """True for the categories whose ESSMS status depends on the establishment (451 aide aux familles
    en difficulté, 345 tutelle): shown « à vérifier », never « not an ESSMS »."""
    entry = _table().get(_key(code))
    return bool(entry and entry.get("to_check"))


#: The programme's five sectors (000: « PA / PH / DOM / PDE / PDS »).
PROGRAMME_SECTORS: tuple[str, ...] = (PA, PH, DOM, PDE, PDS)


@lru_cache(maxsize=1)
def _programme_map() -> dict[str, str]:
    with open(resource_path("finess", "sectors.json"), encoding="utf-8") as fh:
        data = json.load(fh)
    return {k: v for k, v in (data.get("programme_sectors") or {}).items() if k != "note"}


def programme_sector(sector: str | None) -> str | None:
    """The programme sector an ESSMS counts in: AHI (the atlas's label) counts as PDS (000 lists five
    sectors « PA / PH / DOM / PDE / PDS »); others unchanged; None stays None."""
    if not sector:
        return None
    return _programme_map().get(sector, sector)


def social_category_codes() -> frozenset[str]:
    """Every social or medico-social FINESS category (aggregate 4xxx/5xxx), ESSMS or not."""
    return frozenset(_table())


def sector_label(sector: str | None) -> str:
    """French label of a sector code, "" when unknown."""
    return SECTORS.get(sector or "", "")


def categories_of_sector(sector: str) -> list[str]:
    """Category codes of one sector, sorted numerically."""
    return sorted((c for c, e in _table().items() if e["sector"] == sector), key=int)
