"""Whole states of one dossier, for the window's undo / redo.

``capture`` takes the dossier as a plain value: the typed dossier of ``storage.load_dossier`` (a frozen
``rules.dossier.Dossier``: OGs with their self-diagnostic answers, ESSMS, needs, budget, planning,
communication, the documents' metadata) — a fixed handful of queries whatever the size, and never the
documents' bytes; it is turned into the file format (``Dossier.to_file()``) only when put back. The
bytes a restore needs are kept apart, in a :class:`DocumentBytes` cache keyed by SHA-256 that reads a document's content once, when a hash it does not hold yet appears (``remember``);
an edit that attaches nothing reads no bytes at all.

``restore`` puts such a state back under the same dossier number in one transaction, each document's
content taken from the cache or else from a row of the database with the same hash (read before the
old rows are deleted). Undoing the removal of an OG therefore brings back its ESSMS, its answers and its
attached letter and quote, byte for byte. The numbers of the items inside the dossier (OG, ESSMS...) are
new after a restore.
"""

from __future__ import annotations

from dataclasses import dataclass, replace

from sqlalchemy import select

from esms_desktop.rules.dossier import Dossier as DossierValue
from esms_desktop.storage.database import Database


@dataclass(frozen=True)
class DossierState:
    """One state of a dossier's content (compare two with ``==``); documents by metadata and hash only.

    ``modified_at`` changes on every store: it is not part of what the user edited, so not compared."""

    dossier: DossierValue
    version: str = ""  # the dossier's version when taken (``Dossier.version``), not compared
    # the follow-up (state, money, deployment, usage measures) in the file format, when the dossier has
    # one: the typed dossier does not hold it, and the restore deletes the dossier's row, which cascades
    followup: dict | None = None

    def __eq__(self, other: object) -> bool:
        return (isinstance(other, DossierState) and _comparable(self.dossier) == _comparable(other.dossier)
                and self.followup == other.followup)

    __hash__ = None  # type: ignore[assignment]

    @property
    def content(self) -> dict:
        """The state in the dossier file format (``{"dossier": …}``, documents without their bytes)."""
        return {"dossier": {**self.dossier.to_file(), **(self.followup or {})}}

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
    """The dossier as stored now, without the documents' bytes (``storage.load_dossier``), with its
    follow-up (state, money, deployment, usage measures) when it has one."""
    from esms_desktop.storage.loader import load_dossier

    return state_of(load_dossier(db, dossier_id), db, dossier_id)


def state_of(dossier: DossierValue, db: Database | None = None, dossier_id: int | None = None) -> DossierState:
    """The state of a dossier already read by ``storage.load_dossier``; with ``db`` and its number, its
    follow-up part too (queries only for a dossier that has a follow-up: an undo without it would lose
    it, deleted with the dossier's row)."""
    followup = None
    if db is not None and dossier_id is not None and dossier.has_followup:
        from esms_desktop.storage.followup_file import export_part

        with db.session() as session:
            followup = export_part(session, dossier_id) or None
    return DossierState(dossier, dossier.version, followup)


def stored_version(db: Database, dossier_id: int) -> str | None:
    """The stored dossier's version (its ``modified_at``, which every store moves on): one query."""
    from esms_desktop.storage.models import Dossier

    with db.session() as session:
        value = session.scalar(select(Dossier.modified_at).where(Dossier.id == dossier_id))
    return value.isoformat() if value is not None else None


def restore(db: Database, dossier_id: int, state: DossierState, cache: DocumentBytes | None = None) -> None:
    """Replace the dossier's content by ``state``, keeping its number (the window stays on it)."""
    from esms_desktop.storage.dossier_file import build_dossier
    from esms_desktop.storage.models import Dossier, utcnow

    source = state.dossier.to_file()
    cache = cache or DocumentBytes()
    missing = {h for h in state.hashes() if h not in cache}
    found = _contents(db, missing) if missing else {}  # rows still there with the same hash
    with db.session() as session:
        existing = session.get(Dossier, dossier_id)
        if existing is not None:
            session.delete(existing)
            session.flush()
        dossier = build_dossier(source, source["uid"])  # metadata only: content filled just below
        for document, data in zip(dossier.documents, source.get("documents", [])):
            content = cache.get(data["sha256"])
            document.content = content if content is not None else found.get(data["sha256"], b"")
        dossier.id = dossier_id
        dossier.modified_at = utcnow()
        session.add(dossier)
        if state.followup:  # deleted with the old row (cascade): put back
            from esms_desktop.storage.followup_file import import_part

            session.flush()
            import_part(session, dossier, state.followup)


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
