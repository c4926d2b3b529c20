"""Models of revision 0007 (member sheets), kept apart from models.py; imported by it so that they are
always part of the metadata."""

from __future__ import annotations

import datetime as dt

from sqlalchemy import JSON, Date, ForeignKey, LargeBinary, String, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from esms_desktop.storage.models import Base


class MemberRequest(Base):
    """Porteur side: the member sheet sent to one OG, and what became of it."""

    __tablename__ = "member_request"
    __table_args__ = (UniqueConstraint("og_id", name="uq_member_request_og"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    og_id: Mapped[int] = mapped_column(ForeignKey("og.id", ondelete="CASCADE"))
    request_uid: Mapped[str] = mapped_column(String(36), index=True)
    sent_on: Mapped[dt.date] = mapped_column(Date)
    returned_on: Mapped[dt.date | None] = mapped_column(Date)
    merged_on: Mapped[dt.date | None] = mapped_column(Date)
    merged_checksum: Mapped[str] = mapped_column(String(64), default="")


class MemberAnswer(Base):
    """Member side: the dossier (her one OG) answering a porteur's sheet, with the sheet's context."""

    __tablename__ = "member_answer"
    __table_args__ = (UniqueConstraint("dossier_id", name="uq_member_answer_dossier"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    dossier_id: Mapped[int] = mapped_column(ForeignKey("dossier.id", ondelete="CASCADE"))
    request_uid: Mapped[str] = mapped_column(String(36), index=True)
    context: Mapped[dict] = mapped_column(JSON)
    letter_pdf: Mapped[bytes | None] = mapped_column(LargeBinary)
    received_on: Mapped[dt.date] = mapped_column(Date)
    returned_on: Mapped[dt.date | None] = mapped_column(Date)
