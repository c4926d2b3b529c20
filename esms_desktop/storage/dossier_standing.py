"""Where a dossier stands, for the dossier list: admissible or how many criteria block, its filing deadline.

The check is the one the window and the PDF use (``rules.admissibility.checker``), run on the stored
dossier as ``storage.load_dossier`` reads it. A result is kept
per dossier and modification time, so coming back to the list recomputes only what changed.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from esms_desktop.storage.database import Database

# states shown in the list; engineer "award" adds "filed" and "awarded" (déposé / retenu) later
ADMISSIBLE = "admissible"
BLOCKING = "blocking"
UNKNOWN = "unknown"  # the dossier's campaign has no rule file: nothing can be said


@dataclass(frozen=True)
class DossierStanding:
    dossier_id: int
    state: str
    blocking: int  # criteria blocking the admissibility (0 when admissible)
    deadline: dt.date | None  # end of the filing window of the dossier's call, when the campaign gives it


def _check(db: Database, dossier_id: int, today: dt.date):
    """The checker's report and the filing deadline, from the one loader (no document bytes)."""
    from esms_desktop.rules.admissibility.checker import check_admissibility
    from esms_desktop.rules.planning.plan import check_dossier_plan
    from esms_desktop.storage.loader import load_dossier

    dossier = load_dossier(db, dossier_id)
    window = check_dossier_plan(dossier).window
    return check_admissibility(dossier, today), (window.end if window is not None else None)


_cache: dict[tuple, DossierStanding] = {}


def dossier_standing(db: Database, dossier_id: int, modified_at=None, today: dt.date | None = None) -> DossierStanding:
    """The standing of one dossier (``modified_at``: its modification time, for the cache)."""
    from esms_desktop.rules.campaign import CampaignFileError

    today = today or dt.date.today()
    key = (getattr(db, "url", id(db)), dossier_id, modified_at, today)
    if modified_at is not None and key in _cache:
        return _cache[key]
    try:
        report, deadline = _check(db, dossier_id, today)
        standing = DossierStanding(dossier_id, ADMISSIBLE if report.admissible else BLOCKING,
                                   report.blocking_count, deadline)
    except CampaignFileError:
        standing = DossierStanding(dossier_id, UNKNOWN, 0, None)
    if modified_at is not None:
        _cache[key] = standing
    return standing
