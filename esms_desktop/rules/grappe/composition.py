"""Live composition rules of a grappe: size, where to file, coherence, non-redundancy, porteur.

Pure Python: takes the typed dossier (``composition_of(dossier, campaign)``; the rules themselves read
the plain frozen dataclasses below, ``GrappeInput.of(dossier)``, which the hand-worked tests build
directly) and a campaign rule set, returns a :class:`CompositionReport` with derived figures and
:class:`~esms_desktop.rules.findings.Finding` s.
Thresholds and windows come from the campaign (``rules.campaign``), never from this code.
Sources: seeds 001 (2024 flyer), 002 (Bretagne, isolated ESSMS), 003 (ARS BFC rule book §4, §5, §7).
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Literal

from esms_desktop import formatting as fmt
from esms_desktop.rules.campaign import Campaign
from esms_desktop.rules.findings import Finding, campaign_source, sort_findings
from esms_desktop.rules.grappe import messages as m
from esms_desktop.rules.grappe.sectors import SECTORS as SECTOR_LABELS
from esms_desktop.rules.grappe.sectors import programme_sector
from esms_desktop.rules.grappe.small_og import all_corse_overseas, is_small_og, og_size, small_og_limit
from esms_desktop.rules.identity.geography import region_name

if TYPE_CHECKING:
    from esms_desktop.rules.dossier import Dossier, Essms, Og


ProjectType = Literal["acquisition", "conformite"]
Hosting = Literal["saas", "externe", "on_premise"]
DuiKind = Literal["none", "software", "segur"]
FilingLevel = Literal["regional", "multi_regional", "national"]

SECTORS: tuple[str, ...] = tuple(SECTOR_LABELS)  # the one sector table: rules.grappe.sectors


@dataclass(frozen=True)
class EssmsInput:
    """One ESSMS (FINESS ET) of the grappe, as the composition rules need it."""

    finess_et: str
    name: str
    department: str  # FINESS department code: "01".."95", "2A", "2B", "9A".."9J"
    sector: str | None = None  # one of SECTORS
    current_dui_kind: DuiKind = "none"
    current_dui_software: str | None = None
    sons_ordered: bool = False  # ordered the SONS « Prestation Ségur »
    sons_software: str | None = None
    already_funded: bool = False  # already funded by ESMS numérique
    funded_software: str | None = None
    isolated: bool = False  # an isolated ESSMS joining the grappe
    confort_services: bool = False  # also offers « confort » home services
    project_type: ProjectType | None = None  # overrides the grappe's project type
    hosting: Hosting | None = None  # overrides the grappe's hosting
    category_code: str | None = None  # FINESS category (for the FINESS-split warning)
    address: str = ""  # postal address as recorded (for the FINESS-split warning)

    @classmethod
    def of(cls, e: Essms) -> EssmsInput:
        """One ESSMS of the typed dossier as the composition rules see it.

        The department falls back on the one the FINESS ET number names when it is not recorded.
        The current DUI software counts for "software" and "segur" (référencé Ségur) alike.
        """
        kind = e.dui_kind or "none"
        return cls(
            finess_et=e.finess_et, name=e.name, department=e.place_department, sector=e.sector or None,
            current_dui_kind=kind,  # type: ignore[arg-type]
            current_dui_software=_blank_none(e.dui_software) if kind != "none" else None,
            sons_ordered=e.sons_ordered, sons_software=_blank_none(e.sons_software),
            already_funded=e.already_funded, funded_software=_blank_none(e.funded_software),
            isolated=e.isolated, confort_services=e.confort_services,
            project_type=e.project_type,  # type: ignore[arg-type]
            category_code=_blank_none(e.category_code or ""),
            address=" ".join(x for x in (e.address, e.postcode, e.town) if x).strip(),
        )


@dataclass(frozen=True)
class OgInput:
    """One organisme gestionnaire (FINESS EJ) and its ESSMS taking part in the grappe.

    ``total_essms`` is the number of ESSMS the OG runs in all (FINESS register), when known; the
    small-OG test uses it, else the number of its ESSMS in the grappe.
    """

    finess_ej: str
    name: str
    attached_to_national_entity: bool = False
    national_agreement_obtained: bool = False
    essms: tuple[EssmsInput, ...] = ()
    total_essms: int | None = None

    @classmethod
    def of(cls, og: Og) -> OgInput:
        """One OG of the typed dossier; attached to a national entity when that entity is named."""
        return cls(finess_ej=og.finess_ej, name=og.name, attached_to_national_entity=bool(og.national_entity.strip()),
                   national_agreement_obtained=og.national_agreement,
                   essms=tuple(EssmsInput.of(e) for e in og.essms), total_essms=og.essms_total)


@dataclass(frozen=True)
class GrappeInput:
    """The grappe: common project type, hosting and DUI, its OGs and its porteur."""

    project_type: ProjectType
    hosting: Hosting
    ogs: tuple[OgInput, ...]
    porteur_finess_ej: str | None = None
    dui_software: str | None = None  # the grappe's common DUI (chosen or targeted)
    national_reach: bool = False  # < 50 ESSMS but representative nationally (003 §4.3.C)

    @classmethod
    def of(cls, dossier: Dossier) -> GrappeInput:
        """The grappe of the typed dossier (``storage.load_dossier`` or ``Dossier.from_file``)."""
        porteur = dossier.porteur
        return cls(
            project_type=dossier.project_type,  # type: ignore[arg-type]
            hosting=dossier.hosting,  # type: ignore[arg-type]
            ogs=tuple(OgInput.of(og) for og in dossier.ogs),
            porteur_finess_ej=porteur.finess_ej if porteur is not None else None,
            dui_software=_blank_none(dossier.dui.software),
            national_reach=dossier.national_reach,
        )


def _blank_none(value: str) -> str | None:
    return value.strip() or None


@dataclass(frozen=True)
class CompositionReport:
    """Derived figures of a grappe and the findings of the composition rules."""

    essms_count: int
    region_counts: dict[str, int]  # INSEE region code -> ESSMS, most ESSMS first
    unknown_department: tuple[str, ...]  # FINESS ET counted in no region (unknown department, or none)
    territory: str  # "metropole" | "corse" | "outre_mer" | "mixte"
    min_essms: int  # the minimum applied (metropolitan or Corse/overseas)
    filing_level: FilingLevel
    filing_region: str | None  # the ARS to file with (INSEE code); None for the national call
    main_region: str | None  # region holding the most ESSMS (ties: see choose_main_region)
    sector_counts: dict[str, int]
    majority_sector: str | None
    project_type_counts: dict[str, int]
    small_ogs: tuple[str, ...]  # FINESS EJ of the small OGs
    findings: tuple[Finding, ...] = field(default=())


HOSTING_LABELS: dict[str, str] = {"saas": "SaaS", "externe": "externe", "on_premise": "on premise"}

# --- literal sources (seed file and section) used when the campaign file has none ----------------

SRC_MIN = "001 (groupement a minima de 15 ESSMS en métropole, 8 en Corse et outre-mer); 003 §4.2.D"
SRC_REGIONAL = "003 §4.3.A; 001 (dépôt auprès de l'ARS)"
SRC_NATIONAL = "003 §4.3.B; 001 (appel à projets national)"
SRC_NATIONAL_REACH = "003 §4.3.C"
SRC_LARGE_ONE_REGION = "001 « Quelles sont les démarches » (50 ESSMS ou plus d'une seule région)"
SRC_COHERENCE = "003 §7 (critères de recevabilité: cohérence de la grappe)"
#: 003 §7: « majoritairement d'un même secteur, portant majoritairement le même type de projet
#: (acquisition ou mise en conformité), avec le même besoin d'hébergement (SAAS, externe, on premise) ».
SRC_SECTOR = "003 §7 « majoritairement d'un même secteur »"
SRC_HOSTING = "003 §7 « avec le même besoin d'hébergement (SAAS, externe, on premise) »"
#: 003 §7 « entre 15 et 49 ESSMS […] avec un même DUI »; §5.1 « un même logiciel »; §5.2 « ne change pas de solution ».
SRC_SAME_DUI = "003 §7 « avec un même DUI »; 003 §5.1 « un même logiciel »; 003 §5.2"
#: 003 §5: the ARS may lower the grant when « La composition en FINESS juridiques / FINESS géographiques
#: fait ressortir un nombre de structures qui multiplie de façon artificielle les forfaits par ESSMS ».
SRC_FINESS_SPLIT = "003 §5 (composition qui « multiplie de façon artificielle les forfaits par ESSMS »)"
SRC_MEDIUM_OG = "003 §7 « organismes gestionnaires de taille moyenne (plus de 15 ESSMS) »"
SRC_DUI = "003 §5.1 (acquisition), §5.2 (mise en conformité)"
SRC_NON_REDUNDANCY = "003 §4.2.A (non-redondance des financements); 000 (1 FINESS ET = 1 financement)"
SRC_NATIONAL_ENTITY = "003 §4.2.B"
SRC_CONFORT = "003 §4.1 et §5 (services dits de « confort »)"
SRC_SMALL_OG = "003 §5.3; 001 (organismes gestionnaires de petite taille)"
SRC_ISOLATED = "003 §7 (critères de priorisation); 002 (ESSMS isolés)"
SRC_PORTEUR = "002 (étape 1: désigner le porteur); 003 §9"
SRC_DUPLICATE = "000 (1 FINESS ET = 1 financement)"

RegionOf = Callable[[str], "str | None"]
TerritoryOf = Callable[[str], str]


# --- helpers --------------------------------------------------------------------------------------


def _geography() -> tuple[RegionOf, TerritoryOf]:
    from esms_desktop.rules.identity import geography

    region_of = getattr(geography, "department_region", None)
    territory_of = getattr(geography, "territory", None)
    if region_of is None or territory_of is None:
        raise RuntimeError("geography.department_region/territory are missing: pass them explicitly")
    return region_of, territory_of


def _names(items: list[EssmsInput]) -> str:
    return ", ".join(f"{e.name} ({e.finess_et})" for e in items)


def _og_names(items: list[OgInput]) -> str:
    return ", ".join(f"{og.name} ({og.finess_ej})" for og in items)


def _count(n: int) -> str:
    return fmt.number(n)


def _counts_text(counts: dict[str, int]) -> str:
    return ", ".join(f"{key} {value}" for key, value in counts.items())


def _norm(software: str | None) -> str | None:
    if software is None:
        return None
    text = " ".join(software.split()).casefold()
    return text or None


def window_text(campaign: Campaign, scope: str, region: str | None = None) -> str:
    """A campaign window as dates only, the same in every language: « 15/02/2024 – 01/06/2024 »,
    « … – 01/06/2024 » without an opening date, « ? » when unknown."""
    _scope, window = campaign.window_for(region, scope)
    if window is None or (window.start is None and window.end is None):
        return "?"
    start = fmt.date(window.start) if window.start else "…"
    end = fmt.date(window.end) if window.end else "…"
    return f"{start} – {end}"


def choose_main_region(region_counts: dict[str, int],
                       porteur_regions: Counter[str]) -> tuple[str | None, tuple[str, ...]]:
    """The region holding the most ESSMS, and all the regions tied with it.

    Ties (the seeds do not settle them): the region where the porteur has most ESSMS, then the
    smallest INSEE code.
    """
    if not region_counts:
        return None, ()
    best = max(region_counts.values())
    tied = tuple(sorted(code for code, n in region_counts.items() if n == best))
    chosen = sorted(tied, key=lambda code: (-porteur_regions.get(code, 0), code))[0]
    return chosen, tied


@dataclass
class _Places:
    """Where each ESSMS is: its region and territory, and those that could not be placed."""

    region_of: dict[str, str | None] = field(default_factory=dict)
    territory_of: dict[str, str] = field(default_factory=dict)
    unknown: list[EssmsInput] = field(default_factory=list)  # department not recognised
    no_region: list[EssmsInput] = field(default_factory=list)  # known department, no ARS region (9E, 9J)

    def region_counts(self) -> dict[str, int]:
        counts = Counter(r for r in self.region_of.values() if r is not None)
        return dict(sorted(counts.items(), key=lambda kv: (-kv[1], kv[0])))


def _locate(essms: list[EssmsInput], department_region: RegionOf, territory: TerritoryOf) -> _Places:
    places = _Places()
    for e in essms:
        try:
            terr = territory(e.department)
        except (KeyError, ValueError):
            places.unknown.append(e)
            places.region_of[e.finess_et] = None
            places.territory_of[e.finess_et] = "metropole"  # unknown: the stricter minimum applies
            continue
        region = department_region(e.department)
        places.region_of[e.finess_et] = region
        places.territory_of[e.finess_et] = terr
        if region is None:
            places.no_region.append(e)
    return places


def _members(grappe: GrappeInput) -> tuple[list[EssmsInput], list[str]]:
    """The grappe's ESSMS, each FINESS ET once, and the FINESS ET met more than once."""
    seen: set[str] = set()
    essms: list[EssmsInput] = []
    duplicates: list[str] = []
    for og in grappe.ogs:
        for e in og.essms:
            if e.finess_et in seen:
                duplicates.append(e.finess_et)
            else:
                seen.add(e.finess_et)
                essms.append(e)
    return essms, sorted(set(duplicates))


