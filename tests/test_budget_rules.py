"""Budget prévisionnel rules (rules/funding/budget.py, rules/funding/grant.py): golden cases worked out by hand.

Forfaits quoted from the campaign files' seeds (001 for 2024, 000 for 2023); every expected figure is
computed in the comment next to it, never copied from the program's output.
"""

from __future__ import annotations

import json

from esms_desktop.paths import resource_path
from esms_desktop.rules.funding.budget import compute_budget, need_cost
from esms_desktop.rules.funding.grant import funding_request, is_corse_overseas, og_names

EXAMPLE = resource_path("examples", "exemple-grappe-bfc.json")

NNBSP, NBSP = "\u202f", "\u00a0"


def eur(text: str) -> str:
    """'12 345 €' written with plain spaces → the French typography of formatting.euros."""
    return text.replace(" €", NBSP + "€").replace(" ", NNBSP)


def og(name, count, dept="89", equipment=False, piloting=False, purchasing=False, ej=""):
    return {"name": name, "finess_ej": ej, "funding": {"equipment": equipment, "amoa_purchasing": purchasing,
                                                       "amoa_piloting": piloting},
            "essms": [{"finess_et": f"{name[:3]}{i}", "department": dept} for i in range(count)]}


def dossier(ogs, year=2024, project_type="acquisition", segur=True, needs=(), expenses=(), revenues=(),
            software="DUI X"):
    return {"dossier": {"campaign_year": year, "project_type": project_type,
                        "dui": {"software": software, "segur_referenced": segur},
                        "ogs": list(ogs), "needs": list(needs),
                        "budget": {"expenses": list(expenses), "revenues": list(revenues)}}}


def exp(category, amount, year=2025, label="", need=None):
    return {"category": category, "label": label or category, "year": year, "amount": amount, "need": need}


def own(amount, year=2025):
    return {"kind": "own_funds", "funder": "Porteur", "label": "Fonds propres", "year": year, "amount": amount,
            "quote_ref": ""}


def keys(plan):
    return {f.key for f in plan.findings}


# ------------------------------------------------------------------ cost of a need


def test_need_cost_by_kind():
    # formation: people × days × cost per person-day: 12 × 1,5 × 130 = 2 340
    assert need_cost({"kind": "formation", "people": 12, "days": 1.5, "unit_cost": 130}) == 2_340
    # 3 × 0,5 × 45 = 67,5 → 68 (rounded half up)
    assert need_cost({"kind": "formation", "people": 3, "days": 0.5, "unit_cost": 45}) == 68
    # accompagnement: days × cost per day: 4 × 850 = 3 400 (people/days of a support action are ignored)
    assert need_cost({"kind": "accompagnement", "quantity": 4, "days": 9, "unit_cost": 850}) == 3_400
    # materiel: quantity × unit price: 6 × 450 = 2 700
    assert need_cost({"kind": "materiel", "quantity": 6, "unit_cost": 450}) == 2_700
    # a missing factor counts 0
    assert need_cost({"kind": "formation", "people": 10, "days": None, "unit_cost": 300}) == 0
    assert need_cost({"kind": "materiel", "quantity": None, "unit_cost": 450}) == 0


# ------------------------------------------------------------------ funding request from the dict


def test_funding_request_from_the_dossier_dict():
    d = dossier([og("A", 3, equipment=True, piloting=True), og("B", 2, dept="2A"), og("C", 1, purchasing=True)],
                project_type="conformite", segur=False)
    r = funding_request(d)
    assert (r.project_type, r.essms_count, r.editor_segur_referenced, r.corse_overseas) == ("conformite", 6, False, False)
    assert [(o.name, o.essms_count, o.equipment_requested, o.amoa_piloting_requested, o.amoa_purchasing_requested)
            for o in r.ogs] == [("A", 3, True, True, False), ("B", 2, False, False, False), ("C", 1, False, False, True)]
    assert funding_request(d["dossier"]) == r  # the "dossier" part works too


