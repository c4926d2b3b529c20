"""The parts of the typed dossier (rules.dossier): an OG and its ESSMS, people, needs, budget lines,
tasks, communication, partners and the documents' metadata. Frozen dataclasses, each with ``from_file``
and ``to_file`` for its object of the dossier file. Pure Python."""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from esms_desktop.rules.dossier_values import (
    Answers, day, flag, index, integer, iso, number, obj, opt_text, rows, stamp, text, timestamp, unanswered,
)
from esms_desktop.rules.grappe.small_og import all_corse_overseas, is_small_og, og_size, small_og_limit
from esms_desktop.rules.identity.finess import department_of, normalise
from esms_desktop.rules.identity.geography import territory

if TYPE_CHECKING:
    from esms_desktop.rules.campaign import Campaign

PROJECT_TYPES = ("acquisition", "conformite")


@dataclass(frozen=True)
class Maturity:
    """The SI maturity self-diagnostic of one OG: its answers (scores are computed by rules.maturity)."""

    variant: str
    questionnaire_id: str
    questionnaire_version: str
    respondent: str = ""
    answered_on: dt.date | None = None
    answers: Mapping[str, Any] = field(default_factory=dict)

    @classmethod
    def from_file(cls, m: Mapping[str, Any]) -> Maturity:
        return cls(text(m.get("variant")), text(m.get("questionnaire_id")), text(m.get("questionnaire_version")),
                   text(m.get("respondent")), day(m.get("answered_on")), dict(obj(m, "answers")))

    def to_file(self) -> dict[str, Any]:
        return {"variant": self.variant, "questionnaire_id": self.questionnaire_id,
                "questionnaire_version": self.questionnaire_version, "respondent": self.respondent,
                "answered_on": iso(self.answered_on), "answers": dict(self.answers)}


@dataclass(frozen=True)
class Essms(Answers):
    """One establishment or service (FINESS ET) of an OG. ``finess_et`` is normalised."""

    finess_et: str
    name: str = ""
    category_code: str | None = None
    category_label: str | None = None
    sector: str | None = None
    sector_override: bool = False
    department: str | None = None  # as recorded; see place_department
    address: str = ""
    postcode: str = ""
    town: str = ""
    persons_accompanied: int | None = None
    dui_kind: str = "none"
    dui_software: str = ""
    dui_version: str = ""
    sons_ordered: bool = False
    sons_software: str = ""
    already_funded: bool = False
    funded_software: str = ""
    confort_services: bool = False
    isolated: bool = False
    project_type: str | None = None  # revision 0004: None = the dossier's project type
    referent: int | None = None  # index into Dossier.people
    notes: str = ""
    finess_name: str = ""  # revision 0010: the name as FINESS spells it (the reference); "" when not looked up
    id: int | None = field(default=None, compare=False)  # the database row (storage.load_dossier), else None
    unanswered: frozenset[str] = field(default=frozenset(), compare=False)  # the file left them out: Answers.given

    @property
    def place_department(self) -> str:
        """The department recorded, else the one the FINESS ET number names ("" when neither)."""
        return self.department or department_of(self.finess_et) or ""

    @property
    def territory(self) -> str | None:
        """"metropole", "corse" or "outre_mer"; None when the department is unknown."""
        try:
            return territory(self.place_department) if self.place_department else None
        except KeyError:
            return None

    @classmethod
    def from_file(cls, e: Mapping[str, Any]) -> Essms:
        kind = e.get("dui_kind")
        project_type = e.get("project_type")
        return cls(
            finess_et=normalise(text(e.get("finess_et"))), name=text(e.get("name")),
            category_code=opt_text(e.get("category_code")), category_label=opt_text(e.get("category_label")),
            sector=opt_text(e.get("sector")), sector_override=flag(e.get("sector_override")),
            department=opt_text(e.get("department")), address=text(e.get("address")),
            postcode=text(e.get("postcode")), town=text(e.get("town")),
            persons_accompanied=integer(e.get("persons_accompanied")),
            dui_kind=kind if isinstance(kind, str) and kind else "none", dui_software=text(e.get("dui_software")),
            dui_version=text(e.get("dui_version")), sons_ordered=flag(e.get("sons_ordered")),
            sons_software=text(e.get("sons_software")), already_funded=flag(e.get("already_funded")),
            funded_software=text(e.get("funded_software")), confort_services=flag(e.get("confort_services")),
            isolated=flag(e.get("isolated")),
            project_type=project_type if project_type in PROJECT_TYPES else None,
            referent=index(e.get("referent")), notes=text(e.get("notes")), finess_name=text(e.get("finess_name")),
            unanswered=unanswered(e, codes=("dui_kind",)),
        )

    def to_file(self) -> dict[str, Any]:
        return {
            "finess_et": self.finess_et, "name": self.name, "category_code": self.category_code,
            "category_label": self.category_label, "sector": self.sector, "sector_override": self.sector_override,
            "department": self.department, "address": self.address, "postcode": self.postcode, "town": self.town,
            "persons_accompanied": self.persons_accompanied, "dui_kind": self.dui_kind,
            "dui_software": self.dui_software, "dui_version": self.dui_version, "sons_ordered": self.sons_ordered,
            "sons_software": self.sons_software, "already_funded": self.already_funded,
            "funded_software": self.funded_software, "confort_services": self.confort_services,
            "isolated": self.isolated, "project_type": self.project_type, "referent": self.referent,
            "notes": self.notes, **({"finess_name": self.finess_name} if self.finess_name else {}),
        }


