"""What the admissibility check returns (Criterion, CheckReport) and the facts it reads. No Qt, no DB.

Split from :mod:`esms_desktop.rules.admissibility.checker` (the public entry point, which re-exports these) so
that the criteria modules can share them.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any, Literal

from esms_desktop.rules.campaign import Campaign
from esms_desktop.rules.dossier import Dossier, Dui, Essms, Og
from esms_desktop.text import Message

Kind = Literal["admissibility", "priority", "access"]
State = Literal["met", "not_met", "to_complete", "not_applicable"]

KINDS: tuple[Kind, ...] = ("admissibility", "access", "priority")
STATES: tuple[State, ...] = ("met", "not_met", "to_complete", "not_applicable")
#: States of an admissibility or access criterion that make the dossier inadmissible.
BLOCKING_STATES: tuple[State, ...] = ("not_met", "to_complete")
#: The wizard's steps, in order (a criterion names the one where it is fixed).
STEP_KEYS = ("projet", "grappe", "gouvernance", "maturite", "besoins", "budget", "planning", "communication",
             "solution", "presentation", "pieces", "verification", "pack")

# Sources (seed file and section) of the rules themselves; figures come from the campaign file.
SRC_ADMISSIBILITY = "003 §7 (critères de recevabilité)"
SRC_PRIORITY = "003 §7 (critères de priorisation)"
SRC_NON_REDUNDANCY = "003 §4.2.A; 000 (1 FINESS ET = 1 financement)"
SRC_NATIONAL_ENTITY = "003 §4.2.B"
SRC_SEGUR = "003 §4.2.C et §7; 000 (référencement Ségur obligatoire à partir de 2023)"
SRC_DIAGNOSTIC = "003 §4.2.E (autodiagnostic de maturité SI de l'ANAP) et §7 (critères de priorisation)"
SRC_GALIS = "003 §7 et §9 (GALIS, outil PAI numérique de la CNSA); 000; 002 (étape 5)"


@dataclass(frozen=True)
class Criterion:
    """One criterion of the check, in one state.

    ``step`` is the key of the wizard step that fixes it, ``field`` the name of the widget attribute of
    that step to focus (``None``: the step itself). ``details`` lists the particular findings behind
    the explanation (composition problems, empty sections, field errors...).
    """

    key: str
    kind: Kind
    number: int
    label: Message
    state: State
    explanation: Message
    source: str
    step: str
    field: str | None = None
    details: tuple[Message, ...] = ()

    def __post_init__(self) -> None:
        if self.kind not in KINDS:
            raise ValueError(f"unknown kind {self.kind!r}")
        if self.state not in STATES:
            raise ValueError(f"unknown state {self.state!r}")
        if self.step not in STEP_KEYS:
            raise ValueError(f"unknown step {self.step!r}")

    @property
    def blocking(self) -> bool:
        """An admissibility or access criterion not met or to complete."""
        return self.kind != "priority" and self.state in BLOCKING_STATES


@dataclass(frozen=True)
class CheckReport:
    """Every criterion of a dossier, admissibility first, then access, then priority."""

    criteria: tuple[Criterion, ...]
    campaign_year: int
    checked_on: dt.date
    small_ogs: tuple[str, ...] = ()  # FINESS EJ of the small OGs (rules.dossier.Og.is_small), as checked

    @property
    def blocking(self) -> tuple[Criterion, ...]:
        return tuple(c for c in self.criteria if c.blocking)

    @property
    def blocking_count(self) -> int:
        return len(self.blocking)

    @property
    def not_met_count(self) -> int:
        return sum(1 for c in self.blocking if c.state == "not_met")

    @property
    def to_complete_count(self) -> int:
        return sum(1 for c in self.blocking if c.state == "to_complete")

    @property
    def admissible(self) -> bool:
        """True when no admissibility or access criterion is not met or to complete."""
        return not self.blocking

    def by_kind(self, kind: Kind) -> tuple[Criterion, ...]:
        return tuple(c for c in self.criteria if c.kind == kind)

    def get(self, key: str) -> Criterion:
        for criterion in self.criteria:
            if criterion.key == key:
                return criterion
        raise KeyError(key)


def text(value: Any) -> str:
    """A string field, stripped ("" for anything else)."""
    return value.strip() if isinstance(value, str) else ""


@dataclass
class Facts:
    """The dossier as the criteria read it: the typed dossier, its campaign, the day and the documents."""

    dossier: Dossier
    campaign: Campaign
    today: dt.date
    documents: Sequence[Mapping[str, Any]]  # ``{"kind", "og"}`` of each attached document (og: the OG's index)
    cache: dict[str, Any] = field(default_factory=dict)

    @property
    def ogs(self) -> tuple[Og, ...]:
        return self.dossier.ogs

    @property
    def essms(self) -> tuple[Essms, ...]:
        return self.dossier.all_essms

    @property
    def porteur_index(self) -> int | None:
        return next((i for i, og in enumerate(self.ogs) if og.is_porteur), None)

    def og_name(self, index: int) -> str:
        og = self.ogs[index]
        return og.name.strip() or og.finess_ej.strip() or f"OG {index + 1}"

    def names(self, indexes: Sequence[int]) -> str:
        return ", ".join(self.og_name(i) for i in indexes)

    def has_document(self, kind: str, og: int | None = None, *, any_og: bool = False) -> bool:
        """A document of ``kind`` is attached (for OG ``og``; ``any_og``: whatever its OG)."""
        for doc in self.documents:
            if doc.get("kind") != kind:
                continue
            if any_og or doc.get("og") == og:
                return True
        return False

    @property
    def dui(self) -> Dui:
        return self.dossier.dui

    @property
    def presentation(self) -> Mapping[str, str]:
        return self.dossier.presentation

    @property
    def project_type(self) -> str:
        value = self.dossier.project_type
        return value if value in ("acquisition", "conformite") else "acquisition"

    def memo(self, key: str, compute: Any) -> Any:
        """``compute()`` once per check (composition, budget, planning are shared by several criteria)."""
        if key not in self.cache:
            self.cache[key] = compute()
        return self.cache[key]
