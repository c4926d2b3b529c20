"""The planning of a dossier, read from the dossier file dict, and its checks (issue 7). No Qt, no DB.

The wizard, the PDF and the admissibility checker all call :func:`check_dossier_plan` on the same dict
(``export_dossier`` or a subset of it with the same keys): tasks, grappe ESSMS (with names), the scope
of the call (regional, multi-regional, national) and the findings of :func:`rules.planning.check_plan`.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import Any

from esms_desktop.rules.campaign import Campaign
from esms_desktop.rules.dossier_dict import as_date as _date
from esms_desktop.rules.dossier_dict import as_text as _text
from esms_desktop.rules.dossier_dict import dossier_part, essms_of, ogs, rows
from esms_desktop.rules.findings import Finding
from esms_desktop.rules.planning.schedule import Scope, Task, add_months, check_plan, deployment_end

PROJECT_TYPES = ("acquisition", "conformite")


# --- tasks ----------------------------------------------------------------------------------------


def task_from_dict(item: Mapping[str, Any]) -> Task | None:
    """One ``planning`` entry as a Task; ``None`` when it has no readable start."""
    start = _date(item.get("start"))
    if start is None:
        return None
    end = _date(item.get("end")) or start
    wave = item.get("wave")
    return Task(
        key=_text(item.get("key")),
        title=_text(item.get("title")),
        phase=_text(item.get("phase")),
        start=start,
        end=end,
        milestone=bool(item.get("milestone")),
        depends_on=tuple(str(k) for k in item.get("depends_on") or ()),
        owner=_text(item.get("owner")),
        wave_essms=tuple(str(f) for f in item.get("wave_essms") or ()),
        wave=wave if isinstance(wave, int) and not isinstance(wave, bool) else None,
        role=_text(item.get("role")),
    )


def task_to_dict(task: Task) -> dict[str, Any]:
    """A Task in the dossier file's shape (dossier-format.md, ``planning``)."""
    return {
        "key": task.key, "title": task.title, "phase": task.phase,
        "start": task.start.isoformat(), "end": task.end.isoformat(), "milestone": task.milestone,
        "depends_on": list(task.depends_on), "owner": task.owner, "wave": task.wave,
        "wave_essms": list(task.wave_essms), "role": task.role,
    }


def tasks_from_dossier(data: Mapping[str, Any]) -> list[Task]:
    """The dossier's planning, in its order (entries without a start date are left out)."""
    found = (task_from_dict(t) for t in rows(dossier_part(data), "planning"))
    return [t for t in found if t is not None]


def dependants(tasks: Sequence[Task], key: str) -> set[str]:
    """Keys of the tasks that depend on task ``key``, directly or through other tasks (``key`` itself
    when the dependencies loop back to it)."""
    found: set[str] = set()
    frontier = {key}
    while frontier:
        frontier = {t.key for t in tasks if set(t.depends_on) & frontier} - found
        found |= frontier
    return found


def has_cycle(tasks: Sequence[Task]) -> bool:
    """True when some task depends, through other tasks, on itself (dates cannot then be pushed)."""
    return any(t.key in dependants(tasks, t.key) for t in tasks)


# --- grappe ---------------------------------------------------------------------------------------


def grappe_essms(data: Mapping[str, Any]) -> dict[str, str]:
    """FINESS ET → name of every ESSMS of the grappe, porteur's first, then in the grappe's order."""
    members = ogs(dossier_part(data))
    members.sort(key=lambda og: not og.get("is_porteur"))  # stable: the porteur first, others in order
    names: dict[str, str] = {}
    for og in members:
        for e in essms_of(og):
            finess = _text(e.get("finess_et"))
            if finess and finess not in names:
                names[finess] = _text(e.get("name")) or finess
    return names


def porteur_essms(data: Mapping[str, Any]) -> tuple[str, ...]:
    """FINESS ET of the porteur's ESSMS."""
    for og in ogs(dossier_part(data)):
        if og.get("is_porteur"):
            return tuple(_text(e.get("finess_et")) for e in essms_of(og) if _text(e.get("finess_et")))
    return ()


def distribute_waves(essms: Sequence[str], count: int) -> list[list[str]]:
    """``essms`` cut in ``count`` consecutive waves of near-equal size, the first waves one larger.

    Given porteur's ESSMS first, the porteur's establishments open the deployment (pilot wave).
    16 ESSMS in 3 waves: 6, 5, 5.
    """
    count = max(1, int(count))
    size, extra = divmod(len(essms), count)
    waves, at = [], 0
    for number in range(count):
        step = size + (1 if number < extra else 0)
        waves.append(list(essms[at:at + step]))
        at += step
    return waves


def filing_scope(data: Mapping[str, Any], campaign: Campaign) -> Scope:
    """Which call the dossier answers: ``"regional"``, ``"multi_regional"`` or ``"national"``."""
    d = dossier_part(data)
    if not any(essms_of(og) for og in ogs(d)):
        return "national" if d.get("national_reach") else "regional"
    from esms_desktop.rules.grappe.composition import check_composition
    from esms_desktop.rules.grappe.composition_input import grappe_input

    return check_composition(grappe_input(d), campaign).filing_level


# --- the check ------------------------------------------------------------------------------------


@dataclass(frozen=True)
class PlanningCheck:
    """Everything a view or a report shows about a dossier's planning."""

    tasks: tuple[Task, ...]
    project_type: str
    campaign: Campaign
    filing_date: dt.date | None
    scope: Scope
    essms: dict[str, str]  # FINESS ET -> name
    findings: tuple[Finding, ...]

    @property
    def start(self) -> dt.date | None:
        return min((t.start for t in self.tasks), default=None)

    @property
    def end(self) -> dt.date | None:
        return max((t.end for t in self.tasks), default=None)

    @property
    def deployment_end(self) -> dt.date | None:
        return deployment_end(list(self.tasks))

    @property
    def max_months(self) -> int | None:
        return (getattr(self.campaign, "max_duration_months", {}) or {}).get(self.project_type)

    @property
    def limit(self) -> dt.date | None:
        """The latest end of deployment the campaign allows (start + maximum months)."""
        if self.start is None or self.max_months is None:
            return None
        return add_months(self.start, self.max_months)

    @property
    def window(self) -> Any:
        """The filing window of the dossier's call (a multi-regional grappe without its own: regional)."""
        return self.campaign.window_for(None, self.scope)[1]


def check_dossier_plan(data: Mapping[str, Any], campaign: Campaign | None = None) -> PlanningCheck:
    """Read the planning of a dossier dict and check it (campaign: the dossier's, loaded when not given).

    Raises ``rules.campaign.CampaignFileError`` when the dossier's campaign has no valid rule file (the
    rules never fall back on another campaign: :func:`rules.campaign.campaign_of`).
    """
    d = dossier_part(data)
    if campaign is None:
        from esms_desktop.rules.campaign import campaign_of

        campaign = campaign_of(d)
    tasks = tasks_from_dossier(d)
    project_type = d.get("project_type") if d.get("project_type") in PROJECT_TYPES else "acquisition"
    filing = _date(d.get("filing_date"))
    scope = filing_scope(d, campaign)
    essms = grappe_essms(d)
    findings = check_plan(tasks, project_type, campaign, filing, scope, essms)
    return PlanningCheck(tuple(tasks), project_type, campaign, filing, scope, essms, findings)
