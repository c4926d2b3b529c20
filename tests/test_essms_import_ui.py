"""The import of an ESSMS list through the grappe step: preview with the reasons, nothing imported before
the user confirms, and nothing at all from a malformed file."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox, QFileDialog

from esms_desktop.storage import grappe
from esms_desktop.storage.dossiers import create_dossier

HEADER = "FINESS;Nom;Catégorie;Personnes accompagnées"
GOOD = ["710785262;IME Chanteloup;183;74", "710977083;SESSAD;182;45"]
BAD = "710785263;Mauvaise clé;183;10"  # the key of 71078526 is 2


def _step(qtbot, db, dossier_id):
    from esms_desktop.ui.autosave import Autosaver
    from esms_desktop.ui.wizard.grappe_step import GrappeStep
    from esms_desktop.ui.wizard.step import WizardContext

    step = GrappeStep(WizardContext(db, dossier_id, Autosaver()))
    qtbot.addWidget(step)
    step.show()
    step.load()
    return step


def _grappe(db):
    dossier_id = create_dossier(db, "Essai", 2024)
    og_id = grappe.add_og(db, dossier_id, name="Papillons Blancs", finess_ej="710000548", is_porteur=True)
    return dossier_id, og_id


def _file(tmp_path, lines, name="liste.csv"):
    path = tmp_path / name
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


def test_preview_shows_invalid_rows_and_imports_only_when_confirmed(qtbot, db, tmp_path, answer_modal,
                                                                    monkeypatch):
    dossier_id, og_id = _grappe(db)
    step = _step(qtbot, db, dossier_id)
    path = _file(tmp_path, [HEADER, GOOD[0], BAD, GOOD[1]])
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(path), ""))
    seen = {}

    def drive(dialog):
        qtbot.mouseClick(dialog.choose_button, Qt.MouseButton.LeftButton)
        ok = dialog.buttons.button(QDialogButtonBox.StandardButton.Ok)
        seen["rows"] = dialog.preview.rowCount()
        seen["red"] = [r for r in range(dialog.preview.rowCount())
                       if dialog.preview.item(r, 0).background().color().name() == "#fbd5d1"]
        seen["reason"] = dialog.preview.item(1, dialog.preview.columnCount() - 1).text()
        seen["ok_before"] = ok.isEnabled()
        seen["stored_before"] = len(grappe.get_og(db, og_id).essms)
        seen["og_default"] = dialog.og_combo.currentData()
        dialog.exclude_check.setChecked(True)  # the user leaves the bad line out, explicitly
        seen["ok_after"] = ok.isEnabled()
        qtbot.mouseClick(ok, Qt.MouseButton.LeftButton)

    answer_modal(drive)
    qtbot.mouseClick(step.import_button, Qt.MouseButton.LeftButton)
    assert seen["rows"] == 3 and seen["red"] == [1]
    assert "710785263" in seen["reason"] and "2" in seen["reason"]
    assert seen["ok_before"] is False and seen["stored_before"] == 0
    assert seen["og_default"] == og_id  # the selected OG receives the rows without an OG
    assert seen["ok_after"] is True
    essms = grappe.get_og(db, og_id).essms
    assert [(e.finess_et, e.sector, e.persons_accompanied) for e in essms] == [
        ("710785262", "PH", 74), ("710977083", "PH", 45)]
    assert step.summary.text().endswith("2 ESSMS")


def test_cancel_imports_nothing(qtbot, db, tmp_path):
    from esms_desktop.ui.wizard.essms_import_dialog import EssmsImportDialog

    dossier_id, og_id = _grappe(db)
    dialog = EssmsImportDialog(None, db, dossier_id, default_og_id=og_id, path=_file(tmp_path, [HEADER, *GOOD]))
    qtbot.addWidget(dialog)
    ok = dialog.buttons.button(QDialogButtonBox.StandardButton.Ok)
    assert ok.isEnabled() and not dialog.exclude_check.isVisibleTo(dialog)
    dialog.reject()
    assert grappe.get_og(db, og_id).essms == ()


def test_malformed_csv_and_xlsx_change_nothing_and_say_where(qtbot, db, tmp_path):
    from esms_desktop.ui.wizard.essms_import_dialog import EssmsImportDialog

    dossier_id, og_id = _grappe(db)
    dialog = EssmsImportDialog(None, db, dossier_id, default_og_id=og_id)
    qtbot.addWidget(dialog)
    assert dialog.load_file(_file(tmp_path, [HEADER, *GOOD]))
    assert dialog.preview.rowCount() == 2
    bad_csv = _file(tmp_path, [HEADER, GOOD[0], GOOD[1] + ";9;9"], "bad.csv")
    assert not dialog.load_file(bad_csv)
    assert dialog.file_error.isVisibleTo(dialog) and "3" in dialog.file_error.text()
    assert dialog.preview.rowCount() == 0
    assert not dialog.buttons.button(QDialogButtonBox.StandardButton.Ok).isEnabled()
    bad_xlsx = tmp_path / "bad.xlsx"
    bad_xlsx.write_bytes(b"PK\x03\x04 not really a workbook")
    assert not dialog.load_file(bad_xlsx)
    assert "xlsx" in dialog.file_error.text().lower()
    assert grappe.get_og(db, og_id).essms == ()


def test_mapping_can_be_changed_by_hand(qtbot, db, tmp_path):
    from esms_desktop.ui.wizard.essms_import_dialog import EssmsImportDialog

    dossier_id, og_id = _grappe(db)
    path = _file(tmp_path, ["Code;Libellé", "710785262;IME Chanteloup"])
    dialog = EssmsImportDialog(None, db, dossier_id, default_og_id=og_id, path=path)
    qtbot.addWidget(dialog)
    assert dialog.mapping()["finess_et"] is None  # "Code" says nothing
    assert not dialog.buttons.button(QDialogButtonBox.StandardButton.Ok).isEnabled()
    combo = dialog.mapping_combos["finess_et"]
    combo.setCurrentIndex(combo.findData(0))
    assert dialog.mapping()["name"] == 1 and dialog.preview.item(0, 1).text() == "710785262"
    dialog.confirm()
    assert [e.name for e in grappe.get_og(db, og_id).essms] == ["IME Chanteloup"]
