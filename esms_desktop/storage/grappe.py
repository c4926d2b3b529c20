"""Service functions over the grappe of a dossier: its OGs and their ESSMS.

Rows carry every stored column. The number of ESSMS of an OG is derived (``OgRow.essms_count``),
never typed; whether an OG is "small" is ``rules.dossier.Og.is_small`` on ``storage.load_dossier``.
"""

from __future__ import annotations

from dataclasses import dataclass, fields
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import selectinload

from esms_desktop.storage.database import Database
from esms_desktop.storage.concurrency import check_and_apply, check_delete, lock_dossier
from esms_desktop.storage.dossiers import touch
from esms_desktop.storage.errors import NotFoundError
from esms_desktop.storage.models import Essms, Og
from esms_desktop.text import QT_TRANSLATE_NOOP

NO_SUCH_OG = QT_TRANSLATE_NOOP("Grappe", "This organisme gestionnaire no longer exists (number {id}).")
NO_SUCH_ESSMS = QT_TRANSLATE_NOOP("Grappe", "This ESSMS no longer exists (number {id}).")

LEGAL_STATUSES = ("public", "prive_non_lucratif", "prive_commercial")
PROGRESS_STATUSES = ("done", "in_progress", "not_started")  # RGPD compliance, IT charter
DUI_KINDS = ("none", "software", "segur")


@dataclass(frozen=True)
class EssmsRow:
    id: int
    og_id: int
    finess_et: str
    name: str
    category_code: str | None
    sector: str | None
    department: str | None
    persons_accompanied: int | None
    notes: str
    category_label: str | None = None
    sector_override: bool = False
    address: str = ""
    postcode: str = ""
    town: str = ""
    dui_kind: str = "none"
    dui_software: str = ""
    dui_version: str = ""
    sons_ordered: bool = False
    sons_software: str = ""
    already_funded: bool = False
    funded_software: str = ""
    confort_services: bool = False
    isolated: bool = False
    referent_id: int | None = None
    project_type: str | None = None  # revision 0004: None = the dossier's project type
    finess_name: str = ""  # revision 0010: the name as FINESS spells it (the reference); ``name``: the user's
    version: int = 0  # revision 0009: what an edit started from (storage/concurrency.py)

    def values(self) -> dict[str, Any]:
        """The editable fields, as ``add_essms``/``update_essms`` take them."""
        return {name: getattr(self, name) for name in ESSMS_FIELDS}


@dataclass(frozen=True)
class OgRow:
    id: int
    dossier_id: int
    finess_ej: str
    name: str
    is_porteur: bool
    essms: tuple[EssmsRow, ...]
    siret: str = ""
    legal_status: str | None = None
    address: str = ""
    contact_name: str = ""
    contact_email: str = ""
    contact_phone: str = ""
    has_rsi: bool = False
    dpo_designated: bool = False
    rgpd_status: str = "not_started"
    it_charter: str = "not_started"
    national_entity: str = ""
    national_agreement: bool = False
    legal_rep_name: str = ""  # revision 0003: who signs the engagement letter and the convention
    legal_rep_function: str = ""
    dpo_status: str | None = None  # revision 0005: done / in_progress / not_started; None: dpo_designated
    public_procurement: bool | None = None  # revision 0005: Code de la commande publique; None: by status
    funding_equipment: bool = False
    funding_amoa_purchasing: bool = False
    funding_amoa_piloting: bool = False
    essms_total: int | None = None  # revision 0004: every ESSMS the OG runs; None = unknown (count in grappe)
    version: int = 0  # revision 0009

    @property
    def essms_count(self) -> int:
        """Number of its ESSMS in the grappe (derived, never typed)."""
        return len(self.essms)

    def values(self) -> dict[str, Any]:
        """The editable fields, as ``add_og``/``update_og`` take them."""
        return {name: getattr(self, name) for name in OG_FIELDS}


OG_FIELDS = tuple(f.name for f in fields(OgRow) if f.name not in ("id", "dossier_id", "essms", "version"))
ESSMS_FIELDS = tuple(f.name for f in fields(EssmsRow) if f.name not in ("id", "og_id", "version"))


def _essms_row(e: Essms) -> EssmsRow:
    return EssmsRow(e.id, e.og_id, **{name: getattr(e, name) for name in ESSMS_FIELDS}, version=e.version or 0)


def _og_row(og: Og) -> OgRow:
    return OgRow(
        og.id, og.dossier_id, essms=tuple(_essms_row(e) for e in og.essms),
        **{name: getattr(og, name) for name in OG_FIELDS}, version=og.version or 0,
    )


def list_grappe(db: Database, dossier_id: int) -> list[OgRow]:
    with db.session() as session:
        ogs = session.scalars(select(Og).where(Og.dossier_id == dossier_id).order_by(Og.position, Og.id)
                              .options(selectinload(Og.essms))).all()
        return [_og_row(og) for og in ogs]


def get_og(db: Database, og_id: int) -> OgRow:
    with db.session() as session:
        return _og_row(_og(session, og_id))


def _og(session, og_id: int) -> Og:
    og = session.get(Og, og_id)
    if og is None:
        raise NotFoundError(NO_SUCH_OG(id=og_id))
    return og


