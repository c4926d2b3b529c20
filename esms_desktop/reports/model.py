"""The pack snapshot: frozen dataclasses holding everything the PDF prints, computed beforehand.

Built by :func:`esms_desktop.reports.snapshot.build_pack_snapshot` from the typed dossier; the
renderer (:mod:`esms_desktop.reports.pack`) only lays it out. Amounts are whole euros (``int``),
scores 0-100 (``float``), dates :class:`datetime.date`; texts are French, ready to print.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field


@dataclass(frozen=True)
class FindingRow:
    """A rule's finding in French: its severity, what it says and how to fix it."""

    key: str
    severity: str  # "blocking" | "warning" | "info"
    severity_label: str
    text: str
    fix: str
    source: str


@dataclass(frozen=True)
class EssmsRow:
    finess_et: str
    name: str
    og_finess_ej: str
    og_name: str
    category: str  # "382 — Foyer de vie pour adultes handicapés", "" when unknown
    sector: str | None
    sector_label: str
    department: str  # "89 — Yonne"
    town: str
    persons_accompanied: int | None
    current_dui: str  # French description of the DUI the ESSMS uses today
    referent: str  # name of its DUI referent, "" when none
    isolated: bool


@dataclass(frozen=True)
class OgRow:
    index: int
    finess_ej: str
    name: str
    is_porteur: bool
    siret: str
    legal_status: str
    address: str
    contact_name: str
    contact_email: str
    contact_phone: str
    essms: tuple[EssmsRow, ...]
    persons_accompanied: int
    small_og: bool
    has_rsi: bool | None
    dpo_designated: bool | None
    rgpd_status: str
    it_charter: str
    national_entity: str
    national_agreement: bool
    funding_requested: tuple[str, ...]  # French labels of the specific small-OG funding asked for
    legal_rep_name: str = ""  # who signs the letter and the convention, "" when not given
    legal_rep_function: str = ""
    legal_status_code: str = ""  # "public" | "prive_non_lucratif" | "prive_commercial" | ""


@dataclass(frozen=True)
class PersonRow:
    name: str
    function: str
    organisation: str
    email: str
    phone: str
    copil_role: str  # French label, "" when not in the COPIL
    coproj_role: str
    project_lead: bool
    fte: float | None
    skills: str


@dataclass(frozen=True)
class ReferentRow:
    essms_name: str
    finess_et: str
    person: str
    function: str


@dataclass(frozen=True)
class GrappeFacts:
    og_count: int
    essms_count: int
    persons_accompanied: int
    sector_counts: tuple[tuple[str, int], ...]  # (French label, count), most first
    majority_sector: str  # French label, "" when none
    filing_level: str  # "regional" | "multi_regional" | "national"
    filing_label: str
    filing_region: str  # region name of the ARS to file with, "" for the national call
    window: str  # « 15/01/2024 – 15/09/2024 »
    region_counts: tuple[tuple[str, int], ...]
    findings: tuple[FindingRow, ...]


@dataclass(frozen=True)
class DuiFacts:
    known: bool  # the dossier says something about the DUI
    software: str
    editor: str
    segur_referenced: bool | None
    project_type: str
    project_type_label: str
    hosting_label: str
    services_socles: tuple[tuple[str, bool], ...]  # every service socle with whether the DUI offers it
    criterion_socles: int  # how many of the services socles counted by criterion 5 it offers
    referentials: tuple[tuple[str, bool], ...]
    current_duis: tuple[tuple[str, int], ...]  # (kind label, ESSMS count) today
    counted_socles: tuple[str, ...] = ()  # labels of the services socles criterion 5 counts (campaign)
    min_socles: int = 0  # how many of them the campaign asks for


@dataclass(frozen=True)
class NeedRow:
    kind: str
    kind_label: str
    label: str
    audience: str
    people: int | None
    days: float | None
    quantity: int | None
    unit_cost: int
    cost: int
    essms: str  # the ESSMS concerned, "" for the whole grappe


@dataclass(frozen=True)
class Needs:
    rows: tuple[NeedRow, ...]
    totals: tuple[tuple[str, int], ...]  # (kind label, total) for each kind present
    total: int


@dataclass(frozen=True)
class ExpenseRow:
    category_label: str
    label: str
    year: int | None
    amount: int


@dataclass(frozen=True)
class RevenueRow:
    kind_label: str
    funder: str
    label: str
    year: int | None
    amount: int
    quote_ref: str


@dataclass(frozen=True)
class GrantRow:
    key: str
    label: str
    quantity: int
    unit_amount: int
    amount: int  # computed by the grant rules (a maximum when ``ceiling``)
    retained: int  # what the budget retains of it (≤ amount: a ceiling follows the eligible expenses)
    ceiling: bool
    source: str


@dataclass(frozen=True)
class Budget:
    expenses: tuple[ExpenseRow, ...]
    revenues: tuple[RevenueRow, ...]
    expenses_by_category: tuple[tuple[str, int], ...]
    total_expenses: int
    own_funds: int
    other_funding: int
    grant_lines: tuple[GrantRow, ...]
    grant_total: int  # computed, ceilings at their maximum
    grant_retained: int  # retained in the budget: the grant asked for
    avance: int
    avance_percent: int
    avance_when: str
    solde: int
    solde_percent: int
    solde_condition: str
    refusals: tuple[str, ...]
    notes: tuple[str, ...]
    findings: tuple[FindingRow, ...] = ()
    grant_error: str = ""  # why the grant could not be computed, "" when it was

    @property
    def total_funding(self) -> int:
        return self.grant_retained + self.own_funds + self.other_funding

    @property
    def balance(self) -> int:
        """Funding minus expenses: 0 when the plan balances."""
        return self.total_funding - self.total_expenses


