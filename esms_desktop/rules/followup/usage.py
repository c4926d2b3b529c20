"""Usage rates per ESSMS and month against the campaign's cibles d'usage (003 §6). No Qt, no database.

003 §6: each indicator is measured « sur le mois écoulé mesuré à chaque fin de mois (avec une période de
3 mois pour la première mesure) ». A measure is therefore dated by the month at whose end it is taken;
the FIRST measure of an ESSMS covers the ``first_usage_measure_months`` months ending with it (3), every
later one its own month. An ESSMS joining in a later wave has its own first measure, later than the
others'. The counts behind each rate (numerator and denominator, see the campaign's ``usage_counts``)
are what the DUI reports for that period.

Rate = numerator / denominator × 100, met when it reaches the target (compared as integers:
``numerator × 100 ≥ target × denominator``, so 70 % of 10 is met by 7). A zero or unknown denominator
gives no rate and says why; it never meets a target.
"""

from __future__ import annotations

import datetime as dt
import math
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from fractions import Fraction

from esms_desktop.rules.campaign import Campaign, UsageTarget
from esms_desktop.text import QT_TRANSLATE_NOOP, Message

ZERO_DENOMINATOR = QT_TRANSLATE_NOOP("UsageRates", "no rate: the denominator ({count}) is 0 for this period")
MISSING_COUNT = QT_TRANSLATE_NOOP("UsageRates", "no rate: the count « {count} » was not given")
NOT_MEASURED = QT_TRANSLATE_NOOP("UsageRates", "not measured yet")
BELOW_TARGET = QT_TRANSLATE_NOOP(
    "UsageRates", "{indicator}: {rate} for a target of {target} ({missing} more « {count} » to reach it)")
NO_RATE_MISSING = QT_TRANSLATE_NOOP("UsageRates", "{indicator}: {reason}")
NO_MEASURE = QT_TRANSLATE_NOOP("UsageRates", "no usage measure yet")


@dataclass(frozen=True)
class Measure:
    """The counts of one ESSMS for the period ending with ``month`` (first day of that month)."""

    finess_et: str
    month: dt.date
    counts: Mapping[str, int]


@dataclass(frozen=True)
class Period:
    start: dt.date  # first day of the first month
    end: dt.date  # last day of the last month
    months: int


@dataclass(frozen=True)
class Rate:
    """One indicator for one ESSMS (or the grappe) and one period."""

    key: str
    numerator: int | None
    denominator: int | None  # None for a plain count (no fraction)
    target: float | None
    reason: Message | None = None  # why there is no rate

    @property
    def percent(self) -> float | None:
        if self.denominator is None or not self.denominator or self.numerator is None:
            return None
        return 100 * self.numerator / self.denominator

    @property
    def met(self) -> bool | None:
        """True / False against the target; None when the indicator has no target."""
        if self.target is None:
            return None
        if self.percent is None:
            return False
        return self.numerator * 100 >= Fraction(str(self.target)) * self.denominator

    @property
    def missing(self) -> int:
        """How many more numerator units reach the target (0 when met or when it cannot be said)."""
        if self.target is None or self.percent is None or self.met:
            return 0
        return math.ceil(Fraction(str(self.target)) * self.denominator / 100) - self.numerator


@dataclass(frozen=True)
class MonthResult:
    month: dt.date
    period: Period
    rates: tuple[Rate, ...]

    @property
    def all_met(self) -> bool:
        return all(r.met is not False for r in self.rates)

    def rate(self, key: str) -> Rate:
        return next(r for r in self.rates if r.key == key)


@dataclass(frozen=True)
class EssmsUsage:
    finess_et: str
    name: str
    months: tuple[MonthResult, ...]  # in month order

    @property
    def latest(self) -> MonthResult | None:
        return self.months[-1] if self.months else None

    def at(self, month: dt.date) -> MonthResult | None:
        return next((m for m in self.months if m.month == month), None)


@dataclass(frozen=True)
class UsageReport:
    indicators: tuple[UsageTarget, ...]
    essms: tuple[EssmsUsage, ...]
    grappe: tuple[MonthResult, ...]  # months where every ESSMS has a measure
    first_month_all_met: dt.date | None
    missing: dict[str, tuple[Message, ...]] = field(default_factory=dict)  # finess → what is missing

    @property
    def solde_ready(self) -> bool:
        """Every ESSMS meets every target at the latest month all of them were measured."""
        return bool(self.grappe) and all(
            (e.at(self.grappe[-1].month) or _EMPTY).all_met for e in self.essms) and bool(self.essms)


_EMPTY = MonthResult(dt.date.min, Period(dt.date.min, dt.date.min, 0), (Rate("", None, 1, 1.0),))


def month_start(day: dt.date) -> dt.date:
    return day.replace(day=1)


