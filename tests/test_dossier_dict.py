"""The shared getters of the dossier file dict (rules/dossier_dict.py) and the single list of the note de
présentation's sections (rules/presentation.py)."""

from __future__ import annotations

import datetime as dt

import pytest

from esms_desktop.rules import dossier_dict as dd
from esms_desktop.rules.presentation import PRESENTATION_KEYS

D = {
    "dossier": {
        "campaign_year": 2024,
        "dui": {"software": "LogiDUI"},
        "rib": "not an object",
        "ogs": [
            {"name": "A", "essms": [{"finess_et": "1"}, "junk", {"finess_et": "2"}]},
            "junk",
            {"name": "B", "essms": None},
            {"name": "C", "essms": [{"finess_et": "3"}]},
        ],
        "budget": {"expenses": [{"amount": 5}, None], "revenues": "none"},
    }
}


def test_dossier_part_accepts_the_file_dict_or_its_dossier_object():
    inner = dd.dossier_part(D)
    assert inner is D["dossier"] and dd.dossier_part(inner) is inner


def test_lists_keep_only_objects_and_nested_objects_default_to_empty():
    d = dd.dossier_part(D)
    assert [og["name"] for og in dd.ogs(d)] == ["A", "B", "C"]
    assert [e["finess_et"] for e in dd.all_essms(d)] == ["1", "2", "3"]
    assert dd.essms_of({"essms": None}) == [] and dd.ogs({}) == []
    assert dd.rows(d, "budget", "expenses") == [{"amount": 5}]
    assert dd.rows(d, "budget", "revenues") == [] and dd.rows(d, "missing", "path") == []
    assert dd.part(d, "dui") == {"software": "LogiDUI"}
    assert dd.part(d, "rib") == {} and dd.part(d, "commitments") == {} and dd.part(None, "dui") == {}


@pytest.mark.parametrize("value, text, as_text, text_or_none", [
    ("  Asso  ", "Asso", "Asso", "Asso"),
    ("   ", "", "", None),
    (None, "", "", None),
    (12, "", "12", None),  # a number is text only for as_text
])
def test_text_getters(value, text, as_text, text_or_none):
    assert dd.text(value) == text
    assert dd.as_text(value) == as_text
    assert dd.text_or_none(value) == text_or_none


def test_number_and_date_getters():
    assert dd.int_value(3) == 3 and dd.int_value(True) is None and dd.int_value("3") is None
    assert dd.as_int("12") == 12 and dd.as_int(2.9) == 2 and dd.as_int(False) is None and dd.as_int("x") is None
    assert dd.as_float("1.5") == 1.5 and dd.as_float(True) is None and dd.as_float(None) is None
    assert dd.as_date("2024-09-15") == dt.date(2024, 9, 15)
    assert dd.as_date("2024-09-15T10:00:00") == dt.date(2024, 9, 15)
    assert dd.as_date(dt.date(2025, 1, 2)) == dt.date(2025, 1, 2)
    assert dd.as_date("15/09/2024") is None and dd.as_date("") is None


def test_every_list_of_presentation_sections_follows_the_pure_one():
    """The checker's labels and the pack's titles cover exactly the keys of rules/presentation.py."""
    from esms_desktop.reports.snapshot import PRESENTATION_TITLES
    from esms_desktop.rules.admissibility.messages import PRESENTATION_SECTIONS
    from esms_desktop.storage.dossier_file import PRESENTATION_KEYS as STORED_KEYS

    assert len(PRESENTATION_KEYS) == 7  # the seven parts the wizard asks for, context to expected benefits
    assert tuple(PRESENTATION_SECTIONS) == PRESENTATION_KEYS
    assert tuple(PRESENTATION_TITLES) == PRESENTATION_KEYS
    assert tuple(STORED_KEYS) == PRESENTATION_KEYS  # until storage/dossier_file.py imports them from rules
