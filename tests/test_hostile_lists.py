"""Hostile ESSMS lists and concurrent imports: clear refusals, never a crash, never a silent truncation;
the database is unchanged (hash compared)."""

from __future__ import annotations

import hashlib
import io
import threading
import zipfile

import pytest

from esms_desktop.storage import essms_list_import as imp
from esms_desktop.storage import grappe, table_files
from esms_desktop.storage.dossiers import create_dossier
from esms_desktop.storage.table_files import TableFormatError, read_table

HEADER = "N° FINESS ET;Raison sociale;Catégorie;Secteur;Département;File active;FINESS EJ"
ROW = "710785262;IME Chanteloup;183;PH;71;{persons};710000548"


def db_hash(path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def _grappe(db):
    dossier_id = create_dossier(db, "Essai", 2024)
    og = grappe.add_og(db, dossier_id, name="Papillons Blancs", finess_ej="710000548", is_porteur=True)
    return dossier_id, og


def _write(path, lines):
    path.write_text("\r\n".join(lines) + "\r\n", encoding="utf-8")
    return path


def test_more_rows_than_the_limit_is_refused_saying_the_limit(tmp_path):
    rows = [f"{i:09d};ESSMS {i};500;PA;89;10;" for i in range(25_000)]
    with pytest.raises(TableFormatError) as refused:
        read_table(_write(tmp_path / "big.csv", [HEADER, *rows]))
    assert "more than 20\u202f000 rows" in str(refused.value.message)
    assert "nothing was imported" in str(refused.value.message)
    exactly = read_table(_write(tmp_path / "limit.csv", [HEADER, *rows[: table_files.MAX_ROWS]]))
    assert len(exactly.rows) == table_files.MAX_ROWS  # the limit itself is accepted, whole
    with pytest.raises(TableFormatError):
        read_table(_write(tmp_path / "one-more.csv", [HEADER, *rows[: table_files.MAX_ROWS + 1]]))


@pytest.mark.parametrize("persons", ["1e30", "1e400", "nan", "-1", "1000001"])
def test_absurd_persons_are_a_row_error_not_a_crash(db, db_path, tmp_path, persons):
    dossier_id, og = _grappe(db)
    table = read_table(_write(tmp_path / "l.csv", [HEADER, ROW.format(persons=persons)]))
    mapping = imp.guess_mapping(table.headers)
    checks = imp.validate_rows(table.rows, mapping, imp.grappe_context(db, dossier_id, og))
    assert not checks[0].ok and checks[0].values["persons_accompanied"] is None
    before = db_hash(db_path)
    with pytest.raises(imp.EssmsImportError):
        imp.apply_import(db, dossier_id, table.rows, mapping, default_og_id=og)
    assert db_hash(db_path) == before


def test_the_largest_accepted_persons_is_stored(db, tmp_path):
    dossier_id, og = _grappe(db)
    table = read_table(_write(tmp_path / "l.csv", [HEADER, ROW.format(persons=imp.MAX_PERSONS)]))
    outcome = imp.apply_import(db, dossier_id, table.rows, imp.guess_mapping(table.headers), default_og_id=og)
    assert outcome.added == 1
    assert grappe.list_grappe(db, dossier_id)[0].essms[0].persons_accompanied == imp.MAX_PERSONS


def test_names_longer_than_the_dossier_format_allows_are_refused(db, db_path, tmp_path):
    dossier_id, og = _grappe(db)
    long_name = "N" * 120_000
    table = read_table(_write(tmp_path / "l.csv", [HEADER, f"710785262;{long_name};183;PH;71;10;710000548"]))
    mapping = imp.guess_mapping(table.headers)
    check = imp.validate_rows(table.rows, mapping, imp.grappe_context(db, dossier_id, og))[0]
    assert not check.ok and "120000 characters; at most 200" in str(check.errors[0])
    before = db_hash(db_path)
    with pytest.raises(imp.EssmsImportError):
        imp.apply_import(db, dossier_id, table.rows, mapping, default_og_id=og)
    assert db_hash(db_path) == before
    exact = read_table(_write(tmp_path / "ok.csv", [HEADER, f"710785262;{'N' * 200};183;PH;71;10;710000548"]))
    assert imp.validate_rows(exact.rows, mapping, imp.grappe_context(db, dossier_id, og))[0].ok


def _xlsx_with_sheet(path, sheet_xml: bytes, compress=zipfile.ZIP_DEFLATED):
    from openpyxl import Workbook

    book = Workbook()
    book.active.append(["FINESS ET", "Nom"])
    buffer = io.BytesIO()
    book.save(buffer)
    with zipfile.ZipFile(io.BytesIO(buffer.getvalue())) as source, zipfile.ZipFile(path, "w", compress) as out:
        for item in source.infolist():
            data = sheet_xml if item.filename == "xl/worksheets/sheet1.xml" else source.read(item)
            out.writestr(item.filename, data)
    return path


def test_an_xlsx_zip_bomb_is_refused_before_it_is_read(tmp_path, monkeypatch):
    padding = b" " * (table_files.MAX_FILE_BYTES + 1)  # compresses to a few KiB
    sheet = (b'<?xml version="1.0"?><worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">'
             b"<sheetData/>" + padding + b"</worksheet>")
    bomb = _xlsx_with_sheet(tmp_path / "bombe.xlsx", sheet)
    assert bomb.stat().st_size < 1_000_000
    import openpyxl

    def never(*_a, **_k):
        raise AssertionError("the workbook was opened")

    monkeypatch.setattr(openpyxl, "load_workbook", never)
    with pytest.raises(TableFormatError) as refused:
        read_table(bomb)
    assert "too large" in str(refused.value.message)


def test_an_xlsx_declaring_a_huge_sheet_is_read_at_its_real_size(tmp_path):
    rows = "".join(f'<row r="{i}"><c r="A{i}" t="inlineStr"><is><t>{"FINESS" if i == 1 else "710785262"}</t></is></c>'
                   f'<c r="B{i}" t="inlineStr"><is><t>Nom {i}</t></is></c></row>' for i in range(1, 4))
    sheet = ('<?xml version="1.0"?><worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">'
             '<dimension ref="A1:XFD1048576"/><sheetData>' + rows + "</sheetData></worksheet>").encode()
    table = read_table(_xlsx_with_sheet(tmp_path / "large.xlsx", sheet))
    assert table.headers == ("FINESS", "Nom 1") and len(table.rows) == 2
    assert all(len(row.cells) == 2 for row in table.rows)


def test_the_dialog_reads_a_list_off_the_ui_thread_and_can_cancel(qtbot, db, tmp_path, monkeypatch):
    from esms_desktop.ui.wizard import table_reader

    seen_threads = []
    real = table_files.read_table

    def slow(path, progress=None, should_cancel=None):
        seen_threads.append(threading.current_thread() is threading.main_thread())
        for _ in range(200):
            if should_cancel is not None and should_cancel():
                raise table_files.ReadCancelled(table_files.READ_CANCELLED())
            threading.Event().wait(0.01)
        return real(path)

    monkeypatch.setattr(table_files, "read_table", slow)
    path = _write(tmp_path / "l.csv", [HEADER, ROW.format(persons=10)])
    assert len(table_reader.read_table_in_background(None, path).rows) == 1
    assert seen_threads == [False]  # read in a worker thread
    from PySide6.QtCore import Qt, QTimer
    from PySide6.QtWidgets import QApplication, QProgressDialog

    shown = []

    def press_cancel():
        dialogs = [w for w in QApplication.topLevelWidgets() if isinstance(w, QProgressDialog)]
        shown.extend(w.isVisible() for w in dialogs)
        if dialogs:
            from PySide6.QtWidgets import QPushButton

            qtbot.mouseClick(dialogs[0].findChild(QPushButton), Qt.MouseButton.LeftButton)  # « Annuler »
        else:
            QTimer.singleShot(50, press_cancel)

    QTimer.singleShot(table_reader.SHOW_AFTER_MS + 200, press_cancel)
    with pytest.raises(table_files.ReadCancelled):
        table_reader.read_table_in_background(None, path)
    assert shown and shown[0], "the progress dialog is on screen while the file is read"


def test_two_simultaneous_imports_of_one_new_file_give_one_dossier_and_one_clear_refusal(db_path):
    from esms_desktop.storage.database import open_database
    from esms_desktop.storage.dossier_file import DossierConflict, import_file
    from tests.conftest import EXAMPLE

    open_database(str(db_path)).dispose()
    start = threading.Barrier(2)
    outcomes = []

    def run():
        database = open_database(str(db_path))
        try:
            start.wait()
            outcomes.append(("ok", import_file(database, EXAMPLE)))
        except DossierConflict as exc:
            outcomes.append(("conflict", exc.existing_id))
        except Exception as exc:  # noqa: BLE001 - the test says which
            outcomes.append(("error", repr(exc)))
        finally:
            database.dispose()

    for _round in range(3):
        outcomes.clear()
        threads = [threading.Thread(target=run) for _ in range(2)]
        for thread in threads:
            thread.start()
        for thread in threads:
            thread.join(60)
        kinds = sorted(kind for kind, _ in outcomes)
        assert kinds in (["conflict", "ok"], ["conflict", "conflict"]), outcomes
        if kinds == ["conflict", "ok"]:
            ok_id = next(v for k, v in outcomes if k == "ok")
            assert next(v for k, v in outcomes if k == "conflict") == ok_id
