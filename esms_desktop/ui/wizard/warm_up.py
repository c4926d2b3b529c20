"""Import the wizard's modules while the window is idle, so that opening a dossier or a step for the first
time does not pay them (some 600 ms at once on a slow machine: the steps, the rules they show, the pack's
makers reportlab and pypdf).

``warm_up(parent)``, once the dossier list is shown: first the rules and reports modules (no Qt: a test
checks it) and the libraries they use, in a background thread (``ui/workers.py``); then, on the UI
thread, the wizard's modules one per turn of the event loop (about 10 ms each, then the window answers
again), deepest first so that each turn imports one module whose own imports are already there. A module
that cannot be imported is left for its ordinary import (it says why then). ``stop()`` stops it sooner
(the window closes). Opening a dossier before it is done just imports what is left then.

Once every module is imported, the objects alive then (the modules, the window) are frozen out of the cycle
collector's full collections (``workers.freeze_survivors``) — as soon as no dossier is open (``idle()``).
"""

from __future__ import annotations

import importlib
import sys
import time

from PySide6.QtCore import QObject, Qt, QTimer, Signal, Slot

# Qt-free modules (rules, reports) imported in the background: they bring jsonschema, reportlab, pypdf.
BACKGROUND = (
    "esms_desktop.rules.dossier",
    "esms_desktop.rules.funding.budget",
    "esms_desktop.rules.planning.plan",
    "esms_desktop.rules.maturity.scoring",
    "esms_desktop.rules.maturity.exchange",
    "esms_desktop.rules.admissibility.checker",
    "esms_desktop.rules.grappe.composition",
    "esms_desktop.rules.galis",
    "esms_desktop.rules.followup.usage_checks",
    "esms_desktop.rules.followup.deployment",
    "esms_desktop.rules.followup.money",
    "esms_desktop.reports.snapshot",
    "esms_desktop.reports.pack",
)
# The wizard's UI modules, in the order ``python -X importtime`` finishes them (deepest first), the
# modules its steps import at their first visit last. A name missing here only makes a turn longer.
UI = (
    "esms_desktop.ui.coded_labels",
    "esms_desktop.ui.budget.labels",
    "esms_desktop.ui.findings_list",
    "esms_desktop.ui.budget.widgets",
    "esms_desktop.ui.budget.grant_view",
    "esms_desktop.ui.campaign_errors",
    "esms_desktop.ui.conflict_dialog",
    "esms_desktop.ui.wizard.step",
    "esms_desktop.ui.budget.budget_step",
    "esms_desktop.ui.budget.needs_step",
    "esms_desktop.ui.planning.delegates",
    "esms_desktop.ui.communication.dialogs",
    "esms_desktop.ui.communication.communication_step",
    "esms_desktop.ui.followup.followup_step",
    "esms_desktop.ui.maturity.labels",
    "esms_desktop.ui.maturity.radar_chart",
    "esms_desktop.ui.maturity.results_view",
    "esms_desktop.ui.maturity.conflicts_dialog",
    "esms_desktop.ui.maturity.questionnaire_view",
    "esms_desktop.ui.maturity.respond_dialog",
    "esms_desktop.ui.maturity.exchange_actions",
    "esms_desktop.ui.maturity.grappe_view",
    "esms_desktop.ui.maturity.maturity_step",
    "esms_desktop.ui.pack.printing",
    "esms_desktop.ui.pack.pack_step",
    "esms_desktop.ui.planning.checks_panel",
    "esms_desktop.ui.planning.gantt_paint",
    "esms_desktop.ui.planning.gantt_chart",
    "esms_desktop.ui.wizard.choices",
    "esms_desktop.ui.planning.generate_dialog",
    "esms_desktop.ui.planning.task_model",
    "esms_desktop.ui.planning.planning_step",
    "esms_desktop.ui.verification.checking",
    "esms_desktop.ui.verification.criteria_view",
    "esms_desktop.ui.verification.galis_view",
    "esms_desktop.ui.verification.verification_step",
    "esms_desktop.ui.elided_label",
    "esms_desktop.ui.wizard.document_slot",
    "esms_desktop.ui.wizard.documents_step",
    "esms_desktop.ui.wizard.grappe_choices",
    "esms_desktop.ui.wizard.checked_field",
    "esms_desktop.ui.wizard.person_dialog",
    "esms_desktop.ui.wizard.governance_step",
    "esms_desktop.ui.wizard.composition_panel",
    "esms_desktop.ui.finess_import",
    "esms_desktop.ui.wizard.finess_field",
    "esms_desktop.ui.wizard.finess_lookup",
    "esms_desktop.ui.glossary",
    "esms_desktop.ui.wizard.essms_form",
    "esms_desktop.ui.wizard.essms_import_dialog",
    "esms_desktop.ui.wizard.og_establishments_dialog",
    "esms_desktop.ui.wizard.og_total_from_finess",
    "esms_desktop.ui.wizard.og_form",
    "esms_desktop.ui.wizard.grappe_step",
    "esms_desktop.ui.wizard.presentation_step",
    "esms_desktop.ui.wizard.project_step",
    "esms_desktop.ui.wizard.solution_step",
    "esms_desktop.ui.wizard.wizard_view",
    "esms_desktop.ui.pack.export_worker",
    "esms_desktop.ui.followup.fields",
    "esms_desktop.ui.followup.deployment_panel",
    "esms_desktop.ui.followup.money_panel",
    "esms_desktop.ui.followup.state_panel",
    "esms_desktop.ui.followup.usage_chart",
    "esms_desktop.ui.followup.usage_panel",
    "esms_desktop.ui.member.members_panel",
    "esms_desktop.ui.edit_history",
    "esms_desktop.ui.verification.summary",
    "esms_desktop.ui.shared_dossier",
)
TURN = 0.01  # seconds of imports per turn of the event loop, at most one module beyond


