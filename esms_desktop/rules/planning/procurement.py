"""How the grappe buys its DUI: with a public-procurement phase, without one, or by the GHT route. No Qt.

- 2022 (003 §5.1): « Le porteur doit obligatoirement recourir à la procédure d'achat cadrée par le SAD »
  for an acquisition (``Campaign.procurement_phase`` "all").
- From 2023 (000 « AAP 2023 – Instruction 2023 2/2 »): « Plus de nécessité de passer par une phase de
  marché public (marché spécifique), hormis pour les OG soumis au Code de la Commande Publique »
  ("ccp_only"); and « Accès facilité pour les ESMS de GHT (avec notamment la possibilité de choisir un DPI
  référencé Ségur) » (``Campaign.ght_route``), a choice of the Solution DUI step (``dui.ght_route``).
- A mise en conformité buys no new DUI (003 §5.2: « n'a pas d'obligation de recourir à la procédure
  d'achat cadrée par le SAD »).

An OG is subject to the Code de la commande publique when its file says so (``ogs[].public_procurement``),
else when its legal status is public (the reading retained, shown in the OG form).
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from esms_desktop.rules.dossier import Dossier, Og, as_dossier

if TYPE_CHECKING:
    from esms_desktop.rules.campaign import Campaign

SRC_2022 = "003 §5.1 (recours obligatoire au SAD)"
SRC_2023 = "000 « AAP 2023 – Instruction 2023 2/2 » (hormis pour les OG soumis au Code de la Commande Publique)"
SRC_GHT = "000 « AAP 2023 – Instruction 2023 2/2 » (accès facilité pour les ESMS de GHT)"


def subject_to_ccp(og: Og) -> bool:
    """The OG is subject to the Code de la commande publique: as recorded, else when it is public."""
    if og.public_procurement is not None:
        return og.public_procurement
    return og.legal_status == "public"


@dataclass(frozen=True)
class ProcurementRoute:
    """``route``: "procurement" | "direct" | "ght" | "none" (mise en conformité: nothing to buy).
    ``subject_ogs``: names of the OGs subject to the Code de la commande publique."""

    route: str
    source: str
    subject_ogs: tuple[str, ...] = ()
    ght_chosen: bool = False
    ght_offered: bool = False

    @property
    def procurement_required(self) -> bool:
        return self.route == "procurement"


def procurement_route(data: Dossier | Mapping[str, Any], campaign: Campaign) -> ProcurementRoute:
    """The route of a dossier (the typed dossier; a file dict is read through ``Dossier.from_file``)."""
    d = as_dossier(data)
    phase = campaign.procurement_phase
    offered = bool(campaign.ght_route)
    chosen = d.dui.ght_route
    subject = tuple((og.name or og.finess_ej or "?") for og in d.ogs if subject_to_ccp(og))
    if (d.project_type or "acquisition") != "acquisition":
        return ProcurementRoute("none", "003 §5.2", subject, chosen, offered)
    if phase == "all":
        return ProcurementRoute("procurement", SRC_2022, subject, chosen, offered)
    if subject:
        return ProcurementRoute("procurement", SRC_2023, subject, chosen, offered)
    if chosen and offered:
        return ProcurementRoute("ght", SRC_GHT, subject, chosen, offered)
    return ProcurementRoute("direct", SRC_2023, subject, chosen, offered)


def template_route(route: ProcurementRoute) -> str:
    """The planning template's route for it ("procurement", "direct", "ght")."""
    return route.route if route.route in ("direct", "ght") else "procurement"
