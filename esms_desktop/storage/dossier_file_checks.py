"""Checks of a dossier file that protect the machine rather than the dossier's meaning; called from
``dossier_file`` (reading, validating). Pure Python, no Qt.

- nesting depth: ``json.loads`` and the schema check recurse; a file nested thousands deep raises
  RecursionError. :func:`loads` refuses such a file before any check recurses into it;
- documents: a plain file name of an accepted type, a content of that type, at most 25 MB, the size
  checked from the base64 text's length before anything is decoded (see ``document_checks``).
"""

from __future__ import annotations

import json
from typing import Any

from esms_desktop.storage import document_checks
from esms_desktop.text import QT_TRANSLATE_NOOP, Message

# Deepest nesting a dossier file (or an answer file) may have; ours stay under 10.
MAX_DEPTH = 64

TOO_DEEP = QT_TRANSLATE_NOOP(
    "DossierFileChecks", "The file nests its data more than {limit} levels deep: it was not written by "
    "esms-desktop. Nothing was imported.")
DOCUMENT_REFUSED = QT_TRANSLATE_NOOP("DossierFileChecks", "Document {path}: {reason} Nothing was imported.")


class TooDeep(ValueError):
    """The document nests deeper than MAX_DEPTH."""


def nesting_depth(value: Any) -> int:
    """The deepest nesting of lists and objects in a parsed document (iterative: no recursion)."""
    deepest = 0
    stack = [(value, 1)]
    while stack:
        item, depth = stack.pop()
        if isinstance(item, dict):
            children = item.values()
        elif isinstance(item, list):
            children = item
        else:
            continue
        deepest = max(deepest, depth)
        if deepest > MAX_DEPTH:
            return deepest
        stack.extend((child, depth + 1) for child in children)
    return deepest


def too_deep_message() -> Message:
    return TOO_DEEP(limit=str(MAX_DEPTH))


def loads(text: str) -> Any:
    """``json.loads`` that raises TooDeep (instead of RecursionError later) for a file nested too deep."""
    try:
        data = json.loads(text)
    except RecursionError:
        raise TooDeep() from None
    if nesting_depth(data) > MAX_DEPTH:
        raise TooDeep()
    return data


def document_refusal_before_decoding(document: dict[str, Any], path: str) -> Message | None:
    """A refusal for a document entry judged without decoding it: its name, its announced size."""
    name = document.get("file_name", "")
    encoded = document.get("content", "")
    try:
        document_checks.check_size(name, len(encoded) * 3 // 4)
        if not document_checks.is_safe_name(name) or document_checks.expected_type(name) is None:
            document_checks.check_document(name, b"")
    except document_checks.DocumentRefused as exc:
        return DOCUMENT_REFUSED(path=path, reason=exc.message)
    return None


def document_refusal(document: dict[str, Any], content: bytes, path: str) -> Message | None:
    """A refusal for a decoded document: too large, or its content not of the type its name says."""
    try:
        document_checks.check_document(document.get("file_name", ""), content)
    except document_checks.DocumentRefused as exc:
        return DOCUMENT_REFUSED(path=path, reason=exc.message)
    return None
