"""Campaign rule files: each one validates, each figure is sourced, a broken file is refused by field."""

from __future__ import annotations

import copy
import datetime as dt
import json
from pathlib import Path

import pytest
from jsonschema import Draft202012Validator

from esms_desktop.paths import resource_path
from esms_desktop.rules.campaign import (
    CampaignFileError,
    UnknownCampaignError,
    available_campaigns,
    load_campaign,
    load_campaign_file,
)

YEARS = [2022, 2023, 2024, 2025]
# Plain numbers allowed outside a {value, source} figure: the file's own bookkeeping.
UNSOURCED_OK = {("format",), ("year",)}


def raw(year: int) -> dict:
    return json.loads(resource_path("campaigns", f"{year}.json").read_text(encoding="utf-8"))


def write(tmp_path: Path, data: dict, name: str = "broken.json") -> Path:
    path = tmp_path / name
    path.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    return path


def refused_field(tmp_path: Path, data: dict) -> str:
    with pytest.raises(CampaignFileError) as info:
        load_campaign_file(write(tmp_path, data))
    return info.value.field


# ---------------------------------------------------------------- the shipped files


def test_available_campaigns_lists_the_four_files():
    assert available_campaigns() == YEARS


def test_schema_is_a_valid_draft_2020_12_schema():
    schema = json.loads(resource_path("schemas", "campaign.schema.json").read_text(encoding="utf-8"))
    assert schema["$schema"] == "https://json-schema.org/draft/2020-12/schema"
    Draft202012Validator.check_schema(schema)


@pytest.mark.parametrize("year", YEARS)
def test_every_file_validates_against_the_schema(year):
    schema = json.loads(resource_path("schemas", "campaign.schema.json").read_text(encoding="utf-8"))
    errors = list(Draft202012Validator(schema).iter_errors(raw(year)))
    assert errors == []
    campaign = load_campaign(year)
    assert campaign.year == year
    assert campaign.label


def _walk(node, path=()):
    """Yield (path, node) for every figure object and every bare scalar outside figures."""
    if isinstance(node, dict):
        if "value" in node:
            yield path, node
            return
        for key, child in node.items():
            yield from _walk(child, path + (key,))
    elif isinstance(node, list):
        for index, child in enumerate(node):
            yield from _walk(child, path + (index,))
    else:
        yield path, node


@pytest.mark.parametrize("year", YEARS)
def test_every_figure_has_a_source_naming_a_listed_document(year):
    data = raw(year)
    figures = 0
    for path, node in _walk(data):
        if isinstance(node, dict):
            figures += 1
            assert node.get("source", "").strip(), path
            assert node["source"][:3] in data["documents"], (path, node["source"])
        elif isinstance(node, (int, float)) and not isinstance(node, bool):
            # A number that is not inside a {value, source} figure would be an unsourced rule.
            assert path in UNSOURCED_OK, path
    assert figures >= 40


@pytest.mark.parametrize("year", YEARS)
def test_source_lookup_by_dotted_key(year):
    campaign = load_campaign(year)
    for key in campaign.figure_keys():
        assert campaign.source(key)
    assert campaign.source("usage_targets.mss") == campaign.source("usage_targets.mss.target_percent")
    with pytest.raises(KeyError):
        campaign.source("no.such.figure")


def test_sources_of_some_figures():
    # Checked by hand against the seeds.
    c2022 = load_campaign(2022)
    assert c2022.source("grappe.min_essms") == "003 §4.2.D"
    assert c2022.source("small_og.amoa_purchasing.amount") == "003 §5.3"
    assert c2022.source("forfaits.acquisition.usage.upper") == "003 §5.4"
    assert c2022.source("windows.regional.end") == "003 §8"
    assert load_campaign(2024).source("windows.national.start").startswith("001 ")
    assert load_campaign(2023).source("tier_boundary").startswith("000 ")


# ---------------------------------------------------------------- the figures, by campaign


