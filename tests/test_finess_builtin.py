"""The national FINESS reference shipped with the application: the reference on first use (no import
step), replaced by an extract the user imports, its date said where it is used; gzipped extracts, an
empty sequence number on line 1; the total ESSMS of an EJ; English headers in the ESSMS list importer."""

from __future__ import annotations

import datetime as dt
import gzip
import shutil

import pytest

from esms_desktop.paths import resource_path
from esms_desktop.storage import essms_list_import as imp
from esms_desktop.storage import finess_builtin, finess_reference

SAMPLE = resource_path("finess", "sample-extract.csv")
NATIONAL = resource_path("finess", finess_builtin.BUILTIN_FILE)


@pytest.fixture(scope="session")
def national_reference(tmp_path_factory):
    """The shipped national extract built once for the session (about 4 s), copied by the tests."""
    path = tmp_path_factory.mktemp("national") / "finess-reference.sqlite3"
    finess_reference.import_extract(NATIONAL, path)
    return path


@pytest.fixture
def builtin_on(monkeypatch):
    monkeypatch.delenv(finess_builtin.ENV)  # conftest switches it off; the shipped file then


def test_line_one_with_an_empty_sequence_number_is_accepted(tmp_path):
    lines = SAMPLE.read_text(encoding="utf-8").splitlines(keepends=True)
    extract = tmp_path / "extract.csv"
    extract.write_text("finess;etalab;;2021-01-08\n" + "".join(lines[1:]), encoding="utf-8")
    report = finess_reference.import_extract(extract, tmp_path / "ref.sqlite3")
    assert (report.sequence, report.extract_date, report.establishments) == ("", dt.date(2021, 1, 8), 183)
    bad = tmp_path / "bad.csv"
    bad.write_text("finess;etalab;x;2021-01-08\n" + "".join(lines[1:]), encoding="utf-8")
    with pytest.raises(finess_reference.FinessFormatError):
        finess_reference.import_extract(bad, tmp_path / "ref2.sqlite3")


def test_a_gzipped_extract_reads_as_the_plain_one(tmp_path):
    packed = tmp_path / "sample.csv.gz"
    packed.write_bytes(gzip.compress(SAMPLE.read_bytes()))
    plain = finess_reference.import_extract(SAMPLE, tmp_path / "a.sqlite3")
    report = finess_reference.import_extract(packed, tmp_path / "b.sqlite3")
    assert (report.establishments, report.geolocations, report.sequence) == (plain.establishments, 7, "98")
    assert finess_reference.get(tmp_path / "b.sqlite3", "890000102") == finess_reference.get(
        tmp_path / "a.sqlite3", "890000102")


def test_the_shipped_extract_is_the_reference_on_first_use(builtin_on):
    target = finess_reference.default_db_path()
    assert not target.exists()
    assert finess_reference.reference_info(target) is None  # asking what is there builds nothing
    assert finess_builtin.builtin_info().extract_date == dt.date(2021, 1, 8)
    # The first search builds it: no import step.
    found = finess_reference.lookup(target, "foyer de vie massangis")
    assert [r.finess_et for r in found] == ["890000102"]
    info = finess_reference.reference_info(target)
    assert (info["source_file"], info["extract_date"], info["row_count"], info["sequence"]) == (
        finess_builtin.BUILTIN_FILE, dt.date(2021, 1, 8), 95333, "")
    # A newer extract imported by the user replaces it, and is never built over again.
    finess_reference.import_extract(SAMPLE, target)
    assert finess_builtin.ensure_reference() is True
    assert finess_reference.reference_info(target)["row_count"] == 183
    assert not [p for p in target.parent.iterdir() if p.name.endswith(".importing")]


def test_background_build_is_cancelled_and_waited_for(builtin_on):
    build = finess_builtin.start_background_build()
    assert build is not None
    build.stop()  # at once: cancelled (or finished); the thread is over either way
    assert not build.thread.is_alive()
    target = finess_reference.default_db_path()
    assert build.result in (True, False) and target.exists() == build.result
    assert not [p for p in target.parent.iterdir() if p.name.endswith(".importing")]


def test_no_builtin_when_switched_off():
    assert finess_builtin.builtin_source_path() is None
    assert finess_reference.lookup(finess_reference.default_db_path(), "ehpad") == []
    assert finess_builtin.start_background_build() is None


