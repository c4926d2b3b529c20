"""Step "Le projet": the identity of the dossier (name, campaign, region, project type, hosting)."""

from __future__ import annotations

from PySide6.QtWidgets import QComboBox, QFormLayout, QLabel, QLineEdit, QVBoxLayout

from esms_desktop.rules.campaign import CampaignFileError, available_campaigns, load_campaign
from esms_desktop.rules.identity.geography import REGIONS
from esms_desktop.storage import dossiers
from esms_desktop.ui.autosave import Write
from esms_desktop.ui.wizard import choices
from esms_desktop.ui.wizard.step import StepPage


class ProjectStep(StepPage):
    key = "projet"

    def title(self) -> str:
        return self.tr("The project")

    def setup_ui(self) -> None:
        layout = QVBoxLayout(self)
        self.heading = QLabel()
        self.heading.setObjectName("stepHeading")
        self.intro = QLabel()
        self.intro.setWordWrap(True)
        form = QFormLayout()
        self.name_edit = QLineEdit()
        self.name_edit.setMaxLength(200)
        self.name_error = QLabel()
        self.name_error.setObjectName("fieldError")
        self.name_error.hide()
        self.campaign_combo = QComboBox()
        self.region_combo = QComboBox()
        self.type_combo = QComboBox()
        self.hosting_combo = QComboBox()
        self.campaign_note = QLabel()
        self.campaign_note.setWordWrap(True)
        self.campaign_note.setObjectName("hint")
        self.labels = [QLabel() for _ in range(5)]
        for label, widget in zip(
            self.labels, (self.name_edit, self.campaign_combo, self.region_combo, self.type_combo, self.hosting_combo)
        ):
            label.setBuddy(widget)
            form.addRow(label, widget)
            if widget is self.name_edit:
                form.addRow("", self.name_error)
            if widget is self.campaign_combo:
                form.addRow("", self.campaign_note)
        layout.addWidget(self.heading)
        layout.addWidget(self.intro)
        layout.addLayout(form)
        layout.addStretch(1)

        saver = self.context.autosaver
        saver.bind_line_edit(self.name_edit, self._save_name)
        saver.bind_combo(self.campaign_combo, lambda v: self._save(campaign_year=v))
        saver.bind_combo(self.region_combo, lambda v: self._save(region=v))
        saver.bind_combo(self.type_combo, lambda v: self._save(project_type=v))
        saver.bind_combo(self.hosting_combo, lambda v: self._save(hosting=v))
        self.name_edit.textEdited.connect(self._check_name)
        self.campaign_combo.currentIndexChanged.connect(self._show_campaign_note)

    def retranslate_ui(self) -> None:
        self.heading.setText(self.tr("The project"))
        self.intro.setText(
            self.tr(
                "Give the dossier a name, and choose the call for projects it answers, the region of the "
                "ARS you file with, the kind of project and how the DUI will be hosted. Every change is "
                "saved as you type."
            )
        )
        for label, text in zip(
            self.labels,
            (
                self.tr("Dossier n&ame:"),
                self.tr("&Campaign:"),
                self.tr("&Region:"),
                self.tr("Project &type:"),
                self.tr("H&osting of the DUI:"),
            ),
        ):
            label.setText(text)
        self.name_edit.setPlaceholderText(self.tr("e.g. DUI grappe of the Yonne 2024"))
        self.name_error.setText(self.tr("A dossier needs a name: the previous name is kept until you type one."))
        self._fill_choices()

    def _fill_choices(self) -> None:
        saver = self.context.autosaver
        saver.suspended, was = True, saver.suspended
        try:
            for combo, items in (
                (self.type_combo, choices.project_types()),
                (self.hosting_combo, choices.hostings()),
            ):
                current = combo.currentData()
                combo.clear()
                for code, label in items:
                    combo.addItem(label, code)
                if current is not None:
                    combo.setCurrentIndex(combo.findData(current))
            current = self.region_combo.currentData()
            self.region_combo.clear()
            self.region_combo.addItem(self.tr("(choose the region)"), None)
            for code, name in sorted(REGIONS.items(), key=lambda item: item[1]):
                self.region_combo.addItem(name, code)
            self.region_combo.setCurrentIndex(max(0, self.region_combo.findData(current)))
            current = self.campaign_combo.currentData()
            self.campaign_combo.clear()
            for year in available_campaigns():
                self.campaign_combo.addItem(self.tr("Call for projects {year}").format(year=year), year)
            if current is not None:
                if self.campaign_combo.findData(current) < 0:  # a year without rules stays shown (and said)
                    self.campaign_combo.addItem(self.tr("Call for projects {year}").format(year=current), current)
                self.campaign_combo.setCurrentIndex(self.campaign_combo.findData(current))
        finally:
            saver.suspended = was

    def fetch(self):
        return dossiers.get_dossier(self.db, self.dossier_id)

    def fill(self, fields) -> None:
        saver = self.context.autosaver
        saver.suspended = True
        try:
            self.name_edit.setText(fields.name)
            self._stored_name = fields.name  # what the next save of the name starts from
            self.name_error.hide()
            for combo, value in (
                (self.campaign_combo, fields.campaign_year),
                (self.region_combo, fields.region),
                (self.type_combo, fields.project_type),
                (self.hosting_combo, fields.hosting),
            ):
                index = combo.findData(value)
                if index < 0 and combo is self.campaign_combo:
                    combo.addItem(self.tr("Call for projects {year}").format(year=value), value)
                    index = combo.count() - 1
                combo.setCurrentIndex(max(index, 0))
        finally:
            saver.suspended = False
        self._show_campaign_note()

    def _show_campaign_note(self) -> None:
        from esms_desktop.ui.campaign_errors import campaign_error_text

        year = self.campaign_combo.currentData()
        note, problem = "", False
        if year is not None:
            try:
                if load_campaign(year).indicative:
                    note = self.tr(
                        "The rules of this campaign are indicative: they repeat the previous campaign's until "
                        "the official instruction is published."
                    )
            except CampaignFileError as exc:  # a year without rules, a damaged file: said here, where it is fixed
                note, problem = campaign_error_text(exc), True
        self.campaign_note.setObjectName("fieldError" if problem else "hint")
        self.campaign_note.setStyleSheet("color: #b00020;" if problem else "")
        self.campaign_note.setText(note)
        self.campaign_note.setVisible(bool(note))

    def _check_name(self, text: str) -> None:
        self.name_error.setVisible(not text.strip())

    def _save_name(self, text: str) -> Write | None:
        """Save the name, saying which name it replaces: someone else's rename meanwhile is shown first
        (the write in the background, the question and what follows on the UI thread)."""
        from esms_desktop.storage.concurrency import StaleEdit
        from esms_desktop.ui import conflict_dialog

        if not text.strip():
            return None
        based_on = getattr(self, "_stored_name", None)
        self._stored_name = text.strip()  # the next edit starts from this one (stored before it, in order)

        def stored(_result=None) -> None:
            self.changed.emit()

        def refused(exc: Exception) -> bool:
            if not isinstance(exc, StaleEdit):
                self._stored_name = based_on
                return False
            if conflict_dialog.ask(self, exc.theirs, {"name": text}, {"name": self.tr("Dossier name")}) == conflict_dialog.RELOAD:
                self.load()
                self.changed.emit()
                return True
            self.context.submit(lambda: dossiers.rename_dossier(self.db, self.dossier_id, text), stored,
                                lambda e: self.context.autosaver.failed.emit(e))
            return True

        return Write(lambda: dossiers.rename_dossier(self.db, self.dossier_id, text, based_on=based_on),
                     stored, refused)

    def _save(self, **fields) -> Write:
        return Write(lambda: dossiers.update_dossier(self.db, self.dossier_id, **fields),
                     lambda _r: self.changed.emit())
