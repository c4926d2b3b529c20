"""SQLAlchemy 2 models of the dossier database.

The schema is changed only by a new Alembic revision in ``migrations/versions``; these classes follow it.
"""

from __future__ import annotations

import datetime as dt

from sqlalchemy import Boolean, DateTime, ForeignKey, Integer, String, Text
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column, relationship


def utcnow() -> dt.datetime:
    return dt.datetime.now(dt.timezone.utc).replace(tzinfo=None)


class Base(DeclarativeBase):
    pass


class Dossier(Base):
    __tablename__ = "dossier"

    id: Mapped[int] = mapped_column(primary_key=True)
    uid: Mapped[str] = mapped_column(String(36), unique=True)
    name: Mapped[str] = mapped_column(String(200))
    campaign_year: Mapped[int] = mapped_column(Integer)
    region: Mapped[str | None] = mapped_column(String(3))
    project_type: Mapped[str] = mapped_column(String(20), default="acquisition")
    hosting: Mapped[str] = mapped_column(String(20), default="saas")
    created_at: Mapped[dt.datetime] = mapped_column(DateTime, default=utcnow)
    modified_at: Mapped[dt.datetime] = mapped_column(DateTime, default=utcnow, index=True)

    ogs: Mapped[list[Og]] = relationship(
        back_populates="dossier", cascade="all, delete-orphan", order_by="Og.position"
    )


class Og(Base):
    """An organisme gestionnaire (legal entity, FINESS EJ) of the grappe."""

    __tablename__ = "og"

    id: Mapped[int] = mapped_column(primary_key=True)
    dossier_id: Mapped[int] = mapped_column(ForeignKey("dossier.id", ondelete="CASCADE"), index=True)
    position: Mapped[int] = mapped_column(Integer, default=0)
    finess_ej: Mapped[str] = mapped_column(String(9), default="")
    name: Mapped[str] = mapped_column(String(200), default="")
    is_porteur: Mapped[bool] = mapped_column(Boolean, default=False)

    dossier: Mapped[Dossier] = relationship(back_populates="ogs")
    essms: Mapped[list[Essms]] = relationship(
        back_populates="og", cascade="all, delete-orphan", order_by="Essms.position"
    )


class Essms(Base):
    """A social or medico-social establishment or service (FINESS ET) run by an OG."""

    __tablename__ = "essms"

    id: Mapped[int] = mapped_column(primary_key=True)
    og_id: Mapped[int] = mapped_column(ForeignKey("og.id", ondelete="CASCADE"), index=True)
    position: Mapped[int] = mapped_column(Integer, default=0)
    finess_et: Mapped[str] = mapped_column(String(9), default="")
    name: Mapped[str] = mapped_column(String(200), default="")
    category_code: Mapped[str | None] = mapped_column(String(4))
    sector: Mapped[str | None] = mapped_column(String(4))
    department: Mapped[str | None] = mapped_column(String(3))
    persons_accompanied: Mapped[int | None] = mapped_column(Integer)
    notes: Mapped[str] = mapped_column(Text, default="")

    og: Mapped[Og] = relationship(back_populates="essms")
