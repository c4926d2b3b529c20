"""Real deployment dates beside the planned ones, against the campaign's length limit. No Qt.

003 §3.1: « la durée du projet devrait être comprise dans un délai d'au plus 18 mois [acquisition]
(9 mois [montée de version]) entre le début du projet et la fin du déploiement » — the limit is the
campaign's ``max_duration_months``. The project starts with the planning's first task. A wave not
finished is expected to end at its planned end shifted by its start slip; a wave whose (expected) end
passes the limit is warned about as soon as that is known, i.e. from its real start on.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from esms_desktop.rules.campaign import Campaign
from esms_desktop.rules.findings import campaign_source
from esms_desktop.rules.dossier import as_dossier
from esms_desktop.rules.planning.plan import deployment_limit
from esms_desktop.rules.planning.schedule import SRC_DURATION


@dataclass(frozen=True)
class WaveDates:
    wave: int
    essms: tuple[str, ...]
    planned_start: dt.date | None
    planned_end: dt.date | None
    real_start: dt.date | None
    real_end: dt.date | None
    expected_end: dt.date | None
    limit: dt.date | None

    @property
    def slip_days(self) -> int:
        if self.expected_end is None or self.planned_end is None:
            return 0
        return (self.expected_end - self.planned_end).days

    @property
    def past_limit(self) -> bool:
        return self.limit is not None and self.expected_end is not None and self.expected_end > self.limit


@dataclass(frozen=True)
class EssmsDates:
    """One ESSMS: its wave's planned dates, its own real dates (else its wave's), its expected end."""

    finess_et: str
    name: str
    wave: int | None
    planned_start: dt.date | None
    planned_end: dt.date | None
    real_start: dt.date | None
    real_end: dt.date | None
    own: bool  # real dates typed for this ESSMS (not inherited from its wave)
    expected_end: dt.date | None
    limit: dt.date | None

    @property
    def past_limit(self) -> bool:
        return self.limit is not None and self.expected_end is not None and self.expected_end > self.limit


@dataclass(frozen=True)
class Deployment:
    project_start: dt.date | None
    limit: dt.date | None
    max_months: int | None
    waves: tuple[WaveDates, ...]
    essms: tuple[EssmsDates, ...] = ()
    #: where the limit comes from, for readers (« AAP ARS Bourgogne-Franche-Comté 2022, §3.1 »)
    limit_source: str = ""

    @property
    def warnings(self) -> tuple[WaveDates, ...]:
        return tuple(w for w in self.waves if w.past_limit)


def _date(value) -> dt.date | None:
    return None if not value else dt.date.fromisoformat(value)


def deployment(data: Mapping[str, Any], campaign: Campaign) -> Deployment:
    d = data["dossier"]
    tasks = d.get("planning", [])
    start = min((_date(t["start"]) for t in tasks), default=None)
    project_type = as_dossier(data).project_type  # the model's reading of the file (a null or "": acquisition)
    max_months = campaign.max_duration_months.get(project_type)
    limit_source = campaign.source_label(campaign_source(campaign, f"max_duration_months.{project_type}", SRC_DURATION))
    limit = deployment_limit(start, max_months)  # the planning's own (rules/planning/plan.py)
    real = ((d.get("followup") or {}).get("deployment") or {}).get("waves", {})
    numbers = sorted({t["wave"] for t in tasks if t.get("wave")} | {int(k) for k in real})
    waves = []
    for n in numbers:
        own = [t for t in tasks if t.get("wave") == n and t.get("role") == "deployment"] or \
              [t for t in tasks if t.get("wave") == n]
        planned_start = min((_date(t["start"]) for t in own), default=None)
        planned_end = max((_date(t["end"]) for t in own), default=None)
        essms = tuple(f for t in own for f in t.get("wave_essms", []))
        r = real.get(str(n), {})
        real_start, real_end = _date(r.get("start")), _date(r.get("end"))
        expected = real_end
        if expected is None and planned_end is not None:
            shift = (real_start - planned_start) if real_start and planned_start else dt.timedelta(0)
            expected = planned_end + shift
        waves.append(WaveDates(n, essms, planned_start, planned_end, real_start, real_end, expected, limit))
    return Deployment(start, limit, max_months, tuple(waves), _essms(d, waves, limit), limit_source)


def _essms(d: Mapping[str, Any], waves: list[WaveDates], limit: dt.date | None) -> tuple[EssmsDates, ...]:
    own_dates = ((d.get("followup") or {}).get("deployment") or {}).get("essms", {})
    wave_of = {f: w for w in waves for f in w.essms}
    rows = []
    for og in d["ogs"]:
        for e in og["essms"]:
            w = wave_of.get(e["finess_et"])
            own = own_dates.get(e["finess_et"])
            real_start = _date(own.get("start")) if own else (w.real_start if w else None)
            real_end = _date(own.get("end")) if own else (w.real_end if w else None)
            planned_start, planned_end = (w.planned_start, w.planned_end) if w else (None, None)
            expected = real_end
            if expected is None and planned_end is not None:
                shift = (real_start - planned_start) if real_start and planned_start else dt.timedelta(0)
                expected = planned_end + shift
            rows.append(EssmsDates(e["finess_et"], e["name"], w.wave if w else None, planned_start, planned_end,
                                   real_start, real_end, own is not None, expected, limit))
    return tuple(rows)
