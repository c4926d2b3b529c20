"""Reading the dossier file dict (dossier-format.md) safely: small getters. Pure Python, no Qt, no database.

No rule reads the file dict any more (they take ``rules.dossier.Dossier``). What is left here is used
only by ``reports/snapshot.py``, ``snapshot_parts.py``, ``snapshot_pieces.py`` and ``budget_export.py``,
which another branch is moving to the typed dossier this round: delete this module (and
``tests/test_dossier_dict.py``) once they no longer import it.

The dict comes from ``storage.dossier_file.export_dossier`` (or a file): each getter accepts a missing
key, ``None`` or a value of the wrong type and returns an empty value instead of raising.

    d = dossier_part(data)              # the whole file dict or its "dossier" object
    for og in ogs(d): ...               # the OGs (mappings only)
    for e in all_essms(d): ...          # every ESSMS, OG after OG
    dui = part(d, "dui")                # a nested object, {} when absent
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping
from typing import Any

EMPTY: Mapping[str, Any] = {}


def dossier_part(data: Any) -> Mapping[str, Any]:
    """The ``"dossier"`` object of a dossier file dict (or ``data`` itself when it is already that).

    A typed :class:`~esms_desktop.rules.dossier.Dossier` gives its file shape (documents without their
    bytes): the rules not yet reading the typed dossier accept it through here.
    """
    from esms_desktop.rules.dossier import Dossier

    if isinstance(data, Dossier):
        return data.to_file()
    inner = data.get("dossier")
    return inner if isinstance(inner, Mapping) else data


# --- nested objects and lists ---------------------------------------------------------------------


def part(node: Any, key: str) -> Mapping[str, Any]:
    """``node[key]`` when it is an object, else an empty mapping (``part(d, "dui")``)."""
    value = node.get(key) if isinstance(node, Mapping) else None
    return value if isinstance(value, Mapping) else EMPTY


def rows(node: Any, *path: str) -> list[Mapping[str, Any]]:
    """The objects of the list at ``path`` (``rows(d, "budget", "expenses")``); other items are left out."""
    for key in path:
        node = node.get(key) if isinstance(node, Mapping) else None
    if not isinstance(node, (list, tuple)):
        return []
    return [row for row in node if isinstance(row, Mapping)]


def ogs(d: Mapping[str, Any]) -> list[Mapping[str, Any]]:
    """The OGs of the dossier, in order."""
    return rows(d, "ogs")


def essms_of(og: Mapping[str, Any]) -> list[Mapping[str, Any]]:
    """The ESSMS of one OG, in order."""
    return rows(og, "essms")


def all_essms(d: Mapping[str, Any]) -> list[Mapping[str, Any]]:
    """Every ESSMS of the grappe, OG after OG."""
    return [e for og in ogs(d) for e in essms_of(og)]


# --- scalar values --------------------------------------------------------------------------------


def text(value: Any) -> str:
    """A string field, stripped; ``""`` for anything that is not a string."""
    return value.strip() if isinstance(value, str) else ""


def as_text(value: Any) -> str:
    """Any field as stripped text (numbers too); ``""`` for None."""
    return "" if value is None else str(value).strip()


def text_or_none(value: Any) -> str | None:
    """A string field, stripped; ``None`` when it is empty or not a string."""
    return text(value) or None


def int_value(value: Any) -> int | None:
    """An integer field as stored (``True`` is not a number); ``None`` otherwise."""
    return value if isinstance(value, int) and not isinstance(value, bool) else None


def as_int(value: Any) -> int | None:
    """A field converted to an integer (``"12"`` → 12); ``None`` when it cannot be (booleans included)."""
    if value is None or isinstance(value, bool):
        return None
    try:
        return int(value)
    except (TypeError, ValueError):
        return None


def as_float(value: Any) -> float | None:
    """A field converted to a number; ``None`` when it cannot be (booleans included)."""
    if value is None or isinstance(value, bool):
        return None
    try:
        return float(value)
    except (TypeError, ValueError):
        return None


def as_date(value: Any) -> dt.date | None:
    """A date field (ISO ``YYYY-MM-DD``, a longer ISO timestamp, or a date); ``None`` when unreadable."""
    if isinstance(value, dt.date):
        return value
    try:
        return dt.date.fromisoformat(str(value)[:10]) if value else None
    except ValueError:
        return None
