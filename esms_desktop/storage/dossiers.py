"""Service functions over dossiers: what the views and the CLI call, one unit of work each.

Views never build queries: they get plain rows from here and hand edits back here.
"""

from __future__ import annotations

import datetime as dt
import uuid
from dataclasses import dataclass

from esms_desktop.storage.database import Database
from esms_desktop.storage.dossier_index import DossierSummary, list_dossiers  # noqa: F401 - re-exported
from esms_desktop.storage.errors import NotFoundError
from esms_desktop.storage.models import Dossier, Essms, Og, utcnow
from esms_desktop.text import QT_TRANSLATE_NOOP

PROJECT_TYPES = ("acquisition", "conformite")
HOSTINGS = ("saas", "externe", "on_premise")
DOSSIER_FIELDS = ("name", "campaign_year", "region", "project_type", "hosting")

NO_SUCH_DOSSIER = QT_TRANSLATE_NOOP("Dossiers", "There is no dossier number {id} in this database.")
EMPTY_NAME = QT_TRANSLATE_NOOP("Dossiers", "A dossier needs a name.")


@dataclass(frozen=True)
class DossierFields:
    id: int
    uid: str
    name: str
    campaign_year: int
    region: str | None
    project_type: str
    hosting: str
    created_at: dt.datetime
    modified_at: dt.datetime
    version: int = 0


def dossier_row(session, dossier_id: int) -> Dossier:
    dossier = session.get(Dossier, dossier_id)
    if dossier is None:
        raise NotFoundError(NO_SUCH_DOSSIER(id=dossier_id))
    return dossier


def touch(session, dossier_id: int) -> None:
    """Mark a dossier modified now and move its version (every edit of its content calls this)."""
    dossier = dossier_row(session, dossier_id)
    dossier.modified_at = utcnow()
    dossier.version = (dossier.version or 0) + 1


def _fields(d: Dossier) -> DossierFields:
    return DossierFields(
        d.id, d.uid, d.name, d.campaign_year, d.region, d.project_type, d.hosting, d.created_at, d.modified_at,
        d.version or 0,
    )


def find_by_uid(db: Database, uid: str) -> int | None:
    """The number of the dossier with this uid (the dossier file's identity), or None."""
    from sqlalchemy import select

    with db.session() as session:
        return session.scalar(select(Dossier.id).where(Dossier.uid == uid))


def get_dossier(db: Database, dossier_id: int) -> DossierFields:
    with db.session() as session:
        return _fields(dossier_row(session, dossier_id))


def create_dossier(
    db: Database,
    name: str,
    campaign_year: int,
    region: str | None = None,
    project_type: str = "acquisition",
    hosting: str = "saas",
) -> int:
    if not name.strip():
        raise ValueError(str(EMPTY_NAME))
    now = utcnow()
    with db.session() as session:
        dossier = Dossier(
            uid=str(uuid.uuid4()),
            name=name.strip(),
            campaign_year=campaign_year,
            region=region,
            project_type=project_type,
            hosting=hosting,
            created_at=now,
            modified_at=now,
        )
        session.add(dossier)
        session.flush()
        return dossier.id


def update_dossier(db: Database, dossier_id: int, expected_version: int | None = None,
                   based_on: dict | None = None, **fields) -> None:
    """Store edited identity fields (any of ``DOSSIER_FIELDS``) and mark the dossier modified.

    ``expected_version``/``based_on``: the version and values the edit started from; a field someone
    else changed meanwhile raises StaleEdit, nothing written (``storage/concurrency.py``).
    """
    unknown = set(fields) - set(DOSSIER_FIELDS)
    if unknown:
        raise TypeError(f"unknown dossier fields: {sorted(unknown)}")
    if "name" in fields:
        if not str(fields["name"]).strip():
            raise ValueError(str(EMPTY_NAME))
        fields["name"] = str(fields["name"]).strip()
    from esms_desktop.storage.concurrency import check_and_apply, lock_dossier

    with db.session() as session:
        lock_dossier(session, dossier_id)
        dossier = dossier_row(session, dossier_id)
        check_and_apply(dossier, fields, expected_version, based_on)
        dossier.modified_at = utcnow()


def rename_dossier(db: Database, dossier_id: int, name: str, expected_version: int | None = None,
                   based_on: str | None = None) -> None:
    """Rename; ``based_on`` the name the user saw (someone else's rename since then: StaleEdit)."""
    update_dossier(db, dossier_id, expected_version, None if based_on is None else {"name": based_on}, name=name)


def delete_dossier(db: Database, dossier_id: int) -> None:
    with db.session() as session:
        session.delete(dossier_row(session, dossier_id))


def duplicate_dossier(db: Database, dossier_id: int, new_name: str) -> int:
    """A full copy of a dossier under a new name (through the dossier file format, so nothing is forgotten)."""
    from esms_desktop.storage.dossier_file import export_dossier, import_dossier

    data = export_dossier(db, dossier_id)
    data["dossier"]["name"] = new_name
    data["dossier"].pop("created_at")  # a copy is a new dossier: created and modified now
    data["dossier"].pop("modified_at")
    return import_dossier(db, data, on_conflict="copy")
