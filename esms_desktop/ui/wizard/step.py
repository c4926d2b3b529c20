"""Base class of a wizard step: build widgets in ``setup_ui``, set texts in ``retranslate_ui``."""

from __future__ import annotations

import time
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from enum import Enum

from PySide6.QtCore import QEvent, QObject, QTimer, Signal
from PySide6.QtWidgets import QLabel, QStyle, QWidget

from esms_desktop.ui.autosave import Autosaver


def dossier_check(db, dossier_id: int, dossier):
    """The admissibility check of ``dossier`` just loaded (cached by its version), or None without rules."""
    from esms_desktop.rules.campaign import CampaignFileError
    from esms_desktop.ui.verification.checking import run_check

    try:
        return run_check(db, dossier_id, dossier=dossier)
    except (CampaignFileError, ValueError):
        return None


#: Between two slices: 1 ms, not 0 — a timer at 0 started while Qt fires its timers may fire again in the same
#: pass of the event loop, and two slices then make one long turn with no input read between them.
SLICE_GAP_MS = 1


class Slices(QObject):
    """Widgets made over several turns of the event loop, about ``budget`` seconds each (``BUDGET``), so that a long
    fill (200 ESSMS: a combo box per row, a card per finding) never holds the window: ``start(work)`` runs
    the callables of ``work`` in order, the first slice at once; a new ``start`` drops what the last one
    had left; ``finish_now()`` runs the rest at once (a reader that needs every widget). ``sliced=False``
    (a step outside a wizard, read on the UI thread) runs everything at once. The step holding it counts
    as loading until it is done (``StepPage.watch``)."""

    finished = Signal()
    #: Seconds of making per turn: the layout and painting of what was made follow in the same or the next
    #: turn and cost about as much again, so a turn stays well under the 50 ms a user would feel.
    BUDGET = 0.008
    NEXT_TURN = None  # an item of ``work`` that ends the turn: what follows waits for the next one

    def __init__(self, parent: QObject, budget: float = BUDGET, sliced: bool = True):
        super().__init__(parent)
        self.budget, self.sliced = budget, sliced
        self._work = None
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(SLICE_GAP_MS)
        self._timer.timeout.connect(self._turn)

    def start(self, work: Iterable[Callable[[], None]], now: bool = True) -> None:
        """Run ``work``: its first slice at once (``now``) or at the next turn."""
        self._work = iter(work)
        if not self.sliced:
            self.finish_now()
        elif now:
            self._turn()
        else:
            self._timer.start()

    def busy(self) -> bool:
        return self._work is not None

    def finish_now(self) -> None:
        if self._work is None:
            return
        work, self._work = self._work, None
        self._timer.stop()
        for item in work:
            if item is not None:
                item()
        self.finished.emit()

    def _turn(self) -> None:
        work = self._work
        if work is None:
            return
        end = time.perf_counter() + self.budget
        for item in work:
            if item is not None:
                item()
            if work is not self._work:  # a new start() from inside the work: it goes on by itself
                return
            if item is None or time.perf_counter() > end:
                self._timer.start()
                return
        self._work = None
        self.finished.emit()


class Completion(Enum):
    EMPTY = "empty"
    PARTIAL = "partial"
    COMPLETE = "complete"


@dataclass
class WizardContext:
    """What every step needs: the open database, the dossier, the shared autosaver."""

    db: object
    dossier_id: int
    autosaver: Autosaver
    history: object = None  # ui.edit_history.EditHistory: steps may name their next change
    queue: object = None  # ui.db_queue.DbQueue of the wizard: reads and writes off the UI thread (None: at once)

    def submit(self, work, done=None, failed=None):
        """Run ``work`` (storage only, no widget) after the dossier's earlier jobs, off the UI thread when the
        wizard has a queue; ``done(result)`` / ``failed(exc)`` on the UI thread."""
        from esms_desktop.ui import db_queue

        return db_queue.submit(self.queue, work, done, failed)

    def name_change(self, text: str) -> None:
        """Name the change about to be stored, for Édition ▸ Annuler (no-op without a history)."""
        if self.history is not None:
            self.history.name_next(text)


