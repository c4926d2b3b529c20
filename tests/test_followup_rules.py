"""Money and deployment rules, from the retenu example (figures from its file, worked by hand below)."""

from __future__ import annotations

import copy
import datetime as dt
import json

from esms_desktop.rules.campaign import load_campaign
from esms_desktop.rules.followup.deployment import deployment
from esms_desktop.rules.followup.money import money_table
from tests.conftest import ROOT

TWIN = json.loads((ROOT / "resources" / "examples" / "exemple-grappe-bfc-retenu.json").read_text(encoding="utf-8"))
CAMPAIGN = load_campaign(2024)


def test_money_table():
    table = money_table(TWIN)
    # paid: 42 000 + 46 400 + 96 000 + 38 400 + 17 900 + 21 600 + 12 000 + 2 700 = 277 000
    assert table.paid == 277000
    assert table.committed == 19200 + 18000
    assert table.lines[4].paid == 96000 and table.lines[4].invoices == 1
    assert table.awarded == 580000 and table.avance_received == 290000
    assert table.left_to_justify == 580000 - 277000 and table.expected_solde == 290000
    assert table.redistributed == 85000 + 38000 + 17000


def test_deployment_against_the_18_month_limit():
    dep = deployment(TWIN, CAMPAIGN)
    # the planning starts 01/10/2024; acquisition: at most 18 months (003 §3.1) → 01/04/2026
    assert dep.project_start == dt.date(2024, 10, 1) and dep.max_months == 18 and dep.limit == dt.date(2026, 4, 1)
    w3 = dep.waves[2]
    assert (w3.planned_start, w3.planned_end) == (dt.date(2025, 11, 1), dt.date(2025, 12, 13))
    assert w3.real_end == dt.date(2026, 2, 20) and w3.slip_days == 69 and not w3.past_limit
    assert dep.warnings == ()


def test_a_wave_started_late_is_warned_before_it_ends():
    data = copy.deepcopy(TWIN)
    # wave 3 started 75 days after its planned start (01/11/2025 → 15/01/2026), not finished:
    # expected end 13/12/2025 + 75 days = 26/02/2026; started 01/03/2026 (120 days late) → 12/04/2026
    data["dossier"]["followup"]["deployment"]["waves"]["3"] = {"start": "2026-01-15", "end": None}
    w3 = deployment(data, CAMPAIGN).waves[2]
    assert w3.expected_end == dt.date(2026, 2, 26) and not w3.past_limit
    data["dossier"]["followup"]["deployment"]["waves"]["3"] = {"start": "2026-03-01", "end": None}
    w3 = deployment(data, CAMPAIGN).waves[2]
    assert w3.expected_end == dt.date(2026, 4, 12) and w3.past_limit  # past 01/04/2026
    data["dossier"]["project_type"] = "conformite"  # 9 months → 01/07/2025: every wave is past it
    assert len(deployment(data, CAMPAIGN).warnings) == 3


def test_essms_dates_follow_their_wave_unless_typed():
    dep = deployment(TWIN, CAMPAIGN)
    by = {e.finess_et: e for e in dep.essms}
    assert len(dep.essms) == 16
    esat = by["890007784"]  # its own real dates in the example: 25/08/2025 → 31/10/2025
    assert esat.own and esat.wave == 1 and esat.real_end == dt.date(2025, 10, 31) and not esat.past_limit
    foyer = by["890000102"]  # wave 1, no own dates: the wave's
    assert not foyer.own and foyer.real_start == dt.date(2025, 8, 18)
    data = copy.deepcopy(TWIN)
    data["dossier"]["followup"]["deployment"]["essms"]["890000102"] = {"start": "2025-08-18", "end": "2026-04-02"}
    assert {e.finess_et for e in deployment(data, CAMPAIGN).essms if e.past_limit} == {"890000102"}  # a day late


def test_the_follow_up_and_the_planning_give_the_same_limit_at_a_month_end():
    """One limit (rules.planning.plan.deployment_limit): a project starting 31/08/2024, acquisition, at most
    18 months (003 §3.1) → 28/02/2026 (February has no 31st: its last day). The follow-up used to count from
    the 1st and add the days back: 01/02/2026 + 30 days = 03/03/2026, four days past the planning's."""
    from esms_desktop.rules.planning.plan import check_dossier_plan

    data = copy.deepcopy(TWIN)
    data["dossier"]["planning"][0]["start"] = "2024-08-31"
    assert deployment(data, CAMPAIGN).limit == dt.date(2026, 2, 28)
    assert check_dossier_plan(data, CAMPAIGN).limit == dt.date(2026, 2, 28)
