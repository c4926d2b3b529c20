"""The findings list shared by the Budget and Planning steps, and the campaign figures of the Solution DUI
step (services socles, national call)."""

from __future__ import annotations

import pytest

from esms_desktop.rules.findings import NOTHING_TO_DO, Finding
from esms_desktop.text import QT_TRANSLATE_NOOP

WHAT = QT_TRANSLATE_NOOP("Test", "Something is wrong.")
WHY = QT_TRANSLATE_NOOP("Test", "Because of a rule.")
FIX = QT_TRANSLATE_NOOP("Test", "Do this.")
ALL_WELL = QT_TRANSLATE_NOOP("Test", "All is well.")
# The old way to say « nothing to do »: a message of its own context with the same text. Only the shared
# constant means « no fix »: a finding must not be recognised by its English text.
LOOKALIKE = QT_TRANSLATE_NOOP("Test", "Nothing to do.")


@pytest.fixture
def english(qapp):
    from esms_desktop import i18n

    i18n.install("en")
    yield
    i18n.install("fr")


@pytest.mark.parametrize("kind", ["budget", "planning"])
def test_both_steps_show_findings_the_same_way(qtbot, english, kind):
    from esms_desktop.ui.budget.widgets import ChecksList
    from esms_desktop.ui.findings_list import FindingsList
    from esms_desktop.ui.planning.checks_panel import ChecksPanel

    panel = ChecksList() if kind == "budget" else ChecksPanel()
    qtbot.addWidget(panel)
    assert isinstance(panel, FindingsList)
    findings = (
        Finding("x.blocking", "blocking", WHAT(), WHY(), "003 §7", FIX(), ("E1", "E2")),
        Finding("x.ok", "info", ALL_WELL(), WHY(), "003 §7", NOTHING_TO_DO),
        Finding("x.lookalike", "info", ALL_WELL(), WHY(), "003 §7", LOOKALIKE()),
    )
    panel.show_findings(findings)
    assert panel.keys() == ["x.blocking", "x.ok", "x.lookalike"]
    assert panel.texts() == [
        "Blocking — Something is wrong.\n→ Do this.",
        "Information — All is well.",  # NOTHING_TO_DO: no arrow
        "Information — All is well.\n→ Nothing to do.",
    ]
    assert panel.item(0).toolTip() == "Why: Because of a rule.\nSource: AAP ARS Bourgogne-Franche-Comté 2022, §7"  # 003 named
    with qtbot.waitSignal(panel.subject_activated) as blocker:
        panel.itemClicked.emit(panel.item(0))
    assert blocker.args == [("E1", "E2")]
    panel.show_findings((), "The check could not run.")
    assert (panel.keys(), panel.texts()) == (["error"], ["The check could not run."])


def test_the_budget_says_when_all_is_well_and_the_planning_does_not(qtbot, english):
    from esms_desktop.ui.budget.widgets import ChecksList
    from esms_desktop.ui.planning.checks_panel import ChecksPanel

    budget, planning = ChecksList(), ChecksPanel()
    for panel in (budget, planning):
        qtbot.addWidget(panel)
        panel.show_findings(())
    assert budget.texts() == ["No remark on the budget."] and planning.texts() == []
    assert (budget.accessibleName(), planning.accessibleName()) == ("Checks of the budget", "Checks of the planning")


def test_rules_use_the_shared_nothing_to_do():
    from esms_desktop.rules.funding import budget_messages
    from esms_desktop.rules.planning import schedule as planning

    assert budget_messages.F_MOA_SHARE is NOTHING_TO_DO and planning.F_NOTHING is NOTHING_TO_DO
    assert not Finding("k", "info", WHAT(), WHY(), "s", NOTHING_TO_DO()).has_fix  # called with no params: equal


def test_solution_step_quotes_the_campaign_figures(qtbot, french, db, example_id, monkeypatch):
    """GIVEN a campaign asking for 3 services socles among DMP, MSS and INS, and a national call from 60
    ESSMS WHEN the step shows the example (DMP, MSS, INS, e-prescription) THEN its hints and count follow."""
    from campaign_fixtures import campaign

    from esms_desktop.ui.autosave import Autosaver
    from esms_desktop.ui.wizard import solution_step
    from esms_desktop.ui.wizard.step import Completion, WizardContext

    other = campaign(min_services_socles=3, counted_services_socles=("dmp", "mss", "ins"), national_min_essms=60)
    monkeypatch.setattr(solution_step, "campaign_of", lambda _data: other)
    step = solution_step.SolutionStep(WizardContext(db, example_id, Autosaver()))
    qtbot.addWidget(step)
    step.load()
    assert step.national_hint.text().startswith("Une grappe de moins de 60 ESSMS")
    assert (  # then, the 2022 figure being repeated in 2024, « Indicatif » (issue 15 item 12)
        "Au moins 3 parmi : DMP / Mon espace santé, MSSanté (messagerie sécurisée), INS (identité nationale de santé)."
        in step.socles_hint.text())
    assert step.socles_count.text() == "✔ 3 services retenus cochés (sur 3)"
    step.ins_check.setChecked(False)  # 2 of the 3 counted: not enough for this campaign
    assert step.socles_count.text() == "✖ 2 services retenus cochés (sur 3)"
    assert step.completion() == Completion.PARTIAL
