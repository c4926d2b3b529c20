"""The member sheet round trip through the real widgets, on two databases (the porteur's, the member's):
the porteur asks an OG from the grappe step's « Membres » panel; the member opens the sheet by the second
door, answers in her wizard (FINESS look-up, referent, need, self-diagnostic, signed letter) and sends it
back; the porteur previews and merges, field by field. Then the dossier holds her data, and each item
completed removes one blocking criterion."""

from __future__ import annotations

import datetime as dt
import hashlib

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QApplication, QFileDialog, QMessageBox

from esms_desktop.paths import resource_path
from esms_desktop.rules.admissibility.checker import check_dossier
from esms_desktop.rules.campaign import campaign_of
from esms_desktop.storage import documents, finess_reference, governance, grappe, maturity, needs
from esms_desktop.storage.database import open_database
from esms_desktop.storage.dossier_file import export_dossier

MEMBER_EJ = "710000548"  # Les Papillons Blancs de Mâcon, second OG of the example (5 ESSMS)
DROPPED_ET = "710977083"  # one of its ESSMS, taken out: the member adds it back by FINESS look-up
CHECK_DAY = dt.date(2024, 3, 1)  # within the example's 2024 window


def blocking(db, dossier_id) -> list[str]:
    data = export_dossier(db, dossier_id)
    report = check_dossier(data, campaign_of(data["dossier"]), CHECK_DAY)
    return sorted(c.key for c in report.blocking)


def letter_text(pdf: bytes) -> str:
    import io

    from pypdf import PdfReader

    return " ".join(" ".join(page.extract_text().split()) for page in PdfReader(io.BytesIO(pdf)).pages)


