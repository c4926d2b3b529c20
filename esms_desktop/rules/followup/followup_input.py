"""The follow-up rules' input, read from the dossier dict (the file format; the same for window, CLI, PDF).

Stays an adapter on purpose: what it reads — the monthly usage measures (``usage_measures``) and the
follow-up state (``followup``) of a selected dossier — is not part of the typed ``rules.dossier.Dossier``
(the candidature), and the measures are stored and imported on their own (``storage/usage_measures.py``)."""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping
from typing import Any

from esms_desktop.rules.campaign import Campaign
from esms_desktop.rules.followup.usage import Measure, UsageReport, usage_report


def essms_list(data: Mapping[str, Any]) -> list[tuple[str, str]]:
    d = data["dossier"]
    return [(e["finess_et"], e["name"]) for og in d["ogs"] for e in og["essms"]]


def measures(data: Mapping[str, Any]) -> list[Measure]:
    out = []
    for m in data["dossier"].get("usage_measures", []):
        year, month = map(int, m["month"].split("-"))
        out.append(Measure(m["finess_et"], dt.date(year, month, 1), dict(m["counts"])))
    return out


def followup(data: Mapping[str, Any]) -> dict[str, Any]:
    return dict(data["dossier"].get("followup") or {"state": "preparation"})


def report(data: Mapping[str, Any], campaign: Campaign) -> UsageReport:
    return usage_report(essms_list(data), measures(data), campaign)
