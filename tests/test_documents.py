"""Documents are kept IN the database (BLOB, SHA-256, size), never as a path; RIB fields checked by stdnum."""

from __future__ import annotations

import hashlib

import pytest

from esms_desktop.rules.identity import rib
from esms_desktop.storage import documents
from esms_desktop.storage.dossier_file import export_dossier
from esms_desktop.storage.grappe import list_grappe

pytestmark = pytest.mark.both_backends

PDF = b"%PDF-1.4\n% a signed letter\n"


@pytest.fixture
def letter(tmp_path):
    path = tmp_path / "lettre signée.pdf"
    path.write_bytes(PDF)
    return path


def test_attached_file_is_copied_into_the_database_with_its_checksum(db, db_path, example_id, letter):
    og = list_grappe(db, example_id)[1]
    doc_id = documents.attach_document(db, example_id, "engagement_letter", letter, og_id=og.id)
    letter.unlink()  # the original goes away: the dossier keeps its copy
    sha, size, blob, name = db.rows(
        "SELECT sha256, size, content, file_name FROM document WHERE id = :id", {"id": doc_id})[0]
    assert (sha, size, bytes(blob), name) == (hashlib.sha256(PDF).hexdigest(), len(PDF), PDF, "lettre signée.pdf")
    assert documents.document_content(db, doc_id) == PDF
    state = documents.documents_state(db, example_id)
    assert {"kind": "engagement_letter", "og": 1, "file_name": "lettre signée.pdf", "size": len(PDF)} in state
    exported = next(x for x in export_dossier(db, example_id)["dossier"]["documents"]
                    if x["file_name"] == "lettre signée.pdf")
    assert exported["og"] == 1 and exported["sha256"] == hashlib.sha256(PDF).hexdigest()


def test_replace_remove_and_save_a_copy(db, example_id, letter, tmp_path):
    doc_id = documents.attach_document(db, example_id, "other", letter)
    new = tmp_path / "v2.pdf"
    new.write_bytes(b"%PDF-1.4 second version")
    documents.replace_document(db, doc_id, new)
    row = next(d for d in documents.list_documents(db, example_id) if d.id == doc_id)
    assert (row.file_name, row.sha256) == ("v2.pdf", hashlib.sha256(b"%PDF-1.4 second version").hexdigest())
    target = tmp_path / "out" / "copie.pdf"
    documents.save_copy(db, doc_id, target)
    assert target.read_bytes() == b"%PDF-1.4 second version"
    assert not list(target.parent.glob(".*tmp"))  # written through a temporary file, nothing left behind
    documents.remove_document(db, doc_id)
    assert doc_id not in {d.id for d in documents.list_documents(db, example_id)}


def test_damaged_content_is_detected(db, db_path, example_id, letter):
    doc_id = documents.attach_document(db, example_id, "other", letter)
    from sqlalchemy import text

    with db.engine.begin() as raw:
        raw.execute(text("UPDATE document SET content = :c WHERE id = :id"), {"c": b"tampered", "id": doc_id})
    with pytest.raises(documents.DocumentError):
        documents.document_content(db, doc_id)


def test_refused_files(db, example_id, tmp_path):
    empty = tmp_path / "vide.pdf"
    empty.write_bytes(b"")
    with pytest.raises(documents.DocumentError) as refused:
        documents.attach_document(db, example_id, "rib", empty)
    assert "vide.pdf" in str(refused.value.message)
    with pytest.raises(documents.DocumentError):
        documents.attach_document(db, example_id, "rib", tmp_path / "absent.pdf")
    with pytest.raises(documents.DocumentError):  # a letter belongs to one OG
        documents.attach_bytes(db, example_id, "engagement_letter", "x.pdf", PDF, og_id=None)


def test_rib_is_stored_compact(db, example_id):
    documents.update_rib(db, example_id, holder=" Association X ", iban="fr76 3000 6000 0112 3456 7890 189",
                         bic="agri frpp xxx")
    assert documents.get_rib(db, example_id) == documents.RibFields(
        "Association X", "FR7630006000011234567890189", "AGRIFRPPXXX")


@pytest.mark.parametrize("text, expected", [
    ("FR76 3000 6000 0112 3456 7890 189", None),  # a valid French IBAN (mod 97 = 1)
    ("FR7630006000011234567890188", "check digits"),  # one digit changed
    ("FR763000600001123456789018", "26 characters"),  # one digit missing: a French IBAN has 27
    ("ZZ7630006000011234567890189", "country code"),
    ("FR76-3000-6000-0112-3456-7890-18#", "cannot hold"),
    ("", "Type the IBAN"),
])
def test_iban_errors(text, expected):
    error = rib.iban_error(text)
    assert (error is None) if expected is None else (expected in str(error))


@pytest.mark.parametrize("text, expected", [
    ("AGRIFRPPXXX", None), ("AGRIFRPP", None),
    ("AGRIFRP", "8 or 11"), ("AGR1FRPP", "4 letters"), ("AGRIZZPP", "ZZ"), ("", "Type the BIC"),
])
def test_bic_errors(text, expected):
    error = rib.bic_error(text)
    assert (error is None) if expected is None else (expected in str(error))