def test_corse_overseas_only_when_every_known_essms_is_there():
    assert is_corse_overseas(dossier([og("A", 2, dept="2B"), og("B", 3, dept="9B")]))
    assert not is_corse_overseas(dossier([og("A", 2, dept="2B"), og("B", 3, dept="89")]))
    assert not is_corse_overseas(dossier([]))
    unknown = og("B", 1, dept=None)
    assert is_corse_overseas(dossier([og("A", 2, dept="9D"), unknown]))


def test_og_names_are_unique():
    d = dossier([og("Asso", 1, ej="890000011"), og("Asso", 1, ej="710000012"), og("", 1, ej="250000013")])
    assert og_names(d) == ["Asso (890000011)", "Asso (710000012)", "250000013"]


# ------------------------------------------------------------------ a balanced conformité budget


def test_2024_conformite_balanced_budget_totals_by_category_and_year():
    # 001 Cas 2: 16 ESSMS × 5 000 = 80 000 of usage forfait (MOA part), no editor share.
    needs = [
        {"kind": "formation", "label": "Usages du DUI", "people": 40, "days": 1, "unit_cost": 150},  # 6 000
        {"kind": "accompagnement", "label": "Déploiement", "quantity": 10, "unit_cost": 800},  # 8 000
    ]
    expenses = [exp("formation", 6_000, 2025, need=0), exp("conduite_changement", 8_000, 2026, need=1),
                exp("chef_projet", 60_000, 2025), exp("communication", 4_000, 2026), exp("autre", 2_000, None)]
    # expenses 6 000 + 8 000 + 60 000 + 4 000 + 2 000 = 80 000 ; MOA expenses (all but « autre ») 78 000
    plan = compute_budget(dossier([og("A", 16)], project_type="conformite", needs=needs, expenses=expenses,
                                  revenues=[own(0)]))
    assert plan.grant_retained == 80_000 and plan.breakdown.total == 80_000
    assert plan.expense_total == 80_000
    assert plan.by_category["formation"] == 6_000 and plan.by_category["chef_projet"] == 60_000
    assert plan.by_category["editeur"] == 0
    # 2025: 6 000 + 60 000 = 66 000 ; 2026: 8 000 + 4 000 = 12 000 ; no year: 2 000
    assert plan.by_year == {2025: 66_000, 2026: 12_000, None: 2_000}
    assert plan.years == (2025, 2026, None)
    assert plan.by_category_year[("conduite_changement", 2026)] == 8_000
    assert plan.needs_cost == (6_000, 8_000)
    assert plan.needs_total == {"formation": 6_000, "accompagnement": 8_000, "materiel": 0}
    # revenues 80 000 + 0 = expenses: balanced... but the grant's MOA part 80 000 ≥ MOA expenses 78 000
    assert plan.difference == 0 and plan.balanced
    assert plan.grant_share == 100.0
    assert {"budget.moa_fully_funded", "budget.no_own_funds"} <= keys(plan)
    assert plan.findings[0].severity == "blocking"
    moa = next(f for f in plan.findings if f.key == "budget.moa_fully_funded")
    assert moa.what.params == {"grant": eur("80 000 €"), "expenses": eur("78 000 €")}
    assert moa.source.startswith("003 §7")


def test_criterion_7_met_when_the_porteur_finances_part_of_the_moa():
    # Same grant (80 000). MOA expenses: chef de projet 70 000 + formation 20 000 = 90 000.
    # MOA remainder 90 000 − 80 000 = 10 000 financed by own funds 10 000: revenues 90 000 = expenses.
    plan = compute_budget(dossier([og("A", 16)], project_type="conformite",
                                  expenses=[exp("chef_projet", 70_000), exp("formation", 20_000)],
                                  revenues=[own(10_000)]))
    assert plan.balanced and plan.moa_remainder == 10_000
    assert keys(plan) == {"budget.moa_share"}
    share = plan.findings[0]
    # 10 000 / 90 000 = 11,1 % → "11 %"
    assert share.severity == "info"
    assert share.what.params == {"remainder": eur("10 000 €"), "expenses": eur("90 000 €"),
                                 "percent": "11" + NBSP + "%", "own": eur("10 000 €")}


