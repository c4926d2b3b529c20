"""Planning prévisionnel: templates per project type, deployment waves, and checks (issue 7).

Pure Python. Templates are data (``resources/planning/templates.json``); the checks take the campaign's
maximum durations and filing windows. A task's ``end`` is the day it is done: a task depending on it
may start that same day. Milestones start and end on the same day.
"""

from __future__ import annotations

import calendar
import datetime as dt
import json
from collections import Counter
from collections.abc import Collection, Mapping
from dataclasses import dataclass, replace
from functools import lru_cache
from pathlib import Path
from typing import TYPE_CHECKING, Any, Literal

from esms_desktop import formatting as fmt
from esms_desktop.paths import resource_path
from esms_desktop.rules.campaign import Campaign, Window
from esms_desktop.rules.findings import NOTHING_TO_DO, Finding, campaign_source, sort_findings
from esms_desktop.text import QT_TRANSLATE_NOOP

Scope = Literal["regional", "multi_regional", "national"]

DEPLOYMENT = "deployment"
USAGE_MEASURE = "usage_measure"

if TYPE_CHECKING:
    from esms_desktop.rules.planning.filing_window import FilingWindow


@dataclass(frozen=True)
class Task:
    """One line of the planning.

    ``wave`` is the wave number (1, 2...) of per-wave tasks; ``wave_essms`` the FINESS ET deployed by a
    deployment task. ``role`` tells the checks what a task is: ``"deployment"``, ``"usage_measure"``,
    ``"convention"``, ``"solde"`` or ``""``.
    """

    key: str
    title: str
    phase: str
    start: dt.date
    end: dt.date
    milestone: bool = False
    depends_on: tuple[str, ...] = ()
    owner: str = ""
    wave_essms: tuple[str, ...] = ()
    wave: int | None = None
    role: str = ""

    @property
    def duration_days(self) -> int:
        return (self.end - self.start).days


# --- dates ----------------------------------------------------------------------------------------


def add_months(day: dt.date, months: int) -> dt.date:
    """``day`` plus ``months`` calendar months, clamped to the month's last day (31/01 + 1 → 29/02)."""
    index = day.month - 1 + months
    year, month = day.year + index // 12, index % 12 + 1
    return dt.date(year, month, min(day.day, calendar.monthrange(year, month)[1]))


def add_duration(day: dt.date, spec: Mapping[str, int] | None) -> dt.date:
    """``day`` plus a template duration ``{"weeks": n}`` and/or ``{"months": n}`` (``None``: nothing)."""
    if not spec:
        return day
    unknown = set(spec) - {"weeks", "months", "days"}
    if unknown:
        raise ValueError(f"unknown duration unit(s): {sorted(unknown)}")
    day = add_months(day, int(spec.get("months", 0)))
    return day + dt.timedelta(weeks=int(spec.get("weeks", 0)), days=int(spec.get("days", 0)))


# --- templates ------------------------------------------------------------------------------------


@lru_cache(maxsize=4)
def load_templates(path: Path | None = None) -> dict[str, Any]:
    """The planning templates (``resources/planning/templates.json``), checked for consistency."""
    source = path or resource_path("planning", "templates.json")
    data = json.loads(Path(source).read_text(encoding="utf-8"))
    for project_type, template in data["templates"].items():
        seen: set[str] = set()
        for task in template["tasks"]:
            missing = [d for d in task.get("depends_on", ()) if d not in seen]
            if missing:
                raise ValueError(f"{project_type}/{task['key']}: depends on {missing}, not defined before it")
            seen.add(task["key"])
    return data


def first_usage_measure_months(campaign: Campaign) -> int:
    """Months between the end of deployment and the first usage measurement: a campaign figure (003 §6: 3)."""
    return int(campaign.first_usage_measure_months)


