"""The wizard of one dossier: the steps in a side list with their completion, the current step on the right."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtWidgets import (
    QApplication,
    QHBoxLayout,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPushButton,
    QScrollArea,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from esms_desktop.storage.errors import StorageError
from esms_desktop.ui.autosave import Autosaver
from esms_desktop.ui.db_queue import DbQueue
from esms_desktop.ui.budget.budget_step import BudgetStep
from esms_desktop.ui.budget.needs_step import NeedsStep
from esms_desktop.ui.communication.communication_step import CommunicationStep
from esms_desktop.ui.followup.followup_step import FollowupStep
from esms_desktop.ui.maturity.maturity_step import MaturityStep
from esms_desktop.ui.pack.pack_step import PackStep
from esms_desktop.ui.planning.planning_step import PlanningStep
from esms_desktop.ui.verification.verification_step import VerificationStep
from esms_desktop.ui.wizard.documents_step import DocumentsStep
from esms_desktop.ui.wizard.governance_step import GovernanceStep
from esms_desktop.ui.wizard.grappe_step import GrappeStep
from esms_desktop.ui.wizard.presentation_step import PresentationStep
from esms_desktop.ui.wizard.project_step import ProjectStep
from esms_desktop.ui.wizard.solution_step import SolutionStep
from esms_desktop.ui.wizard.step import Completion, StepPage, WizardContext

# The steps, in the order candidates are taught to work. Only steps that work are listed.
STEP_CLASSES: tuple[type[StepPage], ...] = (
    ProjectStep,
    GrappeStep,
    GovernanceStep,
    MaturityStep,
    NeedsStep,
    BudgetStep,
    PlanningStep,
    CommunicationStep,
    SolutionStep,
    PresentationStep,
    DocumentsStep,
    VerificationStep,
    PackStep,
    FollowupStep,
)
# Once filed, these stay usable; the other (candidature) steps are read-only unless reopened.
UNLOCKED_STEPS = ("verification", "pack", "suivi")

MARKS = {Completion.EMPTY: "○", Completion.PARTIAL: "◐", Completion.COMPLETE: "●"}


def _scrolled() -> QScrollArea:
    """The place of one step in the stack: empty until the step is first needed (``WizardView.step_at``)."""
    area = QScrollArea()
    area.setObjectName("stepScroll")
    area.setFrameShape(QScrollArea.Shape.NoFrame)
    area.setWidgetResizable(True)
    area.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # no empty Tab stop: a control given the focus is scrolled in
    return area


def _warm_rule_caches() -> None:
    """Read once, in the background at the opening, the files the steps' fills look up on the UI thread
    (the campaigns' document names of every source shown, the maturity actions' titles, the French catalogue
    of the values GALIS is given): about 50 ms that no first visit of a step pays any more."""
    from esms_desktop.reports.french import catalogue
    from esms_desktop.rules.campaign import readable_source
    from esms_desktop.rules.maturity.scoring import MaturityError, load_actions

    readable_source("")
    catalogue()
    try:
        load_actions()
    except MaturityError:  # reported by the steps that use it
        pass


class _Steps(Sequence):
    """``wizard.steps``: the step pages in order, each built the first time it is asked for (a page is only
    built when shown, focused or read; the step list's titles and states come from the step classes)."""

    def __init__(self, wizard: "WizardView"):
        self._wizard = wizard

    def __len__(self) -> int:
        return len(self._wizard.step_classes)

    def __getitem__(self, index):
        if isinstance(index, slice):
            return [self._wizard.step_at(i) for i in range(*index.indices(len(self)))]
        if index < 0:
            index += len(self)
        if not 0 <= index < len(self):
            raise IndexError(index)
        return self._wizard.step_at(index)


def _focus_first_control(area: QWidget) -> None:
    """The keyboard goes on in the step shown: the focus to its first control Tab reaches."""
    widget = area.nextInFocusChain()
    while widget is not area and widget is not None:
        if area.isAncestorOf(widget) and widget.isVisible() and widget.isEnabled() \
                and widget.focusPolicy() & Qt.FocusPolicy.TabFocus:
            widget.setFocus(Qt.FocusReason.OtherFocusReason)  # not Tab: a line edit keeps its text unselected
            return
        widget = widget.nextInFocusChain()


class WizardView(QWidget):
    """Shows one dossier. Emits ``back_requested`` for the dossier list and ``state_changed`` for the title."""

    back_requested = Signal()
    state_changed = Signal()
    step_stored = Signal()  # a step stored something itself (a tick, a button): not through the autosaver
    open_requested = Signal(int)  # another dossier to open (the copy of a dossier to rework)

    def __init__(self, db, dossier_id: int, parent: QWidget | None = None):
        super().__init__(parent)
        self.db = db
        self.dossier_id = dossier_id
        self.dossier = None  # the last storage.load_dossier of the background refresh (rules.dossier.Dossier)
        self.report = None  # its admissibility check (None: no rules)
        self.queue = DbQueue(self)  # every read and write of this dossier, in order, off the UI thread
        self._refresh_asked = 0
        self._started = False
        self._followup = None  # the follow-up's state (storage.followup), read again only when it may change
        self._followup_stale = True
        self.autosaver = Autosaver(self, queue=self.queue)
        self.autosaver.failed.connect(self._save_failed)
        self.autosaver.saved.connect(self._candidature_changed)
        self.autosaver.pending_changed.connect(lambda _p: self.state_changed.emit())
        from esms_desktop.ui.edit_history import EditHistory

        self.history = EditHistory(db, dossier_id, self)
        self.history.before_change = self.autosaver.send  # undo waits in the queue, behind what was typed
        self.history.queue = self.queue
        self.history.failed.connect(self._save_failed)
        self.history.restored.connect(self._restored)
        self._context = WizardContext(db, dossier_id, self.autosaver, self.history, self.queue)
        self.step_classes: tuple[type[StepPage], ...] = tuple(STEP_CLASSES)
        self._pages: list[StepPage | None] = [None] * len(self.step_classes)  # built on first need
        self.steps = _Steps(self)
        self._locked = False

        self.step_list = QListWidget()
        self.step_list.setObjectName("stepList")
        self.step_list.setFixedWidth(230)  # fitted to the titles of the language by _fit_step_list()
        self.step_list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.step_list.setTextElideMode(Qt.TextElideMode.ElideRight)  # beyond the widest allowed: « … »
        self.stack = QStackedWidget()
        for _cls in self.step_classes:
            self.step_list.addItem(QListWidgetItem())
            self.stack.addWidget(_scrolled())  # a small screen scrolls the step, never hides it
        self.step_list.currentRowChanged.connect(self._show_step)

        self.back_button = QPushButton()
        self.back_button.clicked.connect(self._back)
        self.previous_button = QPushButton()
        self.next_button = QPushButton()
        self.previous_button.clicked.connect(lambda: self.go_to(self.stack.currentIndex() - 1))
        self.next_button.clicked.connect(lambda: self.go_to(self.stack.currentIndex() + 1))
        nav = QHBoxLayout()
        nav.addWidget(self.back_button)
        from esms_desktop.ui.verification.summary import CheckSummary

        self.check_summary = CheckSummary(self)  # « ✖ 2 critères bloquants »: opens the step Vérification
        nav.addWidget(self.check_summary)
        nav.addStretch(1)
        nav.addWidget(self.previous_button)
        nav.addWidget(self.next_button)

        right = QVBoxLayout()
        from PySide6.QtWidgets import QLabel

        self.loading_label = QLabel()  # « Chargement… » while the step shown waits for its data
        self.loading_label.setObjectName("loadingLabel")
        self.loading_label.setStyleSheet("color: #666666; font-style: italic;")
        self.loading_label.hide()
        nav.insertWidget(2, self.loading_label)
        self.lock_banner = QLabel()  # « dossier déposé : candidature en lecture seule »
        self.lock_banner.setObjectName("lockBanner")
        self.lock_banner.setWordWrap(True)
        self.lock_banner.setStyleSheet("background: #fff4d6; border: 1px solid #e0b000; padding: 4px;")
        self.lock_banner.hide()
        right.addWidget(self.lock_banner)
        right.addWidget(self.stack, 1)
        right.addLayout(nav)
        layout = QHBoxLayout(self)
        layout.addWidget(self.step_list)
        layout.addLayout(right, 1)
        self.retranslate_ui()
        self._show_loading()
        # Opening: the first refresh (in the background) reads the dossier, its check, its history's first
        # state and the step it opens on; the window stays free meanwhile (« Chargement… »).
        self._refresh(opening=True)

    # the step pages, built on first need ------------------------------------------------------------
    def step_at(self, index: int) -> StepPage:
        """The page of the step at ``index``, built now if it was not yet (in the current language, locked
        like the others when the dossier is filed); it reads its data when shown (``_show_step``)."""
        page = self._pages[index]
        if page is None:
            cls = self.step_classes[index]
            area = self.stack.widget(index)
            # made in its place (hidden until setWidget shows it): a page made apart and then put in the
            # styled window has its whole tree styled again, some 5 to 10 ms for the larger steps
            page = cls(self._context, area.viewport())
            self._pages[index] = page
            area.setWidget(page)
            # the step states, the live check, the history (and the follow-up when it is that step's)
            page.changed.connect(self.refresh_states if isinstance(page, FollowupStep) else self._candidature_changed)
            page.changed.connect(self.step_stored)
            page.loading_changed.connect(self._show_loading)
            if isinstance(page, FollowupStep):
                page.reworked.connect(self.open_requested)
            if page.key not in UNLOCKED_STEPS:
                page.setEnabled(not self._locked)
        return page

    def step(self, key: str) -> StepPage:
        """The page of the step ``key`` (built if needed, not shown)."""
        return self.step_at(self._index_of(key))

    def _index_of(self, key: str) -> int:
        return next(i for i, cls in enumerate(self.step_classes) if cls.key == key)

    def built_steps(self) -> list[StepPage]:
        """The pages built so far (the others have nothing to lock, stop or translate)."""
        return [page for page in self._pages if page is not None]

    def step_titles(self) -> dict[str, str]:
        """Every step's title in the UI language, by key (no page built)."""
        return {cls.key: cls.step_title() for cls in self.step_classes}

    def retranslate_ui(self) -> None:
        self.back_button.setText(self.tr("← &Dossiers"))
        self.back_button.setToolTip(self.tr("Back to the list of dossiers"))
        self.previous_button.setText(self.tr("< &Previous"))
        self.next_button.setText(self.tr("&Next >"))
        self._show_states()  # the titles in the new language, the states of the last refresh

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)

    def refresh_states(self) -> None:
        """The dossier changed (or the language): read it again in the background, then show every step's
        state, the live check and record the change in the history (``_refreshed``)."""
        if not hasattr(self, "history"):  # retranslate_ui during the construction
            return
        self._refresh()

    def _candidature_changed(self) -> None:
        """A candidature step or the autosaver stored something: the follow-up (its own table) is unchanged."""
        if hasattr(self, "history"):
            self._refresh(followup=False)

    def _refresh(self, opening: bool = False, followup: bool = True) -> None:
        self._refresh_asked += 1
        asked, text = self._refresh_asked, self._edit_text() if self._started else ""
        self._followup_stale = self._followup_stale or followup or opening
        self.queue.submit(lambda: self._read_state(asked, opening),
                          done=lambda result: self._refreshed(result, text),
                          failed=self._refresh_failed)

    def _read_state(self, asked: int, opening: bool):
        """In the background thread (no widget): the dossier, its check, its lock, its history state."""
        if asked != self._refresh_asked and not opening:
            return None  # a later refresh was asked meanwhile: it reads the newer dossier
        from esms_desktop.storage.followup import dossier_state, get_followup
        from esms_desktop.storage.loader import load_dossier
        from esms_desktop.rules.campaign import CampaignFileError
        from esms_desktop.ui.verification.checking import run_check

        dossier = load_dossier(self.db, self.dossier_id)  # once for every step, never the documents' bytes
        try:
            report, failure = run_check(self.db, self.dossier_id, dossier=dossier), None
        except (CampaignFileError, ValueError) as exc:  # no usable rules: the live check says why
            report, failure = None, exc
        followup = self._followup
        if followup is None or self._followup_stale:  # read again only when the follow-up may have changed
            self._followup_stale = False
            followup = get_followup(self.db, self.dossier_id)
        opening_row = None
        if opening:
            _warm_rule_caches()
            opening_row = 0
            if dossier_state(self.db, self.dossier_id) == "selected":  # a retenu dossier opens on its « Suivi »
                opening_row = self._index_of("suivi")
        state = self.history.state_in_background(dossier)
        # every step's state (rules on the dossier just read; the follow-up's from its table), from the
        # step classes: no page is built for it, and none in this thread
        states = [cls.completion_from_followup(followup) if issubclass(cls, FollowupStep)
                  else cls.completion_of(dossier, report) for cls in self.step_classes]
        return dossier, report, failure, followup, state, opening_row, states

    def _refreshed(self, result, text: str) -> None:
        if result is None:
            return
        dossier, report, failure, followup, state, opening_row, self._states = result
        self.dossier, self.report, self._followup = dossier, report, followup
        self._locked = followup.candidature_locked
        self.history.record(state, text)
        self._show_states()
        self.check_summary.show_report(report, failure)
        self._apply_lock()
        if opening_row is not None:
            self._started = True
            if self.step_list.currentRow() < 0:  # the user (or a link) has not chosen a step meanwhile
                self.step_list.setCurrentRow(opening_row)
        self.state_changed.emit()

    def _refresh_failed(self, exc: Exception) -> None:
        import logging

        logging.getLogger(__name__).error("reading the dossier failed", exc_info=exc)
        self.check_summary.show_report(None, exc)
        if not self._started:
            self._started = True
            if self.step_list.currentRow() < 0:
                self.step_list.setCurrentRow(0)

    def _show_states(self) -> None:
        labels = {
            Completion.EMPTY: self.tr("not started"),
            Completion.PARTIAL: self.tr("to complete"),
            Completion.COMPLETE: self.tr("complete"),
        }
        states = getattr(self, "_states", None)
        for row, cls in enumerate(self.step_classes):
            item = self.step_list.item(row)
            title = cls.step_title()
            if states is None:
                item.setText(f"   {row + 1}. {title}")
                continue
            state = states[row]
            item.setText(f"{MARKS[state]}  {row + 1}. {title}")
            item.setData(Qt.ItemDataRole.UserRole, state.value)
            item.setToolTip(labels[state])
            item.setData(Qt.ItemDataRole.AccessibleDescriptionRole, labels[state])
        self._fit_step_list()

    def is_settled(self) -> bool:
        """Opened, nothing typed waiting to be stored, no background job left, the step shown filled and
        every page built done making its widgets (``step.Slices``)."""
        return (self._started and not self.queue.busy() and not self.autosaver.has_pending()
                and not self.current_step().is_loading()
                and not any(page.is_filling() for page in self.built_steps()))

    def wait_loaded(self) -> None:
        """Block until every read and write asked so far is done and shown (tests, closing)."""
        self.queue.wait_idle()

    def _show_loading(self, _loading: bool = False) -> None:
        current = self.current_step() if self._started else None
        waiting = current is None or current.is_loading()
        self.loading_label.setText(self.tr("Loading…"))
        self.loading_label.setVisible(waiting)
        empty = current is None or (waiting and not current.has_data())  # nothing to type in yet
        for index in range(self.stack.count()):
            area = self.stack.widget(index)
            area.setEnabled(not (empty and area is self.stack.currentWidget()))
        if not empty and QApplication.focusWidget() is None and self.isActiveWindow():
            _focus_first_control(self.stack.currentWidget())  # disabled while it loaded, the page lost the focus

    def _fit_step_list(self) -> None:
        """As wide as the longest title (« 4. SI maturity assessment »), between 200 and 270 px."""
        self.step_list.ensurePolished()  # the style sheet sets its font size and the items' padding
        width = self.step_list.sizeHintForColumn(0) + 2 * self.step_list.frameWidth() + 4
        self.step_list.setFixedWidth(max(200, min(270, width)))

    def current_step(self) -> StepPage:
        return self.step_at(max(0, self.stack.currentIndex()))

    def go_to(self, index: int) -> None:
        if 0 <= index < len(self.step_classes):
            self.step_list.setCurrentRow(index)

    def go_to_step(self, key: str, field: str | None = None) -> None:
        for index, cls in enumerate(self.step_classes):
            if cls.key == key:
                self.go_to(index)
                if field:
                    self.step_at(index).focus_field(field)
                return

    def _apply_lock(self) -> None:
        """A filed dossier (read by the last refresh): its candidature steps are read-only."""
        locked = self._locked
        for step in self.built_steps():  # a page built later is locked as it is built (step_at)
            if step.key not in UNLOCKED_STEPS:
                step.setEnabled(not locked)
        current = self.current_step() if self.stack.currentIndex() >= 0 else None
        self.lock_banner.setText(self.tr(
            "The dossier is filed: its candidature can be read, not changed. To change it, tick « Reopen the "
            "candidature steps » in Follow-up › Decision."))
        self.lock_banner.setVisible(locked and current is not None and current.key not in UNLOCKED_STEPS)

    def _show_step(self, index: int) -> None:
        if index < 0:
            return
        self._started = True
        self.autosaver.send()  # stored before the step reads: the same queue, in order
        page = self.step_at(index)  # built the first time it is shown
        self.stack.setCurrentIndex(index)
        self._apply_lock()
        page.load()  # in the background (« Chargement… »), then its widgets are filled
        self._show_loading()
        self.previous_button.setEnabled(index > 0)
        self.next_button.setEnabled(index < len(self.step_classes) - 1)

    def _edit_text(self) -> str:
        return self.tr("edit in « {step} »").format(step=self.step_classes[max(0, self.stack.currentIndex())].step_title())

    def _restored(self) -> None:
        """An undo or redo put a state back: show it."""
        self.current_step().load()
        self.refresh_states()

    def _back(self) -> None:
        self.autosaver.flush()
        self.back_requested.emit()

    def flush(self) -> None:
        self.autosaver.flush()

    def shutdown(self) -> None:
        """Stop and wait for the steps' background work (the dossier or the window is closing): what was
        typed is stored first."""
        self.queue.stop()
        for step in self.built_steps():
            step.shutdown()

    def closeEvent(self, event) -> None:  # noqa: N802
        self.shutdown()
        super().closeEvent(event)

    def is_saved(self) -> bool:
        return not self.autosaver.has_pending()

    def _save_failed(self, exc: Exception) -> None:
        from esms_desktop.i18n import render

        text = render(exc.message) if isinstance(exc, StorageError) else str(exc)
        QMessageBox.warning(self, self.tr("Not saved"), self.tr("The last change could not be saved: {error}").format(error=text))
