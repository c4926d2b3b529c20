"""Menu Aide ▸ Glossaire, and the « ? » (Qu'est-ce que c'est ?) beside the fields that use its terms.

The terms stay French in every language (they are the programme's own words); the explanations are
ours, the facts from the public documents in /work/shared/seeds (named after each one).
"""

from __future__ import annotations

from PySide6.QtCore import QObject, Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

TERMS = ("SONS", "Prestation Ségur", "référencé Ségur", "services socles", "INS", "SAD", "GALIS", "file active",
         "cas 1", "cas 2", "DUI", "grappe", "porteur")


class Glossary(QObject):
    """The explanations, in the current language (a QObject for its translation context)."""

    def entries(self) -> dict[str, tuple[str, str]]:
        """term → (explanation, source)"""
        src_bfc = self.tr("AAP ARS Bourgogne-Franche-Comté 2022")
        return {
            "SONS": (self.tr(
                "Système ouvert non sélectif: a purchase made by the State on behalf of the ESSMS (article L1111-24 "
                "of the Code de la santé publique). Through it the State buys the « Prestation Ségur » from the "
                "software editors."), src_bfc + ", 3.2"),
            "Prestation Ségur": (self.tr(
                "What the State buys through SONS: the purchase and set-up of a DUI version that meets the "
                "national specifications of the social and medico-social sector. It is paid by the State: the ESSMS "
                "has nothing left to pay the editor for it. An ESSMS that ordered it says so in « La grappe »."),
                src_bfc + ", 3.2"),
            "référencé Ségur": (self.tr(
                "Said of a software version found to meet the Dossiers de Spécification du Référencement (DSR) of "
                "its sector. The campaign's rules say when a DUI that is not Ségur-referenced is accepted."),
                src_bfc + ", 3.2"),
            "services socles": (self.tr(
                "The shared digital health services the Ségur du numérique deploys first: DMP, MSS (secure "
                "messaging), INS, Pro Santé Connect, e-prescription and ApCV. The DUI must work with them."),
                src_bfc),
            "INS": (self.tr(
                "Identité nationale de santé: the identity under which a person's health and care data are "
                "shared between professionals. One of the services socles."), src_bfc),
            "SAD": (self.tr(
                "Système d'acquisition dynamique set up by the RESAH on behalf of the CNSA: the purchase procedure "
                "a porteur uses to choose a solution listed in it, except in the cases the call lists (for instance "
                "a public contract already running for the same need)."), src_bfc),
            "GALIS": (self.tr(
                "The CNSA's online tool (galis-subventions.cnsa.fr) where the candidature is filed: create an "
                "account in the user area, then enter the dossier in the personal area. The step « Verification » "
                "lists what to type there."), self.tr("ARS Île-de-France webinar, 14/02/2023")),
            "file active": (self.tr(
                "The number of people an ESSMS accompanies at least once in the year: people in its workforce on "
                "31/12 plus the definitive exits of the year, each person counted once. Usage targets are "
                "measured against it."), src_bfc),
            "cas 1": (self.tr(
                "An ESSMS not equipped with a DUI yet: the programme helps it buy one (a first purchase or a new "
                "software), and supports the project and the change in its organisation."),
                self.tr("National flyer 2024")),
            "cas 2": (self.tr(
                "An ESSMS already equipped with a DUI: the programme helps it reach usage targets and exchange "
                "and share health and medico-social data."), self.tr("National flyer 2024")),
            "DUI": (self.tr(
                "Dossier usager informatisé: the software in which the professionals of an ESSMS keep the "
                "record of each person accompanied."), self.tr("Bretagne presentation, AAP 2025")),
            "grappe": (self.tr(
                "A group of organismes gestionnaires (OG) that file one candidature together for their ESSMS, "
                "with one porteur. The campaign sets its minimum size (15 ESSMS in metropolitan France, 8 in "
                "Corse and overseas in 2024)."), self.tr("National flyer 2024")),
            "porteur": (self.tr(
                "The OG that carries the project for the whole grappe and files its dossier; the other OGs commit "
                "to it by a signed engagement letter."), self.tr("Bretagne presentation, AAP 2025")),
        }