def generate_plan(project_type: str, start: dt.date, waves: list[list[str]], route: str = "procurement") -> list[Task]:
    """The template of ``project_type`` scheduled from ``start``, with one set of per-wave tasks per wave.

    ``waves`` lists the FINESS ET deployed in each wave, in order; no wave gives one empty wave.
    Each task starts when all its dependencies are done (plus its template ``lag``). ``route``
    (:mod:`rules.planning.procurement`): "procurement" (a public-procurement phase), "direct" (none
    required, 000 from 2023), "ght" (the GHT's DPI référencé Ségur); a task's ``routes`` give its
    title and duration for the last two.
    """
    templates = load_templates()["templates"]
    if project_type not in templates:
        raise ValueError(f"unknown project type {project_type!r}")
    waves = [list(w) for w in waves] or [[]]
    instances: dict[str, list[Task]] = {}  # template key -> its task(s), one per wave for per-wave tasks
    per_wave_keys: set[str] = set()
    plan: list[Task] = []
    for spec in templates[project_type]["tasks"]:
        spec = {**spec, **(spec.get("routes") or {}).get(route, {})}
        per_wave = bool(spec.get("per_wave"))
        if per_wave:
            per_wave_keys.add(spec["key"])
        made: list[Task] = []
        for number in range(1, len(waves) + 1) if per_wave else [None]:
            deps: list[Task] = []
            for dep_key in spec.get("depends_on", ()):
                if number is not None and dep_key in per_wave_keys:
                    deps.append(instances[dep_key][number - 1])  # the same wave of a per-wave task
                else:
                    deps.extend(instances[dep_key])  # a single task, or every wave of a per-wave one
            if number is not None and number > 1 and spec.get("after_previous_wave"):
                deps.append(made[-1])
            begin = add_duration(max([start, *(d.end for d in deps)]), spec.get("lag"))
            milestone = bool(spec.get("milestone"))
            end = begin if milestone else add_duration(begin, spec.get("duration"))
            is_deployment = spec.get("role") == DEPLOYMENT
            made.append(Task(
                key=f"{spec['key']}_{number}" if number is not None else spec["key"],
                title=spec["title"].format(wave=number) if number is not None else spec["title"],
                phase=spec["phase"],
                start=begin,
                end=end,
                milestone=milestone,
                depends_on=tuple(dict.fromkeys(d.key for d in deps)),
                owner=spec.get("owner", ""),
                wave_essms=tuple(waves[number - 1]) if number is not None and is_deployment else (),
                wave=number,
                role=spec.get("role", ""),
            ))
        instances[spec["key"]] = made
        plan.extend(made)
    return plan


def shift_task(tasks: list[Task], key: str, new_start: dt.date, *, cascade: bool = False) -> list[Task]:
    """A copy of ``tasks`` with task ``key`` moved to ``new_start``, its duration kept.

    With ``cascade``, tasks that would then start before a dependency ends are pushed later (by the
    least amount, keeping their durations), transitively. Raises KeyError for an unknown key.
    """
    by_key = {t.key: t for t in tasks}
    if key not in by_key:
        raise KeyError(key)
    moved = by_key[key]
    by_key[key] = replace(moved, start=new_start, end=new_start + (moved.end - moved.start))
    if cascade:
        changed = True
        passes = 0
        # Plans are small: repeat until stable. A loop of dependencies never settles, so stop after as
        # many passes as there are tasks (enough for any chain without a loop).
        while changed and passes <= len(tasks):
            passes += 1
            changed = False
            for t in tasks:
                current = by_key[t.key]
                ready = max((by_key[d].end for d in current.depends_on if d in by_key), default=current.start)
                if t.key != key and ready > current.start:
                    by_key[t.key] = replace(current, start=ready, end=ready + (current.end - current.start))
                    changed = True
    return [by_key[t.key] for t in tasks]


def deployment_tasks(tasks: list[Task]) -> list[Task]:
    """Tasks of role "deployment"; failing any, those that deploy some ESSMS."""
    found = [t for t in tasks if t.role == DEPLOYMENT]
    return found or [t for t in tasks if t.wave_essms]


def deployment_end(tasks: list[Task]) -> dt.date | None:
    """When the last deployment wave is done, ``None`` without deployment tasks."""
    found = deployment_tasks(tasks)
    return max(t.end for t in found) if found else None


# --- messages -------------------------------------------------------------------------------------

M_EMPTY = QT_TRANSLATE_NOOP("Planning", "The planning has no task.")
W_PLAN = QT_TRANSLATE_NOOP("Planning", "A complete dossier includes the planning prévisionnel of the project.")
M_NO_DEPLOYMENT = QT_TRANSLATE_NOOP("Planning", "The planning has no deployment task.")
W_DURATION = QT_TRANSLATE_NOOP(
    "Planning", "This type of project lasts at most {maximum} months from its start to the end of deployment.")
