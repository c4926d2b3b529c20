"""Grant calculator: golden cases worked out by hand from the seeds (000, 001, 003) and DOMAIN.md.

Every expected amount below is computed in the comment next to it from the forfaits quoted from the
seed, never copied from the program's output.
"""

from __future__ import annotations

import json

import pytest

from esms_desktop.paths import resource_path
from esms_desktop.rules.campaign import load_campaign, load_campaign_file
from esms_desktop.rules.funding.grant import FundingRequest, GrantBreakdown, OgFunding, compute_grant

NNBSP, NBSP = "\u202f", "\u00a0"  # French thousands separator, space before €


def grant(year: int, *args, **kwargs) -> GrantBreakdown:
    return compute_grant(load_campaign(year), FundingRequest(*args, **kwargs))


def amounts(b: GrantBreakdown) -> dict[tuple[str, str | None], int]:
    return {(line.key, line.og): line.amount for line in b.lines}


# ------------------------------------------------- (a) 2022 acquisition, Ségur-referenced editor


def test_2022_acquisition_segur_editor_20_essms():
    # 003 §5.1: 7 k€ MOA + editor "jusqu'à 12 k€", ceiling raised to 14,5 k€ if référencé Ségur.
    #   usage  : 20 × 7 000  = 140 000
    #   editor : 20 × 14 500 = 290 000 (plafond)
    #   total  : 430 000  (= 20 × 21,5 k€, the "21,5 k€ par ESSMS" of 003 §5.1)
    #   schedule 50/50 (003 §3.1): 215 000 + 215 000
    b = grant(2022, "acquisition", 20, True)
    assert amounts(b) == {("usage.lower", None): 140_000, ("editor.lower", None): 290_000}
    assert b.total == 430_000
    editor = b.line("editor.lower")
    assert (editor.quantity, editor.unit_amount, editor.ceiling) == (20, 14_500, True)
    assert editor.source == "003 §5.1"
    assert "(ceiling)" in str(editor.rule)
    assert b.line("usage.lower").ceiling is False
    assert b.has_ceilings
    assert (b.schedule.avance, b.schedule.solde) == (215_000, 215_000)
    assert b.refusals == ()


def test_2022_acquisition_editor_not_referenced():
    # 003 §5.1: 19 k€ per ESSMS when the editor is not référencé Ségur (7 k€ + up to 12 k€).
    #   20 × 7 000 = 140 000 ; 20 × 12 000 = 240 000 ; total 380 000
    b = grant(2022, "acquisition", 20, False)
    assert b.line("editor.lower").unit_amount == 12_000
    assert b.total == 380_000
    assert "not Ségur-referenced" in str(b.line("editor.lower").label)


def test_2022_acquisition_55_essms_not_referenced_uses_the_1k_upper_editor_share():
    # 003 §5.4: from the 50th ESSMS, 2 k€ usage and 1 k€ max editor when not référencé Ségur.
    #   ESSMS 1-49 : 49 × 7 000 = 343 000 ; 49 × 12 000 = 588 000
    #   ESSMS 50-55:  6 × 2 000 =  12 000 ;  6 ×  1 000 =   6 000
    #   total 343 000 + 588 000 + 12 000 + 6 000 = 949 000
    b = grant(2022, "acquisition", 55, False)
    assert amounts(b) == {
        ("usage.lower", None): 343_000,
        ("editor.lower", None): 588_000,
        ("usage.upper", None): 12_000,
        ("editor.upper", None): 6_000,
    }
    assert b.total == 949_000


# ------------------------------------------------- (b) 2023 acquisition of 60 ESSMS across the tier


