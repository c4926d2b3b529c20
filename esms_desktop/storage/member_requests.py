"""Porteur side of the member sheets: write the sheet asking one OG for its information, and the
« Membres » panel's rows (sent on, returned, merged, letter signed) per OG."""

from __future__ import annotations

import datetime as dt
import uuid
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import select

from esms_desktop.storage import member_sheets as sheets
from esms_desktop.storage.database import Database
from esms_desktop.storage.dossier_file import export_dossier
from esms_desktop.storage.errors import NotFoundError
from esms_desktop.storage.member_models import MemberRequest
from esms_desktop.storage.models import Document, Og
from esms_desktop.text import QT_TRANSLATE_NOOP

NO_SUCH_OG = QT_TRANSLATE_NOOP("MemberSheet", "This OG is no longer in the dossier (number {id}).")
OG_NOT_FOUND = QT_TRANSLATE_NOOP(
    "MemberSheet", "No OG of this dossier has the FINESS EJ {finess_ej}: check the number, or add the OG first.")


@dataclass(frozen=True)
class MemberRow:
    """One line of the « Membres » panel."""

    og_id: int
    og_name: str
    finess_ej: str
    is_porteur: bool
    sent_on: dt.date | None
    returned_on: dt.date | None
    merged_on: dt.date | None
    letter_signed: bool


def og_index_of(db: Database, dossier_id: int, og_id: int) -> int:
    with db.session() as session:
        og = session.get(Og, og_id)
        if og is None or og.dossier_id != dossier_id:
            raise NotFoundError(NO_SUCH_OG(id=og_id))
        return [o.id for o in og.dossier.ogs].index(og_id)


def og_id_by_finess(db: Database, dossier_id: int, finess_ej: str) -> int:
    number = "".join(finess_ej.split()).upper()
    with db.session() as session:
        og_id = session.scalar(select(Og.id).where(Og.dossier_id == dossier_id, Og.finess_ej == number))
    if og_id is None:
        raise NotFoundError(OG_NOT_FOUND(finess_ej=number))
    return og_id


def request_sheet(db: Database, dossier_id: int, og_id: int, today: dt.date,
                  letter_pdf: bytes | None = None) -> dict:
    """The sheet asking this OG for its information (not written, not recorded)."""
    index = og_index_of(db, dossier_id, og_id)
    dossier = export_dossier(db, dossier_id)["dossier"]
    with db.session() as session:
        existing = session.scalar(select(MemberRequest).where(MemberRequest.og_id == og_id))
        request_uid = existing.request_uid if existing is not None else str(uuid.uuid4())
    return sheets.build_sheet("request", request_uid, sheets.context_of(dossier, index),
                              sheets.slice_og(dossier, index), today, letter_pdf)


def write_request(db: Database, dossier_id: int, og_id: int, path: str | Path, today: dt.date,
                  letter_pdf: bytes | None = None) -> dict:
    """Write the sheet to ``path`` (atomically), then record it as sent today. Returns the sheet.

    Sending again keeps the same request (an answer to the earlier sheet still merges)."""
    sheet = request_sheet(db, dossier_id, og_id, today, letter_pdf)
    sheets.write_sheet(path, sheet)
    with db.session() as session:
        row = session.scalar(select(MemberRequest).where(MemberRequest.og_id == og_id))
        if row is None:
            session.add(MemberRequest(og_id=og_id, request_uid=sheet["request_uid"], sent_on=today))
        else:
            row.sent_on = today
    return sheet


def member_rows(db: Database, dossier_id: int) -> list[MemberRow]:
    """Every OG of the dossier with where its member sheet stands."""
    with db.session() as session:
        ogs = session.scalars(select(Og).where(Og.dossier_id == dossier_id).order_by(Og.position)).all()
        requests = {r.og_id: r for r in session.scalars(
            select(MemberRequest).where(MemberRequest.og_id.in_([o.id for o in ogs])))}
        signed = set(session.scalars(select(Document.og_id).where(
            Document.dossier_id == dossier_id, Document.kind == "engagement_letter")))
        rows = []
        for og in ogs:
            r = requests.get(og.id)
            rows.append(MemberRow(og.id, og.name, og.finess_ej, og.is_porteur, r.sent_on if r else None,
                                  r.returned_on if r else None, r.merged_on if r else None, og.id in signed))
        return rows
