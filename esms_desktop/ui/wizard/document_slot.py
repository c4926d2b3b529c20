"""One place for a document in the step « Pièces du dossier »: its title, its state (present, missing,
not required), the files attached and the buttons to attach, replace, open, save a copy and remove.

The slot only shows and signals; the step stores (it owns the database calls and the dialogs).
"""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QGridLayout, QHBoxLayout, QLabel, QPushButton, QWidget

from esms_desktop import formatting as fmt
from esms_desktop.storage.documents import DocumentRow
from esms_desktop.ui.elided_label import ElidedLabel


STATE_STYLE = (
    'QLabel[state="present"] { color: #1b7f3b; }'
    'QLabel[state="missing"] { color: #b00020; font-weight: bold; }'
    'QLabel[state="not_required"] { color: #666666; }'
)


def size_text(size: int) -> str:
    """« 12 Ko », « 1,5 Mo » (French units)."""
    from PySide6.QtCore import QCoreApplication

    if size < 1024 * 1024:
        return QCoreApplication.translate("DocumentSlot", "{size} KB").format(size=fmt.number(max(1, size // 1024)))
    return QCoreApplication.translate("DocumentSlot", "{size} MB").format(size=fmt.number(size / 1048576, 1))


def repolish(widget: QWidget) -> None:
    """Apply the style sheet again after an object name or property change."""
    widget.style().unpolish(widget)
    widget.style().polish(widget)


class DocumentSlot(QWidget):
    """``attach_requested()`` (add, or replace the only file of a single slot), and for one file:
    ``replace_requested(id)``, ``open_requested(id)``, ``save_requested(id)``, ``remove_requested(id)``."""

    attach_requested = Signal()
    replace_requested = Signal(int)
    open_requested = Signal(int)
    save_requested = Signal(int)
    remove_requested = Signal(int)

    def __init__(self, title: str, required: bool, multi: bool = False, parent: QWidget | None = None):
        super().__init__(parent)
        self.required = required
        self.multi = multi
        self.documents: list[DocumentRow] = []
        self.title_label = QLabel(title)
        self.title_label.setWordWrap(True)
        self.state_label = QLabel()
        self.state_label.setObjectName("documentState")
        self.attach_button = QPushButton()
        self.attach_button.clicked.connect(self._attach_clicked)
        self.files = QGridLayout()
        self.files.setContentsMargins(16, 0, 0, 0)
        top = QHBoxLayout()
        top.addWidget(self.title_label, 1)
        top.addWidget(self.state_label)
        top.addWidget(self.attach_button)
        layout = QGridLayout(self)
        layout.setContentsMargins(0, 2, 0, 2)
        layout.addLayout(top, 0, 0)
        layout.addLayout(self.files, 1, 0)
        self._file_widgets: list[QWidget] = []
        self.setStyleSheet(STATE_STYLE)
        self.set_documents([])

    @property
    def present(self) -> bool:
        return bool(self.documents)

    def state(self) -> str:
        """"present", "missing" or "not_required"."""
        if self.documents:
            return "present"
        return "missing" if self.required else "not_required"

    def set_documents(self, documents: list[DocumentRow]) -> None:
        self.documents = list(documents)
        for widget in self._file_widgets:
            self.files.removeWidget(widget)
            widget.deleteLater()
        self._file_widgets = []
        for row, doc in enumerate(self.documents):
            text = f"{doc.file_name}  ({size_text(doc.size)}, {fmt.date(fmt.local(doc.added_at))})"
            name = ElidedLabel(text)  # a long file name is shortened in the middle: the buttons stay visible
            name.setToolTip(f"{text}\nSHA-256 : {doc.sha256}")
            buttons = [self._button("open", self.open_requested, doc.id),
                       self._button("save", self.save_requested, doc.id)]
            if self.multi:
                buttons.append(self._button("replace", self.replace_requested, doc.id))
            buttons.append(self._button("remove", self.remove_requested, doc.id))
            self.files.addWidget(name, row, 0)
            for column, button in enumerate(buttons, start=1):
                self.files.addWidget(button, row, column)
            self._file_widgets += [name, *buttons]
        self.files.setColumnStretch(0, 1)
        self.retranslate_ui()

    def _button(self, action: str, signal, document_id: int) -> QPushButton:
        button = QPushButton()
        button.setProperty("action", action)  # "open", "save", "replace" or "remove"
        button.clicked.connect(lambda: signal.emit(document_id))
        return button

    def file_buttons(self, action: str) -> list[QPushButton]:
        """The buttons of one action, one per file, in order."""
        return [w for w in self._file_widgets if isinstance(w, QPushButton) and w.property("action") == action]

    def _attach_clicked(self) -> None:
        if self.documents and not self.multi:
            self.replace_requested.emit(self.documents[0].id)
        else:
            self.attach_requested.emit()

    def retranslate_ui(self) -> None:
        texts = {"open": self.tr("&Open"), "save": self.tr("Save a &copy…"), "replace": self.tr("Re&place…"),
                 "remove": self.tr("Remo&ve…")}
        for widget in self._file_widgets:
            if isinstance(widget, QPushButton):
                widget.setText(texts[widget.property("action")].replace("&", ""))  # one set per slot: no Alt
        state = self.state()
        text = {"present": "✔ " + self.tr("present"), "missing": "✖ " + self.tr("missing"),
                "not_required": "– " + self.tr("not required")}[state]
        self.state_label.setText(text)
        self.state_label.setProperty("state", state)
        repolish(self.state_label)
        if self.multi:
            self.attach_button.setText(self.tr("Add…"))
        else:
            self.attach_button.setText(self.tr("Replace…") if self.documents else self.tr("Attach…"))