def file_hash(path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


@pytest.fixture
def porteur(db, example_id):
    """The example dossier (admissible), with what the porteur does not know yet of the second OG cleared:
    its signed letter, its DPO, GDPR and IT charter states, its self-diagnostic and one of its ESSMS."""
    og = next(o for o in grappe.list_grappe(db, example_id) if o.finess_ej == MEMBER_EJ)
    grappe.update_og(db, og.id, dpo_designated=False, rgpd_status="not_started", it_charter="not_started")
    for document in documents.list_documents(db, example_id, "engagement_letter"):
        if document.og_id == og.id:
            documents.remove_document(db, document.id)
    maturity.restart_diagnostic(db, og.id)
    dropped = next(e for e in og.essms if e.finess_et == DROPPED_ET)
    grappe.delete_essms(db, dropped.id)
    return db, example_id, og.id


@pytest.fixture
def reference():
    finess_reference.import_extract(resource_path("finess", "sample-extract.csv"), finess_reference.default_db_path())


def click_radio(qtbot, button):
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton, pos=QPoint(6, button.height() // 2))


def grappe_step(qtbot, db, dossier_id):
    from esms_desktop.ui.autosave import Autosaver
    from esms_desktop.ui.wizard.grappe_step import GrappeStep
    from esms_desktop.ui.wizard.step import WizardContext

    step = GrappeStep(WizardContext(db, dossier_id, Autosaver()))
    qtbot.addWidget(step)
    step.show()
    step.load()
    return step


def test_round_trip_through_the_widgets(qtbot, french, porteur, reference, tmp_path, monkeypatch, answer_modal):
    db, dossier_id, og_id = porteur
    assert blocking(db, dossier_id) == ["admissibility.dpo", "admissibility.engagement_letters",
                                        "admissibility.it_charter", "admissibility.rgpd"]
    request, answer, scan, letter = (tmp_path / n for n in ("demande.esms-og", "reponse.esms-og", "scan.pdf",
                                                             "lettre.pdf"))
    scan.write_bytes(b"%PDF-1.4\n% lettre signee scannee\n%%EOF\n")

    # --- porteur: « Demander ses informations à cet OG » in the grappe step --------------------------
    step = grappe_step(qtbot, db, dossier_id)
    panel = step.members
    panel.select(og_id)
    assert panel.ask_button.isEnabled()
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(request), ""))
    qtbot.mouseClick(panel.ask_button, Qt.MouseButton.LeftButton)
    assert request.is_file()
    row = panel.table.currentRow()
    assert panel.table.item(row, 1).text() == dt.date.today().strftime("%d/%m/%Y")
    assert [panel.table.item(row, c).text() for c in (2, 3, 4)] == ["—", "—", "non"]

    # --- member: an empty database of her own, the second door ------------------------------------
    from esms_desktop.ui.main_window import MainWindow

    member_path = tmp_path / "membre.sqlite"
    window = MainWindow(str(member_path))
    qtbot.addWidget(window)
    window.show()
    assert window.start()
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(request), ""))
    qtbot.mouseClick(window.doors.answer, Qt.MouseButton.LeftButton)
    wizard = window.wizard
    qtbot.waitUntil(wizard.is_settled)  # her request, read in the background
    from esms_desktop.ui.member.member_wizard import MemberWizard

    assert isinstance(wizard, MemberWizard)
    assert "Association Charles de Foucauld" in wizard.intro.text()  # the porteur, named
    assert wizard.fields["name"].text() == "Les Papillons Blancs de Mâcon"  # pre-filled by the porteur
    assert wizard.essms_table.rowCount() == 4  # what the porteur expects of her

    # identity: data protection
    wizard.fields["rgpd_status"].setCurrentIndex(wizard.fields["rgpd_status"].findData("in_progress"))
    wizard.fields["it_charter"].setCurrentIndex(wizard.fields["it_charter"].findData("done"))
    wizard.fields["dpo_designated"].setChecked(True)
    mdb = window.db
    member_og = grappe.list_grappe(mdb, wizard.dossier_id)[0]
    assert (member_og.rgpd_status, member_og.it_charter, member_og.dpo_designated) == ("in_progress", "done", True)

    # her ESSMS: the missing one, found in the FINESS reference by its number
    wizard.show_page(1)

    def fill(dialog):
        dialog.finess.edit.setText("710977")
        dialog.number_lookup.search_now()
        assert DROPPED_ET in [r.finess_et for r in dialog.number_lookup.records()]
        dialog.number_lookup.choose([r.finess_et for r in dialog.number_lookup.records()].index(DROPPED_ET))
        assert dialog.presence_label.text().startswith("Trouvé dans le répertoire FINESS du")
        dialog.accept()

    answer_modal(fill)
    qtbot.mouseClick(wizard.add_essms_button, Qt.MouseButton.LeftButton)
    assert wizard.essms_table.rowCount() == 5
    assert wizard.essms_table.item(4, 0).text() == DROPPED_ET
    # a referent for it
    wizard.essms_table.setCurrentCell(4, 0)
    wizard.referent_name.setText("Inès Garnier")
    wizard.referent_function.setText("Cheffe de service")
    qtbot.mouseClick(wizard.referent_button, Qt.MouseButton.LeftButton)
    assert wizard.essms_table.item(4, 3).text() == "Inès Garnier"
    # a need
    wizard.show_page(2)
    known_needs = wizard.needs_list.count()  # those the porteur already listed for her ESSMS
    wizard.need_label.setText("Formation DUI de l'équipe éducative")
    qtbot.mouseClick(wizard.add_need_button, Qt.MouseButton.LeftButton)
    assert wizard.needs_list.count() == known_needs + 1
    # the self-diagnostic: the director's questionnaire (no IT manager)
    wizard.show_page(3)
    view = wizard.questionnaire
    assert view.questionnaire.id == "maturite-direction"
    first_domain = [q for q in view.questionnaire.questions][:3]
    for question in first_domain:
        click_radio(qtbot, view.box(question.id).buttons[2])
    assert maturity.get_diagnostic(mdb, member_og.id).answers == {q.id: 2 for q in first_domain}
    # her letter: saved to print, then its signed scan attached
    wizard.show_page(4)
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(letter), ""))
    qtbot.mouseClick(wizard.save_button, Qt.MouseButton.LeftButton)
    assert letter.read_bytes().startswith(b"%PDF")
    saved = letter_text(letter.read_bytes())  # from her answers: the ESSMS she added back is in it
    assert f"SESSAD déficience intellectuelle {DROPPED_ET}" in saved and "les 5 établissements" in saved
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(scan), ""))
    qtbot.mouseClick(wizard.attach_button, Qt.MouseButton.LeftButton)
    assert "scan.pdf" in wizard.signed_label.text()
    # « Renvoyer au porteur »
    wizard.show_page(5)
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(answer), ""))
    qtbot.mouseClick(wizard.send_button, Qt.MouseButton.LeftButton)
    assert answer.is_file() and str(answer) in wizard.send_summary.text()
    # she comes back later: the same sheet opens her answers again, not a new dossier
    window.show_list()
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(request), ""))
    qtbot.mouseClick(window.doors.answer, Qt.MouseButton.LeftButton)
    assert window.wizard.dossier_id == wizard.dossier_id and window.wizard.essms_table.rowCount() == 5

    # --- porteur: preview, then merge item by item -------------------------------------------------
    porteur_file = db.path
    before = file_hash(porteur_file)
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(answer), ""))
    seen = {}

    def only(*keys):
        def run(dialog):
            seen[keys] = {dialog.table.item(r, 0).data(Qt.ItemDataRole.UserRole): (
                dialog.table.item(r, 1).text(), dialog.table.item(r, 2).text()) for r in range(dialog.table.rowCount())}
            for key in seen[keys]:
                dialog.set_checked(key, key in keys)
            dialog.accept()
        return run

    def cancel(dialog):
        dialog.reject()

    answer_modal(cancel)
    qtbot.mouseClick(panel.merge_button, Qt.MouseButton.LeftButton)
    assert file_hash(porteur_file) == before  # nothing written before confirming

    answer_modal(only("og.rgpd_status"))
    qtbot.mouseClick(panel.merge_button, Qt.MouseButton.LeftButton)
    preview = seen[("og.rgpd_status",)]
    assert preview["og.rgpd_status"] == ("Non commencé", "En cours")
    assert preview["og.dpo_designated"] == ("non", "oui")
    assert f"essms.{DROPPED_ET}" in preview and f"referent.{DROPPED_ET}" in preview
    assert "maturity" in preview and any(k.startswith("document.") for k in preview)
    assert any(k.startswith("need.") for k in preview)
    assert blocking(db, dossier_id) == ["admissibility.dpo", "admissibility.engagement_letters",
                                        "admissibility.it_charter"]
    answer_modal(only("og.dpo_designated"))
    qtbot.mouseClick(panel.merge_button, Qt.MouseButton.LeftButton)
    assert blocking(db, dossier_id) == ["admissibility.engagement_letters", "admissibility.it_charter"]
    answer_modal(only("og.it_charter"))
    qtbot.mouseClick(panel.merge_button, Qt.MouseButton.LeftButton)
    assert blocking(db, dossier_id) == ["admissibility.engagement_letters"]

    def accept_all(dialog):
        dialog.accept_all()
        dialog.accept()

    answer_modal(accept_all)
    qtbot.mouseClick(panel.merge_button, Qt.MouseButton.LeftButton)
    assert blocking(db, dossier_id) == []

    # the dossier holds her data: the ESSMS back with its referent, her answers, her need, her letter
    og = next(o for o in grappe.list_grappe(db, dossier_id) if o.id == og_id)
    added = next(e for e in og.essms if e.finess_et == DROPPED_ET)
    people = {p.id: p.name for p in governance.list_people(db, dossier_id)}
    assert people[added.referent_id] == "Inès Garnier"
    assert maturity.get_diagnostic(db, og_id).answers == {q.id: 2 for q in first_domain}
    assert "Formation DUI de l'équipe éducative" in [n.label for n in needs.list_needs(db, dossier_id)]
    letters = [d for d in documents.list_documents(db, dossier_id, "engagement_letter") if d.og_id == og_id]
    assert [d.file_name for d in letters] == ["scan.pdf"]
    assert documents.document_content(db, letters[0].id) == scan.read_bytes()
    from esms_desktop.reports.member_letter import letter_pdf

    merged = letter_text(letter_pdf(export_dossier(db, dossier_id), MEMBER_EJ))  # his letter of her OG, merged
    assert f"SESSAD déficience intellectuelle {DROPPED_ET}" in merged and "les 5 établissements" in merged
    # hers left the shares « à chiffrer » (she added an ESSMS); his figures them again, pro rata of 16 ESSMS
    assert "à chiffrer au plan de financement" in saved and "percevoir du porteur sa part" in merged
    row = panel.table.currentRow()
    today = dt.date.today().strftime("%d/%m/%Y")
    assert [panel.table.item(row, c).text() for c in (1, 2, 3, 4)] == [today, today, today, "oui"]
    # the grappe step shows the ESSMS added
    assert DROPPED_ET in [step.tree.topLevelItem(1).child(i).text(0) for i in range(step.tree.topLevelItem(1).childCount())]

    # merging the same sheet again changes nothing
    before = file_hash(porteur_file)
    said = []
    monkeypatch.setattr(QMessageBox, "information", lambda _p, _t, text, *a, **k: said.append(text))
    qtbot.mouseClick(panel.merge_button, Qt.MouseButton.LeftButton)
    assert said and said[0].startswith("Rien à fusionner")
    assert file_hash(porteur_file) == before
    mdb.dispose()
    QApplication.processEvents()
