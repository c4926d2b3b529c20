"""Planning templates and checks (issue 7). Dates computed by hand from resources/planning/templates.json."""

from __future__ import annotations

import datetime as dt

import pytest

from campaign_fixtures import C2024, Window, campaign

from esms_desktop.rules.planning.schedule import (
    add_months,
    check_plan,
    deployment_end,
    generate_plan,
    load_templates,
    shift_task,
)

D = dt.date
START = D(2024, 10, 1)
WAVES = [["E1", "E2"], ["E3"], ["E4"]]
ALL = {"E1", "E2", "E3", "E4"}


CAMPAIGN = C2024


def by_key(tasks):
    return {t.key: t for t in tasks}


def found(findings) -> dict[str, str]:
    return {f.key: f.severity for f in findings}


def check(tasks, project_type="acquisition", filing=D(2024, 9, 1), scope="regional", essms=ALL, campaign=CAMPAIGN):
    return check_plan(tasks, project_type, campaign, filing, scope, essms)


def test_add_months_clamps_to_month_end():
    assert add_months(D(2024, 1, 31), 1) == D(2024, 2, 29)
    assert add_months(D(2024, 10, 1), 18) == D(2026, 4, 1)
    assert add_months(D(2024, 11, 15), 2) == D(2025, 1, 15)


# --- templates ------------------------------------------------------------------------------------


def test_acquisition_template_dates():
    plan = generate_plan("acquisition", START, WAVES)
    t = by_key(plan)
    # 01/10/2024 + 6 weeks (cadrage) = 12/11/2024; + 4 weeks (besoins) = 10/12/2024
    assert (t["cadrage"].start, t["cadrage"].end) == (START, D(2024, 11, 12))
    assert t["besoins"].end == D(2024, 12, 10)
    # SAD consultation, 3 months: 10/03/2025, then the choice (milestone) that day
    assert "SAD" in t["consultation"].title
    assert t["consultation"].end == D(2025, 3, 10)
    assert t["choix_solution"].milestone and t["choix_solution"].start == t["choix_solution"].end == D(2025, 3, 10)
    # convention with the ARS: after cadrage, 2 months -> 12/01/2025, before paramétrage starts
    assert t["convention"].end == D(2025, 1, 12)
    assert set(t["parametrage"].depends_on) == {"choix_solution", "convention"}
    # paramétrage 2 months -> 10/05/2025; interop and reprise 6 weeks -> 21/06/2025; recette 4 weeks -> 19/07/2025
    assert t["parametrage"].end == D(2025, 5, 10)
    assert t["reprise_donnees"].end == D(2025, 6, 21)
    assert t["recette"].end == D(2025, 7, 19)
    # wave 1: training 3 weeks -> 09/08, deployment 6 weeks -> 20/09/2025; waves 2 and 3 follow every 6 weeks
    assert t["formation_1"].end == D(2025, 8, 9)
    assert (t["deploiement_1"].start, t["deploiement_1"].end) == (D(2025, 8, 9), D(2025, 9, 20))
    assert t["deploiement_2"].end == D(2025, 11, 1)
    assert t["deploiement_3"].end == D(2025, 12, 13)
    assert [t[f"deploiement_{n}"].wave_essms for n in (1, 2, 3)] == [("E1", "E2"), ("E3",), ("E4",)]
    assert deployment_end(plan) == D(2025, 12, 13)
    # first usage measurement 3 months after the end of deployment (003 §6), then the balance request
    assert t["mesure_usage"].start == D(2026, 3, 13)
    assert t["solde"].milestone
    # 13/12/2025 is within 18 months of 01/10/2024 (01/04/2026): nothing but infos
    findings = check(plan)
    assert found(findings)["planning.duration_ok"] == "info"
    assert [f.key for f in findings if f.severity != "info"] == []