class StepPage(QWidget):
    """One step of the wizard. Subclasses set ``key`` and implement the four hooks."""

    key = ""
    changed = Signal()  # the step stored something: completion and title may change
    loading_changed = Signal(bool)  # True while the step waits for its data (« Chargement… »)

    def __init__(self, context: WizardContext, parent: QWidget | None = None):
        super().__init__(parent)
        self.context = context
        self._loads_asked = 0
        self._awaiting_data = False
        self._watched: list[Slices] = []
        self.setup_ui()
        self.retranslate_ui()

    def heightForWidth(self, width: int) -> int:  # noqa: N802
        """The height the step needs at this width with its growing parts (tables, lists, tabs, charts)
        at their minimum and its wrapped texts at their height for the width: the step's scroll area
        (wizard_view) scrolls only below that, not as soon as a table's preferred height does not fit."""
        layout = self.layout()
        if layout is None:
            return super().heightForWidth(width)
        margins = layout.contentsMargins()
        inner = width - margins.left() - margins.right()
        heights = []
        for index in range(layout.count()):
            item = layout.itemAt(index)
            if item.isEmpty():
                continue
            # a wrapped text, or a row of them (a layout of labels, buttons, check boxes): its height at this
            # width; anything else (tabs, group boxes, splitters of tables) at its minimum
            wrapped = item.hasHeightForWidth() and (isinstance(item.widget(), QLabel) or item.layout() is not None)
            heights.append(max(item.heightForWidth(inner), item.minimumSize().height()) if wrapped
                           else item.minimumSize().height())
        spacing = layout.spacing()
        if spacing < 0:  # the style's
            spacing = max(0, self.style().pixelMetric(QStyle.PixelMetric.PM_LayoutVerticalSpacing))
        return margins.top() + margins.bottom() + sum(heights) + spacing * max(0, len(heights) - 1)

    @property
    def db(self):
        return self.context.db

    @property
    def dossier_id(self) -> int:
        return self.context.dossier_id

    # hooks -------------------------------------------------------------
    def title(self) -> str:
        """The step's title; only ``self.tr`` texts (it is also asked of the class: ``step_title``)."""
        raise NotImplementedError

    @classmethod
    def step_title(cls) -> str:
        """``title()`` without a page (the wizard's step list before the step is built): ``tr`` works on
        the class as on an instance, in the class's translation context."""
        return cls.title(cls)

    def setup_ui(self) -> None:
        raise NotImplementedError

    def retranslate_ui(self) -> None:
        raise NotImplementedError

    def load(self, then=None) -> None:
        """Fill the widgets from the database (called when the step is shown): ``fetch()`` reads in the
        wizard's background queue, ``fill(data)`` then fills the widgets on the UI thread; ``then()``
        after that. A step that overrides ``load`` itself reads on the UI thread."""
        self._loads_asked += 1
        asked = self._loads_asked
        self._set_loading(True)

        def filled(data) -> None:
            if asked != self._loads_asked:
                return  # a later load was asked: its data is newer
            self._filled_once = True
            try:
                self.fill(data)
            finally:
                self._set_loading(False)  # after the widgets are filled: a link may now focus one of them
            if then is not None:
                then()

        def failed(exc: Exception) -> None:
            if asked == self._loads_asked:
                self._set_loading(False)
                self.load_failed(exc)

        self.context.submit(self.fetch, filled, failed)

    def submit_write(self, write, progress: str | None = None) -> None:
        """Store an edit not bound to the autosaver (a tick, a button, a dialog's OK): ``write`` (an
        ``autosave.Write``) runs after the dossier's earlier jobs, in the background; a refusal is shown like
        an autosaved one's. Not stored after a second: « Enregistrement… » (or ``progress``) is shown."""
        from esms_desktop.ui.write_progress import WriteProgress

        saver = self.context.autosaver
        shown = WriteProgress(self, progress) if self.context.queue is not None else None

        def refused(exc: Exception) -> None:
            if shown is not None:
                shown.finish()
            if write.failed is None or not write.failed(exc):
                saver.failed.emit(exc)

        def stored(result) -> None:
            if shown is not None:
                shown.finish()
            if write.then is not None:
                write.then(result)
            saver.saved.emit()

        self.context.submit(write.run, stored, refused)

    def write_then_reload(self, run, then=None, progress: str | None = None) -> None:
        """``run()`` (storage only) in the background, then the step read again and ``then(result)`` once it
        is shown (a new row selected); refusals shown to the user."""
        from esms_desktop.ui.autosave import Write

        def stored(result) -> None:
            self.load(then=(lambda: then(result)) if then is not None else None)
            self.changed.emit()

        self.submit_write(Write(run, stored), progress)

    def fetch(self):
        """The data ``fill`` shows, read from the database (runs in the background thread: no widget)."""
        raise NotImplementedError

    def fill(self, data) -> None:
        """Fill the widgets with what ``fetch`` read (UI thread)."""
        raise NotImplementedError

    def load_failed(self, exc: Exception) -> None:
        """The step's data could not be read: said in the window (French), the widgets left as they were."""
        from PySide6.QtCore import QCoreApplication
        from PySide6.QtWidgets import QMessageBox

        from esms_desktop.i18n import render
        from esms_desktop.storage.errors import StorageError

        text = render(exc.message) if isinstance(exc, StorageError) else str(exc)
        QMessageBox.warning(self, QCoreApplication.translate("StepPage", "Not loaded"),
                            QCoreApplication.translate("StepPage", "This step could not be read: {error}").format(error=text))

    def is_loading(self) -> bool:
        """Waiting for its data, or still making the widgets of its last fill (``Slices``)."""
        return self._awaiting_data or self.is_filling()

    def is_filling(self) -> bool:
        """Still making the widgets of its last fill over a few turns of the event loop (``Slices``)."""
        return any(slices.busy() for slices in self._watched)

    def slices(self, budget: float = Slices.BUDGET) -> Slices:
        """A ``Slices`` of this step: sliced in a wizard (with a background queue), at once otherwise."""
        slices = Slices(self, budget, sliced=self.context.queue is not None)
        self.watch(slices)
        return slices

    def watch(self, slices: Slices) -> None:
        """The step counts as loading while ``slices`` (of one of its panels) is busy."""
        self._watched.append(slices)
        slices.finished.connect(lambda: self.loading_changed.emit(self.is_loading()))

    def has_data(self) -> bool:
        """Filled at least once (a reload keeps the widgets usable while the new data arrives)."""
        return getattr(self, "_filled_once", False) or type(self).load is not StepPage.load

    def _set_loading(self, loading: bool) -> None:
        if loading != self._awaiting_data:
            self._awaiting_data = loading
            self.loading_changed.emit(self.is_loading())  # False only once its widgets are all made

    def completion(self) -> Completion:
        """This step's state, read from the stored dossier (the wizard reads every step's at once)."""
        from esms_desktop.storage.loader import load_dossier

        dossier = load_dossier(self.context.db, self.context.dossier_id)
        return self.completion_of(dossier, dossier_check(self.context.db, self.context.dossier_id, dossier))

    @classmethod
    def completion_of(cls, dossier, report) -> Completion:
        """This step's state for ``dossier`` (``storage.load_dossier``) and its check (None: no rules):
        ``rules.progress.STEP_STATES``; a step whose state is not a rule of the dossier overrides it. A
        class method: the wizard asks it of every step in its background thread, built or not."""
        from esms_desktop.rules.progress import STEP_STATES, campaign_or_none

        return Completion(STEP_STATES[cls.key](dossier, campaign_or_none(dossier), report))

    def shutdown(self) -> None:
        """Stop and wait for any background work of the step (the dossier or the window is closing)."""

    def closeEvent(self, event) -> None:  # noqa: N802 - a step shown on its own (tests) closes its work too
        self.shutdown()
        super().closeEvent(event)

    def focus_field(self, name: str) -> bool:
        """Put the keyboard focus on a named field (links from findings); False if unknown."""
        widget = getattr(self, name, None)
        if isinstance(widget, QWidget):
            widget.setFocus()
            return True
        return False

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt API
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)