def _subjects(items: list[EssmsInput]) -> tuple[str, ...]:
    return tuple(e.finess_et for e in items)


# --- the check ------------------------------------------------------------------------------------


def composition_of(dossier: Dossier, campaign: Campaign) -> CompositionReport:
    """The composition report of a dossier: the same for the grappe step, the checker, the GALIS helper,
    the planning's scope, the CLI and the PDF pack."""
    return check_composition(GrappeInput.of(dossier), campaign)


def check_composition(
    grappe: GrappeInput,
    campaign: Campaign,
    *,
    department_region: RegionOf | None = None,
    territory: TerritoryOf | None = None,
) -> CompositionReport:
    """Derived figures and findings for ``grappe`` under ``campaign``'s thresholds and windows.

    ``department_region`` / ``territory`` default to those of :mod:`esms_desktop.rules.identity.geography`.
    """
    if department_region is None or territory is None:
        default_region, default_territory = _geography()
        department_region = department_region or default_region
        territory = territory or default_territory

    essms, duplicates = _members(grappe)
    count = len(essms)
    places = _locate(essms, department_region, territory)
    region_counts = places.region_counts()
    territories = set(places.territory_of.values())
    grappe_territory = next(iter(territories)) if len(territories) == 1 else ("mixte" if territories else "metropole")
    overseas_only = bool(territories) and "metropole" not in territories
    # 001 (2024) « a minima de 15 ESSMS en métropole ou de 8 ESSMS en Corse et dans les départements
    # ultramarins »: the lower minimum only where the campaign's seed gives one (None in 2022, 2023).
    distinct_overseas = overseas_only and campaign.min_essms_corse_overseas is not None
    minimum = campaign.min_essms_corse_overseas if distinct_overseas else campaign.min_essms
    porteur_og = next((og for og in grappe.ogs if og.finess_ej == grappe.porteur_finess_ej), None)
    porteur_regions = Counter(
        r for r in (places.region_of.get(e.finess_et) for e in (porteur_og.essms if porteur_og else ())) if r)
    main_region, tied = choose_main_region(region_counts, porteur_regions)
    level, filing_region = _filing(grappe, campaign, count, region_counts, main_region)

    findings: list[Finding] = []
    findings += _membership_findings(essms, duplicates, places)
    if 0 < count < minimum:
        if distinct_overseas:
            why = m.W_TOO_SMALL_OVERSEAS(minimum=_count(minimum))
        elif overseas_only:
            why = m.W_TOO_SMALL_NO_OVERSEAS_MIN(minimum=_count(minimum))
        else:
            why = m.W_TOO_SMALL_METRO(minimum=_count(minimum))
        min_key = "grappe.min_essms_corse_overseas" if overseas_only else "grappe.min_essms"
        findings.append(Finding(
            "composition.too_small", "blocking", m.M_TOO_SMALL(count=_count(count), minimum=_count(minimum)),
            why, campaign_source(campaign, min_key, SRC_MIN), m.F_TOO_SMALL(missing=_count(minimum - count))))
    if count > 0:
        findings += _filing_findings(grappe, campaign, count, level, region_counts, main_region, tied, minimum)

    sector_counts = dict(sorted(Counter(programme_sector(e.sector) for e in essms if e.sector).items(),
                                key=lambda kv: (-kv[1], kv[0])))
    majority_sector = next((s for s, n in sector_counts.items() if 2 * n > count), None)
    findings += _sector_findings(essms, sector_counts, majority_sector)
    type_of = {e.finess_et: e.project_type or grappe.project_type for e in essms}
    type_counts = {t: sum(1 for v in type_of.values() if v == t) for t in ("acquisition", "conformite")}
    findings += _type_findings(grappe, essms, type_of, type_counts, count)
    findings += _hosting_findings(grappe, essms)
    findings += _dui_findings(grappe, essms, type_of)
    findings += _redundancy_findings(grappe, essms, type_of)
    findings += _access_findings(grappe, essms)
    findings += _split_findings(grappe)
    small = _small_ogs(grappe, campaign, places)
    limits = {og.finess_ej: _small_max(campaign, og, places) for og in small}
    findings += _og_findings(grappe, campaign, essms, small, limits, porteur_og)

    return CompositionReport(
        essms_count=count,
        region_counts=region_counts,
        unknown_department=_subjects(places.unknown + places.no_region),
        territory=grappe_territory,
        min_essms=minimum,
        filing_level=level,
        filing_region=filing_region,
        main_region=main_region,
        sector_counts=sector_counts,
        majority_sector=majority_sector,
        project_type_counts=type_counts,
        small_ogs=tuple(og.finess_ej for og in small),
        findings=sort_findings(findings),
    )


