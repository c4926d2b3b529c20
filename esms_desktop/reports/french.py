"""French text of the rules' messages for the PDF, without Qt.

The rules explain themselves with English :class:`~esms_desktop.text.Message` s that the UI translates
through Qt. The pack is French whatever the interface language, and ``reports/`` may not import Qt,
so this module reads the French catalogue source (``translations/esms_desktop_fr.ts``, plain XML)
directly. A message with no finished translation (or no catalogue, e.g. in a bundle that ships only
the ``.qm``) falls back to its English source text.
"""

from __future__ import annotations

import xml.etree.ElementTree as ET
from functools import lru_cache
from pathlib import Path

from esms_desktop.paths import translations_root
from esms_desktop.text import Message


@lru_cache(maxsize=1)
def _catalogue(path: str | None = None) -> dict[tuple[str, str], str]:
    ts = Path(path) if path else translations_root() / "esms_desktop_fr.ts"
    try:
        root = ET.parse(ts).getroot()
    except (OSError, ET.ParseError):
        return {}
    table: dict[tuple[str, str], str] = {}
    for context in root.iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            translation = message.find("translation")
            if translation is None or translation.get("type") in ("unfinished", "vanished", "obsolete"):
                continue
            text = translation.text or ""
            if text.strip():
                table[(name, message.findtext("source") or "")] = text
    return table


def french(message: Message | str) -> str:
    """``message`` in French with its parameters (plain strings are returned as they are)."""
    if isinstance(message, str):
        return message
    template = _catalogue().get((message.context, message.text))
    try:
        return message.format(template)
    except (KeyError, IndexError, ValueError):  # a broken translation: the source still reads
        return message.format()