@pytest.mark.parametrize("year", YEARS)
def test_common_thresholds(year):
    c = load_campaign(year)
    # 001 (2024): « a minima de 15 ESSMS en métropole ou de 8 ESSMS en Corse et dans les départements
    # ultramarins »; 003 (2022) and 000 (2023) give no separate minimum overseas (None: 15 applies).
    assert (c.min_essms, c.min_essms_corse_overseas) == (15, 8 if year >= 2024 else None)
    assert (c.regional_max_essms, c.national_min_essms) == (49, 50)
    assert c.small_og_max_essms == 14  # small OG: fewer than 15 ESSMS (003 §5.3, 000, 001)
    assert c.tier_boundary == 50  # from the 50th ESSMS (003 §5.4, 000)
    assert c.max_duration_months == {"acquisition": 18, "conformite": 9}  # 003 §3.1
    assert c.first_usage_measure_months == 3  # 003 §6.1: 3 months for the first measure
    split = c.payment_split
    assert (split.avance_percent, split.solde_percent) == (50, 50)


def test_indicative_flag_only_for_2025():
    assert [load_campaign(y).indicative for y in YEARS] == [False, False, False, True]
    c2025 = load_campaign(2025)
    assert "2025" in c2025.note and "indicati" in c2025.note.lower()


def test_2025_repeats_the_2024_rules_but_not_the_dates():
    a, b = raw(2024), raw(2025)
    for key in ("grappe", "tier_boundary", "small_og", "schedule", "max_duration_months", "usage_targets"):
        assert a[key] == b[key], key
    assert a["forfaits"]["acquisition"] == b["forfaits"]["acquisition"]
    assert a["forfaits"]["conformite"]["usage"] == b["forfaits"]["conformite"]["usage"]
    for window in load_campaign(2025).windows.values():
        assert window.start is None and window.end is None and window.note


def test_windows_per_campaign():
    d = dt.date
    w22 = load_campaign(2022).windows
    assert set(w22) == {"regional", "national"}
    assert (w22["regional"].start, w22["regional"].end) == (d(2022, 3, 15), d(2022, 9, 30))  # 003 §8
    assert w22["national"].start is None and w22["national"].end is None

    w23 = load_campaign(2023).windows  # 000 "Instruction 2023 1/2"
    assert (w23["regional"].start, w23["regional"].end) == (d(2023, 1, 31), d(2023, 9, 15))
    assert (w23["multi_regional"].start, w23["multi_regional"].end) == (None, d(2023, 6, 15))
    assert (w23["national"].start, w23["national"].end) == (d(2023, 2, 15), d(2023, 6, 15))

    w24 = load_campaign(2024).windows  # 001 "Calendrier ESMS numérique"
    assert (w24["regional"].start, w24["regional"].end) == (d(2024, 1, 15), d(2024, 9, 15))
    assert (w24["multi_regional"].start, w24["multi_regional"].end) == (d(2024, 1, 15), d(2024, 6, 1))
    assert (w24["national"].start, w24["national"].end) == (d(2024, 2, 15), d(2024, 6, 1))
    assert w24["regional"].is_open_on(d(2024, 9, 15)) is True
    assert w24["regional"].is_open_on(d(2024, 9, 16)) is False
    assert w23["multi_regional"].is_open_on(d(2023, 3, 1)) is None  # start unknown
    assert w23["multi_regional"].is_open_on(d(2023, 6, 16)) is False


@pytest.mark.parametrize("year", YEARS)
def test_usage_targets(year):
    targets = {t.key: t for t in load_campaign(year).usage_targets}
    # 003 §6: 70 % for MSS and DMP, 90 % for the three active-file rates, no target for the counts.
    assert targets["mss"].target_percent == 70.0
    assert targets["dmp"].target_percent == 70.0
    for key in ("dossiers_actifs", "dossiers_actifs_projet_personnalise", "dossiers_actifs_evenement"):
        assert targets[key].target_percent == 90.0
    assert targets["e_prescription"].target_percent is None
    assert targets["e_parcours"].target_percent is None
    assert all(t.label and t.formula and t.source for t in targets.values())


def test_small_og_thresholds_and_aids():
    c22, c23, c24 = (load_campaign(y) for y in (2022, 2023, 2024))
    assert c24.small_og_max_essms_corse_overseas == 7  # "moins de 8 ou moins de 15" (001)
    assert c22.small_og_max_essms_corse_overseas == 14
    assert c22.small_og.amoa_purchasing.amount.value == 15000  # 003 §5.3
    assert c23.small_og.amoa_purchasing.offered is False  # 000: only the piloting forfait
    assert c24.small_og.amoa_purchasing.offered is False  # 001
    assert c24.small_og.equipment.ceiling.value is True  # "jusqu'à 10 000 €" (001)
    assert c24.large_single_region_files_regionally is True  # 001
    assert c22.large_single_region_files_regionally is False


