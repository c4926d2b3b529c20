"""The monthly usage measures of a dossier's ESSMS: read them, type one in (the grid), and the rules' input.

A measure is the counts (keys of the campaign's ``usage_counts``) of one ESSMS for the period ending with
a month, stored with the first day of that month. One measure per ESSMS and month.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping
from dataclasses import dataclass

from sqlalchemy import select

from esms_desktop.rules.campaign import load_campaign
from esms_desktop.rules.followup.usage import Measure, UsageReport, usage_report
from esms_desktop.rules.followup.usage_checks import check_counts
from esms_desktop.storage.database import Database
from esms_desktop.storage.dossiers import dossier_row, touch
from esms_desktop.storage.errors import StorageError
from esms_desktop.storage.models import Essms, Og, UsageMeasure
from esms_desktop.text import QT_TRANSLATE_NOOP

NOT_IN_GRAPPE = QT_TRANSLATE_NOOP("UsageMeasures", "FINESS ET {finess} is not an ESSMS of this grappe.")
UNKNOWN_COUNT = QT_TRANSLATE_NOOP("UsageMeasures", "« {key} » is not a usage count of the campaign.")


class UsageMeasureError(StorageError):
    """A measure was refused; nothing was written."""


@dataclass(frozen=True)
class EssmsRef:
    id: int
    finess_et: str
    name: str


def grappe_essms(db: Database, dossier_id: int) -> list[EssmsRef]:
    """The ESSMS of the grappe in the dossier's order (OG by OG)."""
    with db.session() as session:
        dossier_row(session, dossier_id)
        rows = session.execute(
            select(Essms.id, Essms.finess_et, Essms.name).join(Og).where(Og.dossier_id == dossier_id)
            .order_by(Og.position, Essms.position)
        ).all()
        return [EssmsRef(i, f, n) for i, f, n in rows]


def list_measures(db: Database, dossier_id: int) -> list[Measure]:
    with db.session() as session:
        rows = session.execute(
            select(Essms.finess_et, UsageMeasure.month, UsageMeasure.counts).join(Essms, UsageMeasure.essms_id == Essms.id)
            .where(UsageMeasure.dossier_id == dossier_id).order_by(UsageMeasure.month, Essms.finess_et)
        ).all()
        return [Measure(f, m, dict(c or {})) for f, m, c in rows]


def measures_hash(db: Database, dossier_id: int) -> str:
    """A digest of every stored measure of the dossier (tests compare it before and after a refused import)."""
    import hashlib
    import json

    text = json.dumps([(m.finess_et, m.month.isoformat(), sorted(m.counts.items())) for m in list_measures(db, dossier_id)])
    return hashlib.sha256(text.encode()).hexdigest()


def campaign_of_dossier(db: Database, dossier_id: int):
    with db.session() as session:
        return load_campaign(dossier_row(session, dossier_id).campaign_year)


def set_measure(db: Database, dossier_id: int, finess_et: str, month: dt.date, counts: Mapping[str, int | None],
                based_on: Mapping[str, int] | None | object = ...) -> None:
    """Store (or replace) one ESSMS' counts for a month; ``None`` counts are left out. Checked first.

    ``based_on``: the counts shown before (None: no measure was shown for that month). Then only the counts
    the user changed are written, over what is stored now (someone else's other counts kept), and a count
    someone else changed meanwhile to another value raises ``StaleEdit`` (nothing written). Not given: the
    counts replace the stored ones."""
    campaign = campaign_of_dossier(db, dossier_id)
    known = {c.key for c in campaign.usage_counts}
    clean = {k: int(v) for k, v in counts.items() if v is not None}
    for key in clean:
        if key not in known:
            raise UsageMeasureError(UNKNOWN_COUNT(key=key))
    from esms_desktop.storage.concurrency import StaleEdit, lock_dossier

    with db.session() as session:
        lock_dossier(session, dossier_id)
        ids = {e.finess_et: e.id for e in essms_rows(session, dossier_id)}
        if finess_et not in ids:
            raise UsageMeasureError(NOT_IN_GRAPPE(finess=finess_et))
        month = month.replace(day=1)
        if based_on is not ...:
            row = session.scalars(select(UsageMeasure).where(
                UsageMeasure.dossier_id == dossier_id, UsageMeasure.essms_id == ids[finess_et],
                UsageMeasure.month == month)).first()
            stored = dict(row.counts or {}) if row is not None else {}
            shown = dict(based_on or {})
            changed = {k for k in set(shown) | set(clean) if shown.get(k) != clean.get(k)}
            theirs = {k: stored.get(k) for k in changed if stored.get(k) not in (shown.get(k), clean.get(k))}
            if theirs:
                raise StaleEdit(theirs, dossier_row(session, dossier_id).version or 0)
            merged = {k: v for k, v in stored.items() if k not in changed}
            merged.update({k: clean[k] for k in changed if k in clean})
            clean = merged
        problems = check_counts(clean, campaign)
        if problems:
            raise UsageMeasureError(problems[0][1])
        write_measures(session, dossier_id, [(ids[finess_et], month, clean)])
        touch(session, dossier_id)


def essms_rows(session, dossier_id: int) -> list[Essms]:
    return list(session.scalars(select(Essms).join(Og).where(Og.dossier_id == dossier_id)))


def write_measures(session, dossier_id: int, rows) -> int:
    """Insert or replace ``(essms_id, month, counts)`` rows inside the caller's transaction."""
    existing = {
        (m.essms_id, m.month): m
        for m in session.scalars(select(UsageMeasure).where(UsageMeasure.dossier_id == dossier_id))
    }
    for essms_id, month, counts in rows:
        row = existing.get((essms_id, month))
        if row is None:
            session.add(UsageMeasure(dossier_id=dossier_id, essms_id=essms_id, month=month, counts=dict(counts)))
        else:
            row.counts = dict(counts)
    return len(rows)


def delete_measure(db: Database, dossier_id: int, finess_et: str, month: dt.date) -> None:
    with db.session() as session:
        for m in session.scalars(
            select(UsageMeasure).join(Essms, UsageMeasure.essms_id == Essms.id)
            .where(UsageMeasure.dossier_id == dossier_id, Essms.finess_et == finess_et, UsageMeasure.month == month)
        ):
            session.delete(m)
        touch(session, dossier_id)


def dossier_usage_report(db: Database, dossier_id: int) -> UsageReport:
    """The rules' report for the stored measures (rates per ESSMS and grappe, readiness, what is missing)."""
    essms = [(e.finess_et, e.name) for e in grappe_essms(db, dossier_id)]
    return usage_report(essms, list_measures(db, dossier_id), campaign_of_dossier(db, dossier_id))