def test_essms_total_of_an_ej(tmp_path, national_reference):
    ref = tmp_path / "sample.sqlite3"
    finess_reference.import_extract(SAMPLE, ref)
    # 890001548 runs 8 ET in the sample, every one social or medico-social (categories 382, 446, 445,
    # 246, 252: aggregates 4301, 4305, 4302); 970302022 runs a CH (355, aggregate 1102: health, not
    # counted) and an EHPAD (500, aggregate 4401): 1.
    assert finess_reference.essms_count_of_ej("890001548", ref) == 8
    assert finess_reference.essms_count_of_ej("970302022", ref) == 1
    assert finess_reference.essms_count_of_ej("890 001 548", ref) == 8  # spaces ignored
    assert finess_reference.essms_count_of_ej("010780054", ref) == 0  # EJ not in the sample
    assert finess_reference.essms_count_of_ej("890001548", tmp_path / "none.sqlite3") is None
    # In the national extract: 890001548 has the same 8; 010780054 (CH de Fleyriat, line 2 of the file)
    # runs 7 ET: two 355 (aggregate 1102), a 300 school (6101), two USLD 362 (1109), a CPEF 228 (2202)
    # and one EHPAD 500 (4401): only the EHPAD counts. 010780096: a CH, two EHPAD, a USLD: 2.
    assert finess_reference.essms_count_of_ej("890001548", national_reference) == 8
    assert len(finess_reference.establishments_of(national_reference, "010780054")) == 7
    assert finess_reference.essms_count_of_ej("010780054", national_reference) == 1
    assert finess_reference.essms_count_of_ej("010780096", national_reference) == 2


def test_essms_dialog_says_found_or_absent_with_the_date(qtbot, french, builtin_on, national_reference):
    target = finess_reference.default_db_path()
    target.parent.mkdir(parents=True, exist_ok=True)
    shutil.copy(national_reference, target)
    from esms_desktop.ui.wizard.essms_form import EssmsDialog

    dialog = EssmsDialog(og_finess_ej="890001548")
    qtbot.addWidget(dialog)
    dialog.show()
    assert "08/01/2021" in dialog.reference.label.text()
    dialog.finess.setText("890000102")
    assert dialog.presence_label.isVisible()
    assert dialog.presence_label.text() == "Trouvé dans le répertoire FINESS du 08/01/2021."
    # 890990005: a valid key (Luhn), not in the 2021 extract.
    dialog.finess.setText("890990005")
    assert finess_reference.get(finess_reference.default_db_path(), "890990005") is None
    assert dialog.presence_label.text() == (
        "Absent du répertoire FINESS du 08/01/2021 : saisissez les informations, ou importez une extraction "
        "plus récente.")
    dialog.finess.setText("89000001")  # not a valid number: nothing said about the reference
    assert not dialog.presence_label.isVisible()


def test_reference_banner_names_the_builtin_before_it_is_built(qtbot, french, builtin_on):
    from esms_desktop.ui.finess_import import ReferenceStatus

    banner = ReferenceStatus()
    qtbot.addWidget(banner)
    assert "08/01/2021" in banner.label.text() and "fourni" in banner.label.text()
    assert not finess_reference.default_db_path().exists()  # showing it built nothing


def test_english_headers_are_guessed():
    headers = ["finess_et", "name", "category_code", "sector", "department", "persons_accompanied",
               "finess_ej", "organisation"]
    assert imp.guess_mapping(headers) == {
        "finess_et": 0, "name": 1, "category": 2, "sector": 3, "department": 4, "persons_accompanied": 5,
        "finess_ej": 6, "og_name": 7}
    assert imp.guess_mapping(["FINESS", "Establishment name", "Active files", "Legal entity FINESS"]) == {
        "finess_et": 0, "name": 1, "category": None, "sector": None, "department": None,
        "persons_accompanied": 2, "finess_ej": 3, "og_name": None}


def test_cli_check_says_absent_with_the_reference_date(builtin_on, national_reference, capsys):
    from esms_desktop.cli import main

    target = finess_reference.default_db_path()
    target.parent.mkdir(parents=True, exist_ok=True)
    shutil.copy(national_reference, target)
    assert main(["finess", "check", "890990005"]) == 0
    out = capsys.readouterr().out
    assert ("Absent du répertoire FINESS du 08/01/2021 : saisissez les informations, ou importez une extraction "
            "plus récente.") in out
    assert main(["finess", "check", "890000102"]) == 0
    assert "(référence FINESS : extraction du 08/01/2021)" in capsys.readouterr().out


def test_og_form_proposes_the_total_essms_from_finess(qtbot, french):
    from PySide6.QtCore import Qt

    from esms_desktop.ui.wizard.og_form import OgDialog

    finess_reference.import_extract(SAMPLE, finess_reference.default_db_path())
    dialog = OgDialog(None, {"finess_ej": "890001548", "name": "Association Charles de Foucauld"})
    qtbot.addWidget(dialog)
    dialog.show()
    row = dialog.total_from_finess
    assert row.button.isEnabled() and dialog.total_spin.value() == 0
    qtbot.mouseClick(row.button, Qt.MouseButton.LeftButton)
    # 8 ET of EJ 890001548 in the sample, all social or medico-social (see test_essms_total_of_an_ej).
    assert dialog.total_spin.value() == 8
    assert row.hint.text() == ("8 établissements sociaux ou médico-sociaux de ce FINESS EJ dans le répertoire "
                               "FINESS du 12/05/2026.")
    assert dialog.values()["essms_total"] == 8
    dialog.finess.setText("010780054")  # an EJ the sample does not hold: nothing proposed, the figure stays
    qtbot.mouseClick(row.button, Qt.MouseButton.LeftButton)
    assert dialog.total_spin.value() == 8 and "saisissez le nombre" in row.hint.text()
    dialog.finess.setText("12")
    assert not row.button.isEnabled()
