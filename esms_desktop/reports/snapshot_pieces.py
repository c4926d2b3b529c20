"""Small additions to the pack snapshot, each its own function: the stored pieces appended to the pack,
what each engagement letter needs beyond its template values (town, shares, ESSMS rows), and the one
GALIS verdict section 11 and annex 3 share. No Qt, no database.
"""

from __future__ import annotations

import base64
import binascii
import datetime as dt
import re
from collections.abc import Mapping
from dataclasses import replace
from typing import Any

from esms_desktop.reports.model import AttachmentRow, Budget, CheckItem, Letter, OgRow, PackSnapshot
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
_TOWN = re.compile(r"\b\d{5}\s+([^,\d][^,]*?)\s*(?:cedex\b.*)?$", re.IGNORECASE)
GALIS_PENDING = "À saisir"


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


def head_office_town(address: str) -> str:
    """« Auxerre » from « 3 rue X, 89000 Auxerre » (the town after the postcode), "" when there is none."""
    for line in reversed([x.strip() for x in re.split(r"[\n,]", address) if x.strip()]):
        match = _TOWN.search(line)
        if match:
            return match.group(1).strip()
    return ""


_FEMININE = re.compile(r"^(mme|madame|mlle)\b|\b(directrice|présidente|gérante|administratrice|déléguée|"
                       r"responsable générale|secrétaire générale|trésorière|adjointe|coordinatrice)\b", re.IGNORECASE)
_MASCULINE = re.compile(r"^(m|mr|monsieur)\b\.?|\b(directeur|président|gérant|administrateur|délégué|"
                        r"secrétaire général|trésorier|adjoint|coordinateur)\b", re.IGNORECASE)


def soussigne(name: str, function: str) -> str:
    """« soussignée » / « soussigné » from the civility before the name (« Mme », « M. ») or, without one,
    from the function's gender (« directrice »); « soussigné(e) » when neither says."""
    for value in (name.strip(), function.strip()):
        if _FEMININE.search(value):
            return "soussignée"
        if _MASCULINE.search(value):
            return "soussigné"
    return "soussigné(e)"


def og_shares(ogs: tuple[OgRow, ...], budget: Budget) -> dict[int, tuple[int, int]]:
    """Each OG's (share of the grant, co-financing it keeps) in euros, pro rata of its ESSMS: the
    provisional split the convention's financial annex starts from (the COPIL arrests the final one).
    The last OG takes the rounding so that the shares add up to the totals."""
    total_essms = sum(len(og.essms) for og in ogs)
    kept = max(budget.total_expenses - budget.grant_retained, 0)
    out: dict[int, tuple[int, int]] = {}
    if not total_essms:
        return out
    grant_left, kept_left = budget.grant_retained, kept
    for i, og in enumerate(ogs):
        if i == len(ogs) - 1:
            out[og.index] = (grant_left, kept_left)
            break
        grant = round(budget.grant_retained * len(og.essms) / total_essms)
        own = round(kept * len(og.essms) / total_essms)
        out[og.index] = (grant, own)
        grant_left, kept_left = grant_left - grant, kept_left - own
    return out


def complete_letters(letters: tuple[Letter, ...], ogs: tuple[OgRow, ...], budget: Budget) -> tuple[Letter, ...]:
    """The letters with their OG's ESSMS, head-office town and shares (letters and OGs in the same order)."""
    shares = og_shares(ogs, budget)
    out = []
    for item, og in zip(letters, ogs):
        grant, own = shares.get(og.index, (None, None))
        values = dict(item.values)
        values["soussigne"] = soussigne(og.legal_rep_name, og.legal_rep_function)
        out.append(replace(item, values=values, essms=og.essms, town=head_office_town(og.address), grant_share=grant,
                           cofinancing=own))
    return tuple(out) + tuple(letters[len(ogs):])


def galis_pending(items: tuple[CheckItem, ...], keys: tuple[str, ...], done: bool = False) -> tuple[CheckItem, ...]:
    """Criterion 2 (GALIS) « À saisir » until the user says the dossier is entered: ready to type is not
    typed. ``keys``: the criteria's keys, in the order of ``items``."""
    if done:
        return items
    out = []
    for item, key in zip(items, keys):
        if key == "admissibility.galis" and item.state == "met":
            why = " ".join(x for x in (item.explanation, "La saisie en ligne reste à faire à partir de ce dossier.") if x)
            item = replace(item, state="todo", state_label=GALIS_PENDING, explanation=why)
        out.append(item)
    return tuple(out) + tuple(items[len(keys):])


def with_contents(snapshot: PackSnapshot, contents: Mapping[str, bytes]) -> PackSnapshot:
    """The snapshot whose pieces without bytes take theirs from ``contents`` (by SHA-256)."""
    rows = tuple(row if row.content or row.sha256 not in contents else replace(row, content=contents[row.sha256])
                 for row in snapshot.attachments)
    return replace(snapshot, attachments=rows)
