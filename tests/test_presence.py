"""Who has a dossier open: the soft lock, its heartbeat, taking over, and the lock of a crashed window
expiring (a real process killed), on SQLite and PostgreSQL."""

from __future__ import annotations

import datetime as dt
import subprocess
import sys
import time

import pytest

from esms_desktop.storage import presence

pytestmark = pytest.mark.both_backends


@pytest.fixture
def dossier(db):
    from esms_desktop.storage.dossiers import create_dossier

    return create_dossier(db, "Grappe partagée", 2024)


def test_second_person_sees_the_first_then_takes_over(db, dossier):
    t0 = dt.datetime(2026, 12, 3, 9, 42)
    assert presence.claim(db, dossier, "Camille Durand", client_id="c1", now=t0) is None
    other = presence.claim(db, dossier, "Dominique Petit", client_id="c2", now=t0 + dt.timedelta(seconds=30))
    assert (other.user_name, other.since) == ("Camille Durand", t0)
    # taking over, explicitly: Camille's next beat learns it
    assert presence.claim(db, dossier, "Dominique Petit", client_id="c2", take_over=True,
                          now=t0 + dt.timedelta(seconds=31)) is None
    assert presence.heartbeat(db, dossier, client_id="c1") is False
    assert presence.holder(db, dossier, now=t0 + dt.timedelta(seconds=32)).user_name == "Dominique Petit"


def test_the_lock_lives_while_it_beats_and_expires_at_ninety_seconds(db, dossier):
    t0 = dt.datetime(2026, 12, 3, 10, 0)
    presence.claim(db, dossier, "Camille Durand", client_id="c1", now=t0)
    assert presence.heartbeat(db, dossier, client_id="c1", now=t0 + dt.timedelta(seconds=60))
    # 89 s after the last beat: still held; at exactly 90 s: expired (EXPIRES_AFTER)
    assert presence.claim(db, dossier, "D", client_id="c2", now=t0 + dt.timedelta(seconds=149)) is not None
    assert presence.claim(db, dossier, "D", client_id="c2", now=t0 + dt.timedelta(seconds=150)) is None
    assert presence.holder(db, dossier, now=t0 + dt.timedelta(seconds=151)).since == t0 + dt.timedelta(seconds=150)


def test_release_frees_it(db, dossier):
    presence.claim(db, dossier, "Camille Durand", client_id="c1")
    presence.release(db, dossier, client_id="c1")
    assert presence.holder(db, dossier) is None


def test_a_crashed_window_lock_expires(db, db_url, dossier):
    """A process claims and beats, then is killed: its lock is seen until it expires, then it is free."""
    code = ("import sys, time; from esms_desktop.storage.database import open_database; "
            "from esms_desktop.storage import presence; db = open_database(sys.argv[1]); "
            "presence.claim(db, int(sys.argv[2]), 'Camille Durand'); print('claimed', flush=True); "
            "[(presence.heartbeat(db, int(sys.argv[2])), time.sleep(0.2)) for _ in range(1000)]")
    proc = subprocess.Popen([sys.executable, "-c", code, db_url, str(dossier)], stdout=subprocess.PIPE, text=True)
    assert proc.stdout.readline().strip() == "claimed"
    time.sleep(0.5)
    proc.kill()
    proc.wait()
    seen = presence.claim(db, dossier, "Dominique Petit", client_id="c2")
    assert seen is not None and seen.user_name == "Camille Durand"
    later = presence.utcnow() + presence.EXPIRES_AFTER
    assert presence.claim(db, dossier, "Dominique Petit", client_id="c2", now=later) is None


def test_deleting_the_dossier_removes_its_presence(db, dossier):
    from esms_desktop.storage.dossiers import delete_dossier

    presence.claim(db, dossier, "Camille Durand", client_id="c1")
    delete_dossier(db, dossier)
    assert db.rows("SELECT count(*) FROM presence") == [(0,)]
