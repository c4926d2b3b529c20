"""The engagement letter of one OG, as a PDF to print and sign (it travels in the member sheet)."""

from __future__ import annotations

import dataclasses
import datetime as dt
import io
from collections.abc import Mapping
from typing import Any

from esms_desktop.reports.pack import render_pack
from esms_desktop.reports.snapshot import build_pack_snapshot


def letter_pdf(dossier_dict: Mapping[str, Any], finess_ej: str, today: dt.date | None = None) -> bytes:
    """The letter of the OG ``finess_ej`` of the dossier (the whole grappe is needed: the letter names the
    porteur and counts the OGs and ESSMS)."""
    snapshot = build_pack_snapshot(dossier_dict, checklist=(), today=today)
    mine = tuple(letter for letter in snapshot.letters if letter.finess_ej.upper() == finess_ej.upper())
    out = io.BytesIO()
    render_pack(dataclasses.replace(snapshot, letters=mine), out, parts="letters")
    return out.getvalue()
