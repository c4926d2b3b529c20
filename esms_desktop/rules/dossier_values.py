"""Reading the values of a dossier file, once: each accepts a missing key, ``None`` or a value of the wrong
type and returns the default instead of raising. Used by ``rules.dossier`` (``Dossier.from_file``) only.

What the file left out is kept beside the default it gets: :func:`unanswered` names those fields and
:class:`Answers` gives them back as ``None`` (the pack prints « ? » or « Non renseigné » for them)."""

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


# --- what the file left out ----------------------------------------------------------------------------------------------


def filled(value: Any) -> bool:
    """A coded value given (a non-empty string)."""
    return isinstance(value, str) and value != ""


def unanswered(node: Mapping[str, Any], flags: tuple[str, ...] = (), codes: tuple[str, ...] = ()) -> frozenset[str]:
    """The keys of ``flags`` whose value is not a yes/no and of ``codes`` not a non-empty string: the
    answers the file leaves out (the model's fields of the same names take their defaults)."""
    return frozenset([k for k in flags if not isinstance(node.get(k), bool)]
                     + [k for k in codes if not filled(node.get(k))])


class Answers:
    """Mixin of the model's parts read from a file: ``unanswered`` names the fields the file left out (they
    hold the database's default); the database always has a value (empty set)."""

    __slots__ = ()
    unanswered: frozenset[str]

    def given(self, name: str) -> Any:
        """The field ``name`` as the file gave it: ``None`` when it left it out."""
        return None if name in self.unanswered else getattr(self, name)
