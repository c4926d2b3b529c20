"""What a view shows when the dossier's campaign has no usable rule file (year without rules, damaged
file): one French sentence that says what to do, shown in place of what needed the rules.

The rules raise :class:`~esms_desktop.rules.campaign.CampaignFileError` (never fall back on another
campaign); every view that computes something from them catches it and shows :func:`campaign_error_text`.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from esms_desktop.i18n import render
from esms_desktop.rules.campaign import CampaignFileError, UnknownCampaignError


def campaign_error_text(exc: CampaignFileError) -> str:
    """« No campaign rules for 2030: choose a campaign in the step « The project ». », in the UI language."""
    if isinstance(exc, UnknownCampaignError):
        if exc.year is None:
            return QCoreApplication.translate(
                "CampaignErrors", "The dossier has no campaign: choose one in the step « The project ».")
        return QCoreApplication.translate(
            "CampaignErrors", "No campaign rules for {year}: choose a campaign in the step « The project ».").format(
                year=exc.year)
    return QCoreApplication.translate(
        "CampaignErrors", "{problem}. Choose another campaign in the step « The project ».").format(
            problem=render(exc.message))