def test_2023_acquisition_60_essms_across_the_50th_essms_tier():
    # 000 "Subventions : grille forfaitaire": acquisition 7 k€ + 14 k€ up to the 49th ESSMS,
    # 2 k€ + 3 k€ from the 50th.
    #   ESSMS 1-49  : 49 × 7 000 = 343 000 ; 49 × 14 000 = 686 000
    #   ESSMS 50-60 : 11 × 2 000 =  22 000 ; 11 ×  3 000 =  33 000
    #   total 343 000 + 686 000 + 22 000 + 33 000 = 1 084 000 ; avance = solde = 542 000
    b = grant(2023, "acquisition", 60, True)
    assert amounts(b) == {
        ("usage.lower", None): 343_000,
        ("usage.upper", None): 22_000,
        ("editor.lower", None): 686_000,
        ("editor.upper", None): 33_000,
    }
    assert b.total == 1_084_000
    upper = b.line("usage.upper")
    assert (upper.quantity, upper.unit_amount) == (11, 2_000)
    assert upper.label.params == {"first": "50", "last": "60"}
    assert b.line("usage.lower").label.params == {"first": "1", "last": "49"}
    # 000 gives "14 k€ par ESSMS", not "jusqu'à": a forfait, not a ceiling.
    assert not b.has_ceilings
    assert (b.schedule.avance, b.schedule.solde) == (542_000, 542_000)


@pytest.mark.parametrize(
    ("count", "lower", "upper"),
    [
        (49, 49, 0),  # the 49th ESSMS is still in the lower tier
        (50, 49, 1),  # the 50th is the first of the upper tier
    ],
)
def test_tier_boundary_is_the_50th_essms(count, lower, upper):
    b = grant(2023, "conformite", count, True)
    assert b.line("usage.lower").quantity == lower
    up = b.line("usage.upper")
    assert (up.quantity if up else 0) == upper
    # 2023 conformité: 5 000 per ESSMS then 2 000: 49 → 245 000 ; 50 → 245 000 + 2 000 = 247 000
    assert b.total == {49: 245_000, 50: 247_000}[count]


# ------------------------------------------------- (c) 2024 mise en conformité of 16 ESSMS


def test_2024_conformite_16_essms():
    # 001 Cas 2, projects of fewer than 50 ESSMS: 5 000 € per ESSMS for the MOA; the editor is paid
    # through SONS, so no editor line.
    #   16 × 5 000 = 80 000 ; avance 40 000, solde 40 000
    b = grant(2024, "conformite", 16, True)
    assert amounts(b) == {("usage.lower", None): 80_000}
    assert b.total == 80_000
    assert (b.schedule.avance, b.schedule.solde) == (40_000, 40_000)
    assert b.line("usage.lower").source.startswith("001 Cas 2")
    assert any("SONS" in str(note) for note in b.notes)


# ------------------------------------------------- (d) small OGs asking for equipment and AMOA


SMALL_OGS = (
    OgFunding("Association A", 10, equipment_requested=True, amoa_piloting_requested=True),
    OgFunding("Association B", 5, equipment_requested=True, amoa_purchasing_requested=True),
    OgFunding("Association C", 3, amoa_piloting_requested=True),
)


def test_2022_grappe_of_small_ogs_with_equipment_and_amoa():
    # 003 §5.1 and §5.3, acquisition of 18 ESSMS with a Ségur-referenced editor:
    #   usage       : 18 × 7 000  = 126 000
    #   editor      : 18 × 14 500 = 261 000 (plafond)
    #   equipment A : 10 × 20 000 = 200 000 (forfait per ESSMS)
    #   equipment B :  5 × 20 000 = 100 000
    #   AMOA purchasing: 15 000 per project (asked by B)
    #   AMOA piloting  : 100 000 per project, once although A and C both ask
    #   total 126 000 + 261 000 + 200 000 + 100 000 + 15 000 + 100 000 = 802 000 ; 401 000 + 401 000
    b = grant(2022, "acquisition", 18, True, SMALL_OGS)
    assert amounts(b) == {
        ("usage.lower", None): 126_000,
        ("editor.lower", None): 261_000,
        ("equipment", "Association A"): 200_000,
        ("equipment", "Association B"): 100_000,
        ("amoa_purchasing", None): 15_000,
        ("amoa_piloting", None): 100_000,
    }
    assert b.total == 802_000
    assert (b.schedule.avance, b.schedule.solde) == (401_000, 401_000)
    assert b.refusals == ()
    piloting = b.line("amoa_piloting")
    assert piloting.quantity == 1
    assert "Association A, Association C" in str(piloting.rule)
    assert b.line("equipment", "Association A").ceiling is False


