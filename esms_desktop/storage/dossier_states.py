"""Whole states of one dossier, for the window's undo / redo.

``capture`` takes the dossier as a plain value: the typed dossier of ``storage.load_dossier`` (a frozen
``rules.dossier.Dossier``: OGs with their self-diagnostic answers, ESSMS, needs, budget, planning,
communication, the documents' metadata) — a fixed handful of queries whatever the size, and never the
documents' bytes; it is turned into the file format (``Dossier.to_file()``) only when put back. The bytes a restore needs are kept apart, in a :class:`DocumentBytes` cache keyed by
SHA-256 that reads a document's content once, when a hash it does not hold yet appears (``remember``);
an edit that attaches nothing reads no bytes at all.

``restore`` puts such a state back under the same dossier number in one transaction, each document's
content taken from the cache or else from a row of the database with the same hash (read before the
old rows are deleted). Undoing the removal of an OG therefore brings back its ESSMS, its answers and its
attached letter and quote, byte for byte.

A state also holds the numbers (database ids) of its items, and ``restore`` puts the state back *in
place*: the dossier row stays, each OG, ESSMS, person, need, budget line, task, action, partner and
document still there is updated under its own number, one removed since comes back under its old
number, one added since goes. So after an undo or a redo a link, an open form, a member sheet sent to an
OG or a merge still point at the same OG / ESSMS, and what hangs on those rows outside the dossier file
(the member sheets sent, the follow-up, the usage measures) is kept. A number taken meanwhile by a row of
another dossier is not taken back: that item gets a new one.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from typing import Any

from sqlalchemy import select

from esms_desktop.rules.dossier import Dossier as DossierValue
from esms_desktop.storage.database import Database


@dataclass(frozen=True)
class DossierState:
    """One state of a dossier's content (compare two with ``==``); documents by metadata and hash only.

    ``modified_at`` changes on every store: it is not part of what the user edited, so not compared."""

    dossier: DossierValue
    version: str = ""  # the dossier's version when taken (``Dossier.version``), not compared
    ids: dict[str, Any] | None = None  # the items' database ids, list by list (see ``ids_of``), not compared
    # the follow-up after the award (state, money, deployment, usage measures: ``followup_file.export_part``),
    # None for a dossier without one: the typed dossier does not hold it, and an undo puts it back too
    followup: dict[str, Any] | None = None

    def __eq__(self, other: object) -> bool:
        return (isinstance(other, DossierState) and _comparable(self.dossier) == _comparable(other.dossier)
                and self.followup == other.followup)

    __hash__ = None  # type: ignore[assignment]

    @property
    def content(self) -> dict:
        """The state in the dossier file format (``{"dossier": …}``, documents without their bytes)."""
        return {"dossier": self.dossier.to_file()}

    def hashes(self) -> set[str]:
        return {d.sha256 for d in self.dossier.documents}


def _comparable(dossier: DossierValue) -> DossierValue:
    return replace(dossier, modified_at=None)


class DocumentBytes:
    """Attached documents' content by SHA-256, read from the database only for a hash not held yet."""

    def __init__(self) -> None:
        self._by_hash: dict[str, bytes] = {}

    def __contains__(self, sha256: str) -> bool:
        return sha256 in self._by_hash

    def get(self, sha256: str) -> bytes | None:
        return self._by_hash.get(sha256)

    def remember(self, db: Database, dossier_id: int, state: DossierState) -> None:
        """Hold the content of every document of ``state`` (one query, only when a hash is new)."""
        missing = state.hashes() - self._by_hash.keys()
        if missing:
            self._by_hash.update(_contents(db, missing, dossier_id))


def _contents(db: Database, hashes: set[str], dossier_id: int | None = None) -> dict[str, bytes]:
    from esms_desktop.storage.models import Document

    query = select(Document.sha256, Document.content).where(Document.sha256.in_(hashes))
    if dossier_id is not None:
        query = query.where(Document.dossier_id == dossier_id)
    with db.session() as session:
        return {sha: content or b"" for sha, content in session.execute(query)}


def capture(db: Database, dossier_id: int) -> DossierState:
    """The dossier as stored now, without the documents' bytes (``storage.load_dossier``)."""
    from esms_desktop.storage.loader import load_dossier

    return state_of(load_dossier(db, dossier_id), db, dossier_id)


def state_of(dossier: DossierValue, db: Database, dossier_id: int) -> DossierState:
    """The state of a dossier already read by ``storage.load_dossier``: no query, but two for a dossier
    with a follow-up (its row and its usage measures, which the typed dossier does not hold)."""
    followup = None
    if dossier.has_followup:
        from esms_desktop.storage.followup_file import export_part

        with db.session() as session:
            followup = export_part(session, dossier_id)
    return DossierState(dossier, dossier.version, ids_of(dossier), followup)


