"""Service functions over the project's governance: people, COPIL / COPROJ roles, project lead, DUI referents."""

from __future__ import annotations

from dataclasses import dataclass, fields
from typing import Any

from sqlalchemy import func, select

from esms_desktop.storage.database import Database
from esms_desktop.storage.dossiers import touch
from esms_desktop.storage.errors import NotFoundError
from esms_desktop.storage.models import Essms, Og, Person
from esms_desktop.text import QT_TRANSLATE_NOOP

NO_SUCH_PERSON = QT_TRANSLATE_NOOP("Governance", "This person is no longer in the dossier (number {id}).")
NOT_IN_DOSSIER = QT_TRANSLATE_NOOP("Governance", "This person belongs to another dossier.")

COPIL_ROLES = ("", "member", "chair")
_NEW = object()  # the person being added (never the lead stored)
COPROJ_ROLES = ("", "member", "lead")


@dataclass(frozen=True)
class PersonRow:
    id: int
    dossier_id: int
    name: str
    function: str = ""
    organisation: str = ""
    email: str = ""
    phone: str = ""
    copil_role: str = ""
    coproj_role: str = ""
    project_lead: bool = False
    fte: float | None = None
    skills: str = ""
    version: int = 0  # revision 0009: what an edit started from (storage/concurrency.py)

    def values(self) -> dict[str, Any]:
        return {name: getattr(self, name) for name in PERSON_FIELDS}


PERSON_FIELDS = tuple(f.name for f in fields(PersonRow) if f.name not in ("id", "dossier_id", "version"))


@dataclass(frozen=True)
class ReferentRow:
    """One ESSMS of the grappe and its DUI referent (a person id, or None)."""

    essms_id: int
    og_name: str
    finess_et: str
    name: str
    referent_id: int | None


def _row(p: Person) -> PersonRow:
    return PersonRow(p.id, p.dossier_id, **{name: getattr(p, name) for name in PERSON_FIELDS}, version=p.version or 0)


def _person(session, person_id: int) -> Person:
    person = session.get(Person, person_id)
    if person is None:
        raise NotFoundError(NO_SUCH_PERSON(id=person_id))
    return person


def _check(values: dict) -> None:
    unknown = set(values) - set(PERSON_FIELDS)
    if unknown:
        raise TypeError(f"unknown person fields: {sorted(unknown)}")
    if values.get("copil_role", "") not in COPIL_ROLES:
        raise ValueError(f"copil_role must be one of {COPIL_ROLES}")
    if values.get("coproj_role", "") not in COPROJ_ROLES:
        raise ValueError(f"coproj_role must be one of {COPROJ_ROLES}")


#: In ``based_on``: the id of the project lead the form saw (None: no lead), what a save making someone
#: the lead is compared with (``concurrency.stale_shared``); ``StaleEdit.theirs["lead_id"]``: the lead now.
LEAD = "lead_id"


def _leads(session, dossier_id: int) -> list[Person]:
    return list(session.scalars(select(Person).where(Person.dossier_id == dossier_id, Person.project_lead.is_(True))
                                .order_by(Person.position, Person.id)))


def _lead_now(session, dossier_id: int, person_id: int | None = None) -> int | None:
    """The lead stored now (``person_id`` when they are already the lead)."""
    ids = [p.id for p in _leads(session, dossier_id)]
    return person_id if person_id in ids else (ids[0] if ids else None)


def _single_lead(session, dossier_id: int, lead_id: int) -> None:
    """The others are no longer the lead: their rows change, their versions move."""
    for person in _leads(session, dossier_id):
        if person.id != lead_id:
            person.project_lead = False
            person.version = (person.version or 0) + 1


def list_people(db: Database, dossier_id: int) -> list[PersonRow]:
    with db.session() as session:
        people = session.scalars(
            select(Person).where(Person.dossier_id == dossier_id).order_by(Person.position, Person.id)
        ).all()
        return [_row(p) for p in people]


def get_person(db: Database, person_id: int) -> PersonRow:
    with db.session() as session:
        return _row(_person(session, person_id))