def _membership_findings(essms: list[EssmsInput], duplicates: list[str], places: _Places) -> list[Finding]:
    out: list[Finding] = []
    if not essms:
        out.append(Finding("composition.empty", "blocking", m.M_EMPTY(), m.W_EMPTY(), SRC_PORTEUR, m.F_EMPTY()))
    if duplicates:
        out.append(Finding(
            "composition.duplicate_essms", "blocking", m.M_DUPLICATE(finess=", ".join(duplicates)),
            m.W_DUPLICATE(), SRC_DUPLICATE, m.F_DUPLICATE(), tuple(duplicates)))
    if places.unknown:
        out.append(Finding(
            "composition.unknown_department", "warning", m.M_UNKNOWN_DEPT(names=_names(places.unknown)),
            m.W_UNKNOWN_DEPT(), SRC_REGIONAL, m.F_UNKNOWN_DEPT(), _subjects(places.unknown)))
    if places.no_region:
        out.append(Finding(
            "composition.no_region", "warning", m.M_NO_REGION(names=_names(places.no_region)),
            m.W_UNKNOWN_DEPT(), SRC_REGIONAL, m.F_NO_REGION(), _subjects(places.no_region)))
    return out


def _sector_findings(essms: list[EssmsInput], sector_counts: dict[str, int],
                     majority_sector: str | None) -> list[Finding]:
    out: list[Finding] = []
    no_sector = [e for e in essms if not e.sector]
    if no_sector:
        out.append(Finding(
            "composition.sector_unknown", "warning", m.M_SECTOR_UNKNOWN(names=_names(no_sector)), m.W_SECTOR(),
            SRC_COHERENCE, m.F_SECTOR_UNKNOWN(), _subjects(no_sector)))
    if essms and majority_sector is None:
        # Admissibility criterion 1 (003 §7): « majoritairement d'un même secteur »; a strict majority of
        # the ESSMS (AHI counted as PDS, 000 « PA / PH / DOM / PDE / PDS »); unknown sectors count against it.
        out.append(Finding(
            "composition.no_majority_sector", "blocking",
            m.M_NO_MAJORITY_SECTOR(counts=_counts_text(sector_counts) or "-"),
            m.W_SECTOR(), SRC_SECTOR, m.F_NO_MAJORITY_SECTOR()))
    return out


