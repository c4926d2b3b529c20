"""The start screen's three doors, above the dossier list: whoever opens the application finds their way in.

1. « Je prépare une candidature (porteur ou consultant) »: the dossier list below, and a new dossier.
2. « Je réponds à la demande d'un porteur »: open the member sheet (.esms-og) a porteur sent.
3. « Mon établissement cherche une grappe »: what the programme offers an establishment alone (seed 002,
   « Et les ESSMS isolés ? » and « Comment trouver des partenaires pour former une grappe ? »).
"""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)


class _Door(QPushButton):
    """A big button: what it is in bold, one line of explanation under it."""

    def __init__(self, title: str, detail: str, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("startDoor")
        self.title = QLabel(f"<b>{title}</b>")
        self.title.setWordWrap(True)
        self.detail = QLabel(detail)
        self.detail.setWordWrap(True)
        self.detail.setStyleSheet("color: #555555;")
        layout = QVBoxLayout(self)
        layout.addWidget(self.title)
        layout.addWidget(self.detail)
        self.setMinimumHeight(84)
        self.set_texts(title, detail)

    def set_texts(self, title: str, detail: str) -> None:
        self.title.setText(f"<b>{title}</b>")
        self.detail.setText(detail)
        self.setAccessibleName(title)


class StartDoors(QWidget):
    prepare_requested = Signal()
    answer_requested = Signal()
    looking_requested = Signal()

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.prepare, self.answer, self.looking = _Door("", ""), _Door("", ""), _Door("", "")
        self.retranslate_ui()
        self.prepare.clicked.connect(self.prepare_requested)
        self.answer.clicked.connect(self.answer_requested)
        self.looking.clicked.connect(self.looking_requested)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 4)
        for door in (self.prepare, self.answer, self.looking):
            layout.addWidget(door, 1)

    def retranslate_ui(self) -> None:
        for door, title, detail in (
            (self.prepare, self.tr("I am preparing a candidature (porteur or consultant)"),
             self.tr("Your dossiers are listed below; start a new one here.")),
            (self.answer, self.tr("I am answering a porteur's request"),
             self.tr("Open the file (.esms-og) the porteur sent you: you fill in your OG only.")),
            (self.looking, self.tr("My establishment is looking for a grappe"),
             self.tr("How to join a grappe being built, or one already funded.")),
        ):
            door.set_texts(title, detail)

    def changeEvent(self, event) -> None:  # noqa: N802 - Qt API
        from PySide6.QtCore import QEvent

        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)


class LookingForGrappeDialog(QDialog):
    """What an establishment alone can do, in plain words, after seed 002."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("My establishment is looking for a grappe"))
        # Seed 002, « Et les ESSMS isolés ? »: « Les projets isolés sont invités à rejoindre un regroupement
        # déjà financé par le programme ESMS numérique » with the porteur's agreement and a timing « cohérente
        # avec le projet porté par le regroupement initial »; « Comment trouver des partenaires pour former une
        # grappe ? »: partners nearby, federations, « le Collectif SI MS qui a pour mission de mettre en lien
        # les structures », your DUI editor.
        self.text = QLabel(self.tr(
            "<p>The programme funds <b>grappes</b>: several organisations (OG) and their establishments "
            "(ESSMS) choosing one DUI together. An establishment alone has two ways in:</p>"
            "<p><b>1. Join a grappe being built.</b> Let it be known that your establishment is interested: "
            "to the partners you already work with or who are near you, to your federation, to the regional "
            "<b>collectif SI médico-social</b> (its role is to put establishments in touch), and to your DUI "
            "editor if you already have one. Establishments in the same situation on your territory can "
            "ask together.</p>"
            "<p><b>2. Join a grappe already funded</b> by ESMS numérique. It is possible when the <b>porteur "
            "of that grappe agrees</b> and the <b>timing fits</b> its project: it must be regular under the "
            "contract or public tender the grappe signed, and must not put its deadlines or its usage "
            "targets at risk.</p>"
            "<p><b>What to prepare:</b> your FINESS numbers (legal entity and establishments), SIRET, who "
            "signs for your organisation, the number of persons you accompany, your current DUI if any, and "
            "the self-diagnostic of your information system.</p>"
            "<p><b>Whom to ask:</b> the <b>ARS</b> of your region (who runs the regional call for projects) "
            "and the regional <b>collectif SI</b>. When a porteur asks for your information, it sends you "
            "a file (.esms-og): open it with « I am answering a porteur's request ».</p>"))
        self.text.setWordWrap(True)
        self.text.setMinimumWidth(560)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.text)
        layout.addWidget(buttons)


def home_page(window, list_view) -> QWidget:
    """The start screen the main window shows: the three doors above the dossier list."""
    page = QWidget()
    window.doors = doors = StartDoors(page)
    doors.prepare_requested.connect(lambda: window.show_list() and window.list_view.create())
    doors.answer_requested.connect(lambda: window.open_member_sheet())
    doors.looking_requested.connect(lambda: LookingForGrappeDialog(window).exec())
    layout = QVBoxLayout(page)
    layout.setContentsMargins(0, 0, 0, 0)
    layout.addWidget(doors)
    layout.addWidget(list_view, 1)
    return page