def test_unbalanced_budget_says_by_how_much():
    # grant 80 000 + own funds 5 000 = 85 000 against 90 000 of expenses: 5 000 not financed
    plan = compute_budget(dossier([og("A", 16)], project_type="conformite",
                                  expenses=[exp("chef_projet", 90_000)], revenues=[own(5_000)]))
    assert plan.difference == -5_000 and not plan.balanced
    f = next(f for f in plan.findings if f.key == "budget.unbalanced")
    assert f.severity == "blocking"
    assert f.what.params == {"revenues": eur("85 000 €"), "expenses": eur("90 000 €"), "gap": eur("5 000 €")}
    assert "lower than" in str(f.what) and f.fix.params == {"gap": eur("5 000 €")}
    # too much: own funds 15 000 → 95 000 against 90 000
    over = compute_budget(dossier([og("A", 16)], project_type="conformite",
                                  expenses=[exp("chef_projet", 90_000)], revenues=[own(15_000)]))
    assert over.difference == 5_000 and "exceed" in str(next(f for f in over.findings if f.key == "budget.unbalanced").what)


def test_empty_budget_is_one_warning_not_a_flood():
    plan = compute_budget(dossier([og("A", 16)], project_type="conformite"))
    assert keys(plan) == {"budget.empty"}
    assert plan.grant_share is None


# ------------------------------------------------------------------ ceilings follow the expenses


def test_2024_editor_share_is_retained_up_to_the_editor_expenses():
    # 001 Cas 1, 15 ESSMS: usage 15 × 7 000 = 105 000 ; editor up to 15 × 14 000 = 210 000 (plafond).
    # Editor expenses 120 000 + data migration 30 000 = 150 000 → editor share retained 150 000.
    # MOA expenses 130 000: remainder 130 000 − 105 000 = 25 000 = own funds.
    # Retained grant 105 000 + 150 000 = 255 000 ; avance 127 500, solde 127 500.
    expenses = [exp("editeur", 120_000), exp("reprise", 30_000), exp("chef_projet", 100_000), exp("amoa", 30_000)]
    plan = compute_budget(dossier([og("A", 15)], expenses=expenses, revenues=[own(25_000)]))
    assert plan.breakdown.total == 315_000  # 105 000 + 210 000
    editor = next(g for g in plan.grant if g.line.key == "editor.lower")
    assert (editor.line.amount, editor.retained, editor.capped, editor.part) == (210_000, 150_000, True, "editor")
    assert plan.grant_retained == 255_000
    assert (plan.schedule.avance, plan.schedule.solde) == (127_500, 127_500)
    assert plan.eligible == {"moa": 130_000, "editor": 150_000, "equipment": 0}
    assert plan.expense_total == 280_000 and plan.revenue_total == 280_000 and plan.balanced
    assert "budget.grant_exceeds.editor" not in keys(plan)
    # 255 000 / 280 000 = 91,07 %
    assert round(plan.grant_share, 2) == 91.07


def test_2023_editor_forfait_above_the_editor_expenses_is_flagged():
    # 000: 14 k€ per ESSMS is a forfait (not "jusqu'à"): 15 × 14 000 = 210 000 counted in full,
    # against 100 000 of editor expenses.
    plan = compute_budget(dossier([og("A", 15)], year=2023, expenses=[exp("editeur", 100_000)]))
    f = next(f for f in plan.findings if f.key == "budget.grant_exceeds.editor")
    assert f.severity == "warning"
    assert f.what.params == {"grant": eur("210 000 €"), "expenses": eur("100 000 €")}