def _access_findings(grappe: GrappeInput, essms: list[EssmsInput]) -> list[Finding]:
    """National entity without its written agreement; « confort » home services."""
    out: list[Finding] = []
    no_agreement = [og for og in grappe.ogs if og.attached_to_national_entity and not og.national_agreement_obtained]
    if no_agreement:
        out.append(Finding(
            "composition.national_entity_agreement", "blocking", m.M_NATIONAL_ENTITY(names=_og_names(no_agreement)),
            m.W_NATIONAL_ENTITY(), SRC_NATIONAL_ENTITY, m.F_NATIONAL_ENTITY(),
            tuple(og.finess_ej for og in no_agreement)))
    confort = [e for e in essms if e.confort_services]
    if confort:
        out.append(Finding(
            "composition.confort_services", "warning", m.M_CONFORT(names=_names(confort)), m.W_CONFORT(),
            SRC_CONFORT, m.F_CONFORT(), _subjects(confort)))
    return out


def _og_overseas(og: OgInput, places: _Places) -> bool:
    return all_corse_overseas(places.territory_of.get(e.finess_et) for e in og.essms)


def _small_max(campaign: Campaign, og: OgInput, places: _Places) -> int:
    """The small-OG ceiling for ``og``: the Corse/overseas one when all its ESSMS are there."""
    return small_og_limit(campaign, _og_overseas(og, places))


