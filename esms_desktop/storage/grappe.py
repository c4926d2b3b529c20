"""Service functions over the grappe of a dossier: its OGs and their ESSMS."""

from __future__ import annotations

from dataclasses import dataclass, fields

from sqlalchemy import func, select

from esms_desktop.storage.database import Database
from esms_desktop.storage.dossiers import touch
from esms_desktop.storage.errors import NotFoundError
from esms_desktop.storage.models import Essms, Og
from esms_desktop.text import QT_TRANSLATE_NOOP

NO_SUCH_OG = QT_TRANSLATE_NOOP("Grappe", "This organisme gestionnaire no longer exists (number {id}).")
NO_SUCH_ESSMS = QT_TRANSLATE_NOOP("Grappe", "This ESSMS no longer exists (number {id}).")


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


@dataclass(frozen=True)
class OgRow:
    id: int
    dossier_id: int
    finess_ej: str
    name: str
    is_porteur: bool
    essms: tuple[EssmsRow, ...]


OG_FIELDS = ("finess_ej", "name", "is_porteur")
ESSMS_FIELDS = tuple(f.name for f in fields(EssmsRow) if f.name not in ("id", "og_id"))


def _essms_row(e: Essms) -> EssmsRow:
    return EssmsRow(e.id, e.og_id, *(getattr(e, name) for name in ESSMS_FIELDS))


def _og_row(og: Og) -> OgRow:
    return OgRow(og.id, og.dossier_id, og.finess_ej, og.name, og.is_porteur, tuple(_essms_row(e) for e in og.essms))


def list_grappe(db: Database, dossier_id: int) -> list[OgRow]:
    with db.session() as session:
        ogs = session.scalars(select(Og).where(Og.dossier_id == dossier_id).order_by(Og.position, Og.id)).all()
        return [_og_row(og) for og in ogs]


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


def add_og(db: Database, dossier_id: int, name: str = "", finess_ej: str = "", is_porteur: bool = False) -> int:
    with db.session() as session:
        position = session.scalar(select(func.coalesce(func.max(Og.position), -1)).where(Og.dossier_id == dossier_id))
        og = Og(dossier_id=dossier_id, position=position + 1, name=name, finess_ej=finess_ej, is_porteur=False)
        session.add(og)
        session.flush()
        if is_porteur:
            _set_porteur(session, dossier_id, og.id)
        touch(session, dossier_id)
        return og.id


def _set_porteur(session, dossier_id: int, og_id: int | None) -> None:
    for og in session.scalars(select(Og).where(Og.dossier_id == dossier_id)):
        og.is_porteur = og.id == og_id


def update_og(db: Database, og_id: int, **values) -> None:
    """Store edited OG fields; making an OG the porteur removes that role from the others."""
    unknown = set(values) - set(OG_FIELDS)
    if unknown:
        raise TypeError(f"unknown OG fields: {sorted(unknown)}")
    with db.session() as session:
        og = _og(session, og_id)
        porteur = values.pop("is_porteur", None)
        for key, value in values.items():
            setattr(og, key, value)
        if porteur is not None:
            _set_porteur(session, og.dossier_id, og.id if porteur else None)
        touch(session, og.dossier_id)


def delete_og(db: Database, og_id: int) -> None:
    with db.session() as session:
        og = _og(session, og_id)
        dossier_id = og.dossier_id
        session.delete(og)
        touch(session, dossier_id)


def add_essms(db: Database, og_id: int, **values) -> int:
    unknown = set(values) - set(ESSMS_FIELDS)
    if unknown:
        raise TypeError(f"unknown ESSMS fields: {sorted(unknown)}")
    with db.session() as session:
        og = _og(session, og_id)
        position = session.scalar(select(func.coalesce(func.max(Essms.position), -1)).where(Essms.og_id == og_id))
        essms = Essms(og_id=og_id, position=position + 1, **{"finess_et": "", "name": "", "notes": "", **values})
        session.add(essms)
        session.flush()
        touch(session, og.dossier_id)
        return essms.id


def update_essms(db: Database, essms_id: int, **values) -> None:
    unknown = set(values) - set(ESSMS_FIELDS) - {"og_id"}
    if unknown:
        raise TypeError(f"unknown ESSMS fields: {sorted(unknown)}")
    with db.session() as session:
        essms = _essms(session, essms_id)
        for key, value in values.items():
            setattr(essms, key, value)
        touch(session, essms.og.dossier_id)


def delete_essms(db: Database, essms_id: int) -> None:
    with db.session() as session:
        essms = _essms(session, essms_id)
        dossier_id = essms.og.dossier_id
        session.delete(essms)
        touch(session, dossier_id)
