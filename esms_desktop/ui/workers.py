"""Background work in a QThread that no owner can destroy while it runs.

A QThread destroyed while it runs aborts the whole process (« QThread: Destroyed while thread is still
running »). That happens when the thread is the child of a widget that is closed or deleted (the pack
step, the window, the dossier) during the work. So here:

- the thread has no Qt parent: it is kept alive by this module's registry until it has ended, whoever
  owned the work is gone;
- the worker's ``done`` signal quits the thread directly (``QThread.quit`` is thread-safe), so the thread
  ends even when the UI event loop does not run (a blocked ``wait``);
- owners call :func:`stop` (cancel, then wait) when they close; the application calls :func:`stop_all`
  before quitting, and an ``atexit`` hook does it too, so no thread outlives the interpreter.

A worker is a QObject with a ``run()`` slot, a ``cancel()`` method (thread-safe) and a ``done`` signal
emitted last, whatever the outcome.

    thread = workers.start(worker)
    ...
    workers.stop(worker)  # when the owner closes

One function to run (a window without the dossier queue of ``ui/db_queue.py``: the dossier list)::

    workers.call(lambda: delete_dossier(db, dossier_id), done=show, failed=say, owner=widget)

``done(result)`` or ``failed(exc)`` then run on the UI thread, unless ``owner`` was destroyed meanwhile.
"""

from __future__ import annotations

import atexit
import logging

from PySide6.QtCore import QDeadlineTimer, QObject, Qt, QThread, Signal, Slot

logger = logging.getLogger(__name__)

DEFAULT_WAIT_MS = 60000


class _Registry(QObject):
    """The running threads and their workers (lives in the thread that imported this module: the UI's)."""

    def __init__(self):
        super().__init__()
        self.jobs: dict[QThread, QObject] = {}

    def add(self, thread: QThread, worker: QObject) -> None:
        self.jobs[thread] = worker
        thread.finished.connect(self.ended)

    @Slot()
    def ended(self) -> None:
        thread = self.sender()
        if isinstance(thread, QThread) and thread in self.jobs:
            # ``finished`` is emitted just before the thread is marked ended: wait for that moment, then
            # let the references go (the thread and its worker are deleted with them).
            thread.wait()
            self.jobs.pop(thread)


_registry: _Registry | None = None


def _jobs() -> _Registry:
    global _registry
    if _registry is None:
        _registry = _Registry()
    return _registry


class _UiThreadCollector(QObject):
    """Python's cycle collector runs in whichever thread happens to allocate: in a background thread it may
    free a cycle holding widgets there, which crashes Qt (a widget is destroyed off the GUI thread). Once
    background threads exist, the automatic collector is off and this timer collects on the UI thread
    instead, with the same thresholds."""

    def __init__(self):
        super().__init__()
        import gc

        from PySide6.QtCore import QTimer

        self.timer = QTimer(self)
        self.timer.setInterval(200)
        self.timer.timeout.connect(self.collect)
        self.timer.start()
        self.last_full = 0.0
        gc.disable()

    @Slot()
    def collect(self) -> None:
        import gc

        import time

        counts, thresholds = gc.get_count(), gc.get_threshold()
        if counts[0] <= thresholds[0]:
            return
        generation = 1 if counts[1] > thresholds[1] else 0
        # a full collection walks every object not frozen (freeze_survivors: some 15 ms with a 200-ESSMS
        # dossier open, 70 ms before the start-up's objects are frozen): as rare as the interpreter's own
        # heuristic makes it, at most once a minute here
        if counts[2] > thresholds[2] and time.monotonic() - self.last_full > 60:
            generation, self.last_full = 2, time.monotonic()
        gc.collect(generation)


_collector: _UiThreadCollector | None = None


def freeze_survivors() -> None:
    """Put every object alive now out of the cycle collector's reach (``gc.freeze``), on the UI thread once
    the start-up is over (the modules imported, the window and its list made, no dossier open): they live as
    long as the application, yet each full collection walked them all — some 170 000 objects, 70 ms with
    the window blocked. Collections then only walk what was made since (a dossier's widgets and data), and
    still on the UI thread (``_UiThreadCollector``). A garbage cycle frozen with them is never freed: hence
    once a process, with no dossier open."""
    import gc

    global _frozen
    if not _frozen:
        _frozen = True
        gc.freeze()