@dataclass(frozen=True)
class OgFundingAsked:
    """The specific funding an OG asks for (small OGs only, 003 §5.3)."""

    equipment: bool = False
    amoa_purchasing: bool = False
    amoa_piloting: bool = False


@dataclass(frozen=True)
class Og(Answers):
    """An organisme gestionnaire (FINESS EJ, normalised) and the ESSMS it brings to the grappe."""

    finess_ej: str
    name: str = ""
    is_porteur: bool = False
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
    legal_rep_name: str = ""
    legal_rep_function: str = ""
    essms_total: int | None = None  # revision 0004: every ESSMS the OG runs, not only those it brings
    dpo_status: str | None = None  # revision 0005: done / in_progress / not_started; None: dpo_designated
    public_procurement: bool | None = None  # revision 0005: Code de la commande publique; None: by status
    funding: OgFundingAsked = OgFundingAsked()
    essms: tuple[Essms, ...] = ()
    maturity: Maturity | None = None
    id: int | None = field(default=None, compare=False)  # the database row (storage.load_dossier), else None
    unanswered: frozenset[str] = field(default=frozenset(), compare=False)  # the file left them out: Answers.given

    # --- the small-OG rule: its one home (003 §5.3, 000, 001) ---------------------------------------

    @property
    def size(self) -> int:
        """The number of ESSMS the OG runs: ``essms_total`` when given, else its ESSMS in the grappe."""
        return og_size(self.essms_total, len(self.essms))

    @property
    def size_to_confirm(self) -> bool:
        """True when the size is only the count in the grappe (``essms_total`` not given): « à confirmer »."""
        return self.essms_total is None

    @property
    def corse_overseas(self) -> bool:
        """True when every ESSMS it brings is in Corse or overseas (the lower 2024 ceiling applies, 001)."""
        return all_corse_overseas(e.territory for e in self.essms)

    def small_limit(self, campaign: Campaign) -> int:
        """The largest size of a small OG for this OG under ``campaign`` (Corse/overseas: its own)."""
        return small_og_limit(campaign, self.corse_overseas)

    def is_small(self, campaign: Campaign) -> bool:
        """A small OG of the grappe (rules.grappe.small_og): brings an ESSMS, runs at most ``small_limit``."""
        return is_small_og(campaign, self.size, len(self.essms), self.corse_overseas)

    @classmethod
    def from_file(cls, og: Mapping[str, Any]) -> Og:
        funding = obj(og, "funding")
        maturity = obj(og, "maturity")
        total = integer(og.get("essms_total"))
        return cls(
            finess_ej=normalise(text(og.get("finess_ej"))), name=text(og.get("name")),
            is_porteur=flag(og.get("is_porteur")), siret=text(og.get("siret")),
            legal_status=opt_text(og.get("legal_status")), address=text(og.get("address")),
            contact_name=text(og.get("contact_name")), contact_email=text(og.get("contact_email")),
            contact_phone=text(og.get("contact_phone")), has_rsi=flag(og.get("has_rsi")),
            dpo_designated=flag(og.get("dpo_designated")),
            rgpd_status=text(og.get("rgpd_status"), "not_started") or "not_started",
            it_charter=text(og.get("it_charter"), "not_started") or "not_started",
            national_entity=text(og.get("national_entity")), national_agreement=flag(og.get("national_agreement")),
            legal_rep_name=text(og.get("legal_rep_name")), legal_rep_function=text(og.get("legal_rep_function")),
            essms_total=total if total is not None and total >= 0 else None,
            dpo_status=opt_text(og.get("dpo_status")),
            public_procurement=og.get("public_procurement") if isinstance(og.get("public_procurement"), bool) else None,
            funding=OgFundingAsked(flag(funding.get("equipment")), flag(funding.get("amoa_purchasing")),
                                   flag(funding.get("amoa_piloting"))),
            essms=tuple(Essms.from_file(e) for e in rows(og, "essms")),
            maturity=Maturity.from_file(maturity) if maturity else None,
            unanswered=unanswered(og, flags=("has_rsi", "dpo_designated"), codes=("rgpd_status", "it_charter")),
        )

    def to_file(self) -> dict[str, Any]:
        return {
            "finess_ej": self.finess_ej, "name": self.name, "is_porteur": self.is_porteur, "siret": self.siret,
            "legal_status": self.legal_status, "address": self.address, "contact_name": self.contact_name,
            "contact_email": self.contact_email, "contact_phone": self.contact_phone, "has_rsi": self.has_rsi,
            "dpo_designated": self.dpo_designated, "rgpd_status": self.rgpd_status,
            "it_charter": self.it_charter, "national_entity": self.national_entity,
            "national_agreement": self.national_agreement, "legal_rep_name": self.legal_rep_name,
            "legal_rep_function": self.legal_rep_function, "essms_total": self.essms_total,
            "dpo_status": self.dpo_status, "public_procurement": self.public_procurement,
            "funding": {"equipment": self.funding.equipment, "amoa_purchasing": self.funding.amoa_purchasing,
                        "amoa_piloting": self.funding.amoa_piloting},
            "essms": [e.to_file() for e in self.essms],
            "maturity": self.maturity.to_file() if self.maturity is not None else None,
        }


