"""Step "Gouvernance": the people of the project, their roles in the COPIL and the COPROJ, the project
lead (FTE, skills), and one DUI referent per ESSMS."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMessageBox,
    QPushButton,
    QSplitter,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
)

from esms_desktop import formatting
from esms_desktop.storage import governance, grappe
from esms_desktop.ui.wizard import grappe_choices as gc
from esms_desktop.ui.wizard.person_dialog import PersonDialog
from esms_desktop.ui.wizard.step import StepPage

PERSON_ROLE = Qt.ItemDataRole.UserRole
LEAD = governance.LEAD  # what a save making someone the lead says it saw: the lead's id (None: no lead)
#: Columns of the people table that share the width (name, function, organisation, e-mail).
NAME_COLUMNS = (0, 1, 2, 3)


class GovernanceStep(StepPage):
    key = "gouvernance"

    def title(self) -> str:
        return self.tr("Governance")

    def setup_ui(self) -> None:
        self.people: list[governance.PersonRow] = []
        self.referents: list[governance.ReferentRow] = []
        from esms_desktop.ui.conflict_dialog import SentValues

        self._sent = SentValues()  # per person, the fields its dialog sent, not read back yet
        self._referents_sent = SentValues()  # per ESSMS, the referent chosen and not read back yet
        self._lead_sent = SentValues()  # the project lead this window chose and not read back yet
        self.heading = QLabel()
        self.heading.setObjectName("stepHeading")
        self.intro = QLabel()
        self.intro.setWordWrap(True)

        self.referent_slices = self.slices()  # the referents' combo boxes, made a few rows per turn
        self.people_table = QTableWidget()
        self.people_table.setColumnCount(8)
        self.people_table.setTabKeyNavigation(False)  # Tab goes on to the next control (arrows move in the table)
        self.people_table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.people_table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.people_table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.people_table.verticalHeader().hide()
        self.people_table.setAlternatingRowColors(True)
        self.people_table.itemDoubleClicked.connect(lambda *_: self.edit_person())
        self.people_table.itemSelectionChanged.connect(self._update_buttons)
        self.add_button = QPushButton()
        self.edit_button = QPushButton()
        self.remove_button = QPushButton()
        self.add_button.clicked.connect(self.add_person)
        self.edit_button.clicked.connect(self.edit_person)
        self.remove_button.clicked.connect(self.remove_person)
        buttons = QHBoxLayout()
        for button in (self.add_button, self.edit_button, self.remove_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        self.lead_label = QLabel()
        self.lead_label.setWordWrap(True)
        self.committees_label = QLabel()
        self.committees_label.setWordWrap(True)
        people_layout = QVBoxLayout()
        people_layout.addLayout(buttons)
        people_layout.addWidget(self.people_table, 1)
        people_layout.addWidget(self.lead_label)
        people_layout.addWidget(self.committees_label)
        self.people_box = QGroupBox()
        self.people_box.setLayout(people_layout)

        self.referent_table = QTableWidget()
        self.referent_table.setColumnCount(4)
        self.referent_table.setTabKeyNavigation(False)  # Tab goes on to the next control (arrows move in the table)
        self.referent_table.verticalHeader().hide()
        self.referent_table.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.referent_table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.referent_hint = QLabel()
        self.referent_hint.setWordWrap(True)
        self.referent_hint.setObjectName("hint")
        referent_layout = QVBoxLayout()
        referent_layout.addWidget(self.referent_hint)
        referent_layout.addWidget(self.referent_table, 1)
        self.referent_box = QGroupBox()
        self.referent_box.setLayout(referent_layout)

        splitter = QSplitter(Qt.Orientation.Vertical)
        splitter.addWidget(self.people_box)
        splitter.addWidget(self.referent_box)
        splitter.setChildrenCollapsible(False)
        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addWidget(self.intro)
        layout.addWidget(splitter, 1)

    def retranslate_ui(self) -> None:
        self.heading.setText(self.tr("Governance"))
        self.intro.setText(self.tr(
            "Who steers the project: the members of the steering committee (COPIL) and of the project "
            "committee (COPROJ), the project lead with the time they give and their skills, and a DUI referent "
            "in each ESSMS."))
        self.people_box.setTitle(self.tr("People of the project"))
        self.referent_box.setTitle(self.tr("DUI referent of each ESSMS"))
        self.referent_hint.setText(self.tr(
            "The DUI referent relays the project in the establishment: settings, training of colleagues, "
            "first-level support. Add the people above first."))
        self.people_table.setHorizontalHeaderLabels([
            self.tr("Name"), self.tr("Function"), self.tr("Organisation"), self.tr("E-mail"), self.tr("Phone"),
            self.tr("COPIL"), self.tr("COPROJ"), self.tr("Project lead")])
        self.referent_table.setHorizontalHeaderLabels(
            [self.tr("OG"), self.tr("FINESS ET"), self.tr("ESSMS"), self.tr("DUI referent")])
        self.add_button.setText(self.tr("&Add a person…"))
        self.edit_button.setText(self.tr("&Change…"))
        self.remove_button.setText(self.tr("&Remove…"))
        if self.people or self.referents or self.isVisible():
            self.load()

    # data ----------------------------------------------------------------
    def fetch(self):
        return governance.list_people(self.db, self.dossier_id), governance.list_referents(self.db, self.dossier_id)

    def fill(self, data) -> None:
        selected = self.selected_person_id()
        unchanged = (self.people, self.referents) == data and self.referent_table.rowCount() == len(data[1])
        self.people, self.referents = data
        self._sent.read_back({p.id: p.values() for p in self.people})
        self._referents_sent.read_back({r.essms_id: {"referent_id": r.referent_id} for r in self.referents})
        self._lead_sent.read_back({LEAD: {LEAD: self._stored_lead()}})
        self._fill_people(selected)
        if not unchanged:  # one combo box per ESSMS: built again only when a row or a person changed
            self._fill_referents()
        self._update_buttons()

    def _fill_people(self, selected: int | None) -> None:
        table = self.people_table
        table.setRowCount(len(self.people))
        copil, coproj = gc.copil_roles(), gc.coproj_roles()
        for row, p in enumerate(self.people):
            lead = ""
            if p.project_lead:
                lead = self.tr("yes") + (f" — {formatting.number(p.fte, 2)} " + self.tr("FTE") if p.fte else "")
            cells = [p.name, p.function, p.organisation, p.email, p.phone,
                     gc.label_of(copil, p.copil_role) if p.copil_role else "",
                     gc.label_of(coproj, p.coproj_role) if p.coproj_role else "", lead]
            for column, text in enumerate(cells):
                item = QTableWidgetItem(text)
                item.setData(PERSON_ROLE, p.id)
                if column in NAME_COLUMNS:
                    item.setToolTip(text)  # shortened with « … » when the window is narrow
                table.setItem(row, column, item)
            if p.id == selected:
                table.selectRow(row)
        header = table.horizontalHeader()
        for column in range(8):  # names share the width; short values keep theirs
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Stretch if column in NAME_COLUMNS
                                        else QHeaderView.ResizeMode.ResizeToContents)
        table.setWordWrap(False)
        lead = next((p for p in self.people if p.project_lead), None)
        if lead is None:
            self.lead_label.setText(self.tr("No project lead is designated yet: edit a person and tick "
                                            "« Project lead »."))
            self.lead_label.setStyleSheet("color: #8a4b00;")
        else:
            fte = self.tr(", {fte} FTE").format(fte=formatting.number(lead.fte, 2)) if lead.fte else ""
            skills = self.tr(" — skills: {skills}").format(skills=lead.skills) if lead.skills else ""
            self.lead_label.setText(self.tr("Project lead: {name}{fte}{skills}").format(
                name=lead.name, fte=fte, skills=skills))
            self.lead_label.setStyleSheet("")
        copil_n = sum(1 for p in self.people if p.copil_role)
        coproj_n = sum(1 for p in self.people if p.coproj_role)
        self.committees_label.setText(self.tr("COPIL: %n member(s)", "", copil_n) + " · "
                                      + self.tr("COPROJ: %n member(s)", "", coproj_n))

    def _fill_referents(self) -> None:
        """The rows at once, their combo boxes (about 0.5 ms each) over a few turns of the event loop."""
        table = self.referent_table
        table.setRowCount(len(self.referents))
        for row, r in enumerate(self.referents):
            for column, text in enumerate((r.og_name, r.finess_et, r.name)):
                item = QTableWidgetItem(text)
                item.setToolTip(text)
                table.setItem(row, column, item)
        self.referent_slices.start(lambda row=row, r=r: self._referent_combo(row, r)
                                   for row, r in enumerate(self.referents))
        header = table.horizontalHeader()
        for column in (0, 2):  # OG and ESSMS names share the width; the number and the referent keep theirs
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Stretch)
        for column in (1, 3):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        table.setWordWrap(False)

    def _referent_combo(self, row: int, r) -> None:
        table = self.referent_table
        combo = QComboBox()
        combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        combo.setMinimumContentsLength(18)  # the width of a name; a longer text is shortened
        combo.addItem(self.tr("(none)"), None)
        for p in self.people:  # the organisation only when it is not the row's OG (already shown)
            other = p.organisation and p.organisation != r.og_name
            combo.addItem(f"{p.name} — {p.organisation}" if other else p.name, p.id)
        combo.setCurrentIndex(max(0, combo.findData(r.referent_id)))
        combo.activated.connect(lambda _i, essms_id=r.essms_id, c=combo: self._set_referent(essms_id, c))
        table.setCellWidget(row, 3, combo)

    def referent_combo(self, row: int) -> QComboBox:
        self.referent_slices.finish_now()
        return self.referent_table.cellWidget(row, 3)

    def _set_referent(self, essms_id: int, combo: QComboBox) -> None:
        """Store the referent chosen, saying the one shown (or last sent) it replaces: someone else chose
        another one meanwhile → both shown, « Recharger » / « Garder ma version »."""
        from esms_desktop.storage.concurrency import StaleEdit
        from esms_desktop.ui.conflict_dialog import save_changes_in_background

        row = next((r for r in self.referents if r.essms_id == essms_id), None)
        if row is None:
            return
        db, dossier_id = self.db, self.dossier_id
        original = self._referents_sent.shown(essms_id, {"referent_id": row.referent_id})
        values = {"referent_id": combo.currentData()}
        names = {p.id: p.name for p in self.people}  # and, on a conflict, the name of their choice

        def update(db, ident, expected, based_on, referent_id):
            try:
                governance.set_referent(db, ident, referent_id, expected, based_on)
            except StaleEdit as exc:  # in the background: the name of the person they chose, to show it
                names.update(governance.person_names(db, [exc.theirs.get("referent_id")]))
                raise

        def display(_field, person_id) -> str:
            return self.tr("(none)") if person_id is None else names.get(person_id, "?")

        def stored(referents) -> None:
            self.referents = referents
            self._referents_sent.read_back({r.essms_id: {"referent_id": r.referent_id} for r in referents})
            self.changed.emit()

        def not_stored() -> None:  # « recharger », a person or ESSMS deleted: the table shows what is stored
            self._referents_sent.forget(essms_id)
            self.referents = []  # its combo boxes made again, from what is read
            self.load()

        write = save_changes_in_background(
            self, self.context.submit, update, db, essms_id, None, original, values, then=stored, reshow=not_stored,
            reread=lambda: governance.list_referents(db, dossier_id),
            labels={"referent_id": self.tr("DUI referent of « {essms} »").format(essms=row.name)}, display=display)
        if write is not None:
            self.submit_write(self._referents_sent.keep(essms_id, write, original, values))

    def selected_person_id(self) -> int | None:
        items = self.people_table.selectedItems()
        return items[0].data(PERSON_ROLE) if items else None

    def _update_buttons(self) -> None:
        selected = self.selected_person_id() is not None
        self.edit_button.setEnabled(selected)
        self.remove_button.setEnabled(selected)

    def _stored(self) -> None:
        self.load()
        self.changed.emit()

    def _stored_lead(self) -> int | None:
        return next((p.id for p in self.people if p.project_lead), None)

    def _lead_seen(self) -> int | None:
        """The lead this window shows, or last chose (sent, not read back yet)."""
        return self._lead_sent.shown(LEAD, {LEAD: self._stored_lead()})[LEAD]

    def _conflict_labels(self) -> dict:
        """What the person dialog calls its fields, and the project lead of the dossier, in a conflict box."""
        from esms_desktop.ui.conflict_dialog import field_labels

        return {**field_labels(), "function": self.tr("Function"), "organisation": self.tr("Organisation"),
                "email": self.tr("E-mail"), "phone": self.tr("Phone"), "copil_role": self.tr("COPIL"),
                "coproj_role": self.tr("COPROJ"), "project_lead": self.tr("Project lead"),
                "fte": self.tr("Time on the project"), "skills": self.tr("Skills"), LEAD: self.tr("Project lead")}

    def _conflict_display(self, names: dict):
        """The text a conflict box shows for a value: a lead by their name, a role by its label."""
        copil, coproj = dict(gc.copil_roles()), dict(gc.coproj_roles())

        def display(field, value):
            if field == LEAD:
                return self.tr("(none)") if value is None else names.get(value, "?")
            if field in ("copil_role", "coproj_role") and value:
                return (copil if field == "copil_role" else coproj).get(value, value)
            return value
        return display

    def _organisations(self) -> list[str]:
        names = [og.name for og in grappe.list_grappe(self.db, self.dossier_id) if og.name]
        return list(dict.fromkeys(names + [p.organisation for p in self.people if p.organisation]))

    # actions -------------------------------------------------------------
    def add_person(self) -> None:
        dialog = PersonDialog(self, organisations=self._organisations())
        if dialog.exec() == QDialog.DialogCode.Accepted:
            from esms_desktop.storage.concurrency import StaleEdit
            from esms_desktop.ui.autosave import Write
            from esms_desktop.ui.conflict_dialog import KEEP, ask, say_not_saved

            db, dossier_id, values = self.db, self.dossier_id, dialog.values()
            # made the lead: from the lead shown; someone else named another one meanwhile → asked
            seen = {LEAD: self._lead_seen()} if values["project_lead"] else None
            names = {p.id: p.name for p in self.people}

            def add(based_on, **fields):
                try:
                    return governance.add_person(db, dossier_id, based_on, **fields)
                except StaleEdit as exc:  # in the background: the name of the lead they chose, to show it
                    names.update(governance.person_names(db, [exc.theirs.get(LEAD)]))
                    raise

            def stored(person_id: int, lead: bool = bool(values["project_lead"])) -> None:
                if lead:  # the lead is the one added now: what this window chose before is replaced
                    self._lead_sent.forget(LEAD)
                self.load(then=lambda: self._select(person_id))
                self.changed.emit()

            def not_added(exc: Exception) -> None:
                say_not_saved(self, exc)
                self._stored()

            def refused(exc: Exception) -> bool:
                if not isinstance(exc, StaleEdit):
                    return False
                names["new"] = values["name"]
                # « garder ma version »: added as the lead; « recharger »: added, their lead kept
                fields = values if ask(self, exc.theirs, {LEAD: "new"}, self._conflict_labels(),
                                       self._conflict_display(names)) == KEEP else {**values, "project_lead": False}
                self.context.submit(lambda: governance.add_person(db, dossier_id, **fields),
                                    lambda person_id: stored(person_id, fields["project_lead"]), not_added)
                return True

            self.submit_write(Write(lambda: add(seen, **values), stored, refused))

    def edit_person(self) -> None:
        person_id = self.selected_person_id()
        person = next((p for p in self.people if p.id == person_id), None)
        if person is None:
            return
        # it starts from what this window last sent for that person (the dialog opened again before the list
        # is read again: not a conflict with one's own change)
        original = self._sent.shown(person_id, person.values())
        dialog = PersonDialog(self, original, organisations=self._organisations())
        if dialog.exec() == QDialog.DialogCode.Accepted:
            from esms_desktop.storage.concurrency import StaleEdit
            from esms_desktop.ui.conflict_dialog import save_changes_in_background

            def not_stored() -> None:  # « recharger », deleted: the list shows what is stored
                self._sent.forget(person_id)
                self._lead_sent.forget(LEAD)
                self._stored()

            values = dialog.values()
            # the lead of the dossier, as this window shows it: made the lead over someone else's new lead → asked
            seen = self._lead_seen()
            ticked = values["project_lead"]
            lead = seen if ticked == original["project_lead"] else (person_id if ticked else None)
            names = {p.id: p.name for p in self.people} | {person_id: values["name"]}

            def update(db, ident, expected, based_on, lead_id=None, **changes):
                try:
                    governance.update_person(db, ident, expected, based_on, **changes)
                except StaleEdit as exc:  # in the background: the name of the lead they chose, to show it
                    names.update(governance.person_names(db, [exc.theirs.get(LEAD)]))
                    raise

            write = save_changes_in_background(
                self, self.context.submit, update, self.db, person_id, person.version,
                {**original, LEAD: seen}, {**values, LEAD: lead}, then=lambda _r: self._stored(), reshow=not_stored,
                labels=self._conflict_labels(), display=self._conflict_display(names))
            if write is not None:
                write = self._sent.keep(person_id, write, original, values)
                if lead != seen:
                    write = self._lead_sent.keep(LEAD, write, {LEAD: seen}, {LEAD: lead})
                self.submit_write(write)

    def remove_person(self) -> None:
        person_id = self.selected_person_id()
        person = next((p for p in self.people if p.id == person_id), None)
        if person is None:
            return
        count = sum(1 for r in self.referents if r.referent_id == person_id)
        question = self.tr("Remove « {name} » from the project?").format(name=person.name)
        if count:
            question += " " + self.tr("%n ESSMS will have no DUI referent any more.", "", count)
        answer = QMessageBox.question(self, self.tr("Remove"), question,
                                      QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
                                      QMessageBox.StandardButton.No)
        if answer == QMessageBox.StandardButton.Yes:
            self.context.name_change(self.tr("remove « {name} »").format(name=person.name))
            from esms_desktop.ui.conflict_dialog import delete_in_background

            self.submit_write(delete_in_background(
                self, self.context.submit, governance.delete_person, self.db, person_id, person.version,
                self._sent.shown(person_id, person.values()), then=lambda _r: self._stored(), reshow=self._stored, name=person.name))

    def _select(self, person_id: int) -> None:
        for row in range(self.people_table.rowCount()):
            if self.people_table.item(row, 0).data(PERSON_ROLE) == person_id:
                self.people_table.selectRow(row)
