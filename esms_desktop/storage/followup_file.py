"""The follow-up part of the dossier file: optional ``dossier.followup`` and ``dossier.usage_measures``.

Written only when the dossier has a follow-up row or measures, so a candidature file stays as it was.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from sqlalchemy import select

from esms_desktop.storage.errors import DossierFileError
from esms_desktop.storage.models import Essms, Followup, UsageMeasure
from esms_desktop.text import QT_TRANSLATE_NOOP

UNKNOWN_ESSMS = QT_TRANSLATE_NOOP(
    "DossierFile", "The field {path} names the FINESS ET {finess}, which is not an ESSMS of the file. Nothing was imported.")
MONTH_TWICE = QT_TRANSLATE_NOOP(
    "DossierFile", "The field {path} repeats the measure of {finess} for {month}. Nothing was imported.")
SCALARS = ("state", "filed_on", "decision_on", "awarded_amount", "convention_signed_on", "refusal_reasons",
           "candidature_reopened")


def _plain(value):
    return value.isoformat() if isinstance(value, dt.date) else value


def export_part(session, dossier_id: int) -> dict[str, Any]:
    """``{"followup": ..., "usage_measures": [...]}`` with only the keys that hold something."""
    part: dict[str, Any] = {}
    row = session.get(Followup, dossier_id)
    if row is not None:
        part["followup"] = {**{k: _plain(getattr(row, k)) for k in SCALARS},
                            "money": dict(row.money or {}), "deployment": dict(row.deployment or {})}
    measures = session.execute(
        select(Essms.finess_et, UsageMeasure.month, UsageMeasure.counts).join(Essms, UsageMeasure.essms_id == Essms.id)
        .where(UsageMeasure.dossier_id == dossier_id).order_by(UsageMeasure.month, Essms.finess_et)
    ).all()
    if measures:
        part["usage_measures"] = [
            {"finess_et": f, "month": m.strftime("%Y-%m"), "counts": {k: c[k] for k in sorted(c)}}
            for f, m, c in measures
        ]
    return part


def check_part(source: dict[str, Any]) -> None:
    finess = {e["finess_et"].upper() for og in source["ogs"] for e in og["essms"]}
    seen = set()
    for i, m in enumerate(source.get("usage_measures", [])):
        path = f"dossier.usage_measures[{i}]"
        if m["finess_et"].upper() not in finess:
            raise DossierFileError(UNKNOWN_ESSMS(path=path + ".finess_et", finess=m["finess_et"]), path + ".finess_et")
        key = (m["finess_et"].upper(), m["month"])
        if key in seen:
            raise DossierFileError(MONTH_TWICE(path=path, finess=m["finess_et"], month=m["month"]), path + ".month")
        seen.add(key)
    deployment = (source.get("followup") or {}).get("deployment", {})
    for number in deployment.get("essms", {}):
        if number.upper() not in finess:
            path = f"dossier.followup.deployment.essms.{number}"
            raise DossierFileError(UNKNOWN_ESSMS(path=path, finess=number), path)


def import_part(session, dossier, source: dict[str, Any]) -> None:
    """Add the follow-up rows of a freshly flushed dossier (inside the import's transaction)."""
    followup = source.get("followup")
    if followup is not None:
        date = lambda v: None if v is None else dt.date.fromisoformat(v)  # noqa: E731
        session.add(Followup(
            dossier_id=dossier.id, state=followup["state"], filed_on=date(followup.get("filed_on")),
            decision_on=date(followup.get("decision_on")), awarded_amount=followup.get("awarded_amount"),
            convention_signed_on=date(followup.get("convention_signed_on")),
            refusal_reasons=followup.get("refusal_reasons", ""),
            candidature_reopened=followup.get("candidature_reopened", False),
            money=dict(followup.get("money", {})), deployment=dict(followup.get("deployment", {}))))
    ids = {e.finess_et: e.id for og in dossier.ogs for e in og.essms}
    for m in source.get("usage_measures", []):
        year, month = map(int, m["month"].split("-"))
        session.add(UsageMeasure(dossier_id=dossier.id, essms_id=ids[m["finess_et"].upper()],
                                 month=dt.date(year, month, 1), counts=dict(m["counts"])))
    session.flush()
