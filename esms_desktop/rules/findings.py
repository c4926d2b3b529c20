"""What a rule check returns: findings, each with what, why, where the rule comes from and how to fix it.

Shared by the composition, planning (and later admissibility) checks. No Qt.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from typing import TYPE_CHECKING, Literal

from esms_desktop.text import QT_TRANSLATE_NOOP, Message

if TYPE_CHECKING:
    from esms_desktop.rules.campaign import Campaign

Severity = Literal["blocking", "warning", "info"]

#: Most serious first: the UI sorts and colours findings in this order.
SEVERITIES: tuple[Severity, ...] = ("blocking", "warning", "info")

#: The ``fix`` of a finding that asks for nothing (an info saying all is well); views leave it out.
NOTHING_TO_DO = QT_TRANSLATE_NOOP("Findings", "Nothing to do.")


@dataclass(frozen=True)
class Finding:
    """One result of a check.

    ``key`` is a stable identifier (e.g. ``"composition.too_small"``) the UI and tests can rely on;
    ``subjects`` lists the FINESS numbers or task keys concerned, so a view can highlight them.
    """

    key: str
    severity: Severity
    what: Message
    why: Message
    source: str
    fix: Message
    subjects: tuple[str, ...] = ()

    def __post_init__(self) -> None:
        if self.severity not in SEVERITIES:
            raise ValueError(f"unknown severity {self.severity!r}")

    @property
    def has_fix(self) -> bool:
        """False when the finding asks for nothing (its ``fix`` is :data:`NOTHING_TO_DO`)."""
        return self.fix != NOTHING_TO_DO


def sort_findings(findings: Iterable[Finding]) -> tuple[Finding, ...]:
    """Most serious first, the order of the checks kept within one severity."""
    return tuple(sorted(findings, key=lambda f: SEVERITIES.index(f.severity)))


def blocking(findings: Iterable[Finding]) -> tuple[Finding, ...]:
    return tuple(f for f in findings if f.severity == "blocking")


def worst_severity(findings: Iterable[Finding]) -> Severity | None:
    """The most serious severity among ``findings``, ``None`` when there is none."""
    found = {f.severity for f in findings}
    for severity in SEVERITIES:
        if severity in found:
            return severity
    return None


def campaign_source(campaign: Campaign, key: str, fallback: str) -> str:
    """``campaign.source(key)``, or ``fallback`` (a seed reference) when the campaign has none for it."""
    try:
        text = campaign.source(key)
    except (KeyError, LookupError):
        return fallback
    return text or fallback
