"""Values a JSON document may hold that nothing downstream can store. Pure Python, no Qt.

``json.loads`` accepts text with a lone surrogate (an escape such as ``"\\ud800"``, which no UTF-8
file or SQLite database can hold), integers of any size (SQLite stops at 64 bits) and ``NaN`` /
``Infinity``. A JSON Schema lets all three through; importers call :func:`first_unstorable` after
their schema check so that such a file is refused with the place named, instead of failing half-way.
"""

from __future__ import annotations

import math
from typing import Any

from esms_desktop.text import QT_TRANSLATE_NOOP

INT64 = 2**63
LONE_SURROGATE = QT_TRANSLATE_NOOP(
    "JsonChecks", "text holding an invalid character (a lone surrogate escape such as \\ud800)")
TOO_BIG = QT_TRANSLATE_NOOP("JsonChecks", "a number too large to be stored")
NOT_A_NUMBER = QT_TRANSLATE_NOOP("JsonChecks", "NaN or Infinity, which is not a number")


def _bad_text(text: str) -> bool:
    try:
        text.encode("utf-8")
    except UnicodeEncodeError:
        return True
    return False


def first_unstorable(value: Any, path: tuple = ()) -> tuple[tuple, str] | None:
    """``(path, reason)`` of the first unstorable value in ``value`` (keys included), else None.

    ``path`` is a tuple of keys and indexes from the document's root; ``reason`` is English text.
    """
    if isinstance(value, str):
        return (path, LONE_SURROGATE) if _bad_text(value) else None
    if isinstance(value, bool) or value is None:
        return None
    if isinstance(value, int):
        return (path, TOO_BIG) if not -INT64 <= value < INT64 else None
    if isinstance(value, float):
        return (path, NOT_A_NUMBER) if not math.isfinite(value) else None
    if isinstance(value, dict):
        for key, item in value.items():
            if isinstance(key, str) and _bad_text(key):
                return (path + (key.encode("utf-8", "backslashreplace").decode("ascii"),), LONE_SURROGATE)
            found = first_unstorable(item, path + (key,))
            if found is not None:
                return found
        return None
    if isinstance(value, (list, tuple)):
        for index, item in enumerate(value):
            found = first_unstorable(item, path + (index,))
            if found is not None:
                return found
    return None


def dotted(path: tuple) -> str:
    """``("dossier", "ogs", 0, "name")`` → ``dossier.ogs[0].name``."""
    text = ""
    for part in path:
        text += f"[{part}]" if isinstance(part, int) else (f".{part}" if text else str(part))
    return text or "(document)"


def json_path(path: tuple) -> str:
    """``("og", "name")`` → ``$.og.name`` (the form jsonschema's ``json_path`` gives)."""
    return "$" + "".join(f"[{part}]" if isinstance(part, int) else f".{part}" for part in path)
