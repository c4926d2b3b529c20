"""Backups do not multiply unchanged documents: their bytes are stored once by SHA-256 beside the copies,
put back on restore (byte for byte), and dropped when no kept backup needs them."""

from __future__ import annotations

import datetime as dt
import hashlib
import os
import sqlite3
import time

import pytest

from esms_desktop.storage import backup_blobs, backups, documents
from esms_desktop.storage.dossiers import rename_dossier

MIB = 1024 * 1024


def _documents(db, dossier_id, count=3, size=4 * MIB):
    contents = [b"%PDF-1.4\n" + os.urandom(size) for _ in range(count)]
    ids = [documents.attach_bytes(db, dossier_id, "other", f"scan-{i}.pdf", c) for i, c in enumerate(contents)]
    return dict(zip(ids, contents))


def _folder_size(folder) -> int:
    return sum(p.stat().st_size for p in folder.rglob("*") if p.is_file())


def test_ten_backups_hold_the_documents_once(db, db_path, example_id):
    attached = _documents(db, example_id)  # 12 MiB of documents that do not change
    day = dt.datetime(2026, 3, 2, 9, 0)
    for i in range(10):
        rename_dossier(db, example_id, f"Grappe, version {i}")  # each backup differs a little
        assert backups.make_backup(db_path, "open", now=day + dt.timedelta(minutes=i)) is not None
    folder = backups.backup_dir(db_path)
    total = _folder_size(folder)
    documents_bytes = sum(len(c) for c in attached.values())
    # 10 copies of the database without the documents (well under 1 MiB each) + the documents once
    assert total < documents_bytes + 10 * MIB, total
    assert total < 2 * documents_bytes  # before: about 10 × the documents
    stored = [p.name for p in backup_blobs.store_dir(folder).iterdir()]
    assert len(stored) == len(set(stored)) == 3 + 9  # ours and the example's 9 documents, each once
    assert {hashlib.sha256(c).hexdigest() for c in attached.values()} <= set(stored)


def test_a_restored_backup_gets_its_documents_back_byte_for_byte(db, db_path, example_id):
    attached = _documents(db, example_id, count=2, size=MIB)
    made = backups.make_backup(db_path, "manual")
    con = sqlite3.connect(made)
    assert con.execute("SELECT max(length(content)) FROM document").fetchone()[0] == 0  # not in the copy
    con.close()
    for doc_id in attached:
        documents.remove_document(db, doc_id)
    db.dispose()
    backups.restore_backup(db_path, made)
    for doc_id, content in attached.items():
        assert documents.document_content(db, doc_id) == content  # checked against its SHA-256 too
    assert not list(db_path.parent.glob(".restore-*"))  # the temporary whole copy is gone


def test_a_backup_whose_document_is_missing_is_refused_and_the_database_untouched(db, db_path, example_id):
    attached = _documents(db, example_id, count=1, size=MIB)
    made = backups.make_backup(db_path, "manual")
    sha = hashlib.sha256(next(iter(attached.values()))).hexdigest()
    (backup_blobs.store_dir(made.parent) / sha).unlink()
    db.dispose()
    con = sqlite3.connect(db_path)
    con.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    con.close()
    before = hashlib.sha256(db_path.read_bytes()).hexdigest()
    with pytest.raises(backups.BackupError) as refused:
        backups.restore_backup(db_path, made)
    assert "scan-0.pdf" in str(refused.value.message)
    assert hashlib.sha256(db_path.read_bytes()).hexdigest() == before


def test_the_migration_backup_keeps_its_documents_inline(db, db_path, example_id):
    """An older version of the application, which knows nothing of the store, may restore it."""
    _documents(db, example_id, count=1, size=MIB)
    made = backups.make_backup(db_path, "migration")
    assert backup_blobs.referenced(made) == set()
    con = sqlite3.connect(made)
    assert con.execute("SELECT min(length(content)) FROM document").fetchone()[0] > 0
    con.close()


def test_rotation_drops_the_documents_no_kept_backup_needs(db, db_path, example_id):
    attached = _documents(db, example_id, count=1, size=MIB)
    day = dt.datetime(2026, 3, 2, 9, 0)
    backups.make_backup(db_path, "manual", now=day)
    doc_id = next(iter(attached))
    documents.remove_document(db, doc_id)
    for i in range(12):
        rename_dossier(db, example_id, f"v{i}")
        backups.make_backup(db_path, "manual", now=day + dt.timedelta(minutes=i + 1))
    store = backup_blobs.store_dir(backups.backup_dir(db_path))
    old = time.time() - 7200
    for blob in store.iterdir():
        os.utime(blob, (old, old))
    removed_sha = hashlib.sha256(attached[doc_id]).hexdigest()
    assert (store / removed_sha).exists()
    backups.rotate(db_path, now=day + dt.timedelta(hours=1))
    assert not (store / removed_sha).exists()  # the only backup holding the document was rotated away
    assert len(list(store.iterdir())) == 9  # the example's documents, still in the kept backups
