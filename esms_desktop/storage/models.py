"""SQLAlchemy 2 models of the dossier database.

The schema is changed only by a new Alembic revision in ``migrations/versions``; these classes follow it.
"""

from __future__ import annotations

import datetime as dt

from sqlalchemy import JSON, Boolean, Date, DateTime, Float, ForeignKey, Integer, LargeBinary, String, Text, UniqueConstraint
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column, relationship


def utcnow() -> dt.datetime:
    return dt.datetime.now(dt.timezone.utc).replace(tzinfo=None)


class Base(DeclarativeBase):
    pass


class Dossier(Base):
    __tablename__ = "dossier"

    id: Mapped[int] = mapped_column(primary_key=True)
    version: Mapped[int] = mapped_column(Integer, default=1, server_default="1")  # revision 0009
    uid: Mapped[str] = mapped_column(String(36), unique=True)
    name: Mapped[str] = mapped_column(String(200))
    campaign_year: Mapped[int] = mapped_column(Integer)
    region: Mapped[str | None] = mapped_column(String(3))
    project_type: Mapped[str] = mapped_column(String(20), default="acquisition")
    hosting: Mapped[str] = mapped_column(String(20), default="saas")
    created_at: Mapped[dt.datetime] = mapped_column(DateTime, default=utcnow)
    modified_at: Mapped[dt.datetime] = mapped_column(DateTime, default=utcnow, index=True)
    # revision 0002: the rest of the candidature
    filing_date: Mapped[dt.date | None] = mapped_column(Date)
    national_reach: Mapped[bool] = mapped_column(Boolean, default=False)
    dui_software: Mapped[str] = mapped_column(String(200), default="")
    dui_editor: Mapped[str] = mapped_column(String(200), default="")
    dui_segur_referenced: Mapped[bool] = mapped_column(Boolean, default=False)
    services_socles: Mapped[list] = mapped_column(JSON, default=list)
    referentials: Mapped[list] = mapped_column(JSON, default=list)
    commit_ror: Mapped[bool] = mapped_column(Boolean, default=False)
    earlier_wave: Mapped[bool] = mapped_column(Boolean, default=False)
    rib_holder: Mapped[str] = mapped_column(String(200), default="")
    rib_iban: Mapped[str] = mapped_column(String(40), default="")
    rib_bic: Mapped[str] = mapped_column(String(11), default="")
    presentation: Mapped[dict] = mapped_column(JSON, default=dict)
    # revision 0005: the GHT route (a DPI référencé Ségur, 000) and the dossier's own ARS window
    dui_ght_route: Mapped[bool] = mapped_column(Boolean, default=False)
    ars_window_start: Mapped[dt.date | None] = mapped_column(Date)
    ars_window_end: Mapped[dt.date | None] = mapped_column(Date)
    # revision 0010: the day the user entered the candidature in GALIS (None: still to enter)
    galis_entered_on: Mapped[dt.date | None] = mapped_column(Date)

    ogs: Mapped[list[Og]] = relationship(
        back_populates="dossier", cascade="all, delete-orphan", order_by="Og.position"
    )
    people: Mapped[list[Person]] = relationship(cascade="all, delete-orphan", order_by="Person.position")
    needs: Mapped[list[Need]] = relationship(cascade="all, delete-orphan", order_by="Need.position")
    budget_lines: Mapped[list[BudgetLine]] = relationship(
        cascade="all, delete-orphan", order_by="(BudgetLine.kind, BudgetLine.position)"
    )
    tasks: Mapped[list[PlanTask]] = relationship(cascade="all, delete-orphan", order_by="PlanTask.position")
    communication: Mapped[list[CommAction]] = relationship(
        cascade="all, delete-orphan", order_by="CommAction.position"
    )
    partners: Mapped[list[Partner]] = relationship(cascade="all, delete-orphan", order_by="Partner.position")
    documents: Mapped[list[Document]] = relationship(cascade="all, delete-orphan", order_by="Document.position")
    # read only (the loader joins it to the dossier's row: no statement of its own); written by storage.followup
    followup: Mapped[Followup | None] = relationship(viewonly=True, uselist=False)