def test_2024_equipment_is_retained_per_og_from_the_hardware_of_its_essms():
    # 001: up to 10 000 € per ESSMS of a small OG. A: 3 ESSMS → plafond 30 000 ; B: 2 ESSMS → 20 000.
    # Hardware needs: A 12 000 (ESSMS [0,0]), B 25 000 (ESSMS [1,1]); 4 000 attached to no ESSMS.
    #   B retained min(20 000, 25 000) = 20 000 — its 5 000 above the ceiling does not go to A;
    #   A retained 12 000 from its own ESSMS + 4 000 of the unattached hardware = 16 000.
    needs = [
        {"kind": "materiel", "label": "Tablettes A", "quantity": 24, "unit_cost": 500, "essms": [0, 0]},  # 12 000
        {"kind": "materiel", "label": "Postes B", "quantity": 25, "unit_cost": 1_000, "essms": [1, 1]},  # 25 000
        {"kind": "materiel", "label": "Wi-Fi", "quantity": 8, "unit_cost": 500, "essms": None},  # 4 000
    ]
    expenses = [exp("materiel", 12_000, need=0), exp("materiel", 25_000, need=1), exp("materiel", 4_000, need=2)]
    plan = compute_budget(dossier([og("A", 3, equipment=True), og("B", 2, equipment=True)], project_type="conformite",
                                  needs=needs, expenses=expenses))
    retained = {g.line.og: g.retained for g in plan.grant if g.line.key == "equipment"}
    assert retained == {"A": 16_000, "B": 20_000}
    assert plan.grant_by_part["equipment"] == 36_000
    assert "budget.equipment_without_hardware" not in keys(plan)
    assert "budget.specific_funding_quotes" in keys(plan)


def test_equipment_needs_hardware_and_a_dui():
    # A asks for equipment but lists no hardware, and the DUI is not named (003 §5.3).
    plan = compute_budget(dossier([og("A", 3, equipment=True), og("B", 13)], software="",
                                  expenses=[exp("chef_projet", 10_000)]))
    f = next(f for f in plan.findings if f.key == "budget.equipment_without_hardware")
    assert f.subjects == ("A",) and f.what.params == {"ogs": "A"}
    assert f.source.startswith("003 §5.3")
    assert "budget.equipment_without_dui" in keys(plan)
    equipment = next(g for g in plan.grant if g.line.key == "equipment")
    assert (equipment.line.amount, equipment.retained) == (30_000, 0)  # 3 × 10 000 plafond, nothing to finance


def test_refusals_of_the_calculator_are_findings():
    # 2024 offers no purchasing AMOA (001); an OG of 16 ESSMS is no small OG.
    plan = compute_budget(dossier([og("Grand", 16, equipment=True), og("Petit", 2, purchasing=True)],
                                  expenses=[exp("chef_projet", 10_000)]))
    refusals = {(f.key, f.subjects) for f in plan.findings if f.key.startswith("budget.refusal.")}
    assert refusals == {("budget.refusal.equipment", ("Grand",)), ("budget.refusal.amoa_purchasing", ("Petit",))}
    assert all(f.severity == "warning" for f in plan.findings if f.key.startswith("budget.refusal."))


# ------------------------------------------------------------------ lines fed from needs


def test_lines_follow_their_need_unless_overridden_and_missing_needs_are_named():
    needs = [
        {"kind": "formation", "label": "DUI", "people": 10, "days": 2, "unit_cost": 100},  # 2 000
        {"kind": "materiel", "label": "Tablettes", "quantity": 4, "unit_cost": 400},  # 1 600
        {"kind": "accompagnement", "label": "Usages", "quantity": 3, "unit_cost": 900},  # 2 700, no line
    ]
    expenses = [exp("formation", 2_000, need=0, label="Formation DUI"), exp("materiel", 1_500, need=1, label="Tablettes")]
    plan = compute_budget(dossier([og("A", 15)], project_type="conformite", needs=needs, expenses=expenses))
    first, second = plan.expenses
    assert (first.follows_need, first.overridden, first.need_cost) == (True, False, 2_000)
    assert (second.follows_need, second.overridden, second.need_cost) == (False, True, 1_600)
    over = next(f for f in plan.findings if f.key == "budget.need_line_overridden")
    assert over.severity == "info" and over.subjects == ("1",)
    assert over.what.params == {"label": "Tablettes", "amount": eur("1 500 €"), "cost": eur("1 600 €")}
    missing = next(f for f in plan.findings if f.key == "budget.needs_not_in_budget")
    assert missing.what.params == {"labels": "Usages"} and missing.subjects == ("2",)
    assert plan.expense_of_need(0) == (first,)


