"""Service functions over the communication plan of a dossier: its actions and the partners to inform.

Each edit is one unit of work that marks the dossier modified; rows are plain frozen dataclasses.

Several people (``storage/concurrency.py``): each action and partner carries a version (revision 0011);
an edit says the version and values it started from, a stale one on the same field raises
``StaleEdit``; editing or deleting a row someone else deleted raises ``NotFoundError``.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import asdict, dataclass
from typing import Any

from sqlalchemy import func, select

from esms_desktop.rules.planning.communication import AUDIENCES, PARTNER_KINDS, CommunicationGaps, communication_gaps
from esms_desktop.storage.concurrency import check_and_apply, check_delete, lock_dossier
from esms_desktop.storage.database import Database
from esms_desktop.storage.dossiers import touch
from esms_desktop.storage.errors import NotFoundError
from esms_desktop.storage.models import CommAction, Partner
from esms_desktop.text import QT_TRANSLATE_NOOP

NO_SUCH_ACTION = QT_TRANSLATE_NOOP("CommunicationStore", "This communication action no longer exists (number {id}).")
NO_SUCH_PARTNER = QT_TRANSLATE_NOOP("CommunicationStore", "This partner no longer exists (number {id}).")

ACTION_FIELDS = ("audience", "message", "channel", "date", "owner")
PARTNER_FIELDS = ("name", "kind", "informed")


@dataclass(frozen=True)
class ActionRow:
    id: int
    audience: str  # one of rules.communication_plan.AUDIENCES
    message: str
    channel: str
    date: dt.date | None
    owner: str
    version: int = 0  # the row's edit version (revision 0011)

    def values(self) -> dict[str, Any]:
        return {name: getattr(self, name) for name in ACTION_FIELDS}


@dataclass(frozen=True)
class PartnerRow:
    id: int
    name: str
    kind: str  # one of rules.communication_plan.PARTNER_KINDS
    informed: bool
    version: int = 0  # the row's edit version (revision 0011)

    def values(self) -> dict[str, Any]:
        return {name: getattr(self, name) for name in PARTNER_FIELDS}


def _check(values: dict[str, Any], allowed: tuple[str, ...], what: str) -> None:
    unknown = set(values) - set(allowed)
    if unknown:
        raise TypeError(f"unknown {what} fields: {sorted(unknown)}")
    if "audience" in values and values["audience"] not in AUDIENCES:
        raise ValueError(f"unknown audience {values['audience']!r}")
    if "kind" in values and values["kind"] not in PARTNER_KINDS:
        raise ValueError(f"unknown partner kind {values['kind']!r}")


def _next_position(session, model, dossier_id: int) -> int:
    return session.scalar(select(func.coalesce(func.max(model.position), -1)).where(model.dossier_id == dossier_id)) + 1


def _get(session, model, ident: int, message) -> Any:
    row = session.get(model, ident)
    if row is None:
        raise NotFoundError(message(id=ident))
    return row


# --- actions --------------------------------------------------------------------------------------


def list_actions(db: Database, dossier_id: int) -> list[ActionRow]:
    with db.session() as session:
        rows = session.scalars(select(CommAction).where(CommAction.dossier_id == dossier_id)
                               .order_by(CommAction.position, CommAction.id))
        return [ActionRow(a.id, a.audience, a.message, a.channel, a.date, a.owner, a.version or 0) for a in rows]


def add_action(db: Database, dossier_id: int, **values: Any) -> int:
    _check(values, ACTION_FIELDS, "action")
    with db.session() as session:
        lock_dossier(session, dossier_id)  # positions allocated one at a time
        action = CommAction(dossier_id=dossier_id, position=_next_position(session, CommAction, dossier_id),
                            **{"audience": "professionnels", "message": "", "channel": "", "owner": "", **values})
        session.add(action)
        session.flush()
        touch(session, dossier_id)
        return action.id


def update_action(db: Database, action_id: int, expected_version: int | None = None, based_on: dict | None = None,
                  **values: Any) -> None:
    """Store the fields changed; ``expected_version``/``based_on``: what the dialog started from."""
    _check(values, ACTION_FIELDS, "action")
    with db.session() as session:
        lock_dossier(session, via="comm_action", row_id=action_id)
        action = _get(session, CommAction, action_id, NO_SUCH_ACTION)
        check_and_apply(action, values, expected_version, based_on)
        touch(session, action.dossier_id)


def delete_action(db: Database, action_id: int, expected_version: int | None = None, based_on: dict | None = None) -> None:
    """Delete an action of the plan.

    ``expected_version``/``based_on``: the row as the user saw it; someone else changed it since →
    ``StaleEdit`` (nothing deleted); deleted already → ``NotFoundError``."""
    with db.session() as session:
        lock_dossier(session, via="comm_action", row_id=action_id)
        action = _get(session, CommAction, action_id, NO_SUCH_ACTION)
        check_delete(action, expected_version, based_on)
        session.delete(action)
        touch(session, action.dossier_id)


# --- partners -------------------------------------------------------------------------------------


def list_partners(db: Database, dossier_id: int) -> list[PartnerRow]:
    with db.session() as session:
        rows = session.scalars(select(Partner).where(Partner.dossier_id == dossier_id)
                               .order_by(Partner.position, Partner.id))
        return [PartnerRow(p.id, p.name, p.kind, bool(p.informed), p.version or 0) for p in rows]


def add_partner(db: Database, dossier_id: int, **values: Any) -> int:
    _check(values, PARTNER_FIELDS, "partner")
    with db.session() as session:
        lock_dossier(session, dossier_id)  # positions allocated one at a time
        partner = Partner(dossier_id=dossier_id, position=_next_position(session, Partner, dossier_id),
                          **{"name": "", "kind": "autre", "informed": False, **values})
        session.add(partner)
        session.flush()
        touch(session, dossier_id)
        return partner.id


def update_partner(db: Database, partner_id: int, expected_version: int | None = None, based_on: dict | None = None,
                   **values: Any) -> None:
    """Store the fields changed; ``expected_version``/``based_on``: what the dialog or the list started from."""
    _check(values, PARTNER_FIELDS, "partner")
    with db.session() as session:
        lock_dossier(session, via="partner", row_id=partner_id)
        partner = _get(session, Partner, partner_id, NO_SUCH_PARTNER)
        check_and_apply(partner, values, expected_version, based_on)
        touch(session, partner.dossier_id)


def delete_partner(db: Database, partner_id: int, expected_version: int | None = None, based_on: dict | None = None) -> None:
    """Delete a partner; stale deletes as ``delete_action``."""
    with db.session() as session:
        lock_dossier(session, via="partner", row_id=partner_id)
        partner = _get(session, Partner, partner_id, NO_SUCH_PARTNER)
        check_delete(partner, expected_version, based_on)
        session.delete(partner)
        touch(session, partner.dossier_id)


def gaps(db: Database, dossier_id: int) -> CommunicationGaps:
    """What the communication plan still lacks (rules.communication_plan.communication_gaps)."""
    return communication_gaps([asdict(a) for a in list_actions(db, dossier_id)],
                              [asdict(p) for p in list_partners(db, dossier_id)])
