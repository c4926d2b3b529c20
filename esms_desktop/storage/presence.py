"""Who has a dossier open: a soft lock with the person's name, kept alive by a heartbeat.

Opening a dossier ``claim``s it. While someone else's heartbeat is fresh (under ``EXPIRES_AFTER``),
``claim`` returns them instead (« Camille Durand modifie ce dossier depuis 10:42 ») and the window offers
read-only or taking over (``take_over=True``). A window that crashed stops beating: its lock expires.
The window beats every ``HEARTBEAT_EVERY``; a beat that finds the lock taken returns False.

Times are the clients' UTC clocks (``models.utcnow``); the expiry leaves room for small skews.
"""

from __future__ import annotations

import datetime as dt
import uuid
from dataclasses import dataclass

from esms_desktop.storage.models import Presence, utcnow

HEARTBEAT_EVERY = dt.timedelta(seconds=20)
EXPIRES_AFTER = dt.timedelta(seconds=90)

#: This process, as presence rows name it.
CLIENT_ID = str(uuid.uuid4())


@dataclass(frozen=True)
class Holder:
    user_name: str
    since: dt.datetime  # UTC, naive
    client_id: str


def _fresh(row: Presence, now: dt.datetime) -> bool:
    return now - row.heartbeat < EXPIRES_AFTER


def claim(db, dossier_id: int, user_name: str, *, take_over: bool = False, client_id: str | None = None,
          now: dt.datetime | None = None) -> Holder | None:
    """Take the dossier for ``user_name``; returns the other holder (nothing taken) when one is active."""
    from esms_desktop.storage.concurrency import lock_dossier

    now = now or utcnow()
    client_id = client_id or CLIENT_ID
    with db.session() as session:
        lock_dossier(session, dossier_id)  # two claims at once: one after the other
        row = session.get(Presence, dossier_id)
        if row is not None and row.client_id != client_id and _fresh(row, now) and not take_over:
            return Holder(row.user_name, row.since, row.client_id)
        if row is None:
            session.add(Presence(dossier_id=dossier_id, client_id=client_id, user_name=user_name, since=now,
                                 heartbeat=now))
        else:
            if row.client_id != client_id:
                row.since = now
            row.client_id, row.user_name, row.heartbeat = client_id, user_name, now
    return None


def heartbeat(db, dossier_id: int, client_id: str | None = None, now: dt.datetime | None = None) -> bool:
    """Keep our lock alive (one UPDATE); False when someone else took over (or it was released)."""
    from sqlalchemy import update

    client_id = client_id or CLIENT_ID
    with db.session() as session:
        result = session.execute(update(Presence).where(Presence.dossier_id == dossier_id,
                                                        Presence.client_id == client_id)
                                 .values(heartbeat=now or utcnow()))
        return result.rowcount == 1


def release(db, dossier_id: int, client_id: str | None = None) -> None:
    from sqlalchemy import delete

    client_id = client_id or CLIENT_ID
    with db.session() as session:
        session.execute(delete(Presence).where(Presence.dossier_id == dossier_id, Presence.client_id == client_id))


def holder(db, dossier_id: int, now: dt.datetime | None = None) -> Holder | None:
    """Whoever holds the dossier now (an expired lock counts as nobody)."""
    now = now or utcnow()
    with db.session() as session:
        row = session.get(Presence, dossier_id)
        if row is None or not _fresh(row, now):
            return None
        return Holder(row.user_name, row.since, row.client_id)
