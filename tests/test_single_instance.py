"""One window per database: a second start hands over to the first; a dead holder's lock is taken over."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from esms_desktop.ui.single_instance import SingleInstance, bring_to_front, claim, instance_key, lock_path

ROOT = Path(__file__).resolve().parent.parent

HOLD_LOCK_ONLY = """
import sys, time
from PySide6.QtCore import QLockFile
from esms_desktop.ui.single_instance import lock_path
lock = QLockFile(str(lock_path(sys.argv[1]))); lock.setStaleLockTime(0)
print("locked" if lock.tryLock(0) else "busy", flush=True)
time.sleep(60)
"""

HOLD_AS_INSTANCE = """
import sys, time
from PySide6.QtCore import QCoreApplication
from esms_desktop.ui.single_instance import SingleInstance
app = QCoreApplication([])
guard = SingleInstance(sys.argv[1])
print("locked" if guard.acquire() else "busy", flush=True)
time.sleep(60)
"""


def _child(code: str, db_path: Path) -> subprocess.Popen:
    proc = subprocess.Popen([sys.executable, "-c", code, str(db_path)], stdout=subprocess.PIPE, text=True,
                            env={**os.environ, "PYTHONPATH": str(ROOT)})
    assert proc.stdout.readline().strip() == "locked"
    return proc


@pytest.fixture
def guard(qapp, db_path):
    instance = SingleInstance(db_path)
    yield instance
    instance.release()


def test_second_start_hands_over_and_quits(qtbot, guard, db_path, tmp_path):
    # GIVEN a running instance holding the database
    assert guard.acquire()
    calls = []
    guard.activation_requested.connect(lambda: calls.append(1))
    # WHEN the application is started again on the same file (spelled another way)
    spelled = db_path.parent / "." / db_path.name
    env = {**os.environ, "PYTHONPATH": str(ROOT), "QT_QPA_PLATFORM": "offscreen",
           "ESMS_DESKTOP_HOME": str(tmp_path / "home2")}
    second = subprocess.Popen([sys.executable, "-m", "esms_desktop", "--db", str(spelled)], env=env,
                              stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    # THEN the first is asked to come to the front, and the second quits at once without opening it
    qtbot.waitUntil(lambda: bool(calls) and second.poll() is not None, timeout=20000)
    _out, err = second.communicate()
    assert second.returncode == 0
    assert str(db_path) in err
    assert not db_path.exists()  # the second instance never opened (nor created) the database


def test_window_comes_to_front_and_says_why(qtbot, main_window):
    main_window.showMinimized()
    bring_to_front(main_window)
    assert not main_window.isMinimized()
    assert "esms-desktop" in main_window.statusBar().currentMessage()


def test_lock_of_a_killed_instance_is_taken_over(qapp, guard, db_path):
    holder = _child(HOLD_AS_INSTANCE, db_path)
    try:
        assert not guard.acquire()
        assert guard.holder()[0] == holder.pid
    finally:
        holder.send_signal(signal.SIGKILL)
        holder.wait()
    assert guard.acquire()  # the process is gone: its lock and its socket are stale


def test_holder_that_does_not_answer_is_reported(qapp, monkeypatch, db_path):
    from PySide6.QtWidgets import QMessageBox

    shown = []
    monkeypatch.setattr(QMessageBox, "warning", lambda parent, title, text: shown.append(text))
    holder = _child(HOLD_LOCK_ONLY, db_path)  # the lock, but no socket (a frozen instance)
    try:
        started = time.monotonic()
        guard, code = claim(str(db_path), timeout_ms=500)
        assert guard is None and code == 1
        assert time.monotonic() - started < 5
    finally:
        holder.send_signal(signal.SIGKILL)
        holder.wait()
    assert len(shown) == 1 and str(db_path) in shown[0] and str(holder.pid) in shown[0]
    assert not db_path.exists()


def test_each_database_has_its_own_lock(qapp, tmp_path):
    first, second = SingleInstance(tmp_path / "a.sqlite"), SingleInstance(tmp_path / "b.sqlite")
    try:
        assert first.acquire() and second.acquire()
        assert first.key != second.key
        assert lock_path(tmp_path / "a.sqlite").exists()
    finally:
        first.release()
        second.release()
    assert not lock_path(tmp_path / "a.sqlite").exists()


def test_same_file_same_key(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    assert instance_key("x.sqlite") == instance_key(tmp_path / "sub" / ".." / "x.sqlite")
    assert instance_key("x.sqlite") != instance_key("y.sqlite")


def test_memory_database_needs_no_lock(qapp):
    assert claim("sqlite://") == (None, None)
