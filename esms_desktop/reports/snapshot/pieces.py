"""The stored pieces appended to the pack: each document of the dossier with its bytes, in the annex's order.
No Qt."""

from __future__ import annotations

import base64
import binascii
import datetime as dt
from collections.abc import Mapping
from dataclasses import replace
from typing import Any

from esms_desktop.reports.model import AttachmentRow, OgRow, PackSnapshot
from esms_desktop.rules.dossier_dict import as_int, rows
from esms_desktop.rules.dossier_dict import as_text as text

KIND_LABELS = {
    "engagement_letter": "Lettre d'engagement signée",
    "rib": "RIB du porteur",
    "quote": "Devis",
    "national_agreement": "Accord de l'entité nationale",
    "other": "Autre pièce",
}


_KIND_ORDER = tuple(KIND_LABELS)


def _added_on(value: Any) -> dt.date | None:
    try:
        return dt.datetime.fromisoformat(text(value).replace("Z", "")).date() if value else None
    except ValueError:
        return None


def attachments(d: Mapping[str, Any], ogs: tuple[OgRow, ...]) -> tuple[AttachmentRow, ...]:
    """The documents stored in the dossier, in the order of :data:`KIND_LABELS` then as stored."""
    found = []
    for position, doc in enumerate(rows(d, "documents")):
        try:
            content = base64.b64decode(text(doc.get("content")), validate=False)
        except (binascii.Error, ValueError):
            content = b""
        index = as_int(doc.get("og"))
        og_name = ogs[index].name if index is not None and 0 <= index < len(ogs) else ""
        kind = text(doc.get("kind")) or "other"
        found.append((_KIND_ORDER.index(kind) if kind in _KIND_ORDER else len(_KIND_ORDER), position, AttachmentRow(
            kind=kind, kind_label=KIND_LABELS.get(kind, kind), label=text(doc.get("label")),
            file_name=text(doc.get("file_name")), og_name=og_name, added_on=_added_on(doc.get("added_at")),
            sha256=text(doc.get("sha256")), content=content)))
    return tuple(row for _k, _p, row in sorted(found, key=lambda x: (x[0], x[1])))


def with_contents(snapshot: PackSnapshot, contents: Mapping[str, bytes]) -> PackSnapshot:
    """The snapshot whose pieces without bytes take theirs from ``contents`` (by SHA-256)."""
    rows = tuple(row if row.content or row.sha256 not in contents else replace(row, content=contents[row.sha256])
                 for row in snapshot.attachments)
    return replace(snapshot, attachments=rows)
