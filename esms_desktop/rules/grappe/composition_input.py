"""The composition rules' input built from the typed dossier (rules.dossier). Pure Python.

The grappe step, the admissibility checker and the PDF pack all call :func:`grappe_input` on the
:class:`~esms_desktop.rules.dossier.Dossier` (``storage.load_dossier``; a file dict is read through
``Dossier.from_file``), so they agree.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from esms_desktop.rules.dossier import Dossier, Essms, Og, as_dossier
from esms_desktop.rules.grappe.composition import EssmsInput, GrappeInput, OgInput


def _text(value: str) -> str | None:
    return value.strip() or None


def essms_input(e: Essms) -> EssmsInput:
    """One ESSMS as the composition rules see it.

    The department falls back on the one the FINESS ET number names when it is not recorded.
    The current DUI software counts for "software" and "segur" (référencé Ségur) alike.
    """
    kind = e.dui_kind or "none"
    return EssmsInput(
        finess_et=e.finess_et,
        name=e.name,
        department=e.place_department,
        sector=e.sector or None,
        current_dui_kind=kind,  # type: ignore[arg-type]
        current_dui_software=_text(e.dui_software) if kind != "none" else None,
        sons_ordered=e.sons_ordered,
        sons_software=_text(e.sons_software),
        already_funded=e.already_funded,
        funded_software=_text(e.funded_software),
        isolated=e.isolated,
        confort_services=e.confort_services,
        project_type=e.project_type,  # type: ignore[arg-type]
    )


def og_input(og: Og, total_essms: int | None = None) -> OgInput:
    """One OG; attached to a national entity when that entity is named. Its size: ``essms_total``."""
    return OgInput(
        finess_ej=og.finess_ej,
        name=og.name,
        attached_to_national_entity=bool(og.national_entity.strip()),
        national_agreement_obtained=og.national_agreement,
        essms=tuple(essms_input(e) for e in og.essms),
        total_essms=total_essms if total_essms is not None else og.essms_total,
    )


def grappe_input(data: Dossier | Mapping[str, Any], og_totals: Mapping[str, int] | None = None) -> GrappeInput:
    """The :class:`GrappeInput` of a dossier.

    ``og_totals`` (FINESS EJ → number of ESSMS the OG runs in all) overrides the OGs' ``essms_total``.
    """
    dossier = as_dossier(data)
    totals = og_totals or {}
    members = tuple(og_input(og, totals.get(og.finess_ej)) for og in dossier.ogs)
    porteur = next((m for m, og in zip(members, dossier.ogs) if og.is_porteur), None)
    return GrappeInput(
        project_type=dossier.project_type,  # type: ignore[arg-type]
        hosting=dossier.hosting,  # type: ignore[arg-type]
        ogs=members,
        porteur_finess_ej=porteur.finess_ej if porteur is not None else None,
        dui_software=_text(dossier.dui.software),
        national_reach=dossier.national_reach,
    )
