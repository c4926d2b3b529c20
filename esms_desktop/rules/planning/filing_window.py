"""Whose filing window applies to a dossier. No Qt.

Every ARS publishes its own regional call: the 2022 rule file holds the ARS Bourgogne-Franche-Comté's
dates (003 §8), the 2023 one the ARS Île-de-France's (000); the 2024 dates are the national flyer's (001)
and hold for every ARS (``Campaign.window_region`` None). A regional dossier of another region gets no
verdict from another ARS's dates: until its own ARS's dates are typed in (``ars_window_start`` /
``ars_window_end`` of the dossier), its window is « à renseigner ». The national call and the
multi-regional deadline are national and hold everywhere.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from esms_desktop.rules.campaign import Campaign, Window
from esms_desktop.rules.dossier import Dossier


@dataclass(frozen=True)
class FilingWindow:
    """The window a dossier files in and where its dates come from.

    ``origin``: "campaign" (the rule file's dates apply), "dossier" (its own ARS's dates, typed in),
    "to_type" (the file's dates are another ARS's: à renseigner). ``window_region``: the region whose ARS
    published the file's dates; ``region``: the ARS the dossier files with.
    """

    window: Window | None
    origin: str
    scope_key: str  # the key of the campaign's windows it was read under
    window_region: str | None = None
    region: str | None = None
    first_window_end: dt.date | None = None  # only where it applies (the same ARS's call)
    first_window_share: int | None = None


def filing_window(dossier: Dossier, campaign: Campaign, scope: str, region: str | None) -> FilingWindow:
    """The window of a dossier (``scope``: its call; ``region``: the ARS it files with, INSEE code)."""
    region = region or dossier.region or None
    key, window = campaign.window_for(region, scope)  # the campaign file's dates (one ARS's, or national)
    owner = campaign.window_region
    if key != "regional" or owner is None:
        return FilingWindow(window, "campaign", key, owner, region)
    if region == owner:
        return FilingWindow(window, "campaign", key, owner, region,
                            campaign.first_window_end, campaign.first_window_share_percent)
    start, end = dossier.ars_window_start, dossier.ars_window_end
    if start is None and end is None:
        return FilingWindow(None, "to_type", key, owner, region)
    return FilingWindow(Window(start, end, ""), "dossier", key, owner, region)
