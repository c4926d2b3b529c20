"""The self-diagnostics of SI maturity: each OG's scores, strengths and weaknesses, and the grappe's. No Qt."""

from __future__ import annotations

from typing import Any

from esms_desktop.reports import labels as L
from esms_desktop.reports.french import french
from esms_desktop.reports.model import DomainScoreRow, GrappeDomainRow, Maturity, MaturityOg, OgRow
from esms_desktop.rules.dossier import Dossier


def maturity(dossier: Dossier, ogs: tuple[OgRow, ...]) -> Maturity:
    """Each OG's self-diagnostic scored (:mod:`rules.maturity.scoring`), and the grappe's (the typed dossier's answers)."""
    from esms_desktop.rules.maturity.scoring import MaturityError, consolidate_grappe, load_questionnaire, score_answers

    results: dict[str, Any] = {}
    rows = []
    missing = []
    for og, typed in zip(ogs, dossier.ogs):
        key = f"{og.index}"
        m = typed.maturity
        if m is None:
            results[key] = None
            missing.append(og.name)
            continue
        variant = m.variant if m.variant in L.VARIANTS else "direction"
        base = dict(og_name=og.name, finess_ej=og.finess_ej, variant_label=L.VARIANTS[variant],
                    respondent=m.respondent, answered_on=m.answered_on)
        try:
            questionnaire = load_questionnaire(variant)
            result = score_answers(questionnaire, dict(m.answers))
        except MaturityError as exc:
            results[key] = None
            rows.append(MaturityOg(**base, score=None, level="", completeness=0.0, domains=(), strengths=(),
                                   weaknesses=(), error=french(exc.message)))
            continue
        results[key] = result
        titles = {dom.domain_id: dom.title for dom in result.domains}
        rows.append(MaturityOg(
            **base, score=result.score, level=result.level.label if result.level else "",
            completeness=result.completeness,
            domains=tuple(DomainScoreRow(dom.domain_id, dom.title, dom.score) for dom in result.domains),
            strengths=tuple(titles[i] for i in result.strengths), weaknesses=tuple(titles[i] for i in result.weaknesses),
        ))
    grappe = consolidate_grappe(results)
    names = {dom.id: dom.title for dom in load_questionnaire("direction").domains}
    return Maturity(
        ogs=tuple(rows), missing=tuple(missing),
        domains=tuple(GrappeDomainRow(names.get(dom.title, dom.title), dom.mean, dom.minimum)
                      for dom in grappe.domains),
        overall_mean=grappe.overall_mean, overall_minimum=grappe.overall_minimum,
    )
