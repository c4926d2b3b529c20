"""The priority criteria of a dossier (003 §7, « critères de priorisation »). No Qt.

A priority criterion never makes a dossier inadmissible: it makes it preferred to another. Each function
takes the :class:`Facts` of one dossier and returns its :class:`Criterion` items.
"""

from __future__ import annotations

from typing import Any

from esms_desktop import formatting as fmt
from esms_desktop.rules.admissibility import messages as m
from esms_desktop.rules.admissibility.base import SRC_DIAGNOSTIC, SRC_PRIORITY, Criterion, Facts, text
from esms_desktop.rules.admissibility.criteria import F_GRAPPE_TREE, finding_details, budget_plan
from esms_desktop.rules.dossier_dict import rows
from esms_desktop.rules.findings import campaign_source
from esms_desktop.text import Message

F_PROJECT_LEAD = "people_table"
F_ROR = "ror_check"
F_EARLIER_WAVE = "earlier_wave_check"
#: Priority criteria that state a fact of the dossier (an earlier wave, isolated ESSMS led by a medium OG):
#: when « not met » there is nothing to improve, so views show them as a neutral « no », without a link.
FACT_CRITERIA = frozenset({"priority.isolated_essms", "priority.earlier_wave"})


def quote_field(index: int) -> str:
    return f"quote_button_{index}"


def _prio(key: str, number: int, label: Message, state: str, explanation: Message, step: str,
          field: str | None = None, details: tuple[Message, ...] = (), source: str = SRC_PRIORITY) -> Criterion:
    return Criterion(key, "priority", number, label, state, explanation, source, step, field, details)


def isolated(f: Facts) -> list[Criterion]:
    """Isolated ESSMS joining a grappe whose porteur is a medium OG: more than the small-OG ceiling."""
    count = sum(1 for e in f.essms if e.get("isolated") is True)
    small = f.campaign.small_og_max_essms
    source = f"{SRC_PRIORITY}; " + campaign_source(f.campaign, "small_og.max_essms", "003 §5.3")
    porteur = f.porteur_index
    size = len(f.ogs[porteur].get("essms") or ()) if porteur is not None else 0
    if count == 0:
        state, why = "not_applicable", m.ISOLATED_NA()
    elif size > small:
        state, why = "met", m.ISOLATED_OK(count=fmt.number(count), size=fmt.number(size))
    else:
        state = "not_met"
        why = m.ISOLATED_SMALL_PORTEUR(count=fmt.number(count), size=fmt.number(size), small=fmt.number(small))
    return [_prio("priority.isolated_essms", 1, m.L_ISOLATED(), state, why, "grappe", F_GRAPPE_TREE, source=source)]


def _diagnostic_partial(maturity: dict[str, Any]) -> bool:
    """True when the OG's self-diagnostic leaves questions unanswered (or cannot be read)."""
    from esms_desktop.rules.maturity.scoring import MaturityError, load_questionnaire, score_answers

    try:
        questionnaire = load_questionnaire(maturity.get("variant"))
        return score_answers(questionnaire, maturity.get("answers") or {}).partial
    except (MaturityError, KeyError, ValueError, TypeError, OSError):
        return True


def diagnostic(f: Facts) -> list[Criterion]:
    missing = [i for i, og in enumerate(f.ogs) if not og.get("maturity")]
    partial = [i for i, og in enumerate(f.ogs) if og.get("maturity") and _diagnostic_partial(og["maturity"])]
    count = len(f.ogs)
    details: tuple[Message, ...] = ()
    if count and not missing and not partial:
        state, why = "met", m.DIAGNOSTIC_OK(count=fmt.number(count))
    elif len(missing) == count:
        state, why = "not_met", m.DIAGNOSTIC_NONE()
    else:
        state = "to_complete"
        why = m.DIAGNOSTIC_INCOMPLETE(done=fmt.number(count - len(missing) - len(partial)), count=fmt.number(count))
        details = tuple(msg(names=f.names(ix)) for msg, ix in ((m.DIAGNOSTIC_MISSING_FOR, missing),
                                                                (m.DIAGNOSTIC_PARTIAL_FOR, partial)) if ix)
    return [_prio("priority.maturity_diagnostic", 2, m.L_DIAGNOSTIC(), state, why, "maturite",
                  None if state == "met" else "og_list", details, SRC_DIAGNOSTIC)]


