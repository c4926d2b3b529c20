"""Importing a list of ESSMS from CSV / XLSX: reading, column guessing, row checks, all-or-nothing import."""

from __future__ import annotations

import pytest

from esms_desktop.storage import essms_list_import as imp
from esms_desktop.storage import grappe
from esms_desktop.storage.dossiers import create_dossier
from esms_desktop.storage.table_files import TableFormatError, read_csv_bytes, read_table

HEADER = "N° FINESS ET;Raison sociale;Catégorie;Secteur;Département;File active;FINESS EJ"
ROWS = [
    "710785262;IME Chanteloup;183;PH;71;74;710000548",
    "710977083;SESSAD Mâcon;182;;71;45;710000548",
    "890002686;EHPAD Maurice Villatte;500 - EHPAD;Personnes âgées;89;82;890000805",
]


def write(path, lines, encoding="utf-8"):
    path.write_bytes(("\r\n".join(lines) + "\r\n").encode(encoding))
    return path


def _grappe(db):
    dossier_id = create_dossier(db, "Essai", 2024)
    a = grappe.add_og(db, dossier_id, name="Papillons Blancs", finess_ej="710000548", is_porteur=True)
    b = grappe.add_og(db, dossier_id, name="Résidences Villatte", finess_ej="890000805")
    return dossier_id, a, b


def test_csv_semicolon_windows_1252_and_guessed_columns(tmp_path):
    table = read_table(write(tmp_path / "liste.csv", [HEADER, *ROWS], "cp1252"))
    assert (table.encoding, table.delimiter, len(table.rows)) == ("cp1252", ";", 3)
    assert table.rows[1].cells[1] == "SESSAD Mâcon"
    assert [r.line for r in table.rows] == [2, 3, 4]
    mapping = imp.guess_mapping(table.headers)
    assert mapping == {"finess_et": 0, "name": 1, "category": 2, "sector": 3, "department": 4,
                       "persons_accompanied": 5, "finess_ej": 6, "og_name": None}


def test_csv_comma_utf8_with_bom_and_quotes():
    data = '\ufeffFINESS,Nom,Organisme gestionnaire\n710785262,"IME Chanteloup, Hurigny",Papillons Blancs\n'
    table = read_csv_bytes(data.encode("utf-8"), "l.csv")
    assert (table.encoding, table.delimiter) == ("utf-8", ",")
    assert table.rows[0].cells == ("710785262", "IME Chanteloup, Hurigny", "Papillons Blancs")
    assert imp.guess_mapping(table.headers)["og_name"] == 2


def test_malformed_csv_says_which_line(tmp_path):
    bad = write(tmp_path / "bad.csv", [HEADER, ROWS[0], "710977083;SESSAD;182;;71;45;710000548;extra;more"])
    with pytest.raises(TableFormatError) as caught:
        read_table(bad)
    assert caught.value.line == 3 and "Line 3" in str(caught.value.message)
    quoted = write(tmp_path / "q.csv", [HEADER, ROWS[0], '710977083;"SESSAD;182;;71;45;710000548'])
    with pytest.raises(TableFormatError) as caught:
        read_table(quoted)
    assert caught.value.line >= 3


def test_xlsx_and_malformed_xlsx(tmp_path):
    from openpyxl import Workbook

    book = Workbook()
    sheet = book.active
    sheet.append(HEADER.split(";"))
    for row in ROWS:
        cells = row.split(";")
        cells[5] = int(cells[5])  # numbers as Excel stores them
        sheet.append(cells)
    path = tmp_path / "liste.xlsx"
    book.save(path)
    table = read_table(path)
    assert table.kind == "xlsx" and table.rows[0].cells[5] == "74" and table.rows[0].line == 2
    broken = tmp_path / "broken.xlsx"
    broken.write_bytes(path.read_bytes()[:300])
    with pytest.raises(TableFormatError):
        read_table(broken)


