"""The ESMS numérique grant calculator. No Qt; every figure comes from the campaign file.

    breakdown = compute_grant(load_campaign(2024), FundingRequest("acquisition", 20, True, ogs))

gives one line per forfait (per-ESSMS forfaits by tier, editor share, small-OG aids), the total,
the avance/solde schedule, and the refusals: what was asked but is not allowed, and why.
Amounts are whole euros (``int``). A forfait given as "jusqu'à" is counted at its ceiling and
flagged ``ceiling`` (plafond).
"""

from __future__ import annotations

from dataclasses import dataclass

from esms_desktop.formatting import euros, percent
from esms_desktop.rules.campaign import PROJECT_TYPES, Campaign, Figure, SmallOgAid
from esms_desktop.rules.grappe.small_og import is_small_og, small_og_limit
from esms_desktop.text import QT_TRANSLATE_NOOP, Message

# Line labels
USAGE_LABEL = QT_TRANSLATE_NOOP("Funding", "Project ownership and usage forfait, ESSMS {first} to {last}")
EDITOR_SEGUR_LABEL = QT_TRANSLATE_NOOP("Funding", "Editor share (Ségur-referenced DUI), ESSMS {first} to {last}")
EDITOR_OTHER_LABEL = QT_TRANSLATE_NOOP("Funding", "Editor share (DUI not Ségur-referenced), ESSMS {first} to {last}")
EQUIPMENT_LABEL = QT_TRANSLATE_NOOP("Funding", "Small OG equipment and infrastructure: {og}")
AMOA_PURCHASING_LABEL = QT_TRANSLATE_NOOP("Funding", "Small OG AMOA for the purchasing procedure")
AMOA_PILOTING_LABEL = QT_TRANSLATE_NOOP("Funding", "Small OG AMOA or internal project manager for piloting")

# How a line was computed
PER_ESSMS_RULE = QT_TRANSLATE_NOOP("Funding", "{count} ESSMS × {unit} = {amount}")
PER_ESSMS_CEILING_RULE = QT_TRANSLATE_NOOP("Funding", "{count} ESSMS × up to {unit} = {amount} (plafond)")
EQUIPMENT_RULE = QT_TRANSLATE_NOOP(
    "Funding", "{og} runs {size} ESSMS (small OG: fewer than {threshold}); {count} ESSMS in the grappe × {unit} = {amount}"
)
EQUIPMENT_CEILING_RULE = QT_TRANSLATE_NOOP(
    "Funding",
    "{og} runs {size} ESSMS (small OG: fewer than {threshold}); {count} ESSMS in the grappe × up to {unit} = {amount} (plafond)",
)
PER_PROJECT_RULE = QT_TRANSLATE_NOOP(
    "Funding", "One forfait for the whole project, however many small OGs ask for it ({ogs}): {amount}"
)
PER_PROJECT_CEILING_RULE = QT_TRANSLATE_NOOP(
    "Funding", "One forfait for the whole project, however many small OGs ask for it ({ogs}): up to {amount} (plafond)"
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
    "Funding", "The {year} campaign does not grant this funding to a mise en conformité project."
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
CEILING_NOTE = QT_TRANSLATE_NOOP(
    "Funding", "Lines marked (plafond) are maxima: the grant follows the quotes up to these amounts."
)
NO_EDITOR_SHARE_NOTE = QT_TRANSLATE_NOOP("Funding", "No editor share in this grant: {reason}")


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

    def __post_init__(self) -> None:
        if self.project_type not in PROJECT_TYPES:
            raise ValueError(f"unknown project type {self.project_type!r}")
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

    key: str
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
    forfaits = campaign.forfaits[request.project_type]

    tiers = _tier_ranges(request.essms_count, campaign.tier_boundary)
    for tier, (first, last) in tiers.items():
        fig = forfaits.usage.lower if tier == "lower" else forfaits.usage.upper
        label = USAGE_LABEL(first=str(first), last=str(last))
        line = _per_essms_line(f"usage.{tier}", label, last - first + 1, fig, ceiling=False)
        if line is not None:  # the schema requires both usage tiers
            lines.append(line)

    if forfaits.editor is not None:
        editor = forfaits.editor
        template = EDITOR_SEGUR_LABEL if request.editor_segur_referenced else EDITOR_OTHER_LABEL
        amounts = editor.tiers(request.editor_segur_referenced)
        for tier, (first, last) in tiers.items():
            fig = amounts.lower if tier == "lower" else amounts.upper
            label = template(first=str(first), last=str(last))
            line = _per_essms_line(f"editor.{tier}", label, last - first + 1, fig, ceiling=editor.ceiling.value)
            if line is None:
                reason = NOT_OFFERED if request.editor_segur_referenced else EDITOR_NOT_SEGUR
                refusals.append(Refusal(f"editor.{tier}", label, reason(year=str(campaign.year)), fig.source))
            else:
                lines.append(line)
    elif forfaits.editor_note is not None:
        notes.append(NO_EDITOR_SHARE_NOTE(reason=forfaits.editor_note.value))

    _small_og_lines(campaign, request, lines, refusals)

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
