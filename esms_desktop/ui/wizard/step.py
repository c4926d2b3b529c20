"""Base class of a wizard step: build widgets in ``setup_ui``, set texts in ``retranslate_ui``."""

from __future__ import annotations

from dataclasses import dataclass
from enum import Enum

from PySide6.QtCore import QEvent, Signal
from PySide6.QtWidgets import QWidget

from esms_desktop.ui.autosave import Autosaver


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
        raise NotImplementedError

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