def _small_ogs(grappe: GrappeInput, campaign: Campaign, places: _Places) -> list[OgInput]:
    return [og for og in grappe.ogs if is_small_og(campaign, _og_size(og), len(og.essms), _og_overseas(og, places))]


def _small_ogs_finding(campaign: Campaign, small: list[OgInput], limits: dict[str, int]) -> Finding:
    """The small OGs, with the ceiling that made each of them small (Corse and overseas: a lower one)."""
    metro = campaign.small_og_max_essms
    used = sorted(set(limits.values()), reverse=True)
    if len(used) == 1:
        what = m.M_SMALL_OGS(maximum=_count(used[0]), names=_og_names(small))
    else:
        what = m.M_SMALL_OGS_MIXED(maximum=_count(metro), overseas=_count(min(used)), names=_og_names(small))
    key = "small_og.max_essms" if metro in used else "small_og.max_essms_corse_overseas"
    return Finding("composition.small_ogs", "info", what, m.W_SMALL_OGS(),
                   campaign_source(campaign, key, SRC_SMALL_OG), m.F_SMALL_OGS(), tuple(og.finess_ej for og in small))


def _og_findings(grappe: GrappeInput, campaign: Campaign, essms: list[EssmsInput], small: list[OgInput],
                 limits: dict[str, int], porteur_og: OgInput | None) -> list[Finding]:
    """Small OGs, isolated ESSMS, the porteur."""
    out: list[Finding] = []
    if small:
        out.append(_small_ogs_finding(campaign, small, limits))
    out += _isolated_findings(essms, grappe, campaign)
    if grappe.porteur_finess_ej is None:
        out.append(Finding("composition.no_porteur", "blocking", m.M_NO_PORTEUR(), m.W_PORTEUR(), SRC_PORTEUR,
                           m.F_NO_PORTEUR()))
    elif porteur_og is None:
        out.append(Finding(
            "composition.porteur_not_member", "blocking", m.M_PORTEUR_NOT_MEMBER(finess=grappe.porteur_finess_ej),
            m.W_PORTEUR(), SRC_PORTEUR, m.F_PORTEUR_NOT_MEMBER(), (grappe.porteur_finess_ej,)))
    return out


