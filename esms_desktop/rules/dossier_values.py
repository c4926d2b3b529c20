"""Reading the values of a dossier file, once: each accepts a missing key, ``None`` or a value of the wrong
type and returns the default instead of raising. Used by ``rules.dossier`` (``Dossier.from_file``) only."""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping
from typing import Any

TIMESTAMP_FORMAT = "%Y-%m-%dT%H:%M:%S"


# --- coercions of the file values, here and nowhere else ----------------------------------------------------------------


def obj(node: Any, key: str) -> Mapping[str, Any]:
    value = node.get(key) if isinstance(node, Mapping) else None
    return value if isinstance(value, Mapping) else {}


def rows(node: Any, key: str) -> list[Mapping[str, Any]]:
    value = node.get(key) if isinstance(node, Mapping) else None
    return [row for row in value if isinstance(row, Mapping)] if isinstance(value, (list, tuple)) else []


def text(value: Any, default: str = "") -> str:
    return value if isinstance(value, str) else default


def opt_text(value: Any) -> str | None:
    return value if isinstance(value, str) else None


def flag(value: Any) -> bool:
    return value is True


def integer(value: Any) -> int | None:
    return value if isinstance(value, int) and not isinstance(value, bool) else None


def number(value: Any) -> float | None:
    return value if isinstance(value, (int, float)) and not isinstance(value, bool) else None


def day(value: Any) -> dt.date | None:
    if isinstance(value, dt.datetime):
        return value.date()
    if isinstance(value, dt.date):
        return value
    try:
        return dt.date.fromisoformat(str(value)[:10]) if value else None
    except ValueError:
        return None


def timestamp(value: Any) -> dt.datetime | None:
    if isinstance(value, dt.datetime):
        return value.replace(microsecond=0)
    try:
        return dt.datetime.strptime(value, TIMESTAMP_FORMAT) if isinstance(value, str) and value else None
    except ValueError:
        return None


def iso(value: dt.date | None) -> str | None:
    return value.isoformat() if value is not None else None


def stamp(value: dt.datetime | None) -> str | None:
    return value.strftime(TIMESTAMP_FORMAT) if value is not None else None


def index(value: Any) -> int | None:
    number = integer(value)
    return number if number is not None and number >= 0 else None
