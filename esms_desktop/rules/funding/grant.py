"""The ESMS numérique grant calculator. No Qt; every figure comes from the campaign file.

    breakdown = compute_grant(load_campaign(2024), FundingRequest("acquisition", 20, True, ogs))
    breakdown = compute_grant(dossier.campaign(), funding_request(dossier))   # rules.dossier.Dossier

gives one line per forfait (per-ESSMS forfaits by tier, editor share, small-OG aids), the total,
the avance/solde schedule, and the refusals: what was asked but is not allowed, and why.
Amounts are whole euros (``int``). A forfait given as "jusqu'à" is counted at its ceiling and
flagged ``ceiling`` (plafond).

:func:`funding_request` (at the end) is the request of a typed dossier: the same value feeds the wizard,
the PDF pack, the checker and the CLI, so they all compute the same grant; whether an OG is small is
decided by ``rules.grappe.small_og`` on each OG's own size and place.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from esms_desktop.formatting import euros, percent
from esms_desktop.rules.campaign import PROJECT_TYPES, Campaign, Figure, SmallOgAid
from esms_desktop.rules.dossier import Dossier, as_dossier
from esms_desktop.rules.grappe.small_og import all_corse_overseas, is_small_og, small_og_limit
from esms_desktop.text import QT_TRANSLATE_NOOP, Message

# Line labels
USAGE_LABEL = QT_TRANSLATE_NOOP("Funding", "Project ownership and usage forfait, ESSMS {first} to {last}")
USAGE_TYPE_LABEL = QT_TRANSLATE_NOOP(
    "Funding", "Project ownership and usage forfait ({type}), among the ESSMS {first} to {last}")
TYPE_NAMES = {"acquisition": "acquisition", "conformite": "mise en conformité"}
EDITOR_SEGUR_TYPE_LABEL = QT_TRANSLATE_NOOP(
    "Funding", "Editor share (Ségur-referenced DUI, {type}), among the ESSMS {first} to {last}")
EDITOR_OTHER_TYPE_LABEL = QT_TRANSLATE_NOOP(
    "Funding", "Editor share (DUI not Ségur-referenced, {type}), among the ESSMS {first} to {last}")
EDITOR_SEGUR_LABEL = QT_TRANSLATE_NOOP("Funding", "Editor share (Ségur-referenced DUI), ESSMS {first} to {last}")
EDITOR_OTHER_LABEL = QT_TRANSLATE_NOOP("Funding", "Editor share (DUI not Ségur-referenced), ESSMS {first} to {last}")
EQUIPMENT_LABEL = QT_TRANSLATE_NOOP("Funding", "Small OG equipment and infrastructure: {og}")
AMOA_PURCHASING_LABEL = QT_TRANSLATE_NOOP("Funding", "Small OG AMOA for the purchasing procedure")
AMOA_PILOTING_LABEL = QT_TRANSLATE_NOOP("Funding", "Small OG AMOA or internal project manager for piloting")

# How a line was computed
PER_ESSMS_RULE = QT_TRANSLATE_NOOP("Funding", "{count} ESSMS × {unit} = {amount}")
PER_ESSMS_CEILING_RULE = QT_TRANSLATE_NOOP("Funding", "{count} ESSMS × up to {unit} = {amount} (ceiling)")
EQUIPMENT_RULE = QT_TRANSLATE_NOOP(
    "Funding", "{og} runs {size} ESSMS (small OG: fewer than {threshold}); {count} ESSMS in the grappe × {unit} = {amount}"
)
EQUIPMENT_CEILING_RULE = QT_TRANSLATE_NOOP(
    "Funding",
    "{og} runs {size} ESSMS (small OG: fewer than {threshold}); {count} ESSMS in the grappe × up to {unit} = {amount} (ceiling)",
)
PER_PROJECT_RULE = QT_TRANSLATE_NOOP(
    "Funding", "One forfait for the whole project, however many small OGs ask for it ({ogs}): {amount}"
)
PER_PROJECT_CEILING_RULE = QT_TRANSLATE_NOOP(
    "Funding", "One forfait for the whole project, however many small OGs ask for it ({ogs}): up to {amount} (ceiling)"
)
SCHEDULE_RULE = QT_TRANSLATE_NOOP(
    "Funding", "Advance of {avance_percent}: {avance}; balance of {solde_percent}: {solde}"
)

# Why a request is refused
NOT_OFFERED = QT_TRANSLATE_NOOP("Funding", "The {year} campaign does not offer this funding.")
NOT_FOR_ACQUISITION = QT_TRANSLATE_NOOP(
    "Funding", "The {year} campaign does not grant this funding to an acquisition project."
)
NOT_FOR_CONFORMITE = QT_TRANSLATE_NOOP(
    "Funding", "The {year} campaign does not grant this funding to an upgrade project."
)
NOT_SMALL_OG = QT_TRANSLATE_NOOP(
    "Funding", "{og} runs {size} ESSMS: this funding is reserved for OGs with fewer than {threshold} ESSMS (small OGs)."
)
NO_ESSMS_IN_GRAPPE = QT_TRANSLATE_NOOP("Funding", "{og} has no ESSMS in the grappe.")
EDITOR_NOT_SEGUR = QT_TRANSLATE_NOOP(
    "Funding", "The {year} campaign pays an editor share only for a Ségur-referenced DUI."
)

# Notes on the whole breakdown
INDICATIVE_NOTE = QT_TRANSLATE_NOOP(
    "Funding", "The {year} figures are indicative: they repeat earlier rules until the {year} instruction is known."
)
NO_ESSMS_NOTE = QT_TRANSLATE_NOOP(
    "Funding", "The grappe has no ESSMS: no funding line, not even the per-project AMOA forfait."
)
CEILING_NOTE = QT_TRANSLATE_NOOP(
    "Funding", "Lines marked (ceiling) are maxima: the grant follows the quotes up to these amounts."
)
NO_EDITOR_SHARE_NOTE = QT_TRANSLATE_NOOP("Funding", "No editor share in this grant: {reason}")
NO_EDITOR_SHARE_TYPE_NOTE = QT_TRANSLATE_NOOP("Funding", "No editor share for the ESSMS in {type}: {reason}")


@dataclass(frozen=True)
class OgFunding:
    """One OG of the grappe and the small-OG aids it asks for.

    ``essms_count``: its ESSMS in the grappe (equipment is counted on them). ``total_essms``: all the
    ESSMS it runs, when more than those in the grappe; whether the OG is small is judged on it.
    """

    name: str
    essms_count: int
    equipment_requested: bool = False
    amoa_purchasing_requested: bool = False
    amoa_piloting_requested: bool = False
    total_essms: int | None = None
    corse_overseas: bool | None = None  # all its ESSMS in Corse or overseas; None: the request's

    def __post_init__(self) -> None:
        if self.essms_count < 0:
            raise ValueError(f"{self.name}: negative ESSMS count")
        if self.total_essms is not None and self.total_essms < self.essms_count:
            raise ValueError(f"{self.name}: total_essms is below the ESSMS in the grappe")

    @property
    def size(self) -> int:
        """Number of ESSMS the OG runs."""
        return self.essms_count if self.total_essms is None else self.total_essms


@dataclass(frozen=True)
class FundingRequest:
    """What a grappe asks for. ``essms_count``: all its ESSMS, in order (the tier boundary and after
    are paid at the upper tier). ``ogs``: the OGs (all, or at least those asking for small-OG aids).
    ``corse_overseas``: the grappe is in Corse or overseas (small-OG threshold of some campaigns)."""

    project_type: str
    essms_count: int
    editor_segur_referenced: bool
    ogs: tuple[OgFunding, ...] = ()
    corse_overseas: bool = False
    #: The project type of each ESSMS, in grappe order (``ogs[].essms[].project_type``, default the
    #: dossier's); empty: all of ``project_type``. 003 §7 « portant majoritairement le même type de projet ».
    essms_types: tuple[str, ...] = ()

    def __post_init__(self) -> None:
        if self.project_type not in PROJECT_TYPES:
            raise ValueError(f"unknown project type {self.project_type!r}")
        if any(t not in PROJECT_TYPES for t in self.essms_types):
            raise ValueError("unknown project type among the ESSMS")
        if self.essms_types and len(self.essms_types) != self.essms_count:
            raise ValueError("essms_types does not give one type per ESSMS")
        if self.essms_count < 0:
            raise ValueError("negative ESSMS count")
        if sum(og.essms_count for og in self.ogs) > self.essms_count:
            raise ValueError("the OGs hold more ESSMS than the grappe")


@dataclass(frozen=True)
class GrantLine:
    """One line of the grant: ``quantity`` × ``unit_amount`` = ``amount`` (euros).

    ``key``: "usage.lower", "usage.upper", "editor.lower", "editor.upper", "equipment" (one per OG,
    ``og`` set), "amoa_purchasing", "amoa_piloting". ``ceiling``: the amount is a maximum (plafond).
    """

    key: str  # "usage.lower"; "usage.lower.conformite" for ESSMS of another type than the dossier's
    label: Message
    quantity: int
    unit_amount: int
    amount: int
    rule: Message
    source: str
    ceiling: bool = False
    og: str | None = None


@dataclass(frozen=True)
class Refusal:
    """A request that is not allowed: what (``key``, ``label``), for which OG, and why."""

    key: str
    label: Message
    reason: Message
    source: str
    og: str | None = None


@dataclass(frozen=True)
class Schedule:
    """Payment of the total: avance (when) and solde (condition). The avance is rounded down to the euro."""

    avance: int
    avance_percent: int
    avance_when: str
    solde: int
    solde_percent: int
    solde_condition: str
    source: str
    rule: Message


@dataclass(frozen=True)
class GrantBreakdown:
    campaign_year: int
    project_type: str
    lines: tuple[GrantLine, ...]
    total: int
    schedule: Schedule
    refusals: tuple[Refusal, ...]
    notes: tuple[Message, ...]

    @property
    def has_ceilings(self) -> bool:
        return any(line.ceiling for line in self.lines)

    def line(self, key: str, og: str | None = None) -> GrantLine | None:
        return next((ln for ln in self.lines if ln.key == key and ln.og == og), None)

    def refusal(self, key: str, og: str | None = None) -> Refusal | None:
        return next((r for r in self.refusals if r.key == key and r.og == og), None)


def compute_grant(campaign: Campaign, request: FundingRequest) -> GrantBreakdown:
    """The grant of ``request`` under ``campaign``'s rules."""
    lines: list[GrantLine] = []
    refusals: list[Refusal] = []
    notes: list[Message] = []
    types = request.essms_types or (request.project_type,) * request.essms_count
    tiers = _tier_ranges(request.essms_count, campaign.tier_boundary)
    # The dossier's own type first, then the other: one set of lines per project type present.
    for kind in sorted(set(types), key=lambda t: (t != request.project_type, t)):
        _type_lines(campaign, request, kind, types, tiers, lines, refusals, notes)

    if request.essms_count > 0:
        _small_og_lines(campaign, request, lines, refusals)
    else:  # no ESSMS, no grant: not even the per-project AMOA (issue 15 item 2; the campaign's readings)
        notes.append(NO_ESSMS_NOTE)

    total = sum(line.amount for line in lines)
    if campaign.indicative:
        notes.insert(0, INDICATIVE_NOTE(year=str(campaign.year)))
    if any(line.ceiling for line in lines):
        notes.append(CEILING_NOTE)
    return GrantBreakdown(
        campaign_year=campaign.year,
        project_type=request.project_type,
        lines=tuple(lines),
        total=total,
        schedule=payment_schedule(campaign, total),
        refusals=tuple(refusals),
        notes=tuple(notes),
    )


