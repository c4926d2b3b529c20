"""Step « Évaluation maturité SI »: each OG's self-diagnostic, its results, the grappe's, the answer files."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import (
    QDateEdit,
    QFormLayout,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPushButton,
    QTabWidget,
    QVBoxLayout,
)

from esms_desktop.i18n import render
from esms_desktop.rules.maturity.scoring import (
    Answer,
    MaturityError,
    MaturityResult,
    Questionnaire,
    RecommendedAction,
    load_questionnaire,
    recommended_actions,
    score_answers,
    validate_answers,
)
from esms_desktop.storage import maturity
from esms_desktop.storage.errors import StorageError
from esms_desktop.storage.maturity import OgDiagnostic
from esms_desktop.ui.autosave import Write
from esms_desktop.ui.maturity import exchange_actions
from esms_desktop.ui.maturity.grappe_view import GrappeResultsView, OgScores
from esms_desktop.ui.maturity.labels import STATE_MARKS, state_label, variant_label, variant_noun
from esms_desktop.ui.maturity.questionnaire_view import QuestionnaireView
from esms_desktop.ui.maturity.results_view import OgResultsView
from esms_desktop.ui.wizard.step import StepPage

OG_ROLE = Qt.ItemDataRole.UserRole
NO_DATE = QDate(2000, 1, 1)


def og_results(og: OgDiagnostic) -> tuple[Questionnaire, MaturityResult | None, list[RecommendedAction]]:
    """Score an OG's answers (answers that no longer fit the questionnaire are left out)."""
    questionnaire = load_questionnaire(og.variant)  # type: ignore[arg-type]
    answers = dict(og.diagnostic.answers) if og.diagnostic else {}
    answers = {k: v for k, v in answers.items() if not validate_answers(questionnaire, {k: v})}
    if not answers:
        return questionnaire, None, []
    result = score_answers(questionnaire, answers)
    return questionnaire, result, recommended_actions(questionnaire, answers, result)


