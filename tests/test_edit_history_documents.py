"""Undo's captures read no document bytes; undoing a document's removal brings its exact bytes back.

``ui.edit_history.EditHistory`` over the example (resources/examples/exemple-grappe-bfc.json), driven the
way the window drives it: a store through ``storage``, then ``checkpoint``; the SQL sent is recorded.
"""

from __future__ import annotations

import os

from sqlalchemy import event

from esms_desktop.storage import documents, dossier_states
from esms_desktop.storage.dossiers import rename_dossier
from esms_desktop.storage.loader import load_dossier
from esms_desktop.ui.edit_history import EditHistory


class Statements:
    def __init__(self, engine):
        self.sql: list[str] = []
        event.listen(engine, "before_cursor_execute", lambda _c, _cur, sql, *_a: self.sql.append(sql))

    def take(self) -> list[str]:
        sql, self.sql = self.sql, []
        return sql


def _reads_content(sql: list[str]) -> bool:
    return any("document.content" in s and s.lstrip().upper().startswith("SELECT") for s in sql)


def test_capture_reads_no_document_bytes_and_undo_restores_them(qapp, db, example_id):
    history = EditHistory(db, example_id)
    history.reset()
    quote = b"%PDF-1.4\n" + os.urandom(8 * 1024 * 1024)  # 8 MB: a large attached quote
    statements = Statements(db.engine)

    document_id = documents.attach_bytes(db, example_id, "quote", "devis-gros.pdf", quote, label="Gros devis")
    statements.take()
    assert history.checkpoint("joindre")
    attach = statements.take()
    assert sum("document.content" in s for s in attach) == 1  # a new hash: its bytes read once, into the cache

    # a plain edit: the capture never selects the content column, in a fixed handful of queries
    rename_dossier(db, example_id, "Nom modifié")
    statements.take()
    assert history.checkpoint("renommer")
    edit = statements.take()
    assert not _reads_content(edit)
    assert len(edit) <= 13  # the stored version, then load_dossier: the dossier and one query per collection
    assert not history.checkpoint("rien")  # nothing stored since: the stored version only
    assert len(statements.take()) == 1
    # the window offers the dossier it has just read for its step states: the checkpoint reads no more
    rename_dossier(db, example_id, "Nom encore modifié")
    history.offer(load_dossier(db, example_id))
    statements.take()
    assert history.checkpoint("renommer encore")
    # the stored version only: the follow-up (which the typed dossier does not hold, and an undo must put
    # back) is read only for a dossier that has one (tests/test_followup_ui.py undoes with 152 measures)
    assert len(statements.take()) == 1
    statements.take()
    dossier_states.capture(db, example_id)
    assert not _reads_content(statements.take())

    # remove the big quote, then undo: the same bytes are back (from the history's cache)
    documents.remove_document(db, document_id)
    assert history.checkpoint("retirer")
    assert not _reads_content(statements.take())  # a removal reads no bytes either
    assert all(d.file_name != "devis-gros.pdf" for d in documents.list_documents(db, example_id))
    history.undo()
    back = [d for d in documents.list_documents(db, example_id) if d.file_name == "devis-gros.pdf"]
    assert len(back) == 1
    assert back[0].label == "Gros devis" and back[0].size == len(quote)
    assert documents.document_content(db, back[0].id) == quote
    # and every other document of the example kept its bytes through the restore
    for d in documents.list_documents(db, example_id):
        assert len(documents.document_content(db, d.id)) == d.size
    history.redo()  # the removal again
    assert all(d.file_name != "devis-gros.pdf" for d in documents.list_documents(db, example_id))
    history.undo()
    back = [d for d in documents.list_documents(db, example_id) if d.file_name == "devis-gros.pdf"]
    assert documents.document_content(db, back[0].id) == quote


def test_restore_without_cache_takes_bytes_from_rows_with_the_same_hash(db, example_id):
    state = dossier_states.capture(db, example_id)
    before = {d.sha256: documents.document_content(db, d.id) for d in documents.list_documents(db, example_id)}
    assert before and all(before.values())
    dossier_states.restore(db, example_id, state)  # the old rows are read before they are replaced
    after = {d.sha256: documents.document_content(db, d.id) for d in documents.list_documents(db, example_id)}
    assert after == before
    assert dossier_states.capture(db, example_id) == state