def test_2024_grappe_of_small_ogs_equipment_is_a_ceiling_and_no_purchasing_amoa():
    # 001 "organismes gestionnaires de petite taille": equipment up to 10 000 € per ESSMS,
    # AMOA 100 000 € per project for piloting, nothing for the purchasing procedure.
    #   usage       : 18 × 7 000  = 126 000
    #   editor      : 18 × 14 000 = 252 000 (jusqu'à: plafond)
    #   equipment A : 10 × 10 000 = 100 000 (plafond) ; B: 5 × 10 000 = 50 000 (plafond)
    #   AMOA piloting 100 000 ; AMOA purchasing refused for B
    #   total 126 000 + 252 000 + 100 000 + 50 000 + 100 000 = 628 000 ; 314 000 + 314 000
    b = grant(2024, "acquisition", 18, True, SMALL_OGS)
    assert b.total == 628_000
    assert b.line("equipment", "Association A").ceiling is True
    assert b.line("amoa_purchasing") is None
    refusal = b.refusal("amoa_purchasing", "Association B")
    assert refusal is not None and "does not offer" in str(refusal.reason)
    assert (b.schedule.avance, b.schedule.solde) == (314_000, 314_000)


# ------------------------------------------------- (e) refused requests


def test_2023_equipment_refused_for_an_og_of_15_essms():
    # Small OG = fewer than 15 ESSMS (000). "Grand" runs 15: refused, adds nothing.
    # "Petit" runs 5: 5 × 20 000 = 100 000.
    #   usage 20 × 7 000 = 140 000 ; editor 20 × 14 000 = 280 000 ; total 140 000 + 280 000 + 100 000 = 520 000
    ogs = (OgFunding("Grand", 15, equipment_requested=True), OgFunding("Petit", 5, equipment_requested=True))
    b = grant(2023, "acquisition", 20, True, ogs)
    assert b.line("equipment", "Grand") is None
    assert b.line("equipment", "Petit").amount == 100_000
    assert b.total == 520_000
    refusal = b.refusal("equipment", "Grand")
    assert refusal is not None
    assert refusal.reason.context == "Funding"
    assert refusal.reason.params == {"og": "Grand", "size": "15", "threshold": "15"}
    assert len(b.refusals) == 1


def test_og_judged_on_all_its_essms_not_only_those_in_the_grappe():
    # An OG bringing 6 ESSMS but running 20 is not small (003 §5.3 speaks of the OG's size).
    ogs = (OgFunding("Réseau", 6, equipment_requested=True, amoa_piloting_requested=True, total_essms=20),)
    b = grant(2022, "conformite", 16, True, ogs)
    # 16 × 5 000 = 80 000, nothing else
    assert b.total == 80_000
    assert {r.key for r in b.refusals} == {"equipment", "amoa_piloting"}


def test_2023_editor_share_refused_when_the_dui_is_not_segur_referenced():
    # 000: Ségur referencing is mandatory in 2023; only the usage forfait remains: 20 × 7 000 = 140 000.
    b = grant(2023, "acquisition", 20, False)
    assert b.total == 140_000
    assert b.line("editor.lower") is None
    assert "Ségur-referenced" in str(b.refusal("editor.lower").reason)


def test_purchasing_amoa_refused_in_2023_and_in_a_2022_conformite():
    og = (OgFunding("Petit", 4, amoa_purchasing_requested=True),)
    b23 = grant(2023, "acquisition", 15, True, og)
    assert b23.line("amoa_purchasing") is None
    assert "does not offer" in str(b23.refusal("amoa_purchasing", "Petit").reason)
    b22 = grant(2022, "conformite", 15, True, og)
    assert b22.line("amoa_purchasing") is None
    assert "upgrade project" in str(b22.refusal("amoa_purchasing", "Petit").reason)
    # 15 × 5 000 = 75 000
    assert b22.total == 75_000