def _type_lines(campaign: Campaign, request: FundingRequest, kind: str, types: tuple[str, ...],
                tiers: dict[str, tuple[int, int]], lines: list[GrantLine], refusals: list[Refusal],
                notes: list[Message]) -> None:
    """The per-ESSMS lines of the ESSMS of project type ``kind`` (ranked in grappe order for the tiers)."""
    forfaits = campaign.forfaits[kind]
    mixed = len(set(types)) > 1  # labels say the type; keys of the other type than the dossier's get it
    suffix = f".{kind}" if kind != request.project_type else ""
    for tier, (first, last) in tiers.items():
        count = sum(1 for t in types[first - 1:last] if t == kind)
        if count == 0:
            continue
        fig = forfaits.usage.lower if tier == "lower" else forfaits.usage.upper
        label = (USAGE_TYPE_LABEL(type=TYPE_NAMES[kind], first=str(first), last=str(last)) if mixed
                 else USAGE_LABEL(first=str(first), last=str(last)))
        line = _per_essms_line(f"usage.{tier}{suffix}", label, count, fig, ceiling=False)
        if line is not None:  # the schema requires both usage tiers
            lines.append(line)

    if forfaits.editor is not None:
        editor = forfaits.editor
        template = EDITOR_SEGUR_LABEL if request.editor_segur_referenced else EDITOR_OTHER_LABEL
        if mixed:
            template = EDITOR_SEGUR_TYPE_LABEL if request.editor_segur_referenced else EDITOR_OTHER_TYPE_LABEL
        amounts = editor.tiers(request.editor_segur_referenced)
        for tier, (first, last) in tiers.items():
            count = sum(1 for t in types[first - 1:last] if t == kind)
            if count == 0:
                continue
            fig = amounts.lower if tier == "lower" else amounts.upper
            label = template(first=str(first), last=str(last))
            if mixed:
                label = label(type=TYPE_NAMES[kind])
            line = _per_essms_line(f"editor.{tier}{suffix}", label, count, fig, ceiling=editor.ceiling.value)
            if line is None:
                reason = NOT_OFFERED if request.editor_segur_referenced else EDITOR_NOT_SEGUR
                refusals.append(Refusal(f"editor.{tier}{suffix}", label, reason(year=str(campaign.year)), fig.source))
            else:
                lines.append(line)
    elif forfaits.editor_note is not None and count_of(types, kind):
        notes.append(NO_EDITOR_SHARE_TYPE_NOTE(type=TYPE_NAMES[kind], reason=forfaits.editor_note.value) if mixed
                     else NO_EDITOR_SHARE_NOTE(reason=forfaits.editor_note.value))


