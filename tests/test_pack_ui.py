"""The PDF pack step driven through its real widgets: progress, cancel, preview, save, print.

Only the modal calls are stubbed: QFileDialog.getSaveFileName, QMessageBox.warning and QPrintDialog.exec
(which prints to a PDF file instead of a printer).
"""

from __future__ import annotations

import io

import pytest
from PySide6.QtCore import Qt
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import QDialog, QFileDialog, QMessageBox
from pypdf import PdfReader

from esms_desktop.ui.wizard.step import Completion, WizardContext

TIMEOUT = 30000


@pytest.fixture
def step(qtbot, french, db, example_id):
    from esms_desktop.ui.autosave import Autosaver
    from esms_desktop.ui.pack.pack_step import PackStep

    page = PackStep(WizardContext(db, example_id, Autosaver()))
    qtbot.addWidget(page)
    page.show()
    page.load()
    yield page
    page.export.cancel()
    page.export.wait()


from conftest import settle  # noqa: E402


def click(qtbot, button) -> None:
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def save_to(monkeypatch, path) -> None:
    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(lambda *a, **k: (str(path), "")))


def pdf_text(path) -> tuple[int, str]:
    reader = PdfReader(str(path))
    return len(reader.pages), " ".join(p.extract_text() for p in reader.pages).replace("\u00a0", " ")


def test_generate_shows_progress_then_the_preview(qtbot, step, db, example_id):
    from esms_desktop.storage.dossier_file import export_dossier

    seen = []
    step.export.progress.connect(lambda done, total: seen.append(done))
    assert step.title() == "Le dossier PDF"
    assert step.completion() == Completion.PARTIAL
    with qtbot.waitSignal(step.export.finished, timeout=TIMEOUT) as blocker:
        click(qtbot, step.generate_button)
        assert not step.generate_button.isEnabled() and step.cancel_button.isEnabled()
    result = blocker.args[0]
    assert seen and seen[-1] == 100 and step.progress_bar.value() == 100
    assert step.document.pageCount() == result.info.pages > 10
    assert step.preview.document() is step.document
    assert str(result.info.pages) in step.status.text()
    assert step.generate_button.isEnabled() and not step.cancel_button.isEnabled()
    name = export_dossier(db, example_id)["dossier"]["name"]
    assert step.document.metaData(step.document.MetaDataField.Title).endswith(name)


def test_the_progress_bar_shows_only_while_a_pdf_is_made(qtbot, step):
    """GIVEN the step opened, nothing asked THEN no idle « 0 % » bar nor Cancel button, a plain status line;
    WHEN « Generate » is clicked THEN the bar and Cancel show while the PDF is made, and go once it is done."""
    settle(step)
    assert step.isVisible()
    assert not step.progress_bar.isVisible() and not step.cancel_button.isVisible()
    assert step.status.isVisible() and step.status.text()
    with qtbot.waitSignal(step.export.finished, timeout=TIMEOUT):
        click(qtbot, step.generate_button)
        assert step.progress_bar.isVisible() and step.cancel_button.isVisible()
    assert not step.progress_bar.isVisible() and not step.cancel_button.isVisible()
    assert "pages" in step.status.text()


def test_a_failing_export_says_so_in_french_and_logs_why(qtbot, step, monkeypatch, caplog):
    """GIVEN a bug while the pack is made WHEN « Generate » is clicked THEN the step says in French that the
    generation failed, with the error, the traceback goes to the log, and the buttons work again."""
    from esms_desktop.ui.pack import export_worker

    def bug(_dossier):
        raise ZeroDivisionError("division by zero")

    monkeypatch.setattr(export_worker, "build_pack_snapshot", bug)
    warned = []
    monkeypatch.setattr(QMessageBox, "warning", lambda _parent, _title, text, *a, **k: warned.append(text))
    with caplog.at_level("ERROR", logger="esms_desktop.ui.pack.export_worker"):
        with qtbot.waitSignal(step.export.failed, timeout=TIMEOUT) as blocker:
            click(qtbot, step.generate_button)
        step.export.wait()
    expected = "La génération du dossier PDF a échoué : ZeroDivisionError: division by zero"
    assert blocker.args == [expected] and warned == [expected]
    assert step.status.text() == "Le PDF n'a pas pu être produit."
    assert any(r.exc_info and r.exc_info[0] is ZeroDivisionError for r in caplog.records)
    assert step.generate_button.isEnabled() and not step.cancel_button.isEnabled()


def test_cancel_stops_the_export(qtbot, step):
    with qtbot.waitSignal(step.export.cancelled, timeout=TIMEOUT):
        click(qtbot, step.generate_button)
        click(qtbot, step.cancel_button)
    assert step.document.pageCount() == 0  # nothing shown
    assert step.generate_button.isEnabled() and not step.cancel_button.isEnabled()
    assert step.progress_bar.value() == 0


