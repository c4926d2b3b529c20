"""The admissibility check of a dossier: every admissibility criterion, condition of access and
priority criterion of the call, each with its state, why, its source and the step that fixes it.

    dossier = load_dossier(db, dossier_id)
    report = check_dossier(dossier, dossier.campaign(), date.today())
    report.admissible, report.blocking_count, [c.key for c in report.blocking]

Pure Python (no Qt, no database). Rules: seed 003 §7 (critères de recevabilité et de priorisation) and
§4.2 (conditions d'accès); thresholds and windows come from the campaign file. A dossier is admissible
when no admissibility or access criterion is « not met » or « to complete »; priority criteria only
rank admissible dossiers.

Criteria that are not evaluated here, and why: the ARS' appreciation of the grappe's minimum « case by
case » (003 §4.2.D) and the regional balance at equal merit (003 §7) are the ARS' own judgment; the
compliance of a non-referenced DUI with the national specification (003 §4.2.C) is proven by the
contract with the editor, which the application does not read.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping, Sequence
from typing import Any

from esms_desktop import formatting as fmt
from esms_desktop.rules.admissibility import messages as m
from esms_desktop.rules.admissibility.base import (  # re-exported: the public API lives here
    BLOCKING_STATES,
    KINDS,
    STATES,
    STEP_KEYS,
    CheckReport,
    Criterion,
    Facts,
    Kind,
    State,
)
from esms_desktop.rules.admissibility.criteria import ACCESS_CHECKS, ADMISSIBILITY_CHECKS, needed_referentials
from esms_desktop.rules.admissibility.priority import PRIORITY_CHECKS
from esms_desktop.rules.campaign import Campaign
from esms_desktop.rules.dossier import Dossier, as_dossier
from esms_desktop.text import Message

__all__ = [
    "BLOCKING_STATES", "KINDS", "STATES", "STEP_KEYS", "CheckReport", "Criterion", "Kind", "State",
    "check_admissibility", "check_dossier", "needed_referentials", "summary",
]


def check_dossier(dossier: Dossier | Mapping[str, Any], campaign: Campaign, today: dt.date,
                  documents_state: Sequence[Mapping[str, Any]] | None = None) -> CheckReport:
    """Every criterion of ``dossier`` (``storage.load_dossier``; or a dossier file dict or its ``"dossier"`` part).

    ``campaign``: the rules of the dossier's campaign (:func:`rules.campaign.load_campaign`).
    ``today``: the day of the check (a window closed with no filing date planned is not met).
    ``documents_state``: the attached documents as ``{"kind", "og"}`` mappings (``og``: the OG's index),
    to check without carrying the files' content; by default the dict's own ``documents``.
    """
    typed = as_dossier(dossier)
    documents = (list(documents_state) if documents_state is not None
                 else [{"kind": doc.kind, "og": doc.og} for doc in typed.documents])
    facts = Facts(typed, campaign, today, documents)
    criteria: list[Criterion] = []
    for check in (*ADMISSIBILITY_CHECKS, *ACCESS_CHECKS, *PRIORITY_CHECKS):  # the order each tuple declares
        criteria += check(facts)
    small = tuple(og.finess_ej for og in typed.ogs if og.is_small(campaign))
    return CheckReport(tuple(criteria), campaign.year, today, small)


def check_admissibility(data: Dossier | Mapping[str, Any], today: dt.date | None = None) -> CheckReport:
    """:func:`check_dossier` under the dossier's own campaign, today by default (used by the PDF pack).

    Raises ``rules.campaign.CampaignFileError`` (``UnknownCampaignError`` when the year has no rule file):
    the rules never fall back on another campaign.
    """
    dossier = as_dossier(data)
    return check_dossier(dossier, dossier.campaign(), today or dt.date.today())


def summary(report: CheckReport) -> Message:
    """One line on the whole check: admissible, or how many criteria block."""
    if report.admissible:
        return m.ADMISSIBLE()
    return m.NOT_ADMISSIBLE(count=fmt.number(report.blocking_count))
