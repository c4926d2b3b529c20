"""FINESS extract parser and offline reference (import, search, atomic replacement)."""

from __future__ import annotations

import datetime as dt
import shutil
from pathlib import Path

import pytest

from esms_desktop.paths import resource_path
from esms_desktop.rules.identity import finess as finess_rules
from esms_desktop.storage import finess_extract as fx
from esms_desktop.storage.finess_extract import (
    FinessFormatError,
    FinessRecord,
    ReferenceSource,
    open_reference_source,
)
from esms_desktop.storage.finess_reference import (
    ImportCancelled,
    establishments_of,
    get,
    import_extract,
    lookup,
    reference_info,
)

SAMPLE = resource_path("finess", "sample-extract.csv")


def sample_lines() -> list[str]:
    return SAMPLE.read_text(encoding="utf-8").splitlines(keepends=True)


def write(path: Path, lines: list[str], encoding: str = "utf-8") -> Path:
    path.write_bytes("".join(lines).encode(encoding))
    return path


@pytest.fixture()
def db(tmp_path: Path) -> Path:
    path = tmp_path / "ref" / "finess.sqlite3"
    import_extract(SAMPLE, path)
    return path


def ets(records: list[FinessRecord]) -> list[str]:
    return [r.finess_et for r in records]


# --- parser ---------------------------------------------------------------------------------


def test_source_reads_the_sample():
    source = open_reference_source(SAMPLE)
    assert isinstance(source, ReferenceSource)
    assert source.header.sequence == "98"
    assert source.header.extract_date == dt.date(2026, 5, 12)
    records = list(source.records())
    assert len(records) == 183  # README: 183 establishments
    assert source.geolocations == 7
    assert source.position == source.total == SAMPLE.stat().st_size
    first = records[0]  # line 2, verbatim 2026 line
    assert first == FinessRecord(
        finess_et="010000024",
        finess_ej="010780054",
        name="CH DE FLEYRIAT",
        long_name="CENTRE HOSPITALIER DE BOURG-EN-BRESSE FLEYRIAT",
        address="900 ROUTE DE PARIS",  # numvoie 900, typvoie RTE, voie DE PARIS
        postcode="01440",
        town="VIRIAT",
        department="01",
        phone="0474454647",
        category_code="355",
        category_label="Centre Hospitalier (C.H.)",
        siret="26010004500012",
        opened=dt.date(1979, 2, 13),
    )
    by_et = {r.finess_et: r for r in records}
    # Quoted field with doubled quotes (RFC 4180).
    assert by_et["980501506"].name == 'LIEU DE VIE "MAVOUNA MEMA 1"'
    # compvoie B → BIS; lieuditbp after the street.
    assert by_et["250010618"].address == "21 BIS RUE MARECHAL JUIN"
    assert by_et["2A0003273"].address == "LIEU-DIT VALLE, BP 58"
    # Address held only in compldistrib (README: 970216057).
    assert by_et["970216057"].address == "ROUTE DES RELIGIEUSES"
    assert by_et["970302287"].town == "CAYENNE CEDEX"


def test_unsupported_json_format(tmp_path):
    path = write(tmp_path / "structures.json", ['{"resourceType": "Bundle"}\n'])
    with pytest.raises(FinessFormatError) as err:
        open_reference_source(path)
    assert err.value.line_number == 1
    assert err.value.message == fx.UNSUPPORTED_FORMAT


# --- import and queries ---------------------------------------------------------------------


def test_import_report_and_info(tmp_path):
    path = tmp_path / "finess.sqlite3"
    calls: list[tuple[int, int]] = []
    report = import_extract(SAMPLE, path, progress=lambda done, total: calls.append((done, total)))
    assert report.establishments == 183
    assert report.geolocations == 7
    assert report.extract_date == dt.date(2026, 5, 12)
    assert report.sequence == "98"
    assert report.encoding == "utf-8"
    size = SAMPLE.stat().st_size
    assert 1 <= len(calls) <= 101
    assert calls[-1] == (size, size)
    assert [d for d, _ in calls] == sorted(d for d, _ in calls)
    info = reference_info(path)
    assert info["row_count"] == 183
    assert info["extract_date"] == dt.date(2026, 5, 12)
    assert info["sequence"] == "98"
    assert isinstance(info["imported_at"], dt.datetime)
    # no temp left (``home`` is the test's data folder: the note of the write in progress, now gone)
    assert sorted(p.name for p in tmp_path.iterdir() if p.name != "home") == ["finess.sqlite3"]
    assert not list((tmp_path / "home").rglob("write-*.json"))


