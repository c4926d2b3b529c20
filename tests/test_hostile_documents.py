"""Documents from a hostile dossier file or a mislabelled file: refused at import with the database unchanged
(hash compared), and a name stored before these checks is made harmless on the way out."""

from __future__ import annotations

import base64
import hashlib
import json
import os
import stat

import pytest

from esms_desktop.storage import document_checks, documents
from esms_desktop.storage.dossier_file import DossierFileError, import_dossier, import_file
from tests.conftest import EXAMPLE

PDF = b"%PDF-1.4\n% a signed letter\n"


def db_hash(path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def _with_document(tmp_path, file_name: str, content: bytes):
    data = json.loads(EXAMPLE.read_text(encoding="utf-8"))
    data["dossier"]["documents"][0].update(file_name=file_name, content=base64.b64encode(content).decode(),
                                          sha256=hashlib.sha256(content).hexdigest(), size=len(content))
    path = tmp_path / "hostile.esms"
    path.write_text(json.dumps(data), encoding="utf-8")
    return path


@pytest.mark.parametrize("file_name", [
    "../../.bashrc.pdf", "/etc/cron.d/evil.pdf", "C:\\Windows\\evil.pdf", "..\\..\\evil.pdf", "rib.pdf.exe",
    "rib.exe", "run.sh", "rib.pdf.lnk", "facture.PDF.scr", "nul.pdf", "a\x00b.pdf", ".", "",
])
def test_a_dangerous_document_name_is_refused_and_nothing_is_stored(tmp_path, db, db_path, file_name):
    path = _with_document(tmp_path, file_name, PDF)
    before = db_hash(db_path)
    with pytest.raises(DossierFileError) as refused:
        import_file(db, path)
    assert "Nothing was imported" in str(refused.value.message)
    assert db_hash(db_path) == before


def test_a_text_file_named_pdf_is_not_a_pdf(tmp_path, db, db_path):
    path = _with_document(tmp_path, "rib.pdf", b"I am not a bank statement\n")
    before = db_hash(db_path)
    with pytest.raises(DossierFileError) as refused:
        import_file(db, path)
    assert "not a real PDF file" in str(refused.value.message)
    assert db_hash(db_path) == before
    fake = tmp_path / "rib.pdf"
    fake.write_bytes(b"plain text")
    with pytest.raises(documents.DocumentError):
        documents.attach_document(db, import_file(db, EXAMPLE), "rib", fake)
    image = tmp_path / "photo.png"
    image.write_bytes(PDF)  # a PDF renamed .png is no image either
    with pytest.raises(documents.DocumentError):
        documents.attach_document(db, import_file(db, EXAMPLE, on_conflict="copy"), "other", image)


def test_a_document_over_the_limit_is_refused_from_a_dossier_file_before_decoding(tmp_path, db, db_path):
    big = b"%PDF-1.4\n" + b"0" * document_checks.MAX_SIZE  # one byte past 25 MB once the header is counted
    path = _with_document(tmp_path, "gros.pdf", big)
    before = db_hash(db_path)
    with pytest.raises(DossierFileError) as refused:
        import_file(db, path)
    assert "25 MB" in str(refused.value.message)
    assert db_hash(db_path) == before


def test_exactly_25_mb_is_accepted(db, example_id):
    content = b"%PDF-1.4\n" + b"0" * (document_checks.MAX_SIZE - 9)
    assert len(content) == document_checks.MAX_SIZE
    assert documents.attach_bytes(db, example_id, "other", "plan.pdf", content)
    with pytest.raises(documents.DocumentError):
        documents.attach_bytes(db, example_id, "other", "plan.pdf", content + b"0")


def test_real_types_are_accepted(db, example_id):
    for name, head in [("scan.jpg", b"\xff\xd8\xff\xe0"), ("scan.PNG", b"\x89PNG\r\n\x1a\n"),
                       ("scan.tif", b"II*\x00"), ("devis.docx", b"PK\x03\x04"), ("note.odt", b"PK\x03\x04"),
                       ("lettre signée.pdf", PDF)]:
        documents.attach_bytes(db, example_id, "other", name, head + b"rest")


@pytest.mark.parametrize("stored, shown", [
    ("../../.bashrc", "bashrc.bin"), ("/etc/passwd", "passwd.bin"), ("rib.pdf.exe", "rib.pdf.exe.bin"),
    ("C:\\Users\\x\\rib.pdf", "rib.pdf"), ("lettre: signée?.pdf", "lettre_ signée_.pdf"), ("", "document.bin"),
    ("con.pdf", "document_con.pdf"),
])
def test_names_are_made_plain_on_the_way_out(stored, shown):
    assert document_checks.safe_file_name(stored) == shown
    assert os.sep not in document_checks.safe_file_name(stored)


def test_opening_a_document_writes_a_read_only_copy_under_a_plain_name(qtbot, monkeypatch, db, db_path,
                                                                         example_id, tmp_path):
    """An old database holding a hostile name: the copy lands in the temporary folder, read-only, as .bin."""
    import sqlite3

    from PySide6.QtGui import QDesktopServices

    from esms_desktop.ui.autosave import Autosaver
    from esms_desktop.ui.wizard.documents_step import DocumentsStep
    from esms_desktop.ui.wizard.step import WizardContext

    doc_id = documents.attach_bytes(db, example_id, "other", "ok.pdf", PDF)
    with sqlite3.connect(db_path) as raw:  # as a version before the checks could have stored it
        raw.execute("UPDATE document SET file_name = ? WHERE id = ?", ("../../../victim.pdf.exe", doc_id))
    opened = []
    monkeypatch.setattr(QDesktopServices, "openUrl", staticmethod(lambda url: opened.append(url.toLocalFile())
                                                                     or True))
    page = DocumentsStep(WizardContext(db, example_id, Autosaver()))
    qtbot.addWidget(page)
    page.open_copy(doc_id)
    assert len(opened) == 1
    target = opened[0]
    assert os.path.basename(target) == "victim.pdf.exe.bin"
    assert os.path.dirname(os.path.dirname(target)) == os.path.realpath(os.path.dirname(os.path.dirname(target)))
    assert not os.stat(target).st_mode & (stat.S_IWUSR | stat.S_IWGRP | stat.S_IWOTH)  # read-only
    with open(target, "rb") as handle:
        assert handle.read() == PDF


def test_the_save_dialog_suggests_a_plain_name(qtbot, monkeypatch, db, db_path, example_id):
    import sqlite3

    from PySide6.QtWidgets import QFileDialog

    from esms_desktop.ui.autosave import Autosaver
    from esms_desktop.ui.wizard.documents_step import DocumentsStep
    from esms_desktop.ui.wizard.step import WizardContext

    doc_id = documents.attach_bytes(db, example_id, "other", "ok.pdf", PDF)
    with sqlite3.connect(db_path) as raw:
        raw.execute("UPDATE document SET file_name = ? WHERE id = ?", ("../../.bashrc", doc_id))
    suggested = []
    monkeypatch.setattr(QFileDialog, "getSaveFileName",
                        staticmethod(lambda parent, caption, default, *a, **k: suggested.append(default) or ("", "")))
    page = DocumentsStep(WizardContext(db, example_id, Autosaver()))
    qtbot.addWidget(page)
    page.save_copy(doc_id)
    assert suggested and suggested[0].endswith(os.sep + "bashrc.bin") and ".." not in suggested[0]


def test_deep_json_is_refused_in_dossier_and_answer_files(tmp_path, db, db_path):
    from esms_desktop.storage.maturity_files import AnswerFileError, _load_json

    deep = tmp_path / "deep.esms"
    deep.write_text('{"format": "esms-desktop/dossier", "x": ' + "[" * 3000 + "]" * 3000 + "}", encoding="utf-8")
    before = db_hash(db_path)
    with pytest.raises(DossierFileError) as refused:
        import_file(db, deep)
    assert "levels deep" in str(refused.value.message)
    with pytest.raises(DossierFileError):  # nested 100 deep: parsed, but refused before any recursive check
        import_dossier(db, {"format": "esms-desktop/dossier", "x": json.loads("[" * 100 + "]" * 100)})
    assert db_hash(db_path) == before
    answers = tmp_path / "reponses.json"
    answers.write_text("[" * 3000 + "]" * 3000, encoding="utf-8")
    with pytest.raises(AnswerFileError):
        _load_json(answers)
