"""The self-diagnostics of SI maturity: each OG's scores, strengths and weaknesses, and the grappe's. No Qt."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from esms_desktop.reports import labels as L
from esms_desktop.reports.french import french
from esms_desktop.reports.model import DomainScoreRow, GrappeDomainRow, Maturity, MaturityOg, OgRow
from esms_desktop.rules.dossier_dict import as_date as _date
from esms_desktop.rules.dossier_dict import as_text as _text
from esms_desktop.rules.dossier_dict import ogs as _og_dicts

def maturity(d: Mapping[str, Any], ogs: tuple[OgRow, ...]) -> Maturity:
    from esms_desktop.rules.maturity.scoring import MaturityError, consolidate_grappe, load_questionnaire, score_answers

    results: dict[str, Any] = {}
    rows = []
    missing = []
    for og, raw in zip(ogs, _og_dicts(d)):
        key = f"{og.index}"
        m = raw.get("maturity") if isinstance(raw.get("maturity"), Mapping) else None
        if not m:
            results[key] = None
            missing.append(og.name)
            continue
        variant = m.get("variant") if m.get("variant") in L.VARIANTS else "direction"
        base = dict(og_name=og.name, finess_ej=og.finess_ej, variant_label=L.VARIANTS[variant],
                    respondent=_text(m.get("respondent")), answered_on=_date(m.get("answered_on")))
        try:
            questionnaire = load_questionnaire(variant)
            result = score_answers(questionnaire, dict(m.get("answers") or {}))
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
