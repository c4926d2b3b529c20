"""The budget prévisionnel of a dossier, its grant and its checks, from the dossier file dict. No Qt.

    plan = compute_budget(dossier, load_campaign(2024))      # rules.dossier.Dossier
    plan.expense_total, plan.revenue_total, plan.difference, plan.findings

Definitions (the UI labels say the same):

- **Cost of a need** (:func:`need_cost`): formation = people × days × ``unit_cost``, the unit cost being
  *per person and per day* of training; accompagnement = ``quantity`` (days of support) × ``unit_cost``
  (per day); matériel = ``quantity`` × ``unit_cost`` (unit price). A missing factor counts 0. Rounded to
  the euro (half up).
- **Expenses fed from needs**: each need gives an expense line of its category (formation → formation,
  accompagnement → conduite_changement, materiel → materiel) whose ``need`` points at it. The line's
  amount is stored; it *follows* the need (storage updates it when the need's cost changes) while it
  equals the need's cost; once another amount is typed in it, it is *overridden* and kept (an info
  finding says so).
- **Parts of the grant and eligible expenses**: the usage (maîtrise d'ouvrage) forfaits and the AMOA
  forfaits finance the project ownership — expenses amoa, chef_projet, formation, conduite_changement,
  communication (003 §3.1: project management and change management); the editor share finances the
  editor and the data migration (editeur, reprise); the equipment aid finances the hardware (materiel).
  « autre » is financed by no part of the grant.
- **Grant retained in the budget**: a forfait counts in full; a line given « jusqu'à » (plafond) counts
  up to the eligible expenses of its part that the forfaits left (the grant follows the quotes up to the
  ceiling). Equipment lines are filled first with the hardware of their OG's ESSMS (needs linked to an
  ESSMS), then with the hardware not attached to an ESSMS. The avance/solde are computed on it.
- **Criterion 7** (003 §7: « la maîtrise d'ouvrage ne doit pas être entièrement financée par la
  subvention, une partie doit rester à la charge du porteur »): the project-ownership expenses must exceed
  the project-ownership part of the grant, and the porteur must bring own funds.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, replace
from decimal import ROUND_HALF_UP, Decimal
from typing import Any

from esms_desktop.formatting import euros, percent
from esms_desktop.rules.funding import budget_messages as m
from esms_desktop.rules.campaign import Campaign
from esms_desktop.rules.dossier import Dossier, Need, as_dossier
from esms_desktop.rules.findings import Finding, sort_findings
from esms_desktop.rules.funding.grant import (
    GrantBreakdown, GrantLine, Schedule, compute_grant, funding_request, og_names, payment_schedule,
)

EXPENSE_CATEGORIES = ("amoa", "chef_projet", "editeur", "reprise", "formation", "materiel",
                      "conduite_changement", "communication", "autre")
REVENUE_KINDS = ("own_funds", "other_funder")
NEED_KINDS = ("formation", "accompagnement", "materiel")
#: The expense category each kind of need feeds.
NEED_CATEGORY = {"formation": "formation", "accompagnement": "conduite_changement", "materiel": "materiel"}
EQUIPMENT_TYPES = ("poste_travail", "ordinateur_portable", "tablette", "reseau_wifi", "imprimante", "autre")

MOA, EDITOR, EQUIPMENT = "moa", "editor", "equipment"
PARTS = (MOA, EDITOR, EQUIPMENT)
#: The part of the grant that may finance each expense category (None: no part).
CATEGORY_PART: dict[str, str | None] = {
    "amoa": MOA, "chef_projet": MOA, "formation": MOA, "conduite_changement": MOA, "communication": MOA,
    "editeur": EDITOR, "reprise": EDITOR, "materiel": EQUIPMENT, "autre": None,
}


def grant_part(key: str) -> str:
    """The part a grant line belongs to, from its key ("usage.lower" → "moa")."""
    if key.startswith("editor."):
        return EDITOR
    if key == "equipment":
        return EQUIPMENT
    return MOA  # usage.*, amoa_purchasing, amoa_piloting


def _num(value: Any) -> Decimal:
    if isinstance(value, bool) or not isinstance(value, (int, float)):
        return Decimal(0)
    return Decimal(str(value))


def need_cost(need: Need | Mapping[str, Any]) -> int:
    """Cost of a need in euros (see the module's docstring). ``need``: the typed need (a need's values as
    a mapping, as the needs' service and the file give them, are read through ``Need.from_file``)."""
    n = need if isinstance(need, Need) else Need.from_file(need)
    unit = _num(n.unit_cost)
    if n.kind == "formation":
        factor = _num(n.people) * _num(n.days)
    else:
        factor = _num(n.quantity)
    return int((factor * unit).quantize(Decimal(1), rounding=ROUND_HALF_UP))


@dataclass(frozen=True)
class ExpenseItem:
    """An expense line; ``need`` is the index of the need feeding it, ``need_cost`` that need's cost."""

    index: int
    category: str
    label: str
    year: int | None
    amount: int
    need: int | None = None
    need_cost: int | None = None

    @property
    def follows_need(self) -> bool:
        return self.need is not None and self.amount == self.need_cost

    @property
    def overridden(self) -> bool:
        return self.need is not None and self.amount != self.need_cost


@dataclass(frozen=True)
class RevenueItem:
    index: int
    kind: str  # "own_funds" | "other_funder"
    funder: str
    label: str
    year: int | None
    amount: int
    quote_ref: str


@dataclass(frozen=True)
class GrantItem:
    """A line of the computed grant and what the budget retains of it (≤ its amount)."""

    line: GrantLine
    part: str
    retained: int

    @property
    def capped(self) -> bool:
        return self.retained < self.line.amount


@dataclass(frozen=True)
class BudgetPlan:
    campaign_year: int
    breakdown: GrantBreakdown
    grant: tuple[GrantItem, ...]
    grant_retained: int
    schedule: Schedule  # avance/solde of the retained grant
    needs_cost: tuple[int, ...]  # by need index
    needs_total: dict[str, int]  # by kind of need
    expenses: tuple[ExpenseItem, ...]
    revenues: tuple[RevenueItem, ...]
    expense_total: int
    by_category: dict[str, int]  # every category, in EXPENSE_CATEGORIES order
    by_year: dict[int | None, int]
    by_category_year: dict[tuple[str, int | None], int]
    own_funds: int
    other_funders: int
    eligible: dict[str, int]  # expenses each part of the grant may finance
    grant_by_part: dict[str, int]  # retained grant of each part
    findings: tuple[Finding, ...]

    @property
    def years(self) -> tuple[int | None, ...]:
        """The years of the expenses, in order, lines without a year last."""
        return tuple(sorted(self.by_year, key=lambda y: (y is None, y or 0)))

    @property
    def revenue_total(self) -> int:
        return self.grant_retained + self.own_funds + self.other_funders

    @property
    def difference(self) -> int:
        """Revenues minus expenses: 0 when the budget is balanced."""
        return self.revenue_total - self.expense_total

    @property
    def balanced(self) -> bool:
        return self.expense_total > 0 and self.difference == 0

    @property
    def grant_share(self) -> float | None:
        """Retained grant / expenses, in percent (None without expenses)."""
        return None if self.expense_total == 0 else 100.0 * self.grant_retained / self.expense_total

    @property
    def moa_remainder(self) -> int:
        """Project-ownership expenses the grant does not cover (criterion 7 wants it above 0)."""
        return self.eligible[MOA] - self.grant_by_part[MOA]

    def expense_of_need(self, need_index: int) -> tuple[ExpenseItem, ...]:
        return tuple(e for e in self.expenses if e.need == need_index)


def compute_budget(data: Dossier | Mapping[str, Any], campaign: Campaign | None = None) -> BudgetPlan:
    """The budget of a dossier (the typed dossier; a file dict is read through ``Dossier.from_file``)
    under its campaign's rules.

    ``campaign`` defaults to the rule file of the dossier's ``campaign_year``
    (:func:`rules.campaign.campaign_of`: raises CampaignFileError, never falls back on another year).
    """
    dossier = as_dossier(data)
    if campaign is None:
        campaign = dossier.campaign()
    breakdown = compute_grant(campaign, funding_request(dossier))
    needs = dossier.needs
    costs = tuple(need_cost(n) for n in needs)
    needs_total = {kind: sum(c for n, c in zip(needs, costs) if n.kind == kind) for kind in NEED_KINDS}

    expenses = []
    for i, e in enumerate(dossier.expenses):
        need = e.need if e.need is not None and e.need < len(needs) else None
        expenses.append(ExpenseItem(i, e.category or "autre", e.label, e.year, e.amount, need,
                                    None if need is None else costs[need]))
    revenues = tuple(RevenueItem(i, r.kind or "own_funds", r.funder, r.label, r.year, r.amount, r.quote_ref)
                     for i, r in enumerate(dossier.revenues))

    by_category = {c: 0 for c in EXPENSE_CATEGORIES}
    by_year: dict[int | None, int] = {}
    by_category_year: dict[tuple[str, int | None], int] = {}
    eligible = {p: 0 for p in PARTS}
    for e in expenses:
        by_category[e.category] = by_category.get(e.category, 0) + e.amount
        by_year[e.year] = by_year.get(e.year, 0) + e.amount
        by_category_year[(e.category, e.year)] = by_category_year.get((e.category, e.year), 0) + e.amount
        part = CATEGORY_PART.get(e.category)
        if part is not None:
            eligible[part] += e.amount

    hardware_by_og = _hardware_by_og(dossier, needs, expenses)
    grant = _retain(breakdown.lines, eligible, hardware_by_og)
    retained = sum(g.retained for g in grant)
    grant_by_part = {p: sum(g.retained for g in grant if g.part == p) for p in PARTS}
    plan = BudgetPlan(
        campaign_year=campaign.year, breakdown=breakdown, grant=grant, grant_retained=retained,
        schedule=payment_schedule(campaign, retained),  # same split and rounding as the grant calculator
        needs_cost=costs, needs_total=needs_total, expenses=tuple(expenses), revenues=revenues,
        expense_total=sum(e.amount for e in expenses), by_category=by_category, by_year=by_year,
        by_category_year=by_category_year,
        own_funds=sum(r.amount for r in revenues if r.kind == "own_funds"),
        other_funders=sum(r.amount for r in revenues if r.kind != "own_funds"),
        eligible=eligible, grant_by_part=grant_by_part, findings=(),
    )
    findings = _findings(dossier, plan, needs, hardware_by_og, og_names(dossier))
    return replace(plan, findings=sort_findings(findings))


def _hardware_by_og(d: Dossier, needs: tuple[Need, ...],
                    expenses: list[ExpenseItem]) -> dict[str | None, int]:
    """Hardware expenses by OG name (from the ESSMS of their need); None: not attached to an ESSMS."""
    names = og_names(d)
    out: dict[str | None, int] = {}
    for e in expenses:
        if e.category != "materiel":
            continue
        owner = None
        if e.need is not None:
            ref = needs[e.need].essms
            if ref is not None and 0 <= ref[0] < len(names):
                owner = names[ref[0]]
        out[owner] = out.get(owner, 0) + e.amount
    return out


def _retain(lines: tuple[GrantLine, ...], eligible: dict[str, int],
            hardware_by_og: dict[str | None, int]) -> tuple[GrantItem, ...]:
    """What the budget retains of each grant line (see the module's docstring)."""
    left = dict(eligible)
    retained: dict[int, int] = {}
    for i, line in enumerate(lines):  # forfaits count in full and use up the eligible expenses first
        if not line.ceiling:
            part = grant_part(line.key)
            retained[i] = line.amount
            left[part] = max(0, left[part] - line.amount)
    own_hardware = {og: amount for og, amount in hardware_by_og.items() if og is not None}
    for i, line in enumerate(lines):  # equipment ceilings: the hardware of the OG's own ESSMS
        if line.ceiling and line.key == "equipment":
            take = min(line.amount, own_hardware.get(line.og, 0), left[EQUIPMENT])
            own_hardware[line.og] = own_hardware.get(line.og, 0) - take
            retained[i] = take
            left[EQUIPMENT] -= take
    pool = {EDITOR: left[EDITOR], MOA: left[MOA], EQUIPMENT: min(left[EQUIPMENT], hardware_by_og.get(None, 0))}
    for i, line in enumerate(lines):  # the other ceilings, in order, up to what is left
        if line.ceiling:
            part = grant_part(line.key)
            take = min(line.amount - retained.get(i, 0), pool[part])
            retained[i] = retained.get(i, 0) + take
            pool[part] -= take
    return tuple(GrantItem(line, grant_part(line.key), retained[i]) for i, line in enumerate(lines))


def _findings(d: Dossier, plan: BudgetPlan, needs: tuple[Need, ...],
              hardware_by_og: dict[str | None, int], names: list[str]) -> list[Finding]:
    out: list[Finding] = []
    out += _refusal_findings(plan)
    if plan.expense_total == 0:
        out.append(Finding("budget.empty", "warning", m.M_EMPTY(), m.W_EMPTY(), m.SRC_BUDGET, m.F_EMPTY()))
    else:
        out += _balance_findings(plan)
        out += _criterion_7_findings(plan)
        out += _eligibility_findings(plan)
    out += _equipment_findings(d, plan, needs, hardware_by_og, names)
    out += _need_line_findings(plan, needs)
    out += _detail_findings(plan)
    return out


def _refusal_findings(plan: BudgetPlan) -> list[Finding]:
    out = []
    for r in plan.breakdown.refusals:
        fix = m.F_REFUSAL_EDITOR() if r.key.startswith("editor.") else m.F_REFUSAL_REQUEST()
        key = f"budget.refusal.{r.key}"
        out.append(Finding(key, "warning", r.label, r.reason, r.source, fix, (r.og,) if r.og else ()))
    return out


def _balance_findings(plan: BudgetPlan) -> list[Finding]:
    if plan.difference == 0:
        return []
    gap = euros(abs(plan.difference))
    params = dict(revenues=euros(plan.revenue_total), expenses=euros(plan.expense_total), gap=gap)
    short = plan.difference < 0
    what = (m.M_SHORT if short else m.M_OVER)(**params)
    fix = (m.F_SHORT if short else m.F_OVER)(gap=gap)
    return [Finding("budget.unbalanced", "blocking", what, m.W_BALANCE(), m.SRC_BUDGET, fix)]


def _criterion_7_findings(plan: BudgetPlan) -> list[Finding]:
    out = []
    moa_grant, moa_expenses = plan.grant_by_part[MOA], plan.eligible[MOA]
    if moa_grant > 0 and moa_grant >= moa_expenses:
        out.append(Finding(
            "budget.moa_fully_funded", "blocking",
            m.M_MOA_FULLY_FUNDED(grant=euros(moa_grant), expenses=euros(moa_expenses)),
            m.W_CRITERION_7(), m.SRC_CRITERION_7, m.F_MOA_FULLY_FUNDED()))
    if plan.own_funds == 0:
        out.append(Finding(
            "budget.no_own_funds", "blocking", m.M_NO_OWN_FUNDS(), m.W_CRITERION_7(), m.SRC_CRITERION_7,
            m.F_NO_OWN_FUNDS(remainder=euros(max(0, plan.moa_remainder)))))
    if not out and moa_expenses > 0:
        share = percent(100 * plan.moa_remainder / moa_expenses)
        out.append(Finding(
            "budget.moa_share", "info",
            m.M_MOA_SHARE(remainder=euros(plan.moa_remainder), expenses=euros(moa_expenses), percent=share,
                          own=euros(plan.own_funds)),
            m.W_CRITERION_7(), m.SRC_CRITERION_7, m.F_MOA_SHARE()))
    return out


def _eligibility_findings(plan: BudgetPlan) -> list[Finding]:
    """Forfaits above the expenses of their part (ceilings are retained within them; MOA is criterion 7)."""
    out = []
    for part, message in ((EDITOR, m.M_EXCEEDS_EDITOR), (EQUIPMENT, m.M_EXCEEDS_EQUIPMENT)):
        grant, expenses = plan.grant_by_part[part], plan.eligible[part]
        if grant > expenses:
            out.append(Finding(
                f"budget.grant_exceeds.{part}", "warning", message(grant=euros(grant), expenses=euros(expenses)),
                m.W_EXCEEDS(), m.SRC_ELIGIBLE, m.F_EXCEEDS()))
    return out


def _equipment_findings(d: Dossier, plan: BudgetPlan, needs: tuple[Need, ...],
                        hardware_by_og: dict[str | None, int], names: list[str]) -> list[Finding]:
    lines = [g.line for g in plan.grant if g.part == EQUIPMENT]
    if not lines:
        return []
    out = []
    has_need = {names[n.essms[0]] for n in needs if n.kind == "materiel"
                and n.essms is not None and 0 <= n.essms[0] < len(names)}
    grappe_hardware = any(n.kind == "materiel" and n.essms is None for n in needs) \
        or hardware_by_og.get(None, 0) > 0
    bare = [ln.og for ln in lines if ln.og not in has_need and not grappe_hardware]
    if bare:
        out.append(Finding(
            "budget.equipment_without_hardware", "warning", m.M_EQUIPMENT_NO_HARDWARE(ogs=", ".join(bare)),
            m.W_EQUIPMENT(), m.SRC_EQUIPMENT, m.F_EQUIPMENT_NO_HARDWARE(), tuple(bare)))
    if not d.dui.software.strip():
        out.append(Finding(
            "budget.equipment_without_dui", "warning", m.M_EQUIPMENT_NO_DUI(), m.W_EQUIPMENT(),
            m.SRC_EQUIPMENT, m.F_EQUIPMENT_NO_DUI()))
    return out


def _need_line_findings(plan: BudgetPlan, needs: tuple[Need, ...]) -> list[Finding]:
    out = []
    fed = {e.need for e in plan.expenses if e.need is not None}
    missing = [i for i in range(len(needs)) if i not in fed]
    if missing:
        labels = ", ".join(need_label(needs[i]) for i in missing)
        out.append(Finding(
            "budget.needs_not_in_budget", "warning", m.M_NEEDS_NOT_IN_BUDGET(labels=labels),
            m.W_NEEDS_NOT_IN_BUDGET(), m.SRC_NEEDS, m.F_NEEDS_NOT_IN_BUDGET(),
            tuple(str(i) for i in missing)))
    for e in plan.expenses:
        if e.overridden:
            out.append(Finding(
                "budget.need_line_overridden", "info",
                m.M_LINE_OVERRIDDEN(label=e.label, amount=euros(e.amount), cost=euros(e.need_cost or 0)),
                m.W_LINE_OVERRIDDEN(), m.SRC_NEEDS, m.F_LINE_OVERRIDDEN(), (str(e.index),)))
    return out


def _detail_findings(plan: BudgetPlan) -> list[Finding]:
    out = []
    for r in plan.revenues:
        if r.kind == "other_funder" and (not r.funder.strip() or not r.quote_ref.strip()):
            out.append(Finding(
                "budget.funder_incomplete", "info", m.M_FUNDER_INCOMPLETE(label=r.label or r.funder or "—"),
                m.W_DETAILED_PLAN(), m.SRC_PRIORITY, m.F_FUNDER_INCOMPLETE(), (str(r.index),)))
    if any(g.line.key in ("equipment", "amoa_purchasing", "amoa_piloting") for g in plan.grant):
        out.append(Finding(
            "budget.specific_funding_quotes", "info", m.M_SPECIFIC_QUOTES(), m.W_DETAILED_PLAN(),
            m.SRC_PRIORITY, m.F_SPECIFIC_QUOTES()))
    return out


def need_label(need: Need | Mapping[str, Any]) -> str:
    """A need's own label, else what it is about (audience, equipment type), else its kind."""
    n = need if isinstance(need, Need) else Need.from_file(need)
    for text in (n.label, n.audience, n.equipment_type):
        if text.strip():
            return text.strip()
    return n.kind