F_NO_DEPLOYMENT = QT_TRANSLATE_NOOP("Planning", "Add the deployment waves, or start again from the template.")
M_TOO_LONG = QT_TRANSLATE_NOOP(
    "Planning", "Deployment ends on {end}, after {limit}: {maximum} months after the start of the project ({start}).")
F_TOO_LONG = QT_TRANSLATE_NOOP(
    "Planning", "Shorten or overlap tasks, deploy in fewer waves, or plan the end of deployment by {limit}.")
M_DURATION_OK = QT_TRANSLATE_NOOP(
    "Planning", "Deployment ends on {end}, within {maximum} months of the start of the project ({start}).")
F_NOTHING = NOTHING_TO_DO

M_NO_FILING_DATE = QT_TRANSLATE_NOOP("Planning", "No filing date is planned yet.")
W_WINDOW = QT_TRANSLATE_NOOP(
    "Planning", "A dossier filed outside the window of its call for projects is not admissible.")
F_NO_FILING_DATE = QT_TRANSLATE_NOOP("Planning", "Plan the filing date; filing window: {window}.")
M_NO_WINDOW = QT_TRANSLATE_NOOP("Planning", "The campaign gives no filing dates for this call.")
F_NO_WINDOW = QT_TRANSLATE_NOOP("Planning", "Ask the ARS or the CNSA for the dates of the call.")
M_TOO_EARLY = QT_TRANSLATE_NOOP(
    "Planning", "The planned filing date, {date}, is before the call opens ({start}).")
M_TOO_LATE = QT_TRANSLATE_NOOP(
    "Planning", "The planned filing date, {date}, is after the deadline ({end}).")
F_WINDOW = QT_TRANSLATE_NOOP("Planning", "File within the window: {window}.")
M_IN_WINDOW = QT_TRANSLATE_NOOP("Planning", "The planned filing date, {date}, is within the window ({window}).")
M_INDICATIVE = QT_TRANSLATE_NOOP("Planning", "The dates of this campaign are indicative.")
M_OTHER_ARS = QT_TRANSLATE_NOOP(
    "Planning", "Filing window: to be filled in. The campaign file gives the dates of the ARS {owner}'s call; "
    "this grappe files with the ARS {region}.")
W_OTHER_ARS = QT_TRANSLATE_NOOP(
    "Planning", "Every ARS publishes its own regional call: another ARS's dates give no verdict.")
F_OTHER_ARS = QT_TRANSLATE_NOOP(
    "Planning", "Type the opening and closing dates of the ARS {region}'s call in the step « Planning ».")
M_OWN_ARS_WINDOW = QT_TRANSLATE_NOOP(
    "Planning", "Filing window of the ARS {region}, as typed in from its call: {window}.")
M_FIRST_WINDOW = QT_TRANSLATE_NOOP(
    "Planning", "First selection window of the ARS {region}: dossiers filed by {end}.")
M_FIRST_WINDOW_SHARE = QT_TRANSLATE_NOOP(
    "Planning", "First selection window of the ARS {region}: dossiers filed by {end} ({share} of the regional "
    "envelope).")
W_FIRST_WINDOW = QT_TRANSLATE_NOOP(
    "Planning", "A first share of the credits goes to the dossiers filed before this date.")
F_FIRST_WINDOW_IN = QT_TRANSLATE_NOOP("Planning", "The planned filing date, {date}, is in this first window.")
F_FIRST_WINDOW_OUT = QT_TRANSLATE_NOOP(
    "Planning", "File by {end} to be examined in the first window.")
F_INDICATIVE = QT_TRANSLATE_NOOP("Planning", "Check the dates of the call with the ARS before filing.")

M_DEPENDENCY = QT_TRANSLATE_NOOP(
    "Planning", "« {task} » starts on {start}, before « {dependency} » is done ({end}).")
W_DEPENDENCY = QT_TRANSLATE_NOOP("Planning", "A task starts once the tasks it depends on are done.")
F_DEPENDENCY = QT_TRANSLATE_NOOP("Planning", "Start « {task} » on {end} or later.")
M_UNKNOWN_DEPENDENCY = QT_TRANSLATE_NOOP(
    "Planning", "« {task} » depends on a task that is not in the planning: {dependency}.")