def _with_campaign_source(seed: str, campaign: Campaign, key: str) -> str:
    """``seed`` (the rule) followed by the campaign's source for ``key`` (its figure), when it has one."""
    figure = campaign_source(campaign, key, "")
    return f"{seed}; {figure}" if figure and figure != seed else seed


def _og_size(og: OgInput) -> int:
    return og_size(og.total_essms, len(og.essms))


def _filing(grappe: GrappeInput, campaign: Campaign, count: int, region_counts: dict[str, int],
            main_region: str | None) -> tuple[FilingLevel, str | None]:
    several = len(region_counts) > 1
    if count >= campaign.national_min_essms:
        if not several and campaign.large_single_region_files_regionally:
            return "regional", main_region
        return "national", None
    if grappe.national_reach:
        return "national", None
    return ("multi_regional" if several else "regional"), main_region


def _filing_findings(grappe: GrappeInput, campaign: Campaign, count: int, level: FilingLevel,
                     region_counts: dict[str, int], main_region: str | None, tied: tuple[str, ...],
                     minimum: int) -> list[Finding]:
    national = _count(campaign.national_min_essms)
    out: list[Finding] = []
    name = region_name(main_region) or (main_region or "?")
    if level == "national":
        if count >= campaign.national_min_essms:
            out.append(Finding(
                "composition.national", "info", m.M_NATIONAL(count=_count(count)),
                m.W_NATIONAL(national=national, tier=_count(campaign.tier_boundary)),
                campaign_source(campaign, "grappe.national_min_essms", SRC_NATIONAL),
                m.F_NATIONAL(window=window_text(campaign, "national"))))
        else:
            out.append(Finding(
                "composition.national_reach", "info", m.M_NATIONAL_REACH(count=_count(count)),
                m.W_NATIONAL_REACH(national=national), SRC_NATIONAL_REACH, m.F_NATIONAL_REACH()))
        return out
    if count >= campaign.national_min_essms:
        out.append(Finding(
            "composition.large_single_region", "info", m.M_LARGE_ONE_REGION(count=_count(count), region=name),
            m.W_LARGE_ONE_REGION(national=national),
            campaign_source(campaign, "grappe.large_single_region_files_regionally", SRC_LARGE_ONE_REGION),
            m.F_REGIONAL(region=name, window=window_text(campaign, "regional"))))
    elif level == "regional":
        out.append(Finding(
            "composition.regional", "info", m.M_REGIONAL(count=_count(count), region=name),
            m.W_REGIONAL(minimum=_count(minimum), maximum=_count(campaign.regional_max_essms)),
            campaign_source(campaign, "grappe.regional_max_essms", SRC_REGIONAL),
            m.F_REGIONAL(region=name, window=window_text(campaign, "regional"))))
    elif level == "multi_regional":
        out.append(Finding(
            "composition.multi_regional", "info",
            m.M_MULTI(count=_count(count), regions=_count(len(region_counts)), region=name,
                    region_count=_count(region_counts.get(main_region or "", 0))),
            m.W_MULTI(national=national), _with_campaign_source("003 §4.3.A", campaign, "windows.multi_regional.end"),
            m.F_MULTI(region=name, window=window_text(campaign, "multi_regional"))))
    if len(tied) > 1:
        out.append(Finding(
            "composition.filing_region_tie", "warning",
            m.M_TIE(count=_count(region_counts[tied[0]]), regions=", ".join(region_name(c) or c for c in tied),
                  region=name),
            m.W_TIE(), "003 §4.3.A", m.F_TIE(), tied))
    return out


