"""The dossier's documents (RIB, signed engagement letters, national agreements, quotes) and bank details.

A document is copied INTO the database (a BLOB with its SHA-256 and size), never referenced by a path:
the dossier stays whole when the original file moves, and travels in the dossier file. Each function is
one unit of work; edits mark the dossier modified.
"""

from __future__ import annotations

import datetime as dt
import hashlib
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import func, select
from sqlalchemy.orm import defer, undefer

from esms_desktop.storage.atomic import write_bytes_atomic
from esms_desktop.storage.database import Database
from esms_desktop.storage.dossiers import dossier_row, touch
from esms_desktop.storage.errors import NotFoundError, StorageError
from esms_desktop.storage.models import Document, Og
from esms_desktop.text import QT_TRANSLATE_NOOP

KINDS = ("rib", "engagement_letter", "national_agreement", "quote", "other")
#: Kinds that belong to one OG (``og_id`` required); a quote may belong to an OG or to the whole grappe.
PER_OG_KINDS = ("engagement_letter", "national_agreement")
#: Largest file accepted (a scanned signed letter is well under it).
MAX_SIZE = 25 * 1024 * 1024

NO_SUCH_DOCUMENT = QT_TRANSLATE_NOOP("Documents", "This document no longer exists (number {id}).")
UNREADABLE = QT_TRANSLATE_NOOP("Documents", "The file {path} cannot be read: {detail}.")
EMPTY_FILE = QT_TRANSLATE_NOOP("Documents", "The file {name} is empty: choose the document itself.")
TOO_LARGE = QT_TRANSLATE_NOOP(
    "Documents", "The file {name} weighs {size} MB; documents of more than {maximum} MB are refused. "
    "Scan it at a lower resolution or compress it.")
NEEDS_OG = QT_TRANSLATE_NOOP("Documents", "This kind of document belongs to one OG of the grappe.")
NOT_WRITTEN = QT_TRANSLATE_NOOP("Documents", "The copy could not be written to {path}: {detail}.")
DAMAGED = QT_TRANSLATE_NOOP(
    "Documents", "The document « {name} » is damaged in the database: its content no longer matches its "
    "checksum. Attach it again.")


class DocumentError(StorageError):
    """A document cannot be attached, read or written out; ``message`` says why."""


@dataclass(frozen=True)
class DocumentRow:
    """A document without its content (read it with :func:`document_content`)."""

    id: int
    dossier_id: int
    kind: str
    og_id: int | None
    label: str
    file_name: str
    sha256: str
    size: int
    added_at: dt.datetime


@dataclass(frozen=True)
class RibFields:
    holder: str
    iban: str
    bic: str


def _row(d: Document) -> DocumentRow:
    return DocumentRow(d.id, d.dossier_id, d.kind, d.og_id, d.label, d.file_name, d.sha256, d.size, d.added_at)


def _document(session, document_id: int) -> Document:
    document = session.get(Document, document_id)
    if document is None:
        raise NotFoundError(NO_SUCH_DOCUMENT(id=document_id))
    return document


def list_documents(db: Database, dossier_id: int, kind: str | None = None) -> list[DocumentRow]:
    """The dossier's documents in their order (contents are not loaded)."""
    with db.session() as session:
        query = select(Document).options(defer(Document.content)).where(Document.dossier_id == dossier_id)
        if kind is not None:
            query = query.where(Document.kind == kind)
        return [_row(d) for d in session.scalars(query.order_by(Document.position, Document.id))]


def documents_state(db: Database, dossier_id: int) -> list[dict]:
    """The attached documents as the checker reads them: ``{"kind", "og" (OG index), "file_name", "size"}``."""
    with db.session() as session:
        og_ids = session.scalars(select(Og.id).where(Og.dossier_id == dossier_id).order_by(Og.position, Og.id)).all()
        index = {og_id: i for i, og_id in enumerate(og_ids)}
        rows = session.scalars(select(Document).options(defer(Document.content))
                               .where(Document.dossier_id == dossier_id).order_by(Document.position, Document.id))
        return [{"kind": d.kind, "og": index.get(d.og_id), "file_name": d.file_name, "size": d.size} for d in rows]