class Presence(Base):
    """Who has a dossier open for editing (revision 0009): a soft lock kept alive by a heartbeat."""

    __tablename__ = "presence"

    dossier_id: Mapped[int] = mapped_column(ForeignKey("dossier.id", ondelete="CASCADE"), primary_key=True)
    client_id: Mapped[str] = mapped_column(String(36))
    user_name: Mapped[str] = mapped_column(String(200), default="", server_default="")
    since: Mapped[dt.datetime] = mapped_column(DateTime)
    heartbeat: Mapped[dt.datetime] = mapped_column(DateTime)


class Og(Base):
    """An organisme gestionnaire (legal entity, FINESS EJ) of the grappe."""

    __tablename__ = "og"

    id: Mapped[int] = mapped_column(primary_key=True)
    version: Mapped[int] = mapped_column(Integer, default=1, server_default="1")  # revision 0009
    dossier_id: Mapped[int] = mapped_column(ForeignKey("dossier.id", ondelete="CASCADE"), index=True)
    position: Mapped[int] = mapped_column(Integer, default=0)
    finess_ej: Mapped[str] = mapped_column(String(9), default="")
    name: Mapped[str] = mapped_column(String(200), default="")
    is_porteur: Mapped[bool] = mapped_column(Boolean, default=False)
    # revision 0002
    siret: Mapped[str] = mapped_column(String(14), default="")
    legal_status: Mapped[str | None] = mapped_column(String(30))
    address: Mapped[str] = mapped_column(Text, default="")
    contact_name: Mapped[str] = mapped_column(String(200), default="")
    contact_email: Mapped[str] = mapped_column(String(200), default="")
    contact_phone: Mapped[str] = mapped_column(String(40), default="")
    has_rsi: Mapped[bool] = mapped_column(Boolean, default=False)
    dpo_designated: Mapped[bool] = mapped_column(Boolean, default=False)
    rgpd_status: Mapped[str] = mapped_column(String(20), default="not_started")
    it_charter: Mapped[str] = mapped_column(String(20), default="not_started")
    national_entity: Mapped[str] = mapped_column(String(200), default="")
    national_agreement: Mapped[bool] = mapped_column(Boolean, default=False)
    funding_equipment: Mapped[bool] = mapped_column(Boolean, default=False)
    funding_amoa_purchasing: Mapped[bool] = mapped_column(Boolean, default=False)
    funding_amoa_piloting: Mapped[bool] = mapped_column(Boolean, default=False)
    # revision 0003: who signs the engagement letter and the convention
    legal_rep_name: Mapped[str] = mapped_column(String(200), default="")
    legal_rep_function: Mapped[str] = mapped_column(String(200), default="")
    # revision 0004: every ESSMS the OG runs (the small-OG rule), not only those it brings; None = unknown
    essms_total: Mapped[int | None] = mapped_column(Integer)
    # revision 0005: the DPO in three states (None: read dpo_designated); subject to the Code de la
    # commande publique (None: from its legal status)
    dpo_status: Mapped[str | None] = mapped_column(String(20))
    public_procurement: Mapped[bool | None] = mapped_column(Boolean)

    dossier: Mapped[Dossier] = relationship(back_populates="ogs")
    maturity: Mapped[Diagnostic | None] = relationship(cascade="all, delete-orphan", uselist=False)
    essms: Mapped[list[Essms]] = relationship(
        back_populates="og", cascade="all, delete-orphan", order_by="Essms.position"
    )


