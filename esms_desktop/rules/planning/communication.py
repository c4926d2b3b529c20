"""The communication plan: who must be reached, and what is still missing (002, step 3). No Qt.

Step 3 of preparing a dossier (seed 002, « Communication »): a communication plan, inform the
professionals, identify and inform the partners (professionnels libéraux, sanitaires, institutionnels).
The people accompanied and their families are the third audience of the plan: they are told what
changes with their computerised record (the DUI).
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from typing import Any

from esms_desktop.rules.dossier import CommAction, Partner

AUDIENCES: tuple[str, ...] = ("professionnels", "partenaires", "usagers_familles")
PARTNER_KINDS: tuple[str, ...] = ("liberal", "sante", "institutionnel", "autre")


@dataclass(frozen=True)
class CommunicationGaps:
    """What the plan still lacks: audiences without any action, partners not informed yet."""

    missing_audiences: tuple[str, ...]
    uninformed_partners: tuple[str, ...]
    no_partner: bool
    empty: bool

    @property
    def complete(self) -> bool:
        return not (self.missing_audiences or self.uninformed_partners or self.no_partner)


def communication_gaps(actions: Iterable[CommAction | Mapping[str, Any]],
                       partners: Iterable[Partner | Mapping[str, Any]]) -> CommunicationGaps:
    """The plan is complete with at least one action for each audience, at least one partner identified,
    and every partner informed. ``actions`` / ``partners``: the dossier's (``Dossier.communication``,
    ``Dossier.partners``; a dossier-file entry, or a dict like one, is read through ``from_file``).
    """
    actions = [a if isinstance(a, CommAction) else CommAction.from_file(a) for a in actions]
    partners = [p if isinstance(p, Partner) else Partner.from_file(p) for p in partners]
    reached = {a.audience for a in actions}
    return CommunicationGaps(
        missing_audiences=tuple(a for a in AUDIENCES if a not in reached),
        uninformed_partners=tuple(p.name for p in partners if not p.informed),
        no_partner=not partners,
        empty=not actions and not partners,
    )