def ids_of(dossier: DossierValue) -> dict[str, Any]:
    """The database ids of a loaded dossier's items, in the order of the file's lists."""
    return {
        "ogs": [og.id for og in dossier.ogs],
        "essms": [[e.id for e in og.essms] for og in dossier.ogs],
        "people": [p.id for p in dossier.people],
        "needs": [n.id for n in dossier.needs],
        "budget_lines": [b.id for b in (*dossier.expenses, *dossier.revenues)],  # as build_dossier makes them
        "tasks": [t.id for t in dossier.tasks],
        "communication": [c.id for c in dossier.communication],
        "partners": [p.id for p in dossier.partners],
        "documents": [d.id for d in dossier.documents],
    }


def stored_version(db: Database, dossier_id: int) -> str | None:
    """The stored dossier's version (its ``modified_at``, which every store moves on): one query."""
    from esms_desktop.storage.models import Dossier

    with db.session() as session:
        value = session.scalar(select(Dossier.modified_at).where(Dossier.id == dossier_id))
    return value.isoformat() if value is not None else None


def restore(db: Database, dossier_id: int, state: DossierState, cache: DocumentBytes | None = None) -> None:
    """Put the dossier's content back as ``state``, in place (see the module doc), in one transaction."""
    from esms_desktop.storage.dossier_file import build_dossier
    from esms_desktop.storage.models import utcnow

    source = state.dossier.to_file()
    cache = cache or DocumentBytes()
    missing = {h for h in state.hashes() if h not in cache}
    found = _contents(db, missing) if missing else {}  # rows still there with the same hash
    from esms_desktop.storage.loader import dossier_query
    with db.session() as session:
        # every row in the session at once, so that merge finds them there (held in ``loaded`` until the
        # commit: the session keeps its rows only while they are referenced)
        loaded = session.scalar(dossier_query(dossier_id))  # noqa: F841
        dossier = build_dossier(source, source["uid"])  # metadata only: content filled just below
        for document, data in zip(dossier.documents, source.get("documents", [])):
            content = cache.get(data["sha256"])
            document.content = content if content is not None else found.get(data["sha256"], b"")
        dossier.id = dossier_id
        dossier.modified_at = utcnow()
        _give_ids(session, dossier, state.ids or {}, dossier_id)
        session.merge(dossier)  # rows matched by id: updated; missing: inserted; left out: deleted
        for row in list(session.dirty):
            if hasattr(row, "version") and isinstance(getattr(row, "version", None), int) \
                    and session.is_modified(row, include_collections=False):
                row.version += 1  # someone else's form on that row (the dossier's too) now sees it changed
        _put_back_followup(session, dossier, dossier_id, state.followup)


def _put_back_followup(session, dossier, dossier_id: int, followup: dict[str, Any] | None) -> None:
    """The follow-up as it was in the state: replaced whole (row and measures) when the state had one;
    when it had none, a follow-up row created since goes (usage measures are left as they are)."""
    from sqlalchemy import delete

    from esms_desktop.storage.models import Followup, UsageMeasure

    session.flush()
    session.execute(delete(Followup).where(Followup.dossier_id == dossier_id))
    if followup is None:
        return
    session.execute(delete(UsageMeasure).where(UsageMeasure.dossier_id == dossier_id))
    session.expire_all()
    from esms_desktop.storage.followup_file import import_part

    import_part(session, session.get(type(dossier), dossier_id), followup)


def _give_ids(session, dossier, ids: dict[str, Any], dossier_id: int) -> None:
    """Give the built rows the ids of ``ids`` (those no other dossier took meanwhile); the OGs'
    self-diagnostics take the id of the one their OG has now (one per OG)."""
    from esms_desktop.storage import models

    groups = [
        (models.Og, dossier.ogs, ids.get("ogs", [])),
        (models.Essms, [e for og in dossier.ogs for e in og.essms], [i for row in ids.get("essms", []) for i in row]),
        (models.Person, dossier.people, ids.get("people", [])),
        (models.Need, dossier.needs, ids.get("needs", [])),
        (models.BudgetLine, dossier.budget_lines, ids.get("budget_lines", [])),
        (models.PlanTask, dossier.tasks, ids.get("tasks", [])),
        (models.CommAction, dossier.communication, ids.get("communication", [])),
        (models.Partner, dossier.partners, ids.get("partners", [])),
        (models.Document, dossier.documents, ids.get("documents", [])),
    ]
    for model, rows, numbers in groups:
        wanted = [n for n in numbers if n is not None]
        foreign = set()
        if wanted:
            owner = (select(models.Essms.id).join(models.Og).where(models.Og.dossier_id != dossier_id)
                     if model is models.Essms else
                     select(model.id).where(model.dossier_id != dossier_id))
            foreign = set(session.scalars(owner.where(model.id.in_(wanted))))
        if len(rows) == len(numbers):
            for row, number in zip(rows, numbers):
                row.id = number if number not in foreign else None
    og_ids = [og.id for og in dossier.ogs if og.id is not None]
    query = select(models.Diagnostic.og_id, models.Diagnostic.id).where(models.Diagnostic.og_id.in_(og_ids))
    diagnostics = {og_id: ident for og_id, ident in session.execute(query)} if og_ids else {}
    for og in dossier.ogs:
        if og.maturity is not None:
            og.maturity.id = diagnostics.get(og.id)
            og.maturity.og_id = og.id


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
