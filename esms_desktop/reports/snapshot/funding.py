"""Needs, budget and grant: the needs with their cost, the expenses and revenues, the grant lines as the
funding rules compute them, and each OG's provisional share. No Qt."""

from __future__ import annotations

from typing import Any

from esms_desktop.reports import labels as L
from esms_desktop.reports.french import french
from esms_desktop.reports.model import Budget, ExpenseRow, GrantRow, NeedRow, Needs, OgRow, RevenueRow
from esms_desktop.reports.snapshot.common import finding_row
from esms_desktop.rules.campaign import Campaign
from esms_desktop.rules.dossier import Dossier
from esms_desktop.rules.funding.budget import EXPENSE_CATEGORIES, compute_budget, need_cost
from esms_desktop.rules.funding.grant import GrantLine


def _essms_label(ogs: tuple[OgRow, ...], ref: tuple[int, int] | None) -> str:
    if ref is None:
        return ""
    try:
        e = ogs[ref[0]].essms[ref[1]]
    except IndexError:
        return ""
    return f"{e.name} ({e.finess_et})"


def needs(d: Dossier, ogs: tuple[OgRow, ...]) -> Needs:
    """The needs with their cost as the budget rules define it (:func:`rules.budget.need_cost`)."""
    rows = tuple(
        NeedRow(
            kind=n.kind.strip(), kind_label=L.label(L.NEED_KINDS, n.kind), label=n.label.strip(),
            audience=n.audience.strip(), people=n.people,
            days=None if n.days is None else float(n.days), quantity=n.quantity, unit_cost=n.unit_cost,
            cost=need_cost(n), essms=_essms_label(ogs, n.essms),
        )
        for n in d.needs
    )
    totals: dict[str, int] = {}
    for row in rows:
        totals[row.kind_label] = totals.get(row.kind_label, 0) + row.cost
    order = list(L.NEED_KINDS.values())
    ranked = sorted(totals.items(), key=lambda kv: order.index(kv[0]) if kv[0] in order else len(order))
    return Needs(rows, tuple(ranked), sum(r.cost for r in rows))


def _grant_label(line: GrantLine, boundary: int, segur: bool) -> str:
    if "type" in line.label.params:  # a grappe mixing project types: the label names the type
        return french(line.label)
    first, last = (1, line.quantity) if line.key.endswith(".lower") else (boundary, boundary + line.quantity - 1)
    span = f"ESSMS {first} à {last}" if last > first else f"ESSMS n° {first}"
    if line.key.startswith("usage."):
        return f"Forfait maîtrise d'ouvrage et usages, {span}"
    if line.key.startswith("editor."):
        kind = "DUI référencé Ségur" if segur else "DUI non référencé Ségur"
        return f"Part éditeur ({kind}), {span}"
    if line.key == "equipment":
        return f"Équipement et infrastructure (petit OG) : {line.og}"
    if line.key == "amoa_purchasing":
        return "AMOA pour la procédure d'achat (petits OG)"
    if line.key == "amoa_piloting":
        return "AMOA ou chef de projet interne pour le pilotage (petits OG)"
    return french(line.label)


def _refused_label(key: str, og: str | None) -> str:
    names = {"equipment": "Équipement et infrastructure", "amoa_purchasing": "AMOA pour la procédure d'achat",
             "amoa_piloting": "AMOA pour le pilotage"}
    base = names.get(key, "Part éditeur" if key.startswith("editor.") else key)
    return f"{base} ({og})" if og else base


def _by_category(expenses: Any) -> list[Any]:
    """The expenses as the budget step lists them: by category (in its order), then year, then as entered."""
    order = {category: i for i, category in enumerate(EXPENSE_CATEGORIES)}
    indexed = list(enumerate(expenses))
    indexed.sort(key=lambda ie: (order.get(ie[1].category, len(order)), ie[1].year or 9999, ie[0]))
    return [e for _, e in indexed]


def budget(dossier: Dossier, campaign: Campaign) -> Budget:
    """Expenses, revenues and the grant as the budget rules compute them (:func:`rules.budget.compute_budget`)."""
    split = campaign.payment_split
    try:
        plan = compute_budget(dossier, campaign)
    except ValueError as exc:  # a request the grant calculator refuses (e.g. an unknown project type)
        return Budget((), (), (), 0, 0, 0, (), 0, 0, 0, split.avance_percent, split.avance_when, 0,
                      split.solde_percent, split.solde_condition, (), (),
                      grant_error=f"La subvention n'a pas pu être calculée : {exc}.")
    segur = plan.breakdown.line("editor.lower") is not None and dossier.dui.segur_referenced
    return Budget(
        expenses=tuple(ExpenseRow(L.label(L.EXPENSE_CATEGORIES, e.category), e.label, e.year, e.amount)
                       for e in _by_category(plan.expenses)),
        revenues=tuple(RevenueRow(L.label(L.REVENUE_KINDS, r.kind), r.funder, r.label, r.year, r.amount, r.quote_ref)
                       for r in plan.revenues),
        expenses_by_category=tuple((L.label(L.EXPENSE_CATEGORIES, c), amount)
                                   for c, amount in plan.by_category.items() if amount),
        total_expenses=plan.expense_total, own_funds=plan.own_funds, other_funding=plan.other_funders,
        grant_lines=tuple(
            GrantRow(g.line.key, _grant_label(g.line, campaign.tier_boundary, segur), g.line.quantity,
                     g.line.unit_amount, g.line.amount, g.retained, g.line.ceiling,
                     campaign.source_label(g.line.source))
            for g in plan.grant),
        grant_total=plan.breakdown.total, grant_retained=plan.grant_retained,
        avance=plan.schedule.avance, avance_percent=plan.schedule.avance_percent, avance_when=split.avance_when,
        solde=plan.schedule.solde, solde_percent=plan.schedule.solde_percent, solde_condition=split.solde_condition,
        refusals=tuple(f"{_refused_label(r.key, r.og)} : {french(r.reason)}" for r in plan.breakdown.refusals),
        notes=tuple(french(n) for n in plan.breakdown.notes),
        findings=tuple(finding_row(f) for f in plan.findings
                       if f.severity != "info" and not f.key.startswith("budget.refusal.")),
    )


def og_shares(ogs: tuple[OgRow, ...], budget: Budget) -> dict[int, tuple[int, int]]:
    """Each OG's (share of the grant, co-financing it keeps) in euros, pro rata of its ESSMS: the
    provisional split the convention's financial annex starts from (the COPIL arrests the final one).
    The last OG takes the rounding so that the shares add up to the totals."""
    total_essms = sum(len(og.essms) for og in ogs)
    kept = max(budget.total_expenses - budget.grant_retained, 0)
    out: dict[int, tuple[int, int]] = {}
    if not total_essms:
        return out
    grant_left, kept_left = budget.grant_retained, kept
    for i, og in enumerate(ogs):
        if i == len(ogs) - 1:
            out[og.index] = (grant_left, kept_left)
            break
        grant = round(budget.grant_retained * len(og.essms) / total_essms)
        own = round(kept * len(og.essms) / total_essms)
        out[og.index] = (grant, own)
        grant_left, kept_left = grant_left - grant, kept_left - own
    return out
