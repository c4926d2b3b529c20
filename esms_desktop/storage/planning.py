"""Service functions over the planning prévisionnel of a dossier: tasks, waves, filing date (issue 7).

Each edit is one unit of work that marks the dossier modified. Rows are plain frozen dataclasses; the
checks run on ``storage.load_dossier`` with ``rules.planning.plan.check_dossier_plan``.

Several people (``storage/concurrency.py``): each task carries a version (revision 0011); an edit of a
task (its wave included) or a move of dates says what it started from, a stale one on the same field
raises ``StaleEdit``; editing, moving or deleting a task someone else deleted raises ``NotFoundError``
(nothing is created again); new tasks get their position and key one at a time.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import Any

from sqlalchemy import delete, select

from esms_desktop.rules.planning.schedule import Task, generate_plan
from esms_desktop.storage.concurrency import GONE, StaleEdit, check_and_apply, check_delete, lock_dossier
from esms_desktop.storage.database import Database
from esms_desktop.storage.dossiers import dossier_row, touch
from esms_desktop.storage.errors import NotFoundError
from esms_desktop.storage.models import Og, Person, PlanTask
from esms_desktop.text import QT_TRANSLATE_NOOP

NO_SUCH_TASK = QT_TRANSLATE_NOOP("PlanningStore", "This task of the planning no longer exists (number {id}).")

TASK_FIELDS = ("title", "phase", "start", "end", "milestone", "depends_on", "owner", "wave", "wave_essms", "role")
KEY_PATTERN = re.compile(r"^[A-Za-z0-9_.-]{1,60}$")


@dataclass(frozen=True)
class TaskRow:
    """One stored task; ``depends_on`` holds task keys, ``wave_essms`` FINESS ET."""

    id: int
    position: int
    key: str
    title: str
    phase: str
    start: dt.date
    end: dt.date
    milestone: bool
    depends_on: tuple[str, ...]
    owner: str
    wave: int | None
    wave_essms: tuple[str, ...]
    role: str
    version: int = 0  # the row's edit version (revision 0011): what an edit of it started from

    def values(self) -> dict[str, Any]:
        """The editable fields as shown: what an edit gives as ``based_on``."""
        return {name: getattr(self, name) for name in TASK_FIELDS}

    def to_task(self) -> Task:
        return Task(self.key, self.title, self.phase, self.start, self.end, self.milestone, self.depends_on,
                    self.owner, self.wave_essms, self.wave, self.role)


@dataclass(frozen=True)
class WaveEssms:
    """An ESSMS of the grappe as the wave editor shows it."""

    finess_et: str
    name: str
    og_name: str
    is_porteur: bool


def _row(t: PlanTask) -> TaskRow:
    return TaskRow(t.id, t.position, t.key, t.title, t.phase, t.start, t.end, bool(t.milestone),
                   tuple(t.depends_on or ()), t.owner, t.wave, tuple(t.wave_essms or ()), t.role or "", t.version or 0)


def _tasks(session, dossier_id: int) -> list[PlanTask]:
    return list(session.scalars(
        select(PlanTask).where(PlanTask.dossier_id == dossier_id).order_by(PlanTask.position, PlanTask.id)))


def _task(session, task_id: int) -> PlanTask:
    task = session.get(PlanTask, task_id)
    if task is None:
        raise NotFoundError(NO_SUCH_TASK(id=task_id))
    return task


def list_tasks(db: Database, dossier_id: int) -> list[TaskRow]:
    with db.session() as session:
        return [_row(t) for t in _tasks(session, dossier_id)]


def _plain(values: Mapping[str, Any]) -> dict[str, Any]:
    unknown = set(values) - set(TASK_FIELDS)
    if unknown:
        raise TypeError(f"unknown task fields: {sorted(unknown)}")
    out = dict(values)
    for name in ("depends_on", "wave_essms"):
        if name in out:
            out[name] = list(dict.fromkeys(str(v) for v in out[name]))
    return out


def _settle_milestone(task: PlanTask) -> None:
    """A milestone is one day: it ends when it starts."""
    if task.milestone:
        task.end = task.start


def _new_key(session, dossier_id: int) -> str:
    used = set(session.scalars(select(PlanTask.key).where(PlanTask.dossier_id == dossier_id)))
    number = len(used) + 1
    while f"tache_{number}" in used:
        number += 1
    return f"tache_{number}"


def add_task(db: Database, dossier_id: int, *, after_id: int | None = None, **values: Any) -> int:
    """A new task (after task ``after_id``, else at the end); its key is made up (``tache_N``)."""
    values = _plain(values)
    with db.session() as session:
        lock_dossier(session, dossier_id)  # positions and keys allocated one at a time
        tasks = _tasks(session, dossier_id)
        index = len(tasks)
        if after_id is not None:
            index = next((i + 1 for i, t in enumerate(tasks) if t.id == after_id), len(tasks))
        today = dt.date.today()
        task = PlanTask(dossier_id=dossier_id, key=_new_key(session, dossier_id),
                        **{"title": "", "phase": "", "start": today, "end": today, "milestone": False,
                           "depends_on": [], "owner": "", "wave": None, "wave_essms": [], "role": "", **values})
        _settle_milestone(task)
        tasks.insert(index, task)
        session.add(task)
        for position, t in enumerate(tasks):
            t.position = position
        session.flush()
        touch(session, dossier_id)
        return task.id


def update_task(db: Database, task_id: int, expected_version: int | None = None, based_on: dict | None = None,
                **values: Any) -> None:
    """Store edited task fields (any of ``TASK_FIELDS``); a milestone's end is set to its start.

    ``expected_version``/``based_on``: what the table showed (``StaleEdit`` when someone else changed one
    of these fields meanwhile; other fields they changed are kept)."""
    values = _plain(values)
    with db.session() as session:
        lock_dossier(session, via="plan_task", row_id=task_id)
        task = _task(session, task_id)
        if "depends_on" in values:
            values["depends_on"] = [k for k in values["depends_on"] if k != task.key]
        started = None
        if based_on is not None:
            started = _plain({k: v for k, v in based_on.items() if k in TASK_FIELDS})
        check_and_apply(task, values, expected_version, started)
        _settle_milestone(task)
        touch(session, task.dossier_id)


def delete_task(db: Database, task_id: int, expected_version: int | None = None, based_on: dict | None = None) -> None:
    """Remove a task; the tasks that depended on it no longer do.

    ``expected_version``/``based_on``: the row as the user saw it; someone else changed it since →
    ``StaleEdit`` (nothing deleted); deleted already → ``NotFoundError``."""
    with db.session() as session:
        lock_dossier(session, via="plan_task", row_id=task_id)
        task = _task(session, task_id)
        if based_on is not None:
            based_on = _plain({k: v for k, v in based_on.items() if k in TASK_FIELDS})
        check_delete(task, expected_version, based_on)
        dossier_id, key = task.dossier_id, task.key
        session.delete(task)
        for other in _tasks(session, dossier_id):
            if other.id != task_id and key in (other.depends_on or ()):
                other.depends_on = [k for k in other.depends_on if k != key]
        touch(session, dossier_id)


def set_task_dates(db: Database, dossier_id: int, dates: Mapping[str, tuple[dt.date, dt.date]],
                   based_on: Mapping[str, tuple[dt.date, dt.date]] | None = None) -> None:
    """Store new (start, end) dates of tasks given by key (a moved task and those it pushed), at once.

    ``based_on``: the (start, end) each task had on screen. A task whose dates someone else changed
    meanwhile (to other dates) refuses the whole move with ``StaleEdit`` (``theirs``: key → their
    (start, end)); a task someone else deleted, with ``NotFoundError``. Nothing is written then."""
    with db.session() as session:
        lock_dossier(session, dossier_id)
        tasks = {t.key: t for t in _tasks(session, dossier_id)}
        if based_on is not None:
            if any(key not in tasks for key in dates):
                raise NotFoundError(GONE())
            theirs = {}
            for key, mine in dates.items():
                stored = (tasks[key].start, tasks[key].end)
                started = tuple(based_on.get(key, stored))
                if stored != tuple(mine) and stored != started:
                    theirs[key] = stored
            if theirs:
                raise StaleEdit(theirs, 0)
        for key, (start, end) in dates.items():
            task = tasks.get(key)
            if task is not None and (task.start, task.end) != (start, end):
                task.start, task.end = start, end
                task.version = (task.version or 0) + 1
        touch(session, dossier_id)


def replace_plan(db: Database, dossier_id: int, tasks: Sequence[Task],
                 seen: Sequence[tuple[int, int]] | None = None) -> None:
    """Replace the whole planning by ``tasks`` (the view asks the user first when one exists).

    ``seen``: the (id, version) of the tasks the user agreed to replace; when someone else added, changed
    or deleted one since, ``StaleEdit`` (``theirs``: ``{"planning": number of tasks now}``), nothing written."""
    keys = [t.key for t in tasks]
    if len(set(keys)) != len(keys) or not all(KEY_PATTERN.match(k) for k in keys):
        raise ValueError("task keys must be unique identifiers")
    with db.session() as session:
        lock_dossier(session, dossier_id)
        if seen is not None:
            now = [(t.id, t.version or 0) for t in _tasks(session, dossier_id)]
            if sorted(now) != sorted((int(i), int(v)) for i, v in seen):
                raise StaleEdit({"planning": len(now)}, 0)
        session.execute(delete(PlanTask).where(PlanTask.dossier_id == dossier_id))
        for position, t in enumerate(tasks):
            session.add(PlanTask(
                dossier_id=dossier_id, position=position, key=t.key, title=t.title, phase=t.phase, start=t.start,
                end=t.end, milestone=t.milestone, depends_on=list(t.depends_on), owner=t.owner, wave=t.wave,
                wave_essms=list(t.wave_essms), role=t.role))
        touch(session, dossier_id)


def generate(db: Database, dossier_id: int, project_type: str, start: dt.date, waves: Sequence[Sequence[str]],
             owners: Mapping[str, str] | None = None, route: str = "procurement",
             seen: Sequence[tuple[int, int]] | None = None) -> list[TaskRow]:
    """Replace the planning by the template of ``project_type`` from ``start`` with these waves of ESSMS.

    ``owners`` maps task keys (or template keys such as ``"formation"`` for every wave) to an owner;
    ``seen``: the tasks the user agreed to replace (see ``replace_plan``).
    """
    from dataclasses import replace

    plan = generate_plan(project_type, start, [list(w) for w in waves], route)
    owners = owners or {}
    plan = [replace(t, owner=owners.get(t.key, owners.get(t.key.rsplit("_", 1)[0] if t.wave else t.key, t.owner)))
            for t in plan]
    replace_plan(db, dossier_id, plan, seen)
    return list_tasks(db, dossier_id)


# --- dossier fields and the grappe --------------------------------------------------------------


def get_filing_date(db: Database, dossier_id: int) -> dt.date | None:
    with db.session() as session:
        return dossier_row(session, dossier_id).filing_date


def set_filing_date(db: Database, dossier_id: int, day: dt.date | None) -> None:
    """The planned date of filing in GALIS (``None``: not planned yet)."""
    with db.session() as session:
        dossier_row(session, dossier_id).filing_date = day
        touch(session, dossier_id)


def get_galis_entry(db: Database, dossier_id: int) -> dt.date | None:
    """The day the user says the candidature was entered in GALIS (``None``: still to enter)."""
    with db.session() as session:
        return dossier_row(session, dossier_id).galis_entered_on


def set_galis_entry(db: Database, dossier_id: int, day: dt.date | None) -> None:
    """Store the day the candidature was entered in GALIS (revision 0010; ``None``: not entered yet)."""
    with db.session() as session:
        dossier_row(session, dossier_id).galis_entered_on = day
        touch(session, dossier_id)


def get_ars_window(db: Database, dossier_id: int) -> tuple[dt.date | None, dt.date | None]:
    """The dossier's own ARS window (opening, closing day), typed from its call; None where not typed."""
    with db.session() as session:
        d = dossier_row(session, dossier_id)
        return d.ars_window_start, d.ars_window_end