def _type_findings(grappe: GrappeInput, essms: list[EssmsInput], type_of: dict[str, str],
                   type_counts: dict[str, int], count: int) -> list[Finding]:
    if count == 0:
        return []
    majority = next((t for t, n in type_counts.items() if 2 * n > count), None)
    counts = {k: _count(v) for k, v in type_counts.items()}
    if majority is None:
        return [Finding("composition.no_majority_project_type", "blocking", m.M_NO_MAJORITY_TYPE(**counts), m.W_TYPE(),
                        SRC_COHERENCE, m.F_NO_MAJORITY_TYPE())]
    if majority != grappe.project_type:
        what, fix = ((m.M_DECLARED_ACQ_MOSTLY_CONF, m.F_DECLARE_CONF) if majority == "conformite"
                     else (m.M_DECLARED_CONF_MOSTLY_ACQ, m.F_DECLARE_ACQ))
        return [Finding("composition.project_type_not_majority", "warning", what(count=counts[majority]),
                        m.W_TYPE(), SRC_COHERENCE, fix())]
    other = [e for e in essms if type_of[e.finess_et] != grappe.project_type]
    if other:
        return [Finding("composition.mixed_project_types", "info", m.M_MIXED_TYPES(names=_names(other)), m.W_TYPE(),
                        SRC_COHERENCE, m.F_MIXED_TYPES(), _subjects(other))]
    return []


def _hosting_findings(grappe: GrappeInput, essms: list[EssmsInput]) -> list[Finding]:
    hosting = Counter(HOSTING_LABELS.get(e.hosting or grappe.hosting, e.hosting or grappe.hosting) for e in essms)
    if len(hosting) <= 1:
        return []
    # 003 §7 criterion 1, for both project types: « avec le même besoin d'hébergement (SAAS, externe,
    # on premise) ». The seed makes no exception for mises en conformité: blocking.
    odd = tuple(e.finess_et for e in essms if (e.hosting or grappe.hosting) != grappe.hosting)
    return [Finding("composition.mixed_hosting", "blocking", m.M_MIXED_HOSTING(counts=_counts_text(dict(hosting))),
                    m.W_HOSTING(), SRC_HOSTING, m.F_MIXED_HOSTING(), odd)]


def _dui_findings(grappe: GrappeInput, essms: list[EssmsInput], type_of: dict[str, str]) -> list[Finding]:
    out: list[Finding] = []
    if grappe.project_type == "acquisition" and not _norm(grappe.dui_software) and essms:
        out.append(Finding("composition.dui_not_chosen", "info", m.M_DUI_NOT_CHOSEN(), m.W_DUI_ACQUISITION(),
                           SRC_DUI, m.F_DUI_NOT_CHOSEN()))
    conformite = [e for e in essms if type_of[e.finess_et] == "conformite"]
    without = [e for e in conformite if e.current_dui_kind == "none"]
    if without:
        out.append(Finding("composition.conformite_without_dui", "blocking",
                           m.M_CONFORMITE_NO_DUI(names=_names(without)),
                           m.W_CONFORMITE(), SRC_DUI, m.F_CONFORMITE_NO_DUI(), _subjects(without)))
    # 003 §7 « avec un même DUI »: the ESSMS in mise en conformité keep their DUI (§5.2 « ne change pas
    # de solution »), so they must all have one software, and in an acquisition grappe the one it
    # deploys (§5.1 « un même logiciel »).
    softwares = sorted({e.current_dui_software.strip() for e in conformite
                        if e.current_dui_kind != "none" and _norm(e.current_dui_software)}, key=str.casefold)
    distinct = {_norm(s) for s in softwares}
    chosen = _norm(grappe.dui_software)
    if len(distinct) > 1:
        out.append(Finding("composition.several_duis", "blocking",
                           m.M_SEVERAL_DUIS(count=_count(len(distinct)), softwares=", ".join(softwares)),
                           m.W_SAME_DUI(), SRC_SAME_DUI, m.F_SEVERAL_DUIS()))
    elif grappe.project_type == "acquisition" and distinct and chosen is not None and distinct != {chosen}:
        other = [e for e in conformite if _norm(e.current_dui_software) not in (None, chosen)]
        out.append(Finding("composition.conformite_other_dui", "blocking",
                           m.M_CONFORMITE_OTHER_DUI(software=grappe.dui_software or "", names=_names(other)),
                           m.W_SAME_DUI(), SRC_SAME_DUI, m.F_CONFORMITE_OTHER_DUI(), _subjects(other)))
    return out


