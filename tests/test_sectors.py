"""FINESS category → sector table (resources/finess/sectors.json)."""

from __future__ import annotations

import csv
import json
from pathlib import Path

import pytest

from esms_desktop.paths import resource_path
from esms_desktop.rules.grappe.sectors import (
    SECTORS,
    categories_of_sector,
    category_label,
    is_essms_category,
    sector_for_category,
    sector_label,
)


@pytest.mark.parametrize(
    "code,sector",
    [
        ("500", "PA"),  # EHPAD
        ("202", "PA"),  # résidence autonomie
        ("183", "PH"),  # IME
        ("246", "PH"),  # ESAT
        ("255", "PH"),  # MAS
        ("354", "DOM"),  # SSIAD
        ("460", "DOM"),  # SAAD
        ("209", "DOM"),  # SPASAD
        ("177", "PDE"),  # MECS
        ("295", "PDE"),  # AEMO / AED
        ("197", "PDS"),  # CSAPA
        ("178", "PDS"),  # CAARUD
        ("180", "PDS"),  # LHSS
        ("214", "AHI"),  # CHRS
        ("443", "AHI"),  # CADA
    ],
)
def test_known_sectors(code, sector):
    assert sector_for_category(code) == sector
    assert is_essms_category(code)


@pytest.mark.parametrize("code", ["355", "620", "611", "247", "220", "258", "", None, "9999"])
def test_not_essms(code):
    assert sector_for_category(code) is None
    assert not is_essms_category(code)


def test_labels_and_int_codes():
    assert category_label("500") == "Etablissement d'hébergement pour personnes âgées dépendantes"
    assert category_label(354) == "Service de Soins Infirmiers A Domicile (S.S.I.A.D)"
    assert sector_for_category(183) == "PH"
    assert category_label("355") is None  # health category: not in the table
    assert category_label("247") == "Entreprise adaptée"  # listed, but not an ESSMS


def test_six_sectors():
    assert set(SECTORS) == {"PA", "PH", "DOM", "PDE", "PDS", "AHI"}
    assert sector_label("DOM") == "Aide et soin à domicile"
    assert sector_label(None) == ""
    for sector in SECTORS:
        assert categories_of_sector(sector), sector


#: The FINESS categories of the national nomenclature (copy of the shared finess/categories.csv).
CATEGORIES_CSV = Path(__file__).parent / "fixtures" / "finess-categories.csv"


def test_table_covers_the_94_categories_of_the_source():
    with open(CATEGORIES_CSV, encoding="utf-8") as fh:
        source = {r["code"]: r for r in csv.DictReader(fh, delimiter=";")}
    with open(resource_path("finess", "sectors.json"), encoding="utf-8") as fh:
        table = json.load(fh)
    assert len(source) == 94
    assert set(table["categories"]) == set(source)
    assert table["sectors"] == SECTORS
    for code, entry in table["categories"].items():
        assert entry["label"] == source[code]["label"]
        assert entry["sector"] in SECTORS or entry["sector"] is None
        assert entry["aggregate_code"][0] in "45"


def test_sample_has_165_social_or_medico_social_establishments():
    """README of the sample: 183 establishments, 165 with an aggregate category 4xxx/5xxx."""
    path = resource_path("finess", "sample-extract.csv")
    with open(path, encoding="utf-8", newline="") as fh:
        rows = [r for r in csv.reader(fh, delimiter=";") if r and r[0] == "structureet"]
    assert len(rows) == 183
    assert sum(category_label(r[18]) is not None for r in rows) == 165
    # Of those, 220 (centre social, 1), 258 (pension de famille, 2) and 259 (résidence
    # sociale, 1) are not ESSMS: 165 - 4 = 161.
    assert sum(is_essms_category(r[18]) for r in rows) == 161