def _essms(session, essms_id: int) -> Essms:
    essms = session.get(Essms, essms_id)
    if essms is None:
        raise NotFoundError(NO_SUCH_ESSMS(id=essms_id))
    return essms


def _check_fields(values: dict, allowed, what: str) -> None:
    unknown = set(values) - set(allowed)
    if unknown:
        raise TypeError(f"unknown {what} fields: {sorted(unknown)}")


def new_og(session, dossier_id: int, **values) -> Og:
    """Add an OG inside an open session (for multi-row units of work such as list imports)."""
    _check_fields(values, OG_FIELDS, "OG")
    porteur = values.pop("is_porteur", False)
    position = session.scalar(select(func.coalesce(func.max(Og.position), -1)).where(Og.dossier_id == dossier_id))
    og = Og(dossier_id=dossier_id, position=position + 1, is_porteur=False, **values)
    session.add(og)
    session.flush()
    if porteur:
        _set_porteur(session, dossier_id, og.id)
    return og


def add_og(db: Database, dossier_id: int, **values) -> int:
    with db.session() as session:
        lock_dossier(session, dossier_id)  # positions allocated one at a time
        og = new_og(session, dossier_id, **values)
        touch(session, dossier_id)
        return og.id


def _set_porteur(session, dossier_id: int, og_id: int | None) -> None:
    for og in session.scalars(select(Og).where(Og.dossier_id == dossier_id)):
        og.is_porteur = og.id == og_id


def update_og(db: Database, og_id: int, expected_version: int | None = None, based_on: dict | None = None,
              **values) -> None:
    """Store edited OG fields (only those changed); making an OG the porteur removes that role from the others.

    ``expected_version``/``based_on``: what the form started from (StaleEdit when someone else changed
    one of these fields meanwhile; other fields they changed are kept).
    """
    _check_fields(values, OG_FIELDS, "OG")
    with db.session() as session:
        lock_dossier(session, via="og", row_id=og_id)
        og = _og(session, og_id)
        check_and_apply(og, values, expected_version, based_on)
        porteur = values.pop("is_porteur", None)
        if porteur is not None:
            if porteur:
                _set_porteur(session, og.dossier_id, og.id)
            else:
                og.is_porteur = False
        touch(session, og.dossier_id)


def delete_og(db: Database, og_id: int, expected_version: int | None = None, based_on: dict | None = None) -> None:
    """Delete an OG with its ESSMS.

    ``expected_version``/``based_on``: the row as the user saw it; someone else changed it since →
    ``StaleEdit`` (nothing deleted); deleted already → ``NotFoundError``."""
    with db.session() as session:
        lock_dossier(session, via="og", row_id=og_id)
        og = _og(session, og_id)
        check_delete(og, expected_version, based_on)
        dossier_id = og.dossier_id
        session.delete(og)
        touch(session, dossier_id)


def new_essms(session, og: Og, **values) -> Essms:
    """Add an ESSMS under ``og`` inside an open session."""
    _check_fields(values, ESSMS_FIELDS, "ESSMS")
    position = session.scalar(select(func.coalesce(func.max(Essms.position), -1)).where(Essms.og_id == og.id))
    essms = Essms(og_id=og.id, position=position + 1, **{"finess_et": "", "name": "", "notes": "", **values})
    session.add(essms)
    session.flush()
    return essms


def add_essms(db: Database, og_id: int, **values) -> int:
    with db.session() as session:
        lock_dossier(session, via="og", row_id=og_id)
        og = _og(session, og_id)
        essms = new_essms(session, og, **values)
        touch(session, og.dossier_id)
        return essms.id


def add_many_essms(db: Database, og_id: int, items: list[dict[str, Any]]) -> list[int]:
    """Add several ESSMS under one OG in one unit of work (all or none)."""
    with db.session() as session:
        lock_dossier(session, via="og", row_id=og_id)
        og = _og(session, og_id)
        ids = [new_essms(session, og, **values).id for values in items]
        touch(session, og.dossier_id)
        return ids


def update_essms(db: Database, essms_id: int, expected_version: int | None = None, based_on: dict | None = None,
                 **values) -> None:
    _check_fields(values, set(ESSMS_FIELDS) | {"og_id"}, "ESSMS")
    with db.session() as session:
        lock_dossier(session, via="essms", row_id=essms_id)
        essms = _essms(session, essms_id)
        check_and_apply(essms, values, expected_version, based_on)
        touch(session, essms.og.dossier_id)


def delete_essms(db: Database, essms_id: int, expected_version: int | None = None, based_on: dict | None = None) -> None:
    """Delete an ESSMS of the grappe; stale deletes as ``delete_og``."""
    with db.session() as session:
        lock_dossier(session, via="essms", row_id=essms_id)
        essms = _essms(session, essms_id)
        check_delete(essms, expected_version, based_on)
        dossier_id = essms.og.dossier_id
        session.delete(essms)
        touch(session, dossier_id)


def finess_et_in_dossier(db: Database, dossier_id: int) -> dict[str, int]:
    """FINESS ET already in the grappe → the id of the OG holding it."""
    with db.session() as session:
        rows = session.execute(
            select(Essms.finess_et, Essms.og_id).join(Og).where(Og.dossier_id == dossier_id)
        ).all()
        return {number: og_id for number, og_id in rows if number}