def test_conformite_template_is_shorter_without_purchasing():
    plan = generate_plan("conformite", START, WAVES)
    t = by_key(plan)
    assert not {"consultation", "choix_solution", "reprise_donnees"} & set(t)
    assert not any("SAD" in task.title for task in plan)
    # cadrage 4w -> 29/10/2024; planification 3w -> 19/11; montée de version 6w -> 31/12/2024;
    # services socles 4w -> 28/01/2025 (recette 3w -> 21/01); formation 1: 28/01 + 2w = 11/02;
    # deployments of 4 weeks: 11/03, 08/04, 06/05/2025.
    assert t["montee_version"].end == D(2024, 12, 31)
    assert t["formation_1"].start == D(2025, 1, 28)
    assert deployment_end(plan) == D(2025, 5, 6)
    # within 9 months of 01/10/2024, i.e. 01/07/2025
    assert found(check(plan, "conformite"))["planning.duration_ok"] == "info"


def test_no_wave_gives_one_empty_wave_and_unknown_type_refused():
    plan = generate_plan("acquisition", START, [])
    assert [t.key for t in plan if t.role == "deployment"] == ["deploiement_1"]
    with pytest.raises(ValueError):
        generate_plan("renovation", START, WAVES)


def test_templates_are_data_with_both_project_types():
    data = load_templates()
    assert set(data["templates"]) == {"acquisition", "conformite"}
    assert data["first_usage_measure_after_months"]["value"] == 3


# --- moved tasks ------------------------------------------------------------------------------------


def test_shift_keeps_the_duration():
    plan = generate_plan("acquisition", START, WAVES)
    moved = by_key(shift_task(plan, "recette", D(2025, 8, 1)))["recette"]
    assert (moved.start, moved.end) == (D(2025, 8, 1), D(2025, 8, 29))  # 4 weeks kept
    with pytest.raises(KeyError):
        shift_task(plan, "nope", START)


def test_moved_wave_breaking_the_maximum_length_is_blocking():
    plan = generate_plan("acquisition", START, WAVES)
    # wave 3 moved to 01/03/2026: ends 12/04/2026 (6 weeks), after 01/04/2026 (18 months after 01/10/2024)
    moved = shift_task(plan, "deploiement_3", D(2026, 3, 1))
    findings = check(moved)
    too_long = next(f for f in findings if f.key == "planning.too_long")
    assert too_long.severity == "blocking"
    assert too_long.what.params["end"] == "12/04/2026"
    assert too_long.what.params["limit"] == "01/04/2026"
    assert too_long.subjects == ("deploiement_3",)
    assert too_long.source == "003 §3.1"  # fallback: the stand-in campaign has no sources
    # conformité: wave 3 moved to 15/06/2025 ends 13/07/2025, after 01/07/2025 (9 months)
    plan = generate_plan("conformite", START, WAVES)
    moved = shift_task(plan, "deploiement_3", D(2025, 6, 15))
    assert found(check(moved, "conformite"))["planning.too_long"] == "blocking"


def test_moved_task_breaking_a_dependency_is_reported():
    plan = generate_plan("acquisition", START, WAVES)
    # recette moved to 01/06/2025, before interoperabilite and reprise_donnees end (21/06/2025)
    moved = shift_task(plan, "recette", D(2025, 6, 1))
    deps = [f for f in check(moved) if f.key == "planning.dependency"]
    assert {f.subjects for f in deps} == {("recette", "interoperabilite"), ("recette", "reprise_donnees")}
    assert all(f.severity == "warning" for f in deps)
    assert deps[0].fix.params["end"] == "21/06/2025"


def test_cascade_pushes_dependents():
    plan = generate_plan("acquisition", START, WAVES)
    # paramétrage one month later (10/04/2025 -> ends 10/06/2025): everything after it follows
    moved = shift_task(plan, "parametrage", D(2025, 4, 10), cascade=True)
    assert not [f for f in check(moved) if f.key == "planning.dependency"]
    assert by_key(moved)["recette"].start >= by_key(moved)["reprise_donnees"].end
    assert deployment_end(moved) > deployment_end(plan)


def test_usage_measurement_too_early_or_missing():
    plan = generate_plan("acquisition", START, WAVES)
    # deployment ends 13/12/2025: the first measure cannot come before 13/03/2026
    early = shift_task(plan, "mesure_usage", D(2026, 1, 15))
    f = next(f for f in check(early) if f.key == "planning.usage_measure_too_early")
    assert f.fix.params["date"] == "13/03/2026"
    without = [t for t in plan if t.role != "usage_measure"]
    assert "planning.no_usage_measure" in found(check(without))


