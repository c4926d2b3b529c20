"""The start screen: the list of dossiers with create, open, rename, duplicate, delete and a filter.

Every read and write of the list runs off the UI thread (``workers.call``): while one is under way the
list says what it does (« Renommage… ») beside the buttons, which wait; the table and the filter stay
usable. The state and deadline columns come from ``StandingWorker``, never waited for but on closing."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QItemSelectionModel, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QInputDialog,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from esms_desktop.ui.dossier_list_model import ID_ROLE, DossierListModel, DossierListProxy


class DossierListView(QWidget):
    """Emits ``open_requested(id)``; the main window opens the wizard."""

    open_requested = Signal(int)
    example_requested = Signal()
    selected_example_requested = Signal()  # the example's twin, retenu a year ago (its « Suivi » filled)
    second_example_requested = Signal()  # the mixed grappe (20-ESSMS OG, small OGs, Martinique)
    import_requested = Signal()

    def __init__(self, db, parent: QWidget | None = None):
        super().__init__(parent)
        self.db = db
        self.rows_model = DossierListModel(self)
        self.model = DossierListProxy(self.rows_model, self)  # what the table shows: sorted, filtered
        self.worker = None  # computes the state and deadline columns off the UI thread
        self._cancelled: list = []  # earlier ones, cancelled by a refresh, maybe still ending
        self._generation = 0  # of the rows shown: what an earlier worker still sends is ignored
        self.busy = False  # a create, rename, duplicate, delete or read under way: the buttons wait
        self.deletion = None  # the worker of the last background action (ui/workers.py)
        self.heading = QLabel()
        self.heading.setObjectName("stepHeading")
        self.filter_edit = QLineEdit()
        self.filter_edit.setClearButtonEnabled(True)
        self.filter_edit.textChanged.connect(self._filter_changed)
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setSortingEnabled(True)
        self.table.horizontalHeader().setSortIndicator(-1, Qt.SortOrder.AscendingOrder)  # stored order first
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        self.table.setAlternatingRowColors(True)
        self.table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.table.activated.connect(lambda index: self.busy or self.open_requested.emit(self.model.data(index, ID_ROLE)))
        self.empty_label = QLabel()
        self.empty_label.setWordWrap(True)
        self.empty_label.setObjectName("emptyState")
        self.empty_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.new_button = QPushButton()
        self.open_button = QPushButton()
        self.rename_button = QPushButton()
        self.duplicate_button = QPushButton()
        self.delete_button = QPushButton()
        self.example_button = QPushButton()
        self.selected_example_button = QPushButton()
        self.selected_example_button.clicked.connect(self.selected_example_requested)
        self.second_example_button = QPushButton()
        self.new_button.clicked.connect(self.create)
        self.open_button.clicked.connect(self._open_selected)
        self.rename_button.clicked.connect(self.rename)
        self.duplicate_button.clicked.connect(self.duplicate)
        self.delete_button.clicked.connect(self.delete)
        self.example_button.clicked.connect(self.example_requested)
        self.second_example_button.clicked.connect(self.second_example_requested)
        buttons = QHBoxLayout()
        for button in (self.new_button, self.open_button, self.rename_button, self.duplicate_button, self.delete_button):
            buttons.addWidget(button)
        self.status_label = QLabel()  # what the list is doing in the background (« Renommage… »)
        self.status_label.setObjectName("hint")
        self.status_label.hide()
        buttons.addWidget(self.status_label)
        buttons.addStretch(1)
        examples = QHBoxLayout()  # a row of their own: the list stays usable in a narrow window
        examples.addStretch(1)
        for button in (self.example_button, self.selected_example_button, self.second_example_button):
            examples.addWidget(button)
        self.filter_label = QLabel()
        self.filter_label.setBuddy(self.filter_edit)
        filter_row = QHBoxLayout()
        filter_row.addWidget(self.filter_label)
        filter_row.addWidget(self.filter_edit, 1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addLayout(filter_row)
        layout.addLayout(buttons)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.empty_label, 1)
        layout.addLayout(examples)
        self.retranslate_ui()

    def retranslate_ui(self) -> None:
        self.heading.setText(self.tr("Your ESMS numérique dossiers"))
        self.filter_label.setText(self.tr("Fil&ter:"))
        self.filter_edit.setPlaceholderText(self.tr("part of a name, porteur, region or state"))
        self.new_button.setText(self.tr("&New dossier…"))
        self.open_button.setText(self.tr("&Open"))
        self.rename_button.setText(self.tr("&Rename…"))
        self.duplicate_button.setText(self.tr("D&uplicate"))
        self.delete_button.setText(self.tr("&Delete…"))
        self.example_button.setText(self.tr("Open the e&xample dossier"))
        self.selected_example_button.setText(self.tr("Example &after the award"))
        self.selected_example_button.setToolTip(self.tr("The example dossier, selected by the ARS a year ago: "
                                                        "its money, deployment and usage measures"))
        self.second_example_button.setText(self.tr("Se&cond example (mixed grappe, Martinique)"))
        self.second_example_button.setToolTip(self.tr(
            "A grappe of 16 ESSMS: an OG of 20 ESSMS bringing 3 in upgrade, four small OGs acquiring the "
            "DUI, one of them in Martinique."))
        self.empty_label.setText(
            self.tr(
                "No dossier yet. Create one with « New dossier », import a dossier file (File menu), "
                "or open the example dossier to see a complete grappe."
            )
        )
        self.rows_model.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, self.rows_model.columnCount() - 1)
        self.table.viewport().update()

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)

    # data ----------------------------------------------------------------
    @property
    def deleting(self) -> bool:  # the name the main window's callers and the benchmarks know
        return self.busy

    def refresh(self, select_id: int | None = None, rows=None) -> None:
        """Show the dossiers (``rows`` read in the background, else read here)."""
        from esms_desktop.storage.dossier_index import list_dossiers

        current = select_id if select_id is not None else self.selected_id()
        rows = list_dossiers(self.db) if rows is None else rows
        self.rows_model.set_rows(rows)
        self._start_standings(rows)
        self._show(current)

    def reload(self, select_id: int | None = None) -> None:
        """Read the list again in the background, then show it (``select_id`` selected)."""
        from esms_desktop.storage.dossier_index import list_dossiers

        db = self.db
        title = self.tr("Your ESMS numérique dossiers")
        # a refusal said once (not read again at once: an unreachable server would ask again and again)
        self._in_background(self.tr("Reading the dossiers…"), lambda: list_dossiers(db),
                            lambda rows: self.refresh(select_id, rows), title,
                            failed=lambda exc: self._say_failed(title, exc))

    def _in_background(self, text: str, work, done, title: str, failed=None):
        """Run ``work`` (storage only) in a thread: ``text`` shown beside the buttons (and in a box after a
        second), the buttons waiting; then ``done(result)``, or ``failed(exc)`` (else the error said)."""
        from esms_desktop.ui import workers
        from esms_desktop.ui.write_progress import WriteProgress

        self.busy = True
        self.status_label.setText(text)
        self.status_label.show()
        self._update_buttons()
        progress = WriteProgress(self, text)

        def ended() -> None:
            progress.finish()
            self.busy = False
            self.status_label.hide()
            self._update_buttons()

        def ok(result) -> None:
            ended()
            done(result)

        def refused(exc: Exception) -> None:
            ended()
            if failed is not None:
                failed(exc)
            else:
                self._say_failed(title, exc)
                self.reload(self.selected_id())

        self.deletion = workers.call(work, ok, refused, owner=self)
        return self.deletion

    def _say_failed(self, title: str, exc: Exception) -> None:
        from esms_desktop.i18n import render
        from esms_desktop.storage.errors import StorageError

        text = render(exc.message) if isinstance(exc, StorageError) else str(exc)
        QMessageBox.warning(self, title, self.tr("This could not be done: {error}").format(error=text))

    def _filter_changed(self, text: str) -> None:
        current = self.selected_id()
        self.model.set_filter(text)
        self._show(current)

    def _show(self, current: int | None) -> None:
        self.table.resizeColumnsToContents()
        self.table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        has_any = self.rows_model.rowCount() > 0 or bool(self.filter_edit.text())
        self.empty_label.setVisible(not has_any)
        self.table.setVisible(has_any)
        shown = self.model.rowCount()
        row = self.model.row_of(current) if current is not None else (0 if shown else -1)
        if row < 0 and shown:
            row = 0
        if row >= 0:
            self.table.selectionModel().setCurrentIndex(
                self.model.index(row, 0),
                QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows,
            )
        else:
            self.table.selectionModel().clearSelection()
            self.table.setCurrentIndex(self.model.index(-1, -1))
        self._update_buttons()

    # state and deadline, computed off the UI thread ----------------------
    def _start_standings(self, rows) -> None:
        from esms_desktop.ui import workers
        from esms_desktop.ui.standing_worker import StandingWorker

        self._generation += 1
        if self.worker is not None:  # not waited for: it stops after the dossier in hand
            self.worker.cancel()
            self._cancelled.append(self.worker)
            self.worker = None
        running = workers.running()
        self._cancelled = [w for w in self._cancelled if any(w is r for r in running)]
        if not rows:
            return
        self.worker = StandingWorker(self.db, [(r.id, r.modified_at) for r in rows], self._generation)
        self.worker.computed.connect(self._standing_computed)
        workers.start(self.worker)

    def standings_pending(self) -> bool:
        """The state and deadline of the rows shown are still being computed."""
        from esms_desktop.ui import workers

        return self.worker is not None and any(w is self.worker for w in workers.running())

    def _standing_computed(self, generation: int, standing) -> None:
        if generation != self._generation:
            return  # sent by a worker of rows shown before
        self.rows_model.set_standing(standing)
        for name in ("state", "deadline"):  # sized for « … » when the rows came: now for their text
            self.table.resizeColumnToContents(self.rows_model.COLUMNS.index(name))
        if self.filter_edit.text():
            self.model.invalidateFilter()

    def stop_standings(self) -> None:
        """Stop and wait for the workers (the window closes, or changes its database)."""
        from esms_desktop.ui import workers

        self._generation += 1
        for worker in self._cancelled + [self.worker]:
            workers.stop(worker)
        self.worker, self._cancelled = None, []
        # a create, rename, duplicate or delete under way ends first (a restore or another database next)
        workers.wait(self.deletion)

    def selected_id(self) -> int | None:
        index = self.table.currentIndex()
        return self.model.data(index, ID_ROLE) if index.isValid() else None

    def _update_buttons(self) -> None:
        has = self.selected_id() is not None and not self.busy
        for button in (self.open_button, self.rename_button, self.duplicate_button, self.delete_button):
            button.setEnabled(has)
        self.new_button.setEnabled(not self.busy)

    def _open_selected(self) -> None:
        dossier_id = self.selected_id()
        if dossier_id is not None and not self.busy:
            self.open_requested.emit(dossier_id)

    # actions -------------------------------------------------------------
    def create(self) -> None:
        """Ask a name, create the dossier in the background, then show it in the list and open it."""
        from esms_desktop.rules.campaign import available_campaigns
        from esms_desktop.storage.dossier_index import list_dossiers
        from esms_desktop.storage.dossiers import create_dossier

        if self.busy:
            return
        name, ok = QInputDialog.getText(self, self.tr("New dossier"), self.tr("Name of the new dossier:"))
        if not ok:
            return
        if not name.strip():
            QMessageBox.information(self, self.tr("New dossier"), self.tr("A dossier needs a name: nothing was created."))
            return
        db, year = self.db, max(available_campaigns())

        def run():
            dossier_id = create_dossier(db, name, campaign_year=year)
            return dossier_id, list_dossiers(db)

        def created(result) -> None:
            dossier_id, rows = result
            self.refresh(dossier_id, rows)
            self.open_requested.emit(dossier_id)

        self._in_background(self.tr("Creating the dossier « {name} »…").format(name=name.strip()), run, created,
                            self.tr("New dossier"))

    def rename(self) -> None:
        """Rename in the background, saying the name shown: someone else's rename meanwhile is told
        (« Recharger » / « Garder ma version »)."""
        from esms_desktop.storage.concurrency import StaleEdit
        from esms_desktop.storage.dossier_index import list_dossiers
        from esms_desktop.storage.dossiers import rename_dossier
        from esms_desktop.ui import conflict_dialog

        dossier_id = self.selected_id()
        if dossier_id is None or self.busy:
            return
        row = self.model.row_at(self.model.row_of(dossier_id))
        name, ok = QInputDialog.getText(self, self.tr("Rename"), self.tr("New name of the dossier:"), text=row.name)
        if not ok:
            return
        if not name.strip():
            QMessageBox.information(self, self.tr("Rename"),
                                    self.tr("A dossier must have a name: the name was not changed."))
            return
        db, title = self.db, self.tr("Rename")
        text = self.tr("Renaming « {name} »…").format(name=row.name)

        def run(based_on):
            def work():
                rename_dossier(db, dossier_id, name, based_on=based_on)
                return list_dossiers(db)
            return work

        def renamed(rows) -> None:
            self.refresh(dossier_id, rows)

        def refused(exc: Exception) -> None:
            if not isinstance(exc, StaleEdit):
                self._say_failed(title, exc)
                self.reload(dossier_id)
            elif conflict_dialog.ask(self, exc.theirs, {"name": name},
                                     {"name": self.tr("Dossier name")}) == conflict_dialog.KEEP:
                self._in_background(text, run(None), renamed, title)
            else:  # « recharger »: their name shown
                self.reload(dossier_id)

        # the name shown is what this rename replaces: someone else's rename meanwhile is told
        self._in_background(text, run(row.name), renamed, title, refused)

    def duplicate(self) -> None:
        from esms_desktop.storage.dossier_index import list_dossiers
        from esms_desktop.storage.dossiers import duplicate_dossier

        dossier_id = self.selected_id()
        if dossier_id is None or self.busy:
            return
        row = self.model.row_at(self.model.row_of(dossier_id))
        db, name = self.db, self.tr("{name} (copy)").format(name=row.name)

        def run():
            new_id = duplicate_dossier(db, dossier_id, name)
            return new_id, list_dossiers(db)

        self._in_background(self.tr("Duplicating « {name} »…").format(name=row.name), run,
                            lambda result: self.refresh(*result), self.tr("Duplicate"))

    def delete(self) -> None:
        """Delete the selected dossier, asked first; the deletion runs in the background (``workers.call``),
        the buttons disabled and « Suppression… » shown; a refusal said in French."""
        from esms_desktop.storage.dossier_index import list_dossiers
        from esms_desktop.storage.dossiers import delete_dossier

        dossier_id = self.selected_id()
        if dossier_id is None or self.busy:
            return
        row = self.model.row_at(self.model.row_of(dossier_id))
        answer = QMessageBox.question(
            self,
            self.tr("Delete the dossier"),
            self.tr(
                "Delete the dossier « {name} » and everything in it ({count} ESSMS)? "
                "Export it first (File menu) if you may need it again."
            ).format(name=row.name, count=row.essms_count),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.No,
        )
        if answer != QMessageBox.StandardButton.Yes:
            return
        db = self.db

        def run():
            delete_dossier(db, dossier_id)
            return list_dossiers(db)  # the list as it is now, read there too

        def refused(exc: Exception) -> None:
            from esms_desktop.i18n import render
            from esms_desktop.storage.errors import StorageError

            text = render(exc.message) if isinstance(exc, StorageError) else str(exc)
            QMessageBox.warning(self, self.tr("Delete the dossier"), self.tr(
                "The dossier « {name} » could not be deleted: {error}").format(name=row.name, error=text))
            self.reload(dossier_id)

        self._in_background(self.tr("Deleting the dossier « {name} »…").format(name=row.name), run,
                            lambda rows: self.refresh(rows=rows), self.tr("Delete the dossier"), refused)
