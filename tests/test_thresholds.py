"""Every rule threshold at its exact value, and one step past it (so that a `>` written for `>=`, or the
reverse, fails here). Each expected value is worked from the seed line the rule applies."""

from __future__ import annotations

import copy
import datetime as dt

import pytest
from test_admissibility import C2024, crit
from test_budget_rules import dossier as budget_dossier
from test_budget_rules import exp, keys, og, own
from test_composition import check as composition
from test_composition import essms_list, grappe
from test_composition import og as og_input
from test_planning import START, WAVES, by_key, check, found

from esms_desktop.rules.campaign import load_campaign
from esms_desktop.rules.funding.budget import compute_budget
from esms_desktop.rules.planning.schedule import add_months, deployment_end, generate_plan, shift_task


# --- 003 §4.2.C (2022): a non-referenced DUI only for grappes « majoritairement » PA, PH or DOM --------


@pytest.fixture
def d():
    from test_admissibility import EXAMPLE
    import json

    return copy.deepcopy(json.loads(EXAMPLE.read_text(encoding="utf-8"))["dossier"])


def _sectors(d: dict, medico: int) -> None:
    """The example's 16 ESSMS: ``medico`` of them PA, the others PDE (not among PA, PH, DOM)."""
    essms = [e for og in d["ogs"] for e in og["essms"]]
    assert len(essms) == 16
    for i, e in enumerate(essms):
        e["sector"] = "PA" if i < medico else "PDE"


def test_segur_exception_needs_more_than_half_of_pa_ph_dom(d):
    d["dui"]["segur_referenced"] = False
    d["campaign_year"] = 2022
    c2022 = load_campaign(2022)
    _sectors(d, 8)  # 8 of 16: exactly half is no majority
    assert crit(d, "admissibility.segur", c2022).state == "not_met"
    _sectors(d, 9)  # 9 of 16: a majority
    assert crit(d, "admissibility.segur", c2022).state == "met"


# --- 003 §7 criterion 5: at least 2 services socles (admissibility.min_services_socles) ---------------


def test_services_socles_at_the_minimum(d):
    assert C2024.min_services_socles == 2
    d["dui"]["services_socles"] = ["dmp", "mss"]  # exactly 2 counted
    assert crit(d, "admissibility.services_socles").state == "met"
    d["dui"]["services_socles"] = ["dmp"]  # 1: one short
    assert crit(d, "admissibility.services_socles").state == "not_met"


# --- 003 §7 criterion 7: the grant does not pay the whole maîtrise d'ouvrage --------------------------


def test_criterion_7_when_the_moa_grant_equals_the_moa_expenses():
    # 2024 mise en conformité, 16 ESSMS: 16 × 5 000 = 80 000 of grant, all of it MOA.
    ogs = [og("A", 16)]
    equal = compute_budget(budget_dossier(ogs, project_type="conformite", expenses=[exp("chef_projet", 80_000)],
                                          revenues=[own(1)]))
    assert equal.breakdown.total == 80_000
    assert "budget.moa_fully_funded" in keys(equal)  # 80 000 ≥ 80 000: the grant pays all of it
    above = compute_budget(budget_dossier(ogs, project_type="conformite", expenses=[exp("chef_projet", 80_001)],
                                          revenues=[own(1)]))
    assert "budget.moa_fully_funded" not in keys(above)  # 1 € of MOA left to the porteur


# --- 003 §7 / campaign max_duration_months: deployment within 18 months (acquisition) -----------------


def test_deployment_ending_on_the_limit_is_within_it():
    plan = generate_plan("acquisition", START, WAVES)
    limit = add_months(START, 18)  # 01/10/2024 + 18 months = 01/04/2026
    assert limit == dt.date(2026, 4, 1)
    wave = by_key(plan)["deploiement_3"]
    length = wave.end - wave.start
    on_limit = shift_task(plan, "deploiement_3", limit - length)
    assert deployment_end(on_limit) == limit
    assert found(check(on_limit)).get("planning.duration_ok") == "info"
    one_day_late = shift_task(plan, "deploiement_3", limit - length + dt.timedelta(days=1))
    assert found(check(one_day_late)).get("planning.too_long") == "blocking"


# --- 003 §7: « majoritairement d'un même secteur »: more than half ------------------------------------


def test_sector_majority_needs_more_than_half():
    half = composition(grappe(og_input("OG1", essms_list(8, sector="PA") + essms_list(8, prefix="H", sector="PH"))))
    assert half.majority_sector is None  # 8 of 16 is not more than half
    more = composition(grappe(og_input("OG1", essms_list(9, sector="PA") + essms_list(7, prefix="H", sector="PH"))))
    assert more.majority_sector == "PA"  # 9 of 16


# --- 003 §5.3, 000, 001: a small OG runs at most 14 ESSMS (7 in Corse and overseas) -------------------


def test_small_og_at_the_ceilings_in_the_composition_rules():
    at = composition(grappe(og_input("OG1", essms_list(14)), og_input("OG2", essms_list(15, prefix="F"))))
    assert at.small_ogs == ("OG1",)  # 14 ≤ 14 small; 15 not
    overseas = composition(grappe(og_input("OG1", essms_list(7, "9B")), og_input("OG2", essms_list(8, "9B", "F"))))
    assert overseas.small_ogs == ("OG1",)  # 7 ≤ 7 small; 8 not