def test_unknown_year_is_refused():
    with pytest.raises(UnknownCampaignError) as info:
        load_campaign(1999)
    assert isinstance(info.value, CampaignFileError)
    assert "1999" in str(info.value.message)


# ---------------------------------------------------------------- broken files


@pytest.fixture
def base() -> dict:
    return copy.deepcopy(raw(2024))


def test_missing_source_is_refused_naming_the_field(tmp_path, base):
    del base["forfaits"]["acquisition"]["usage"]["lower"]["source"]
    assert refused_field(tmp_path, base) == "forfaits.acquisition.usage.lower.source"


def test_missing_figure_is_refused_naming_it(tmp_path, base):
    del base["small_og"]["amoa_piloting"]
    assert refused_field(tmp_path, base) == "small_og.amoa_piloting"


def test_amount_as_text_is_refused(tmp_path, base):
    base["forfaits"]["conformite"]["usage"]["lower"]["value"] = "5000"
    assert refused_field(tmp_path, base) == "forfaits.conformite.usage.lower.value"


def test_amount_with_cents_is_refused(tmp_path, base):
    base["small_og"]["equipment"]["amount"]["value"] = 10000.5
    assert refused_field(tmp_path, base) == "small_og.equipment.amount.value"


def test_bare_number_instead_of_figure_is_refused(tmp_path, base):
    base["grappe"]["min_essms"] = 15
    assert refused_field(tmp_path, base) == "grappe.min_essms"


def test_unknown_key_is_refused_naming_it(tmp_path, base):
    base["grappe"]["max_essms_typo"] = {"value": 3, "source": "001 x"}
    assert refused_field(tmp_path, base) == "grappe.max_essms_typo"


def test_malformed_source_is_refused(tmp_path, base):
    base["tier_boundary"]["source"] = "dépliant"
    assert refused_field(tmp_path, base) == "tier_boundary.source"


def test_source_citing_an_unlisted_document_is_refused(tmp_path, base):
    base["grappe"]["min_essms"]["source"] = "007 p. 3"
    assert refused_field(tmp_path, base) == "grappe.min_essms.source"


def test_impossible_date_is_refused(tmp_path, base):
    base["windows"]["national"]["end"]["value"] = "2024-02-30"
    assert refused_field(tmp_path, base) == "windows.national.end.value"


def test_window_ending_before_it_starts_is_refused(tmp_path, base):
    base["windows"]["regional"]["end"]["value"] = "2024-01-01"
    assert refused_field(tmp_path, base) == "windows.regional.end.value"


def test_split_not_adding_up_to_100_is_refused(tmp_path, base):
    base["schedule"]["solde_percent"]["value"] = 40
    assert refused_field(tmp_path, base) == "schedule.solde_percent.value"


def test_unknown_window_kind_is_refused(tmp_path, base):
    base["windows"]["departemental"] = base["windows"]["regional"]
    assert refused_field(tmp_path, base) == "windows.departemental"


def test_bad_usage_target_is_refused_with_its_index(tmp_path, base):
    base["usage_targets"][2]["target_percent"]["value"] = 120
    assert refused_field(tmp_path, base) == "usage_targets.2.target_percent.value"


def test_year_not_matching_the_file_name_is_refused(tmp_path, base, monkeypatch):
    base["year"] = 2026
    folder = tmp_path / "campaigns"
    folder.mkdir()
    write(folder, base, "2024.json")
    monkeypatch.setattr("esms_desktop.rules.campaign.campaigns_dir", lambda: folder)
    with pytest.raises(CampaignFileError) as info:
        load_campaign(2024)
    assert info.value.field == "year"


def test_invalid_json_is_refused(tmp_path):
    path = tmp_path / "bad.json"
    path.write_text('{"year": 2024,', encoding="utf-8")
    with pytest.raises(CampaignFileError) as info:
        load_campaign_file(path)
    assert "JSON" in info.value.detail
    assert "bad.json" in str(info.value.message)