@dataclass(frozen=True)
class Person:
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
    id: int | None = field(default=None, compare=False)  # the database row (storage.load_dossier), else None

    @classmethod
    def from_file(cls, p: Mapping[str, Any]) -> Person:
        return cls(text(p.get("name")), text(p.get("function")), text(p.get("organisation")), text(p.get("email")),
                   text(p.get("phone")), text(p.get("copil_role")), text(p.get("coproj_role")),
                   flag(p.get("project_lead")), number(p.get("fte")), text(p.get("skills")))

    def to_file(self) -> dict[str, Any]:
        return {"name": self.name, "function": self.function, "organisation": self.organisation,
                "email": self.email, "phone": self.phone, "copil_role": self.copil_role,
                "coproj_role": self.coproj_role, "project_lead": self.project_lead, "fte": self.fte,
                "skills": self.skills}


@dataclass(frozen=True)
class Need:
    kind: str
    label: str = ""
    audience: str = ""
    people: int | None = None
    days: float | None = None
    quantity: int | None = None
    unit_cost: int = 0
    equipment_type: str = ""
    from_action: str | None = None
    essms: tuple[int, int] | None = None  # (OG index, ESSMS index)
    id: int | None = field(default=None, compare=False)  # the database row (storage.load_dossier), else None

    @classmethod
    def from_file(cls, n: Mapping[str, Any]) -> Need:
        ref = n.get("essms")
        where = (int(ref[0]), int(ref[1])) if isinstance(ref, (list, tuple)) and len(ref) == 2 else None
        return cls(text(n.get("kind")), text(n.get("label")), text(n.get("audience")), integer(n.get("people")),
                   number(n.get("days")), integer(n.get("quantity")), integer(n.get("unit_cost")) or 0,
                   text(n.get("equipment_type")), opt_text(n.get("from_action")), where)

    def to_file(self) -> dict[str, Any]:
        return {"kind": self.kind, "label": self.label, "audience": self.audience, "people": self.people,
                "days": self.days, "quantity": self.quantity, "unit_cost": self.unit_cost,
                "equipment_type": self.equipment_type, "from_action": self.from_action,
                "essms": list(self.essms) if self.essms is not None else None}


