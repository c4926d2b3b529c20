"""The list of dossiers, cheap enough for start-up: one SQL query, no SQLAlchemy import needed."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from esms_desktop.storage.database import Database

LIST_SQL = """
SELECT d.id, d.name, d.campaign_year, d.region, d.modified_at,
       (SELECT COUNT(*) FROM og WHERE og.dossier_id = d.id),
       (SELECT COUNT(*) FROM essms JOIN og ON essms.og_id = og.id WHERE og.dossier_id = d.id),
       (SELECT og.name FROM og WHERE og.dossier_id = d.id AND og.is_porteur ORDER BY og.position LIMIT 1)
FROM dossier AS d
ORDER BY d.modified_at DESC, d.id DESC
"""


@dataclass(frozen=True)
class DossierSummary:
    id: int
    name: str
    campaign_year: int
    region: str | None
    modified_at: dt.datetime
    og_count: int
    essms_count: int
    porteur: str = ""  # name of the porteur OG, "" when none is chosen


def _timestamp(value) -> dt.datetime:
    return value if isinstance(value, dt.datetime) else dt.datetime.fromisoformat(str(value))


def list_dossiers(db: Database, name_filter: str = "") -> list[DossierSummary]:
    """All dossiers, most recently modified first, optionally those whose name contains ``name_filter``."""
    needle = name_filter.strip().casefold()
    return [
        DossierSummary(i, name, year, region, _timestamp(modified), ogs, essms, porteur or "")
        for i, name, year, region, modified, ogs, essms, porteur in db.rows(LIST_SQL)
        if needle in name.casefold()
    ]
