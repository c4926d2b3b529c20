"""A field's path in a dossier file, said in words: « OG « Les Papillons Blancs », 3e ESSMS, FINESS ET ».

``describe_path("dossier.ogs[0].essms[2].finess_et", data)`` gives a translatable Message; importers put
it in their refusals instead of the technical path (which stays on the exception, for tools and tests).
Pure Python, no Qt.
"""

from __future__ import annotations

import re
from typing import Any

from esms_desktop.text import QT_TRANSLATE_NOOP, Message

# collection in the file -> (the n-th item, the first item); an OG is named when it has a name
ITEMS = {
    "ogs": (QT_TRANSLATE_NOOP("FieldPath", "OG no. {n}"), QT_TRANSLATE_NOOP("FieldPath", "OG no. 1")),
    "essms": (QT_TRANSLATE_NOOP("FieldPath", "ESSMS no. {n}"), QT_TRANSLATE_NOOP("FieldPath", "ESSMS no. 1")),
    "people": (QT_TRANSLATE_NOOP("FieldPath", "person no. {n}"), QT_TRANSLATE_NOOP("FieldPath", "person no. 1")),
    "needs": (QT_TRANSLATE_NOOP("FieldPath", "need no. {n}"), QT_TRANSLATE_NOOP("FieldPath", "need no. 1")),
    "expenses": (QT_TRANSLATE_NOOP("FieldPath", "expense no. {n}"), QT_TRANSLATE_NOOP("FieldPath", "expense no. 1")),
    "revenues": (QT_TRANSLATE_NOOP("FieldPath", "revenue no. {n}"), QT_TRANSLATE_NOOP("FieldPath", "revenue no. 1")),
    "planning": (QT_TRANSLATE_NOOP("FieldPath", "task no. {n}"), QT_TRANSLATE_NOOP("FieldPath", "task no. 1")),
    "communication": (QT_TRANSLATE_NOOP("FieldPath", "communication action no. {n}"),
                      QT_TRANSLATE_NOOP("FieldPath", "communication action no. 1")),
    "partners": (QT_TRANSLATE_NOOP("FieldPath", "partner no. {n}"), QT_TRANSLATE_NOOP("FieldPath", "partner no. 1")),
    "documents": (QT_TRANSLATE_NOOP("FieldPath", "document no. {n}"), QT_TRANSLATE_NOOP("FieldPath", "document no. 1")),
}
NAMED_OG = QT_TRANSLATE_NOOP("FieldPath", "OG « {name} »")
NAMED_TASK = QT_TRANSLATE_NOOP("FieldPath", "task « {name} »")