def test_row_checks_give_reasons(db, tmp_path):
    dossier_id, og_a, _ = _grappe(db)
    grappe.add_essms(db, og_a, finess_et="710011685", name="CAJ")
    lines = [HEADER, *ROWS,
             "710785263;Mauvaise clé;183;PH;71;10;710000548",       # wrong check key (expected 2)
             "710785262;Doublon;183;PH;71;10;710000548",            # already on line 2
             "710011685;Déjà là;382;PH;71;10;710000548",            # already in the grappe
             "250011871;Inconnu;500;PA;25;71;250001161",            # OG 250001161 not in the grappe
             "890009129;Secteur faux;500;XX;89;douze;890000805"]    # bad sector and persons
    table = read_table(write(tmp_path / "l.csv", lines))
    context = imp.grappe_context(db, dossier_id)
    checks = imp.validate_rows(table.rows, imp.guess_mapping(table.headers), context)
    assert [c.ok for c in checks] == [True, True, True, False, False, False, False, False]
    texts = [[str(m) for m in c.errors] for c in checks]
    assert "should be 2" in texts[3][0]
    assert "already on line 2" in texts[4][0]
    assert "already in the grappe" in texts[5][0] and "Papillons Blancs" in texts[5][0]
    assert "No OG of the grappe has the FINESS EJ 250001161" in texts[6][0]
    assert len(texts[7]) == 2
    # category 500 gives sector PA; "Personnes âgées" is read as PA; 182 gives PH when the cell is empty
    assert [c.values["sector"] for c in checks[:3]] == ["PH", "PH", "PA"]
    assert checks[2].values["category_code"] == "500" and checks[2].values["department"] == "89"
    created = imp.validate_rows(table.rows[6:7], imp.guess_mapping(table.headers), context, create_missing_ogs=True)
    assert created[0].ok and created[0].new_og == ("250001161", "250001161")


def test_apply_import_is_all_or_nothing(db, tmp_path):
    dossier_id, og_a, og_b = _grappe(db)
    table = read_table(write(tmp_path / "l.csv", [HEADER, *ROWS, "710785263;Mauvaise clé;183;PH;71;10;710000548"]))
    mapping = imp.guess_mapping(table.headers)
    before = grappe.list_grappe(db, dossier_id)
    with pytest.raises(imp.EssmsImportError) as caught:
        imp.apply_import(db, dossier_id, table.rows, mapping)
    assert "line 5" in str(caught.value.message)
    assert grappe.list_grappe(db, dossier_id) == before  # nothing written
    outcome = imp.apply_import(db, dossier_id, table.rows, mapping, excluded=[5])
    assert (outcome.added, outcome.ogs_created, outcome.excluded) == (3, 0, 1)
    ogs = grappe.list_grappe(db, dossier_id)
    assert [e.finess_et for e in ogs[0].essms] == ["710785262", "710977083"]
    assert ogs[1].essms[0].persons_accompanied == 82 and ogs[1].essms[0].sector == "PA"


def test_rows_without_og_go_to_the_chosen_og(db, tmp_path):
    dossier_id, _, og_b = _grappe(db)
    table = read_table(write(tmp_path / "l.csv", ["FINESS;Nom", "890009129;EHPAD Val de Mercy"]))
    mapping = imp.guess_mapping(table.headers)
    checks = imp.validate_rows(table.rows, mapping, imp.grappe_context(db, dossier_id))
    assert "choose the OG" in str(checks[0].errors[0])
    imp.apply_import(db, dossier_id, table.rows, mapping, default_og_id=og_b)
    assert grappe.get_og(db, og_b).essms[0].name == "EHPAD Val de Mercy"


def test_reference_fills_blanks_and_warns_on_other_ej(db, tmp_path):
    from esms_desktop.paths import resource_path
    from esms_desktop.storage import finess_reference

    ref = tmp_path / "ref.sqlite3"
    finess_reference.import_extract(resource_path("finess", "sample-extract.csv"), ref)
    dossier_id, og_a, _ = _grappe(db)
    table = read_table(write(tmp_path / "l.csv", ["FINESS", "710785262", "890002686"]))
    checks = imp.validate_rows(table.rows, imp.guess_mapping(table.headers),
                               imp.grappe_context(db, dossier_id, og_a),
                               reference=lambda n: finess_reference.get(ref, n))
    assert checks[0].ok and checks[0].values["name"] == "IME CHANTELOUP HURIGNY"
    assert checks[0].values["town"] == "HURIGNY" and not checks[0].warnings
    assert checks[1].ok and "890000805" in str(checks[1].warnings[0])  # belongs to another EJ