def test_no_reference(tmp_path):
    missing = tmp_path / "none.sqlite3"
    assert reference_info(missing) is None
    assert lookup(missing, "ehpad") == []
    assert get(missing, "010000024") is None
    assert establishments_of(missing, "010780054") == []


def test_lookup_by_number_prefix(db):
    # README: Corsica has 2A: 4 and 2B: 3 establishments.
    assert len(lookup(db, "2A")) == 4
    assert all(r.department == "2A" for r in lookup(db, "2a"))
    assert len(lookup(db, "2B")) == 3
    # ET numbers starting with the digits first, then establishments whose EJ starts with them
    # (970300026 belongs to EJ 970302...).
    assert ets(lookup(db, "970302")) == ["970302287", "970302790", "970300026"]
    assert lookup(db, "970300026")[0].finess_ej.startswith("970302")
    assert ets(lookup(db, "210 010 740")) == ["210010740"]
    assert len(lookup(db, "71", limit=5)) == 5
    # An EJ number: none of the ET numbers starts with it, its 8 establishments come back.
    assert len(lookup(db, "890001548")) == 8


def test_lookup_by_words_ignores_accents_and_case(db):
    # "CENTRE DE COORDINATION GÉRONTOLOGIQUE" typed without accent, in lower case.
    assert ets(lookup(db, "gerontologique")) == ["710012766"]
    assert ets(lookup(db, "Tutelaire saône")) == ["700004559"]
    assert "210011201" in ets(lookup(db, "fleuriee"))  # LA FLEURIÉE
    # Every word is a prefix, and all must match: EHPAD + PLOMBIERES LES DIJON (town).
    assert ets(lookup(db, "ehpad dijon")) == ["210012571"]
    assert ets(lookup(db, "ehp plomb")) == ["210012571"]
    # Number words work inside a text query: the EHPADs of Corse-du-Sud.
    assert ets(lookup(db, "ehpad 2a")) and all(r.department == "2A" for r in lookup(db, "ehpad 2a"))
    assert lookup(db, "zzzzz") == []
    assert lookup(db, '" * - ( )') == []


def test_lookup_evaluation_finds_accented_name(tmp_path):
    lines = sample_lines()
    # Test data: the sample's line 3 (210001608) renamed.
    lines[2] = lines[2].replace("FOYER DIJON LA TREILLE", "Service d'Évaluation Dijon")
    path = tmp_path / "ref.sqlite3"
    import_extract(write(tmp_path / "x.csv", lines), path)
    assert ets(lookup(path, "evaluation")) == ["210001608"]
    assert ets(lookup(path, "ÉVAL")) == ["210001608"]


def test_get_and_establishments_of(db):
    record = get(db, "210010740")
    assert record is not None
    assert record.name == "EHPAD HORIZON"
    assert record.finess_ej == "210987400"
    assert record.address == "4 RUE JEAN SANS PEUR"
    assert (record.postcode, record.town, record.department) == ("21850", "ST APOLLINAIRE", "21")
    assert record.category_code == "500"
    assert record.opened == dt.date(2002, 7, 1)
    assert get(db, "210 010 740") == record
    assert get(db, "210010741") is None
    # README: EJ 890001548 has 8 ET in the sample, 710000548 has 5.
    assert len(establishments_of(db, "890001548")) == 8
    assert len(establishments_of(db, "710000548")) == 5
    assert all(r.finess_ej == "710000548" for r in establishments_of(db, "710000548"))


# --- malformed files keep the previous reference ------------------------------------------


def assert_previous_reference_intact(db: Path) -> None:
    assert reference_info(db)["row_count"] == 183
    assert get(db, "210010740").name == "EHPAD HORIZON"
    assert sorted(p.name for p in db.parent.iterdir()) == [db.name]  # temp file removed


def import_broken(tmp_path: Path, db: Path, lines: list[str]) -> FinessFormatError:
    path = write(tmp_path / "broken.csv", lines)
    with pytest.raises(FinessFormatError) as err:
        import_extract(path, db)
    assert_previous_reference_intact(db)
    return err.value


