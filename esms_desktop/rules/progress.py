"""The state of each wizard step (not started / to complete / complete), from the typed dossier. No Qt.

    states = step_states(dossier, report)       # {"projet": "complete", "grappe": "partial", ...}

One load of the dossier (``storage.load_dossier``) and one check give every step's state: the wizard
refreshes them after each edit without a query per step. ``report`` is the admissibility check of the
same dossier (``None`` when its campaign has no rule file). The pack step's state depends on the
saved PDF (a setting of the window), so it is not computed here.
"""

from __future__ import annotations

from collections.abc import Callable

from esms_desktop.rules.admissibility.base import CheckReport
from esms_desktop.rules.campaign import Campaign, CampaignFileError
from esms_desktop.rules.dossier import Dossier

EMPTY, PARTIAL, COMPLETE = "empty", "partial", "complete"
MIN_WORDS = 20  # a section of the note de présentation with fewer words is « à compléter »


def _project(d: Dossier, _c: Campaign | None, _r: CheckReport | None) -> str:
    filled = (d.name, d.campaign_year, d.region, d.project_type, d.hosting)
    return COMPLETE if all(filled) else PARTIAL


def _grappe(d: Dossier, _c, _r) -> str:
    if not d.ogs:
        return EMPTY
    complete = d.porteur is not None and all(og.essms and og.finess_ej for og in d.ogs)
    return COMPLETE if complete else PARTIAL


def _governance(d: Dossier, _c, _r) -> str:
    if not d.people:
        return EMPTY
    essms = d.all_essms
    complete = (any(p.project_lead for p in d.people) and any(p.copil_role for p in d.people)
                and any(p.coproj_role for p in d.people) and bool(essms)
                and all(e.referent is not None for e in essms))
    return COMPLETE if complete else PARTIAL


def _maturity_state(og) -> str:
    from esms_desktop.rules.maturity.data import load_questionnaire

    variant = og.maturity.variant if og.maturity is not None else ("rsi" if og.has_rsi else "direction")
    questions = load_questionnaire(variant).questions  # type: ignore[arg-type]
    answers = og.maturity.answers if og.maturity is not None else {}
    answered = sum(1 for q in questions if answers.get(q.id) is not None)
    if answered == 0:
        return EMPTY
    return COMPLETE if answered >= len(questions) else PARTIAL


def _maturity(d: Dossier, _c, _r) -> str:
    states = [_maturity_state(og) for og in d.ogs]
    if not states or all(s == EMPTY for s in states):
        return EMPTY
    return COMPLETE if all(s == COMPLETE for s in states) else PARTIAL


def _needs(d: Dossier, _c, _r) -> str:
    from esms_desktop.rules.funding.budget import need_cost

    if not d.needs:
        return EMPTY
    complete = all(need_cost(n) > 0 and (n.label or n.audience).strip() for n in d.needs)
    return COMPLETE if complete else PARTIAL


def _budget(d: Dossier, c: Campaign | None, _r) -> str:
    from esms_desktop.rules.findings import blocking
    from esms_desktop.rules.funding.budget import compute_budget

    if not d.expenses and not d.revenues:
        return EMPTY
    if c is None:
        return PARTIAL
    try:
        plan = compute_budget(d, c)
    except ValueError:
        return PARTIAL
    return COMPLETE if plan.balanced and not blocking(plan.findings) else PARTIAL


def _planning(d: Dossier, c: Campaign | None, _r) -> str:
    from esms_desktop.rules.planning.plan import check_dossier_plan

    if c is None:
        return PARTIAL
    try:
        check = check_dossier_plan(d, c)
    except CampaignFileError:
        return PARTIAL
    if not check.tasks and check.filing_date is None:
        return EMPTY
    if check.tasks and check.filing_date is not None and all(f.severity == "info" for f in check.findings):
        return COMPLETE
    return PARTIAL


def _communication(d: Dossier, _c, _r) -> str:
    from esms_desktop.rules.planning.communication import communication_gaps

    gaps = communication_gaps(d.communication, d.partners)
    if gaps.empty:
        return EMPTY
    return COMPLETE if gaps.complete else PARTIAL


def _solution(d: Dossier, c: Campaign | None, _r) -> str:
    from esms_desktop.rules.admissibility.criteria import counted_socles, needed_referentials

    dui = d.dui
    if not (dui.software or dui.editor or dui.services_socles or dui.referentials):
        return EMPTY
    essms = d.all_essms
    needed = needed_referentials([e.sector for e in essms], [e.category_code for e in essms])  # PATHOS: EHPAD
    complete = (
        c is not None
        and bool(dui.software and dui.editor)
        and len(counted_socles(c, dui.services_socles)) >= c.min_services_socles
        and all(r in dui.referentials for r in needed)
    )
    return COMPLETE if complete else PARTIAL


def _presentation(d: Dossier, _c, _r) -> str:
    from esms_desktop.rules.presentation import PRESENTATION_KEYS

    texts = {key: d.presentation.get(key, "") for key in PRESENTATION_KEYS}
    if not any(texts.values()):
        return EMPTY
    return COMPLETE if all(len(texts[k].split()) >= MIN_WORDS for k in PRESENTATION_KEYS) else PARTIAL


def _documents(d: Dossier, _c, _r) -> str:
    from esms_desktop.rules.identity.rib import bic_error, holder_error, iban_error

    rib = d.rib
    if not d.documents and not (rib.holder or rib.iban or rib.bic):
        return EMPTY
    have = {(doc.kind, doc.og) for doc in d.documents}
    complete = (
        not (holder_error(rib.holder) or iban_error(rib.iban) or bic_error(rib.bic))
        and any(doc.kind == "rib" for doc in d.documents)
        and all(("engagement_letter", i) in have for i in range(len(d.ogs)))
        and all(("national_agreement", i) in have for i, og in enumerate(d.ogs) if og.national_entity.strip())
    )
    return COMPLETE if complete else PARTIAL


def _verification(_d: Dossier, _c, report: CheckReport | None) -> str:
    if report is None:
        return EMPTY
    return COMPLETE if report.admissible else PARTIAL


#: The wizard's steps (keys of rules.admissibility.base.STEP_KEYS) and how each one's state is read.
STEP_STATES: dict[str, Callable[[Dossier, Campaign | None, CheckReport | None], str]] = {
    "projet": _project, "grappe": _grappe, "gouvernance": _governance, "maturite": _maturity,
    "besoins": _needs, "budget": _budget, "planning": _planning, "communication": _communication,
    "solution": _solution, "presentation": _presentation, "pieces": _documents, "verification": _verification,
}


def campaign_or_none(dossier: Dossier) -> Campaign | None:
    try:
        return dossier.campaign()
    except CampaignFileError:
        return None


def step_states(dossier: Dossier, report: CheckReport | None) -> dict[str, str]:
    """The state of every step but the pack's, from the dossier and its check."""
    campaign = campaign_or_none(dossier)
    return {key: state(dossier, campaign, report) for key, state in STEP_STATES.items()}
