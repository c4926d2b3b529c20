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
from esms_desktop.rules.dossier import Maturity, Og
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
    """003 §7: « L'intégration d'ESSMS indépendants/isolés dans une grappe créée par des organismes
    gestionnaires de taille moyenne (plus de 15 ESSMS) »: more than 15, on the OG's own size (all the ESSMS
    it runs, ``essms_total``), an OG of the grappe other than the isolated ESSMS' (campaign readings)."""
    from esms_desktop.rules.admissibility.criteria import composition
    from esms_desktop.rules.grappe.composition import GrappeInput, medium_og

    count = sum(1 for e in f.essms if e.isolated)
    more_than = f.campaign.medium_og_min_essms - 1
    source = f"{SRC_PRIORITY} « plus de 15 ESSMS »; " + campaign_source(f.campaign, "medium_og_min_essms", "003 §7")
    composition(f)  # the same grappe as the other criteria
    leader = medium_og(GrappeInput.of(f.dossier), f.campaign)
    porteur = f.porteur_index
    size = f.dossier.ogs[porteur].size if porteur is not None and porteur < len(f.dossier.ogs) else 0
    if count == 0:
        state, why = "not_applicable", m.ISOLATED_NA()
    elif leader is not None:
        leader_size = leader.total_essms if leader.total_essms is not None else len(leader.essms)
        state, why = "met", m.ISOLATED_OK(count=fmt.number(count), size=fmt.number(leader_size))
    else:
        state = "not_met"
        why = m.ISOLATED_SMALL_PORTEUR(count=fmt.number(count), size=fmt.number(size), small=fmt.number(more_than))
    return [_prio("priority.isolated_essms", 1, m.L_ISOLATED(), state, why, "grappe", F_GRAPPE_TREE, source=source)]


def _diagnostic_partial(maturity: Maturity) -> bool:
    """True when the OG's self-diagnostic leaves questions unanswered (or cannot be read)."""
    from esms_desktop.rules.maturity.scoring import MaturityError, load_questionnaire, score_answers

    try:
        questionnaire = load_questionnaire(maturity.variant or None)
        return score_answers(questionnaire, dict(maturity.answers)).partial
    except (MaturityError, KeyError, ValueError, TypeError, OSError):
        return True


def diagnostic(f: Facts) -> list[Criterion]:
    """003 §4.2.E: each OG may give « les résultats d'un autodiagnostic de maturité et de sécurité » (the
    ANAP questionnaires). Our own questionnaire (step « SI maturity », same ground) or the ANAP result
    attached as a PDF (document kind ``anap_result``) meets it, either one per OG."""
    anap = {i for i in range(len(f.ogs)) if f.has_document("anap_result", i)}
    missing = [i for i, og in enumerate(f.ogs) if og.maturity is None and i not in anap]
    partial = [i for i, og in enumerate(f.ogs)
               if og.maturity is not None and i not in anap and _diagnostic_partial(og.maturity)]
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


def team(f: Facts) -> list[Criterion]:
    people = f.dossier.people
    lead = next((p for p in people if p.project_lead), None)
    skilled = [p for p in people if p.skills.strip()]
    if lead is None:
        state, why = "not_met", m.TEAM_NO_LEAD()
    elif not (lead.fte or 0) > 0:
        state, why = "to_complete", m.TEAM_NO_FTE(name=lead.name.strip())
    elif not skilled:
        state, why = "to_complete", m.TEAM_NO_SKILLS()
    else:
        state = "met"
        why = m.TEAM_OK(name=lead.name.strip(), fte=fmt.number(float(lead.fte or 0), 1),
                        count=fmt.number(len(skilled)))
    return [_prio("priority.project_team", 5, m.L_TEAM(), state, why, "gouvernance",
                  None if state == "met" else F_PROJECT_LEAD)]


def _specific_funding(og: Og) -> bool:
    return og.funding.equipment or og.funding.amoa_purchasing or og.funding.amoa_piloting


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
    met = f.dossier.commit_ror
    return [_prio("priority.ror", 7, m.L_ROR(), "met" if met else "not_met", m.ROR_OK() if met else m.ROR_NOT(),
                  "solution", None if met else F_ROR)]


def earlier_wave(f: Facts) -> list[Criterion]:
    met = f.dossier.earlier_wave
    return [_prio("priority.earlier_wave", 8, m.L_EARLIER(), "met" if met else "not_met",
                  m.EARLIER_OK() if met else m.EARLIER_NOT(), "solution", None if met else F_EARLIER_WAVE)]


PRIORITY_CHECKS = (isolated, diagnostic, motivations, perimeter, team, financing, ror, earlier_wave)