_frozen = False


def _collect_on_ui_thread() -> None:
    global _collector
    if _collector is None:
        from PySide6.QtCore import QCoreApplication

        app = QCoreApplication.instance()
        if app is not None and QThread.currentThread() is app.thread():
            _collector = _UiThreadCollector()


def start(worker: QObject) -> QThread:
    """Run ``worker.run`` in a new thread; returns the thread (kept alive here until it has ended)."""
    _collect_on_ui_thread()
    thread = QThread()
    worker.moveToThread(thread)
    thread.started.connect(worker.run)
    worker.done.connect(thread.quit, Qt.ConnectionType.DirectConnection)
    _jobs().add(thread, worker)
    thread.start()
    return thread


def _thread_of(worker: QObject) -> QThread | None:
    for thread, job in list(_jobs().jobs.items()):
        if job is worker:
            return thread
    return None


def wait(worker: QObject | None, msecs: int = DEFAULT_WAIT_MS) -> bool:
    """Block until the worker's thread has ended (True) or ``msecs`` passed (False)."""
    if worker is None:
        return True
    thread = _thread_of(worker)
    return thread is None or thread.wait(QDeadlineTimer(msecs))


def stop(worker: QObject | None, msecs: int = DEFAULT_WAIT_MS) -> bool:
    """Cancel the worker and wait for its thread to end."""
    if worker is None:
        return True
    thread = _thread_of(worker)
    if thread is None:
        return True
    worker.cancel()
    ended = thread.wait(QDeadlineTimer(msecs))
    if not ended:
        logger.error("A background task did not stop within %d ms", msecs)
    return ended


def running() -> list[QObject]:
    """The workers whose thread has not ended yet."""
    return [worker for thread, worker in list(_jobs().jobs.items()) if not thread.isFinished()]


def stop_all(msecs: int = DEFAULT_WAIT_MS) -> bool:
    """Cancel every worker and wait for every thread (application quitting, end of a test)."""
    if _registry is None:
        return True
    for worker in running():
        worker.cancel()
    ok = True
    for thread in list(_registry.jobs):
        ok = thread.wait(QDeadlineTimer(msecs)) and ok
    return ok


class _Call(QObject):
    """Runs one function in its thread; its outcome goes to a ``_Reply`` on the UI thread."""

    done = Signal()
    ended = Signal(object, object)  # (result, exception)

    def __init__(self, work):
        super().__init__()
        self.work = work

    @Slot()
    def run(self) -> None:
        result = error = None
        try:
            result = self.work()
        except Exception as exc:  # noqa: BLE001 - given to the UI thread, said there
            error = exc
        finally:
            self.work = None  # let go here, in this thread: ``work`` holds no widget (see ``call``)
        self.ended.emit(result, error)
        self.done.emit()

    def cancel(self) -> None:
        """A call is not stopped half-way (a write ends or is rolled back whole): it is waited for."""


class _Reply(QObject):
    """On the UI thread (a child of the owner, if any): gives a call's outcome to its callbacks."""

    def __init__(self, owner: QObject | None, done, failed):
        super().__init__(owner)
        self.done_callback, self.failed_callback = done, failed

    @Slot(object, object)
    def deliver(self, result, error) -> None:
        _replies.discard(self)
        done, failed = self.done_callback, self.failed_callback
        self.done_callback = self.failed_callback = None
        self.deleteLater()
        if error is not None:
            if failed is not None:
                failed(error)
            else:
                logger.error("background call failed", exc_info=error)
        elif done is not None:
            done(result)


_replies: set[_Reply] = set()  # kept until delivered (or their owner destroyed)


def call(work, done=None, failed=None, owner: QObject | None = None) -> QObject:
    """Run ``work()`` (no widget) in a new thread, then ``done(result)`` or ``failed(exc)`` on the UI thread
    (not when ``owner`` was destroyed meanwhile). Returns the worker (for :func:`wait`)."""
    import shiboken6

    for reply in [r for r in _replies if not shiboken6.isValid(r)]:  # their owner was destroyed
        _replies.discard(reply)
    reply = _Reply(owner, done, failed)
    _replies.add(reply)
    worker = _Call(work)
    worker.ended.connect(reply.deliver)  # queued: the reply lives in the UI thread
    start(worker)
    return worker


atexit.register(stop_all)
