"""Step "Besoins": trainings, support and usage development, hardware per ESSMS — each need with its cost.

Every need feeds an expense line of the budget (storage/needs.py); the actions recommended by the
self-diagnostic arrive here as needs with their origin shown.
"""

from __future__ import annotations

from PySide6.QtWidgets import (
    QComboBox,
    QLabel,
    QLineEdit,
    QMessageBox,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from esms_desktop.formatting import euros, number
from esms_desktop.rules.funding.budget import NEED_KINDS
from esms_desktop.storage import needs
from esms_desktop.ui.autosave import Write
from esms_desktop.ui.budget.labels import equipment_types, need_kinds
from esms_desktop.ui.budget.widgets import AmountSpin, Cell, CountSpin, DaysSpin, RecordEditor, grid_form
from esms_desktop.ui.conflict_dialog import delete_in_background, save_changes_in_background
from esms_desktop.ui.wizard.step import StepPage

#: How the fields of each form are laid out, row by row.
LAYOUT = {
    "formation": (("label",), ("audience",), ("people", "days"), ("unit_cost",)),  # fits a 1100 px window
    "accompagnement": (("label",), ("quantity", "unit_cost")),
    "materiel": (("essms_id",), ("equipment_type", "quantity", "unit_cost"), ("label",)),
}
FIELDS = {
    "formation": ("label", "audience", "people", "days", "unit_cost"),
    "accompagnement": ("label", "quantity", "unit_cost"),
    "materiel": ("essms_id", "equipment_type", "label", "quantity", "unit_cost"),
}


def _action_titles() -> dict[str, str]:
    from esms_desktop.rules.maturity.scoring import MaturityError, load_actions

    try:
        return {a.id: a.title for a in load_actions().actions}
    except MaturityError:  # a broken catalogue is reported by the maturity step; the origin shows its id
        return {}


class NeedsStep(StepPage):
    key = "besoins"

    def title(self) -> str:
        return self.tr("Needs")

    # ui ------------------------------------------------------------------------------------------
    def setup_ui(self) -> None:
        layout = QVBoxLayout(self)
        self.heading = QLabel()
        self.heading.setObjectName("stepHeading")
        self.intro = QLabel()
        self.intro.setWordWrap(True)
        self.tabs = QTabWidget()
        self.editors: dict[str, RecordEditor] = {}
        self.fields: dict[str, dict[str, QWidget]] = {}
        self.field_labels: dict[str, dict[str, QLabel]] = {}
        self.cost_labels: dict[str, QLabel] = {}
        self.origin_labels: dict[str, QLabel] = {}
        self.hints: dict[str, QLabel] = {}
        saver = self.context.autosaver
        for kind in NEED_KINDS:
            page = QWidget()
            box = QVBoxLayout(page)
            hint = QLabel()
            hint.setWordWrap(True)
            hint.setObjectName("hint")
            self.hints[kind] = hint
            editor = RecordEditor(stretch_column=2 if kind == "materiel" else 0)
            editor.current_changed.connect(lambda ident, k=kind: self._show_need(k, ident))
            editor.add_button.clicked.connect(lambda _c=False, k=kind: self.add_need(k))
            editor.remove_button.clicked.connect(lambda _c=False, k=kind: self.remove_need(k))
            self.editors[kind] = editor
            self.fields[kind], self.field_labels[kind] = {}, {}
            for name in FIELDS[kind]:
                widget = self._make_field(name)
                self.fields[kind][name], self.field_labels[kind][name] = widget, QLabel()
                self._bind(saver, kind, name, widget)
            editor.form.addRow(grid_form([[(self.field_labels[kind][n], self.fields[kind][n]) for n in row]
                                          for row in LAYOUT[kind]]))
            self.cost_labels[kind] = QLabel()
            self.origin_labels[kind] = QLabel()
            self.origin_labels[kind].setObjectName("hint")
            self.origin_labels[kind].setWordWrap(True)
            editor.form.addRow(self.cost_labels[kind])
            editor.form.addRow(self.origin_labels[kind])
            box.addWidget(hint)
            box.addWidget(editor, 1)
            self.tabs.addTab(page, "")
        self.tabs.currentChanged.connect(lambda _i: self.context.autosaver.flush())
        self.total_label = QLabel()
        self.total_label.setWordWrap(True)
        layout.addWidget(self.heading)
        layout.addWidget(self.intro)
        layout.addWidget(self.tabs, 1)
        layout.addWidget(self.total_label)
        # the names tests and links use
        self.formation_people = self.fields["formation"]["people"]
        self.materiel_quantity = self.fields["materiel"]["quantity"]
        self.rows: dict[str, list[needs.NeedRow]] = {k: [] for k in NEED_KINDS}
        self.editing: dict[str, int | None] = {k: None for k in NEED_KINDS}  # the need each form shows
        self._sent: dict[int, dict] = {}  # per need, the values sent to be stored and not read back yet
        self.actions: dict[str, str] = {}
        self.essms: dict = {}

    def _make_field(self, name: str) -> QWidget:
        if name in ("label", "audience"):
            edit = QLineEdit()
            edit.setMaxLength(300 if name == "label" else 200)
            return edit
        if name in ("people", "quantity"):
            return CountSpin()
        if name == "days":
            return DaysSpin()
        if name == "unit_cost":
            return AmountSpin()
        combo = QComboBox()
        combo.setMinimumContentsLength(16)  # long ESSMS names are shortened: the form fits a 1100 px window
        combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        return combo

    def _bind(self, saver, kind: str, name: str, widget: QWidget) -> None:
        save = lambda value, k=kind, n=name: self._save(k, n, value)  # noqa: E731
        if isinstance(widget, QLineEdit):
            saver.bind_line_edit(widget, save)
        elif isinstance(widget, QComboBox):
            saver.bind_combo(widget, save)
        else:
            saver.bind_spin(widget, save)

    def retranslate_ui(self) -> None:
        self.heading.setText(self.tr("Needs"))
        self.intro.setText(self.tr(
            "Describe what the project needs: trainings, support to develop the use of the DUI, and the hardware "
            "of each ESSMS. Each need is carried into the budget forecast as an expense line that follows "
            "its cost. The actions you kept from the self-diagnostic appear here too."))
        self.hints["formation"].setText(self.tr(
            "Cost of a training = number of people × days per person × cost per person and per day."))
        self.hints["accompagnement"].setText(self.tr(
            "Support by the editor, the AMOA or the regional collective to set up the DUI and develop its use. "
            "Cost = days of support × cost per day."))
        self.hints["materiel"].setText(self.tr(
            "Hardware the professionals need to use the DUI, ESSMS by ESSMS. Cost = quantity × unit price. "
            "For a small OG it may be financed by the equipment aid, asked for in the OG's form of the grappe."))
        labels = {
            "formation": [self.tr("Trainin&g:"), self.tr("&Audience:"), self.tr("N&umber of people:"),
                          self.tr("Da&ys per person:"), self.tr("&Cost per person and per day:")],
            "accompagnement": [self.tr("&Action:"), self.tr("Da&ys of support:"), self.tr("&Cost per day:")],
            "materiel": [self.tr("ESS&MS:"), self.tr("&Type:"), self.tr("Descr&iption:"), self.tr("&Quantity:"),
                         self.tr("&Unit price:")],
        }
        headers = {
            "formation": [self.tr("Training"), self.tr("Audience"), self.tr("People"), self.tr("Days"),
                          self.tr("Cost per person-day"), self.tr("Cost"), self.tr("Origin")],
            "accompagnement": [self.tr("Action"), self.tr("Days"), self.tr("Cost per day"), self.tr("Cost"),
                               self.tr("Origin")],
            "materiel": [self.tr("ESSMS"), self.tr("Type"), self.tr("Description"), self.tr("Quantity"),
                         self.tr("Unit price"), self.tr("Cost"), self.tr("Origin")],
        }
        boxes = {"formation": self.tr("Selected training"), "accompagnement": self.tr("Selected support action"),
                 "materiel": self.tr("Selected hardware")}
        for kind in NEED_KINDS:
            for name, text in zip(FIELDS[kind], labels[kind]):
                self.field_labels[kind][name].setText(text)
            editor = self.editors[kind]
            editor.set_headers(headers[kind])
            editor.form_box.setTitle(boxes[kind])
            editor.remove_button.setText(self.tr("&Remove…"))
        self.editors["formation"].add_button.setText(self.tr("Add a &training"))
        self.editors["accompagnement"].add_button.setText(self.tr("Add a &support action"))
        self.editors["materiel"].add_button.setText(self.tr("Add hard&ware"))
        self.fields["formation"]["label"].setPlaceholderText(self.tr("e.g. Getting started with the DUI"))
        self.fields["formation"]["audience"].setPlaceholderText(self.tr("e.g. Educators and care staff"))
        self.fields["accompagnement"]["label"].setPlaceholderText(self.tr("e.g. Support for the set-up"))
        self.fields["materiel"]["label"].setPlaceholderText(self.tr("e.g. Tablets for the care rounds"))
        combo = self.fields["materiel"]["equipment_type"]
        current = combo.currentData()
        combo.clear()
        for code, text in equipment_types().items():
            combo.addItem(text, code)
        combo.setCurrentIndex(max(0, combo.findData(current)))
        if any(self.rows.values()):
            self.load()

    # data ----------------------------------------------------------------------------------------
    def fetch(self):
        return needs.essms_choices(self.db, self.dossier_id), needs.list_needs(self.db, self.dossier_id)

    def fill(self, data) -> None:
        choices, all_needs = data
        self._sent.clear()  # read after every write sent before: what is shown is what is stored
        self.actions = _action_titles()
        self._fill_essms(choices)
        for kind in NEED_KINDS:
            self.rows[kind] = [n for n in all_needs if n.kind == kind]
            self.editors[kind].set_rows([(n.id, self._cells(n)) for n in self.rows[kind]])
            if self.editors[kind].current_id() is None and self.rows[kind]:
                self.editors[kind].select(self.rows[kind][0].id)
            self.editors[kind].reshow()  # the need may have changed since the form showed it
        self._update_totals()

    def _fill_essms(self, choices) -> None:
        combo = self.fields["materiel"]["essms_id"]
        current = combo.currentData()
        self.essms = {c.id: c for c in choices}
        saver = self.context.autosaver
        saver.suspended, was = True, saver.suspended
        try:
            combo.clear()
            combo.addItem(self.tr("(the whole grappe)"), None)
            for choice in self.essms.values():
                combo.addItem(f"{choice.name} — {choice.og_name} ({choice.finess_et})", choice.id)
            combo.setCurrentIndex(max(0, combo.findData(current)))
        finally:
            saver.suspended = was

    def _origin(self, need: needs.NeedRow) -> Cell:
        if not need.from_action:
            return Cell(self.tr("Entered"))
        title = self.actions.get(need.from_action, need.from_action)
        return Cell(self.tr("Self-diagnostic"), tooltip=self.tr("Recommended by the self-diagnostic: {title}").format(
            title=title), italic=True)

    def _cells(self, n: needs.NeedRow) -> list[Cell]:
        unit, cost = Cell(euros(n.unit_cost), True), Cell(euros(n.cost), True, bold=True)
        if n.kind == "formation":
            return [Cell(n.label), Cell(n.audience), Cell(number(n.people or 0), True),
                    Cell(number(n.days or 0, 1), True), unit, cost, self._origin(n)]
        if n.kind == "accompagnement":
            return [Cell(n.label), Cell(number(n.quantity or 0), True), unit, cost, self._origin(n)]
        essms = self.essms.get(n.essms_id) if n.essms_id is not None else None
        where = essms.name if essms else self.tr("(the whole grappe)")
        return [Cell(where, tooltip=essms.og_name if essms else ""),
                Cell(equipment_types().get(n.equipment_type, n.equipment_type)), Cell(n.label),
                Cell(number(n.quantity or 0), True), unit, cost, self._origin(n)]

    def _need(self, kind: str, ident: int | None) -> needs.NeedRow | None:
        return next((n for n in self.rows[kind] if n.id == ident), None)

    def _show_need(self, kind: str, ident: int | None) -> None:
        """Fill the form with the selected need (edits pending for the previous one are stored first)."""
        saver = self.context.autosaver
        saver.flush()
        need = self._need(kind, ident)
        self.editing[kind] = need.id if need else None
        self._fill_fields(kind, {name: getattr(need, name) if need else None for name in self.fields[kind]})
        self._show_cost(kind, need)

    def _fill_fields(self, kind: str, values: dict) -> None:
        """Show ``values`` in the form's fields (not stored again)."""
        saver = self.context.autosaver
        saver.suspended, was = True, saver.suspended
        try:
            for name, value in values.items():
                widget = self.fields[kind][name]
                if isinstance(widget, QLineEdit):
                    widget.setText(value or "")
                    widget.setCursorPosition(0)  # show the start of a long text, not its end
                elif isinstance(widget, QComboBox):
                    widget.setCurrentIndex(max(0, widget.findData(value)))
                else:
                    widget.setValue(value or 0)
        finally:
            saver.suspended = was

    def _show_cost(self, kind: str, need: needs.NeedRow | None) -> None:
        if need is None:
            self.cost_labels[kind].setText("")
            self.origin_labels[kind].setText("")
            return
        unit, cost = euros(need.unit_cost), euros(need.cost)
        if kind == "formation":
            text = self.tr("Cost: {people} people × {days} day(s) × {unit} = {cost}").format(
                people=number(need.people or 0), days=number(need.days or 0, 1), unit=unit, cost=cost)
        elif kind == "accompagnement":
            text = self.tr("Cost: {days} day(s) × {unit} = {cost}").format(
                days=number(need.quantity or 0), unit=unit, cost=cost)
        else:
            text = self.tr("Cost: {quantity} × {unit} = {cost}").format(
                quantity=number(need.quantity or 0), unit=unit, cost=cost)
        self.cost_labels[kind].setText(f"<b>{text}</b>")
        origin = ""
        if need.from_action:
            origin = self.tr("Recommended by the self-diagnostic: « {title} ».").format(
                title=self.actions.get(need.from_action, need.from_action))
        self.origin_labels[kind].setText(origin)

    def _update_totals(self) -> None:
        totals = {kind: sum(n.cost for n in self.rows[kind]) for kind in NEED_KINDS}
        names = need_kinds()
        for index, kind in enumerate(NEED_KINDS):
            self.tabs.setTabText(index, self.tr("{kind} ({count})").format(kind=names[kind], count=len(self.rows[kind])))
            self.editors[kind].total_label.setText(self.tr("Total: {amount}").format(amount=euros(totals[kind])))
        self.total_label.setText(self.tr(
            "All needs: <b>{total}</b> — trainings {formation}, support {accompagnement}, hardware {materiel}. "
            "Each is an expense line of the budget forecast.").format(
                total=euros(sum(totals.values())), **{k: euros(v) for k, v in totals.items()}))

    # edits ---------------------------------------------------------------------------------------
    def _save(self, kind: str, name: str, value) -> Write | None:
        """A field of the need being edited: stored in the background, then its row and totals shown."""
        need = self._need(kind, self.editing[kind])
        if need is None:
            return None
        values = {name: value}
        if name == "equipment_type":  # a description that only named the old type follows the new one
            types = equipment_types()
            if need.label in ("", types.get(need.equipment_type)):
                values["label"] = types.get(value, "")
        original = {**need.values(), **self._sent.get(need.id, {})}  # what this window last stored or sent
        if all(original.get(k) == v for k, v in values.items()):
            return None
        write = save_changes_in_background(
            self, self.context.submit, needs.update_need, self.db, need.id, need.version, original, values,
            then=lambda fresh: self._saved(kind, need, name, values, fresh),
            reshow=self.load,  # « recharger », or deleted by someone else: the form shows what is stored
            reread=lambda: needs.get_need(self.db, need.id), display=self._display)
        if write is not None:  # the next edit of this need, before this one is stored, starts from it
            self._sent.setdefault(need.id, {}).update(values)
        return write

    def _saved(self, kind: str, need, name: str, values: dict, fresh) -> None:
        sent = self._sent.get(need.id, {})
        for field_name in [n for n, v in sent.items() if getattr(fresh, n, None) == v]:
            del sent[field_name]  # stored: the row read back holds it
        self.rows[kind] = [fresh if n.id == need.id else n for n in self.rows[kind]]
        self.editors[kind].update_row(need.id, self._cells(fresh))
        if "label" in values and name != "label":
            self.fields[kind]["label"].setText(fresh.label)
            self.fields[kind]["label"].setCursorPosition(0)
        # the fields someone else changed meanwhile (both kept): the form shows theirs
        # (not a field this window still has to store, nor the one being typed in)
        self._fill_fields(kind, {n: getattr(fresh, n) for n, widget in self.fields[kind].items()
                                 if n not in values and n not in sent and not widget.hasFocus()
                                 and getattr(fresh, n) != getattr(need, n)})
        self._show_cost(kind, fresh)
        self._update_totals()
        self.changed.emit()

    def _display(self, name: str, value) -> str:
        """A need's field as the form shows it (in the conflict box)."""
        if name == "unit_cost":
            return euros(value or 0)
        if name == "days":
            return number(value or 0, 1)
        if name in ("people", "quantity"):
            return number(value or 0)
        if name == "equipment_type":
            return equipment_types().get(value, value or "")
        if name == "essms_id":
            choice = self.essms.get(value)
            return choice.name if choice else self.tr("(the whole grappe)")
        return value

    def add_need(self, kind: str) -> None:
        self.context.autosaver.flush()
        values: dict = {}
        if kind == "formation":
            values = {"days": 1.0}
        elif kind == "accompagnement":
            values = {"quantity": 1}
        else:
            current = self._need(kind, self.editors[kind].current_id())
            essms_id = current.essms_id if current else next(iter(self.essms), None)
            values = {"quantity": 1, "equipment_type": "poste_travail", "essms_id": essms_id,
                      "label": equipment_types()["poste_travail"]}
        db, dossier_id = self.db, self.dossier_id

        def select(ident: int) -> None:
            self.editors[kind].select(ident)
            self.fields[kind]["label" if kind != "materiel" else "essms_id"].setFocus()

        self.write_then_reload(lambda: needs.add_need(db, dossier_id, kind, **values), then=select)

    def remove_need(self, kind: str) -> None:
        self.context.autosaver.flush()  # the need as stored with this window's last edits (its version too)
        need = self._need(kind, self.editors[kind].current_id())
        if need is None:
            return
        answer = QMessageBox.question(
            self, self.tr("Remove"),
            self.tr("Remove the need « {label} »? Its expense line leaves the budget too.").format(
                label=need.label or need_kinds()[kind]),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No, QMessageBox.StandardButton.No)
        if answer != QMessageBox.StandardButton.Yes:
            return
        self.context.name_change(self.tr("remove the need « {label} »").format(label=need.label or need_kinds()[kind]))

        def reshow() -> None:
            self.load()
            self.changed.emit()

        self.submit_write(delete_in_background(
            self, self.context.submit, needs.delete_need, self.db, need.id, need.version, need.values(),
            then=lambda _r: reshow(), reshow=reshow, name=need.label or need_kinds()[kind], display=self._display))
