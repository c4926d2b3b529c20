"""The grant request of a dossier, from the typed dossier (rules.dossier). No Qt, no database.

    request = funding_request(load_dossier(db, dossier_id))
    breakdown = compute_grant(dossier.campaign(), request)

The same value feeds the wizard, the PDF pack, the checker and the CLI, so they all compute the same
grant. A file dict (whole, or its ``"dossier"`` part) is read through ``Dossier.from_file``. Whether an
OG is small is decided by ``rules.grappe.small_og`` on each OG's own size and place.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from esms_desktop.rules.dossier import Dossier, as_dossier
from esms_desktop.rules.dossier_dict import dossier_part
from esms_desktop.rules.funding.grant import FundingRequest, OgFunding
from esms_desktop.rules.grappe.small_og import all_corse_overseas

__all__ = ["dossier_part", "funding_request", "is_corse_overseas", "og_names"]


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
    referencing, each OG with its ESSMS, its size and place, and the specific funding it asks for."""
    dossier = as_dossier(data)
    og_requests = tuple(
        OgFunding(
            name=name,
            essms_count=len(og.essms),
            equipment_requested=og.funding.equipment,
            amoa_purchasing_requested=og.funding.amoa_purchasing,
            amoa_piloting_requested=og.funding.amoa_piloting,
            total_essms=None if og.size_to_confirm else og.size,
            corse_overseas=og.corse_overseas,
        )
        for og, name in zip(dossier.ogs, og_names(dossier))
    )
    return FundingRequest(
        project_type=dossier.project_type if dossier.project_type in ("acquisition", "conformite") else "acquisition",
        essms_count=sum(r.essms_count for r in og_requests),
        editor_segur_referenced=dossier.dui.segur_referenced,
        ogs=og_requests,
        corse_overseas=is_corse_overseas(dossier),
    )
