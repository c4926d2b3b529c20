"""The project as the porteur presents it: the note's parts and the dossier's commitments. No Qt."""

from __future__ import annotations

from esms_desktop.reports.model import PresentationPart
from esms_desktop.rules.dossier import Dossier
from esms_desktop.rules.presentation import PRESENTATION_KEYS

#: The note's parts, titled as the « Note de présentation » step titles them.
PRESENTATION_TITLES = {
    "context": "Contexte et motivations",
    "strategy": "Stratégie SI et liens avec le Ségur",
    "perimeter_current": "Périmètre fonctionnel actuel du DUI",
    "perimeter_target": "Périmètre fonctionnel cible",
    "team": "Équipe projet (compétences, ETP)",
    "governance": "Gouvernance",
    "benefits": "Bénéfices attendus",
}


def presentation(dossier: Dossier) -> tuple[PresentationPart, ...]:
    """The note's parts in the step's order, each with its title (the typed dossier's texts)."""
    return tuple(PresentationPart(key, PRESENTATION_TITLES[key], dossier.presentation.get(key, ""))
                 for key in PRESENTATION_KEYS)


def commitments(d: Dossier) -> tuple[tuple[str, bool | None], ...]:
    """The commitments, « ? » when a file left them out (``Dossier.given``)."""
    return (
        ("Engagement à renseigner le Répertoire opérationnel des ressources (ROR)", d.given("commit_ror")),
        ("Dossier déjà déposé lors d'une vague précédente", d.given("earlier_wave")),
    )
