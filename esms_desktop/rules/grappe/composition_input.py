"""The composition rules' input built from a dossier dict (the dossier file format). Pure Python.

The grappe step, the admissibility checker and the PDF pack all call :func:`grappe_input` on the
dict ``storage.dossier_file.export_dossier`` gives (or its ``"dossier"`` part), so they agree.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from esms_desktop.rules.grappe.composition import EssmsInput, GrappeInput, OgInput
from esms_desktop.rules.grappe.og_size import og_size
from esms_desktop.rules.dossier_dict import dossier_part, essms_of, ogs, part
from esms_desktop.rules.dossier_dict import text_or_none as _text
from esms_desktop.rules.identity.finess import department_of, normalise


def essms_input(e: Mapping[str, Any]) -> EssmsInput:
    """One ESSMS of the file format as the composition rules see it.

    The department falls back on the one the FINESS ET number names when it is not recorded.
    The current DUI software counts for "software" and "segur" (référencé Ségur) alike.
    """
    number = normalise(e.get("finess_et") or "")
    department = e.get("department") or department_of(number) or ""
    kind = e.get("dui_kind") or "none"
    return EssmsInput(
        finess_et=number,
        name=e.get("name") or "",
        department=department,
        sector=e.get("sector") or None,
        current_dui_kind=kind,
        current_dui_software=_text(e.get("dui_software")) if kind != "none" else None,
        sons_ordered=bool(e.get("sons_ordered")),
        sons_software=_text(e.get("sons_software")),
        already_funded=bool(e.get("already_funded")),
        funded_software=_text(e.get("funded_software")),
        isolated=bool(e.get("isolated")),
        confort_services=bool(e.get("confort_services")),
        project_type=e.get("project_type") if e.get("project_type") in ("acquisition", "conformite") else None,
        category_code=_text(e.get("category_code")),
        address=" ".join(str(e.get(k) or "") for k in ("address", "postcode", "town")).strip(),
    )


def og_input(og: Mapping[str, Any], total_essms: int | None = None) -> OgInput:
    """One OG of the file format; attached to a national entity when that entity is named."""
    return OgInput(
        finess_ej=normalise(og.get("finess_ej") or ""),
        name=og.get("name") or "",
        attached_to_national_entity=bool(_text(og.get("national_entity"))),
        national_agreement_obtained=bool(og.get("national_agreement")),
        essms=tuple(essms_input(e) for e in essms_of(og)),
        total_essms=total_essms,
    )


def _own_total(og: Mapping[str, Any]) -> int | None:
    """``ogs[].essms_total`` (the ESSMS the OG runs in all) when given and not below those in the grappe."""
    size = og_size(og)
    return size.total if size.confirmed else None


def grappe_input(data: Mapping[str, Any], og_totals: Mapping[str, int] | None = None) -> GrappeInput:
    """The :class:`GrappeInput` of a dossier dict.

    ``og_totals`` (FINESS EJ → number of ESSMS the OG runs in all, e.g. from the FINESS register)
    is optional; without it an OG's size is its number of ESSMS in the grappe.
    """
    dossier = dossier_part(data)
    totals = og_totals or {}
    raw_ogs = ogs(dossier)
    members = tuple(og_input(og, totals.get(normalise(og.get("finess_ej") or ""), _own_total(og))) for og in raw_ogs)
    porteur = next((og for og, raw in zip(members, raw_ogs) if raw.get("is_porteur")), None)
    dui = part(dossier, "dui")
    return GrappeInput(
        project_type=dossier.get("project_type") or "acquisition",
        hosting=dossier.get("hosting") or "saas",
        ogs=members,
        porteur_finess_ej=porteur.finess_ej if porteur is not None else None,
        dui_software=_text(dui.get("software")),
        national_reach=bool(dossier.get("national_reach")),
    )
