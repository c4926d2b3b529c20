"""The open dossier's database work, off the UI thread, one job after the other in the order asked.

The wizard of a dossier owns one ``DbQueue``: every read that fills a step (``StepPage.fetch``), every
write of an edit (the autosaver's ``Write``), the step states and the live check after a store run in
its one background thread (``ui/workers.py``), strictly in the order they were submitted — an edit
typed before moving to another step is stored before that step reads the dossier, later edits queue
behind earlier ones. A job is a plain function of no argument that touches no widget; its result (or
its exception) comes back on the UI thread to the ``done`` (or ``failed``) callback given with it.

    queue = DbQueue(parent)
    queue.submit(lambda: load_dossier(db, dossier_id), done=self.fill, failed=self.show_error)
    ...
    queue.wait_idle()   # rarely: a caller that needs every write stored now (closing, undo)
    queue.stop()        # the owner closes: the jobs already asked run, then the thread ends

Without a queue (a step shown on its own in a test, the member wizard) the same calls run at once on
the caller's thread: ``run_now``.
"""

from __future__ import annotations

import collections
import logging
import threading
from dataclasses import dataclass, field
from typing import Any, Callable

from PySide6.QtCore import QObject, Signal, Slot

from esms_desktop.ui import workers

logger = logging.getLogger(__name__)


@dataclass
class Job:
    work: Callable[[], Any]
    done: Callable[[Any], None] | None = None
    failed: Callable[[Exception], None] | None = None
    result: Any = None
    error: Exception | None = None
    thread: int | None = field(default=None, repr=False)  # the thread that ran ``work`` (tests)


class _Runner(QObject):
    """Lives in the background thread: runs the jobs of the shared deque one by one."""

    done = Signal()   # emitted last: quits the thread (workers.py)
    ready = Signal()  # a job has ended: its result waits in ``finished``

    def __init__(self, state: "_State"):
        super().__init__()
        self.state = state

    @Slot()
    def run(self) -> None:
        state = self.state
        try:
            while True:
                with state.lock:
                    while not state.todo and not state.cancelled:
                        state.lock.wait()
                    if not state.todo:  # cancelled, nothing left: the jobs asked before stop() all ran
                        return
                    job = state.todo[0]
                job.thread = threading.get_ident()
                try:
                    job.result = job.work()
                except Exception as exc:  # noqa: BLE001 - given back to the UI thread, shown there
                    job.error = exc
                with state.lock:
                    state.todo.popleft()
                    state.finished.append(job)
                    state.lock.notify_all()
                job = None  # its callbacks (widgets) are let go on the UI thread, never here
                self.ready.emit()
        finally:
            self.done.emit()

    def cancel(self) -> None:
        with self.state.lock:
            self.state.cancelled = True
            self.state.lock.notify_all()


class _State:
    def __init__(self):
        self.lock = threading.Condition()
        self.todo: collections.deque[Job] = collections.deque()
        self.finished: collections.deque[Job] = collections.deque()
        self.cancelled = False


class DbQueue(QObject):
    """One background thread running database jobs in order; results delivered on the UI thread."""

    idle = Signal()  # every job asked so far has ended and its callback has run

    def __init__(self, parent: QObject | None = None):
        super().__init__(parent)
        self._state = _State()
        self._runner: _Runner | None = None
        self._delivering = False

    def _ensure_started(self) -> None:
        if self._runner is None:
            self._runner = _Runner(self._state)
            self._runner.ready.connect(self._deliver)
            workers.start(self._runner)

    def submit(self, work: Callable[[], Any], done: Callable[[Any], None] | None = None,
               failed: Callable[[Exception], None] | None = None) -> Job:
        """Run ``work`` after every job asked before; then ``done(result)`` or ``failed(exc)`` on the UI thread."""
        job = Job(work, done, failed)
        if self._state.cancelled:  # the owner is closing: run it here rather than lose it
            _finish(run_now(job))
            return job
        self._ensure_started()
        with self._state.lock:
            self._state.todo.append(job)
            self._state.lock.notify_all()
        return job

    def busy(self) -> bool:
        with self._state.lock:
            return bool(self._state.todo or self._state.finished)

    def wait_idle(self) -> None:
        """Block until every job asked so far has run, then give their results (callbacks may ask more)."""
        while True:
            with self._state.lock:
                while self._state.todo:
                    self._state.lock.wait()
            if self._delivering:  # called from a job's callback: the delivery under way gives the rest
                return
            self._deliver()
            with self._state.lock:
                if not self._state.todo and not self._state.finished:
                    return

    @Slot()
    def _deliver(self) -> None:
        if self._delivering:  # a callback that waits (wait_idle) inside a delivery: the outer loop goes on
            return
        self._delivering = True
        try:
            while True:
                with self._state.lock:
                    if not self._state.finished:
                        break
                    job = self._state.finished.popleft()
                _finish(job)
        finally:
            self._delivering = False
        if not self.busy():
            self.idle.emit()

    def stop(self) -> None:
        """The owner closes: the jobs already asked run, their results are given, the thread ends."""
        if self._runner is None:
            return
        self.wait_idle()
        workers.stop(self._runner)
        self._deliver()
        self._runner = None


def run_now(job: Job) -> Job:
    """Run a job on this thread (no queue)."""
    job.thread = threading.get_ident()
    try:
        job.result = job.work()
    except Exception as exc:  # noqa: BLE001 - given to its failed callback like a queued job's
        job.error = exc
    return job


def _finish(job: Job) -> None:
    if job.error is not None:
        if job.failed is not None:
            job.failed(job.error)
        else:
            logger.error("background database job failed", exc_info=job.error)
    elif job.done is not None:
        job.done(job.result)


def submit(queue: DbQueue | None, work: Callable[[], Any], done: Callable[[Any], None] | None = None,
           failed: Callable[[Exception], None] | None = None) -> Job:
    """``queue.submit(...)``, or the job run at once when there is no queue."""
    if queue is not None:
        return queue.submit(work, done, failed)
    job = run_now(Job(work, done, failed))
    _finish(job)
    return job
