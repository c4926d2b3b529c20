"""Needs and budget services: the expense line a need feeds follows it until overridden."""

from __future__ import annotations

import pytest

from esms_desktop.rules.funding.budget import compute_budget
from esms_desktop.storage import budget, needs
from esms_desktop.storage.dossier_file import export_dossier
from esms_desktop.storage.loader import load_dossier
from esms_desktop.storage.dossiers import create_dossier, get_dossier
from esms_desktop.storage.grappe import add_essms, add_og

pytestmark = pytest.mark.both_backends


@pytest.fixture
def dossier_id(db):
    return create_dossier(db, "Essai", 2024, project_type="conformite")


def test_a_need_feeds_an_expense_line_that_follows_it(db, dossier_id):
    before = get_dossier(db, dossier_id).modified_at
    need = needs.add_need(db, dossier_id, "formation", label="DUI", people=10, days=2.0, unit_cost=100)
    assert get_dossier(db, dossier_id).modified_at >= before
    # 10 × 2 × 100 = 2 000, in the formation category, the year after the 2024 campaign (no planning)
    [line] = budget.list_expenses(db, dossier_id)
    assert (line.category, line.label, line.year, line.amount, line.need_id) == ("formation", "DUI", 2025, 2_000, need)
    needs.update_need(db, need, people=12)  # 12 × 2 × 100 = 2 400
    assert budget.list_expenses(db, dossier_id)[0].amount == 2_400
    assert needs.get_need(db, need).cost == 2_400
    budget.update_expense(db, line.id, amount=2_000)  # the quote says 2 000: overridden
    needs.update_need(db, need, people=15, label="Usages du DUI")  # 3 000: the line keeps 2 000, takes the label
    line = budget.list_expenses(db, dossier_id)[0]
    assert (line.amount, line.label) == (2_000, "Usages du DUI")
    budget.follow_need(db, line.id)
    assert budget.list_expenses(db, dossier_id)[0].amount == 3_000
    needs.delete_need(db, need)
    assert budget.list_expenses(db, dossier_id) == []


def test_hardware_line_names_its_essms_and_foreign_essms_are_refused(db, dossier_id):
    og = add_og(db, dossier_id, name="Asso", finess_ej="890000011")
    essms = add_essms(db, og, finess_et="890000102", name="Foyer de vie")
    need = needs.add_need(db, dossier_id, "materiel", label="Tablettes", quantity=4, unit_cost=450, essms_id=essms,
                          equipment_type="tablette")
    [line] = budget.list_expenses(db, dossier_id)
    assert (line.category, line.label, line.amount) == ("materiel", "Tablettes — Foyer de vie", 1_800)
    other = create_dossier(db, "Autre", 2024)
    other_essms = add_essms(db, add_og(db, other, name="B"), finess_et="710000012", name="X")
    with pytest.raises(ValueError):
        needs.update_need(db, need, essms_id=other_essms)
    with pytest.raises(ValueError):
        needs.update_need(db, need, quantity=-1)
    with pytest.raises(ValueError):
        budget.add_expense(db, dossier_id, category="amoa", amount=-5)
    assert [c.name for c in needs.essms_choices(db, dossier_id)] == ["Foyer de vie"]


def test_snapshot_matches_the_export_and_missing_lines_are_added(db, example_id):
    snap = budget.BudgetSnapshot.of(load_dossier(db, example_id))
    exported = export_dossier(db, example_id)["dossier"]
    assert snap.dossier.to_file()["needs"] == exported["needs"]
    assert snap.dossier.to_file()["budget"] == exported["budget"]
    assert compute_budget(snap.dossier).difference == compute_budget(exported).difference == 0
    # a need whose line was deleted comes back with « add the missing needs »
    first_fed = next(e for e in budget.list_expenses(db, example_id) if e.need_id is not None)
    budget.delete_expense(db, first_fed.id)
    plan = compute_budget(budget.BudgetSnapshot.of(load_dossier(db, example_id)).dossier)
    assert "budget.needs_not_in_budget" in {f.key for f in plan.findings}
    assert budget.add_missing_need_lines(db, example_id) == 1
    assert budget.add_missing_need_lines(db, example_id) == 0


def test_revenue_lines(db, dossier_id):
    line = budget.add_revenue(db, dossier_id, kind="other_funder", funder="Conseil départemental", amount=5_000)
    budget.update_revenue(db, line, quote_ref="Devis 12", kind="own_funds")
    [row] = budget.list_revenues(db, dossier_id)
    assert (row.kind, row.funder, row.amount, row.quote_ref, row.year) == ("own_funds", "Conseil départemental",
                                                                           5_000, "Devis 12", 2025)
    budget.delete_revenue(db, line)
    assert budget.list_revenues(db, dossier_id) == []



def test_a_need_from_the_self_diagnostic_feeds_the_budget(db, dossier_id):
    from esms_desktop.rules.maturity.scoring import load_actions
    from esms_desktop.storage.maturity import add_need_from_action

    action = next(a for a in load_actions().actions if a.need == "formation")
    need = add_need_from_action(db, dossier_id, action)  # the maturity step goes through add_need
    [line] = budget.list_expenses(db, dossier_id)
    assert (line.need_id, line.amount, line.category, line.label) == (need, 0, "formation", action.title)
    budget.delete_expense(db, line.id)  # e.g. a file written by another tool: a need without its line
    needs.update_need(db, need, people=20, days=0.5, unit_cost=100)  # 20 × 0,5 × 100 = 1 000
    [line] = budget.list_expenses(db, dossier_id)
    assert (line.need_id, line.amount) == (need, 1_000)  # editing the need brings its line back


def test_year_of_a_new_line_for_a_dossier_that_does_not_exist(db, dossier_id):
    from esms_desktop.storage.errors import NotFoundError

    assert budget.new_line_year(db, dossier_id) == 2025  # the year after the 2024 campaign (no planning)
    with pytest.raises(NotFoundError) as info:  # no silent 2024 for a dossier that is not there
        budget.new_line_year(db, dossier_id + 1000)
    assert info.value.message.params == {"id": dossier_id + 1000}