class _BackgroundImports(QObject):
    """A ``workers.py`` worker importing ``BACKGROUND``."""

    done = Signal()

    def __init__(self, names: tuple[str, ...]):
        super().__init__()
        self.names = names
        self._cancelled = False

    @Slot()
    def run(self) -> None:
        try:
            for name in self.names:
                if self._cancelled:
                    return
                _import(name)
        finally:
            self.done.emit()

    def cancel(self) -> None:
        self._cancelled = True


def _import(name: str) -> None:
    if name in sys.modules:
        return
    try:
        importlib.import_module(name)
    except Exception:  # noqa: BLE001 - its ordinary import, later, says what is wrong
        pass


class WarmUp(QObject):
    """The imports of ``BACKGROUND`` then ``UI`` (see the module's docstring)."""

    FREEZE_RETRY_MS = 5000  # a dossier open when the imports end: the freeze waits until it is closed

    def __init__(self, parent: QObject, background: tuple[str, ...] = BACKGROUND, ui: tuple[str, ...] = UI,
                 idle=None):
        super().__init__(parent)
        from esms_desktop.ui import workers

        # no dossier open (its objects are not frozen with the start-up's): by default, the owner shows none
        self._idle = idle if idle is not None else (lambda: getattr(parent, "wizard", None) is None)
        self.frozen = False
        self._freeze_timer = QTimer(self)
        self._freeze_timer.setSingleShot(True)
        self._freeze_timer.setInterval(self.FREEZE_RETRY_MS)
        self._freeze_timer.timeout.connect(self._freeze)
        self._ui = [name for name in ui if name not in sys.modules]
        self._timer = QTimer(self)
        self._timer.setInterval(0)
        self._timer.timeout.connect(self._turn)
        self._worker = _BackgroundImports(background)
        # the UI part once the background part is over (never both importing one module at a time)
        self._worker.done.connect(self._timer.start, type=Qt.ConnectionType.QueuedConnection)
        workers.start(self._worker)

    def busy(self) -> bool:
        return self._worker is not None or bool(self._ui) or self._freeze_timer.isActive()

    def stop(self) -> None:
        """Stop (the window closes): the background import under way ends, nothing more is imported."""
        from esms_desktop.ui import workers

        self._ui = []
        self._timer.stop()
        self._freeze_timer.stop()
        if self._worker is not None:
            workers.stop(self._worker)
            self._worker = None

    def _turn(self) -> None:
        self._worker = None
        end = time.perf_counter() + TURN
        while self._ui and time.perf_counter() < end:
            _import(self._ui.pop(0))
        if not self._ui:
            self._timer.stop()
            self._freeze()

    def _freeze(self) -> None:
        from esms_desktop.ui import workers

        if self._idle():
            workers.freeze_survivors()
            self.frozen = True
        else:
            self._freeze_timer.start()


def warm_up(parent: QObject) -> WarmUp:
    """Start importing the wizard's modules while ``parent``'s window is idle."""
    return WarmUp(parent)