F_UNKNOWN_DEPENDENCY = QT_TRANSLATE_NOOP("Planning", "Remove this dependency or restore the task.")
M_ENDS_BEFORE_START = QT_TRANSLATE_NOOP("Planning", "« {task} » ends ({end}) before it starts ({start}).")
W_ENDS_BEFORE_START = QT_TRANSLATE_NOOP("Planning", "A task ends on or after its start.")
F_ENDS_BEFORE_START = QT_TRANSLATE_NOOP("Planning", "Correct its dates.")

M_NOT_DEPLOYED = QT_TRANSLATE_NOOP("Planning", "These ESSMS are in no deployment wave: {names}.")
W_COVERAGE = QT_TRANSLATE_NOOP(
    "Planning", "Every ESSMS of the grappe is deployed and must reach the usage targets for the balance "
    "to be paid.")
F_NOT_DEPLOYED = QT_TRANSLATE_NOOP("Planning", "Add them to a deployment wave.")
M_NOT_IN_GRAPPE = QT_TRANSLATE_NOOP("Planning", "These ESSMS of the deployment waves are not in the grappe: {names}.")
F_NOT_IN_GRAPPE = QT_TRANSLATE_NOOP("Planning", "Remove them from the waves, or add them to the grappe.")
M_SEVERAL_WAVES = QT_TRANSLATE_NOOP("Planning", "These ESSMS are in several deployment waves: {names}.")
F_SEVERAL_WAVES = QT_TRANSLATE_NOOP("Planning", "Keep each ESSMS in a single wave.")

M_NO_USAGE = QT_TRANSLATE_NOOP("Planning", "The planning has no measurement of the usage targets.")
W_USAGE = QT_TRANSLATE_NOOP(
    "Planning", "The first measurement of the usage targets covers the {months} months after deployment; "
    "the balance of the grant ({solde_percent}) depends on the targets.")
F_NO_USAGE = QT_TRANSLATE_NOOP("Planning", "Add the first usage measurement on or after {date}.")
M_USAGE_TOO_EARLY = QT_TRANSLATE_NOOP(
    "Planning", "The first usage measurement ({date}) comes less than {months} months after the end of "
    "deployment ({end}).")
F_USAGE_TOO_EARLY = QT_TRANSLATE_NOOP("Planning", "Plan the first usage measurement on or after {date}.")

SRC_DURATION = "003 §3.1"
SRC_WINDOW = "003 §7 (critères de recevabilité), §8 ; 001 « Calendrier ESMS numérique »"
SRC_PLAN = "002 (préparer le planning prévisionnel) ; 003 §7 (dossier complet : planning)"
SRC_USAGE = "003 §6 (cibles d'utilisation), §3.1 (solde sur atteinte des cibles)"


# --- checks ---------------------------------------------------------------------------------------


def check_plan(
    tasks: list[Task],
    project_type: str,
    campaign: Campaign,
    filing_date: dt.date | None,
    scope: Scope,
    all_essms: Collection[str] | Mapping[str, str],
    window: FilingWindow | None = None,
) -> tuple[Finding, ...]:
    """Findings on a planning: length, filing window, dependencies, wave coverage, usage measurement.

    ``all_essms`` holds the grappe's FINESS ET, or maps them to their names (used in messages).
    """
    findings: list[Finding] = []
    findings += _window_findings(campaign, filing_date, scope, window)
    if not tasks:
        findings.append(Finding("planning.empty", "blocking", M_EMPTY(), W_PLAN(), SRC_PLAN, F_NO_DEPLOYMENT()))
        return sort_findings(findings)
    findings += _duration_findings(tasks, project_type, campaign)
    findings += _dependency_findings(tasks)
    findings += _coverage_findings(tasks, all_essms)
    findings += _usage_findings(tasks, campaign)
    return sort_findings(findings)


