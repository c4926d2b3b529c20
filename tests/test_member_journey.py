"""The director's journey from an empty data folder: the second door, her sheet, her FINESS ET typed and
found in the national reference shipped with the application (with its date), her letter printed."""

from __future__ import annotations

import datetime as dt
import io

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFileDialog

from esms_desktop import formatting
from esms_desktop.reports.member_letter import letter_pdf
from esms_desktop.storage import finess_builtin, finess_reference, grappe, member_requests
from esms_desktop.storage.database import open_database
from esms_desktop.storage.dossier_file import export_dossier, import_file

EXAMPLE = "resources/examples/exemple-grappe-bfc.json"
HER_EJ, HER_ET = "710000548", "710977083"  # SESSAD DEFICIENCE INTELLECTUELLE, Charnay-lès-Mâcon


def test_director_journey_from_an_empty_data_folder(qtbot, french, isolated_home, tmp_path, monkeypatch,
                                                    answer_modal):
    monkeypatch.delenv(finess_builtin.ENV)  # the shipped national extract, as installed
    # The porteur, on another computer, asks her OG (his grappe lacks her SESSAD).
    porteur = open_database(str(tmp_path / "porteur.sqlite"))
    dossier_id = import_file(porteur, EXAMPLE)
    og = next(o for o in grappe.list_grappe(porteur, dossier_id) if o.finess_ej == HER_EJ)
    grappe.delete_essms(porteur, next(e for e in og.essms if e.finess_et == HER_ET).id)
    sheet = tmp_path / "Papillons-Blancs.esms-og"
    member_requests.write_request(porteur, dossier_id, og.id, sheet, dt.date.today(),
                                  letter_pdf(export_dossier(porteur, dossier_id), HER_EJ))
    porteur.dispose()

    # Her computer: nothing in the data folder, no FINESS reference imported.
    # (the porteur's atomic write above may leave the empty folder of its write notes: no file)
    assert not isolated_home.exists() or not any(p.is_file() for p in isolated_home.rglob("*"))
    from esms_desktop.ui.main_window import MainWindow

    window = MainWindow()
    qtbot.addWidget(window)
    window.show()
    assert window.start()
    assert window.doors.answer.title.text() == "<b>Je réponds à la demande d'un porteur</b>"
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(sheet), ""))
    qtbot.mouseClick(window.doors.answer, Qt.MouseButton.LeftButton)
    wizard = window.wizard
    assert wizard.heading.text() == "Les Papillons Blancs de Mâcon"
    assert [wizard.pages_list.item(i).text() for i in range(6)] == [
        "1. Votre OG", "2. Vos établissements", "3. Vos besoins", "4. Autodiagnostic", "5. Lettre d'engagement",
        "6. Renvoyer au porteur"]
    assert wizard.essms_table.rowCount() == 4  # she sees her OG only: no other member's ESSMS
    wizard.show_page(1)
    seen = {}

    def type_her_finess(dialog):
        seen["banner before"] = dialog.reference.label.text()
        dialog.finess.edit.setText(HER_ET)  # typed (setText: see TOOLCHAIN.md), then the look-up runs
        dialog.number_lookup.search_now()  # first search: the shipped reference is built now
        dialog.number_lookup.choose(0)
        seen["name"] = dialog.name_edit.text()
        seen["presence"] = dialog.presence_label.text()
        dialog.reference.refresh()
        seen["banner after"] = dialog.reference.label.text()
        dialog.accept()

    answer_modal(type_her_finess)
    qtbot.mouseClick(wizard.add_essms_button, Qt.MouseButton.LeftButton)
    assert "08/01/2021" in seen["banner before"] and "en préparation" in seen["banner before"]
    assert seen["name"] == "SESSAD déficience intellectuelle"  # the readable spelling proposed (FINESS': capitals)
    assert seen["presence"] == "Trouvé dans le répertoire FINESS du 08/01/2021."
    assert seen["banner after"] == ("Référence FINESS : l'extraction nationale du 08/01/2021 fournie avec "
                                    f"l'application, {formatting.number(95333)} établissements. Les établissements "
                                    "ouverts depuis n'y sont pas.")
    assert finess_reference.reference_info(finess_reference.default_db_path())["row_count"] == 95333
    assert wizard.essms_table.item(4, 0).text() == HER_ET

    # Her letter, printed (the print dialog stubbed: the printer writes a PDF): her OG and its signatory.
    from PySide6.QtPrintSupport import QPrintDialog, QPrinter
    from pypdf import PdfReader

    wizard.show_page(4)
    letter = tmp_path / "lettre.pdf"

    def to_file(dialog) -> int:
        dialog.printer().setOutputFormat(QPrinter.OutputFormat.PdfFormat)
        dialog.printer().setOutputFileName(str(letter))
        return QPrintDialog.DialogCode.Accepted

    monkeypatch.setattr(QPrintDialog, "exec", to_file)
    qtbot.mouseClick(wizard.print_button, Qt.MouseButton.LeftButton)
    assert "envoyée à l'imprimante" in wizard.signed_label.text()

    assert len(PdfReader(io.BytesIO(letter.read_bytes())).pages) >= 1  # printed as images of the pages
    from esms_desktop.storage.member_desk import current_letter

    printed = current_letter(window.db, wizard.dossier_id)  # what was printed: from her answers
    text = " ".join(" ".join(page.extract_text().split()) for page in PdfReader(io.BytesIO(printed)).pages)
    assert "Lettre d'engagement" in text and "Les Papillons Blancs de Mâcon" in text and "Bernard Thomas" in text
    assert f"SESSAD déficience intellectuelle {HER_ET}" in text  # the ESSMS she just found, in her spelling
    assert "Association Charles de Foucauld" in text  # the porteur it commits to
    # Everything lives in her data folder (her database, the reference): she can resume.
    assert (isolated_home / "dossiers.sqlite").is_file()
