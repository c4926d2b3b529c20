"""Importing usage measures: a good file is stored whole; a bad one is refused naming the line and the
column, and nothing is written (the stored measures' digest is compared before and after)."""

from __future__ import annotations

import datetime as dt

import pytest

from esms_desktop.storage.table_files import TableFormatError
from esms_desktop.storage.usage_import import UsageImportError, import_file
from esms_desktop.storage.usage_measures import list_measures, measures_hash, set_measure

HEADER = ("FINESS ET;Mois;personnes_eligibles;personnes_accompagnees;mss_messages;dmp_alimentes;dossiers_actifs;"
          "dossiers_actifs_pp;dossiers_actifs_evenement")
GOOD = [
    "890000102;2025-11;42;42;81;30;40;38;37",
    "890000102;12/2025;42;42;40;31;40;38;37",
    "890004369;2025-11;65;65;125;50;60;58;57",
]


def write(tmp_path, lines, name="mesures.csv"):
    path = tmp_path / name
    path.write_text("\n".join([HEADER, *lines]) + "\n", encoding="utf-8")
    return path


@pytest.fixture
def with_one_measure(db, example_id):
    """GIVEN the example with one measure already typed (so 'nothing written' is checked on real data)."""
    set_measure(db, example_id, "890005929", dt.date(2025, 11, 1), {"personnes_eligibles": 38, "dmp_alimentes": 20})
    return example_id


def test_a_good_file_is_stored_whole(db, with_one_measure, tmp_path):
    assert import_file(db, with_one_measure, write(tmp_path, GOOD)) == 3
    stored = {(m.finess_et, m.month): m.counts for m in list_measures(db, with_one_measure)}
    assert len(stored) == 4
    assert stored[("890000102", dt.date(2025, 12, 1))]["mss_messages"] == 40  # « 12/2025 » read as a month


BAD = [
    # (the faulty line, the column named, a word of the reason)
    ("890000999;2026-02;42;42;81;30;40;38;37", "FINESS ET", "not an ESSMS of this grappe"),
    ("890000102;2026-02;42;42;81;-3;40;38;37", "dmp_alimentes", "negative"),
    ("890000102;2026-02;42;42;81;43;40;38;37", "dmp_alimentes", "exceeds"),  # DMP fed above the persons
    ("890000102;2026-02;42;42;81;30;40;41;37", "dossiers_actifs_pp", "exceeds"),  # PP above active files
    ("890000102;2026-02;42;42;81;30;40;38;3,5", "dossiers_actifs_evenement", "not a count"),
    ("890000102;2025-13;42;42;81;30;40;38;37", "Mois", "not a month"),
]


@pytest.mark.parametrize("line, column, reason", BAD)
def test_a_bad_row_is_refused_naming_line_and_column(db, with_one_measure, tmp_path, line, column, reason):
    before = measures_hash(db, with_one_measure)
    path = write(tmp_path, [GOOD[0], GOOD[2], line])  # the bad row is line 4 of the file
    with pytest.raises(UsageImportError) as refused:
        import_file(db, with_one_measure, path)
    text = str(refused.value.message)
    assert "line 4" in text and f"column « {column} »" in text and reason in text and "Nothing was imported" in text
    assert measures_hash(db, with_one_measure) == before


def test_mss_messages_may_exceed_the_persons(db, with_one_measure, tmp_path):
    # 003 §6.1 counts messages, not persons: 81 messages for 42 persons is a 193 % rate, not an error
    assert import_file(db, with_one_measure, write(tmp_path, [GOOD[0]])) == 1


def test_a_month_twice_is_refused(db, with_one_measure, tmp_path):
    before = measures_hash(db, with_one_measure)
    with pytest.raises(UsageImportError) as refused:
        import_file(db, with_one_measure, write(tmp_path, [GOOD[0], GOOD[2], "890000102;11/2025;42;42;1;1;1;1;1"]))
    text = str(refused.value.message)
    assert "line 4, column « Mois »" in text and "already has a measure for 11/2025 on line 2" in text
    assert measures_hash(db, with_one_measure) == before


def test_a_malformed_file_is_refused(db, with_one_measure, tmp_path):
    before = measures_hash(db, with_one_measure)
    path = write(tmp_path, [GOOD[0], "890004369;2025-11;65;65;125;50;60;58;57;12;99"])
    with pytest.raises(TableFormatError) as refused:
        import_file(db, with_one_measure, path)
    assert refused.value.line == 3 and "Line 3 has 11 columns" in str(refused.value.message)
    not_xlsx = tmp_path / "mesures.xlsx"
    not_xlsx.write_bytes(b"this is no workbook")
    with pytest.raises(TableFormatError):
        import_file(db, with_one_measure, not_xlsx)
    assert measures_hash(db, with_one_measure) == before


def test_no_month_column_is_refused(db, with_one_measure, tmp_path):
    path = tmp_path / "m.csv"
    path.write_text("FINESS ET;dmp_alimentes\n890000102;3\n", encoding="utf-8")
    with pytest.raises(UsageImportError) as refused:
        import_file(db, with_one_measure, path)
    assert "no column holds the mois" in str(refused.value.message)


def test_xlsx_with_french_labels(db, with_one_measure, tmp_path):
    from openpyxl import Workbook

    from esms_desktop.storage.usage_measures import campaign_of_dossier

    campaign = campaign_of_dossier(db, with_one_measure)
    wb = Workbook()
    ws = wb.active
    ws.append(["N° FINESS", "Mois", *[c.label for c in campaign.usage_counts]])
    ws.append(["890000102", dt.date(2026, 1, 31), 42, 42, 50, 31, 40, 38, 37, 4, 2])
    path = tmp_path / "export-dui.xlsx"
    wb.save(path)
    assert import_file(db, with_one_measure, path) == 1
    (m,) = [m for m in list_measures(db, with_one_measure) if m.month == dt.date(2026, 1, 1)]
    assert m.counts["e_parcours_echanges"] == 2 and m.counts["dossiers_actifs_pp"] == 38
