"""Service functions over the budget prévisionnel: expense and revenue lines, one unit of work each.

The grant is never stored: ``BudgetSnapshot.of(storage.load_dossier(...))`` gives the typed dossier
(what :func:`esms_desktop.rules.funding.budget.compute_budget` reads) with the ids of its rows, in the
same order, so that a view can show the computed figures next to the rows it edits.

Several people (``storage/concurrency.py``): each line carries a version (revision 0011); an edit says the
version and values it started from, a stale one on the same field raises ``StaleEdit``; editing or
deleting a line someone else deleted raises ``NotFoundError`` (nothing is created again).
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from sqlalchemy import func, select

from esms_desktop.rules.dossier import Dossier
from esms_desktop.rules.funding.budget import EXPENSE_CATEGORIES, NEED_CATEGORY, REVENUE_KINDS, need_cost
from esms_desktop.storage.concurrency import check_and_apply, check_delete, lock_dossier
from esms_desktop.storage.database import Database
from esms_desktop.storage.dossiers import touch
from esms_desktop.storage.errors import NotFoundError
from esms_desktop.storage.models import BudgetLine, Need
from esms_desktop.storage.needs import add_need_line, need_values, check_values, default_year, line_label
from esms_desktop.text import QT_TRANSLATE_NOOP

NO_SUCH_LINE = QT_TRANSLATE_NOOP("Budget", "This budget line no longer exists (number {id}).")

EXPENSE_EDIT_FIELDS = ("category", "label", "year", "amount")
REVENUE_EDIT_FIELDS = ("kind", "funder", "label", "year", "amount", "quote_ref")


@dataclass(frozen=True)
class ExpenseRow:
    id: int
    category: str
    label: str
    year: int | None
    amount: int
    need_id: int | None
    version: int = 0  # the row's edit version (revision 0011)

    def values(self) -> dict[str, Any]:
        """The editable fields as shown: what an edit gives as ``based_on``."""
        return {name: getattr(self, name) for name in EXPENSE_EDIT_FIELDS}


@dataclass(frozen=True)
class RevenueRow:
    id: int
    kind: str  # "own_funds" | "other_funder"
    funder: str
    label: str
    year: int | None
    amount: int
    quote_ref: str
    version: int = 0  # the row's edit version (revision 0011)

    def values(self) -> dict[str, Any]:
        return {name: getattr(self, name) for name in REVENUE_EDIT_FIELDS}


@dataclass(frozen=True)
class BudgetSnapshot:
    """``dossier``: the typed dossier (``storage.load_dossier``). The id tuples give the row behind each
    list item (``dossier.needs``, ``expenses``, ``revenues``, ``ogs``), by index."""

    dossier: Dossier
    need_ids: tuple[int, ...]
    expense_ids: tuple[int, ...]
    revenue_ids: tuple[int, ...]
    og_ids: tuple[int, ...]
    expense_versions: tuple[int, ...] = ()  # the edit version of each line, by index (revision 0011)
    revenue_versions: tuple[int, ...] = ()

    @classmethod
    def of(cls, dossier: Dossier) -> BudgetSnapshot:
        """From the typed dossier (``storage.load_dossier``), the rows' ids and their edit versions."""
        return cls(dossier, tuple(n.id for n in dossier.needs), tuple(e.id for e in dossier.expenses),
                   tuple(r.id for r in dossier.revenues), tuple(og.id for og in dossier.ogs),
                   tuple(e.version or 0 for e in dossier.expenses), tuple(r.version or 0 for r in dossier.revenues))


def _expense(line: BudgetLine) -> ExpenseRow:
    return ExpenseRow(line.id, line.category, line.label, line.year, line.amount, line.need_id, line.version or 0)


def _revenue(line: BudgetLine) -> RevenueRow:
    return RevenueRow(line.id, line.category, line.funder, line.label, line.year, line.amount, line.quote_ref,
                      line.version or 0)


def _lines(session, dossier_id: int, kind: str) -> list[BudgetLine]:
    return list(session.scalars(select(BudgetLine).where(BudgetLine.dossier_id == dossier_id, BudgetLine.kind == kind)
                                .order_by(BudgetLine.position, BudgetLine.id)))


def _line(session, line_id: int, kind: str) -> BudgetLine:
    line = session.get(BudgetLine, line_id)
    if line is None or line.kind != kind:
        raise NotFoundError(NO_SUCH_LINE(id=line_id))
    return line


def _next_position(session, dossier_id: int, kind: str) -> int:
    return session.scalar(select(func.coalesce(func.max(BudgetLine.position), -1)).where(
        BudgetLine.dossier_id == dossier_id, BudgetLine.kind == kind)) + 1


def list_expenses(db: Database, dossier_id: int) -> list[ExpenseRow]:
    with db.session() as session:
        return [_expense(line) for line in _lines(session, dossier_id, "expense")]


def list_revenues(db: Database, dossier_id: int) -> list[RevenueRow]:
    with db.session() as session:
        return [_revenue(line) for line in _lines(session, dossier_id, "revenue")]


def new_line_year(db: Database, dossier_id: int) -> int:
    """The year proposed for a new line (start of the planning, else the year after the campaign)."""
    with db.session() as session:
        return default_year(session, dossier_id)


