"""French text of the rules' messages for the PDF, without Qt.

The rules explain themselves with English :class:`~esms_desktop.text.Message` s that the UI translates
through Qt. The pack is French whatever the interface language, and ``reports/`` may not import Qt,
so this module reads the French catalogue itself: its source ``translations/esms_desktop_fr.ts``
(plain XML) in a source checkout, else the compiled ``esms_desktop_fr.qm`` that the bundle ships.
A message with no finished translation falls back to its English source text.
"""

from __future__ import annotations

import struct
import xml.etree.ElementTree as ET
from functools import lru_cache
from pathlib import Path

from esms_desktop.paths import translations_root
from esms_desktop.text import Message

Table = dict[tuple[str, str], str]

QM_MAGIC = bytes.fromhex("3cb86418caef9c95cd211cbf60a1bddd")
QM_MESSAGES = 0x69
# Tags of a message record in a .qm file (Qt's translator.cpp).
TAG_END, TAG_TRANSLATION, TAG_OBSOLETE1, TAG_SOURCE, TAG_CONTEXT, TAG_COMMENT = 1, 3, 5, 6, 7, 8


def read_ts(path: Path) -> Table:
    """(context, source) → translation of the finished entries of a Qt .ts file (first form of a plural)."""
    try:
        root = ET.parse(path).getroot()
    except (OSError, ET.ParseError):
        return {}
    table: Table = {}
    for context in root.iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            translation = message.find("translation")
            if translation is None or translation.get("type") in ("unfinished", "vanished", "obsolete"):
                continue
            forms = [f.text or "" for f in translation.iter("numerusform")]
            text = forms[0] if forms else (translation.text or "")
            if text.strip():
                table[(name, message.findtext("source") or "")] = text
    return table


def read_qm(path: Path) -> Table:
    """The same table from a compiled .qm file (written with its source texts, lrelease's default)."""
    try:
        data = path.read_bytes()
    except OSError:
        return {}
    if not data.startswith(QM_MAGIC):
        return {}
    pos, messages = len(QM_MAGIC), b""
    while pos + 5 <= len(data):
        tag, length = data[pos], struct.unpack(">I", data[pos + 1:pos + 5])[0]
        if tag == QM_MESSAGES:
            messages = data[pos + 5:pos + 5 + length]
        pos += 5 + length
    table: Table = {}
    record: dict[int, object] = {}
    i = 0
    try:
        while i < len(messages):
            tag = messages[i]
            i += 1
            if tag == TAG_END:
                source, context, forms = record.get(TAG_SOURCE), record.get(TAG_CONTEXT), record.get(TAG_TRANSLATION)
                if isinstance(source, str) and isinstance(context, str) and forms and forms[0]:
                    table[(context, source)] = forms[0]
                record = {}
            elif tag == TAG_OBSOLETE1:
                i += 4
            elif tag in (TAG_TRANSLATION, TAG_SOURCE, TAG_CONTEXT, TAG_COMMENT):
                length = struct.unpack(">I", messages[i:i + 4])[0]
                i += 4
                if tag == TAG_TRANSLATION:
                    text = None if length == 0xFFFFFFFF else messages[i:i + length].decode("utf-16-be")
                    record.setdefault(TAG_TRANSLATION, []).append(text)  # type: ignore[union-attr]
                else:
                    record[tag] = messages[i:i + length].decode("utf-8")
                if length != 0xFFFFFFFF:
                    i += length
            else:
                return table  # a layout this reader does not know: keep what was read
    except (struct.error, UnicodeDecodeError):
        pass
    return table


@lru_cache(maxsize=1)
def catalogue() -> Table:
    root = translations_root()
    table = read_ts(root / "esms_desktop_fr.ts")
    return table or read_qm(root / "esms_desktop_fr.qm")


def french(message: Message | str) -> str:
    """``message`` in French with its parameters (plain strings are returned as they are)."""
    if isinstance(message, str):
        return message
    template = catalogue().get((message.context, message.text))
    try:
        return message.format(template)
    except (KeyError, IndexError, ValueError):  # a broken translation: the source still reads
        return message.format()
