"""The engagement letter the member prints comes from her answers as they stand, not from the porteur's
copy written when he sent the sheet: an ESSMS she adds and the legal representative she corrects are in
the letter she prints and signs; and once the porteur merges her answer, his letter says the same."""

from __future__ import annotations

import datetime as dt
import io

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFileDialog
from pypdf import PdfReader

from esms_desktop.paths import resource_path
from esms_desktop.reports.member_letter import letter_pdf
from esms_desktop.storage import finess_reference, grappe, member_desk, member_requests
from esms_desktop.storage.database import open_database
from esms_desktop.storage.dossier_file import export_dossier

HER_EJ = "710000548"  # Les Papillons Blancs de Mâcon, second OG of the example (5 ESSMS)
ADDED_ET, ADDED_NAME = "710977083", "SESSAD déficience intellectuelle"  # taken out, added back by her (look-up: her spelling)
SIGNATORY = "Mme Hélène Vasseur"  # the representative she corrects (the porteur had « Bernard Thomas »)


def pdf_text(pdf: bytes) -> str:
    return " ".join(" ".join(page.extract_text().split()) for page in PdfReader(io.BytesIO(pdf)).pages)


@pytest.fixture
def reference():
    finess_reference.import_extract(resource_path("finess", "sample-extract.csv"), finess_reference.default_db_path())


@pytest.fixture
def desk(db, example_id, tmp_path):
    """The porteur (who does not know her SESSAD) sends her the sheet; her own database opens it."""
    og = next(o for o in grappe.list_grappe(db, example_id) if o.finess_ej == HER_EJ)
    grappe.delete_essms(db, next(e for e in og.essms if e.finess_et == ADDED_ET).id)
    sheet = tmp_path / "demande.esms-og"
    member_requests.write_request(db, example_id, og.id, sheet, dt.date.today(),
                                  letter_pdf(export_dossier(db, example_id), HER_EJ))
    member = open_database(str(tmp_path / "membre.sqlite"))
    dossier_id = member_desk.open_request(member, sheet, dt.date.today())
    yield member, dossier_id
    member.dispose()


