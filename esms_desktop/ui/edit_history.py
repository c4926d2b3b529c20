"""Undo / redo of everything stored in one open dossier (menu Édition ▸ Annuler / Rétablir).

Every time a step stores something (its ``changed`` signal, or the autosaver's ``saved``), the history
takes the dossier's new state (``storage.dossier_states``) and, when it differs from the previous one,
pushes one command holding both. Undo puts the previous state back whole, each item under its own number
(``dossier_states.restore``): removing an OG and undoing it brings back its ESSMS, its self-diagnostic
answers and its attached documents, with the numbers a selection or a member sheet refers to. A step may name the
change it is about to store (``name_next``) so that the menu reads « Annuler : supprimer l'OG « X » ».

A state holds no document bytes (``dossier_states.capture`` reads the typed dossier of
``storage.load_dossier``, a fixed handful of queries); the bytes a restore needs sit in ``documents``, a
cache by SHA-256 on this history that reads a document's content once, when its hash first appears (at
``reset``, then only when a document is attached), so undoing a document's removal brings its bytes back.

Cost of one edit: each checkpoint first reads the stored version (``modified_at``, which every store
moves on — the live checker relies on it too): unchanged, nothing is read (one query); changed, the
state is taken from the dossier the window has just read for its step states when it is that same version
(``offer``: no query), else read (the loader's handful of queries). Capturing after each store is kept
rather than made lazy (recording the "before" state ahead of every store would need each step to
announce its stores): with the version check it costs one or two queries whatever the size.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QObject, Signal
from PySide6.QtGui import QUndoCommand, QUndoStack

from esms_desktop.storage import dossier_states


class _StateCommand(QUndoCommand):
    def __init__(self, history: "EditHistory", before, after, text: str):
        super().__init__(text)
        self.history, self.before, self.after = history, before, after
        self._first = True
        self._skip = False  # the stack's index put back after a failed undo/redo: nothing to write

    def redo(self) -> None:
        if self._first or self._skip:  # pushed after the change was stored, or put back: nothing to do
            self._first = self._skip = False
            return
        self.history._apply(self.after, self, undoing=False)

    def undo(self) -> None:
        if self._skip:
            self._skip = False
            return
        self.history._apply(self.before, self, undoing=True)


class EditHistory(QObject):
    """The undo stack of one dossier. ``restored`` is emitted after an undo or redo put a state back;
    ``failed`` with the error when a state could not be put back (nothing changed then).

    With a ``queue`` (the wizard's ``ui.db_queue.DbQueue``) undo and redo run there, after every write asked
    before: a first job reads the dossier as stored (what was stored since the last state is recorded
    first, so that undo takes it back), then the state is put back in a second job; the window stays free
    (« Enregistrement… » after a second)."""

    restored = Signal()
    failed = Signal(object)

    def __init__(self, db, dossier_id: int, parent: QObject | None = None):
        super().__init__(parent)
        self.db = db
        self.dossier_id = dossier_id
        self.stack = QUndoStack(self)
        self.stack.setUndoLimit(100)
        self._state = None
        self.documents = dossier_states.DocumentBytes()  # the content of every document seen, by hash
        self._offered = None  # the dossier last read by the window (storage.load_dossier), see offer()
        self._next_text: str | None = None
        self._applying = False
        self.before_change = None  # called before an undo/redo (stores pending edits)
        self.queue = None  # ui.db_queue.DbQueue: undo and redo off the UI thread (None: at once)
        self.busy = 0  # undo/redo jobs asked, not ended yet
        self._applying_jobs = 0  # states being put back in the queue
        self._failed_at: tuple[_StateCommand, bool] | None = None  # without a queue: the step to take back

    def reset(self) -> None:
        """Start from the dossier as stored now, with nothing to undo."""
        self.stack.clear()
        self._state = self._capture(dossier_states.stored_version(self.db, self.dossier_id))

    def offer(self, dossier) -> None:
        """``dossier`` was just read by ``storage.load_dossier``: a checkpoint that finds the stored version
        equal to ``dossier.version`` takes its state from it instead of reading the dossier again."""
        self._offered = dossier

    def name_next(self, text: str) -> None:
        """The name of the change about to be stored (shown in Édition ▸ Annuler …)."""
        self._next_text = text

    def checkpoint(self, default_text: str = "", just_offered: bool = False) -> bool:
        """Record what was stored since the last checkpoint; True if something changed.

        ``just_offered``: the caller offered the dossier (``offer``) right after the store being recorded,
        in the same call, with nothing stored in between: its version is the stored one (no query)."""
        if self._applying:
            return False
        if self._state is None:
            self.reset()
            return False
        text = self._next_text or default_text or QCoreApplication.translate("EditHistory", "Edit")
        self._next_text = None
        offered = self._offered if just_offered else None
        version = offered.version if offered is not None else dossier_states.stored_version(self.db, self.dossier_id)
        if version is not None and version == self._state.version:
            return False  # nothing stored since the last state
        now = self._capture(version)
        if now == self._state:
            return False
        before, self._state = self._state, now
        self.stack.push(_StateCommand(self, before, now, text))
        return True

    # off the UI thread (ui/db_queue.py): the window's refresh after a store reads the dossier once in
    # its background job, takes the state there (``state_in_background``) and records it here (``record``)
    def state_in_background(self, dossier):
        """The state of ``dossier`` just loaded, its new documents' bytes read (a background job; no widget)."""
        state = dossier_states.state_of(dossier, self.db, self.dossier_id)
        self.documents.remember(self.db, self.dossier_id, state)  # reads bytes only for a new hash
        return state

    def record(self, state, default_text: str = "") -> bool:
        """On the UI thread: ``state`` (from ``state_in_background``) is the dossier as stored now; push one
        command when it differs from the last one. The first state recorded starts the history."""
        if self._applying or state is None:
            return False
        if self._state is None:
            self.stack.clear()
            self._state = state
            return False
        text = self._next_text or default_text or QCoreApplication.translate("EditHistory", "Edit")
        if state == self._state:
            return False
        self._next_text = None
        before, self._state = self._state, state
        self.stack.push(_StateCommand(self, before, state, text))
        return True

    def undo(self) -> None:
        if self.queue is not None:
            self._in_queue(self.stack.undo)
            return
        self._prepare()
        self.stack.undo()
        self._take_back_failed()

    def redo(self) -> None:
        if self.queue is not None:
            self._in_queue(self.stack.redo)
            return
        self._prepare()
        self.stack.redo()
        self._take_back_failed()

    def _take_back_failed(self) -> None:
        if self._failed_at is not None:
            command, undoing = self._failed_at
            self._failed_at = None
            self._step_back(command, undoing)

    def _step_back(self, command: "_StateCommand", undoing: bool) -> None:
        """A state could not be put back: the stack points where it was (the same undo or redo can be
        asked again), without writing anything."""
        position = next((i for i in range(self.stack.count()) if self.stack.command(i) is command), None)
        if position is None:
            return
        # an undo of the command at ``position`` took the index from position + 1 to position; a redo the
        # other way. Only when nothing moved the stack since (another undo asked meanwhile has run on the
        # dossier as it was, so the index it left is the true one)
        before, after = (position + 1, position) if undoing else (position, position + 1)
        if self.stack.index() != after:
            return
        command._skip = True
        self.stack.setIndex(before)
        command._skip = False

    def _in_queue(self, step) -> None:
        """Undo or redo after the writes asked before: the stored state read in the background (recorded when
        it moved since the last one), then ``step()`` on the UI thread, whose command puts its state back
        in the background too (``_apply``)."""
        if self.before_change is not None:
            self.before_change()  # pending edits sent to the queue first (not waited for)
        db, dossier_id = self.db, self.dossier_id
        seen = self._state

        def read():
            version = dossier_states.stored_version(db, dossier_id)
            if seen is not None and version is not None and version == seen.version:
                return seen  # nothing stored since that state
            state = dossier_states.capture(db, dossier_id)
            self.documents.remember(db, dossier_id, state)  # reads bytes only for a new hash
            return state

        def read_done(now) -> None:
            self.busy -= 1
            if self._state is None:
                self._state = now
            elif now != self._state and not self._applying:  # stored since the last state: undone first
                text = self._next_text or QCoreApplication.translate("EditHistory", "Edit")
                self._next_text = None
                before, self._state = self._state, now
                self.stack.push(_StateCommand(self, before, now, text))
            step()

        def read_failed(exc: Exception) -> None:
            self.busy -= 1
            self.failed.emit(exc)

        self.busy += 1
        self.queue.submit(read, read_done, read_failed)

    def _prepare(self) -> None:
        if self.before_change is not None:
            self.before_change()  # pending edits are stored (and recorded) first
        self.checkpoint()  # a change stored without a signal: recorded, so that undo takes it back first

    def _capture(self, version: str | None = None):
        offered = self._offered
        if offered is not None and version is not None and offered.version == version:
            state = dossier_states.state_of(offered, self.db, self.dossier_id)
        else:
            state = dossier_states.capture(self.db, self.dossier_id)
        self.documents.remember(self.db, self.dossier_id, state)  # reads bytes only for a new hash
        return state

    def _apply(self, state, command: "_StateCommand | None" = None, undoing: bool = True) -> None:
        if self.queue is not None:
            self._apply_in_queue(state, command, undoing)
            return
        self._applying = True
        try:
            dossier_states.restore(self.db, self.dossier_id, state, self.documents)
            self._state = self._capture()
        except Exception as exc:  # noqa: BLE001 - nothing was put back (one transaction): said, history kept
            if command is not None:
                self._failed_at = (command, undoing)  # taken back once the stack's undo() has returned
            self.failed.emit(exc)
            return
        finally:
            self._applying = False
        self.restored.emit()

    def _apply_in_queue(self, state, command: "_StateCommand | None" = None, undoing: bool = True) -> None:
        from esms_desktop.ui.write_progress import WriteProgress

        db, dossier_id, documents = self.db, self.dossier_id, self.documents
        parent = self.parent()
        progress = WriteProgress(parent if hasattr(parent, "window") else None)

        def put_back():
            dossier_states.restore(db, dossier_id, state, documents)
            now = dossier_states.capture(db, dossier_id)
            documents.remember(db, dossier_id, now)
            return now

        def ended() -> None:
            progress.finish()
            self.busy -= 1
            self._applying_jobs -= 1
            self._applying = self._applying_jobs > 0

        def done(now) -> None:
            ended()
            self._state = now
            self.restored.emit()

        def failed(exc: Exception) -> None:  # nothing was put back (one transaction): said, the state kept
            ended()
            if command is not None:
                self._step_back(command, undoing)  # the same Ctrl+Z (Ctrl+Maj+Z) can be asked again
            self.failed.emit(exc)

        self.busy += 1
        self._applying_jobs += 1
        self._applying = True  # the window's refreshes meanwhile record nothing: the restore's state is taken
        self.queue.submit(put_back, done, failed)
