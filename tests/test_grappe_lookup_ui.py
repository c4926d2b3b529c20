"""Building a grappe by FINESS look-up in the offline reference, through the real widgets; importing the
reference from the window (sample in one click, malformed file refused, cancel)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox

from esms_desktop.paths import resource_path
from esms_desktop.storage import finess_reference
from esms_desktop.storage.dossiers import create_dossier
from esms_desktop.storage.grappe import list_grappe
from esms_desktop.ui.wizard.finess_lookup import FinessLookup

SAMPLE = resource_path("finess", "sample-extract.csv")

# The example grappe (resources/examples/exemple-grappe-bfc.json): 4 OGs, 8 + 5 + 2 + 1 = 16 ESSMS,
# every one of them a record of the shipped sample extract.
GRAPPE = [
    ("890001548", "Association Charles de Foucauld", ["890000102", "890004369", "890005929", "890007784",
                                                      "890008378", "890008535", "890972649", "890974033"]),
    ("710000548", "Les Papillons Blancs de Mâcon", ["710011685", "710011693", "710013228", "710785262",
                                                    "710977083"]),
    ("890000805", "Résidences Maurice Villatte", ["890002686", "890009129"]),
    ("250001161", "EHPAD Les Jardins d'Athéna", ["250011871"]),
]


from conftest import settle  # noqa: E402


def _ok(dialog):
    return dialog.buttons.button(QDialogButtonBox.StandardButton.Ok)


def guarded(answer_modal, errors):
    """``answer_modal`` whose dialog is closed when the filling fails (the test then reports the error)."""

    def arm(fn):
        def run(dialog):
            try:
                fn(dialog)
            except BaseException as exc:  # noqa: BLE001 - reported by the test
                errors.append(exc)
                dialog.reject()

        answer_modal(run)

    return arm


def _reference():
    finess_reference.import_extract(SAMPLE, finess_reference.default_db_path())


def _step(qtbot, db, dossier_id):
    from esms_desktop.ui.autosave import Autosaver
    from esms_desktop.ui.wizard.grappe_step import GrappeStep
    from esms_desktop.ui.wizard.step import WizardContext

    step = GrappeStep(WizardContext(db, dossier_id, Autosaver()))
    qtbot.addWidget(step)
    step.show()
    step.load()
    return step


def test_build_the_16_essms_grappe_by_finess_lookup(qtbot, main_window, answer_modal, monkeypatch):
    _reference()  # into the test's own data folder (ESMS_DESKTOP_HOME)
    settle(main_window.wizard)
    monkeypatch.setattr(FinessLookup, "DEBOUNCE_MS", 10)
    dossier_id = create_dossier(main_window.db, "Grappe par FINESS", 2024, region="27")
    main_window.open_dossier(dossier_id)
    settle(main_window.wizard)
    wizard = main_window.wizard
    wizard.go_to_step("grappe")
    settle(main_window.wizard)
    step = wizard.current_step()
    assert step.key == "grappe"
    picked_by = []
    errors = []
    answer_modal = guarded(answer_modal, errors)

    for index, (ej, og_name, numbers) in enumerate(GRAPPE):
        def fill_og(dialog, ej=ej, og_name=og_name):
            qtbot.keyClicks(dialog.finess.edit, ej)
            dialog.name_edit.setText(og_name)
            qtbot.mouseClick(_ok(dialog), Qt.MouseButton.LeftButton)

        answer_modal(fill_og)
        qtbot.mouseClick(step.add_og_button, Qt.MouseButton.LeftButton)
        settle(main_window.wizard)  # the new OG is in the tree (read in the background) and selected
        for number in numbers:
            def fill_essms(dialog, number=number):
                lookup = dialog.number_lookup
                dialog.finess.edit.setFocus()
                with qtbot.waitSignal(lookup.searched, timeout=2000):
                    qtbot.keyClicks(dialog.finess.edit, number[:7])  # part of the number
                popup = lookup.popup()
                qtbot.waitUntil(popup.isVisible, timeout=2000)
                row = next(i for i, r in enumerate(lookup.records()) if r.finess_et == number)
                if row == 0 and len(picked_by) % 2 == 0:  # keyboard: down to the first match, Enter
                    qtbot.keyClick(popup, Qt.Key.Key_Down)
                    qtbot.keyClick(popup, Qt.Key.Key_Return)
                    picked_by.append("keyboard")
                else:  # mouse: click the match
                    rect = popup.visualRect(lookup.completer.completionModel().index(row, 0))
                    qtbot.mouseClick(popup.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
                    picked_by.append("mouse")
                assert dialog.name_edit.text() and dialog.category_edit.text()  # filled from the reference
                assert dialog.ej_warning.isHidden()  # its EJ is the OG's
                dialog.persons_spin.setValue(10 + len(picked_by))
                qtbot.mouseClick(_ok(dialog), Qt.MouseButton.LeftButton)

            answer_modal(fill_essms)
            qtbot.mouseClick(step.add_essms_button, Qt.MouseButton.LeftButton)
            settle(main_window.wizard)  # the tree is read again in the background, the new ESSMS selected
            if errors:
                raise errors[0]
        assert step.current_og().finess_ej == ej

    ogs = list_grappe(main_window.db, dossier_id)
    assert [(og.finess_ej, [e.finess_et for e in og.essms]) for og in ogs] == [(ej, n) for ej, _, n in GRAPPE]
    assert ogs[0].is_porteur and {"keyboard", "mouse"} <= set(picked_by)
    ime = ogs[1].essms[3]
    assert (ime.name, ime.category_code, ime.sector, ime.department, ime.postcode, ime.town) == (
        "IME Chanteloup Hurigny", "183", "PH", "71", "71870", "HURIGNY")  # the readable spelling proposed
    assert ime.finess_name == "IME CHANTELOUP HURIGNY"  # FINESS' own, kept as the reference
    ehpad = ogs[3].essms[0]
    assert (ehpad.category_code, ehpad.sector, ehpad.department) == ("500", "PA", "25")
    assert step.summary.text() == "4 OG · 16 ESSMS"
    # 16 ESSMS, all in Bourgogne-Franche-Comté: the regional call, no "too small" finding
    assert "composition.regional" in step.panel.finding_keys()
    assert "composition.too_small" not in step.panel.finding_keys()


def test_lookup_waits_for_the_typing_to_pause(qtbot):
    from PySide6.QtWidgets import QLineEdit

    _reference()
    edit = QLineEdit()
    qtbot.addWidget(edit)
    lookup = FinessLookup(edit)
    counts = []
    lookup.searched.connect(counts.append)
    qtbot.keyClicks(edit, "ehpad")
    assert counts == []  # nothing asked while typing
    qtbot.waitUntil(lambda: len(counts) == 1, timeout=1000)
    qtbot.wait(200)
    assert len(counts) == 1  # one search for five keystrokes
    assert lookup.records() and all("EHPAD" in (r.name + r.long_name).upper() for r in lookup.records())
    edit.setText("chanteloup")  # set by the program: no search
    qtbot.wait(200)
    assert len(counts) == 1


def test_picking_an_establishment_of_another_ej_warns(qtbot):
    from esms_desktop.ui.wizard.essms_form import EssmsDialog

    _reference()
    dialog = EssmsDialog(og_finess_ej="890001548")
    qtbot.addWidget(dialog)
    dialog.apply_record(finess_reference.get(finess_reference.default_db_path(), "710785262"))
    assert not dialog.ej_warning.isHidden()
    assert "710000548" in dialog.ej_warning.text() and "890001548" in dialog.ej_warning.text()
    assert dialog.values()["sector"] == "PH" and dialog.values()["category_code"] == "183"


def test_add_all_the_essms_of_an_og_from_the_reference(qtbot, db, answer_modal):
    from esms_desktop.storage import grappe

    _reference()
    dossier_id = create_dossier(db, "Essai", 2024)
    og_id = grappe.add_og(db, dossier_id, finess_ej="890001548", name="Charles de Foucauld", is_porteur=True)
    grappe.add_essms(db, og_id, finess_et="890000102", name="Foyer de vie")
    step = _step(qtbot, db, dossier_id)
    seen = {}

    def pick(dialog):
        items = dialog.items()
        seen["count"] = len(items)
        seen["disabled"] = [i.text(0) for i in items if not i.flags() & Qt.ItemFlag.ItemIsEnabled]
        seen["ok"] = _ok(dialog).text()
        items[-1].setCheckState(0, Qt.CheckState.Unchecked)
        qtbot.mouseClick(_ok(dialog), Qt.MouseButton.LeftButton)

    answer_modal(pick)
    qtbot.mouseClick(step.add_all_button, Qt.MouseButton.LeftButton)
    # the sample lists 8 establishments under 890001548; 890000102 is already in the grappe
    assert seen["count"] == 8 and seen["disabled"] == ["890000102"]
    added = [e.finess_et for e in list_grappe(db, dossier_id)[0].essms]
    assert len(added) == 1 + 6 and added[0] == "890000102" and "890974033" not in added


def test_no_reference_then_the_sample_in_one_click(qtbot, answer_modal):
    from esms_desktop.ui.wizard.essms_form import EssmsDialog

    dialog = EssmsDialog()
    qtbot.addWidget(dialog)
    banner = dialog.reference
    assert not banner.has_reference() and banner.sample_button.isVisibleTo(dialog)

    def close_when_done(import_dialog):
        qtbot.waitUntil(lambda: not import_dialog.is_running() and import_dialog.report is not None, timeout=5000)
        import_dialog.buttons.button(QDialogButtonBox.StandardButton.Close).click()

    answer_modal(close_when_done)
    qtbot.mouseClick(banner.sample_button, Qt.MouseButton.LeftButton)
    info = finess_reference.reference_info(finess_reference.default_db_path())
    assert info is not None and info["row_count"] == 183
    assert banner.has_reference() and not banner.sample_button.isVisibleTo(dialog)


def test_malformed_extract_is_refused_in_the_window_and_the_old_one_kept(qtbot, tmp_path):
    from esms_desktop.ui.finess_import import FinessImportDialog

    _reference()
    before = finess_reference.reference_info(finess_reference.default_db_path())
    lines = SAMPLE.read_text(encoding="utf-8").splitlines()
    lines[5] = lines[5].replace(lines[5].split(";")[1], "210000001", 1)  # a FINESS number with a wrong key
    bad = tmp_path / "bad.csv"
    bad.write_text("\n".join(lines) + "\n", encoding="utf-8")
    dialog = FinessImportDialog(bad)
    qtbot.addWidget(dialog)
    dialog.start()
    qtbot.waitUntil(lambda: dialog.error is not None, timeout=5000)
    dialog.wait()
    assert "6" in dialog.result_label.text() and dialog.result_label.isVisibleTo(dialog)
    assert finess_reference.reference_info(finess_reference.default_db_path()) == before
    assert dialog.buttons.button(QDialogButtonBox.StandardButton.Close) is not None


def _big_extract(path, count):
    """``count`` establishment lines in the real format: the sample's lines, renumbered with valid keys."""
    from stdnum import luhn

    lines = SAMPLE.read_text(encoding="utf-8").splitlines()
    header, rows = lines[0], [line for line in lines if line.startswith("structureet;")]
    out = [header]
    for i in range(count):
        cells = rows[i % len(rows)].split(";")
        body = "21" + str(i).zfill(6)
        cells[1] = body + luhn.calc_check_digit(body)
        out.append(";".join(cells))
    path.write_text("\n".join(out) + "\n", encoding="utf-8")
    return path