def _check(values: dict[str, Any], allowed: tuple[str, ...], codes: tuple[str, ...], code_field: str) -> None:
    unknown = set(values) - set(allowed)
    if unknown:
        raise TypeError(f"unknown budget fields: {sorted(unknown)}")
    if code_field in values and values[code_field] not in codes:
        raise ValueError(f"unknown {code_field} {values[code_field]!r}")
    check_values(values, ("amount",))


def add_expense(db: Database, dossier_id: int, **values) -> int:
    _check(values, EXPENSE_EDIT_FIELDS, EXPENSE_CATEGORIES, "category")
    with db.session() as session:
        lock_dossier(session, dossier_id)  # positions allocated one at a time
        year = values.pop("year", None) or default_year(session, dossier_id)
        line = BudgetLine(dossier_id=dossier_id, kind="expense", position=_next_position(session, dossier_id, "expense"),
                          **{"category": "autre", "label": "", "amount": 0, **values, "year": year})
        session.add(line)
        session.flush()
        touch(session, dossier_id)
        return line.id


def update_expense(db: Database, line_id: int, expected_version: int | None = None, based_on: dict | None = None,
                   **values) -> None:
    """Store edited fields. Typing another amount in a line fed by a need overrides the need's cost.

    ``expected_version``/``based_on``: what the form started from (``StaleEdit`` when someone else changed
    one of these fields meanwhile)."""
    _check(values, EXPENSE_EDIT_FIELDS, EXPENSE_CATEGORIES, "category")
    with db.session() as session:
        lock_dossier(session, via="budget_line", row_id=line_id)
        line = _line(session, line_id, "expense")
        check_and_apply(line, values, expected_version, based_on)
        touch(session, line.dossier_id)


def delete_expense(db: Database, line_id: int, expected_version: int | None = None, based_on: dict | None = None) -> None:
    """Delete an expense line.

    ``expected_version``/``based_on``: the row as the user saw it; someone else changed it since →
    ``StaleEdit`` (nothing deleted); deleted already → ``NotFoundError``."""
    with db.session() as session:
        lock_dossier(session, via="budget_line", row_id=line_id)
        line = _line(session, line_id, "expense")
        check_delete(line, expected_version, based_on)
        session.delete(line)
        touch(session, line.dossier_id)


def follow_need(db: Database, line_id: int) -> None:
    """A line fed by a need takes the need's cost and label again (it follows it from now on)."""
    with db.session() as session:
        lock_dossier(session, via="budget_line", row_id=line_id)
        line = _line(session, line_id, "expense")
        if line.need is None:
            return
        line.amount = need_cost(need_values(line.need))
        line.label = line_label(line.need)
        line.category = NEED_CATEGORY[line.need.kind]
        line.version = (line.version or 0) + 1
        touch(session, line.dossier_id)


def add_missing_need_lines(db: Database, dossier_id: int) -> int:
    """An expense line for every need that feeds none; returns how many were added."""
    with db.session() as session:
        lock_dossier(session, dossier_id)  # one line per need, positions one at a time
        fed = set(session.scalars(select(BudgetLine.need_id).where(
            BudgetLine.dossier_id == dossier_id, BudgetLine.need_id.is_not(None))))
        needs = session.scalars(select(Need).where(Need.dossier_id == dossier_id).order_by(Need.position, Need.id))
        missing = [n for n in needs if n.id not in fed]
        year = default_year(session, dossier_id)
        for need in missing:
            add_need_line(session, need, year)
        if missing:
            touch(session, dossier_id)
        return len(missing)


def add_revenue(db: Database, dossier_id: int, **values) -> int:
    _check(values, REVENUE_EDIT_FIELDS, REVENUE_KINDS, "kind")
    with db.session() as session:
        lock_dossier(session, dossier_id)  # positions allocated one at a time
        year = values.pop("year", None) or default_year(session, dossier_id)
        kind = values.pop("kind", "own_funds")
        line = BudgetLine(dossier_id=dossier_id, kind="revenue", category=kind,
                          position=_next_position(session, dossier_id, "revenue"),
                          **{"label": "", "funder": "", "quote_ref": "", "amount": 0, **values, "year": year})
        session.add(line)
        session.flush()
        touch(session, dossier_id)
        return line.id


def update_revenue(db: Database, line_id: int, expected_version: int | None = None, based_on: dict | None = None,
                   **values) -> None:
    """Store edited fields (``kind`` is stored in the line's category); stale edits as ``update_expense``."""
    _check(values, REVENUE_EDIT_FIELDS, REVENUE_KINDS, "kind")
    with db.session() as session:
        lock_dossier(session, via="budget_line", row_id=line_id)
        line = _line(session, line_id, "revenue")
        check_and_apply(line, values, expected_version, based_on, columns={"kind": "category"})
        touch(session, line.dossier_id)


def delete_revenue(db: Database, line_id: int, expected_version: int | None = None, based_on: dict | None = None) -> None:
    """Delete a revenue line; stale deletes as ``delete_expense``."""
    with db.session() as session:
        lock_dossier(session, via="budget_line", row_id=line_id)
        line = _line(session, line_id, "revenue")
        check_delete(line, expected_version, based_on, columns={"kind": "category"})
        session.delete(line)
        touch(session, line.dossier_id)
