"""Campaigns for the rule tests: the shipped 2024 rules (seed 001, durations and targets of 003), changed
with ``dataclasses.replace`` where a test needs another campaign's figure.

    from campaign_fixtures import C2024, campaign
    check_composition(grappe, campaign(large_single_region_files_regionally=False))   # the 2022 rule

The 2024 figures the tests rely on (read from resources/campaigns/2024.json, checked against 001):
grappe of 15 ESSMS at least (8 in Corse and overseas), 15-49 regional, 50 national but a grappe of 50 or
more in a single region files regionally (001 « Quelles sont les démarches »); small OG: at most 14 ESSMS
(7 in Corse and overseas); windows regional 15/01-15/09/2024, multi-regional 15/01-01/06/2024, national
15/02-01/06/2024; at most 18 months (acquisition) / 9 months (conformité) (003 §3.1); solde 50 %.
"""

from __future__ import annotations

from dataclasses import replace
from typing import Any

from esms_desktop.rules.campaign import Campaign, Window, load_campaign

C2024: Campaign = load_campaign(2024)

__all__ = ["C2024", "Window", "campaign"]


def campaign(**changes: Any) -> Campaign:
    """The 2024 campaign with some figures changed (``windows={...}``, ``min_services_socles=3``...)."""
    return replace(C2024, **changes)