def _duration_findings(tasks: list[Task], project_type: str, campaign: Campaign) -> list[Finding]:
    maximum = campaign.max_duration_months[project_type]
    source = campaign_source(campaign, f"max_duration_months.{project_type}", SRC_DURATION)
    why = W_DURATION(maximum=fmt.number(maximum))
    end = deployment_end(tasks)
    if end is None:
        return [Finding("planning.no_deployment", "blocking", M_NO_DEPLOYMENT(), why, source, F_NO_DEPLOYMENT())]
    start = min(t.start for t in tasks)
    limit = add_months(start, maximum)
    params = {"start": fmt.date(start), "end": fmt.date(end), "limit": fmt.date(limit),
              "maximum": fmt.number(maximum)}
    subjects = tuple(t.key for t in deployment_tasks(tasks) if t.end > limit)
    if end > limit:
        return [Finding("planning.too_long", "blocking", M_TOO_LONG(**params), why, source, F_TOO_LONG(**params),
                        subjects)]
    return [Finding("planning.duration_ok", "info", M_DURATION_OK(**params), why, source, F_NOTHING())]


def _first_window(campaign: Campaign, own: FilingWindow, filing_date: dt.date | None) -> Finding:
    """003 §8: « les dossiers pris en compte devront être déposés avant le 15.05.2022 »; 000: first IDF
    window until 15/06, « Volonté d'utiliser 80% de l'enveloppe régionale totale sur cette première fenêtre »."""
    end, region = fmt.date(own.first_window_end), _region(own.region)
    what = (M_FIRST_WINDOW_SHARE(region=region, end=end, share=fmt.percent(own.first_window_share))
            if own.first_window_share is not None else M_FIRST_WINDOW(region=region, end=end))
    if filing_date is not None and filing_date <= own.first_window_end:
        fix = F_FIRST_WINDOW_IN(date=fmt.date(filing_date))
    else:
        fix = F_FIRST_WINDOW_OUT(end=end)
    return Finding("planning.first_window", "info", what, W_FIRST_WINDOW(),
                   campaign_source(campaign, "first_window.end", SRC_WINDOW), fix)


def _window_text(window: Window | None) -> str:
    if window is None or (window.start is None and window.end is None):
        return "?"
    return f"{fmt.date(window.start) if window.start else '…'} – {fmt.date(window.end) if window.end else '…'}"


def _region(code: str | None) -> str:
    from esms_desktop.rules.identity.geography import region_name

    return (region_name(code) or code or "?") if code else "?"


def _window_findings(campaign: Campaign, filing_date: dt.date | None, scope: str, own: FilingWindow | None = None) -> list[Finding]:
    """``own``: the dossier's :class:`~esms_desktop.rules.planning.filing_window.FilingWindow` (whose dates
    apply); None: the campaign's dates for ``scope``."""
    scope, window = campaign.window_for(None, scope)
    if own is not None:
        window = own.window
    text = _window_text(window)
    source = campaign_source(campaign, f"windows.{scope}.end", SRC_WINDOW)
    out: list[Finding] = []
    if own is not None and own.origin == "to_type":
        region, owner = _region(own.region), _region(own.window_region)
        out.append(Finding("planning.window_to_type", "warning", M_OTHER_ARS(owner=owner, region=region),
                           W_OTHER_ARS(), campaign_source(campaign, "window_region", SRC_WINDOW),
                           F_OTHER_ARS(region=region)))
        return out
    if own is not None and own.origin == "dossier":
        source = f"{SRC_WINDOW} ; ARS {_region(own.region)}"
        out.append(Finding("planning.own_ars_window", "info",
                           M_OWN_ARS_WINDOW(region=_region(own.region), window=text), W_OTHER_ARS(), source,
                           F_NOTHING()))
    if own is not None and own.first_window_end is not None:
        out.append(_first_window(campaign, own, filing_date))
    if window is None or (window.start is None and window.end is None):
        out.append(Finding("planning.no_window", "warning", M_NO_WINDOW(), W_WINDOW(), source, F_NO_WINDOW()))
    elif filing_date is None:
        out.append(Finding("planning.no_filing_date", "info", M_NO_FILING_DATE(), W_WINDOW(), source,
                           F_NO_FILING_DATE(window=text)))
    elif window.start is not None and filing_date < window.start:
        out.append(Finding("planning.filing_too_early", "blocking",
                           M_TOO_EARLY(date=fmt.date(filing_date), start=fmt.date(window.start)),
                           W_WINDOW(), campaign_source(campaign, f"windows.{scope}.start", SRC_WINDOW),
                           F_WINDOW(window=text)))
    elif window.end is not None and filing_date > window.end:  # the last day is inside the window
        out.append(Finding("planning.filing_too_late", "blocking",
                           M_TOO_LATE(date=fmt.date(filing_date), end=fmt.date(window.end)),
                           W_WINDOW(), source, F_WINDOW(window=text)))
    else:
        out.append(Finding("planning.filing_in_window", "info", M_IN_WINDOW(date=fmt.date(filing_date), window=text),
                           W_WINDOW(), source, F_NOTHING()))
    if campaign.indicative:
        out.append(Finding("planning.indicative_dates", "info", M_INDICATIVE(), W_WINDOW(), source, F_INDICATIVE()))
    return out


