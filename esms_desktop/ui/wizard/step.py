"""Base class of a wizard step: build widgets in ``setup_ui``, set texts in ``retranslate_ui``."""

from __future__ import annotations

from dataclasses import dataclass
from enum import Enum

from PySide6.QtCore import QEvent, Signal
from PySide6.QtWidgets import QWidget

from esms_desktop.ui.autosave import Autosaver


def dossier_check(db, dossier_id: int, dossier):
    """The admissibility check of ``dossier`` just loaded (cached by its version), or None without rules."""
    from esms_desktop.rules.campaign import CampaignFileError
    from esms_desktop.ui.verification.checking import run_check

    try:
        return run_check(db, dossier_id, dossier=dossier)
    except (CampaignFileError, ValueError):
        return None


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


class StepPage(QWidget):
    """One step of the wizard. Subclasses set ``key`` and implement the four hooks."""

    key = ""
    changed = Signal()  # the step stored something: completion and title may change

    def __init__(self, context: WizardContext, parent: QWidget | None = None):
        super().__init__(parent)
        self.context = context
        self.setup_ui()
        self.retranslate_ui()

    @property
    def db(self):
        return self.context.db

    @property
    def dossier_id(self) -> int:
        return self.context.dossier_id

    # hooks -------------------------------------------------------------
    def title(self) -> str:
        raise NotImplementedError

    def setup_ui(self) -> None:
        raise NotImplementedError

    def retranslate_ui(self) -> None:
        raise NotImplementedError

    def load(self) -> None:
        """Fill the widgets from the database (called when the step is shown)."""
        raise NotImplementedError

    def completion(self) -> Completion:
        """This step's state, read from the stored dossier (the wizard reads every step's at once)."""
        from esms_desktop.storage.loader import load_dossier

        dossier = load_dossier(self.context.db, self.context.dossier_id)
        return self.completion_of(dossier, dossier_check(self.context.db, self.context.dossier_id, dossier))

    def completion_of(self, dossier, report) -> Completion:
        """This step's state for ``dossier`` (``storage.load_dossier``) and its check (None: no rules):
        ``rules.progress.STEP_STATES``; a step whose state is not a rule of the dossier overrides it."""
        from esms_desktop.rules.progress import STEP_STATES, campaign_or_none

        return Completion(STEP_STATES[self.key](dossier, campaign_or_none(dossier), report))

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