def set_ars_window(db: Database, dossier_id: int, start: dt.date | None, end: dt.date | None) -> None:
    """Keep the dates of the dossier's own ARS call (the campaign file's are one ARS's)."""
    with db.session() as session:
        d = dossier_row(session, dossier_id)
        d.ars_window_start, d.ars_window_end = start, end
        touch(session, dossier_id)


def wave_essms_choices(db: Database, dossier_id: int) -> list[WaveEssms]:
    """The grappe's ESSMS, the porteur's first, then OG by OG in the grappe's order."""
    with db.session() as session:
        ogs = session.scalars(select(Og).where(Og.dossier_id == dossier_id).order_by(Og.position, Og.id)).all()
        ogs = sorted(ogs, key=lambda og: not og.is_porteur)
        return [WaveEssms(e.finess_et, e.name, og.name, og.is_porteur) for og in ogs for e in og.essms if e.finess_et]


def waves(db: Database, dossier_id: int) -> dict[int, tuple[str, ...]]:
    """Wave number → FINESS ET deployed in it (from the deployment tasks)."""
    found: dict[int, tuple[str, ...]] = {}
    for t in list_tasks(db, dossier_id):
        if t.role == "deployment" and t.wave is not None:
            found[t.wave] = found.get(t.wave, ()) + t.wave_essms
    return dict(sorted(found.items()))


def owner_suggestions(db: Database, dossier_id: int) -> list[str]:
    """Names to propose as owners: the project's people, then owners already used in the planning."""
    with db.session() as session:
        people = session.scalars(select(Person.name).where(Person.dossier_id == dossier_id)
                                 .order_by(Person.position, Person.id)).all()
        used = session.scalars(select(PlanTask.owner).where(PlanTask.dossier_id == dossier_id)
                               .order_by(PlanTask.position)).all()
    return [n for n in dict.fromkeys([*people, *used]) if n and n.strip()]