class GlossaryDialog(QDialog):
    """The terms on the left (with a search field), the chosen one's explanation and source on the right."""

    def __init__(self, parent: QWidget | None = None, term: str | None = None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("Glossary"))
        self.resize(760, 420)
        self.entries = Glossary().entries()
        self.search = QLineEdit()
        self.search.setClearButtonEnabled(True)
        self.search.setPlaceholderText(self.tr("search a term"))
        self.search.textChanged.connect(self._filter)
        self.terms = QListWidget()
        for name in TERMS:
            self.terms.addItem(QListWidgetItem(name))
        self.terms.setFixedWidth(190)
        self.terms.currentTextChanged.connect(self._show)
        self.term_label = QLabel()
        self.term_label.setObjectName("stepHeading")
        self.text_label = QLabel()
        self.text_label.setWordWrap(True)
        self.text_label.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        self.text_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.source_label = QLabel()
        self.source_label.setObjectName("hint")
        self.source_label.setWordWrap(True)
        left = QVBoxLayout()
        left.addWidget(self.search)
        left.addWidget(self.terms, 1)
        right = QVBoxLayout()
        right.addWidget(self.term_label)
        right.addWidget(self.text_label, 1)
        right.addWidget(self.source_label)
        body = QHBoxLayout()
        body.addLayout(left)
        body.addLayout(right, 1)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(body, 1)
        layout.addWidget(buttons)
        self.show_term(term or TERMS[0])

    def show_term(self, term: str) -> None:
        for row in range(self.terms.count()):
            if self.terms.item(row).text() == term:
                self.terms.setCurrentRow(row)
                return

    def _show(self, term: str) -> None:
        text, source = self.entries.get(term, ("", ""))
        self.term_label.setText(term)
        self.text_label.setText(text)
        self.source_label.setText(self.tr("Source: {source}").format(source=source) if source else "")

    def _filter(self, text: str) -> None:
        needle = text.strip().casefold()
        first = None
        for row in range(self.terms.count()):
            item = self.terms.item(row)
            explanation = self.entries[item.text()][0]
            hidden = bool(needle) and needle not in item.text().casefold() and needle not in explanation.casefold()
            item.setHidden(hidden)
            if not hidden and first is None:
                first = row
        if first is not None and (self.terms.currentItem() is None or self.terms.currentItem().isHidden()):
            self.terms.setCurrentRow(first)


class WhatIsThis(QToolButton):
    """« ? » beside a field: its tooltip explains the term, a click opens the glossary on it."""

    def __init__(self, term: str, parent: QWidget | None = None):
        super().__init__(parent)
        self.term = term
        self.setText("?")
        # framed, so that it reads as a button and not as a doubt about the value beside it (« 28/05/2024 ? »)
        self.setAutoRaise(False)
        self.setObjectName("whatIsThis")
        self.setFocusPolicy(Qt.FocusPolicy.ClickFocus)  # Tab goes from field to field
        self.clicked.connect(self.open)
        self.retranslate_ui()

    def retranslate_ui(self) -> None:
        explanation = Glossary().entries().get(self.term, ("", ""))[0]
        self.setToolTip(self.tr("What is it? {term}: {explanation}").format(term=self.term, explanation=explanation))
        self.setAccessibleName(self.tr("What is « {term} »?").format(term=self.term))

    def open(self) -> None:
        self.dialog = GlossaryDialog(self.window(), self.term)
        self.dialog.open()

    def changeEvent(self, event) -> None:  # noqa: N802
        from PySide6.QtCore import QEvent

        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)


def with_help(widget: QWidget, term: str) -> QWidget:
    """``widget`` followed by its « ? », as one widget to put in a form row."""
    box = QWidget()
    row = QHBoxLayout(box)
    row.setContentsMargins(0, 0, 0, 0)
    row.addWidget(widget)
    row.addWidget(WhatIsThis(term, box))
    row.addStretch(1)  # the « ? » right after the text it explains
    return box
