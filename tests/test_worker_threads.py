"""Background threads never outlive their owner: closing the pack step, the dossier or the window during an
export stops the work and waits for it, and deleting an owner outright does not abort the process
(« QThread: Destroyed while thread is still running » then « Fatal Python error: Aborted »)."""

from __future__ import annotations

import gc

import os
import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtCore import Qt

from esms_desktop.ui import workers
from esms_desktop.ui.wizard.step import WizardContext

from conftest import settle

ROOT = Path(__file__).resolve().parent.parent


def _pack_step(qtbot, db, dossier_id):
    from esms_desktop.ui.autosave import Autosaver
    from esms_desktop.ui.pack.pack_step import PackStep

    page = PackStep(WizardContext(db, dossier_id, Autosaver()))
    qtbot.addWidget(page)
    page.show()
    page.load()
    return page


def _start_export(qtbot, page) -> None:
    qtbot.mouseClick(page.generate_button, Qt.MouseButton.LeftButton)
    assert page.export.is_running() and workers.running(), "the export should be under way"


def test_closing_the_pack_step_during_an_export_stops_and_waits(qtbot, french, db, example_id):
    page = _pack_step(qtbot, db, example_id)
    _start_export(qtbot, page)
    page.close()
    assert workers.running() == []


def test_deleting_the_step_during_an_export_does_not_abort(qtbot, french, db, example_id):
    page = _pack_step(qtbot, db, example_id)
    _start_export(qtbot, page)
    page.deleteLater()  # no close event: the thread is not the step's child, it ends on its own
    qtbot.wait(20)
    assert workers.stop_all()
    qtbot.wait(20)  # the registry lets the ended thread go
    assert workers.running() == []
    del page
    gc.collect()  # the wrapper of the deleted step goes too (pytest-qt would close it at teardown)


def _open_pack_in_window(qtbot, main_window):
    main_window.open_example()
    wizard = main_window.wizard
    wizard.go_to_step("pack")
    settle(wizard)  # the step has its data (read in the background)
    page = wizard.current_step()
    assert page.key == "pack"
    _start_export(qtbot, page)
    return page


def test_closing_the_dossier_during_an_export_stops_and_waits(qtbot, main_window):
    from esms_desktop.ui.standing_worker import StandingWorker

    _open_pack_in_window(qtbot, main_window)
    main_window.show_list()
    # the export's thread has ended (the list's state column, just started, is computed in its own)
    assert [w for w in workers.running() if not isinstance(w, StandingWorker)] == []


def test_closing_the_window_during_an_export_stops_and_waits(qtbot, main_window):
    _open_pack_in_window(qtbot, main_window)
    main_window.close()
    assert workers.running() == []


def test_a_worker_thread_ends_without_the_event_loop(qapp):
    """``done`` quits the thread directly: waiting for it never needs the UI loop to turn."""
    from PySide6.QtCore import QObject, Signal

    class Quick(QObject):
        done = Signal()

        def run(self):
            self.done.emit()

        def cancel(self):
            pass

    worker = Quick()
    workers.start(worker)
    assert workers.wait(worker, 10000)


@pytest.mark.slow
def test_a_call_gives_its_result_or_error_on_the_ui_thread_and_nothing_to_an_owner_gone(qtbot):
    """``workers.call``: the function runs in its own thread; its result, or its exception, comes back to the
    UI thread; an owner deleted meanwhile gets nothing (and nothing aborts)."""
    import threading

    from PySide6.QtWidgets import QWidget

    gui = threading.get_ident()
    got = []
    release = threading.Event()
    worker = workers.call(lambda: (release.wait(30), threading.get_ident())[1],
                          done=lambda ident: got.append(("done", ident, threading.get_ident())))
    assert got == []  # returned at once
    release.set()
    qtbot.waitUntil(lambda: bool(got))
    kind, ran_in, delivered_in = got[0]
    assert kind == "done" and ran_in != gui and delivered_in == gui
    assert workers.wait(worker)

    def fails():
        raise ValueError("refusé")

    workers.call(fails, failed=lambda exc: got.append(("failed", str(exc))))
    qtbot.waitUntil(lambda: len(got) == 2)
    assert got[1] == ("failed", "refusé")

    owner = QWidget()
    release.clear()
    worker = workers.call(lambda: release.wait(30), done=lambda _r: got.append("to an owner gone"), owner=owner)
    owner.deleteLater()
    qtbot.waitUntil(lambda: not __import__("shiboken6").isValid(owner))
    release.set()
    assert workers.wait(worker)
    from PySide6.QtWidgets import QApplication

    QApplication.processEvents()  # the thread has ended: a reply that survived its owner would be given now
    assert len(got) == 2


def test_thread_tests_pass_in_random_order_with_the_cpu_saturated(tmp_path):
    """A chosen subset (the CLI first, then widget tests, the pack exports) in a child pytest, in a random
    order, while every core is kept busy by background processes; bounded to 15 minutes."""
    burners = [subprocess.Popen([sys.executable, "-c", "while True: pass"]) for _ in range(os.cpu_count() or 2)]
    try:
        result = subprocess.run(
            [sys.executable, "-m", "pytest", "-q", "-p", "no:cacheprovider", "-p", "randomly",
             "tests/test_check_cli.py", "tests/test_pack_completion.py", "tests/test_worker_threads.py",
             "-k", "not cpu_saturated"],
            cwd=ROOT, capture_output=True, text=True, timeout=900,
            env={**os.environ, "QT_QPA_PLATFORM": "offscreen"},
        )
    finally:
        for burner in burners:
            burner.kill()
            burner.wait()
    tail = (result.stdout + result.stderr)[-3000:]
    assert result.returncode == 0, tail
    assert "Aborted" not in tail and "passed" in result.stdout