def test_the_letter_she_prints_has_her_new_essms_and_signatory(qtbot, french, desk, reference, monkeypatch,
                                                               answer_modal, db, example_id, tmp_path):
    from esms_desktop.ui.member.member_wizard import MemberWizard
    from esms_desktop.ui.pack import printing

    member, dossier_id = desk
    sent = pdf_text(member_desk.member_desk(member, dossier_id).letter_pdf)  # the porteur's copy, as sent
    assert "Bernard Thomas" in sent and ADDED_ET not in sent
    assert "4 établissements et services suivants" in sent and "15 établissements et services sociaux" in sent
    wizard = MemberWizard(member, dossier_id)
    qtbot.addWidget(wizard)
    wizard.show()
    qtbot.waitUntil(wizard.is_settled)  # her request, read in the background

    # 1. her OG: the legal representative corrected (typed, then the focus leaves the field)
    assert wizard.fields["legal_rep_name"].text() == "Bernard Thomas"
    wizard.fields["legal_rep_name"].setText(SIGNATORY)
    wizard.fields["legal_rep_name"].editingFinished.emit()
    wizard.fields["legal_rep_function"].setText("directrice générale")
    wizard.fields["legal_rep_function"].editingFinished.emit()
    # 2. her ESSMS: the SESSAD the porteur did not know, found in the FINESS reference
    wizard.show_page(1)

    def add(dialog):
        dialog.finess.edit.setText(ADDED_ET)
        dialog.number_lookup.search_now()
        dialog.number_lookup.choose([r.finess_et for r in dialog.number_lookup.records()].index(ADDED_ET))
        dialog.accept()

    answer_modal(add)
    qtbot.mouseClick(wizard.add_essms_button, Qt.MouseButton.LeftButton)
    assert wizard.essms_table.rowCount() == 5
    # 5. her letter, printed: what goes to the printer is built from her answers now
    wizard.show_page(4)
    assert SIGNATORY in wizard.letter_label.text()
    printed = []
    real_print = printing.print_pdf
    monkeypatch.setattr(printing, "print_pdf", lambda pdf, printer: printed.append(pdf) or real_print(pdf, printer))
    from PySide6.QtPrintSupport import QPrintDialog, QPrinter

    def to_file(dialog) -> int:
        dialog.printer().setOutputFormat(QPrinter.OutputFormat.PdfFormat)
        dialog.printer().setOutputFileName(str(tmp_path / "imprimee.pdf"))
        return QPrintDialog.DialogCode.Accepted

    monkeypatch.setattr(QPrintDialog, "exec", to_file)
    qtbot.mouseClick(wizard.print_button, Qt.MouseButton.LeftButton)
    assert "envoyée à l'imprimante" in wizard.signed_label.text()
    text = pdf_text(printed[0])
    assert f"{ADDED_NAME} {ADDED_ET}" in text  # in her ESSMS table: name, then FINESS ET
    assert "les 5 établissements et services suivants" in text
    assert f"Je soussignée, {SIGNATORY}, directrice générale, agissant au nom de l'organisme gestionnaire " \
           "Les Papillons Blancs de Mâcon" in text
    assert f"Pour Les Papillons Blancs de Mâcon, {SIGNATORY}, directrice générale" in text  # the signature block
    assert "Bernard Thomas" not in text
    # the grappe as the porteur described it: the porteur, 4 OGs, and 15 + her one more ESSMS
    assert "Association Charles de Foucauld (Yonne) (FINESS juridique 890001548)" in text
    assert "4 organismes gestionnaires et 16 établissements et services sociaux et médico-sociaux" in text
    # her shares were figured pro rata of 4 ESSMS: with 5 they are the porteur's to figure again
    assert "137 531 €" not in text and "à chiffrer au plan de financement" in text
    # saved as a PDF: the same letter
    saved = tmp_path / "lettre.pdf"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(saved), ""))
    qtbot.mouseClick(wizard.save_button, Qt.MouseButton.LeftButton)
    assert pdf_text(saved.read_bytes()) == text

    # She sends it back; the porteur merges it from his « Membres » panel, then saves her OG's letter from
    # the same panel: it is built from the merged data, the ESSMS and signatory she printed.
    answer = tmp_path / "reponse.esms-og"
    wizard.show_page(5)
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(answer), ""))
    qtbot.mouseClick(wizard.send_button, Qt.MouseButton.LeftButton)
    from esms_desktop.ui.autosave import Autosaver
    from esms_desktop.ui.wizard.grappe_step import GrappeStep
    from esms_desktop.ui.wizard.step import WizardContext

    step = GrappeStep(WizardContext(db, example_id, Autosaver()))
    qtbot.addWidget(step)
    step.show()
    step.load()
    panel = step.members
    og_id = next(o.id for o in grappe.list_grappe(db, example_id) if o.finess_ej == HER_EJ)
    panel.select(og_id)
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(answer), ""))

    def accept_all(dialog):
        dialog.accept_all()
        dialog.accept()

    answer_modal(accept_all)
    qtbot.mouseClick(panel.merge_button, Qt.MouseButton.LeftButton)
    his = tmp_path / "lettre-porteur.pdf"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(his), ""))
    panel.select(og_id)
    assert panel.letter_button.isEnabled()
    qtbot.mouseClick(panel.letter_button, Qt.MouseButton.LeftButton)
    merged = pdf_text(his.read_bytes())
    assert f"{ADDED_NAME} {ADDED_ET}" in merged and f"Je soussignée, {SIGNATORY}, directrice générale" in merged
    assert f"Pour Les Papillons Blancs de Mâcon, {SIGNATORY}, directrice générale" in merged
    assert "4 organismes gestionnaires et 16 établissements" in merged and "Bernard Thomas" not in merged
    # the same letter as hers but for the shares, which he figures again pro rata of the 16 ESSMS
    assert "percevoir du porteur sa part prévisionnelle" in merged


def test_unchanged_answers_print_the_porteurs_letter(desk):
    """Before she changes anything, her letter is word for word the one the porteur built for her."""
    member, dossier_id = desk
    assert pdf_text(member_desk.current_letter(member, dossier_id)) == \
        pdf_text(member_desk.member_desk(member, dossier_id).letter_pdf)


def test_a_sheet_without_letter_frame_prints_the_porteurs_copy(desk):
    """A sheet written before the frame travelled: the letter the porteur built is what she prints."""
    member, dossier_id = desk
    from esms_desktop.storage.member_models import MemberAnswer
    from sqlalchemy import select

    with member.session() as session:
        row = session.scalar(select(MemberAnswer).where(MemberAnswer.dossier_id == dossier_id))
        row.context = {k: v for k, v in row.context.items() if k != "letter"}
    assert member_desk.current_letter(member, dossier_id) == member_desk.member_desk(member, dossier_id).letter_pdf


def test_her_request_is_read_in_the_background_loading_shown_meanwhile(qtbot, french, desk, monkeypatch):
    import threading

    from esms_desktop.ui.member.member_wizard import MemberWizard

    member, dossier_id = desk
    release, threads, original = threading.Event(), [], member_desk.member_desk

    def slow(*args, **kwargs):  # a slow disk: her request comes when released
        threads.append(threading.get_ident())
        release.wait(30)
        return original(*args, **kwargs)

    monkeypatch.setattr(member_desk, "member_desk", slow)
    wizard = MemberWizard(member, dossier_id)
    qtbot.addWidget(wizard)
    wizard.show()
    assert wizard.intro.text() == "Chargement…" and not wizard.is_settled()
    assert not wizard.print_button.isEnabled()  # no letter before her request is read
    release.set()
    qtbot.waitUntil(wizard.is_settled)
    assert threads and threading.get_ident() not in threads
    assert "Association Charles de Foucauld" in wizard.intro.text()  # the porteur, named
    assert wizard.print_button.isEnabled()