def motivations(f: Facts) -> list[Criterion]:
    if text(f.presentation.get("strategy")):
        state, why, field = "met", m.MOTIVATIONS_OK(), None
    else:
        state, why, field = "not_met", m.MOTIVATIONS_MISSING(), "strategy"
    return [_prio("priority.motivations", 3, m.L_MOTIVATIONS(), state, why, "presentation", field)]


def perimeter(f: Facts) -> list[Criterion]:
    current = bool(text(f.presentation.get("perimeter_current")))
    target = bool(text(f.presentation.get("perimeter_target")))
    if current and target:
        state, why, field = "met", m.PERIMETER_OK(), None
    elif current:
        state, why, field = "to_complete", m.PERIMETER_NO_TARGET(), "perimeter_target"
    elif target:
        state, why, field = "to_complete", m.PERIMETER_NO_CURRENT(), "perimeter_current"
    else:
        state, why, field = "not_met", m.PERIMETER_NONE(), "perimeter_current"
    return [_prio("priority.perimeter", 4, m.L_PERIMETER(), state, why, "presentation", field)]


def _fte(value: Any) -> float | None:
    return float(value) if isinstance(value, (int, float)) and not isinstance(value, bool) else None


def team(f: Facts) -> list[Criterion]:
    people = rows(f.d, "people")
    lead = next((p for p in people if p.get("project_lead") is True), None)
    skilled = [p for p in people if text(p.get("skills"))]
    if lead is None:
        state, why = "not_met", m.TEAM_NO_LEAD()
    elif not (_fte(lead.get("fte")) or 0) > 0:
        state, why = "to_complete", m.TEAM_NO_FTE(name=text(lead.get("name")))
    elif not skilled:
        state, why = "to_complete", m.TEAM_NO_SKILLS()
    else:
        state = "met"
        why = m.TEAM_OK(name=text(lead.get("name")), fte=fmt.number(_fte(lead.get("fte")) or 0, 1),
                        count=fmt.number(len(skilled)))
    return [_prio("priority.project_team", 5, m.L_TEAM(), state, why, "gouvernance",
                  None if state == "met" else F_PROJECT_LEAD)]


def _specific_funding(og: dict[str, Any]) -> bool:
    funding = og.get("funding") if isinstance(og.get("funding"), dict) else {}
    return any(funding.get(k) is True for k in ("equipment", "amoa_purchasing", "amoa_piloting"))


def financing(f: Facts) -> list[Criterion]:
    """A detailed budget, and a quote attached for each OG asking for specific (small-OG) funding."""
    plan = budget_plan(f)
    asking = [i for i, og in enumerate(f.ogs) if _specific_funding(og)]
    no_quote = [i for i in asking if not f.has_document("quote", i)]
    step, field = "budget", None
    details: tuple[Message, ...] = ()
    if isinstance(plan, Exception) or plan.expense_total == 0:
        state, why = "not_met", m.FINANCING_EMPTY()
    else:
        blocking = [x for x in plan.findings if x.severity == "blocking"
                    and x.key not in ("budget.moa_fully_funded", "budget.no_own_funds")]
        lines = fmt.number(len(plan.expenses))
        if blocking:
            state, why, details = "to_complete", blocking[0].what, finding_details(blocking)[1:]
        elif no_quote:
            state, why = "to_complete", m.FINANCING_NO_QUOTES(names=f.names(no_quote))
            step, field = "pieces", quote_field(no_quote[0])
        elif asking:
            state, why = "met", m.FINANCING_OK(count=lines)
        else:
            state, why = "met", m.FINANCING_NO_SPECIFIC(count=lines)
    return [_prio("priority.financing_plan", 6, m.L_FINANCING(), state, why, step, field, details)]


def ror(f: Facts) -> list[Criterion]:
    met = f.commitments.get("ror") is True
    return [_prio("priority.ror", 7, m.L_ROR(), "met" if met else "not_met", m.ROR_OK() if met else m.ROR_NOT(),
                  "solution", None if met else F_ROR)]


def earlier_wave(f: Facts) -> list[Criterion]:
    met = f.commitments.get("earlier_wave") is True
    return [_prio("priority.earlier_wave", 8, m.L_EARLIER(), "met" if met else "not_met",
                  m.EARLIER_OK() if met else m.EARLIER_NOT(), "solution", None if met else F_EARLIER_WAVE)]


PRIORITY_CHECKS = (isolated, diagnostic, motivations, perimeter, team, financing, ror, earlier_wave)
