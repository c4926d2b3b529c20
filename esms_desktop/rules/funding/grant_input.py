"""The grant request of a dossier, read from the dossier file dict. No Qt, no database.

    request = funding_request(export_dossier(db, dossier_id))
    breakdown = compute_grant(load_campaign(year), request)

The same dict feeds the wizard, the PDF pack, the checker and the CLI, so they all compute the same
grant. Accepts the whole file dict (``{"format": ..., "dossier": {...}}``) or its ``"dossier"`` part.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from esms_desktop.rules.dossier_dict import dossier_part, essms_of, ogs, part
from esms_desktop.rules.funding.grant import FundingRequest, OgFunding
from esms_desktop.rules.grappe.og_size import og_size
from esms_desktop.rules.identity.finess import normalise
from esms_desktop.rules.identity.geography import CORSE, OUTRE_MER, territory

__all__ = ["dossier_part", "funding_request", "is_corse_overseas", "og_names"]


def og_names(data: Mapping[str, Any]) -> list[str]:
    """The name each OG carries in the grant (``OgFunding.name`` / ``GrantLine.og``), by OG index.

    An unnamed OG is called by its FINESS EJ; two OGs of the same name get their FINESS EJ added, so
    that every equipment line and refusal points at one OG.
    """
    members = ogs(dossier_part(data))
    names = [str(og.get("name") or "").strip() or str(og.get("finess_ej") or "").strip() or f"OG {i + 1}"
             for i, og in enumerate(members)]
    plain = list(names)
    for i, name in enumerate(plain):
        if plain.count(name) > 1:
            ej = str(members[i].get("finess_ej") or "").strip() or str(i + 1)
            names[i] = f"{name} ({ej})"
    with_ej = list(names)
    for i, name in enumerate(with_ej):  # still equal (same name and same FINESS EJ): number them
        if with_ej.count(name) > 1:
            names[i] = f"{name} #{i + 1}"
    return names


def is_corse_overseas(data: Mapping[str, Any]) -> bool:
    """True when every ESSMS whose department is known is in Corse or overseas (and there is one).

    The small-OG threshold of the 2024 campaign is lower there (001: « moins de 8 ou moins de 15 »);
    one metropolitan ESSMS makes the grappe metropolitan, as for the grappe minimum (composition).
    Unknown departments are left out.
    """
    places = []
    for og in ogs(dossier_part(data)):
        for essms in essms_of(og):
            dept = essms.get("department")
            if not dept:
                continue
            try:
                places.append(territory(str(dept)))
            except KeyError:
                continue
    return bool(places) and all(p in (CORSE, OUTRE_MER) for p in places)


def funding_request(data: Mapping[str, Any]) -> FundingRequest:
    """The :class:`FundingRequest` of a dossier: project type, its ESSMS, the DUI's Ségur
    referencing, each OG with its ESSMS and the specific funding it asks for (``ogs[].funding``)."""
    d = dossier_part(data)
    names = og_names(d)
    og_requests = []
    seen: set[str] = set()
    types: list[str] = []
    default_type = d.get("project_type") or "acquisition"
    for og, name in zip(ogs(d), names):
        funding = part(og, "funding")
        # 000 « 1 FINESS ET = 1 FINANCEMENT »: an ESSMS met twice (under one OG or two) is counted once,
        # under the first OG that lists it.
        count = 0
        for essms in essms_of(og):
            number = normalise(str(essms.get("finess_et") or ""))
            if number and number in seen:
                continue
            seen.add(number)
            count += 1
            own = essms.get("project_type")
            types.append(own if own in ("acquisition", "conformite") else default_type)
        size = og_size(og)
        og_requests.append(OgFunding(
            name=name,
            essms_count=count,
            total_essms=size.total if size.confirmed and size.total >= count else None,
            equipment_requested=funding.get("equipment") is True,
            amoa_purchasing_requested=funding.get("amoa_purchasing") is True,
            amoa_piloting_requested=funding.get("amoa_piloting") is True,
        ))
    dui = part(d, "dui")
    project_type = d.get("project_type") or "acquisition"
    return FundingRequest(
        project_type=project_type,
        essms_count=sum(r.essms_count for r in og_requests),
        editor_segur_referenced=dui.get("segur_referenced") is True,
        ogs=tuple(og_requests),
        corse_overseas=is_corse_overseas(d),
        essms_types=tuple(types) if len(set(types)) > 1 else (),
    )
