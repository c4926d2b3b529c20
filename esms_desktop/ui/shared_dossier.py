"""A dossier open on a server shared by a team: presence and live refresh for the open wizard.

Opening: ``open_shared`` claims the dossier (storage/presence.py); when someone else has it, the user
reads « Camille Durand modifie ce dossier depuis 10:42 » and opens it read-only or takes over.
While open, a background thread (never the UI thread) beats the heartbeat and reads the dossier's
version every ``POLL_SECONDS``; a change made by someone else reloads the step shown once nothing
typed is waiting to be saved, keeping the cursor where it was. Stopped and joined by ``stop()``,
which the main window calls whenever the wizard closes.
"""

from __future__ import annotations

import threading

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QLineEdit, QMessageBox, QPlainTextEdit, QTextEdit, QWidget

from esms_desktop import formatting
from esms_desktop.storage import presence

POLL_SECONDS = 2.0
READ_ONLY, TAKE_OVER, CANCEL = "read_only", "take_over", "cancel"


def user_name() -> str:
    """The name the user gave (File ▸ Connect to a server…), else the system account's full name."""
    from esms_desktop.ui.settings import settings

    name = str(settings().value("server/display_name", "") or "").strip()
    if name:
        return name
    try:
        import getpass
        import pwd

        account = pwd.getpwnam(getpass.getuser())
        return account.pw_gecos.split(",")[0].strip() or account.pw_name
    except (ImportError, KeyError, OSError):
        import getpass

        return getpass.getuser()


class SharedTexts(QObject):
    def held(self, holder: presence.Holder) -> str:
        since = formatting.local(holder.since.replace(tzinfo=__import__("datetime").timezone.utc))
        return self.tr("{name} is editing this dossier since {time}").format(name=holder.user_name,
                                                                            time=since.strftime("%H:%M"))

    def ask(self, parent: QWidget, holder: presence.Holder) -> str:
        box = QMessageBox(QMessageBox.Icon.Information, self.tr("Dossier in use"), self.held(holder) + ".",
                          parent=parent)
        box.setObjectName("presenceBox")
        box.setInformativeText(self.tr(
            "Open it read-only to look at it, or take over: their window then becomes read-only. If they left "
            "without closing it, their hold ends by itself within two minutes."))
        read_only = box.addButton(self.tr("Open &read-only"), QMessageBox.ButtonRole.AcceptRole)
        take = box.addButton(self.tr("&Take over"), QMessageBox.ButtonRole.DestructiveRole)
        box.addButton(QMessageBox.StandardButton.Cancel)
        box.setDefaultButton(read_only)
        box.exec()
        clicked = box.clickedButton()
        return READ_ONLY if clicked is read_only else TAKE_OVER if clicked is take else CANCEL

    def read_only_banner(self, holder_text: str) -> str:
        return self.tr("Read-only: {holder}.").format(holder=holder_text)

    def lost(self) -> str:
        return self.tr("Someone else took over this dossier: it is now read-only here.")

    def refreshed(self) -> str:
        return self.tr("Updated with the changes of another person.")


class SharedDossier(QObject):
    """Presence and live refresh of one open dossier (see the module doc)."""

    version_changed = Signal(int)
    lost = Signal()

    def __init__(self, db, dossier_id: int, read_only: bool, parent: QObject | None = None,
                 known_version: int | None = None):
        super().__init__(parent)
        self.db = db
        self.dossier_id = dossier_id
        self.read_only = read_only
        if known_version is None:
            from esms_desktop.storage.concurrency import dossier_version

            known_version = dossier_version(db, dossier_id)
        self.known_version = known_version  # read with the presence, in the background (claim_in_background)
        self._own_saves = 0
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._run, name=f"live-dossier-{dossier_id}", daemon=True)
        self._thread.start()

    def note_own_save(self) -> None:
        """This window saved: the next version change is (at least partly) ours."""
        self._own_saves += 1

    def _run(self) -> None:
        import time

        from esms_desktop.storage.concurrency import dossier_version

        last_beat = time.monotonic()
        while not self._stop.wait(POLL_SECONDS):
            try:
                if not self.read_only and time.monotonic() - last_beat >= presence.HEARTBEAT_EVERY.total_seconds():
                    last_beat = time.monotonic()
                    if not presence.heartbeat(self.db, self.dossier_id):
                        self.read_only = True
                        self.lost.emit()
                version = dossier_version(self.db, self.dossier_id)
            except Exception:  # noqa: BLE001 - the server away for a moment: try again at the next tick
                continue
            if version is not None and version != self.known_version:
                self.known_version = version
                if self._own_saves:
                    self._own_saves = 0
                    continue
                self.version_changed.emit(version)

    def stop(self) -> None:
        self._stop.set()
        self._thread.join(timeout=10)
        if not self.read_only:
            try:
                presence.release(self.db, self.dossier_id)
            except Exception:  # noqa: BLE001 - the lock then expires by itself
                pass


def claim_in_background(db, dossier_id: int):
    """Opening a dossier on a server, in the wizard's background queue (no widget): claim it; returns
    (who else holds it or None, its member desk or None, its version)."""
    from esms_desktop.storage.concurrency import dossier_version
    from esms_desktop.storage.member_desk import member_desk

    holder = presence.claim(db, dossier_id, user_name())
    return holder, member_desk(db, dossier_id), dossier_version(db, dossier_id)


def open_shared(parent: QWidget, db, dossier_id: int) -> tuple[str, str] | None:
    """Claim a dossier on a server: (READ_ONLY or TAKE_OVER or "editing", banner text), or None (cancelled)."""
    return answer_holder(parent, db, dossier_id, presence.claim(db, dossier_id, user_name()))


def answer_holder(parent: QWidget, db, dossier_id: int, holder) -> tuple[str, str] | None:
    """After a claim: nobody else (« editing »), or ask the user (read-only, take over, or None: cancelled)."""
    texts = SharedTexts(parent)
    if holder is None:
        return "editing", ""
    choice = texts.ask(parent, holder)
    if choice == CANCEL:
        return None
    if choice == TAKE_OVER:
        presence.claim(db, dossier_id, user_name(), take_over=True)
        return TAKE_OVER, ""
    return READ_ONLY, texts.read_only_banner(texts.held(holder))


def reload_keeping_cursor(step) -> None:
    """Reload a step from the database, the focused text field keeping its cursor when its text is unchanged."""
    from PySide6.QtWidgets import QApplication

    focus = QApplication.focusWidget()
    position = None
    if isinstance(focus, QLineEdit):
        text, position = focus.text(), focus.cursorPosition()
    elif isinstance(focus, (QTextEdit, QPlainTextEdit)):
        text, position = focus.toPlainText(), focus.textCursor().position()

    def keep_cursor() -> None:
        if position is None or focus is None:
            return
        if isinstance(focus, QLineEdit) and focus.text() == text:
            focus.setCursorPosition(position)
        elif isinstance(focus, (QTextEdit, QPlainTextEdit)) and focus.toPlainText() == text:
            cursor = focus.textCursor()
            cursor.setPosition(min(position, len(text)))
            focus.setTextCursor(cursor)

    from esms_desktop.ui.wizard.step import StepPage

    if type(step).load is StepPage.load:  # read in the background: the cursor once the widgets are filled
        step.load(then=keep_cursor)
    else:
        step.load()
        keep_cursor()
