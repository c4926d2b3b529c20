"""« Proposer depuis FINESS »: the OG's total ESSMS counted in the FINESS reference (its social and
medico-social establishments, aggregate categories 4xxx/5xxx), beside the OG form's spin box, with the
reference's date. The user may still type another figure (the reference may be older than the OG)."""

from __future__ import annotations

from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QSpinBox, QVBoxLayout, QWidget

from esms_desktop import formatting
from esms_desktop.storage import finess_reference


class FinessTotalRow(QWidget):
    """The spin box, the button, and what the reference said."""

    def __init__(self, spin: QSpinBox, finess_field, parent: QWidget | None = None):
        super().__init__(parent)
        self.spin = spin
        self.finess = finess_field
        self.button = QPushButton(self.tr("Pr&opose from FINESS"))
        self.button.setToolTip(self.tr("Counts the social and medico-social establishments of this FINESS EJ "
                                       "in the FINESS reference."))
        self.button.clicked.connect(self.propose)
        self.hint = QLabel()
        self.hint.setObjectName("hint")
        self.hint.setWordWrap(True)
        self.hint.hide()
        row = QHBoxLayout()
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(spin)
        row.addWidget(self.button)
        row.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        layout.addLayout(row)
        layout.addWidget(self.hint)
        finess_field.edit.textChanged.connect(self._update)
        self._update()

    def _update(self, *_args) -> None:
        text = self.finess.text().strip()
        self.button.setEnabled(bool(text) and self.finess.is_acceptable())

    def propose(self) -> int | None:
        """Put the count of the reference in the spin box; None (and a word why) when it cannot."""
        path = finess_reference.default_db_path()
        try:
            count = finess_reference.essms_count_of_ej(self.finess.number(), path)
        except finess_reference.FinessReferenceError:
            count = None
        info = finess_reference.reference_info(path)
        if count is None or info is None:
            self.hint.setText(self.tr("No FINESS reference to count from: import the extract first."))
        elif count == 0:
            self.hint.setText(self.tr("This FINESS EJ runs no social or medico-social establishment in the FINESS "
                                      "directory of {date}: type the figure.").format(
                date=formatting.date(info["extract_date"]) or "?"))
        else:
            self.spin.setValue(count)
            self.hint.setText(self.tr("%n social or medico-social establishment(s) of this FINESS EJ in the FINESS "
                                      "directory of {date}.", "", count).format(
                date=formatting.date(info["extract_date"]) or "?"))
        self.hint.show()
        return count or None