def count_of(types: tuple[str, ...], kind: str) -> int:
    return sum(1 for t in types if t == kind)


def _tier_ranges(essms_count: int, boundary: int) -> dict[str, tuple[int, int]]:
    """Ranks (first, last) of the ESSMS in each tier that has any."""
    ranges: dict[str, tuple[int, int]] = {}
    if essms_count >= 1:
        ranges["lower"] = (1, min(essms_count, boundary - 1))
    if essms_count >= boundary:
        ranges["upper"] = (boundary, essms_count)
    return ranges


def _per_essms_line(
    key: str, label: Message, count: int, fig: Figure[int | None], ceiling: bool, og: str | None = None
) -> GrantLine | None:
    if fig.value is None:
        return None
    amount = count * fig.value
    rule = (PER_ESSMS_CEILING_RULE if ceiling else PER_ESSMS_RULE)(
        count=str(count), unit=euros(fig.value), amount=euros(amount)
    )
    return GrantLine(key, label, count, fig.value, amount, rule, fig.source, ceiling, og)


def _aid_refusal(campaign: Campaign, aid: SmallOgAid, project_type: str) -> Message | None:
    """Why ``aid`` cannot be granted at all in this project, or None."""
    year = str(campaign.year)
    if not aid.offered:
        return NOT_OFFERED(year=year)
    if project_type not in aid.project_types.value:
        return (NOT_FOR_ACQUISITION if project_type == "acquisition" else NOT_FOR_CONFORMITE)(year=year)
    return None


