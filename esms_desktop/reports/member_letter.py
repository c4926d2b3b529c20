"""The engagement letter of one OG, as a PDF to print and sign.

The porteur's side builds it from the whole grappe (:func:`letter_pdf`: the letter names the porteur and
counts the OGs and ESSMS). The member's side has her OG only: the porteur's sheet carries a *letter frame*
(:func:`letter_frame`: what her letter says of the grappe, nothing of the other members), and her letter is
built from her current answers in that frame (:func:`member_letter_pdf`), so that an ESSMS she adds or a
corrected name, SIRET or legal representative is in the letter she prints and signs.

``dossier``: the typed dossier (``storage.load_dossier``), or a dossier file dict (``Dossier.from_file``).
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import io
from collections.abc import Mapping
from typing import Any

from esms_desktop import formatting as fmt
from esms_desktop.reports.model import Letter, PackSnapshot
from esms_desktop.reports.pack import render_pack
from esms_desktop.reports.snapshot import build_pack_snapshot
from esms_desktop.reports.wording import essms_phrase
from esms_desktop.rules.dossier import Dossier

#: The letter's values that speak of the grappe (the same for every OG), carried in the frame as the porteur
#: computed them. The grappe's ESSMS count is recomputed with her current ESSMS (see :func:`member_letter_pdf`).
GRAPPE_VALUES = ("dossier_nom", "campagne", "porteur_nom", "porteur_finess_ej", "nb_og", "nb_og_texte",
                 "les_membres", "type_projet", "dui", "destinataire")


def _render(snapshot: PackSnapshot, letters: tuple[Letter, ...]) -> bytes:
    out = io.BytesIO()
    render_pack(dataclasses.replace(snapshot, letters=letters), out, parts="letters")
    return out.getvalue()


def _mine(snapshot: PackSnapshot, finess_ej: str) -> tuple[Letter, ...]:
    return tuple(letter for letter in snapshot.letters if letter.finess_ej.upper() == finess_ej.upper())


def letter_pdf(dossier: Dossier | Mapping[str, Any], finess_ej: str, today: dt.date | None = None) -> bytes:
    """The letter of the OG ``finess_ej`` of the dossier (the whole grappe is needed: the letter names the
    porteur and counts the OGs and ESSMS)."""
    snapshot = build_pack_snapshot(dossier, checklist=(), today=today)
    return _render(snapshot, _mine(snapshot, finess_ej))


def letter_frame(dossier: Dossier | Mapping[str, Any], finess_ej: str, today: dt.date | None = None) -> dict[str, Any]:
    """What the letter of the OG ``finess_ej`` says of the grappe, for the member sheet (JSON-ready):
    the grappe's values (:data:`GRAPPE_VALUES`), the grappe's ESSMS count and hers when the sheet is sent,
    her shares of the grant and of the co-financing, the grant retained and the campaign's length limit."""
    snapshot = build_pack_snapshot(dossier, checklist=(), today=today)
    mine = _mine(snapshot, finess_ej)
    if not mine:
        raise LookupError(finess_ej)
    item = mine[0]
    as_int = (lambda v: None if v is None else int(v))
    return {
        "values": {key: str(item.values[key]) for key in GRAPPE_VALUES if key in item.values},
        "essms_total": int(snapshot.grappe.essms_count),
        "essms_sent": len(item.essms),
        "grant_share": as_int(item.grant_share),
        "cofinancing": as_int(item.cofinancing),
        "grant_retained": int(snapshot.budget.grant_retained),
        "max_months": as_int(snapshot.planning.max_months),
    }


def member_letter_pdf(dossier: Dossier | Mapping[str, Any], frame: Mapping[str, Any],
                      today: dt.date | None = None) -> bytes:
    """Her letter, from her dossier (her one OG, as she answered) in the porteur's ``frame``.

    Her name, SIRET, address, legal representative and ESSMS come from her answers; the grappe's ESSMS
    count is the others' (as sent) plus hers now. Her shares of the grant and of the co-financing are the
    porteur's figures while her ESSMS count is the one he sent; when she adds or removes one, the shares
    are his to figure again (they are pro rata of the ESSMS), and her letter says « à chiffrer »."""
    snapshot = build_pack_snapshot(dossier, checklist=(), today=today)
    if not snapshot.letters:
        raise LookupError("no OG")
    item = snapshot.letters[0]
    values = dict(item.values)
    values.update({k: v for k, v in frame.get("values", {}).items() if k in GRAPPE_VALUES})  # never her OG's
    total = max(int(frame.get("essms_total", 0)) - int(frame.get("essms_sent", 0)), 0) + len(item.essms)
    values.update({"nb_essms": fmt.number(total), "nb_essms_texte": essms_phrase(total),
                   "geres": "géré" if total == 1 else "gérés"})
    unchanged = len(item.essms) == int(frame.get("essms_sent", -1))
    item = dataclasses.replace(item, values=values,
                               grant_share=frame.get("grant_share") if unchanged else None,
                               cofinancing=frame.get("cofinancing") if unchanged else None)
    snapshot = dataclasses.replace(
        snapshot,
        planning=dataclasses.replace(snapshot.planning, max_months=frame.get("max_months")),
        budget=dataclasses.replace(snapshot.budget, grant_retained=int(frame.get("grant_retained") or 0)))
    return _render(snapshot, (item,))
