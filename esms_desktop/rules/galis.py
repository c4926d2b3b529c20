"""The GALIS helper: what to type into the CNSA's online tool, in the order it is typed. No Qt, no DB.

    for item in galis_fields(dossier, campaign):      # rules.dossier.Dossier
        print(render(item.section), render(item.label), render(item.value))

The dossier is filed by the porteur in GALIS, the CNSA's « PAI numérique » tool (003 §9; 000: create
an account in the ESPACE USAGERS, then fill the forms of the ESPACE PERSONNEL). The forms differ by
project type (acquisition / mise en conformité) and sector (PA, PH) (003 §9). The seeds do not list
GALIS' screens field by field (the step diagram of 003 §9 did not survive extraction): the order here
follows them as far as they go — account and applicant, the form chosen by type and sector, the
project, its ESSMS, the financing, the calendar, the commitments, then the attachments (003 §7:
note de présentation, planning, signed engagement letters, RIB).
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from esms_desktop import formatting as fmt
from esms_desktop.rules import coded_values as cv
from esms_desktop.rules.campaign import Campaign
from esms_desktop.rules.dossier import Dossier, Og, as_dossier
from esms_desktop.rules.grappe.sectors import sector_label
from esms_desktop.text import QT_TRANSLATE_NOOP, Message

if TYPE_CHECKING:
    from esms_desktop.rules.grappe.composition import CompositionReport

S_APPLICANT = QT_TRANSLATE_NOOP("Galis", "1. The applicant: the porteur (GALIS account)")
S_REQUEST = QT_TRANSLATE_NOOP("Galis", "2. The request form")
S_PROJECT = QT_TRANSLATE_NOOP("Galis", "3. The project and its DUI")
S_GRAPPE = QT_TRANSLATE_NOOP("Galis", "4. The grappe: OGs and ESSMS")
S_FUNDING = QT_TRANSLATE_NOOP("Galis", "5. Financing")
S_CALENDAR = QT_TRANSLATE_NOOP("Galis", "6. Calendar")
S_COMMITMENTS = QT_TRANSLATE_NOOP("Galis", "7. Commitments")
S_BANK = QT_TRANSLATE_NOOP("Galis", "8. Bank details")
S_ATTACHMENTS = QT_TRANSLATE_NOOP("Galis", "9. Attachments to upload")

YES = QT_TRANSLATE_NOOP("Galis", "Yes")
NO = QT_TRANSLATE_NOOP("Galis", "No")
IN_PACK = QT_TRANSLATE_NOOP("Galis", "In the PDF pack (step « PDF pack »)")

PROJECT_TYPES = {
    "acquisition": QT_TRANSLATE_NOOP("Galis", "Acquisition or renewal of a DUI"),
    "conformite": QT_TRANSLATE_NOOP("Galis", "Upgrade of an existing DUI (Ségur version)"),
}
HOSTINGS = {
    "saas": QT_TRANSLATE_NOOP("Galis", "SaaS"),
    "externe": QT_TRANSLATE_NOOP("Galis", "External hosting"),
    "on_premise": QT_TRANSLATE_NOOP("Galis", "On premise"),
}
LEGAL_STATUSES = cv.LEGAL_STATUSES  # the words of the OG form and of the PDF (rules.coded_values)
REGIONAL_CALL = QT_TRANSLATE_NOOP("Galis", "Regional call of the ARS {region}")
NATIONAL_CALL = QT_TRANSLATE_NOOP("Galis", "National call (CNSA and DNS)")
CAMPAIGN = QT_TRANSLATE_NOOP("Galis", "ESMS numérique {year}")

L_OG_NAME = QT_TRANSLATE_NOOP("Galis", "Name of the organisme gestionnaire")
L_FINESS_EJ = QT_TRANSLATE_NOOP("Galis", "FINESS juridique (EJ)")
L_SIRET = QT_TRANSLATE_NOOP("Galis", "SIRET")
L_LEGAL = QT_TRANSLATE_NOOP("Galis", "Legal status")
L_ADDRESS = QT_TRANSLATE_NOOP("Galis", "Address")
L_CONTACT = QT_TRANSLATE_NOOP("Galis", "Contact person")
L_EMAIL = QT_TRANSLATE_NOOP("Galis", "Contact e-mail")
L_PHONE = QT_TRANSLATE_NOOP("Galis", "Contact phone")
L_CAMPAIGN = QT_TRANSLATE_NOOP("Galis", "Call for projects")
L_CALL = QT_TRANSLATE_NOOP("Galis", "Where the dossier is filed")
L_TYPE = QT_TRANSLATE_NOOP("Galis", "Type of project (form)")
L_SECTOR = QT_TRANSLATE_NOOP("Galis", "Sector of the project (form)")
L_ESSMS_COUNT = QT_TRANSLATE_NOOP("Galis", "Number of ESSMS")
L_OG_COUNT = QT_TRANSLATE_NOOP("Galis", "Number of organismes gestionnaires")
L_TITLE = QT_TRANSLATE_NOOP("Galis", "Title of the project")
L_SOFTWARE = QT_TRANSLATE_NOOP("Galis", "DUI software")
L_EDITOR = QT_TRANSLATE_NOOP("Galis", "Editor")
L_SEGUR = QT_TRANSLATE_NOOP("Galis", "Ségur-referenced")
L_HOSTING = QT_TRANSLATE_NOOP("Galis", "Hosting")
L_SOCLES = QT_TRANSLATE_NOOP("Galis", "Services socles")
L_REFERENTIALS = QT_TRANSLATE_NOOP("Galis", "Référentiels")
L_NATIONAL_REACH = QT_TRANSLATE_NOOP("Galis", "National reach")
L_OG = QT_TRANSLATE_NOOP("Galis", "OG {number}: {name} — FINESS EJ")
L_ESSMS = QT_TRANSLATE_NOOP("Galis", "ESSMS {number}: {name} — FINESS ET")
L_GRANT = QT_TRANSLATE_NOOP("Galis", "ESMS numérique grant requested")
L_AVANCE = QT_TRANSLATE_NOOP("Galis", "Advance at the signature of the convention")
L_SOLDE = QT_TRANSLATE_NOOP("Galis", "Balance once the usage targets are reached")
L_COST = QT_TRANSLATE_NOOP("Galis", "Total cost of the project")
L_OWN = QT_TRANSLATE_NOOP("Galis", "Own funds")
L_OTHERS = QT_TRANSLATE_NOOP("Galis", "Other funders")
L_START = QT_TRANSLATE_NOOP("Galis", "Start of the project")
L_DEPLOYED = QT_TRANSLATE_NOOP("Galis", "End of the deployment")
L_FILING = QT_TRANSLATE_NOOP("Galis", "Planned filing date")
L_ROR = QT_TRANSLATE_NOOP("Galis", "Commitment to fill the ROR")
L_EARLIER = QT_TRANSLATE_NOOP("Galis", "Dossier filed in an earlier wave")
L_HOLDER = QT_TRANSLATE_NOOP("Galis", "Account holder")
L_IBAN = QT_TRANSLATE_NOOP("Galis", "IBAN")
L_BIC = QT_TRANSLATE_NOOP("Galis", "BIC")
L_NOTE = QT_TRANSLATE_NOOP("Galis", "Note de présentation, planning and self-diagnostics")
L_LETTER = QT_TRANSLATE_NOOP("Galis", "Signed engagement letter — {name}")
L_RIB_FILE = QT_TRANSLATE_NOOP("Galis", "RIB")
L_AGREEMENT = QT_TRANSLATE_NOOP("Galis", "Agreement of the national entity — {name}")
L_QUOTE = QT_TRANSLATE_NOOP("Galis", "Quote — {name}")
L_OTHER_DOC = QT_TRANSLATE_NOOP("Galis", "Other document")

PART_LABELS = {
    "moa": QT_TRANSLATE_NOOP("Galis", "of which project ownership and usage"),
    "editor": QT_TRANSLATE_NOOP("Galis", "of which editor share"),
    "equipment": QT_TRANSLATE_NOOP("Galis", "of which equipment of small OGs"),
}
SOCLE_NAMES = {
    "dmp": "DMP / Mon espace santé", "mss": "MSSanté", "ins": "INS", "eprescription": "e-prescription",
    "plateforme_regionale": "plateforme régionale e-parcours", "psc": "Pro Santé Connect", "apcv": "ApCV",
}
REFERENTIAL_NAMES = {"serafin_ph": "Sérafin-PH", "aggir": "AGGIR", "pathos": "PATHOS"}


@dataclass(frozen=True)
class GalisField:
    """One value to type into GALIS: where (section, label), what (value), and where it is edited here.

    ``value`` is text as typed (numbers and dates already in French) or a Message to translate;
    ``""`` when the dossier does not hold it yet. ``required``: the dossier cannot be filed without it
    and no other criterion of the check watches it.
    """

    section: Message
    label: Message
    value: str | Message
    step: str
    field: str | None = None
    required: bool = False

    @property
    def missing(self) -> bool:
        return isinstance(self.value, str) and not self.value.strip()


def _yes(value: Any) -> Message:
    return YES() if value is True else NO()


def galis_fields(data: Dossier | Mapping[str, Any], campaign: Campaign | None = None) -> list[GalisField]:
    """Every value to type into GALIS, in order. ``data``: the typed dossier (a file dict is read through
    ``Dossier.from_file``). ``campaign``: the dossier's (loaded when not given: raises CampaignFileError
    when its year has no rule file, see :func:`rules.campaign.campaign_of`)."""
    d = as_dossier(data)
    if campaign is None:
        campaign = d.campaign()
    out: list[GalisField] = []
    out += _applicant(d)
    out += _request(d, campaign)
    out += _project(d)
    out += _grappe(d)
    out += _funding(d, campaign)
    out += _calendar(d, campaign)
    out += _commitments(d)
    out += _bank(d)
    out += _attachments(d)
    return out


def _applicant(d: Dossier) -> list[GalisField]:
    index = next((i for i, og in enumerate(d.ogs) if og.is_porteur), None)
    og = d.ogs[index] if index is not None else Og("")
    legal = LEGAL_STATUSES.get(og.legal_status or "")

    def row(label: Message, value: str | Message, what: str) -> GalisField:
        field = f"og_{index}_{what}" if index is not None else "tree"
        return GalisField(S_APPLICANT, label, value, "grappe", field, required=True)

    return [
        row(L_OG_NAME(), og.name.strip(), "name"),
        row(L_FINESS_EJ(), og.finess_ej.strip(), "finess_ej"),
        row(L_SIRET(), og.siret.strip(), "siret"),
        row(L_LEGAL(), legal() if legal else "", "legal_status"),
        row(L_ADDRESS(), " ".join(og.address.split()), "address"),
        row(L_CONTACT(), og.contact_name.strip(), "contact_name"),
        row(L_EMAIL(), og.contact_email.strip(), "contact_email"),
        row(L_PHONE(), og.contact_phone.strip(), "contact_phone"),
    ]


def _composition(d: Dossier, campaign: Campaign) -> CompositionReport:
    from esms_desktop.rules.grappe.composition import composition_of

    return composition_of(d, campaign)


def _request(d: Dossier, campaign: Campaign) -> list[GalisField]:
    from esms_desktop.rules.identity.geography import region_name

    report = _composition(d, campaign)
    if report.essms_count == 0:
        call: str | Message = ""
    elif report.filing_level == "national":
        call = NATIONAL_CALL()
    else:
        call = REGIONAL_CALL(region=region_name(report.filing_region) or (report.filing_region or "?"))
    project_type = PROJECT_TYPES.get(d.project_type or "")
    sector = report.majority_sector
    sector_text = f"{sector} — {sector_label(sector)}" if sector else ""
    return [
        GalisField(S_REQUEST, L_CAMPAIGN(), CAMPAIGN(year=str(campaign.year)), "projet", "campaign_combo", True),
        GalisField(S_REQUEST, L_CALL(), call, "grappe", "tree", True),
        GalisField(S_REQUEST, L_TYPE(), project_type() if project_type else "", "projet", "type_combo", True),
        GalisField(S_REQUEST, L_SECTOR(), sector_text, "grappe", "tree", True),
        GalisField(S_REQUEST, L_ESSMS_COUNT(), fmt.number(report.essms_count) if report.essms_count else "",
                   "grappe", "tree", True),
        GalisField(S_REQUEST, L_OG_COUNT(), fmt.number(len(d.ogs)) if d.ogs else "", "grappe", "tree", True),
    ]


def _project(d: Dossier) -> list[GalisField]:
    dui = d.dui
    hosting = HOSTINGS.get(d.hosting or "")
    socles = ", ".join(SOCLE_NAMES[c] for c in SOCLE_NAMES if c in dui.services_socles)
    refs = ", ".join(REFERENTIAL_NAMES[c] for c in REFERENTIAL_NAMES if c in dui.referentials)
    return [
        GalisField(S_PROJECT, L_TITLE(), d.name.strip(), "projet", "name_edit", True),
        GalisField(S_PROJECT, L_SOFTWARE(), dui.software.strip(), "solution", "software_edit", True),
        GalisField(S_PROJECT, L_EDITOR(), dui.editor.strip(), "solution", "editor_edit", True),
        GalisField(S_PROJECT, L_SEGUR(), _yes(dui.segur_referenced), "solution", "segur_check"),
        GalisField(S_PROJECT, L_HOSTING(), hosting() if hosting else "", "projet", "hosting_combo", True),
        GalisField(S_PROJECT, L_SOCLES(), socles, "solution", "dmp_check"),
        GalisField(S_PROJECT, L_REFERENTIALS(), refs, "solution", "serafin_ph_check"),
        GalisField(S_PROJECT, L_NATIONAL_REACH(), _yes(d.national_reach), "solution", "national_reach_check"),
    ]


def _grappe(d: Dossier) -> list[GalisField]:
    out = []
    number = 0
    for i, og in enumerate(d.ogs):
        out.append(GalisField(S_GRAPPE, L_OG(number=str(i + 1), name=og.name.strip()), og.finess_ej.strip(),
                              "grappe", "tree", True))
        for e in og.essms:
            number += 1
            out.append(GalisField(S_GRAPPE, L_ESSMS(number=str(number), name=e.name.strip()),
                                  e.finess_et.strip(), "grappe", "tree", True))
    return out


def _euros(amount: int | None) -> str:
    return "" if amount is None else fmt.euros(amount)


def _funding(d: Dossier, campaign: Campaign) -> list[GalisField]:
    from esms_desktop.rules.funding.budget import PARTS, compute_budget, grant_part

    try:
        plan = compute_budget(d, campaign)
    except ValueError:
        return [GalisField(S_FUNDING, L_GRANT(), "", "budget")]
    has_budget = plan.expense_total > 0
    grant = plan.grant_retained if has_budget else plan.breakdown.total
    out = [GalisField(S_FUNDING, L_GRANT(), _euros(grant), "budget")]
    for part in PARTS:
        amount = plan.grant_by_part[part] if has_budget else sum(
            line.amount for line in plan.breakdown.lines if grant_part(line.key) == part)
        if amount:
            out.append(GalisField(S_FUNDING, PART_LABELS[part](), _euros(amount), "budget"))
    schedule = plan.schedule if has_budget else plan.breakdown.schedule
    out += [
        GalisField(S_FUNDING, L_AVANCE(), _euros(schedule.avance), "budget"),
        GalisField(S_FUNDING, L_SOLDE(), _euros(schedule.solde), "budget"),
        GalisField(S_FUNDING, L_COST(), _euros(plan.expense_total) if has_budget else "", "budget"),
        GalisField(S_FUNDING, L_OWN(), _euros(plan.own_funds) if has_budget else "", "budget"),
        GalisField(S_FUNDING, L_OTHERS(), _euros(plan.other_funders) if has_budget else "", "budget"),
    ]
    return out


def _calendar(d: Dossier, campaign: Campaign) -> list[GalisField]:
    from esms_desktop.rules.planning.plan import tasks_from_dossier
    from esms_desktop.rules.planning.schedule import deployment_end

    tasks = tasks_from_dossier(d)
    start = min((t.start for t in tasks), default=None)
    end = deployment_end(tasks) if tasks else None
    filing_text = fmt.date(d.filing_date) if d.filing_date is not None else ""
    return [
        GalisField(S_CALENDAR, L_START(), fmt.date(start), "planning"),
        GalisField(S_CALENDAR, L_DEPLOYED(), fmt.date(end), "planning"),
        GalisField(S_CALENDAR, L_FILING(), filing_text, "planning", "filing_edit" if filing_text else "filing_check"),
    ]


def _commitments(d: Dossier) -> list[GalisField]:
    return [
        GalisField(S_COMMITMENTS, L_ROR(), _yes(d.commit_ror), "solution", "ror_check"),
        GalisField(S_COMMITMENTS, L_EARLIER(), _yes(d.earlier_wave), "solution", "earlier_wave_check"),
    ]


def _bank(d: Dossier) -> list[GalisField]:
    from esms_desktop.rules.identity.rib import compact_bic, format_iban

    iban = d.rib.iban.strip()
    return [
        GalisField(S_BANK, L_HOLDER(), d.rib.holder.strip(), "pieces", "rib_holder_edit"),
        GalisField(S_BANK, L_IBAN(), format_iban(iban) if iban else "", "pieces", "rib_iban_edit"),
        GalisField(S_BANK, L_BIC(), compact_bic(d.rib.bic.strip()), "pieces", "rib_bic_edit"),
    ]


def _attachments(d: Dossier) -> list[GalisField]:
    ogs = d.ogs
    docs = d.documents

    def files(kind: str, og: int | None, any_og: bool = False) -> str:
        names = [doc.file_name.strip() for doc in docs if doc.kind == kind and (any_og or doc.og == og)]
        return ", ".join(n for n in names if n)

    def name(i: int) -> str:
        return ogs[i].name.strip() or ogs[i].finess_ej.strip() or f"OG {i + 1}"

    out = [GalisField(S_ATTACHMENTS, L_NOTE(), IN_PACK(), "pack")]
    for i in range(len(ogs)):
        out.append(GalisField(S_ATTACHMENTS, L_LETTER(name=name(i)), files("engagement_letter", i),
                              "pieces", f"letter_button_{i}"))
    out.append(GalisField(S_ATTACHMENTS, L_RIB_FILE(), files("rib", None, any_og=True), "pieces", "rib_file_button"))
    for i, og in enumerate(ogs):
        if og.national_entity.strip():
            out.append(GalisField(S_ATTACHMENTS, L_AGREEMENT(name=name(i)), files("national_agreement", i),
                                  "pieces", f"agreement_button_{i}"))
    for i in range(len(ogs)):
        quotes = files("quote", i)
        if quotes:
            out.append(GalisField(S_ATTACHMENTS, L_QUOTE(name=name(i)), quotes, "pieces", f"quote_button_{i}"))
    for doc in docs:
        if doc.kind == "other" or (doc.kind == "quote" and doc.og is None):
            label = L_OTHER_DOC() if doc.kind == "other" else L_QUOTE(name="—")
            out.append(GalisField(S_ATTACHMENTS, label, doc.file_name.strip(), "pieces"))
    return out


def missing_required(fields: list[GalisField]) -> list[GalisField]:
    """The required values the dossier does not hold yet."""
    return [f for f in fields if f.required and f.missing]