def test_other_funder_without_reference_is_noted():
    revenue = {"kind": "other_funder", "funder": "Conseil départemental", "label": "Subvention", "year": 2025,
               "amount": 1_000, "quote_ref": ""}
    plan = compute_budget(dossier([og("A", 15)], project_type="conformite", expenses=[exp("chef_projet", 1)],
                                  revenues=[revenue]))
    assert plan.other_funders == 1_000 and plan.own_funds == 0
    assert "budget.funder_incomplete" in keys(plan)


# ------------------------------------------------------------------ the example dossier


def test_example_dossier_budget_is_balanced_and_credible():
    data = json.loads(EXAMPLE.read_text(encoding="utf-8"))
    plan = compute_budget(data)
    # 001, 2024 acquisition of 16 ESSMS, Ségur-referenced editor, four small OGs asking for equipment,
    # the porteur for the piloting AMOA:
    #   usage 16 × 7 000 = 112 000 ; editor up to 16 × 14 000 = 224 000 ; AMOA piloting 100 000 ;
    #   equipment up to 8/5/2/1 × 10 000 = 80 000 / 50 000 / 20 000 / 10 000 ; ceiling total 596 000.
    assert plan.breakdown.total == 596_000
    # Needs: formation 21 600 + 12 000 + 4 500 + 3 600 + 2 400 = 44 100 ;
    # accompagnement 18 000 + 13 600 + 5 100 + 6 800 = 43 500 ; hardware 24 560 + 15 020 + 10 920 + 5 600 = 56 100.
    assert plan.needs_total == {"formation": 44_100, "accompagnement": 43_500, "materiel": 56_100}
    # MOA expenses: AMOA 60 000 + chef de projet 69 600 + formation 44 100 + conduite du changement
    # (43 500 + 32 000) + communication 6 000 = 255 200 ; editor 153 600 + data migration 18 400 = 172 000 ;
    # hardware 56 100 ; other 8 000 → 491 300.
    assert plan.eligible == {"moa": 255_200, "editor": 172_000, "equipment": 56_100}
    assert plan.expense_total == 491_300
    # Retained grant: 112 000 + 100 000 + 172 000 (editor, below its ceiling) + 56 100 (each OG below its
    # ceiling) = 440 100 ; own funds 43 200 (= 255 200 − 212 000) ; conseil départemental 8 000.
    assert plan.grant_retained == 440_100
    assert (plan.own_funds, plan.other_funders) == (43_200, 8_000)
    assert plan.revenue_total == 491_300 and plan.balanced
    assert plan.moa_remainder == 43_200
    # By year, from the example's 38 expense lines (budget.expenses, each with its year):
    #   2026: AMOA 18 000 (usage targets, closing) + chef de projet 23 200 (6 months) + editor SaaS 19 200
    #         + formation 3 600 (MSSanté, DMP, INS) + conduite du changement 5 100 + 6 800 = 75 900 ;
    #   2025: AMOA 42 000 + chef de projet 46 400 + editor 96 000 + 38 400 + data migration 18 400
    #         + formation 21 600 + 12 000 + 4 500 + 2 400 (= 40 500)
    #         + conduite du changement 18 000 + 13 600 + 32 000 (= 63 600)
    #         + all the hardware 56 100 + communication 6 000 + other 8 000 = 415 400 ;
    #   415 400 + 75 900 = 491 300, the total above.
    assert plan.by_year == {2025: 415_400, 2026: 75_900}
    # Schedule (2024 file, 001: 50 % at the start, 50 % once the usage targets are reached) on the retained
    # grant: 440 100 × 50 % = 220 050 each, no rounding needed (440 100 is even).
    assert (plan.schedule.avance, plan.schedule.solde) == (220_050, 220_050)
    assert all(f.severity == "info" for f in plan.findings), [str(f.what) for f in plan.findings]
    assert all(e.follows_need for e in plan.expenses if e.need is not None)
    assert any(n.get("from_action") for n in data["dossier"]["needs"])