def test_wrong_field_count_gives_line_and_keeps_reference(tmp_path, db):
    lines = sample_lines()
    lines[49] = lines[49].replace(";EHPAD DE SAINTE CECILE;", ";EHPAD;DE SAINTE CECILE;")
    error = import_broken(tmp_path, db, lines)
    assert error.line_number == 50
    assert error.message.text == fx.WRONG_FIELD_COUNT.text
    assert error.message.params == {"kind": "structureet", "expected": "32", "found": "33"}


def test_bad_finess_number_in_field_2(tmp_path, db):
    lines = sample_lines()
    assert lines[99].startswith("structureet;")
    et = lines[99].split(";")[1]
    bad = et[:-1] + str((int(et[-1]) + 1) % 10)
    lines[99] = lines[99].replace(et, bad, 1)
    error = import_broken(tmp_path, db, lines)
    assert error.line_number == 100
    assert error.message.text == fx.BAD_NUMBER.text
    assert error.message.params["field"] == "2"
    assert error.detail.text == finess_rules.WRONG_KEY.text
    assert error.detail.params["expected"] == et[-1]


def test_duplicate_number(tmp_path, db):
    lines = sample_lines()
    lines.insert(10, lines[5])  # line 6 repeated as line 11
    error = import_broken(tmp_path, db, lines)
    assert error.line_number == 11
    assert error.message.params["first"] == "6"


def test_bad_date(tmp_path, db):
    lines = sample_lines()
    lines[20] = lines[20].replace(";1987-11-15;", ";15/11/1987;")
    error = import_broken(tmp_path, db, lines)
    assert error.line_number == 21
    assert error.message.text == fx.BAD_DATE.text
    assert error.message.params["field"] == "29"


def test_bad_header(tmp_path, db):
    error = import_broken(tmp_path, db, sample_lines()[1:])
    assert error.line_number == 1
    assert error.message.text == fx.BAD_HEADER.text


def test_bad_quoting(tmp_path, db):
    lines = sample_lines()
    lines[30] = 'structureet;"A"B;' + lines[30].split(";", 2)[2]  # text after a closing quote
    error = import_broken(tmp_path, db, lines)
    assert error.line_number == 31
    assert error.message.text == fx.BAD_QUOTING.text


def test_geolocation_line_with_wrong_field_count(tmp_path, db):
    lines = sample_lines()
    assert lines[-1].startswith("geolocalisation;")
    lines[-1] = lines[-1].rstrip("\n") + ";extra\n"
    error = import_broken(tmp_path, db, lines)
    assert error.line_number == len(lines)
    assert error.message.params["kind"] == "geolocalisation"


def test_cancel_keeps_reference(tmp_path, db):
    asked = []

    def cancel() -> bool:
        asked.append(1)
        return True

    with pytest.raises(ImportCancelled):
        import_extract(SAMPLE, db, should_cancel=cancel)
    assert asked
    assert_previous_reference_intact(db)


def test_sqlite_failure_while_building_is_a_domain_error_and_keeps_reference(tmp_path, db, monkeypatch):
    """GIVEN a reference WHEN SQLite fails half-way through building the new one (disk full) THEN a
    FinessReferenceError with its message, the previous reference intact and no temporary file left."""
    import sqlite3

    from esms_desktop.storage import finess_reference

    def disk_full(*_args):
        raise sqlite3.OperationalError("database or disk is full")

    monkeypatch.setattr(finess_reference, "_index_ligatures_spelled_out", disk_full)  # after the rows are in
    with pytest.raises(finess_reference.FinessReferenceError) as err:
        import_extract(SAMPLE, db)
    assert err.value.message == finess_reference.REFERENCE_NOT_BUILT(detail="database or disk is full")
    assert isinstance(err.value.__cause__, sqlite3.OperationalError)
    assert_previous_reference_intact(db)


def test_new_import_replaces_the_reference(tmp_path, db):
    lines = sample_lines()[:11]  # header + 10 establishments
    import_extract(write(tmp_path / "small.csv", lines), db)
    assert reference_info(db)["row_count"] == 10
    assert get(db, "210010740") is None
    assert sorted(p.name for p in db.parent.iterdir()) == [db.name]


