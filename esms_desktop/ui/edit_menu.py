"""Menu Édition: Annuler / Rétablir over the open dossier's history (``ui.edit_history``)."""

from __future__ import annotations

from PySide6.QtCore import QEvent
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QMenu


class EditMenu(QMenu):
    def __init__(self, parent=None):
        super().__init__(parent)
        self.history = None
        self.undo_action = QAction(self, shortcut=QKeySequence.StandardKey.Undo)
        self.redo_action = QAction(self, shortcut=QKeySequence("Ctrl+Shift+Z"))
        self.undo_action.triggered.connect(lambda: self.history is not None and self.history.undo())
        self.redo_action.triggered.connect(lambda: self.history is not None and self.history.redo())
        for action in (self.undo_action, self.redo_action):
            self.addAction(action)
            parent.addAction(action)  # the shortcuts work while the menu is closed
        self.follow(None)

    def follow(self, history) -> None:
        """Act on ``history`` (None: no dossier open, nothing to undo)."""
        if self.history is not None and self.history is not history:
            try:
                self.history.stack.indexChanged.disconnect(self._update)
            except (RuntimeError, TypeError):
                pass
        self.history = history
        if history is not None:
            history.stack.indexChanged.connect(self._update)
            history.destroyed.connect(lambda *_: self.history is history and self.follow(None))
        self._update()

    def _update(self, *_args) -> None:
        try:
            stack = self.history.stack if self.history is not None else None
            stack is not None and stack.count()
        except RuntimeError:  # the dossier's window is being closed
            stack = self.history = None
        self.undo_action.setEnabled(stack is not None and stack.canUndo())
        self.redo_action.setEnabled(stack is not None and stack.canRedo())
        undo_text = stack.undoText() if stack is not None and stack.canUndo() else ""
        redo_text = stack.redoText() if stack is not None and stack.canRedo() else ""
        self.setTitle(self.tr("&Edit"))
        self.undo_action.setText(self.tr("&Undo: {change}").format(change=undo_text) if undo_text else self.tr("&Undo"))
        self.redo_action.setText(self.tr("&Redo: {change}").format(change=redo_text) if redo_text else self.tr("&Redo"))

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802
        if event.type() == QEvent.Type.LanguageChange:
            self._update()
        super().changeEvent(event)
