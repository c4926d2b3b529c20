"""The size of an OG: how many ESSMS it runs in all, not only those it brings to the grappe. No Qt.

003 §5.3 « organismes gestionnaires de petite taille (moins de quinze ESSMS) »; 000 « OG de petite
taille (< 15 ESSMS) »; 003 §7 « organismes gestionnaires de taille moyenne (plus de 15 ESSMS) ». The
dossier file's ``ogs[].essms_total`` holds it; when absent, the OG's ESSMS in the grappe stand in for it
and the size is « à confirmer ».
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from esms_desktop.rules.dossier_dict import as_int, essms_of


@dataclass(frozen=True)
class OgSize:
    total: int  # the ESSMS the OG runs (or, unconfirmed, those in the grappe)
    in_grappe: int
    confirmed: bool  # False: essms_total not given, « à confirmer »


def og_size(og: Mapping[str, Any]) -> OgSize:
    """The size of one OG of the dossier file dict."""
    in_grappe = len(essms_of(og))
    total = as_int(og.get("essms_total"))
    if total is None or total < in_grappe:
        return OgSize(in_grappe, in_grappe, False)
    return OgSize(total, in_grappe, True)