# --- waves ---------------------------------------------------------------------------------------


def test_every_essms_in_a_wave():
    plan = generate_plan("acquisition", START, WAVES)
    findings = check(plan, essms={"E1": "EHPAD Les Tilleuls", "E2": "", "E3": "", "E4": "", "E5": "SSIAD du Val"})
    f = next(f for f in findings if f.key == "planning.essms_not_deployed")
    assert f.subjects == ("E5",)
    assert f.what.params["names"] == "SSIAD du Val (E5)"
    # a wave holding an ESSMS that is not in the grappe
    plan = generate_plan("acquisition", START, [["E1", "E2", "E3"], ["E4", "X9"]])
    assert next(f for f in check(plan) if f.key == "planning.essms_not_in_grappe").subjects == ("X9",)
    assert "planning.essms_not_deployed" not in found(check(generate_plan("acquisition", START, WAVES)))


# --- filing window -------------------------------------------------------------------------------


@pytest.mark.parametrize("scope, filing, expected", [
    ("regional", D(2024, 9, 15), "planning.filing_in_window"),  # the last day counts
    ("regional", D(2024, 9, 16), "planning.filing_too_late"),
    ("regional", D(2024, 1, 14), "planning.filing_too_early"),
    ("multi_regional", D(2024, 6, 2), "planning.filing_too_late"),  # earlier deadline, 01/06/2024
    ("national", D(2024, 2, 14), "planning.filing_too_early"),  # opens 15/02/2024
    ("national", D(2024, 5, 31), "planning.filing_in_window"),
    ("regional", None, "planning.no_filing_date"),
])
def test_filing_window(scope, filing, expected):
    plan = generate_plan("acquisition", START, WAVES)
    findings = check(plan, filing=filing, scope=scope)
    severity = {"planning.filing_in_window": "info", "planning.no_filing_date": "info"}.get(expected, "blocking")
    assert found(findings)[expected] == severity


def test_window_without_multi_regional_deadline_uses_the_regional_call():
    like_2022 = campaign(windows={"regional": Window(D(2022, 3, 15), D(2022, 9, 30)),
                                  "national": Window(None, None)})
    plan = generate_plan("acquisition", D(2022, 11, 1), WAVES)
    assert "planning.filing_in_window" in found(check(plan, filing=D(2022, 9, 1), scope="multi_regional",
                                                      campaign=like_2022))
    assert found(check(plan, filing=D(2022, 9, 1), scope="national", campaign=like_2022))["planning.no_window"] \
        == "warning"


def test_usage_measure_delay_and_balance_share_come_from_the_campaign():
    """The template measures usage 3 months after the end of deployment (003 §6.1); a campaign asking
    for 4 months finds it too early, and the rule quotes that campaign's solde share, not « 50 % »."""
    from dataclasses import replace

    plan = generate_plan("acquisition", START, WAVES)
    assert "planning.usage_measure_too_early" not in found(check(plan))  # 2024 file: 3 months, 50 %
    other = campaign(first_usage_measure_months=4,
                     payment_split=replace(C2024.payment_split, avance_percent=30, solde_percent=70))
    f = next(f for f in check(plan, campaign=other) if f.key == "planning.usage_measure_too_early")
    assert f.what.params["months"] == "4"
    assert f.why.params == {"months": "4", "solde_percent": "70\u00a0%"}


def test_with_campaign_2024():
    campaign_module = pytest.importorskip("esms_desktop.rules.campaign")
    campaign = campaign_module.load_campaign(2024)
    plan = generate_plan("acquisition", START, WAVES)
    findings = check_plan(plan, "acquisition", campaign, D(2024, 5, 31), "multi_regional", ALL)
    assert [f.key for f in findings if f.severity == "blocking"] == []
    late = check_plan(plan, "acquisition", campaign, D(2024, 6, 2), "multi_regional", ALL)
    f = next(f for f in late if f.key == "planning.filing_too_late")
    assert f.source == campaign.source("windows.multi_regional.end")
    too_long = check_plan(shift_task(plan, "deploiement_3", D(2026, 3, 1)), "acquisition", campaign, None,
                          "regional", ALL)
    assert next(f for f in too_long if f.key == "planning.too_long").source == \
        campaign.source("max_duration_months.acquisition")