FIELDS = {
    "finess_et": QT_TRANSLATE_NOOP("FieldPath", "FINESS ET"),
    "finess_ej": QT_TRANSLATE_NOOP("FieldPath", "FINESS EJ"),
    "name": QT_TRANSLATE_NOOP("FieldPath", "name"),
    "uid": QT_TRANSLATE_NOOP("FieldPath", "identifier of the dossier"),
    "campaign_year": QT_TRANSLATE_NOOP("FieldPath", "campaign year"),
    "region": QT_TRANSLATE_NOOP("FieldPath", "region"),
    "project_type": QT_TRANSLATE_NOOP("FieldPath", "type of project"),
    "hosting": QT_TRANSLATE_NOOP("FieldPath", "hosting of the DUI"),
    "created_at": QT_TRANSLATE_NOOP("FieldPath", "creation date"),
    "modified_at": QT_TRANSLATE_NOOP("FieldPath", "date of last change"),
    "filing_date": QT_TRANSLATE_NOOP("FieldPath", "planned filing date"),
    "persons_accompanied": QT_TRANSLATE_NOOP("FieldPath", "file active (people accompanied)"),
    "notes": QT_TRANSLATE_NOOP("FieldPath", "notes"),
    "referent": QT_TRANSLATE_NOOP("FieldPath", "DUI referent"),
    "category_code": QT_TRANSLATE_NOOP("FieldPath", "FINESS category"),
    "sector": QT_TRANSLATE_NOOP("FieldPath", "sector"),
    "start": QT_TRANSLATE_NOOP("FieldPath", "start"),
    "end": QT_TRANSLATE_NOOP("FieldPath", "end"),
    "date": QT_TRANSLATE_NOOP("FieldPath", "date"),
    "depends_on": QT_TRANSLATE_NOOP("FieldPath", "depends on"),
    "amount": QT_TRANSLATE_NOOP("FieldPath", "amount"),
    "need": QT_TRANSLATE_NOOP("FieldPath", "need it comes from"),
    "og": QT_TRANSLATE_NOOP("FieldPath", "OG it belongs to"),
    "content": QT_TRANSLATE_NOOP("FieldPath", "content"),
    "iban": QT_TRANSLATE_NOOP("FieldPath", "IBAN"),
    "bic": QT_TRANSLATE_NOOP("FieldPath", "BIC"),
    "holder": QT_TRANSLATE_NOOP("FieldPath", "account holder"),
    "rib": QT_TRANSLATE_NOOP("FieldPath", "RIB"),
    "dui": QT_TRANSLATE_NOOP("FieldPath", "DUI solution"),
    "maturity": QT_TRANSLATE_NOOP("FieldPath", "SI maturity self-diagnostic"),
    "answers": QT_TRANSLATE_NOOP("FieldPath", "answers"),
    "presentation": QT_TRANSLATE_NOOP("FieldPath", "note de présentation"),
    "budget": QT_TRANSLATE_NOOP("FieldPath", "budget"),
    "funding": QT_TRANSLATE_NOOP("FieldPath", "funding"),
    "commitments": QT_TRANSLATE_NOOP("FieldPath", "commitments"),
    "essms": QT_TRANSLATE_NOOP("FieldPath", "ESSMS"),
}
OTHER_FIELD = QT_TRANSLATE_NOOP("FieldPath", "field « {name} »")
JOIN = QT_TRANSLATE_NOOP("FieldPath", "{first}, {rest}")
WHOLE = QT_TRANSLATE_NOOP("FieldPath", "the dossier as a whole")

_PART = re.compile(r"([^.\[\]]+)|\[(\d+)\]")


def _parts(path: str) -> list[str | int]:
    return [int(index) if index else name for name, index in _PART.findall(path)]


def describe_path(path: str, data: Any = None) -> Message:
    """The place ``path`` names in ``data`` (the file's dict, optional: used for the OGs' names)."""
    parts = _parts(path)
    if parts and parts[0] == "dossier":
        parts = parts[1:]
    node = data.get("dossier") if isinstance(data, dict) else None
    words: list[Message] = []
    collection = None
    for part in parts:
        if isinstance(part, int):
            item = node[part] if isinstance(node, list) and 0 <= part < len(node) else None
            words.append(_item(collection, part, item))
            node = item
        else:
            if part not in ITEMS:  # a collection is said by its items (« 3e ESSMS »)
                words.append(FIELDS[part] if part in FIELDS else OTHER_FIELD(name=part))
            collection = part
            node = node.get(part) if isinstance(node, dict) else None
    if words and collection in ITEMS and not isinstance(parts[-1], int):
        words.append(FIELDS.get(collection, OTHER_FIELD(name=collection)))
    if not words:
        return WHOLE()
    result = words[-1]
    for word in reversed(words[:-1]):
        result = JOIN(first=word, rest=result)
    return result


def _item(collection: str | None, index: int, item: Any) -> Message:
    name = item.get("name") if isinstance(item, dict) else None
    if collection == "ogs" and isinstance(name, str) and name.strip():
        return NAMED_OG(name=name.strip())
    title = item.get("title") if isinstance(item, dict) else None
    if collection == "planning" and isinstance(title, str) and title.strip():
        return NAMED_TASK(name=title.strip())
    nth, first = ITEMS.get(collection, (OTHER_FIELD, OTHER_FIELD))
    if collection not in ITEMS:
        return OTHER_FIELD(name=f"{collection}[{index}]")
    return first() if index == 0 else nth(n=index + 1)