@dataclass(frozen=True)
class ExpenseLine:
    category: str
    label: str = ""
    year: int | None = None
    amount: int = 0
    need: int | None = None  # index into Dossier.needs
    id: int | None = field(default=None, compare=False)  # the database row (storage.load_dossier), else None
    version: int | None = field(default=None, compare=False)  # the row's edit version (storage.load_dossier)

    @classmethod
    def from_file(cls, e: Mapping[str, Any]) -> ExpenseLine:
        return cls(text(e.get("category")), text(e.get("label")), integer(e.get("year")), integer(e.get("amount")) or 0,
                   index(e.get("need")))

    def to_file(self) -> dict[str, Any]:
        return {"category": self.category, "label": self.label, "year": self.year, "amount": self.amount,
                "need": self.need}


@dataclass(frozen=True)
class RevenueLine:
    kind: str  # "own_funds" | "other_funder"
    funder: str = ""
    label: str = ""
    year: int | None = None
    amount: int = 0
    quote_ref: str = ""
    id: int | None = field(default=None, compare=False)  # the database row (storage.load_dossier), else None
    version: int | None = field(default=None, compare=False)  # the row's edit version (storage.load_dossier)

    @classmethod
    def from_file(cls, r: Mapping[str, Any]) -> RevenueLine:
        return cls(text(r.get("kind")), text(r.get("funder")), text(r.get("label")), integer(r.get("year")),
                   integer(r.get("amount")) or 0, text(r.get("quote_ref")))

    def to_file(self) -> dict[str, Any]:
        return {"kind": self.kind, "funder": self.funder, "label": self.label, "year": self.year,
                "amount": self.amount, "quote_ref": self.quote_ref}


@dataclass(frozen=True)
class Task:
    key: str
    title: str = ""
    phase: str = ""
    start: dt.date | None = None
    end: dt.date | None = None
    milestone: bool = False
    depends_on: tuple[str, ...] = ()
    owner: str = ""
    wave: int | None = None
    wave_essms: tuple[str, ...] = ()
    role: str = ""
    id: int | None = field(default=None, compare=False)  # the database row (storage.load_dossier), else None

    @classmethod
    def from_file(cls, t: Mapping[str, Any]) -> Task:
        deps = t.get("depends_on")
        wave_essms = t.get("wave_essms")
        return cls(
            text(t.get("key")), text(t.get("title")), text(t.get("phase")), day(t.get("start")),
            day(t.get("end")), flag(t.get("milestone")),
            tuple(str(d) for d in deps) if isinstance(deps, (list, tuple)) else (), text(t.get("owner")),
            integer(t.get("wave")),
            tuple(normalise(str(f)) for f in wave_essms) if isinstance(wave_essms, (list, tuple)) else (),
            text(t.get("role")),
        )

    def to_file(self) -> dict[str, Any]:
        return {"key": self.key, "title": self.title, "phase": self.phase, "start": iso(self.start),
                "end": iso(self.end), "milestone": self.milestone, "depends_on": list(self.depends_on),
                "owner": self.owner, "wave": self.wave, "wave_essms": list(self.wave_essms), "role": self.role}


