"""The stored pieces appended to the pack: each document of the dossier with its bytes, in the annex's order.
The typed dossier holds the documents' metadata only: the bytes come from the file dict's ``content``
(:func:`file_contents`, the one read of the dict the snapshot makes) or later by SHA-256
(:func:`with_contents`: the export worker and the CLI read them from the database). No Qt."""

from __future__ import annotations

import base64
import binascii
from collections.abc import Mapping
from dataclasses import replace
from typing import Any

from esms_desktop.reports.model import AttachmentRow, OgRow, PackSnapshot
from esms_desktop.rules.dossier import Dossier

KIND_LABELS = {
    "engagement_letter": "Lettre d'engagement signée",
    "rib": "RIB du porteur",
    "quote": "Devis",
    "national_agreement": "Accord de l'entité nationale",
    "other": "Autre pièce",
}


_KIND_ORDER = tuple(KIND_LABELS)


def file_contents(data: Dossier | Mapping[str, Any]) -> dict[int, bytes]:
    """The bytes a dossier file embeds (its documents' base64 ``content``), by the document's position in
    ``Dossier.documents`` (the objects of the file's list); none for a typed dossier."""
    if not isinstance(data, Mapping):
        return {}
    inner = data.get("dossier")
    documents = (inner if isinstance(inner, Mapping) else data).get("documents")
    if not isinstance(documents, (list, tuple)):
        return {}
    out: dict[int, bytes] = {}
    for position, doc in enumerate(doc for doc in documents if isinstance(doc, Mapping)):
        content = doc.get("content")
        try:
            out[position] = base64.b64decode(content if isinstance(content, str) else "", validate=False)
        except (binascii.Error, ValueError):
            continue
    return out


def attachments(d: Dossier, ogs: tuple[OgRow, ...], contents: Mapping[int, bytes]) -> tuple[AttachmentRow, ...]:
    """The documents stored in the dossier, in the order of :data:`KIND_LABELS` then as stored; ``contents``:
    their bytes by position (:func:`file_contents`), empty for those it lacks."""
    found = []
    for position, doc in enumerate(d.documents):
        index = doc.og
        og_name = ogs[index].name if index is not None and 0 <= index < len(ogs) else ""
        kind = doc.kind.strip() or "other"
        found.append((_KIND_ORDER.index(kind) if kind in _KIND_ORDER else len(_KIND_ORDER), position, AttachmentRow(
            kind=kind, kind_label=KIND_LABELS.get(kind, kind), label=doc.label.strip(),
            file_name=doc.file_name.strip(), og_name=og_name,
            added_on=doc.added_at.date() if doc.added_at is not None else None,
            sha256=doc.sha256.strip(), content=contents.get(position, b""))))
    return tuple(row for _k, _p, row in sorted(found, key=lambda x: (x[0], x[1])))


def with_contents(snapshot: PackSnapshot, contents: Mapping[str, bytes]) -> PackSnapshot:
    """The snapshot whose pieces without bytes take theirs from ``contents`` (by SHA-256)."""
    rows = tuple(row if row.content or row.sha256 not in contents else replace(row, content=contents[row.sha256])
                 for row in snapshot.attachments)
    return replace(snapshot, attachments=rows)