def _redundancy_findings(grappe: GrappeInput, essms: list[EssmsInput], type_of: dict[str, str]) -> list[Finding]:
    out: list[Finding] = []
    funded = [e for e in essms if e.already_funded]
    if funded:
        out.append(Finding("composition.already_funded", "blocking", m.M_ALREADY_FUNDED(names=_names(funded)),
                           m.W_ALREADY_FUNDED(), SRC_NON_REDUNDANCY, m.F_ALREADY_FUNDED(),
                           _subjects(funded)))
    conflict: list[EssmsInput] = []
    unknown: list[EssmsInput] = []
    for e in essms:
        if not e.sons_ordered:
            continue
        if type_of[e.finess_et] == "conformite":  # it keeps its own DUI
            target = _norm(e.current_dui_software) or _norm(grappe.dui_software)
        else:
            target = _norm(grappe.dui_software)
        ordered = _norm(e.sons_software)
        if target is None or ordered is None:
            unknown.append(e)
        elif ordered != target:
            conflict.append(e)
    if conflict:
        out.append(Finding("composition.sons_other_software", "blocking", m.M_SONS_OTHER(names=_names(conflict)),
                           m.W_SONS(), SRC_NON_REDUNDANCY, m.F_SONS_OTHER(), _subjects(conflict)))
    if unknown:
        out.append(Finding("composition.sons_software_unknown", "warning", m.M_SONS_UNKNOWN(names=_names(unknown)),
                           m.W_SONS(), SRC_NON_REDUNDANCY, m.F_SONS_UNKNOWN(), _subjects(unknown)))
    return out


def medium_og(grappe: GrappeInput, campaign: Campaign) -> OgInput | None:
    """The largest OG of the grappe that is « de taille moyenne (plus de 15 ESSMS) » (003 §7) on its own
    size (all the ESSMS it runs), and brings no isolated ESSMS itself; None when there is none."""
    minimum = campaign.medium_og_min_essms
    candidates = [og for og in grappe.ogs
                  if _og_size(og) >= minimum and not any(e.isolated for e in og.essms)]
    return max(candidates, key=_og_size, default=None)


def _isolated_findings(essms: list[EssmsInput], grappe: GrappeInput, campaign: Campaign) -> list[Finding]:
    isolated = [e for e in essms if e.isolated]
    if not isolated:
        return []
    more_than = campaign.medium_og_min_essms - 1
    subjects = _subjects(isolated)
    leader = medium_og(grappe, campaign)
    if leader is not None:
        what = m.M_ISOLATED_PRIORITY(count=_count(len(isolated)), size=_count(_og_size(leader)),
                                   names=_names(isolated))
    else:
        what = m.M_ISOLATED(count=_count(len(isolated)), names=_names(isolated))
    return [Finding("composition.isolated_essms", "info", what, m.W_ISOLATED(small=_count(more_than)),
                    f"{SRC_MEDIUM_OG}; {SRC_ISOLATED}", m.F_ISOLATED(), subjects)]


def _split_key(address: str) -> str:
    return " ".join(address.casefold().replace(",", " ").split())


def _split_findings(grappe: GrappeInput) -> list[Finding]:
    """Several ET of one EJ at the same address with the same category (003 §5: the ARS may lower
    the grant when the FINESS composition « multiplie de façon artificielle les forfaits »). A warning."""
    out: list[Finding] = []
    for og in grappe.ogs:
        groups: dict[tuple[str, str], list[EssmsInput]] = {}
        for e in og.essms:
            if e.category_code and _split_key(e.address):
                groups.setdefault((e.category_code, _split_key(e.address)), []).append(e)
        for (category, _addr), items in groups.items():
            if len(items) > 1:
                out.append(Finding(
                    "composition.finess_split", "warning",
                    m.M_FINESS_SPLIT(count=_count(len(items)), og=og.name or og.finess_ej, category=category,
                                     address=items[0].address.strip(), names=_names(items)),
                    m.W_FINESS_SPLIT(), SRC_FINESS_SPLIT, m.F_FINESS_SPLIT(), _subjects(items)))
    return out