def test_save_the_pack_then_reuse_it(qtbot, step, monkeypatch, tmp_path, db, example_id):
    from esms_desktop.storage.dossier_file import export_dossier

    target = tmp_path / "out" / "pack.pdf"
    save_to(monkeypatch, target)
    with qtbot.waitSignal(step.export.finished, timeout=TIMEOUT):
        click(qtbot, step.save_button)
    pages, text = pdf_text(target)
    assert "Dossier de candidature" in text and "Annexe 1 — Lettres d'engagement" in text
    assert step.document.pageCount() == pages  # the preview shows what was saved
    assert step.completion() == Completion.COMPLETE
    assert list(target.parent.iterdir()) == [target]  # written whole: no temporary file left
    # same dossier content: the second save uses the PDF already made, without a worker
    again = tmp_path / "again.pdf"
    save_to(monkeypatch, again)
    click(qtbot, step.save_button)
    assert not step.export.is_running() and again.read_bytes() == target.read_bytes()
    # printing the whole pack uses it too; a cancelled print dialog prints nothing
    printed = tmp_path / "never.pdf"

    def reject(dialog) -> int:
        dialog.printer().setOutputFormat(QPrinter.OutputFormat.PdfFormat)
        dialog.printer().setOutputFileName(str(printed))
        return QDialog.DialogCode.Rejected

    monkeypatch.setattr(QPrintDialog, "exec", reject)
    click(qtbot, step.print_pack_button)
    assert not step.export.is_running() and not printed.exists()
    assert export_dossier(db, example_id)["dossier"]["ogs"]  # the dossier is untouched


def test_letters_only_and_convention_only(qtbot, step, monkeypatch, tmp_path, db, example_id):
    from esms_desktop.storage.dossier_file import export_dossier

    ogs = export_dossier(db, example_id)["dossier"]["ogs"]
    letters = tmp_path / "lettres.pdf"
    save_to(monkeypatch, letters)
    with qtbot.waitSignal(step.export.finished, timeout=TIMEOUT):
        click(qtbot, step.letters_button)
    pages, text = pdf_text(letters)
    assert pages >= len(ogs) and "Sommaire" not in text
    for og in ogs:
        assert og["name"] in text and og["finess_ej"] in text
    assert step.document.pageCount() == 0  # the preview is kept for the whole pack
    convention = tmp_path / "convention"  # no extension: .pdf is added
    save_to(monkeypatch, convention)
    with qtbot.waitSignal(step.export.finished, timeout=TIMEOUT):
        click(qtbot, step.convention_button)
    _, text = pdf_text(tmp_path / "convention.pdf")
    assert "Projet de convention de partenariat" in text and "Article 1" in text


def test_a_file_that_cannot_be_written_is_reported(qtbot, step, monkeypatch, tmp_path):
    blocker_file = tmp_path / "not-a-folder"
    blocker_file.write_text("x")
    save_to(monkeypatch, blocker_file / "pack.pdf")
    warnings = []
    monkeypatch.setattr(QMessageBox, "warning", staticmethod(lambda *a, **k: warnings.append(a)))
    with qtbot.waitSignal(step.export.finished, timeout=TIMEOUT):
        click(qtbot, step.convention_button)
    assert warnings and step.completion() == Completion.PARTIAL


def test_print_the_letters_through_the_print_dialog(qtbot, step, monkeypatch, tmp_path, db, example_id):
    from esms_desktop.storage.dossier_file import export_dossier

    printed = tmp_path / "printed.pdf"

    def accept(dialog) -> int:
        printer = dialog.printer()
        printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
        printer.setOutputFileName(str(printed))
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(QPrintDialog, "exec", accept)
    with qtbot.waitSignal(step.export.finished, timeout=TIMEOUT) as blocker:
        click(qtbot, step.print_letters_button)
    expected = blocker.args[0].info.pages
    ogs = export_dossier(db, example_id)["dossier"]["ogs"]
    assert expected >= len(ogs)
    reader = PdfReader(str(printed))
    assert len(reader.pages) == expected  # one printed page per page of the letters
    width, height = (float(v) for v in reader.pages[0].mediabox[2:])
    assert height > width  # portrait A4
    assert step.status.text() == f"{expected} pages envoyées à l'imprimante."  # 4 OGs: one page or more each


def test_print_helper_honours_a_page_range(qtbot, tmp_path):
    from esms_desktop.ui.pack.printing import print_pdf
    from pack_fixture import full_dossier

    from esms_desktop.reports.pack import render_pack
    from esms_desktop.reports.snapshot import build_pack_snapshot

    buffer = io.BytesIO()
    render_pack(build_pack_snapshot(full_dossier()), buffer, parts="letters")
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(tmp_path / "range.pdf"))
    printer.setPrintRange(QPrinter.PrintRange.PageRange)
    printer.setFromTo(2, 3)
    assert print_pdf(buffer.getvalue(), printer) == 2
    assert len(PdfReader(str(tmp_path / "range.pdf")).pages) == 2


def test_the_step_in_the_wizard(qtbot, french, db, example_id, monkeypatch):
    """GIVEN the wizard with the pack step added last (as the lead registers it in STEP_CLASSES)
    WHEN it is opened on the pack step THEN the step shows and has its completion state."""
    from esms_desktop.ui.pack.pack_step import PackStep
    from esms_desktop.ui.wizard import wizard_view

    monkeypatch.setattr(wizard_view, "STEP_CLASSES", (*wizard_view.STEP_CLASSES, PackStep))
    view = wizard_view.WizardView(db, example_id)
    qtbot.addWidget(view)
    view.show()
    view.go_to_step("pack")
    settle(view)  # the step states are read in the background
    assert isinstance(view.current_step(), PackStep)
    row = len(view.steps) - 1
    assert view.step_list.item(row).data(Qt.ItemDataRole.UserRole) == Completion.PARTIAL.value