def read_file(path: str | Path) -> bytes:
    """The bytes of a file to attach; raises DocumentError when it cannot be used."""
    path = Path(path)
    try:
        size = path.stat().st_size
        if size > MAX_SIZE:
            raise DocumentError(TOO_LARGE(name=path.name, size=f"{size / 1048576:.0f}",
                                          maximum=str(MAX_SIZE // 1048576)))
        content = path.read_bytes()
    except OSError as exc:
        raise DocumentError(UNREADABLE(path=str(path), detail=exc.strerror or str(exc))) from exc
    if not content:
        raise DocumentError(EMPTY_FILE(name=path.name))
    return content


def _check(kind: str, og_id: int | None, file_name: str, content: bytes) -> None:
    if kind not in KINDS:
        raise ValueError(f"unknown document kind {kind!r}")
    if kind in PER_OG_KINDS and og_id is None:
        raise DocumentError(NEEDS_OG())
    if not content:
        raise DocumentError(EMPTY_FILE(name=file_name))
    if len(content) > MAX_SIZE:
        raise DocumentError(TOO_LARGE(name=file_name, size=f"{len(content) / 1048576:.0f}",
                                      maximum=str(MAX_SIZE // 1048576)))


def attach_bytes(db: Database, dossier_id: int, kind: str, file_name: str, content: bytes,
                 og_id: int | None = None, label: str = "") -> int:
    """Store ``content`` as a new document of the dossier; returns its id."""
    _check(kind, og_id, file_name, content)
    with db.session() as session:
        dossier_row(session, dossier_id)
        if og_id is not None:
            og = session.get(Og, og_id)
            if og is None or og.dossier_id != dossier_id:
                raise DocumentError(NEEDS_OG())
        position = session.scalar(
            select(func.coalesce(func.max(Document.position), -1)).where(Document.dossier_id == dossier_id))
        document = Document(dossier_id=dossier_id, position=position + 1, kind=kind, og_id=og_id, label=label,
                            file_name=file_name, sha256=hashlib.sha256(content).hexdigest(), size=len(content),
                            content=content)
        session.add(document)
        session.flush()
        touch(session, dossier_id)
        return document.id


def attach_document(db: Database, dossier_id: int, kind: str, path: str | Path, og_id: int | None = None,
                    label: str = "") -> int:
    """Copy the file at ``path`` into the dossier as a document of ``kind``; returns its id."""
    return attach_bytes(db, dossier_id, kind, Path(path).name, read_file(path), og_id, label)


def replace_document(db: Database, document_id: int, path: str | Path) -> None:
    """Put the file at ``path`` in place of the document's content (same kind, OG and place)."""
    content = read_file(path)
    with db.session() as session:
        document = _document(session, document_id)
        document.file_name = Path(path).name
        document.content = content
        document.sha256 = hashlib.sha256(content).hexdigest()
        document.size = len(content)
        document.added_at = dt.datetime.now(dt.timezone.utc).replace(tzinfo=None)
        touch(session, document.dossier_id)


def remove_document(db: Database, document_id: int) -> None:
    with db.session() as session:
        document = _document(session, document_id)
        dossier_id = document.dossier_id
        session.delete(document)
        touch(session, dossier_id)


def document_content(db: Database, document_id: int) -> bytes:
    """The document's bytes, checked against its SHA-256 (DocumentError when they differ)."""
    with db.session() as session:
        document = session.scalars(select(Document).options(undefer(Document.content))
                                   .where(Document.id == document_id)).first()
        if document is None:
            raise NotFoundError(NO_SUCH_DOCUMENT(id=document_id))
        content = document.content or b""
        if hashlib.sha256(content).hexdigest() != document.sha256:
            raise DocumentError(DAMAGED(name=document.file_name))
        return content


def save_copy(db: Database, document_id: int, target: str | Path) -> None:
    """Write a copy of the document to ``target``, whole or not at all."""
    content = document_content(db, document_id)
    try:
        write_bytes_atomic(target, content)
    except OSError as exc:
        raise DocumentError(NOT_WRITTEN(path=str(target), detail=exc.strerror or str(exc))) from exc


# --- bank details --------------------------------------------------------------------------------


def get_rib(db: Database, dossier_id: int) -> RibFields:
    with db.session() as session:
        d = dossier_row(session, dossier_id)
        return RibFields(d.rib_holder or "", d.rib_iban or "", d.rib_bic or "")


def update_rib(db: Database, dossier_id: int, *, holder: str | None = None, iban: str | None = None,
               bic: str | None = None) -> None:
    """Store the bank details as typed (IBAN and BIC compacted: no spaces, upper case), even when wrong:
    the step shows the error under the field and the check lists it."""
    from esms_desktop.rules.identity.rib import compact_bic, compact_iban

    with db.session() as session:
        d = dossier_row(session, dossier_id)
        if holder is not None:
            d.rib_holder = holder.strip()[:200]
        if iban is not None:
            d.rib_iban = compact_iban(iban)[:40]
        if bic is not None:
            d.rib_bic = compact_bic(bic)[:11]
        touch(session, dossier_id)