def _small_og_lines(
    campaign: Campaign, request: FundingRequest, lines: list[GrantLine], refusals: list[Refusal]
) -> None:
    rules = campaign.small_og

    def overseas(og: OgFunding) -> bool:
        return request.corse_overseas if og.corse_overseas is None else og.corse_overseas

    def limit_of(og: OgFunding) -> int:
        return small_og_limit(campaign, overseas(og))

    def og_refusal(og: OgFunding, aid: SmallOgAid) -> tuple[Message, str] | None:
        reason = _aid_refusal(campaign, aid, request.project_type)
        if reason is not None:
            source = aid.amount.source if not aid.offered else aid.project_types.source
            return reason, source
        if og.essms_count == 0:
            return NO_ESSMS_IN_GRAPPE(og=og.name), aid.amount.source
        if not is_small_og(campaign, og.size, og.essms_count, overseas(og)):
            key = "small_og.max_essms_corse_overseas" if overseas(og) else "small_og.max_essms"
            return NOT_SMALL_OG(og=og.name, size=str(og.size), threshold=str(limit_of(og) + 1)), campaign.source(key)
        return None

    # Equipment: per ESSMS of each small OG in the grappe, one line per OG.
    aid = rules.equipment
    for og in request.ogs:
        if not og.equipment_requested:
            continue
        label = EQUIPMENT_LABEL(og=og.name)
        refused = og_refusal(og, aid)
        if refused is not None:
            refusals.append(Refusal("equipment", label, refused[0], refused[1], og.name))
            continue
        unit = aid.amount.value
        assert unit is not None  # offered
        amount = og.essms_count * unit
        ceiling = aid.ceiling.value
        rule = (EQUIPMENT_CEILING_RULE if ceiling else EQUIPMENT_RULE)(
            og=og.name, size=str(og.size), threshold=str(limit_of(og) + 1), count=str(og.essms_count),
            unit=euros(unit), amount=euros(amount),
        )
        lines.append(
            GrantLine("equipment", label, og.essms_count, unit, amount, rule, aid.amount.source, ceiling, og.name)
        )

    # AMOA: one forfait per project, granted when at least one small OG asks for it.
    for key, label, aid, wanted in (
        ("amoa_purchasing", AMOA_PURCHASING_LABEL, rules.amoa_purchasing, lambda o: o.amoa_purchasing_requested),
        ("amoa_piloting", AMOA_PILOTING_LABEL, rules.amoa_piloting, lambda o: o.amoa_piloting_requested),
    ):
        askers: list[str] = []
        for og in request.ogs:
            if not wanted(og):
                continue
            refused = og_refusal(og, aid)
            if refused is None and og.essms_count == 0:
                # Read as: a small OG that brings at least one ESSMS to the grappe (campaign readings,
                # key small_og.amoa_piloting: « grappes composées d'organismes de petite taille »).
                refused = NO_ESSMS_IN_GRAPPE(og=og.name), aid.amount.source
            if refused is not None:
                refusals.append(Refusal(key, label, refused[0], refused[1], og.name))
            else:
                askers.append(og.name)
        if askers:
            unit = aid.amount.value
            assert unit is not None
            ceiling = aid.ceiling.value
            rule = (PER_PROJECT_CEILING_RULE if ceiling else PER_PROJECT_RULE)(
                ogs=", ".join(askers), amount=euros(unit)
            )
            lines.append(GrantLine(key, label, 1, unit, unit, rule, aid.amount.source, ceiling))