@dataclass(frozen=True)
class DomainScoreRow:
    domain_id: str
    title: str
    score: float | None


@dataclass(frozen=True)
class MaturityOg:
    og_name: str
    finess_ej: str
    variant_label: str
    respondent: str
    answered_on: dt.date | None
    score: float | None
    level: str
    completeness: float  # 0..1
    domains: tuple[DomainScoreRow, ...]
    strengths: tuple[str, ...]
    weaknesses: tuple[str, ...]
    error: str = ""  # the answers could not be scored


@dataclass(frozen=True)
class GrappeDomainRow:
    title: str
    mean: float | None
    minimum: float | None


@dataclass(frozen=True)
class Maturity:
    ogs: tuple[MaturityOg, ...]
    missing: tuple[str, ...]  # names of the OGs without a diagnostic
    domains: tuple[GrappeDomainRow, ...]
    overall_mean: float | None
    overall_minimum: float | None


@dataclass(frozen=True)
class TaskRow:
    key: str
    title: str
    phase: str
    start: dt.date
    end: dt.date
    milestone: bool
    owner: str
    wave: int | None


@dataclass(frozen=True)
class Planning:
    tasks: tuple[TaskRow, ...]
    start: dt.date | None
    end: dt.date | None
    deployment_end: dt.date | None
    max_months: int | None
    filing_date: dt.date | None
    findings: tuple[FindingRow, ...]


@dataclass(frozen=True)
class CommunicationRow:
    audience: str
    message: str
    channel: str
    date: dt.date | None
    owner: str


@dataclass(frozen=True)
class PartnerRow:
    name: str
    kind: str
    informed: bool


@dataclass(frozen=True)
class UsageTargetRow:
    label: str
    formula: str
    target_percent: float | None
    source: str


@dataclass(frozen=True)
class CheckItem:
    """One line of a check-list: its label, state code, printed state and explanation."""

    label: str
    state: str
    state_label: str
    explanation: str
    kind: str = "admissibility"  # "admissibility" | "access" | "priority"
    number: int | None = None  # the criterion's number in the call (003 §7), when it has one


@dataclass(frozen=True)
class Letter:
    """One engagement letter: the OG and the values of the template's placeholders."""

    og_name: str
    finess_ej: str
    signatory: str  # the OG's legal representative, "" when not given (a line to fill in is printed)
    values: dict[str, str | tuple[str, ...]] = field(hash=False)
    signatory_function: str = ""
    essms: tuple["EssmsRow", ...] = ()  # the OG's ESSMS, for the letter's compact table
    town: str = ""  # the head-office town, pre-filled after « Fait à »
    grant_share: int | None = None  # the OG's share of the grant (euros, pro rata of its ESSMS)
    cofinancing: int | None = None  # the part of the maîtrise d'ouvrage the OG keeps (euros, criterion 7)


@dataclass(frozen=True)
class AttachmentRow:
    """A piece stored in the dossier (signed letter, RIB, quote...), appended to the pack."""

    kind: str
    kind_label: str
    label: str
    file_name: str
    og_name: str
    added_on: dt.date | None
    sha256: str
    content: bytes = field(default=b"", repr=False, hash=False)

    @property
    def media(self) -> str:
        """« pdf », « jpeg », « png » or « » (not appendable) from the content's first bytes."""
        head = self.content[:8]
        if head.startswith(b"%PDF"):
            return "pdf"
        if head.startswith(b"\xff\xd8"):
            return "jpeg"
        if head.startswith(b"\x89PNG"):
            return "png"
        return ""


@dataclass(frozen=True)
class PresentationPart:
    key: str
    title: str
    text: str  # user text: blank-line paragraphs, "- " bullets, **bold**


@dataclass(frozen=True)
class PackSnapshot:
    dossier_name: str
    uid: str
    campaign_year: int
    campaign_label: str
    campaign_indicative: bool
    generated_on: dt.date
    app_version: str
    region: str
    project_type_label: str
    hosting_label: str
    porteur: OgRow | None
    ogs: tuple[OgRow, ...]
    essms: tuple[EssmsRow, ...]
    presentation: tuple[PresentationPart, ...]
    people: tuple[PersonRow, ...]
    referents: tuple[ReferentRow, ...]
    grappe: GrappeFacts
    dui: DuiFacts
    needs: Needs
    budget: Budget
    maturity: Maturity
    planning: Planning
    communication: tuple[CommunicationRow, ...]
    partners: tuple[PartnerRow, ...]
    usage_targets: tuple[UsageTargetRow, ...]
    usage_measurement: str
    checklist: tuple[CheckItem, ...]
    checklist_evaluated: bool  # False: the admissibility check could not run, every line « non évalué »
    checklist_summary: str  # « Le dossier est recevable… » from the checker, "" when not evaluated
    aap_checklist: tuple[CheckItem, ...]
    letters: tuple[Letter, ...]
    convention: dict[str, str | tuple[str, ...]] = field(hash=False)
    commitments: tuple[tuple[str, bool | None], ...] = ()
    sources: tuple[tuple[str, str], ...] = ()  # (short name printed, full title) of the documents cited
    attachments: tuple[AttachmentRow, ...] = ()  # the stored pieces, appended after the annexes
    galis_done: bool = False  # the user said the dossier is entered in GALIS

    @property
    def copil(self) -> tuple[PersonRow, ...]:
        return tuple(p for p in self.people if p.copil_role)

    @property
    def coproj(self) -> tuple[PersonRow, ...]:
        return tuple(p for p in self.people if p.coproj_role)

    @property
    def team(self) -> tuple[PersonRow, ...]:
        """The project team: the project lead(s) and whoever gives time (FTE) or skills."""
        return tuple(p for p in self.people if p.project_lead or p.fte or p.skills)