def test_2024_corse_overseas_small_og_threshold_is_8():
    # 001: "moins de 8 ou moins de 15 ESSMS". An OG of 8 ESSMS is small in metropolitan France
    # (8 × up to 10 000 = 80 000) but not in Corse or overseas.
    og = (OgFunding("Île", 8, equipment_requested=True),)
    metro = grant(2024, "conformite", 8, True, og)
    assert metro.line("equipment", "Île").amount == 80_000
    overseas = grant(2024, "conformite", 8, True, og, corse_overseas=True)
    assert overseas.line("equipment", "Île") is None
    assert overseas.refusal("equipment", "Île").reason.params["threshold"] == "8"
    # 8 × 5 000 = 40 000 usage only
    assert overseas.total == 40_000


# ------------------------------------------------- schedule, messages, figures from the file


@pytest.mark.parametrize("year", [2022, 2023, 2024, 2025])
def test_schedule_is_50_50_with_when_and_condition(year):
    b = grant(year, "conformite", 20, True)
    # 20 × 5 000 = 100 000 in every campaign ; 50 000 + 50 000
    assert b.total == 100_000
    s = b.schedule
    assert (s.avance_percent, s.solde_percent) == (50, 50)
    assert (s.avance, s.solde) == (50_000, 50_000)
    assert s.avance_when and "cibles d'usage" in s.solde_condition
    assert s.rule.params["avance"] == f"50{NNBSP}000{NBSP}€"


def test_messages_are_in_the_funding_context_with_formatted_amounts():
    b = grant(2022, "acquisition", 20, True, (OgFunding("A", 3, equipment_requested=True),))
    for line in b.lines:
        assert line.label.context == "Funding" and line.rule.context == "Funding"
    usage = b.line("usage.lower")
    assert usage.rule.params == {"count": "20", "unit": f"7{NNBSP}000{NBSP}€", "amount": f"140{NNBSP}000{NBSP}€"}
    assert str(usage.rule) == f"20 ESSMS × 7{NNBSP}000{NBSP}€ = 140{NNBSP}000{NBSP}€"


def test_2025_breakdown_says_it_is_indicative():
    b = grant(2025, "acquisition", 20, True)
    # same as 2024: 20 × 7 000 + 20 × 14 000 = 140 000 + 280 000 = 420 000
    assert b.total == 420_000
    assert "indicative" in str(b.notes[0])


def test_figures_and_split_are_read_from_the_campaign_file(tmp_path):
    data = json.loads(resource_path("campaigns", "2024.json").read_text(encoding="utf-8"))
    data["forfaits"]["acquisition"]["usage"]["lower"]["value"] = 7001
    data["schedule"]["avance_percent"]["value"] = 30
    data["schedule"]["solde_percent"]["value"] = 70
    path = tmp_path / "2024.json"
    path.write_text(json.dumps(data), encoding="utf-8")
    campaign = load_campaign_file(path)
    b = compute_grant(campaign, FundingRequest("acquisition", 3, True))
    # 3 × 7 001 = 21 003 ; 3 × 14 000 = 42 000 ; total 63 003
    # avance 30 % = 18 900,9 → 18 900 (rounded down) ; solde = 63 003 − 18 900 = 44 103
    assert b.total == 63_003
    assert (b.schedule.avance, b.schedule.solde) == (18_900, 44_103)
    assert isinstance(b.total, int) and all(isinstance(line.amount, int) for line in b.lines)


def test_inconsistent_requests_are_rejected():
    with pytest.raises(ValueError):
        FundingRequest("renouvellement", 10, True)
    with pytest.raises(ValueError):
        FundingRequest("acquisition", 5, True, (OgFunding("A", 6),))
    with pytest.raises(ValueError):
        OgFunding("A", 6, total_essms=4)