def _dependency_findings(tasks: list[Task]) -> list[Finding]:
    by_key = {t.key: t for t in tasks}
    out: list[Finding] = []
    for t in tasks:
        if t.end < t.start:
            out.append(Finding(
                "planning.ends_before_start", "warning",
                M_ENDS_BEFORE_START(task=t.title, start=fmt.date(t.start), end=fmt.date(t.end)),
                W_ENDS_BEFORE_START(), SRC_PLAN, F_ENDS_BEFORE_START(), (t.key,)))
        for dep_key in t.depends_on:
            dep = by_key.get(dep_key)
            if dep is None:
                out.append(Finding("planning.unknown_dependency", "warning",
                                   M_UNKNOWN_DEPENDENCY(task=t.title, dependency=dep_key),
                                   W_DEPENDENCY(), SRC_PLAN, F_UNKNOWN_DEPENDENCY(), (t.key, dep_key)))
            elif t.start < dep.end:
                out.append(Finding(
                    "planning.dependency", "warning",
                    M_DEPENDENCY(task=t.title, start=fmt.date(t.start), dependency=dep.title, end=fmt.date(dep.end)),
                    W_DEPENDENCY(), SRC_PLAN, F_DEPENDENCY(task=t.title, end=fmt.date(dep.end)), (t.key, dep.key)))
    return out


def _coverage_findings(tasks: list[Task], all_essms: Collection[str] | Mapping[str, str]) -> list[Finding]:
    names = dict(all_essms) if isinstance(all_essms, Mapping) else {f: f for f in all_essms}

    def label(finess: str) -> str:
        name = names.get(finess)
        return f"{name} ({finess})" if name and name != finess else finess

    waves = Counter(f for t in deployment_tasks(tasks) for f in dict.fromkeys(t.wave_essms))
    out: list[Finding] = []
    missing = sorted(set(names) - set(waves))
    if missing:
        out.append(Finding("planning.essms_not_deployed", "warning",
                           M_NOT_DEPLOYED(names=", ".join(label(f) for f in missing)),
                           W_COVERAGE(), SRC_USAGE, F_NOT_DEPLOYED(), tuple(missing)))
    strangers = sorted(set(waves) - set(names))
    if strangers:
        out.append(Finding("planning.essms_not_in_grappe", "warning", M_NOT_IN_GRAPPE(names=", ".join(strangers)),
                           W_COVERAGE(), SRC_USAGE, F_NOT_IN_GRAPPE(), tuple(strangers)))
    twice = sorted(f for f, n in waves.items() if n > 1)
    if twice:
        out.append(Finding("planning.essms_several_waves", "info",
                           M_SEVERAL_WAVES(names=", ".join(label(f) for f in twice)),
                           W_COVERAGE(), SRC_USAGE, F_SEVERAL_WAVES(), tuple(twice)))
    return out


def _usage_findings(tasks: list[Task], campaign: Campaign) -> list[Finding]:
    end = deployment_end(tasks)
    if end is None:
        return []
    months = first_usage_measure_months(campaign)
    earliest = add_months(end, months)
    why = W_USAGE(months=fmt.number(months), solde_percent=fmt.percent(campaign.payment_split.solde_percent))
    measures = [t for t in tasks if t.role == USAGE_MEASURE]
    if not measures:
        return [Finding("planning.no_usage_measure", "warning", M_NO_USAGE(), why, SRC_USAGE,
                        F_NO_USAGE(date=fmt.date(earliest)))]
    first = min(measures, key=lambda t: t.start)
    if first.start < earliest:
        return [Finding("planning.usage_measure_too_early", "warning",
                        M_USAGE_TOO_EARLY(date=fmt.date(first.start), months=fmt.number(months), end=fmt.date(end)),
                        why, SRC_USAGE, F_USAGE_TOO_EARLY(date=fmt.date(earliest)), (first.key,))]
    return []