@dataclass(frozen=True)
class CommAction(Answers):
    audience: str = "professionnels"
    message: str = ""
    channel: str = ""
    date: dt.date | None = None
    owner: str = ""
    id: int | None = field(default=None, compare=False)  # the database row (storage.load_dossier), else None
    unanswered: frozenset[str] = field(default=frozenset(), compare=False)  # the file left them out: Answers.given

    @classmethod
    def from_file(cls, c: Mapping[str, Any]) -> CommAction:
        return cls(text(c.get("audience"), "professionnels") or "professionnels", text(c.get("message")),
                   text(c.get("channel")), day(c.get("date")), text(c.get("owner")),
                   unanswered=unanswered(c, codes=("audience",)))

    def to_file(self) -> dict[str, Any]:
        return {"audience": self.audience, "message": self.message, "channel": self.channel,
                "date": iso(self.date), "owner": self.owner}


@dataclass(frozen=True)
class Partner(Answers):
    name: str
    kind: str = "autre"
    informed: bool = False
    id: int | None = field(default=None, compare=False)  # the database row (storage.load_dossier), else None
    unanswered: frozenset[str] = field(default=frozenset(), compare=False)  # the file left them out: Answers.given

    @classmethod
    def from_file(cls, p: Mapping[str, Any]) -> Partner:
        return cls(text(p.get("name")), text(p.get("kind"), "autre") or "autre", flag(p.get("informed")),
                   unanswered=unanswered(p, codes=("kind",)))

    def to_file(self) -> dict[str, Any]:
        return {"name": self.name, "kind": self.kind, "informed": self.informed}


@dataclass(frozen=True)
class DocumentInfo:
    """An attached document's metadata: never its bytes (``storage.documents`` reads those on demand)."""

    kind: str
    label: str = ""
    file_name: str = ""
    sha256: str = ""
    size: int = 0
    og: int | None = None  # index into Dossier.ogs
    added_at: dt.datetime | None = None
    id: int | None = field(default=None, compare=False)  # the database row (storage.load_dossier), else None

    @classmethod
    def from_file(cls, d: Mapping[str, Any]) -> DocumentInfo:
        return cls(text(d.get("kind")), text(d.get("label")), text(d.get("file_name")), text(d.get("sha256")),
                   integer(d.get("size")) or 0, index(d.get("og")), timestamp(d.get("added_at")))

    def to_file(self, content: str | None = None) -> dict[str, Any]:
        out: dict[str, Any] = {"kind": self.kind, "label": self.label, "file_name": self.file_name,
                               "sha256": self.sha256, "size": self.size, "og": self.og,
                               "added_at": stamp(self.added_at)}
        if content is not None:
            out["content"] = content
        return out


@dataclass(frozen=True)
class Dui(Answers):
    software: str = ""
    editor: str = ""
    segur_referenced: bool = False
    services_socles: tuple[str, ...] = ()
    referentials: tuple[str, ...] = ()
    ght_route: bool = False  # revision 0005: the GHT route (a DPI référencé Ségur, 000)
    unanswered: frozenset[str] = field(default=frozenset(), compare=False)  # the file left them out: Answers.given


@dataclass(frozen=True)
class Rib:
    holder: str = ""
    iban: str = ""
    bic: str = ""
