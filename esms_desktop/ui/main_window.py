"""The main window: the dossier list, the wizard of the open dossier, the menus.

It appears before the database is opened (first paint stays fast); ``start()`` then opens the
database — importing SQLAlchemy, migrating if needed — and fills the list.
"""

from __future__ import annotations

import shiboken6
from PySide6.QtCore import QEvent, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QActionGroup, QKeySequence
from PySide6.QtWidgets import QFileDialog, QLabel, QMainWindow, QMessageBox, QStackedWidget

from esms_desktop import i18n

#: The example dossiers the start screen opens (resources/examples).
FIRST_EXAMPLE = "exemple-grappe-bfc.json"
SECOND_EXAMPLE = "exemple-grappe-mixte-martinique.json"


class MainWindow(QMainWindow):
    ready = Signal()  # the database is open and the list filled

    def __init__(self, db_arg: str | None = None):
        super().__init__()
        self.db_arg = db_arg
        self.db = None
        self.list_view = None
        self.wizard = None
        self.shared = None  # presence and live refresh of the dossier open on a server (ui/shared_dossier.py)
        self.shared_banner = QLabel()
        self.shared_banner.setObjectName("sharedBanner")
        self.stack = QStackedWidget()
        self.status_label = QLabel()
        self.status_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.status_label.setWordWrap(True)
        self.status_label.setObjectName("startupMessage")
        self.stack.addWidget(self.status_label)
        self.setCentralWidget(self.stack)
        self._build_menus()
        self.retranslate_ui()
        from esms_desktop.ui.window_fit import fit_to_screen

        fit_to_screen(self)

    # menus ------------------------------------------------------------------
    def _build_menus(self) -> None:
        bar = self.menuBar()
        self.file_menu = bar.addMenu("")
        self.new_action = QAction(self, shortcut=QKeySequence.StandardKey.New)
        self.import_action = QAction(self, shortcut=QKeySequence("Ctrl+I"))
        self.export_action = QAction(self, shortcut=QKeySequence("Ctrl+E"))
        self.example_action = QAction(self)
        self.restore_action = QAction(self)
        self.answer_action = QAction(self)
        self.connect_action = QAction(self)
        self.server_backup_action = QAction(self)
        self.server_restore_action = QAction(self)
        self.quit_action = QAction(self, shortcut=QKeySequence.StandardKey.Quit)
        self.new_action.triggered.connect(lambda: self.list_view and self.show_list() and self.list_view.create())
        self.import_action.triggered.connect(self.import_dossier)
        self.export_action.triggered.connect(self.export_dossier)
        self.example_action.triggered.connect(self.open_example)
        self.restore_action.triggered.connect(self.restore_backup)
        self.answer_action.triggered.connect(self.answer_questionnaire)
        self.connect_action.triggered.connect(self.connect_to_server)
        self.server_backup_action.triggered.connect(self.back_up_server)
        self.server_restore_action.triggered.connect(self.restore_server_backup)
        self.quit_action.triggered.connect(self.close)
        for action in (self.new_action, self.import_action, self.export_action, self.example_action):
            self.file_menu.addAction(action)
            action.setEnabled(False)
        self.file_menu.addSeparator()
        self.file_menu.addAction(self.restore_action)
        self.restore_action.setEnabled(False)
        self.file_menu.addAction(self.answer_action)
        self.file_menu.addSeparator()
        self.file_menu.addAction(self.connect_action)
        self.file_menu.addAction(self.server_backup_action)
        self.file_menu.addAction(self.server_restore_action)
        self.server_backup_action.setEnabled(False)
        self.server_restore_action.setEnabled(False)
        self.file_menu.addSeparator()
        self.file_menu.addAction(self.quit_action)

        from esms_desktop.ui.edit_menu import EditMenu

        self.edit_menu = EditMenu(self)
        bar.addMenu(self.edit_menu)

        self.language_menu = bar.addMenu("")
        group = QActionGroup(self)
        self.language_actions = {}
        for lang, label in (("fr", "Français"), ("en", "English")):
            action = QAction(label, self, checkable=True)
            action.setChecked(lang == i18n.current_language())
            action.triggered.connect(lambda _c=False, code=lang: self.switch_language(code))
            group.addAction(action)
            self.language_menu.addAction(action)
            self.language_actions[lang] = action

        self.help_menu = bar.addMenu("")
        self.about_action = QAction(self)
        self.about_action.setMenuRole(QAction.MenuRole.AboutRole)
        self.about_action.triggered.connect(self.show_about)
        self.glossary_action = QAction(self, shortcut=QKeySequence.StandardKey.HelpContents)
        self.glossary_action.triggered.connect(self.show_glossary)
        self.help_menu.addAction(self.glossary_action)
        self.help_menu.addSeparator()
        self.help_menu.addAction(self.about_action)

    def retranslate_ui(self) -> None:
        self.file_menu.setTitle(self.tr("&File"))
        self.new_action.setText(self.tr("&New dossier…"))
        self.import_action.setText(self.tr("&Import a dossier file…"))
        self.export_action.setText(self.tr("&Export the dossier…"))
        self.example_action.setText(self.tr("Open the e&xample dossier"))
        self.restore_action.setText(self.tr("&Restore a backup…"))
        self.quit_action.setText(self.tr("&Quit"))
        self.connect_action.setText(self.tr("&Connect to a server…"))
        self.server_backup_action.setText(self.tr("&Back up the server's dossiers"))
        self.server_restore_action.setText(self.tr("Restore a ser&ver backup…"))
        self.language_menu.setTitle(self.tr("&Language"))
        self.answer_action.setText(self.tr("&Answer a self-diagnostic questionnaire received…"))
        self.help_menu.setTitle(self.tr("&Help"))
        self.about_action.setText(self.tr("&About esms-desktop…"))
        self.glossary_action.setText(self.tr("&Glossary…"))
        if self.db is None and not self.status_label.text():
            self.status_label.setText(self.tr("Opening the dossiers…"))
        self.update_title()

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802
        # a window being taken down (its menus gone already) has nothing left to retranslate
        if event.type() == QEvent.Type.LanguageChange and shiboken6.isValid(self.file_menu):
            self.retranslate_ui()
        super().changeEvent(event)

    def switch_language(self, lang: str) -> None:
        from esms_desktop.ui.settings import settings

        i18n.install(lang)
        settings().setValue("language", lang)
        self.language_actions[lang].setChecked(True)

    # start-up ---------------------------------------------------------------
    def start(self) -> bool:
        """Open the database and show the dossier list; on a bad file, say what is wrong and stop there."""
        from esms_desktop.storage.database import open_database
        from esms_desktop.storage.errors import DatabaseFileError

        self.restore_action.setEnabled(self._db_file() is not None)
        from esms_desktop.storage.leftovers import clean_leftovers

        clean_leftovers()  # temporary files of an import or export killed last time
        try:
            self.db = open_database(self.db_arg)
        except DatabaseFileError as exc:
            self.status_label.setText(i18n.render(exc.message))
            self.status_label.setProperty("error", True)
            if self._offer_restore(exc):  # the file was replaced by a backup: try again
                return self.start()
            return False
        except Exception as exc:  # noqa: BLE001 - any other failure: said in French, never a hang
            return self._start_failed(exc)
        self._show_read_only_banner()
        from esms_desktop.ui.dossier_list import DossierListView

        try:
            self.list_view = DossierListView(self.db)
            self.list_view.open_requested.connect(self.open_dossier)
            self.list_view.example_requested.connect(self.open_example)
            self.list_view.selected_example_requested.connect(
                lambda: self.open_example("exemple-grappe-bfc-retenu.json"))
            self.list_view.second_example_requested.connect(lambda: self.open_example(SECOND_EXAMPLE))
            self.list_view.table.selectionModel().currentRowChanged.connect(lambda *_: self._update_actions())
            from esms_desktop.ui.start_doors import home_page

            self.home = home_page(self, self.list_view)  # the three doors above the list
            self.stack.addWidget(self.home)
            self.list_view.refresh()
        except Exception as exc:  # noqa: BLE001 - the list cannot be read: said, never a hang
            return self._start_failed(exc)
        self.show_list()
        for action in (self.new_action, self.import_action, self.example_action):
            action.setEnabled(True)
        self._update_actions()
        self.server_backup_action.setEnabled(self.db.server is not None)
        self.server_restore_action.setEnabled(self.db.server is not None)
        self.update_title()
        self.ready.emit()
        QTimer.singleShot(100, self._backup_on_open)
        QTimer.singleShot(300, self._warm_up)
        return True

    def _start_failed(self, exc: BaseException) -> bool:
        """Say what stopped the start-up and how to get out of it (the menus stay usable: File ▸ Quit)."""
        import logging

        from esms_desktop.storage.database_state import start_failure

        logging.getLogger(__name__).exception("The database could not be opened")
        message = i18n.render(start_failure(exc, self._db_file()))
        self.status_label.setText(message)
        self.status_label.setProperty("error", True)
        self.stack.setCurrentWidget(self.status_label)
        QMessageBox.critical(self, self.tr("Cannot open the dossiers"), message)
        return False

    def _show_read_only_banner(self) -> None:
        if self.db is None or not getattr(self.db, "read_only", False):
            return
        from PySide6.QtWidgets import QSizePolicy, QToolBar

        from esms_desktop.storage.database_state import READ_ONLY_BANNER

        self.read_only_banner = QLabel(i18n.render(READ_ONLY_BANNER()))
        self.read_only_banner.setObjectName("readOnlyBanner")
        self.read_only_banner.setWordWrap(True)
        self.read_only_banner.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        self.read_only_banner.setStyleSheet("background: #fff4ce; color: #5c4400; padding: 6px;")
        bar = QToolBar(self)
        bar.setMovable(False)
        bar.setFloatable(False)
        bar.addWidget(self.read_only_banner)
        self.addToolBar(Qt.ToolBarArea.TopToolBarArea, bar)

    def _warm_up(self) -> None:
        """Once the list is on screen and idle, load the storage machinery so that opening a dossier is instant."""
        import esms_desktop.storage.grappe  # noqa: F401 - imports SQLAlchemy and the models

        if self.db is not None:  # another database may be opening (File ▸ Connect to a server…)
            self.db.engine
        if getattr(self, "_wizard_warm_up", None) is None:  # the wizard's modules, in the idle turns
            from esms_desktop.ui.wizard.warm_up import warm_up

            self._wizard_warm_up = warm_up(self)

    # backups ------------------------------------------------------------------
    def _db_file(self):
        from esms_desktop.storage.database import resolve_url, sqlite_path

        return sqlite_path(resolve_url(self.db_arg))

    def _backup_on_open(self) -> None:
        """A backup of the database as opened (skipped when unchanged since the last one)."""
        from esms_desktop.storage.backups import BackupError, backup_on_open

        path = self.db.path if self.db is not None else None
        if path is None:
            return
        try:
            backup_on_open(path)
        except BackupError as exc:
            self.statusBar().showMessage(
                self.tr("The automatic backup failed: {detail}").format(detail=i18n.render(exc.message)), 10000
            )

    def _offer_restore(self, exc) -> bool:
        """A refused file: say why and, when it has backups, offer to restore one. True if one was."""
        from esms_desktop import formatting
        from esms_desktop.storage.backups import list_backups

        from esms_desktop.storage.database_state import offers_restore

        message = i18n.render(exc.message)
        path = self._db_file()
        restorable = offers_restore(exc)  # never over a newer, read-only or sound file (full disk...)
        backups = [b for b in list_backups(path) if b.summary is not None] if path is not None and restorable else []
        if not backups:
            QMessageBox.critical(self, self.tr("Cannot open the dossiers"), message)
            return False
        question = self.tr("This file has backups, the latest from {date}. Choose one to restore?").format(
            date=formatting.datetime(backups[0].created)
        )
        answer = QMessageBox.question(
            self, self.tr("Cannot open the dossiers"), f"{message}\n\n{question}",
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No, QMessageBox.StandardButton.Yes,
        )
        return answer == QMessageBox.StandardButton.Yes and self._run_restore_dialog(path)

    def _run_restore_dialog(self, path) -> bool:
        from esms_desktop.ui.restore_dialog import RestoreDialog

        dialog = RestoreDialog(path, self, before_restore=lambda: self.db is not None and self.db.dispose())
        dialog.exec()
        return dialog.restored

    def restore_backup(self) -> bool:
        """File ▸ Restore a backup…: close the open dossier, choose a backup, reopen the database."""
        path = self._db_file()
        if path is None:
            return False
        self.show_list()  # stores pending edits and closes the wizard
        if not self._run_restore_dialog(path):
            return False
        if self.list_view is not None:
            self.list_view.stop_standings()
            self.stack.removeWidget(self.home)
            self.home.deleteLater()
            self.list_view = None
        self.db = None
        self.stack.setCurrentWidget(self.status_label)
        if not self.start():  # migrates the restored file if it is from an older revision
            return False
        self.statusBar().showMessage(
            self.tr("Backup restored. Your dossiers as they were before are kept as a backup."), 10000
        )
        return True

    # server -------------------------------------------------------------------
    def connect_to_server(self) -> bool:
        """File ▸ Connect to a server…: open the dossiers of a PostgreSQL server instead."""
        from esms_desktop.ui.connect_dialog import ConnectDialog

        dialog = ConnectDialog(self)
        if dialog.exec() != ConnectDialog.DialogCode.Accepted:
            return False
        if dialog.keyring_failed:
            QMessageBox.information(self, self.tr("Connect to a server"), self.tr(
                "This computer has no system keyring: the password was not kept and will be asked next time."))
        return self.switch_database(dialog.url())

    def switch_database(self, db_arg: str) -> bool:
        """Close the open dossier and database, then open ``db_arg`` (a file or a server URL)."""
        self.show_list()
        if self.list_view is not None:
            self.list_view.stop_standings()
            self.stack.removeWidget(self.home)
            self.home.deleteLater()
            self.list_view = None
        if self.db is not None:
            self.db.dispose()
        self.db = None
        self.db_arg = db_arg
        for action in (self.new_action, self.import_action, self.export_action, self.example_action,
                       self.server_backup_action, self.server_restore_action):
            action.setEnabled(False)
        self.status_label.setProperty("error", False)
        self.status_label.setText(self.tr("Opening the dossiers…"))
        self.stack.setCurrentWidget(self.status_label)
        self.update_title()
        return self.start()

    def back_up_server(self) -> None:
        from esms_desktop.storage.server_backups import ServerBackupError, backup_now

        if self.wizard is not None:
            self.wizard.flush()
        try:
            path = backup_now(self.db)
        except ServerBackupError as exc:
            QMessageBox.warning(self, self.tr("Backup failed"), i18n.render(exc.message))
            return
        self.statusBar().showMessage(self.tr("Every dossier of the server saved in {path}").format(path=path), 10000)

    def restore_server_backup(self) -> bool:
        from esms_desktop.storage.errors import StorageError
        from esms_desktop.storage.server_backups import backup_folder, restore_archive

        path, _ = QFileDialog.getOpenFileName(self, self.tr("Restore a server backup"), str(backup_folder(self.db.url)),
                                              self.tr("Backups (*.zip)"))
        if not path:
            return False
        self.show_list()
        try:
            restored = restore_archive(self.db, path)
        except StorageError as exc:
            QMessageBox.warning(self, self.tr("Restore failed"), i18n.render(exc.message))
            return False
        self.list_view.refresh()
        self.statusBar().showMessage(self.tr("Dossiers restored: {count}").format(count=len(restored)), 10000)
        return True

    # navigation ---------------------------------------------------------------
    def _close_wizard(self) -> None:
        """Store what was typed, stop the open dossier's background work and presence, drop its wizard."""
        self.edit_menu.follow(None)
        self._stop_shared()
        if self.wizard is not None:
            self.wizard.flush()
            self.wizard.shutdown()
            self.stack.removeWidget(self.wizard)
            self.wizard.deleteLater()
            self.wizard = None

    def show_list(self) -> bool:
        self._close_wizard()
        if self.list_view is None:
            return False
        self.list_view.refresh()
        self.stack.setCurrentWidget(self.home)
        self.list_view.table.setFocus()
        self.update_title()
        self._update_actions()
        return True

    def open_member_sheet(self, path: str | None = None) -> int | None:
        """« Je réponds à la demande d'un porteur »: her OG's dossier from the sheet (see ui/member)."""
        from esms_desktop.ui.member.open_sheet import open_member_sheet

        return open_member_sheet(self, path)

    def open_dossier(self, dossier_id: int, member: bool | None = None) -> None:
        """Open the dossier in its wizard; a member's answer (``member``: True when the caller knows it, None:
        asked in the background, the wizard's next job) in the member wizard, her OG only."""
        from esms_desktop.ui.wizard.wizard_view import WizardView

        self._close_wizard()  # the list is not read again: it is being left
        if member:
            from esms_desktop.ui.member.member_wizard import MemberWizard

            self._install(MemberWizard(self.db, dossier_id))
            return
        self._install(WizardView(self.db, dossier_id))  # it reads the dossier in the background
        if self.db.server is None and member is None:  # a member's answer? asked in the background
            from esms_desktop.storage.member_desk import member_desk

            wizard = self.wizard
            wizard.stack.setEnabled(False)  # nothing typed before the answer
            wizard.queue.submit(lambda: member_desk(self.db, dossier_id),
                                done=lambda desk: self._member_checked(wizard, dossier_id, desk),
                                failed=lambda exc: self._claim_failed(wizard, exc))
        if self.db.server is not None:  # a team server: who else is in this dossier? (asked in the background)
            from esms_desktop.ui.shared_dossier import claim_in_background

            wizard = self.wizard
            wizard.stack.setEnabled(False)  # nothing typed before the answer
            wizard.queue.submit(lambda: claim_in_background(self.db, dossier_id),
                                done=lambda result: self._claimed(wizard, dossier_id, result),
                                failed=lambda exc: self._claim_failed(wizard, exc))

    def _install(self, wizard) -> None:
        self.wizard = wizard
        self.wizard.back_requested.connect(self.show_list)
        self.wizard.state_changed.connect(self.update_title)
        self.edit_menu.follow(self.wizard.history)
        self.wizard.open_requested.connect(lambda new_id: QTimer.singleShot(0, lambda: self.open_dossier(new_id)))
        self.stack.addWidget(self.wizard)
        self.stack.setCurrentWidget(self.wizard)
        self.update_title()
        self._update_actions()

    def _member_checked(self, wizard, dossier_id: int, desk) -> None:
        """The member check read in the background: a member's answer opens in the member wizard instead."""
        if wizard is not self.wizard:  # closed meanwhile
            return
        if desk is None:
            wizard.stack.setEnabled(True)
            return
        self._close_wizard()
        from esms_desktop.ui.member.member_wizard import MemberWizard

        self._install(MemberWizard(self.db, dossier_id, desk=desk))  # her request already read

    def _claimed(self, wizard, dossier_id: int, result) -> None:
        """The presence read in the background: ask when someone else has the dossier, then start sharing."""
        from esms_desktop.ui.shared_dossier import answer_holder

        if wizard is not self.wizard:  # closed meanwhile
            return
        holder, desk, version = result
        if desk is not None:  # a member's answer on the server: her OG only, not shared
            from esms_desktop.ui.member.member_wizard import MemberWizard

            self._close_wizard()
            self._install(MemberWizard(self.db, dossier_id, desk=desk))
            return
        claimed = answer_holder(self, self.db, dossier_id, holder)
        if claimed is None:
            self.show_list()
            return
        mode, banner = claimed
        wizard.stack.setEnabled(True)
        self._start_shared(dossier_id, mode, banner, version)

    def _claim_failed(self, wizard, exc: Exception) -> None:
        from esms_desktop.storage.errors import StorageError

        if wizard is not self.wizard:
            return
        text = i18n.render(exc.message) if isinstance(exc, StorageError) else str(exc)
        QMessageBox.warning(self, self.tr("Dossier not opened"), self.tr("The dossier could not be opened: {error}").format(error=text))
        self.show_list()

    def _start_shared(self, dossier_id: int, mode: str, banner: str, version: int | None = None) -> None:
        from esms_desktop.ui.shared_dossier import READ_ONLY, SharedDossier

        self.shared = SharedDossier(self.db, dossier_id, read_only=mode == READ_ONLY, parent=self,
                                    known_version=version)
        self.wizard.autosaver.saved.connect(self.shared.note_own_save)
        self.wizard.step_stored.connect(self.shared.note_own_save)  # any step's, built now or later
        self.shared.version_changed.connect(self._remote_change)
        self.shared.lost.connect(self._lost_dossier)
        if mode == READ_ONLY:
            self._set_read_only(banner)

    def _set_read_only(self, banner: str) -> None:
        self.wizard.stack.setEnabled(False)
        self.shared_banner.setText(banner)
        self.statusBar().addPermanentWidget(self.shared_banner)
        self.shared_banner.show()

    def _lost_dossier(self) -> None:
        from esms_desktop.ui.shared_dossier import SharedTexts

        if self.wizard is not None:
            self.wizard.flush()
            self._set_read_only(SharedTexts(self).lost())

    def _remote_change(self, _version: int) -> None:
        """Someone else changed the open dossier: reload the step shown once nothing typed is pending."""
        from esms_desktop.ui.shared_dossier import SharedTexts, reload_keeping_cursor

        if self.wizard is None:
            return
        if self.wizard.autosaver.has_pending():
            QTimer.singleShot(500, lambda: self._remote_change(_version))
            return
        reload_keeping_cursor(self.wizard.current_step())
        self.wizard.refresh_states()
        self.statusBar().showMessage(SharedTexts(self).refreshed(), 5000)

    def _stop_shared(self) -> None:
        if self.shared is not None:
            self.shared.stop()
            self.shared.deleteLater()
            self.shared = None
            self.statusBar().removeWidget(self.shared_banner)

    def current_dossier_id(self) -> int | None:
        if self.wizard is not None:
            return self.wizard.dossier_id
        return self.list_view.selected_id() if self.list_view else None

    def _update_actions(self) -> None:
        self.export_action.setEnabled(self.db is not None and self.current_dossier_id() is not None)

    def update_title(self) -> None:
        server = self.db.server if self.db is not None else None
        suffix = f"esms-desktop — {server}" if server else "esms-desktop"  # which server, never its password
        if self.wizard is None:
            self.setWindowTitle(suffix)
            return
        loaded = getattr(self.wizard, "dossier", False)
        if loaded is False:  # the member desk's wizard: read here
            from esms_desktop.storage.dossiers import get_dossier

            name = get_dossier(self.db, self.wizard.dossier_id).name
        elif loaded is None:  # still being read (in the background)
            name = self.tr("Loading…")
        else:  # the dossier the wizard's last background refresh read
            name = loaded.name
        state = self.tr("saved") if self.wizard.is_saved() else self.tr("saving…")
        self.setWindowTitle(f"{name} — {state} — {suffix}")

    # files ------------------------------------------------------------------
    def import_dossier(self, path: str | None = None, open_after: bool = False) -> int | None:
        from esms_desktop.storage.dossier_file import DossierConflict, import_file
        from esms_desktop.storage.errors import DossierFileError

        if not path:
            path, _ = QFileDialog.getOpenFileName(
                self, self.tr("Import a dossier file"), "", self.tr("Dossier files (*.esms *.json);;All files (*)")
            )
        if not path:
            return None
        try:
            try:
                dossier_id = import_file(self.db, path)
            except DossierConflict:
                box = QMessageBox(QMessageBox.Icon.Question, self.tr("Import a dossier file"),
                                  self.tr("This dossier is already in your list. Import it as a copy, or replace "
                                          "the dossier in your list with the file's content?"), parent=self)
                copy = box.addButton(self.tr("Import as a &copy"), QMessageBox.ButtonRole.AcceptRole)
                replace = box.addButton(self.tr("&Replace"), QMessageBox.ButtonRole.DestructiveRole)
                box.addButton(QMessageBox.StandardButton.Cancel)
                box.exec()
                if box.clickedButton() not in (copy, replace):
                    return None
                dossier_id = import_file(self.db, path, on_conflict="copy" if box.clickedButton() is copy else "replace")
        except DossierFileError as exc:
            QMessageBox.warning(self, self.tr("Import refused"), i18n.render(exc.message))
            return None
        self.show_list()
        self.list_view.refresh(dossier_id)
        if open_after:
            self.open_dossier(dossier_id)
        return dossier_id

    def export_dossier(self) -> None:
        from esms_desktop.storage.dossier_file import export_to_file
        from esms_desktop.storage.dossiers import get_dossier

        dossier_id = self.current_dossier_id()
        if dossier_id is None:
            return
        if self.wizard is not None:
            self.wizard.flush()
        name = get_dossier(self.db, dossier_id).name
        safe = "".join(c if c.isalnum() or c in " -_" else "_" for c in name).strip() or "dossier"
        path, _ = QFileDialog.getSaveFileName(
            self, self.tr("Export the dossier"), f"{safe}.esms", self.tr("Dossier files (*.esms);;JSON files (*.json)")
        )
        if not path:
            return
        try:
            export_to_file(self.db, dossier_id, path)
        except OSError as exc:
            QMessageBox.warning(self, self.tr("Export failed"),
                                self.tr("The file could not be written: {error}").format(error=exc.strerror or exc))
            return
        self.statusBar().showMessage(self.tr("Dossier exported to {path}").format(path=path), 5000)

    def open_example(self, name: str | bool = FIRST_EXAMPLE) -> None:
        from esms_desktop.paths import resource_path
        from esms_desktop.storage.dossier_file import import_file, read_file
        from esms_desktop.storage.dossiers import find_by_uid

        if not isinstance(name, str):  # a QAction's « checked » argument
            name = FIRST_EXAMPLE
        path = resource_path("examples", name)
        existing = find_by_uid(self.db, read_file(path)["dossier"]["uid"])
        dossier_id = existing if existing is not None else import_file(self.db, path)
        self.open_dossier(dossier_id)

    def show_glossary(self, term: str | None = None) -> None:
        from esms_desktop.ui.glossary import GlossaryDialog

        self.glossary = GlossaryDialog(self, term)
        self.glossary.show()

    def show_about(self) -> None:
        from esms_desktop.ui.about_dialog import AboutDialog

        AboutDialog(self, self.db.path if self.db is not None else None,
                    server=self.db.server if self.db is not None else None).exec()

    def answer_questionnaire(self) -> None:
        """Answer an exchange file received from a porteur, without its dossier (see ui/maturity)."""
        from esms_desktop.ui.maturity.respond_dialog import answer_received_file

        answer_received_file(self)

    def closeEvent(self, event) -> None:  # noqa: N802
        if getattr(self, "_wizard_warm_up", None) is not None:
            self._wizard_warm_up.stop()  # its thread never outlives the window
        if self.list_view is not None:
            self.list_view.stop_standings()  # its thread never outlives the window
        if self.wizard is not None:
            self.wizard.flush()
            self.wizard.shutdown()
        self._stop_shared()
        from esms_desktop.ui.settings import settings

        settings().setValue("geometry", self.saveGeometry())
        super().closeEvent(event)
