"""Service functions over the needs of a dossier (trainings, support, hardware), one unit of work each.

Each need feeds one expense line of the budget (``budget_line.need_id``), created with it. That line
*follows* the need — its amount while it equals the need's cost, its label while it equals the
need's label — and keeps whatever the user typed in it otherwise (see :mod:`esms_desktop.rules.funding.budget`).
Deleting a need deletes the lines it feeds.

Several people (``storage/concurrency.py``): each need carries a version (revision 0011); an edit says the
version and values it started from, a stale one on the same field raises ``StaleEdit``; editing or
deleting a need someone else deleted raises ``NotFoundError`` (nothing is created again).
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from sqlalchemy import func, select

from esms_desktop.rules.funding.budget import NEED_CATEGORY, NEED_KINDS, need_cost, need_label
from esms_desktop.storage.concurrency import check_and_apply, check_delete, lock_dossier
from esms_desktop.storage.database import Database
from esms_desktop.storage.dossiers import NO_SUCH_DOSSIER, touch
from esms_desktop.storage.errors import NotFoundError, StorageError
from esms_desktop.storage.models import BudgetLine, Dossier, Essms, Need, Og, PlanTask
from esms_desktop.text import QT_TRANSLATE_NOOP

NO_SUCH_NEED = QT_TRANSLATE_NOOP("Needs", "This need no longer exists (number {id}).")
NEGATIVE = QT_TRANSLATE_NOOP("Needs", "The field {field} cannot be negative.")
FOREIGN_ESSMS = QT_TRANSLATE_NOOP("Needs", "This ESSMS is not in the dossier's grappe.")

NEED_FIELDS = ("label", "audience", "people", "days", "quantity", "unit_cost", "essms_id", "equipment_type",
               "from_action")


class InvalidValueError(StorageError, ValueError):
    """A value the budget cannot hold (a negative amount, an ESSMS from another dossier)."""


@dataclass(frozen=True)
class NeedRow:
    id: int
    dossier_id: int
    kind: str
    label: str
    audience: str
    people: int | None
    days: float | None
    quantity: int | None
    unit_cost: int
    essms_id: int | None
    equipment_type: str
    from_action: str | None
    cost: int  # rules.budget.need_cost
    version: int = 0  # the row's edit version (revision 0011): what an edit of it started from

    def values(self) -> dict[str, Any]:
        """The editable fields as shown: what an edit gives as ``based_on``."""
        return {name: getattr(self, name) for name in NEED_FIELDS}


@dataclass(frozen=True)
class EssmsChoice:
    """An ESSMS hardware can be planned for: its OG and itself."""

    id: int
    og_name: str
    finess_et: str
    name: str


def need_values(need: Need) -> dict[str, Any]:
    return {"kind": need.kind, "label": need.label, "audience": need.audience, "people": need.people,
            "days": need.days, "quantity": need.quantity, "unit_cost": need.unit_cost,
            "equipment_type": need.equipment_type}


def _row(need: Need) -> NeedRow:
    return NeedRow(need.id, need.dossier_id, need.kind, need.label, need.audience, need.people, need.days,
                   need.quantity, need.unit_cost, need.essms_id, need.equipment_type, need.from_action,
                   need_cost(need_values(need)), need.version or 0)


def line_label(need: Need) -> str:
    """The label of the expense line a need feeds: its label, with the ESSMS for hardware."""
    base = need_label(need_values(need))
    if need.kind == "materiel" and need.essms is not None:
        return f"{base} — {need.essms.name}"
    return base


def _need(session, need_id: int) -> Need:
    need = session.get(Need, need_id)
    if need is None:
        raise NotFoundError(NO_SUCH_NEED(id=need_id))
    return need


def check_values(values: dict[str, Any], numeric: tuple[str, ...]) -> None:
    for name in numeric:
        value = values.get(name)
        if value is not None and value < 0:
            raise InvalidValueError(NEGATIVE(field=name))


def default_year(session, dossier_id: int) -> int:
    """The year new budget lines get: the start of the planning, else the year after the campaign."""
    first = session.scalar(select(func.min(PlanTask.start)).where(PlanTask.dossier_id == dossier_id))
    if first is not None:
        return first.year
    dossier = session.get(Dossier, dossier_id)
    if dossier is None:
        raise NotFoundError(NO_SUCH_DOSSIER(id=dossier_id))
    return dossier.campaign_year + 1


def _check_essms(session, dossier_id: int, essms_id: int | None) -> None:
    if essms_id is None:
        return
    essms = session.get(Essms, essms_id)
    if essms is None or essms.og.dossier_id != dossier_id:
        raise InvalidValueError(FOREIGN_ESSMS())


def list_needs(db: Database, dossier_id: int, kind: str | None = None) -> list[NeedRow]:
    with db.session() as session:
        query = select(Need).where(Need.dossier_id == dossier_id)
        if kind is not None:
            query = query.where(Need.kind == kind)
        return [_row(n) for n in session.scalars(query.order_by(Need.position, Need.id))]


def get_need(db: Database, need_id: int) -> NeedRow:
    with db.session() as session:
        return _row(_need(session, need_id))


def add_need(db: Database, dossier_id: int, kind: str, year: int | None = None, **values) -> int:
    """A new need and the expense line it feeds (its category, the default year unless ``year``)."""
    if kind not in NEED_KINDS:
        raise ValueError(f"unknown kind of need {kind!r}")
    unknown = set(values) - set(NEED_FIELDS)
    if unknown:
        raise TypeError(f"unknown need fields: {sorted(unknown)}")
    check_values(values, ("people", "days", "quantity", "unit_cost"))
    with db.session() as session:
        lock_dossier(session, dossier_id)  # positions allocated one at a time
        _check_essms(session, dossier_id, values.get("essms_id"))
        position = session.scalar(
            select(func.coalesce(func.max(Need.position), -1)).where(Need.dossier_id == dossier_id))
        need = Need(dossier_id=dossier_id, position=position + 1, kind=kind,
                    **{"label": "", "audience": "", "unit_cost": 0, "equipment_type": "", **values})
        session.add(need)
        session.flush()
        add_need_line(session, need, year if year is not None else default_year(session, dossier_id))
        touch(session, dossier_id)
        return need.id


def add_need_line(session, need: Need, year: int) -> BudgetLine:
    position = session.scalar(select(func.coalesce(func.max(BudgetLine.position), -1)).where(
        BudgetLine.dossier_id == need.dossier_id, BudgetLine.kind == "expense"))
    line = BudgetLine(dossier_id=need.dossier_id, position=position + 1, kind="expense",
                      category=NEED_CATEGORY[need.kind], label=line_label(need), year=year,
                      amount=need_cost(need_values(need)), need_id=need.id)
    session.add(line)
    session.flush()
    return line


def update_need(db: Database, need_id: int, expected_version: int | None = None, based_on: dict | None = None,
                **values) -> None:
    """Store edited fields; the expense lines that follow the need take its new cost and label (a need
    that feeds no line gets one).

    ``expected_version``/``based_on``: what the form started from (``StaleEdit`` when someone else changed
    one of these fields meanwhile; other fields they changed are kept)."""
    unknown = set(values) - set(NEED_FIELDS)
    if unknown:
        raise TypeError(f"unknown need fields: {sorted(unknown)}")
    check_values(values, ("people", "days", "quantity", "unit_cost"))
    with db.session() as session:
        lock_dossier(session, via="need", row_id=need_id)
        need = _need(session, need_id)
        if "essms_id" in values:
            _check_essms(session, need.dossier_id, values["essms_id"])
        old_cost, old_label = need_cost(need_values(need)), line_label(need)
        check_and_apply(need, values, expected_version, based_on)
        session.flush()
        session.refresh(need, ["essms"])
        new_cost, new_label = need_cost(need_values(need)), line_label(need)
        lines = list(session.scalars(select(BudgetLine).where(BudgetLine.need_id == need.id)))
        for line in lines:
            followed = (line.amount, line.label)
            if line.amount == old_cost:
                line.amount = new_cost
            if line.label == old_label:
                line.label = new_label
            if (line.amount, line.label) != followed:  # a form open on the line is told it moved
                line.version = (line.version or 0) + 1
        if not lines:  # a need made elsewhere (self-diagnostic, imported file) joins the budget when edited
            add_need_line(session, need, default_year(session, need.dossier_id))
        touch(session, need.dossier_id)


def delete_need(db: Database, need_id: int, expected_version: int | None = None, based_on: dict | None = None) -> None:
    """Delete a need and the expense lines it feeds.

    ``expected_version``/``based_on``: the row as the user saw it; someone else changed it since →
    ``StaleEdit`` (nothing deleted); deleted already → ``NotFoundError``."""
    with db.session() as session:
        lock_dossier(session, via="need", row_id=need_id)
        need = _need(session, need_id)
        check_delete(need, expected_version, based_on)
        dossier_id = need.dossier_id
        for line in session.scalars(select(BudgetLine).where(BudgetLine.need_id == need.id)):
            session.delete(line)
        session.delete(need)
        touch(session, dossier_id)


def essms_choices(db: Database, dossier_id: int) -> list[EssmsChoice]:
    """The ESSMS of the grappe, by OG then in their order."""
    with db.session() as session:
        rows = session.execute(
            select(Essms.id, Og.name, Essms.finess_et, Essms.name).join(Og, Essms.og_id == Og.id)
            .where(Og.dossier_id == dossier_id).order_by(Og.position, Og.id, Essms.position, Essms.id))
        return [EssmsChoice(*row) for row in rows]