# --- encodings and line ends ----------------------------------------------------------------


def test_windows_1252_file_imports(tmp_path):
    lines = sample_lines()
    lines[2] = lines[2].replace("FOYER DIJON LA TREILLE", "FOYER L’ŒUVRE DIJON")  # 0x92, 0x8C
    source = write(tmp_path / "old.csv", lines, encoding="cp1252")
    with pytest.raises(UnicodeDecodeError):
        source.read_bytes().decode("utf-8")
    path = tmp_path / "ref.sqlite3"
    report = import_extract(source, path)
    assert report.encoding == "cp1252"
    assert report.establishments == 183
    assert get(path, "210001608").name == "FOYER L’ŒUVRE DIJON"
    assert get(path, "710012766").name == "CENTRE DE COORDINATION GÉRONTOLOGIQUE"
    # The ligature is spelled out on both sides: "oeuvre" and "œuvre" both find it.
    assert ets(lookup(path, "oeuvre")) == ["210001608"]
    assert ets(lookup(path, "l’œuvre dijon")) == ["210001608"]


def test_crlf_and_bom(tmp_path):
    lines = [line.replace("\n", "\r\n") for line in sample_lines()]
    path = tmp_path / "crlf.csv"
    path.write_bytes(b"\xef\xbb\xbf" + "".join(lines).encode("utf-8"))
    ref = tmp_path / "ref.sqlite3"
    report = import_extract(path, ref)
    assert report.establishments == 183
    record = get(ref, "980600027")
    assert record.town == "UVEA" and record.opened == dt.date(2024, 10, 30)


def test_undecodable_bytes(tmp_path, db):
    lines = sample_lines()
    path = tmp_path / "bad.csv"
    data = "".join(lines).encode("utf-8")
    # 0x81 is undefined in Windows-1252 and invalid alone in UTF-8: put it on line 8.
    cut = sum(len(line.encode("utf-8")) for line in lines[:7])
    path.write_bytes(data[:cut] + b"structureet;\x81" + data[cut + len("structureet;") :])
    with pytest.raises(FinessFormatError) as err:
        import_extract(path, db)
    assert err.value.line_number == 8
    assert err.value.message == fx.BAD_ENCODING
    assert_previous_reference_intact(db)


def test_sample_copy_matches_shared_sample():
    shared = Path("/work/shared/finess/etalab-sample.csv")
    if not shared.exists():
        pytest.skip("shared sample not available")
    assert SAMPLE.read_bytes() == shared.read_bytes()


def test_import_into_missing_folder_with_spaces(tmp_path):
    target = tmp_path / "dossier é 1" / "sous dossier" / "réf.sqlite3"
    import_extract(SAMPLE, target)
    assert reference_info(target)["row_count"] == 183
    shutil.rmtree(tmp_path / "dossier é 1")


def big_extract(tmp_path: Path, count: int) -> Path:
    """``count`` structureet lines made from the sample's, renumbered with valid keys (test data)."""
    lines = sample_lines()
    body = [line for line in lines if line.startswith("structureet;")]
    out = [lines[0]]
    for i in range(count):
        stem = f"21{i:06d}"
        number = stem + finess_rules.expected_key(stem)
        out.append(body[i % len(body)].replace(body[i % len(body)].split(";")[1], number, 1))
    return write(tmp_path / "big.csv", out)


def test_progress_and_cancel_midway(tmp_path, db):
    path = big_extract(tmp_path, 5000)
    size = path.stat().st_size
    calls: list[tuple[int, int]] = []
    other = tmp_path / "other" / "ref.sqlite3"
    report = import_extract(path, other, progress=lambda d, t: calls.append((d, t)))
    assert report.establishments == 5000
    assert 3 <= len(calls) <= 101
    assert all(t == size for _, t in calls)
    assert [d for d, _ in calls] == sorted(d for d, _ in calls)
    assert calls[-1] == (size, size)
    polls = []

    def cancel_at_second_poll() -> bool:
        polls.append(1)
        return len(polls) >= 2

    with pytest.raises(ImportCancelled):
        import_extract(path, db, should_cancel=cancel_at_second_poll)
    assert len(polls) == 2  # stopped in the middle of the file
    assert_previous_reference_intact(db)