class MaturityStep(StepPage):
    key = "maturite"

    def title(self) -> str:
        return self.tr("SI maturity assessment")

    def setup_ui(self) -> None:
        self.ogs: list[OgDiagnostic] = []
        self.added: frozenset[str] = frozenset()
        self._loading = False
        self._results_dirty = True
        self._fields_og_id: int | None = None
        layout = QVBoxLayout(self)
        self.heading = QLabel()
        self.heading.setObjectName("stepHeading")
        self.intro = QLabel()
        self.intro.setWordWrap(True)
        self.og_list = QListWidget()
        self.og_list.setObjectName("ogList")
        self.og_list.setWordWrap(True)
        self.og_list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.og_list.setMaximumHeight(104)
        self.og_list.currentRowChanged.connect(self._og_selected)

        self.og_title = QLabel()
        self.og_title.setTextFormat(Qt.TextFormat.RichText)
        self.og_title.setWordWrap(True)
        self.mismatch_box = QFrame()
        self.mismatch_box.setObjectName("warningBox")
        self.mismatch_box.setStyleSheet("QFrame#warningBox { background: #fff4e5; border: 1px solid #e0a040; }")
        self.mismatch_label = QLabel()
        self.mismatch_label.setWordWrap(True)
        self.restart_button = QPushButton()
        self.restart_button.clicked.connect(self.restart_with_expected)
        banner = QHBoxLayout(self.mismatch_box)
        banner.addWidget(self.mismatch_label, 1)
        banner.addWidget(self.restart_button)
        self.mismatch_box.hide()

        self.respondent_label = QLabel()
        self.respondent_edit = QLineEdit()
        self.respondent_edit.setMaxLength(200)
        self.respondent_label.setBuddy(self.respondent_edit)
        self.date_label = QLabel()
        self.date_edit = QDateEdit()
        self.date_edit.setCalendarPopup(True)
        self.date_edit.setDisplayFormat("dd/MM/yyyy")
        self.date_edit.setMinimumDate(NO_DATE)
        self.date_label.setBuddy(self.date_edit)
        fields = QFormLayout()
        fields.setContentsMargins(0, 0, 0, 0)
        fields.addRow(self.respondent_label, self.respondent_edit)
        date_row = QHBoxLayout()
        date_row.addWidget(self.date_edit)
        date_row.addStretch(1)
        fields.addRow(self.date_label, date_row)

        self.export_button = QPushButton()
        self.import_button = QPushButton()
        self.respond_button = QPushButton()
        self.export_button.clicked.connect(lambda: exchange_actions.export_questionnaire(self))
        self.import_button.clicked.connect(lambda: exchange_actions.import_answers(self))
        self.respond_button.clicked.connect(lambda: exchange_actions.answer_received(self))
        files = QHBoxLayout()
        files.addWidget(self.export_button)
        files.addWidget(self.import_button)
        files.addStretch(1)
        files.addWidget(self.respond_button)

        right = QVBoxLayout()
        right.addWidget(self.og_title)
        right.addLayout(fields)
        right.addStretch(1)
        top = QHBoxLayout()
        top.addWidget(self.og_list, 1)
        top.addLayout(right, 1)

        self.tabs = QTabWidget()
        self.questionnaire_view = QuestionnaireView()
        self.questionnaire_view.slices = self.slices()  # a domain's question boxes, a few per turn
        self.results_view = OgResultsView()
        self.grappe_view = GrappeResultsView()
        self.tabs.addTab(self.questionnaire_view, "")
        self.tabs.addTab(self.results_view, "")
        self.tabs.addTab(self.grappe_view, "")
        self.tabs.currentChanged.connect(lambda _i: self._refresh_results())
        self.status = QLabel()
        self.status.setWordWrap(True)
        self.status.setObjectName("hint")
        self.status.hide()
        layout.addWidget(self.heading)
        layout.addWidget(self.intro)
        layout.addLayout(top)
        layout.addWidget(self.mismatch_box)
        layout.addLayout(files)
        layout.addWidget(self.tabs, 1)
        layout.addWidget(self.status)

        self.questionnaire_view.answer_changed.connect(self.save_answer)
        self.results_view.add_need_requested.connect(self.add_need)
        self.context.autosaver.bind_line_edit(self.respondent_edit, self._save_respondent)
        self.date_edit.dateChanged.connect(self._save_date)

    def retranslate_ui(self) -> None:
        self.heading.setText(self.tr("SI maturity assessment"))
        self.intro.setText(
            self.tr(
                "Each OG answers its self-diagnostic: the IT manager's questionnaire if it has one, otherwise the "
                "director's. Answers are saved as you click; a partial diagnostic is kept as it is. The call asks "
                "for the ANAP SI maturity self-diagnostic (AAP ARS Bourgogne-Franche-Comté 2022, §4.2.E): these "
                "questionnaires are esms-desktop's own, written for it and covering the same ground; an OG that "
                "filled in ANAP's may attach its result (PDF) in the step « Dossier documents » instead."
            )
        )
        self.respondent_label.setText(self.tr("&Respondent:"))
        self.respondent_edit.setPlaceholderText(self.tr("Name and function of the person answering"))
        self.date_label.setText(self.tr("D&ate:"))
        self.date_edit.setSpecialValueText(self.tr("no date"))
        self.export_button.setText(self.tr("E&xport this OG's questionnaire…"))
        self.export_button.setToolTip(
            self.tr("Write a file the OG can answer on its own computer with esms-desktop, then send back.")
        )
        self.import_button.setText(self.tr("&Import answers…"))
        self.import_button.setToolTip(self.tr("Read a questionnaire file answered by the OG."))
        self.respond_button.setText(self.tr("Ans&wer a received questionnaire…"))
        self.respond_button.setToolTip(
            self.tr("You are the OG: open the file the porteur sent you, answer it, and send it back.")
        )
        self.tabs.setTabText(0, self.tr("&Questionnaire"))
        self.tabs.setTabText(1, self.tr("Results of the &OG"))
        self.tabs.setTabText(2, self.tr("Results of the &grappe"))
        if self.ogs:
            self._fill_list()
            self._show_header()
            self._results_dirty = True
            self._refresh_results()

    # data ----------------------------------------------------------------------
    def fetch(self):
        return maturity.list_diagnostics(self.db, self.dossier_id), maturity.added_actions(self.db, self.dossier_id)

    def fill(self, data) -> None:
        selected = self.current_og_id()
        self.ogs, self.added = data
        self._fill_list(selected)
        self._results_dirty = True
        self._og_selected(self.og_list.currentRow())

    def _fill_list(self, select: int | None = None) -> None:
        select = select if select is not None else self.current_og_id()
        self.og_list.blockSignals(True)
        self.og_list.clear()
        for og in self.ogs:
            item = QListWidgetItem()
            item.setData(OG_ROLE, og.og_id)
            self.og_list.addItem(item)
            self._update_item(item, og)
        ids = [og.og_id for og in self.ogs]
        self.og_list.setCurrentRow(ids.index(select) if select in ids else (0 if ids else -1))
        self.og_list.blockSignals(False)
        enabled = bool(self.ogs)
        for widget in (self.respondent_edit, self.date_edit, self.export_button, self.import_button, self.tabs):
            widget.setEnabled(enabled)

    def _update_item(self, item: QListWidgetItem, og: OgDiagnostic) -> None:
        name = og.name or og.finess_ej or self.tr("(unnamed OG)")
        if og.is_porteur:
            name += " " + self.tr("(porteur)")
        state = state_label(og.state, og.answered, og.total)
        warning = " ⚠" if og.variant_mismatch else ""
        item.setText(f"{STATE_MARKS[og.state]}  {name} — {state}{warning}")
        item.setToolTip(f"{variant_label(og.variant)} · {state}")
        item.setData(Qt.ItemDataRole.AccessibleDescriptionRole, state)

    def current_og_id(self) -> int | None:
        item = self.og_list.currentItem()
        return None if item is None else item.data(OG_ROLE)

    def current_og(self) -> OgDiagnostic | None:
        og_id = self.current_og_id()
        return next((og for og in self.ogs if og.og_id == og_id), None)

    def select_og(self, og_id: int) -> None:
        for row, og in enumerate(self.ogs):
            if og.og_id == og_id:
                self.og_list.setCurrentRow(row)

    def _og_selected(self, _row: int) -> None:
        self.context.autosaver.flush()
        og = self.current_og()
        if og is None:
            self.og_title.setText(self.tr("Add the OGs of the grappe first (step « The grappe »)."))
            self.mismatch_box.hide()
            return
        self._fields_og_id = og.og_id  # the OG the respondent and date fields belong to
        self._loading = True
        self.context.autosaver.suspended = True
        try:
            diagnostic = og.diagnostic
            questionnaire = load_questionnaire(og.variant)  # type: ignore[arg-type]
            self.questionnaire_view.set_questionnaire(questionnaire, dict(diagnostic.answers) if diagnostic else {})
            self.respondent_edit.setText(diagnostic.respondent if diagnostic else "")
            self.respondent_edit.setCursorPosition(0)  # « Stéphane Roux, … », not the end of a long text
            self.respondent_edit.setPlaceholderText(og.contact_name or self.tr("Name and function of the person answering"))
            self._show_date(diagnostic.answered_on if diagnostic else None)
        finally:
            self.context.autosaver.suspended = False
            self._loading = False
        self._show_header()
        self._results_dirty = True
        self._refresh_results()

    def _show_date(self, value: dt.date | None) -> None:
        self.date_edit.setDate(QDate(value.year, value.month, value.day) if value else NO_DATE)

    def _show_header(self) -> None:
        og = self.current_og()
        if og is None:
            return
        self.og_title.setText(
            "<b>{}</b> — {}".format(
                (og.name or og.finess_ej).replace("&", "&amp;").replace("<", "&lt;"), variant_label(og.variant)
            )
        )
        self.mismatch_box.setVisible(og.variant_mismatch)
        if og.variant_mismatch:
            now = (
                self.tr("This OG now has an IT manager (RSI).")
                if og.has_rsi
                else self.tr("This OG no longer has an IT manager (RSI).")
            )
            self.mismatch_label.setText(
                "⚠ " + now + " " + self.tr("Its answers, given to the {current}, are kept.").format(
                    current=variant_noun(og.variant)
                )
            )
            self.restart_button.setText(
                self.tr("&Start again with the {questionnaire}…").format(questionnaire=variant_noun(og.expected_variant))
            )

    def _reload_og(self, og_id: int) -> OgDiagnostic:
        """Read one OG again after a change and update its line."""
        return self._show_og(maturity.get_og_diagnostic(self.db, og_id))

    def _show_og(self, fresh: OgDiagnostic) -> OgDiagnostic:
        """One OG read again after a change: its line updated."""
        og_id = fresh.og_id
        self.ogs = [fresh if og.og_id == og_id else og for og in self.ogs]
        for row in range(self.og_list.count()):
            item = self.og_list.item(row)
            if item.data(OG_ROLE) == og_id:
                self._update_item(item, fresh)
        self._results_dirty = True
        return fresh

    # edits -----------------------------------------------------------------------
    def save_answer(self, question_id: str, answer: Answer) -> None:
        """An answer clicked: stored in the background (in order, after the dossier's earlier jobs), then
        the OG's line, the date and the results shown; a refusal is said in French."""
        og = self.current_og()
        if og is None or self._loading:
            return
        og_id = og.og_id

        def write() -> OgDiagnostic:
            maturity.save_answer(self.db, og_id, question_id, answer)
            return maturity.get_og_diagnostic(self.db, og_id)

        def refused(exc: Exception) -> None:
            if isinstance(exc, (MaturityError, StorageError)):
                QMessageBox.warning(self, self.tr("Not saved"), render(exc.message))
            else:
                self.context.autosaver.failed.emit(exc)

        self.context.submit(write, lambda fresh: self._answer_stored(og, fresh), refused)

    def _answer_stored(self, og: OgDiagnostic, fresh: OgDiagnostic) -> None:
        fresh = self._show_og(fresh)
        if fresh.og_id != self.current_og_id():  # another OG was selected meanwhile: its line only
            if fresh.state != og.state:
                self.changed.emit()
            return
        if fresh.diagnostic and fresh.diagnostic.answered_on and self.date_edit.date() == NO_DATE:
            self._loading = True
            self._show_date(fresh.diagnostic.answered_on)
            self._loading = False
        self._refresh_results()
        if fresh.state != og.state:  # the wizard re-reads every step's state: only when this one may change
            self.changed.emit()

    def _save_respondent(self, text: str):
        # stored when the edit is flushed, possibly as another OG is being selected: to the OG it was typed for
        og_id = self._fields_og_id
        if og_id is None:
            return None
        db = self.db

        def write() -> OgDiagnostic:
            maturity.update_diagnostic(db, og_id, respondent=text)
            return maturity.get_og_diagnostic(db, og_id)

        return Write(write, self._show_og)  # in the background queue, then the OG's line shown

    def _save_date(self, qdate: QDate) -> None:
        og = self.current_og()
        if og is None or self._loading:
            return
        value = None if qdate == NO_DATE else dt.date(qdate.year(), qdate.month(), qdate.day())
        db, og_id = self.db, og.og_id

        def write() -> OgDiagnostic:
            maturity.update_diagnostic(db, og_id, answered_on=value)
            return maturity.get_og_diagnostic(db, og_id)

        def stored(fresh: OgDiagnostic) -> None:
            self._show_og(fresh)
            self.changed.emit()

        self.submit_write(Write(write, stored))

    def restart_with_expected(self) -> None:
        og = self.current_og()
        if og is None:
            return
        answer = QMessageBox.question(
            self,
            self.tr("Start again"),
            self.tr("Erase the %n answer(s) of « {og} » and start again with the {questionnaire}?", "",
                    og.answered).format(og=og.name, questionnaire=variant_noun(og.expected_variant)),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.No,
        )
        if answer != QMessageBox.StandardButton.Yes:
            return
        db, og_id = self.db, og.og_id
        self.submit_write(Write(lambda: maturity.restart_diagnostic(db, og_id), lambda _r: self.reload_current()))

    def reload_current(self) -> None:
        """After a change made elsewhere (import, restart): show the stored state again."""
        self.load()
        self.changed.emit()

    def add_need(self, action) -> None:
        db, dossier_id = self.db, self.dossier_id

        def stored(_result) -> None:
            self.added = self.added | {action.id}
            self.results_view.mark_added(action.id)
            self.show_status(self.tr("« {title} » added to the needs of the dossier.").format(title=action.title))
            self.changed.emit()

        self.submit_write(Write(lambda: maturity.add_need_from_action(db, dossier_id, action), stored))

    def show_status(self, text: str) -> None:
        self.status.setText(text)
        self.status.setVisible(bool(text))

    # results -----------------------------------------------------------------------
    def _refresh_results(self) -> None:
        if not self._results_dirty or self.tabs.currentIndex() == 0:
            return
        self._results_dirty = False
        og = self.current_og()
        if og is not None:
            questionnaire, result, actions = og_results(og)
            self.results_view.show_result(og.name or og.finess_ej, questionnaire, result, actions, self.added)
        self.grappe_view.show_grappe(
            [OgScores(str(o.og_id), o.name or o.finess_ej, og_results(o)[1]) for o in self.ogs]
        )