def payment_schedule(campaign: Campaign, total: int) -> Schedule:
    split = campaign.payment_split
    avance = total * split.avance_percent // 100
    solde = total - avance
    rule = SCHEDULE_RULE(
        avance_percent=percent(split.avance_percent), avance=euros(avance),
        solde_percent=percent(split.solde_percent), solde=euros(solde),
    )
    return Schedule(
        avance=avance,
        avance_percent=split.avance_percent,
        avance_when=split.avance_when,
        solde=solde,
        solde_percent=split.solde_percent,
        solde_condition=split.solde_condition,
        source=split.source,
        rule=rule,
    )


# --- the request of a dossier: the same value for the wizard, the PDF pack, the checker and the CLI -----------


def og_names(data: Dossier | Mapping[str, Any]) -> list[str]:
    """The name each OG carries in the grant (``OgFunding.name`` / ``GrantLine.og``), by OG index.

    An unnamed OG is called by its FINESS EJ; two OGs of the same name get their FINESS EJ added, so
    that every equipment line and refusal points at one OG.
    """
    members = as_dossier(data).ogs
    names = [og.name.strip() or og.finess_ej.strip() or f"OG {i + 1}" for i, og in enumerate(members)]
    plain = list(names)
    for i, name in enumerate(plain):
        if plain.count(name) > 1:
            ej = members[i].finess_ej.strip() or str(i + 1)
            names[i] = f"{name} ({ej})"
    with_ej = list(names)
    for i, name in enumerate(with_ej):  # still equal (same name and same FINESS EJ): number them
        if with_ej.count(name) > 1:
            names[i] = f"{name} #{i + 1}"
    return names


