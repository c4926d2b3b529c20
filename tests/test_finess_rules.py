"""FINESS number check, departments, regions and territories (rules layer)."""

from __future__ import annotations

import csv

import pytest

from esms_desktop.paths import resource_path
from esms_desktop.rules.identity import finess
from esms_desktop.rules.identity.finess import check_finess, expected_key, is_valid_normalised
from esms_desktop.rules.identity.geography import (
    DEPARTMENTS,
    REGIONS,
    department_name,
    department_region,
    region_name,
    territory,
)

# Luhn by hand (doubled: 2nd, 4th, 6th, 8th characters; a doubled digit > 9 loses 9):
#   750712184: kept 7+0+1+1+4 = 13, doubled 5→1, 7→5, 2→4, 8→7 = 17, total 30 → valid
#   2A0000253 → 210000253: kept 2+0+0+2+3 = 7, doubled 1→2, 0, 0, 5→1 = 3, total 10 → valid
#   2B0000012 → 220000012: kept 2+0+0+0+2 = 4, doubled 2→4, 0, 0, 1→2 = 6, total 10 → valid
#   970102760: kept 9+0+0+7+0 = 16, doubled 7→5, 1→2, 2→4, 6→3 = 14, total 30 → valid
#   010000024: kept 0+0+0+0+4 = 4, doubled 1→2, 0, 0, 2→4 = 6, total 10 → valid
VALID = {
    "2A0000253": "2A",
    "2B0000012": "2B",
    "970102760": "9A",
    "750712184": "75",
    "010000024": "01",
    "980600027": "9J",  # Wallis-et-Futuna, real number of the sample
    "980501506": "9F",  # Mayotte, real number of the sample
}


@pytest.mark.parametrize("number,department", sorted(VALID.items()))
def test_valid_numbers(number, department):
    result = check_finess(number)
    assert result.valid, result.reason
    assert result.number == number
    assert result.department == department
    assert result.reason is None
    assert is_valid_normalised(number)


def test_normalisation_spaces_dots_case():
    result = check_finess(" 75 071.2184 ")
    assert result.valid and result.number == "750712184"
    lower = check_finess("2a0000253")
    assert lower.valid and lower.number == "2A0000253" and lower.department == "2A"


def test_wrong_key_says_which_digit():
    # 750712185: total 31 by the sums above → the key must be 4.
    result = check_finess("750712185")
    assert not result.valid
    assert result.reason.text == finess.WRONG_KEY.text
    assert result.reason.context == "Finess"
    assert result.reason.params == {"typed": "5", "expected": "4"}
    assert "4" in str(result.reason)
    assert result.department == "75"
    # 2A0000254: total 11 → key 3 (2A read as 21).
    assert check_finess("2A0000254").reason.params["expected"] == "3"
    assert expected_key("2A000025") == "3"
    # 970102761 → 0 (total 30 with the key 0).
    assert check_finess("970102761").reason.params["expected"] == "0"


def test_wrong_length_counts_characters():
    result = check_finess("21000025")
    assert not result.valid
    assert result.reason.text == finess.WRONG_LENGTH.text
    assert result.reason.params == {"count": "8"}
    assert "9" in str(result.reason) and "8" in str(result.reason)
    assert check_finess("2100002530").reason.params == {"count": "10"}


@pytest.mark.parametrize("number", ["", "   ", " . "])
def test_empty(number):
    result = check_finess(number)
    assert not result.valid and result.reason == finess.EMPTY


@pytest.mark.parametrize("number,bad", [("2C0000253", "C"), ("21000O253", "O"), ("AB0000253", "A B")])
def test_forbidden_characters(number, bad):
    result = check_finess(number)
    assert not result.valid
    assert result.reason.text == finess.FORBIDDEN_CHARACTERS.text
    assert result.reason.params == {"characters": bad}


@pytest.mark.parametrize(
    "number,prefix", [("200000000", "20"), ("960000004", "96"), ("000000000", "00"), ("970602760", "9706")]
)
def test_unknown_department(number, prefix):
    result = check_finess(number)
    assert not result.valid
    assert result.reason.text == finess.UNKNOWN_DEPARTMENT.text
    assert result.reason.params == {"prefix": prefix}
    assert result.department is None


def test_reasons_are_distinct_messages():
    texts = {
        m.text
        for m in (
            finess.EMPTY,
            finess.WRONG_LENGTH,
            finess.FORBIDDEN_CHARACTERS,
            finess.UNKNOWN_DEPARTMENT,
            finess.WRONG_KEY,
        )
    }
    assert len(texts) == 5


def test_every_real_number_of_the_sample_passes_and_gives_its_department():
    """All ET/EJ numbers of the real sample are valid; the department is field 14."""
    path = resource_path("finess", "sample-extract.csv")
    with open(path, encoding="utf-8", newline="") as fh:
        rows = [r for r in csv.reader(fh, delimiter=";") if r and r[0] == "structureet"]
    assert len(rows) == 183
    for row in rows:
        et, ej, department = row[1], row[2], row[13]
        assert check_finess(et).valid, et
        assert check_finess(ej).valid, ej
        assert check_finess(et).department == department, et
        assert department in DEPARTMENTS


def test_departments_and_regions():
    # 94 numbered metropolitan departments (01-95 without 20) + 2A/2B + 7 overseas codes.
    assert len(DEPARTMENTS) == 103
    assert department_region("21") == "27"
    assert region_name(department_region("71")) == "Bourgogne-Franche-Comté"
    assert department_region("2A") == "94" and department_region("2B") == "94"
    assert department_region("9A") == "01"
    assert department_region("9D") == "04"
    assert department_region("9F") == "06"
    assert department_region("9E") is None  # Saint-Pierre-et-Miquelon: no region
    assert department_region("9J") is None  # Wallis-et-Futuna: no region
    assert department_region("20") is None
    assert department_name("90") == "Territoire de Belfort"
    assert department_name("9c") == "Guyane"
    for name, region in DEPARTMENTS.values():
        assert region is None or region in REGIONS, name
    # every region has at least one department
    assert set(REGIONS) == {r for _, r in DEPARTMENTS.values() if r}


def test_territory():
    assert territory("75") == "metropole"
    assert territory("01") == "metropole"
    assert territory("2A") == "corse"
    assert territory("2B") == "corse"
    for code in ("9A", "9B", "9C", "9D", "9E", "9F", "9J"):
        assert territory(code) == "outre_mer"
    with pytest.raises(KeyError):
        territory("20")
