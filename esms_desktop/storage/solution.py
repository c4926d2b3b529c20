"""The dossier's DUI solution and commitments: software, editor, Ségur referencing, services socles,
référentiels, ROR and earlier-wave commitments, national reach (dossier columns). One unit of work each."""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import select

from esms_desktop.storage.database import Database
from esms_desktop.storage.dossiers import dossier_row, touch
from esms_desktop.storage.models import Essms, Og

SERVICES_SOCLES = ("dmp", "mss", "ins", "eprescription", "plateforme_regionale", "psc", "apcv")
REFERENTIALS = ("serafin_ph", "aggir", "pathos")

#: Field name → dossier column.
COLUMNS = {
    "software": "dui_software", "editor": "dui_editor", "segur_referenced": "dui_segur_referenced",
    "services_socles": "services_socles", "referentials": "referentials", "commit_ror": "commit_ror",
    "earlier_wave": "earlier_wave", "national_reach": "national_reach", "ght_route": "dui_ght_route",
}


@dataclass(frozen=True)
class SolutionFields:
    software: str
    editor: str
    segur_referenced: bool
    services_socles: tuple[str, ...]
    referentials: tuple[str, ...]
    commit_ror: bool
    earlier_wave: bool
    national_reach: bool
    ght_route: bool = False  # revision 0005: the GHT route (a DPI référencé Ségur, 000)


def get_solution(db: Database, dossier_id: int) -> SolutionFields:
    with db.session() as session:
        d = dossier_row(session, dossier_id)
        return SolutionFields(
            d.dui_software or "", d.dui_editor or "", bool(d.dui_segur_referenced),
            tuple(c for c in SERVICES_SOCLES if c in (d.services_socles or ())),
            tuple(c for c in REFERENTIALS if c in (d.referentials or ())),
            bool(d.commit_ror), bool(d.earlier_wave), bool(d.national_reach), bool(d.dui_ght_route),
        )


def update_solution(db: Database, dossier_id: int, **values) -> None:
    """Store edited fields (names of :class:`SolutionFields`); lists keep the canonical order."""
    unknown = set(values) - set(COLUMNS)
    if unknown:
        raise TypeError(f"unknown solution fields: {sorted(unknown)}")
    for key, allowed in (("services_socles", SERVICES_SOCLES), ("referentials", REFERENTIALS)):
        if key in values:
            chosen = set(values[key])
            if chosen - set(allowed):
                raise ValueError(f"unknown {key}: {sorted(chosen - set(allowed))}")
            values[key] = [c for c in allowed if c in chosen]
    for key in ("software", "editor"):
        if key in values:
            values[key] = str(values[key]).strip()[:200]
    with db.session() as session:
        d = dossier_row(session, dossier_id)
        for key, value in values.items():
            setattr(d, COLUMNS[key], value)
        touch(session, dossier_id)


def grappe_sectors_and_categories(db: Database, dossier_id: int) -> list[tuple[str | None, str | None]]:
    """(sector, FINESS category) of each ESSMS of the grappe (the référentiels follow both: PATHOS for EHPAD)."""
    with db.session() as session:
        rows = session.execute(
            select(Essms.sector, Essms.category_code).join(Og).where(Og.dossier_id == dossier_id)).all()
    return [(sector, category) for sector, category in rows]


def set_choice(db: Database, dossier_id: int, field: str, code: str, chosen: bool) -> None:
    """Tick or untick one service socle or référentiel (``field``: "services_socles" or "referentials").

    The dossier is locked first and the list re-read: what someone else ticked meanwhile is kept.
    """
    from esms_desktop.storage.concurrency import lock_dossier

    allowed = {"services_socles": SERVICES_SOCLES, "referentials": REFERENTIALS}[field]
    if code not in allowed:
        raise ValueError(f"unknown {field}: {code}")
    with db.session() as session:
        lock_dossier(session, dossier_id)
        d = dossier_row(session, dossier_id)
        current = set(getattr(d, COLUMNS[field]) or ())
        current = current | {code} if chosen else current - {code}
        setattr(d, COLUMNS[field], [c for c in allowed if c in current])
        touch(session, dossier_id)


def grappe_sectors(db: Database, dossier_id: int) -> dict[str, int]:
    """Number of ESSMS of the grappe by sector (unknown sectors under ``""``)."""
    with db.session() as session:
        rows = session.execute(select(Essms.sector).join(Og).where(Og.dossier_id == dossier_id)).all()
    counts: dict[str, int] = {}
    for (sector,) in rows:
        counts[sector or ""] = counts.get(sector or "", 0) + 1
    return counts