def add_person(db: Database, dossier_id: int, based_on: dict | None = None, **values) -> int:
    """Add a person; marking them project lead removes that role from the others (one lead).

    ``based_on``: ``{"lead_id": the lead the form saw}``; someone else made another person the lead since
    (or removed that role) → ``StaleEdit`` (``theirs["lead_id"]``: the lead now; nothing added). Without it
    (« garder ma version », imports, the CLI): the last one wins."""
    from esms_desktop.storage.concurrency import StaleEdit, lock_dossier, stale_shared

    _check(values)
    with db.session() as session:
        lock_dossier(session, dossier_id)  # positions allocated one at a time
        if values.get("project_lead"):
            theirs = stale_shared(based_on, {LEAD: (_lead_now(session, dossier_id), _NEW)})
            if theirs:
                raise StaleEdit(theirs, 0)
        position = session.scalar(
            select(func.coalesce(func.max(Person.position), -1)).where(Person.dossier_id == dossier_id)
        )
        person = Person(dossier_id=dossier_id, position=position + 1, **{"name": "", **values})
        session.add(person)
        session.flush()
        if person.project_lead:
            _single_lead(session, dossier_id, person.id)
        touch(session, dossier_id)
        return person.id


def update_person(db: Database, person_id: int, expected_version: int | None = None, based_on: dict | None = None,
                  **values) -> None:
    """Store edited fields (only those changed); StaleEdit when someone else changed one of them meanwhile.

    Making them the lead (``project_lead=True``) with ``based_on["lead_id"]`` (the lead the form saw):
    someone else made another person the lead since, or removed that role → ``StaleEdit``
    (``theirs["lead_id"]``: the lead now), whatever this person's version."""
    from esms_desktop.storage.concurrency import check_and_apply, lock_dossier

    _check(values)
    with db.session() as session:
        lock_dossier(session, via="person", row_id=person_id)
        person = _person(session, person_id)
        lead = bool(values.get("project_lead"))
        shared = {LEAD: (_lead_now(session, person.dossier_id, person.id), person.id)} if lead else None
        check_and_apply(person, values, expected_version, based_on, shared=shared)
        if lead:
            _single_lead(session, person.dossier_id, person.id)
        touch(session, person.dossier_id)


def delete_person(db: Database, person_id: int, expected_version: int | None = None, based_on: dict | None = None) -> None:
    """Remove a person; the ESSMS they were referent of are left without referent.

    ``expected_version``/``based_on``: the row as the user saw it; someone else changed it since →
    ``StaleEdit`` (nothing deleted); deleted already → ``NotFoundError``."""
    from esms_desktop.storage.concurrency import check_delete, lock_dossier

    with db.session() as session:
        lock_dossier(session, via="person", row_id=person_id)
        person = _person(session, person_id)
        check_delete(person, expected_version, based_on)
        for essms in session.scalars(select(Essms).where(Essms.referent_id == person_id)):
            essms.referent_id = None
        dossier_id = person.dossier_id
        session.delete(person)
        touch(session, dossier_id)


def project_lead(db: Database, dossier_id: int) -> PersonRow | None:
    return next((p for p in list_people(db, dossier_id) if p.project_lead), None)


def list_referents(db: Database, dossier_id: int) -> list[ReferentRow]:
    """Every ESSMS of the grappe, in grappe order, with its DUI referent."""
    with db.session() as session:
        rows = session.execute(
            select(Essms.id, Og.name, Essms.finess_et, Essms.name, Essms.referent_id)
            .join(Og)
            .where(Og.dossier_id == dossier_id)
            .order_by(Og.position, Og.id, Essms.position, Essms.id)
        ).all()
        return [ReferentRow(*row) for row in rows]


def set_referent(db: Database, essms_id: int, person_id: int | None, expected_version: int | None = None,
                 based_on: dict | None = None) -> None:
    """Make ``person_id`` (of the same dossier) the DUI referent of an ESSMS; None removes it.

    ``based_on``: ``{"referent_id": the referent the user saw}``; someone else chose another one since →
    ``StaleEdit`` (``theirs["referent_id"]``: the one stored now; nothing written). Without it (« garder ma
    version », the member's desk, the CLI): the last choice wins. ``expected_version``: the ESSMS row's."""
    from esms_desktop.storage.concurrency import check_and_apply, lock_dossier
    from esms_desktop.storage.grappe import NO_SUCH_ESSMS

    with db.session() as session:
        lock_dossier(session, via="essms", row_id=essms_id)
        essms = session.get(Essms, essms_id)
        if essms is None:
            raise NotFoundError(NO_SUCH_ESSMS(id=essms_id))
        dossier_id = essms.og.dossier_id
        if person_id is not None and _person(session, person_id).dossier_id != dossier_id:
            raise NotFoundError(NOT_IN_DOSSIER())
        check_and_apply(essms, {"referent_id": person_id}, expected_version, based_on)
        touch(session, dossier_id)


def person_names(db: Database, person_ids) -> dict[int, str]:
    """The names of these people (those still in the database): what a conflict on a referent shows."""
    ids = [i for i in person_ids if i is not None]
    if not ids:
        return {}
    with db.session() as session:
        return dict(session.execute(select(Person.id, Person.name).where(Person.id.in_(ids))).all())
