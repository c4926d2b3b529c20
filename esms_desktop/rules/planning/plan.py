"""The planning of a dossier and its checks (issue 7). No Qt, no DB.

The wizard, the PDF and the admissibility checker all call :func:`check_dossier_plan` on the typed
dossier (``storage.load_dossier``; a file dict is read through ``Dossier.from_file``): tasks, grappe
ESSMS (with names), the scope of the call (regional, multi-regional, national) and the findings of
:func:`rules.planning.schedule.check_plan`.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import Any

from esms_desktop.rules import dossier as model
from esms_desktop.rules.campaign import Campaign, Window
from esms_desktop.rules.dossier import Dossier, as_dossier
from esms_desktop.rules.planning.filing_window import FilingWindow, filing_window
from esms_desktop.rules.findings import Finding
from esms_desktop.rules.findings import sort_findings as sorted_findings
from esms_desktop.rules.planning.procurement import SRC_2022, SRC_GHT, procurement_route
from esms_desktop.text import QT_TRANSLATE_NOOP
from esms_desktop.rules.planning.schedule import Scope, Task, add_months, check_plan, deployment_end

PROJECT_TYPES = ("acquisition", "conformite")


# --- tasks ----------------------------------------------------------------------------------------


def scheduled_task(item: model.Task) -> Task | None:
    """One task of the dossier as the schedule checks it; ``None`` when it has no start date."""
    if item.start is None:
        return None
    return Task(
        key=item.key.strip(), title=item.title.strip(), phase=item.phase.strip(), start=item.start,
        end=item.end or item.start, milestone=item.milestone, depends_on=item.depends_on,
        owner=item.owner.strip(), wave_essms=item.wave_essms, wave=item.wave, role=item.role.strip(),
    )


def task_to_dict(task: Task) -> dict[str, Any]:
    """A Task in the dossier file's shape (dossier-format.md, ``planning``)."""
    return {
        "key": task.key, "title": task.title, "phase": task.phase,
        "start": task.start.isoformat(), "end": task.end.isoformat(), "milestone": task.milestone,
        "depends_on": list(task.depends_on), "owner": task.owner, "wave": task.wave,
        "wave_essms": list(task.wave_essms), "role": task.role,
    }


def tasks_from_dossier(data: Dossier | Mapping[str, Any]) -> list[Task]:
    """The dossier's planning, in its order (entries without a start date are left out)."""
    found = (scheduled_task(t) for t in as_dossier(data).tasks)
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


def grappe_essms(data: Dossier | Mapping[str, Any]) -> dict[str, str]:
    """FINESS ET → name of every ESSMS of the grappe, porteur's first, then in the grappe's order."""
    members = sorted(as_dossier(data).ogs, key=lambda og: not og.is_porteur)  # stable: the porteur first
    names: dict[str, str] = {}
    for og in members:
        for e in og.essms:
            if e.finess_et and e.finess_et not in names:
                names[e.finess_et] = e.name.strip() or e.finess_et
    return names


def porteur_essms(data: Dossier | Mapping[str, Any]) -> tuple[str, ...]:
    """FINESS ET of the porteur's ESSMS."""
    porteur = as_dossier(data).porteur
    return tuple(e.finess_et for e in porteur.essms if e.finess_et) if porteur is not None else ()


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


def filing_scope(data: Dossier | Mapping[str, Any], campaign: Campaign) -> Scope:
    """Which call the dossier answers: ``"regional"``, ``"multi_regional"`` or ``"national"``."""
    return filing_scope_and_region(as_dossier(data), campaign)[0]


def filing_scope_and_region(d: Dossier, campaign: Campaign) -> tuple[Scope, str | None]:
    """The call the dossier answers and the ARS region it files with (None: national, or unknown)."""
    if not d.all_essms:
        return ("national" if d.national_reach else "regional"), d.region or None
    from esms_desktop.rules.grappe.composition import composition_of

    report = composition_of(d, campaign)
    return report.filing_level, report.filing_region


# --- the check ------------------------------------------------------------------------------------


def deployment_limit(start: dt.date | None, max_months: int | None) -> dt.date | None:
    """The latest end of deployment (003 §3.1): the project's start plus the campaign's maximum months, in
    calendar months (31/08/2024 + 18 → 28/02/2026). The planning's check and the follow-up both use it."""
    if start is None or not max_months:
        return None
    return add_months(start, max_months)


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
    filing: FilingWindow | None = None  # whose window applies (the dossier's own ARS's dates, or the file's)

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
        return self.campaign.max_duration_months.get(self.project_type)

    @property
    def limit(self) -> dt.date | None:
        """The latest end of deployment the campaign allows (start + maximum months)."""
        return deployment_limit(self.start, self.max_months)

    @property
    def window(self) -> Window | None:
        """The filing window of the dossier's call (a multi-regional grappe without its own: regional);
        None while the dossier's own ARS's dates are to be typed in."""
        if self.filing is not None:
            return self.filing.window
        return self.campaign.window_for(None, self.scope)[1]