class Essms(Base):
    """A social or medico-social establishment or service (FINESS ET) run by an OG."""

    __tablename__ = "essms"

    id: Mapped[int] = mapped_column(primary_key=True)
    version: Mapped[int] = mapped_column(Integer, default=1, server_default="1")  # revision 0009
    og_id: Mapped[int] = mapped_column(ForeignKey("og.id", ondelete="CASCADE"), index=True)
    position: Mapped[int] = mapped_column(Integer, default=0)
    finess_et: Mapped[str] = mapped_column(String(9), default="")
    name: Mapped[str] = mapped_column(String(200), default="")
    category_code: Mapped[str | None] = mapped_column(String(4))
    sector: Mapped[str | None] = mapped_column(String(4))
    department: Mapped[str | None] = mapped_column(String(3))
    persons_accompanied: Mapped[int | None] = mapped_column(Integer)
    notes: Mapped[str] = mapped_column(Text, default="")
    # revision 0002
    category_label: Mapped[str | None] = mapped_column(String(200))
    sector_override: Mapped[bool] = mapped_column(Boolean, default=False)
    address: Mapped[str] = mapped_column(Text, default="")
    postcode: Mapped[str] = mapped_column(String(10), default="")
    town: Mapped[str] = mapped_column(String(100), default="")
    dui_kind: Mapped[str] = mapped_column(String(20), default="none")
    dui_software: Mapped[str] = mapped_column(String(200), default="")
    dui_version: Mapped[str] = mapped_column(String(60), default="")
    sons_ordered: Mapped[bool] = mapped_column(Boolean, default=False)
    sons_software: Mapped[str] = mapped_column(String(200), default="")
    already_funded: Mapped[bool] = mapped_column(Boolean, default=False)
    funded_software: Mapped[str] = mapped_column(String(200), default="")
    confort_services: Mapped[bool] = mapped_column(Boolean, default=False)
    isolated: Mapped[bool] = mapped_column(Boolean, default=False)
    referent_id: Mapped[int | None] = mapped_column(ForeignKey("person.id", ondelete="SET NULL"), index=True)
    # revision 0004: "acquisition" | "conformite"; None = the dossier's project type
    project_type: Mapped[str | None] = mapped_column(String(20))
    # revision 0010: the name as FINESS spells it (the reference); ``name`` is the user's spelling
    finess_name: Mapped[str] = mapped_column(String(200), default="", server_default="")

    og: Mapped[Og] = relationship(back_populates="essms")
    referent: Mapped[Person | None] = relationship()


class Person(Base):
    """Someone of the project's governance: COPIL, COPROJ, project lead, DUI referent."""

    __tablename__ = "person"

    id: Mapped[int] = mapped_column(primary_key=True)
    version: Mapped[int] = mapped_column(Integer, default=1, server_default="1")  # revision 0009
    dossier_id: Mapped[int] = mapped_column(ForeignKey("dossier.id", ondelete="CASCADE"), index=True)
    position: Mapped[int] = mapped_column(Integer, default=0)
    name: Mapped[str] = mapped_column(String(200), default="")
    function: Mapped[str] = mapped_column(String(200), default="")
    organisation: Mapped[str] = mapped_column(String(200), default="")
    email: Mapped[str] = mapped_column(String(200), default="")
    phone: Mapped[str] = mapped_column(String(40), default="")
    copil_role: Mapped[str] = mapped_column(String(20), default="")
    coproj_role: Mapped[str] = mapped_column(String(20), default="")
    project_lead: Mapped[bool] = mapped_column(Boolean, default=False)
    fte: Mapped[float | None] = mapped_column(Float)
    skills: Mapped[str] = mapped_column(Text, default="")


class Diagnostic(Base):
    """The SI maturity self-diagnostic of one OG: its answers (scores are computed, never stored)."""

    __tablename__ = "diagnostic"

    id: Mapped[int] = mapped_column(primary_key=True)
    og_id: Mapped[int] = mapped_column(ForeignKey("og.id", ondelete="CASCADE"), unique=True)
    variant: Mapped[str] = mapped_column(String(20))
    questionnaire_id: Mapped[str] = mapped_column(String(60))
    questionnaire_version: Mapped[str] = mapped_column(String(20))
    respondent: Mapped[str] = mapped_column(String(200), default="")
    answered_on: Mapped[dt.date | None] = mapped_column(Date)
    answers: Mapped[dict] = mapped_column(JSON, default=dict)


