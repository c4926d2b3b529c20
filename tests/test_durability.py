"""Durability that a SIGKILL cannot prove: every connection commits with synchronous=FULL, and the atomic
write syncs the file before the rename and the folder after it (the calls are recorded)."""

from __future__ import annotations

import os
import stat

import pytest

from esms_desktop.storage import atomic

FULL = 2  # PRAGMA synchronous: 0 OFF, 1 NORMAL, 2 FULL, 3 EXTRA


def test_every_connection_is_synchronous_full(db, example_id):
    from sqlalchemy import text


    # the session connections (several: the pool hands out more than one under load)
    connections = [db.engine.connect() for _ in range(3)]
    try:
        for connection in connections:
            assert connection.execute(text("PRAGMA synchronous")).scalar() == FULL
            assert connection.execute(text("PRAGMA journal_mode")).scalar() == "wal"
    finally:
        for connection in connections:
            connection.close()
    with db.session() as session:
        assert session.execute(text("PRAGMA synchronous")).scalar() == FULL
    # the migration engine's connections too
    from esms_desktop.storage import database

    class Cursor:
        def __init__(self):
            self.calls = []

        def execute(self, sql):
            self.calls.append(sql)

        def close(self):
            pass

    class Connection:
        isolation_level = ""

        def __init__(self):
            self.cur = Cursor()

        def cursor(self):
            return self.cur

    for hook in (database._on_connect, database._on_connect_migrating):
        connection = Connection()
        hook(connection, None)
        assert "PRAGMA synchronous=FULL" in connection.cur.calls


def test_atomic_write_syncs_the_file_then_renames_then_syncs_the_folder(tmp_path, monkeypatch):
    events = []
    real_fsync, real_replace, real_open = os.fsync, os.replace, os.open
    opened: dict[int, str] = {}

    def recording_open(path, flags, *args, **kwargs):
        fd = real_open(path, flags, *args, **kwargs)
        opened[fd] = str(path)
        return fd

    def recording_fsync(fd):
        target = opened.get(fd) or os.readlink(f"/proc/self/fd/{fd}")
        events.append(("fsync", target))
        return real_fsync(fd)

    def recording_replace(src, dst):
        events.append(("replace", str(dst)))
        return real_replace(src, dst)

    monkeypatch.setattr(os, "fsync", recording_fsync)
    monkeypatch.setattr(os, "replace", recording_replace)
    monkeypatch.setattr(os, "open", recording_open)
    target = tmp_path / "sub" / "dossier.pdf"
    atomic.write_bytes_atomic(target, b"%PDF-1.4 whole")
    assert target.read_bytes() == b"%PDF-1.4 whole"
    kinds = [kind for kind, _ in events]
    assert kinds == ["fsync", "replace", "fsync"], events
    assert events[0][1].startswith(str(target.parent / ".dossier.pdf."))  # the temporary file, before
    assert events[1][1] == str(target)
    assert events[2][1] == str(target.parent)  # the folder holding the new name, after


@pytest.mark.parametrize("umask, expected", [(0o022, 0o644), (0o002, 0o664), (0o077, 0o600)])
def test_written_files_get_the_usual_permissions(tmp_path, umask, expected):
    old = os.umask(umask)
    try:
        target = tmp_path / f"export-{umask:o}.xlsx"
        atomic.write_bytes_atomic(target, b"PK\x03\x04")
        assert stat.S_IMODE(target.stat().st_mode) == expected  # not the temporary file's 0600
        target.chmod(0o640)  # replacing a file keeps its permissions
        atomic.write_bytes_atomic(target, b"PK\x03\x04 v2")
        assert stat.S_IMODE(target.stat().st_mode) == 0o640
        ro = tmp_path / f"copy-{umask:o}.pdf"
        atomic.write_bytes_atomic(ro, b"%PDF", read_only=True)
        assert stat.S_IMODE(ro.stat().st_mode) == expected & ~0o222
    finally:
        os.umask(old)
