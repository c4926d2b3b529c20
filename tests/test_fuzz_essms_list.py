"""The CSV/XLSX ESSMS list importer under fuzzing: every damaged or random file is either read and
imported, or refused with a message that names the line, and a refusal leaves the database unchanged.
"""

from __future__ import annotations

import hashlib
import sqlite3

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from esms_desktop.storage.dossiers import create_dossier
from esms_desktop.storage.essms_list_import import EssmsImportError, apply_import, guess_mapping
from esms_desktop.storage.grappe import add_og
from esms_desktop.storage.table_files import TableFormatError, read_csv_bytes, read_xlsx

FUZZ = settings(max_examples=60, deadline=None, database=None, derandomize=True,
                suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow])

GOOD = (
    "FINESS ET;Raison sociale;Catégorie;Secteur;Département;File active\n"
    "890000102;FOYER DE VIE MASSANGIS;382;PH;89;42\n"
    "890004369;SAVS CHARLES DE FOUCAULD;446;PH;89;65\n"
    "710785262;IME CHANTELOUP HURIGNY;183;PH;71;74\n"
).encode("utf-8")


def _dump(db_path) -> str:
    con = sqlite3.connect(db_path)
    try:
        rows = [r for table in ("og", "essms") for r in con.execute(f"SELECT * FROM {table} ORDER BY id")]
    finally:
        con.close()
    return hashlib.sha256(repr(rows).encode()).hexdigest()


def _try_import(db, db_path, data: bytes, og_id: int, dossier_id: int) -> str:
    before = _dump(db_path)
    try:
        table = read_csv_bytes(data, "liste.csv")
    except TableFormatError as exc:
        assert exc.line >= 0 and str(exc.message)
        assert _dump(db_path) == before
        return "refused-file"
    mapping = guess_mapping(table.headers)
    try:
        apply_import(db, dossier_id, table.rows, mapping, default_og_id=og_id)
    except EssmsImportError as exc:
        assert str(exc.message)  # says which line, or that no column is the FINESS
        assert _dump(db_path) == before  # all or nothing
        return "refused-rows"
    return "imported"


mutation = st.tuples(st.integers(min_value=0, max_value=len(GOOD) - 1), st.binary(min_size=0, max_size=4),
                     st.integers(min_value=0, max_value=6))


@FUZZ
@given(st.lists(mutation, min_size=1, max_size=4))
def test_mutated_csv_is_imported_or_refused_whole(tmp_path_factory, edits):
    from esms_desktop.storage.database import open_database

    folder = tmp_path_factory.mktemp("fuzz")
    db = open_database(str(folder / "db.sqlite"))
    dossier_id = create_dossier(db, "Fuzz", 2024)
    og_id = add_og(db, dossier_id, name="OG", finess_ej="890001548")
    data = bytearray(GOOD)
    for position, insert, cut in edits:
        position = min(position, len(data))
        data[position:position + cut] = insert
    _try_import(db, folder / "db.sqlite", bytes(data), og_id, dossier_id)
    db.dispose()


@FUZZ
@given(st.binary(max_size=300))
def test_random_bytes_never_crash_the_reader(data):
    try:
        table = read_csv_bytes(data, "x.csv")
    except TableFormatError as exc:
        assert exc.line >= 0
        return
    guess_mapping(table.headers)


def test_a_damaged_xlsx_is_refused(tmp_path):
    path = tmp_path / "liste.xlsx"
    path.write_bytes(b"PK\x03\x04 not really a workbook")
    try:
        read_xlsx(path)
    except TableFormatError as exc:
        assert str(exc.message)
    else:
        raise AssertionError("a damaged workbook was read")


def test_the_good_list_imports(tmp_path):
    from esms_desktop.storage.database import open_database
    from esms_desktop.storage.grappe import list_grappe

    db = open_database(str(tmp_path / "db.sqlite"))
    dossier_id = create_dossier(db, "Liste", 2024)
    og_id = add_og(db, dossier_id, name="OG", finess_ej="890001548")
    assert _try_import(db, tmp_path / "db.sqlite", GOOD, og_id, dossier_id) == "imported"
    assert len(list_grappe(db, dossier_id)[0].essms) == 3