class Need(Base):
    """A need of the project: a training, a support action, or hardware (for one ESSMS or the grappe)."""

    __tablename__ = "need"

    id: Mapped[int] = mapped_column(primary_key=True)
    version: Mapped[int] = mapped_column(Integer, default=1, server_default="1")  # revision 0011
    dossier_id: Mapped[int] = mapped_column(ForeignKey("dossier.id", ondelete="CASCADE"), index=True)
    position: Mapped[int] = mapped_column(Integer, default=0)
    kind: Mapped[str] = mapped_column(String(20))
    label: Mapped[str] = mapped_column(String(300), default="")
    audience: Mapped[str] = mapped_column(String(200), default="")
    people: Mapped[int | None] = mapped_column(Integer)
    days: Mapped[float | None] = mapped_column(Float)
    quantity: Mapped[int | None] = mapped_column(Integer)
    unit_cost: Mapped[int] = mapped_column(Integer, default=0)
    essms_id: Mapped[int | None] = mapped_column(ForeignKey("essms.id", ondelete="SET NULL"), index=True)
    equipment_type: Mapped[str] = mapped_column(String(60), default="")
    from_action: Mapped[str | None] = mapped_column(String(60))

    essms: Mapped[Essms | None] = relationship()


class BudgetLine(Base):
    """An expense or a revenue line of the budget (the grant itself is computed, not stored)."""

    __tablename__ = "budget_line"

    id: Mapped[int] = mapped_column(primary_key=True)
    version: Mapped[int] = mapped_column(Integer, default=1, server_default="1")  # revision 0011
    dossier_id: Mapped[int] = mapped_column(ForeignKey("dossier.id", ondelete="CASCADE"), index=True)
    position: Mapped[int] = mapped_column(Integer, default=0)
    kind: Mapped[str] = mapped_column(String(10))  # "expense" | "revenue"
    category: Mapped[str] = mapped_column(String(30), default="")  # expense category or revenue kind
    label: Mapped[str] = mapped_column(String(300), default="")
    year: Mapped[int | None] = mapped_column(Integer)
    amount: Mapped[int] = mapped_column(Integer, default=0)
    funder: Mapped[str] = mapped_column(String(200), default="")
    quote_ref: Mapped[str] = mapped_column(String(200), default="")
    need_id: Mapped[int | None] = mapped_column(ForeignKey("need.id", ondelete="SET NULL"), index=True)

    need: Mapped[Need | None] = relationship()


class PlanTask(Base):
    """A task or milestone of the planning prévisionnel."""

    __tablename__ = "plan_task"

    id: Mapped[int] = mapped_column(primary_key=True)
    version: Mapped[int] = mapped_column(Integer, default=1, server_default="1")  # revision 0011
    dossier_id: Mapped[int] = mapped_column(ForeignKey("dossier.id", ondelete="CASCADE"), index=True)
    position: Mapped[int] = mapped_column(Integer, default=0)
    key: Mapped[str] = mapped_column(String(60))
    title: Mapped[str] = mapped_column(String(300), default="")
    phase: Mapped[str] = mapped_column(String(100), default="")
    start: Mapped[dt.date] = mapped_column(Date)
    end: Mapped[dt.date] = mapped_column(Date)
    milestone: Mapped[bool] = mapped_column(Boolean, default=False)
    depends_on: Mapped[list] = mapped_column(JSON, default=list)
    owner: Mapped[str] = mapped_column(String(200), default="")
    wave: Mapped[int | None] = mapped_column(Integer)
    wave_essms: Mapped[list] = mapped_column(JSON, default=list)
    role: Mapped[str] = mapped_column(String(30), default="")


