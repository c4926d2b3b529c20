"""Whole states of one dossier, for the window's undo / redo.

``capture`` takes the dossier as a plain value (the dossier file format, so that nothing is left out:
OGs with their self-diagnostic answers, ESSMS, needs, budget, planning, communication, documents with
their content); ``restore`` puts such a state back under the same dossier number in one transaction.
Undoing the removal of an OG therefore brings back its ESSMS, its answers and its attached letter and
quote too. The numbers of the items inside the dossier (OG, ESSMS...) are new after a restore.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from esms_desktop.storage.database import Database

VOLATILE = ("modified_at",)  # changes on every store: not part of what the user edited


@dataclass(frozen=True)
class DossierState:
    """One state of a dossier's content (compare two with ``==``)."""

    content: dict[str, Any]

    def __eq__(self, other: object) -> bool:
        return isinstance(other, DossierState) and _comparable(self.content) == _comparable(other.content)

    __hash__ = None  # type: ignore[assignment]


def _comparable(data: dict[str, Any]) -> dict[str, Any]:
    dossier = {k: v for k, v in data["dossier"].items() if k not in VOLATILE}
    return dossier


def capture(db: Database, dossier_id: int) -> DossierState:
    from esms_desktop.storage.dossier_file import export_dossier

    return DossierState(export_dossier(db, dossier_id))


def restore(db: Database, dossier_id: int, state: DossierState) -> None:
    """Replace the dossier's content by ``state``, keeping its number (the window stays on it)."""
    from esms_desktop.storage.dossier_file import build_dossier
    from esms_desktop.storage.models import Dossier, utcnow

    source = state.content["dossier"]
    with db.session() as session:
        existing = session.get(Dossier, dossier_id)
        if existing is not None:
            session.delete(existing)
            session.flush()
        dossier = build_dossier(source, source["uid"])
        dossier.id = dossier_id
        dossier.modified_at = utcnow()
        session.add(dossier)


@dataclass(frozen=True)
class OgRemoval:
    """What goes with an OG when it is removed (said in the confirmation)."""

    name: str
    essms: int
    answers: int  # answers of its self-diagnostic
    documents: tuple[str, ...]  # kinds of the documents attached to it (detached from the dossier)
    needs: int  # needs tied to its ESSMS (kept, no longer tied to an ESSMS)


def og_removal(db: Database, og_id: int) -> OgRemoval:
    from esms_desktop.storage.models import Document, Need, Og

    with db.session() as session:
        og = session.get(Og, og_id)
        essms_ids = [e.id for e in og.essms]
        answers = len([v for v in (og.maturity.answers or {}).values() if v not in (None, "")]) if og.maturity else 0
        documents = tuple(d.kind for d in session.query(Document).filter(Document.og_id == og_id))
        needs = session.query(Need).filter(Need.essms_id.in_(essms_ids)).count() if essms_ids else 0
        return OgRemoval(og.name, len(essms_ids), answers, documents, needs)