M_PROCUREMENT = QT_TRANSLATE_NOOP(
    "Planning", "A public-procurement phase is required: OGs subject to the Code de la commande publique: {ogs}.")
M_PROCUREMENT_2022 = QT_TRANSLATE_NOOP(
    "Planning", "An acquisition goes through the purchasing procedure of the SAD (dynamic purchasing system).")
M_DIRECT = QT_TRANSLATE_NOOP(
    "Planning", "No public-procurement phase is required: no OG of the grappe is subject to the Code de la "
    "commande publique.")
M_GHT = QT_TRANSLATE_NOOP("Planning", "GHT route: the grappe chooses the Ségur-referenced DPI of its GHT.")
W_PROCUREMENT = QT_TRANSLATE_NOOP(
    "Planning", "From 2023 a public-procurement phase is required only of the OGs subject to the Code de la "
    "commande publique.")
F_PROCUREMENT_OK = QT_TRANSLATE_NOOP("Planning", "The planning template follows this route.")
M_NO_PROCUREMENT_PHASE = QT_TRANSLATE_NOOP(
    "Planning", "The planning has no public-procurement phase, which this grappe needs.")
F_NO_PROCUREMENT_PHASE = QT_TRANSLATE_NOOP(
    "Planning", "Generate the planning again from the template, or add the consultation of the editors.")
M_GHT_NOT_OFFERED = QT_TRANSLATE_NOOP(
    "Planning", "The GHT route is chosen in the step « Solution DUI », but the {year} campaign does not offer it.")
F_GHT_NOT_OFFERED = QT_TRANSLATE_NOOP("Planning", "Untick the GHT route in the step « Solution DUI ».")


def procurement_findings(d: Dossier, campaign: Campaign, tasks: Sequence[Task]) -> list[Finding]:
    """The purchasing route the OGs' statuses give (000 from 2023; 003 §5.1 in 2022), and a warning when
    the planning lacks the procurement phase it needs or the GHT route is chosen where not offered."""
    route = procurement_route(d, campaign)
    out: list[Finding] = []
    if route.route == "none":
        return out
    if route.ght_chosen and not route.ght_offered:
        out.append(Finding("planning.ght_not_offered", "warning", M_GHT_NOT_OFFERED(year=str(campaign.year)),
                           W_PROCUREMENT(), SRC_GHT, F_GHT_NOT_OFFERED()))
    if route.route == "procurement":
        what = (M_PROCUREMENT_2022() if route.source == SRC_2022
                else M_PROCUREMENT(ogs=", ".join(route.subject_ogs)))
    elif route.route == "ght":
        what = M_GHT()
    else:
        what = M_DIRECT()
    out.append(Finding("planning.procurement_route", "info", what, W_PROCUREMENT(), route.source,
                       F_PROCUREMENT_OK()))
    consultation = next((t for t in tasks if t.key == "consultation"), None)
    if route.procurement_required and tasks and (
            consultation is None or not any(w in consultation.title for w in ("SAD", "marché"))):
        out.append(Finding("planning.no_procurement_phase", "warning", M_NO_PROCUREMENT_PHASE(), W_PROCUREMENT(),
                           route.source, F_NO_PROCUREMENT_PHASE()))
    return out


def check_dossier_plan(data: Dossier | Mapping[str, Any], campaign: Campaign | None = None) -> PlanningCheck:
    """Check the planning of a dossier (the typed dossier; a file dict is read through
    ``Dossier.from_file``). ``campaign``: the dossier's, loaded when not given.

    Raises ``rules.campaign.CampaignFileError`` when the dossier's campaign has no valid rule file (the
    rules never fall back on another campaign: :func:`rules.campaign.campaign_of`).
    """
    d = as_dossier(data)
    if campaign is None:
        campaign = d.campaign()
    tasks = tasks_from_dossier(d)
    project_type = d.project_type if d.project_type in PROJECT_TYPES else "acquisition"
    filing = d.filing_date
    scope, region = filing_scope_and_region(d, campaign)
    own = filing_window(d, campaign, scope, region)
    essms = grappe_essms(d)
    findings = check_plan(tasks, project_type, campaign, filing, scope, essms, window=own)
    findings = tuple(sorted_findings(list(findings) + procurement_findings(d, campaign, tasks)))
    return PlanningCheck(tuple(tasks), project_type, campaign, filing, scope, essms, findings, own)