def is_corse_overseas(data: Dossier | Mapping[str, Any]) -> bool:
    """True when every ESSMS whose place is known is in Corse or overseas (and there is one).

    One metropolitan ESSMS makes the grappe metropolitan, as for the grappe minimum (composition).
    Unknown departments are left out.
    """
    return all_corse_overseas(e.territory for e in as_dossier(data).all_essms if e.territory is not None)


def funding_request(data: Dossier | Mapping[str, Any]) -> FundingRequest:
    """The :class:`FundingRequest` of a dossier: project type, its ESSMS, the DUI's Ségur
    referencing, each OG with its ESSMS, its size and place, and the specific funding it asks for.

    000 « 1 FINESS ET = 1 FINANCEMENT »: an ESSMS met twice (under one OG or two) is counted once, under
    the first OG that lists it. Each ESSMS carries its own project type (``essms_types``) when the grappe
    mixes them (003 §7 « portant majoritairement le même type de projet »).
    """
    dossier = as_dossier(data)
    default_type = dossier.project_type if dossier.project_type in ("acquisition", "conformite") else "acquisition"
    seen: set[str] = set()
    types: list[str] = []
    og_requests = []
    for og, name in zip(dossier.ogs, og_names(dossier)):
        count = 0
        for e in og.essms:
            if e.finess_et and e.finess_et in seen:
                continue
            seen.add(e.finess_et)
            count += 1
            types.append(e.project_type or default_type)
        og_requests.append(OgFunding(
            name=name,
            essms_count=count,
            equipment_requested=og.funding.equipment,
            amoa_purchasing_requested=og.funding.amoa_purchasing,
            amoa_piloting_requested=og.funding.amoa_piloting,
            total_essms=None if og.size_to_confirm else max(og.size, count),
            corse_overseas=og.corse_overseas,
        ))
    return FundingRequest(
        project_type=default_type,
        essms_count=sum(r.essms_count for r in og_requests),
        editor_segur_referenced=dossier.dui.segur_referenced,
        ogs=tuple(og_requests),
        corse_overseas=is_corse_overseas(dossier),
        essms_types=tuple(types) if len(set(types)) > 1 else (),
    )
