"""Whether an OG is a small OG: the rule's one home. Pure Python.

Seeds: 003 §5.3 « organismes gestionnaires de petite taille (moins de quinze ESSMS) »; 000 « OG de petite
taille (< 15 ESSMS) »; 001 (2024) « moins de 8 ou moins de 15 » — the lower ceiling in Corse and overseas.
The ceilings are in the campaign file (``small_og.max_essms``, ``small_og.max_essms_corse_overseas``).

Reading retained: an OG is small when it brings at least one ESSMS to the grappe and the number of ESSMS
it runs (``essms_total`` when given, else those it brings — « à confirmer ») is at most the ceiling; the
Corse/overseas ceiling applies to an OG all of whose ESSMS in the grappe are in Corse or overseas.
``rules.dossier.Og.is_small`` (the OG form, the composition panel, the grant and the checker) and the
composition rules' ``OgInput`` both call :func:`is_small_og`.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import TYPE_CHECKING

from esms_desktop.rules.identity.geography import CORSE, OUTRE_MER

if TYPE_CHECKING:
    from esms_desktop.rules.campaign import Campaign


def all_corse_overseas(territories: Iterable[str | None]) -> bool:
    """True when there is at least one place and every one is Corse or overseas (unknown: metropolitan)."""
    places = list(territories)
    return bool(places) and all(t in (CORSE, OUTRE_MER) for t in places)


def og_size(essms_total: int | None, brought: int) -> int:
    """The ESSMS an OG runs: its total when given (never fewer than it brings), else those it brings."""
    return brought if essms_total is None else max(essms_total, brought)


def small_og_limit(campaign: Campaign, corse_overseas: bool) -> int:
    """The largest size of a small OG (the campaign's ceiling for where the OG is)."""
    return campaign.small_og_limit(corse_overseas)


def is_small_og(campaign: Campaign, size: int, brought: int, corse_overseas: bool) -> bool:
    """A small OG of the grappe: it brings at least one ESSMS and runs at most the ceiling."""
    return brought > 0 and size <= small_og_limit(campaign, corse_overseas)
