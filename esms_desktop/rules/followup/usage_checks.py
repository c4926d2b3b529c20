"""Checks of one usage measure's counts before they are stored (grid or import). No Qt, no database.

Counts are whole numbers, never negative; where the formula counts a subset of its denominator (DMP fed
among the persons accompanied, active files with a projet personnalisé among the active files...: the
campaign's ``numerator_within_denominator``), the numerator cannot exceed the denominator (003 §6).
"""

from __future__ import annotations

from collections.abc import Mapping

from esms_desktop.rules.campaign import Campaign
from esms_desktop.text import QT_TRANSLATE_NOOP, Message

NEGATIVE = QT_TRANSLATE_NOOP("UsageChecks", "« {label} » is negative ({value}): a count is 0 or more.")
ABOVE_DENOMINATOR = QT_TRANSLATE_NOOP(
    "UsageChecks",
    "« {label} » ({value}) exceeds « {denominator} » ({limit}): the formula counts a part of it. Check the two counts.")


def check_counts(counts: Mapping[str, int | None], campaign: Campaign) -> list[tuple[str, Message]]:
    """Problems as (count key, message); empty when the counts can be stored. Absent counts are allowed."""
    labels = {c.key: c.label for c in campaign.usage_counts}
    problems: list[tuple[str, Message]] = []
    for key, value in counts.items():
        if value is not None and value < 0:
            problems.append((key, NEGATIVE(label=labels.get(key, key), value=value)))
    for target in campaign.usage_targets:
        if not target.numerator_within_denominator or target.denominator is None:
            continue
        num, den = counts.get(target.numerator), counts.get(target.denominator)
        if num is not None and den is not None and num >= 0 and den >= 0 and num > den:
            if any(k == target.numerator for k, _ in problems):
                continue
            problems.append((target.numerator, ABOVE_DENOMINATOR(
                label=labels.get(target.numerator, target.numerator), value=num,
                denominator=labels.get(target.denominator, target.denominator), limit=den)))
    return problems