class CommAction(Base):
    """An action of the communication plan."""

    __tablename__ = "comm_action"

    id: Mapped[int] = mapped_column(primary_key=True)
    version: Mapped[int] = mapped_column(Integer, default=1, server_default="1")  # revision 0011
    dossier_id: Mapped[int] = mapped_column(ForeignKey("dossier.id", ondelete="CASCADE"), index=True)
    position: Mapped[int] = mapped_column(Integer, default=0)
    audience: Mapped[str] = mapped_column(String(30), default="professionnels")
    message: Mapped[str] = mapped_column(Text, default="")
    channel: Mapped[str] = mapped_column(String(200), default="")
    date: Mapped[dt.date | None] = mapped_column(Date)
    owner: Mapped[str] = mapped_column(String(200), default="")


class Partner(Base):
    """A partner to identify and inform (liberal, health, institutional)."""

    __tablename__ = "partner"

    id: Mapped[int] = mapped_column(primary_key=True)
    version: Mapped[int] = mapped_column(Integer, default=1, server_default="1")  # revision 0011
    dossier_id: Mapped[int] = mapped_column(ForeignKey("dossier.id", ondelete="CASCADE"), index=True)
    position: Mapped[int] = mapped_column(Integer, default=0)
    name: Mapped[str] = mapped_column(String(200), default="")
    kind: Mapped[str] = mapped_column(String(30), default="autre")
    informed: Mapped[bool] = mapped_column(Boolean, default=False)


class Document(Base):
    """A file attached to the dossier (RIB, signed letter, agreement, quote), kept in the app's storage."""

    __tablename__ = "document"

    id: Mapped[int] = mapped_column(primary_key=True)
    dossier_id: Mapped[int] = mapped_column(ForeignKey("dossier.id", ondelete="CASCADE"), index=True)
    position: Mapped[int] = mapped_column(Integer, default=0)
    kind: Mapped[str] = mapped_column(String(30))
    og_id: Mapped[int | None] = mapped_column(ForeignKey("og.id", ondelete="SET NULL"), index=True)
    label: Mapped[str] = mapped_column(String(300), default="")
    file_name: Mapped[str] = mapped_column(String(300), default="")
    sha256: Mapped[str] = mapped_column(String(64), default="")
    size: Mapped[int] = mapped_column(Integer, default=0)
    added_at: Mapped[dt.datetime] = mapped_column(DateTime, default=utcnow)
    content: Mapped[bytes] = mapped_column(LargeBinary, deferred=True)

    og: Mapped[Og | None] = relationship()


class Followup(Base):
    """Revision 0008: the dossier after filing — state, ARS decision, money and real deployment dates.

    ``money`` and ``deployment`` are plain dicts whose shape :mod:`storage.followup` owns (see there).
    """

    __tablename__ = "followup"

    dossier_id: Mapped[int] = mapped_column(ForeignKey("dossier.id", ondelete="CASCADE"), primary_key=True)
    state: Mapped[str] = mapped_column(String(20), default="preparation")
    filed_on: Mapped[dt.date | None] = mapped_column(Date)
    decision_on: Mapped[dt.date | None] = mapped_column(Date)
    awarded_amount: Mapped[int | None] = mapped_column(Integer)
    convention_signed_on: Mapped[dt.date | None] = mapped_column(Date)
    refusal_reasons: Mapped[str] = mapped_column(Text, default="")
    candidature_reopened: Mapped[bool] = mapped_column(Boolean, default=False)
    money: Mapped[dict] = mapped_column(JSON, default=dict)
    deployment: Mapped[dict] = mapped_column(JSON, default=dict)


class UsageMeasure(Base):
    """Revision 0008: the counts of one ESSMS for the usage period ending with ``month`` (its first day)."""

    __tablename__ = "usage_measure"
    __table_args__ = (UniqueConstraint("essms_id", "month", name="uq_usage_measure_essms_month"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    dossier_id: Mapped[int] = mapped_column(ForeignKey("dossier.id", ondelete="CASCADE"), index=True)
    essms_id: Mapped[int] = mapped_column(ForeignKey("essms.id", ondelete="CASCADE"))
    month: Mapped[dt.date] = mapped_column(Date)
    counts: Mapped[dict] = mapped_column(JSON, default=dict)


from esms_desktop.storage import member_models as _member_models  # noqa: E402,F401 - revision 0007 tables
