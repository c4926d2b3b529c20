"""Member side of the member sheets: the sheet a porteur sent becomes a dossier of her one OG in her own
database (so she can stop, resume and send again), and « Renvoyer au porteur » writes the answered sheet."""

from __future__ import annotations

import copy
import datetime as dt
import uuid
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from sqlalchemy import select

from esms_desktop.storage import member_sheets as sheets
from esms_desktop.storage.database import Database
from esms_desktop.storage.dossier_file import export_dossier, import_dossier
from esms_desktop.storage.loader import load_dossier
from esms_desktop.storage.errors import NotFoundError
from esms_desktop.storage.member_models import MemberAnswer
from esms_desktop.text import QT_TRANSLATE_NOOP

NOT_A_MEMBER_DOSSIER = QT_TRANSLATE_NOOP(
    "MemberSheet", "This dossier was not opened from a porteur's member sheet (number {id}).")


@dataclass(frozen=True)
class MemberDesk:
    """Her answer in progress: the dossier holding her OG, and what the porteur's sheet said."""

    dossier_id: int
    request_uid: str
    context: dict[str, Any]
    letter_pdf: bytes | None
    received_on: dt.date
    returned_on: dt.date | None

    @property
    def porteur_name(self) -> str:
        return self.context.get("porteur", {}).get("name", "")

    @property
    def grappe_name(self) -> str:
        return self.context.get("grappe_name", "")

    @property
    def letter_frame(self) -> dict[str, Any] | None:
        """What her letter says of the grappe (None for a sheet written before the frame travelled)."""
        return self.context.get("letter")


def open_request(db: Database, path: str | Path, today: dt.date) -> int:
    """The dossier answering the request sheet at ``path``: created from it the first time, the same one
    (with her answers so far) when she opens the sheet again. Raises MemberSheetError (refused sheet)."""
    sheet = sheets.check_sheet(sheets.load_sheet(path), "request")
    with db.session() as session:
        existing = session.scalar(select(MemberAnswer.dossier_id).where(
            MemberAnswer.request_uid == sheet["request_uid"]))
    if existing is not None:
        return existing
    data = copy.deepcopy(sheets.as_dossier_file(sheet))
    data["dossier"]["uid"] = str(uuid.uuid4())  # her copy; the porteur's dossier stays named in the context
    dossier_id = import_dossier(db, data)
    with db.session() as session:
        session.add(MemberAnswer(dossier_id=dossier_id, request_uid=sheet["request_uid"],
                                 context=sheet["context"], letter_pdf=sheets.letter_of(sheet), received_on=today))
    return dossier_id


def member_desk(db: Database, dossier_id: int) -> MemberDesk | None:
    """Her answer in progress when ``dossier_id`` came from a member sheet, else None."""
    with db.session() as session:
        row = session.scalar(select(MemberAnswer).where(MemberAnswer.dossier_id == dossier_id))
        if row is None:
            return None
        return MemberDesk(row.dossier_id, row.request_uid, dict(row.context), row.letter_pdf, row.received_on,
                          row.returned_on)


def member_dossier_ids(db: Database) -> set[int]:
    """The dossiers of this database that are member answers (shown with the member wizard)."""
    with db.session() as session:
        return set(session.scalars(select(MemberAnswer.dossier_id)))


def answer_sheet(db: Database, dossier_id: int, today: dt.date) -> dict:
    """The answered sheet: her OG as it stands in her database, with the porteur's context."""
    desk = member_desk(db, dossier_id)
    if desk is None:
        raise NotFoundError(NOT_A_MEMBER_DOSSIER(id=dossier_id))
    dossier = export_dossier(db, dossier_id)["dossier"]
    return sheets.build_sheet("answer", desk.request_uid, desk.context, sheets.slice_og(dossier, 0), today)


def write_answer(db: Database, dossier_id: int, path: str | Path, today: dt.date) -> dict:
    """« Renvoyer au porteur »: write the answered sheet (atomically) and note the day it was sent."""
    sheet = answer_sheet(db, dossier_id, today)
    sheets.write_sheet(path, sheet)
    with db.session() as session:
        row = session.scalar(select(MemberAnswer).where(MemberAnswer.dossier_id == dossier_id))
        row.returned_on = today
    return sheet


def current_letter(db: Database, dossier_id: int, today: dt.date | None = None) -> bytes | None:
    """Her engagement letter as she prints it: built from her answers as they stand (her OG's name, SIRET,
    address, legal representative and ESSMS) in the frame the porteur sent. A sheet without a frame (written
    by an earlier version) gives the letter the porteur built when he sent it; None when there is neither."""
    from esms_desktop.reports.member_letter import member_letter_pdf

    desk = member_desk(db, dossier_id)
    if desk is None:
        raise NotFoundError(NOT_A_MEMBER_DOSSIER(id=dossier_id))
    if desk.letter_frame is None:
        return desk.letter_pdf
    return member_letter_pdf(load_dossier(db, dossier_id), desk.letter_frame, today)
