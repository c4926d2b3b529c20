"""Kept only for ``reports/snapshot.py``, which another branch is moving to the typed dossier this round:
``grappe_input(data)`` is ``GrappeInput.of(as_dossier(data))`` (rules.grappe.composition). Everything
else calls ``composition_of(dossier, campaign)`` or ``GrappeInput.of(dossier)``; delete this module once
the snapshot no longer imports it."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from esms_desktop.rules.dossier import Dossier, as_dossier
from esms_desktop.rules.grappe.composition import GrappeInput


def grappe_input(data: Dossier | Mapping[str, Any]) -> GrappeInput:
    """The :class:`GrappeInput` of a dossier (the typed dossier, or a file dict read by ``Dossier.from_file``)."""
    return GrappeInput.of(as_dossier(data))