def test_cancelling_the_import_keeps_the_reference(qtbot, tmp_path, french):
    from esms_desktop.ui.finess_import import FinessImportDialog

    _reference()
    before = finess_reference.reference_info(finess_reference.default_db_path())
    dialog = FinessImportDialog(_big_extract(tmp_path / "big.csv", 30000))
    qtbot.addWidget(dialog)
    dialog.start()
    qtbot.mouseClick(dialog.buttons.button(QDialogButtonBox.StandardButton.Cancel), Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.error is not None or dialog.report is not None, timeout=10000)
    dialog.wait()
    assert isinstance(dialog.error, finess_reference.ImportCancelled)
    text = dialog.result_label.text()
    assert "référentiel FINESS précédent est conservé" in text
    assert text.count("conservé") == 1  # said once, not twice
    assert finess_reference.reference_info(finess_reference.default_db_path()) == before


def test_an_unexpected_failure_of_the_import_is_shown_and_logged(qtbot, french, monkeypatch, caplog):
    """GIVEN a reference WHEN the import worker hits an error nobody planned for (a bug) THEN the dialog
    does not wait for ever: it says in French that the import stopped and the reference is kept, and the
    traceback is logged."""
    from esms_desktop.ui import finess_import
    from esms_desktop.ui.finess_import import FinessImportDialog

    _reference()
    before = finess_reference.reference_info(finess_reference.default_db_path())

    def bug(*_args, **_kwargs):
        raise KeyError("colonne inattendue")

    monkeypatch.setattr(finess_import.finess_reference, "import_extract", bug)
    dialog = FinessImportDialog(SAMPLE)
    qtbot.addWidget(dialog)
    with caplog.at_level("ERROR", logger="esms_desktop.ui.finess_import"):
        dialog.start()
        qtbot.waitUntil(lambda: dialog.error is not None, timeout=5000)
        dialog.wait()
    assert isinstance(dialog.error, KeyError)
    text = dialog.result_label.text()
    assert text.startswith("L'import s'est arrêté sur une erreur inattendue (KeyError: 'colonne inattendue')")
    assert text.endswith("Le répertoire FINESS précédent est conservé.")
    assert dialog.buttons.button(QDialogButtonBox.StandardButton.Close) is not None
    assert any(r.exc_info and r.exc_info[0] is KeyError for r in caplog.records)  # the traceback is in the log
    assert finess_reference.reference_info(finess_reference.default_db_path()) == before


def test_a_sqlite_failure_of_the_import_is_shown_in_french(qtbot, french, monkeypatch):
    """SQLite failing while the new reference is built (disk full): its own French message, reference kept."""
    import sqlite3

    from esms_desktop.ui.finess_import import FinessImportDialog

    _reference()
    before = finess_reference.reference_info(finess_reference.default_db_path())

    def disk_full(*_args):
        raise sqlite3.OperationalError("database or disk is full")

    monkeypatch.setattr(finess_reference, "_index_ligatures_spelled_out", disk_full)
    dialog = FinessImportDialog(SAMPLE)
    qtbot.addWidget(dialog)
    dialog.start()
    qtbot.waitUntil(lambda: dialog.error is not None, timeout=5000)
    dialog.wait()
    assert isinstance(dialog.error, finess_reference.FinessReferenceError)
    assert dialog.result_label.text() == ("Le référentiel FINESS n'a pas pu être construit (database or disk is "
                                          "full). Le répertoire FINESS précédent est conservé.")
    assert finess_reference.reference_info(finess_reference.default_db_path()) == before
