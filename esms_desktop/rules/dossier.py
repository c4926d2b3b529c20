"""The dossier as one typed value: frozen dataclasses, built once from the file dict or the database.

Pure Python, no Qt, no database. The dossier file dict (``resources/schemas/dossier.schema.json``) is
read in exactly one place, :meth:`Dossier.from_file`, which does every coercion once (FINESS numbers
normalised, dates parsed, absent optional fields given the database's defaults); :meth:`Dossier.to_file`
writes it back in the same shape. ``storage.load_dossier(db, id)`` builds the same value from the
database without reading the attached documents' bytes.

    dossier = Dossier.from_file(data)        # the whole file dict or its "dossier" object
    campaign = dossier.campaign()            # the campaign rules of its year (cached)
    small = [og for og in dossier.ogs if og.is_small(campaign)]

Cross-references stay indexes, as in the file: ``Essms.referent`` (into ``people``), ``Need.essms``
(``(og, essms)``), ``ExpenseLine.need`` (into ``needs``), ``DocumentInfo.og`` (into ``ogs``).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from esms_desktop.rules.grappe.small_og import all_corse_overseas, is_small_og, og_size, small_og_limit
from esms_desktop.rules.identity.finess import department_of, normalise
from esms_desktop.rules.identity.geography import territory
from esms_desktop.rules.presentation import PRESENTATION_KEYS

if TYPE_CHECKING:
    from esms_desktop.rules.campaign import Campaign

TIMESTAMP_FORMAT = "%Y-%m-%dT%H:%M:%S"
PROJECT_TYPES = ("acquisition", "conformite")


# --- coercions, here and nowhere else ----------------------------------------------------------------


def _obj(node: Any, key: str) -> Mapping[str, Any]:
    value = node.get(key) if isinstance(node, Mapping) else None
    return value if isinstance(value, Mapping) else {}


def _list(node: Any, key: str) -> list[Mapping[str, Any]]:
    value = node.get(key) if isinstance(node, Mapping) else None
    return [row for row in value if isinstance(row, Mapping)] if isinstance(value, (list, tuple)) else []


def _str(value: Any, default: str = "") -> str:
    return value if isinstance(value, str) else default


def _opt_str(value: Any) -> str | None:
    return value if isinstance(value, str) else None


def _bool(value: Any) -> bool:
    return value is True


def _int(value: Any) -> int | None:
    return value if isinstance(value, int) and not isinstance(value, bool) else None


def _num(value: Any) -> float | None:
    return value if isinstance(value, (int, float)) and not isinstance(value, bool) else None


def _date(value: Any) -> dt.date | None:
    if isinstance(value, dt.datetime):
        return value.date()
    if isinstance(value, dt.date):
        return value
    try:
        return dt.date.fromisoformat(str(value)[:10]) if value else None
    except ValueError:
        return None


def _timestamp(value: Any) -> dt.datetime | None:
    if isinstance(value, dt.datetime):
        return value.replace(microsecond=0)
    try:
        return dt.datetime.strptime(value, TIMESTAMP_FORMAT) if isinstance(value, str) and value else None
    except ValueError:
        return None


def _iso(value: dt.date | None) -> str | None:
    return value.isoformat() if value is not None else None


def _ts(value: dt.datetime | None) -> str | None:
    return value.strftime(TIMESTAMP_FORMAT) if value is not None else None


def _index(value: Any) -> int | None:
    number = _int(value)
    return number if number is not None and number >= 0 else None


# --- the parts ----------------------------------------------------------------------------------------


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
        return cls(_str(m.get("variant")), _str(m.get("questionnaire_id")), _str(m.get("questionnaire_version")),
                   _str(m.get("respondent")), _date(m.get("answered_on")), dict(_obj(m, "answers")))

    def to_file(self) -> dict[str, Any]:
        return {"variant": self.variant, "questionnaire_id": self.questionnaire_id,
                "questionnaire_version": self.questionnaire_version, "respondent": self.respondent,
                "answered_on": _iso(self.answered_on), "answers": dict(self.answers)}


@dataclass(frozen=True)
class Essms:
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
    id: int | None = field(default=None, compare=False)  # the database row (storage.load_dossier), else None

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
            finess_et=normalise(_str(e.get("finess_et"))), name=_str(e.get("name")),
            category_code=_opt_str(e.get("category_code")), category_label=_opt_str(e.get("category_label")),
            sector=_opt_str(e.get("sector")), sector_override=_bool(e.get("sector_override")),
            department=_opt_str(e.get("department")), address=_str(e.get("address")),
            postcode=_str(e.get("postcode")), town=_str(e.get("town")),
            persons_accompanied=_int(e.get("persons_accompanied")),
            dui_kind=kind if isinstance(kind, str) and kind else "none", dui_software=_str(e.get("dui_software")),
            dui_version=_str(e.get("dui_version")), sons_ordered=_bool(e.get("sons_ordered")),
            sons_software=_str(e.get("sons_software")), already_funded=_bool(e.get("already_funded")),
            funded_software=_str(e.get("funded_software")), confort_services=_bool(e.get("confort_services")),
            isolated=_bool(e.get("isolated")),
            project_type=project_type if project_type in PROJECT_TYPES else None,
            referent=_index(e.get("referent")), notes=_str(e.get("notes")),
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
            "notes": self.notes,
        }


@dataclass(frozen=True)
class OgFundingAsked:
    """The specific funding an OG asks for (small OGs only, 003 §5.3)."""

    equipment: bool = False
    amoa_purchasing: bool = False
    amoa_piloting: bool = False


@dataclass(frozen=True)
class Og:
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
    funding: OgFundingAsked = OgFundingAsked()
    essms: tuple[Essms, ...] = ()
    maturity: Maturity | None = None
    id: int | None = field(default=None, compare=False)  # the database row (storage.load_dossier), else None

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
        funding = _obj(og, "funding")
        maturity = _obj(og, "maturity")
        total = _int(og.get("essms_total"))
        return cls(
            finess_ej=normalise(_str(og.get("finess_ej"))), name=_str(og.get("name")),
            is_porteur=_bool(og.get("is_porteur")), siret=_str(og.get("siret")),
            legal_status=_opt_str(og.get("legal_status")), address=_str(og.get("address")),
            contact_name=_str(og.get("contact_name")), contact_email=_str(og.get("contact_email")),
            contact_phone=_str(og.get("contact_phone")), has_rsi=_bool(og.get("has_rsi")),
            dpo_designated=_bool(og.get("dpo_designated")),
            rgpd_status=_str(og.get("rgpd_status"), "not_started") or "not_started",
            it_charter=_str(og.get("it_charter"), "not_started") or "not_started",
            national_entity=_str(og.get("national_entity")), national_agreement=_bool(og.get("national_agreement")),
            legal_rep_name=_str(og.get("legal_rep_name")), legal_rep_function=_str(og.get("legal_rep_function")),
            essms_total=total if total is not None and total >= 0 else None,
            funding=OgFundingAsked(_bool(funding.get("equipment")), _bool(funding.get("amoa_purchasing")),
                                   _bool(funding.get("amoa_piloting"))),
            essms=tuple(Essms.from_file(e) for e in _list(og, "essms")),
            maturity=Maturity.from_file(maturity) if maturity else None,
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

    @classmethod
    def from_file(cls, p: Mapping[str, Any]) -> Person:
        return cls(_str(p.get("name")), _str(p.get("function")), _str(p.get("organisation")), _str(p.get("email")),
                   _str(p.get("phone")), _str(p.get("copil_role")), _str(p.get("coproj_role")),
                   _bool(p.get("project_lead")), _num(p.get("fte")), _str(p.get("skills")))

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
        return cls(_str(n.get("kind")), _str(n.get("label")), _str(n.get("audience")), _int(n.get("people")),
                   _num(n.get("days")), _int(n.get("quantity")), _int(n.get("unit_cost")) or 0,
                   _str(n.get("equipment_type")), _opt_str(n.get("from_action")), where)

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

    @classmethod
    def from_file(cls, e: Mapping[str, Any]) -> ExpenseLine:
        return cls(_str(e.get("category")), _str(e.get("label")), _int(e.get("year")), _int(e.get("amount")) or 0,
                   _index(e.get("need")))

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

    @classmethod
    def from_file(cls, r: Mapping[str, Any]) -> RevenueLine:
        return cls(_str(r.get("kind")), _str(r.get("funder")), _str(r.get("label")), _int(r.get("year")),
                   _int(r.get("amount")) or 0, _str(r.get("quote_ref")))

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

    @classmethod
    def from_file(cls, t: Mapping[str, Any]) -> Task:
        deps = t.get("depends_on")
        wave_essms = t.get("wave_essms")
        return cls(
            _str(t.get("key")), _str(t.get("title")), _str(t.get("phase")), _date(t.get("start")),
            _date(t.get("end")), _bool(t.get("milestone")),
            tuple(str(d) for d in deps) if isinstance(deps, (list, tuple)) else (), _str(t.get("owner")),
            _int(t.get("wave")),
            tuple(normalise(str(f)) for f in wave_essms) if isinstance(wave_essms, (list, tuple)) else (),
            _str(t.get("role")),
        )

    def to_file(self) -> dict[str, Any]:
        return {"key": self.key, "title": self.title, "phase": self.phase, "start": _iso(self.start),
                "end": _iso(self.end), "milestone": self.milestone, "depends_on": list(self.depends_on),
                "owner": self.owner, "wave": self.wave, "wave_essms": list(self.wave_essms), "role": self.role}


@dataclass(frozen=True)
class CommAction:
    audience: str = "professionnels"
    message: str = ""
    channel: str = ""
    date: dt.date | None = None
    owner: str = ""

    @classmethod
    def from_file(cls, c: Mapping[str, Any]) -> CommAction:
        return cls(_str(c.get("audience"), "professionnels") or "professionnels", _str(c.get("message")),
                   _str(c.get("channel")), _date(c.get("date")), _str(c.get("owner")))

    def to_file(self) -> dict[str, Any]:
        return {"audience": self.audience, "message": self.message, "channel": self.channel,
                "date": _iso(self.date), "owner": self.owner}


@dataclass(frozen=True)
class Partner:
    name: str
    kind: str = "autre"
    informed: bool = False

    @classmethod
    def from_file(cls, p: Mapping[str, Any]) -> Partner:
        return cls(_str(p.get("name")), _str(p.get("kind"), "autre") or "autre", _bool(p.get("informed")))

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

    @classmethod
    def from_file(cls, d: Mapping[str, Any]) -> DocumentInfo:
        return cls(_str(d.get("kind")), _str(d.get("label")), _str(d.get("file_name")), _str(d.get("sha256")),
                   _int(d.get("size")) or 0, _index(d.get("og")), _timestamp(d.get("added_at")))

    def to_file(self, content: str | None = None) -> dict[str, Any]:
        out: dict[str, Any] = {"kind": self.kind, "label": self.label, "file_name": self.file_name,
                               "sha256": self.sha256, "size": self.size, "og": self.og,
                               "added_at": _ts(self.added_at)}
        if content is not None:
            out["content"] = content
        return out


@dataclass(frozen=True)
class Dui:
    software: str = ""
    editor: str = ""
    segur_referenced: bool = False
    services_socles: tuple[str, ...] = ()
    referentials: tuple[str, ...] = ()


@dataclass(frozen=True)
class Rib:
    holder: str = ""
    iban: str = ""
    bic: str = ""


# --- the dossier ----------------------------------------------------------------------------------------


def _strings(value: Any) -> tuple[str, ...]:
    return tuple(str(v) for v in value) if isinstance(value, (list, tuple)) else ()


@dataclass(frozen=True)
class Dossier:
    uid: str
    name: str
    campaign_year: int
    project_type: str = "acquisition"
    hosting: str = "saas"
    region: str | None = None
    created_at: dt.datetime | None = None
    modified_at: dt.datetime | None = None
    filing_date: dt.date | None = None
    national_reach: bool = False
    dui: Dui = Dui()
    commit_ror: bool = False
    earlier_wave: bool = False
    rib: Rib = Rib()
    presentation: Mapping[str, str] = field(default_factory=dict)
    ogs: tuple[Og, ...] = ()
    people: tuple[Person, ...] = ()
    needs: tuple[Need, ...] = ()
    expenses: tuple[ExpenseLine, ...] = ()
    revenues: tuple[RevenueLine, ...] = ()
    tasks: tuple[Task, ...] = ()
    communication: tuple[CommAction, ...] = ()
    partners: tuple[Partner, ...] = ()
    documents: tuple[DocumentInfo, ...] = ()
    version: str = field(default="", compare=False)  # the stored modified_at to the microsecond (loader), else ""

    @property
    def all_essms(self) -> tuple[Essms, ...]:
        """Every ESSMS of the grappe, OG after OG."""
        return tuple(e for og in self.ogs for e in og.essms)

    @property
    def porteur(self) -> Og | None:
        return next((og for og in self.ogs if og.is_porteur), None)

    def project_type_of(self, essms: Essms) -> str:
        """The ESSMS's own project type (revision 0004), else the dossier's."""
        return essms.project_type or self.project_type

    def campaign(self) -> Campaign:
        """The campaign rules of the dossier's year, loaded once per process (UnknownCampaignError else)."""
        from esms_desktop.rules.campaign import campaign_of

        return campaign_of({"campaign_year": self.campaign_year})

    @classmethod
    def from_file(cls, data: Mapping[str, Any]) -> Dossier:
        """The dossier of a file dict (validated or not: wrong or absent values take their defaults)."""
        inner = data.get("dossier")
        d: Mapping[str, Any] = inner if isinstance(inner, Mapping) else data
        dui, rib, commitments = _obj(d, "dui"), _obj(d, "rib"), _obj(d, "commitments")
        presentation = _obj(d, "presentation")
        budget = _obj(d, "budget")
        project_type = d.get("project_type")
        hosting = d.get("hosting")
        return cls(
            uid=_str(d.get("uid")), name=_str(d.get("name")).strip(), campaign_year=_int(d.get("campaign_year")) or 0,
            project_type=project_type if isinstance(project_type, str) and project_type else "acquisition",
            hosting=hosting if isinstance(hosting, str) and hosting else "saas",
            region=_opt_str(d.get("region")),
            created_at=_timestamp(d.get("created_at")), modified_at=_timestamp(d.get("modified_at")),
            filing_date=_date(d.get("filing_date")), national_reach=_bool(d.get("national_reach")),
            dui=Dui(_str(dui.get("software")), _str(dui.get("editor")), _bool(dui.get("segur_referenced")),
                    _strings(dui.get("services_socles")), _strings(dui.get("referentials"))),
            commit_ror=_bool(commitments.get("ror")), earlier_wave=_bool(commitments.get("earlier_wave")),
            rib=Rib(_str(rib.get("holder")), _str(rib.get("iban")), _str(rib.get("bic"))),
            presentation={key: _str(presentation.get(key)) for key in PRESENTATION_KEYS},
            ogs=tuple(Og.from_file(og) for og in _list(d, "ogs")),
            people=tuple(Person.from_file(p) for p in _list(d, "people")),
            needs=tuple(Need.from_file(n) for n in _list(d, "needs")),
            expenses=tuple(ExpenseLine.from_file(e) for e in _list(budget, "expenses")),
            revenues=tuple(RevenueLine.from_file(r) for r in _list(budget, "revenues")),
            tasks=tuple(Task.from_file(t) for t in _list(d, "planning")),
            communication=tuple(CommAction.from_file(c) for c in _list(d, "communication")),
            partners=tuple(Partner.from_file(p) for p in _list(d, "partners")),
            documents=tuple(DocumentInfo.from_file(doc) for doc in _list(d, "documents")),
        )

    def to_file(self, contents: Mapping[int, str] | None = None) -> dict[str, Any]:
        """The ``"dossier"`` object of the file format. ``contents`` (document index → base64 text) is
        given by the export; without it the documents carry their metadata only."""
        contents = contents or {}
        return {
            "uid": self.uid, "name": self.name, "campaign_year": self.campaign_year, "region": self.region,
            "project_type": self.project_type, "hosting": self.hosting, "created_at": _ts(self.created_at),
            "modified_at": _ts(self.modified_at), "filing_date": _iso(self.filing_date),
            "national_reach": self.national_reach,
            "dui": {"software": self.dui.software, "editor": self.dui.editor,
                    "segur_referenced": self.dui.segur_referenced,
                    "services_socles": list(self.dui.services_socles), "referentials": list(self.dui.referentials)},
            "commitments": {"ror": self.commit_ror, "earlier_wave": self.earlier_wave},
            "rib": {"holder": self.rib.holder, "iban": self.rib.iban, "bic": self.rib.bic},
            "presentation": {key: self.presentation.get(key, "") for key in PRESENTATION_KEYS},
            "ogs": [og.to_file() for og in self.ogs],
            "people": [p.to_file() for p in self.people],
            "needs": [n.to_file() for n in self.needs],
            "budget": {"expenses": [e.to_file() for e in self.expenses],
                       "revenues": [r.to_file() for r in self.revenues]},
            "planning": [t.to_file() for t in self.tasks],
            "communication": [c.to_file() for c in self.communication],
            "partners": [p.to_file() for p in self.partners],
            "documents": [doc.to_file(contents.get(i)) for i, doc in enumerate(self.documents)],
        }


def as_dossier(data: Dossier | Mapping[str, Any]) -> Dossier:
    """``data`` itself when it is a :class:`Dossier`, else the dossier of that file dict."""
    return data if isinstance(data, Dossier) else Dossier.from_file(data)