def add_months(month: dt.date, count: int) -> dt.date:
    index = month.year * 12 + month.month - 1 + count
    return dt.date(index // 12, index % 12 + 1, 1)


def month_end(month: dt.date) -> dt.date:
    return add_months(month, 1) - dt.timedelta(days=1)


def period_of(month: dt.date, first: bool, first_months: int) -> Period:
    """The period a measure taken at the end of ``month`` covers (003 §6: 3 months for the first)."""
    months = first_months if first else 1
    return Period(add_months(month_start(month), 1 - months), month_end(month), months)


def count_labels(campaign: Campaign) -> dict[str, str]:
    return {c.key: c.label for c in campaign.usage_counts}


def rate_of(target: UsageTarget, counts: Mapping[str, int], labels: Mapping[str, str] | None = None) -> Rate:
    def name(key: str) -> str:
        return (labels or {}).get(key, key)

    numerator = counts.get(target.numerator)
    if target.denominator is None:
        return Rate(target.key, numerator, None, target.target_percent,
                    None if numerator is not None else MISSING_COUNT(count=name(target.numerator)))
    denominator = counts.get(target.denominator)
    if numerator is None:
        return Rate(target.key, None, denominator, target.target_percent, MISSING_COUNT(count=name(target.numerator)))
    if denominator is None:
        return Rate(target.key, numerator, None, target.target_percent, MISSING_COUNT(count=name(target.denominator)))
    if denominator == 0:
        return Rate(target.key, numerator, 0, target.target_percent, ZERO_DENOMINATOR(count=name(target.denominator)))
    return Rate(target.key, numerator, denominator, target.target_percent)


def essms_usage(finess_et: str, name: str, measures: Iterable[Measure], campaign: Campaign) -> EssmsUsage:
    ordered = sorted(measures, key=lambda m: m.month)
    labels = count_labels(campaign)
    months = tuple(
        MonthResult(m.month, period_of(m.month, i == 0, campaign.first_usage_measure_months),
                    tuple(rate_of(t, m.counts, labels) for t in campaign.usage_targets))
        for i, m in enumerate(ordered)
    )
    return EssmsUsage(finess_et, name, months)


def grappe_month(results: Sequence[MonthResult], campaign: Campaign, month: dt.date) -> MonthResult:
    """The grappe's rates for a month: the sums of the ESSMS' numerators over the sums of their denominators."""
    rates = []
    labels = count_labels(campaign)
    for t in campaign.usage_targets:
        own = [r.rate(t.key) for r in results]
        nums = [r.numerator for r in own]
        dens = [r.denominator for r in own]
        numerator = None if any(n is None for n in nums) else sum(nums)
        if t.denominator is None:
            rates.append(Rate(t.key, numerator, None, t.target_percent,
                              None if numerator is not None else MISSING_COUNT(count=labels.get(t.numerator))))
            continue
        denominator = None if any(d is None for d in dens) else sum(dens)
        reason = None
        if numerator is None or denominator is None:
            reason = MISSING_COUNT(count=labels.get(t.numerator if numerator is None else t.denominator))
        elif denominator == 0:
            reason = ZERO_DENOMINATOR(count=labels.get(t.denominator))
        rates.append(Rate(t.key, numerator, denominator, t.target_percent, reason))
    longest = max(results, key=lambda r: r.period.months).period
    return MonthResult(month, Period(min(r.period.start for r in results), month_end(month), longest.months),
                       tuple(rates))


def usage_report(essms: Sequence[tuple[str, str]], measures: Iterable[Measure], campaign: Campaign) -> UsageReport:
    """``essms``: (FINESS ET, name) of every ESSMS of the grappe, in the dossier's order."""
    by_finess: dict[str, list[Measure]] = {f: [] for f, _ in essms}
    for m in measures:
        by_finess.setdefault(m.finess_et, []).append(m)
    per_essms = tuple(essms_usage(f, name, by_finess.get(f, ()), campaign) for f, name in essms)
    months = sorted({m.month for e in per_essms for m in e.months})
    grappe = []
    first_all_met = None
    for month in months:
        results = [e.at(month) for e in per_essms]
        if not per_essms or any(r is None for r in results):
            continue  # an ESSMS not measured this month: no grappe figure
        grappe.append(grappe_month(results, campaign, month))
        if first_all_met is None and all(r.all_met for r in results):
            first_all_met = month
    missing = {e.finess_et: missing_for(e, campaign) for e in per_essms}
    return UsageReport(tuple(campaign.usage_targets), per_essms, tuple(grappe), first_all_met, missing)


def missing_for(usage: EssmsUsage, campaign: Campaign) -> tuple[Message, ...]:
    """What the ESSMS still lacks at its latest measure to release the solde (empty: nothing)."""
    from esms_desktop import formatting

    latest = usage.latest
    if latest is None:
        return (NO_MEASURE,)
    lacks = []
    labels = {t.key: t.label for t in campaign.usage_targets}
    numerators = {t.key: t.numerator for t in campaign.usage_targets}
    counts = {c.key: c.label for c in campaign.usage_counts}  # what « 10 more » counts: 10 more DMP fed
    for rate in latest.rates:
        if rate.met is not False:
            continue
        if rate.percent is None:
            lacks.append(NO_RATE_MISSING(indicator=labels[rate.key], reason=rate.reason))
        else:
            lacks.append(BELOW_TARGET(indicator=labels[rate.key], rate=formatting.percent(rate.percent, 1),
                                      target=formatting.percent(rate.target), missing=rate.missing,
                                      count=counts.get(numerators.get(rate.key, ""), labels[rate.key])))
    return tuple(lacks)
