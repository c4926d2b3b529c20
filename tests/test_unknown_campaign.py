"""A dossier of a campaign the application has no rules for (2030): the rules raise UnknownCampaignError
(they never fall back on another campaign), the window opens and says, in place, what to do."""

from __future__ import annotations

import json

import pytest

from esms_desktop.paths import resource_path
from esms_desktop.rules.campaign import CampaignFileError, UnknownCampaignError, campaign_of

EXAMPLE = resource_path("examples", "exemple-grappe-bfc.json")
CHOOSE = "Aucune règle de campagne pour 2030 : choisissez une campagne à l'étape « Le projet »."


@pytest.fixture
def dossier_2030() -> dict:
    data = json.loads(EXAMPLE.read_text(encoding="utf-8"))
    data["dossier"]["campaign_year"] = 2030
    return data


# --- the rules: one behaviour, raise -------------------------------------------------------------------


from conftest import settle  # noqa: E402


def test_campaign_of_a_dossier_reads_its_year():
    assert campaign_of({"dossier": {"campaign_year": 2022}}).year == 2022
    assert campaign_of({"campaign_year": "2024"}).tier_boundary == 50  # the "dossier" part itself, year as text


@pytest.mark.parametrize("year", [None, 0, "", "deux mille"])
def test_a_dossier_without_a_year_is_not_read_as_year_0(year):
    with pytest.raises(UnknownCampaignError) as info:
        campaign_of({"campaign_year": year})
    assert info.value.year is None
    assert str(info.value.message) == "The dossier has no campaign year."


def test_every_rule_raises_for_a_year_without_rules(dossier_2030):
    from esms_desktop.rules.admissibility.checker import check_admissibility
    from esms_desktop.rules.funding.budget import compute_budget
    from esms_desktop.rules.galis import galis_fields
    from esms_desktop.rules.planning.plan import check_dossier_plan

    for rule in (check_admissibility, compute_budget, galis_fields, check_dossier_plan):
        with pytest.raises(UnknownCampaignError) as info:
            rule(dossier_2030)
        assert info.value.year == 2030, rule.__name__
        assert isinstance(info.value, CampaignFileError)


# --- the window --------------------------------------------------------------------------------------


def test_the_wizard_opens_and_every_step_shows_the_problem_in_place(qtbot, french, db):
    """GIVEN a dossier created for 2030 WHEN it is opened and every step shown THEN nothing raises, and each
    place that needs the campaign's rules says which campaign is missing and where to choose one."""
    from esms_desktop.storage.dossiers import create_dossier
    from esms_desktop.ui.wizard.wizard_view import WizardView

    dossier_id = create_dossier(db, "x", 2030)
    view = WizardView(db, dossier_id)
    qtbot.addWidget(view)
    view.show()
    for step in view.steps:
        view.go_to_step(step.key)
        assert view.current_step() is step
        qtbot.wait(1)  # events of the step (timers, LanguageChange) are delivered: no exception either
    steps = {step.key: step for step in view.steps}

    project = steps["projet"]
    view.go_to_step("projet")
    assert project.campaign_combo.currentData() == 2030
    assert project.campaign_note.text() == CHOOSE and project.campaign_note.isVisibleTo(project)
    assert steps["grappe"].panel.error == CHOOSE
    assert steps["budget"].checks.texts() == [CHOOSE] and steps["budget"].checks.keys() == ["error"]
    assert steps["planning"].checks.texts() == [CHOOSE]
    assert steps["solution"].socles_hint.text() == CHOOSE
    verification = steps["verification"]
    assert verification.verdict.text() == "✖ " + CHOOSE
    assert not verification.criteria_view.isEnabled()
    view.check_summary.refresh()
    assert view.check_summary.toolTip() == CHOOSE
    assert "?" in view.check_summary.text()


def test_choosing_a_campaign_in_the_project_step_fixes_it(qtbot, french, db):
    from esms_desktop.storage.dossiers import create_dossier
    from esms_desktop.ui.wizard.wizard_view import WizardView

    dossier_id = create_dossier(db, "x", 2030)
    view = WizardView(db, dossier_id)
    qtbot.addWidget(view)
    view.show()
    settle(view)
    project = view.current_step()
    index = project.campaign_combo.findData(2024)
    project.campaign_combo.setCurrentIndex(index)
    project.campaign_combo.activated.emit(index)  # as when the user picks it
    view.flush()
    assert not project.campaign_note.isVisibleTo(project)
    view.go_to_step("verification")
    settle(view)
    assert view.current_step().report is not None and view.current_step().report.campaign_year == 2024
