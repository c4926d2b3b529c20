"""One window per database: a second start on the same file hands over to the first and quits.

Two windows on one file would be two writers each overwriting the other's edits with what its own
forms show. So the first instance holds a lock (``QLockFile``) beside the database and listens on a
local socket named after the database path; a second instance that cannot take the lock sends
"activate" there: the first raises its window and says why, and the second exits. If nobody
answers (the holder is frozen, or runs on another computer sharing the folder), the second
instance says the file is in use and exits: it never opens the database.

Handing over was chosen over a read-only second window: one process owns the file, nothing to keep
in step. The command line (``esms-desktop dossier import`` ...) takes no lock: each of its writes is
one short SQLite transaction (WAL mode, 5 s busy timeout) and never overwrites the window's data
with stale copies; the window shows a dossier imported meanwhile on its next refresh of the list.

A lock left by a crashed instance is taken over (``QLockFile`` sees its process is gone).
"""

from __future__ import annotations

import hashlib
import os
import sys
import tempfile
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QElapsedTimer, QLockFile, QObject, QThread, QTimer, Signal

REQUEST = b"activate\n"
LISTEN_DELAY_MS = 150
ANSWER = b"ok\n"


def instance_key(db_path: str | os.PathLike[str]) -> str:
    """The socket name for a database: the same for every spelling of its path."""
    resolved = os.path.normcase(str(Path(db_path).expanduser().resolve()))
    return "esms-desktop-" + hashlib.sha256(resolved.encode("utf-8")).hexdigest()[:20]


def lock_path(db_path: str | os.PathLike[str]) -> Path:
    """Beside the database (two computers sharing the folder see it), else in the temporary folder."""
    db_path = Path(db_path).expanduser().resolve()
    folder = db_path.parent
    if folder.is_dir() and os.access(folder, os.W_OK):
        return folder / f".{db_path.name}.lock"
    return Path(tempfile.gettempdir()) / f"{instance_key(db_path)}.lock"


class SingleInstance(QObject):
    """The lock on one database and, while held, the socket other instances call."""

    activation_requested = Signal()

    def __init__(self, db_path: str | os.PathLike[str], parent: QObject | None = None):
        super().__init__(parent)
        self.db_path = Path(db_path)
        self.key = instance_key(db_path)
        self.lock = QLockFile(str(lock_path(db_path)))
        self.lock.setStaleLockTime(0)  # held for hours: only a dead holder makes it stale
        self.server = None  # QLocalServer, once listening

    def acquire(self) -> bool:
        """Take the lock and listen; False when another live instance holds it."""
        try:
            self.db_path.parent.mkdir(parents=True, exist_ok=True)
        except OSError:
            pass
        if not self.lock.tryLock(0):
            return False
        # Listening (and importing QtNetwork) waits until the window is painted: start-up stays fast,
        # and a second instance started meanwhile keeps trying to connect for a second and a half.
        QTimer.singleShot(LISTEN_DELAY_MS, self.listen)
        return True

    def listen(self) -> None:
        from PySide6.QtNetwork import QLocalServer

        if self.server is not None or not self.lock.isLocked():
            return
        QLocalServer.removeServer(self.key)  # a socket left by a crashed holder: ours now
        self.server = QLocalServer(self)
        self.server.setSocketOptions(QLocalServer.SocketOption.UserAccessOption)
        self.server.newConnection.connect(self._on_connection)
        self.server.listen(self.key)

    def holder(self) -> tuple[int, str]:
        """(process id, computer name) of the instance holding the lock, as far as known."""
        info = self.lock.getLockInfo()  # PySide6: (pid, hostname, appname); no tuple when unknown
        if isinstance(info, tuple) and len(info) == 3:
            return int(info[0] or 0), str(info[1] or "")
        return 0, ""

    def release(self) -> None:
        if self.server is not None:
            self.server.close()
            self.server = None
        if self.lock.isLocked():
            self.lock.unlock()

    def _on_connection(self) -> None:
        while self.server is not None and self.server.hasPendingConnections():
            socket = self.server.nextPendingConnection()
            socket.readyRead.connect(lambda s=socket: self._on_request(s))
            socket.disconnected.connect(socket.deleteLater)
            if socket.bytesAvailable():
                self._on_request(socket)

    def _on_request(self, socket) -> None:
        if not socket.canReadLine():
            return
        if bytes(socket.readLine().data()) == REQUEST:
            socket.write(ANSWER)
            socket.flush()
            self.activation_requested.emit()
        socket.disconnectFromServer()


def hand_over(db_path: str | os.PathLike[str], timeout_ms: int = 5000) -> bool:
    """Ask the instance holding ``db_path`` to come to the front; True when it answered."""
    from PySide6.QtNetwork import QLocalSocket

    key = instance_key(db_path)
    clock = QElapsedTimer()
    clock.start()
    socket = QLocalSocket()
    while True:  # the holder may have taken the lock an instant ago and not listen yet
        socket.connectToServer(key)
        if socket.waitForConnected(200):
            break
        if clock.elapsed() > min(timeout_ms, 1500):
            return False
        QThread.msleep(50)
    socket.write(REQUEST)
    socket.waitForBytesWritten(1000)
    answer = b""
    while ANSWER not in answer and clock.elapsed() < timeout_ms:
        if socket.waitForReadyRead(100):
            answer += bytes(socket.readAll().data())
        elif socket.state() != QLocalSocket.LocalSocketState.ConnectedState and not socket.bytesAvailable():
            break
    socket.abort()
    return ANSWER in answer


def database_file(db_arg: str | None) -> Path | None:
    """The file the application will open (``--db``, ``$ESMS_DESKTOP_DB`` or the default), if a file."""
    from esms_desktop.storage.database import resolve_url, sqlite_path

    return sqlite_path(resolve_url(db_arg))


def claim(db_arg: str | None, parent=None, timeout_ms: int = 5000) -> tuple[SingleInstance | None, int | None]:
    """Before opening the window: ``(guard, None)`` to go on (keep ``guard`` alive, it holds the
    lock), or ``(None, exit_code)`` when another instance has the database (it was told, or the
    user was)."""
    path = database_file(db_arg)
    if path is None:  # an in-memory or server database: nothing to lock
        return None, None
    guard = SingleInstance(path, parent)
    if guard.acquire():
        return guard, None
    if guard.lock.error() != QLockFile.LockError.LockFailedError:
        # The lock file could not be written (full disk, read-only folder): no other window holds the
        # database, so do not say so; the window opens and says what is true about the file.
        return None, None
    if hand_over(path, timeout_ms):
        text = QCoreApplication.translate(
            "SingleInstance", "esms-desktop is already open on {path}: its window was brought to the front."
        )
        print(text.format(path=path), file=sys.stderr)
        return None, 0
    from PySide6.QtWidgets import QMessageBox

    pid, host = guard.holder()
    QMessageBox.warning(
        None,
        QCoreApplication.translate("SingleInstance", "Dossiers already open"),
        QCoreApplication.translate(
            "SingleInstance",
            "The dossiers in {path} are already open in another esms-desktop window (process {pid} on "
            "the computer {host}), which does not answer. Close that window, or wait for it, then start "
            "esms-desktop again. Two windows on the same file would overwrite each other's changes.",
        ).format(path=path, pid=pid, host=host or "?"),
    )
    return None, 1


def bring_to_front(window) -> None:
    """What the first instance does when a second one hands over: show itself and say why."""
    if window.isMinimized():
        window.showNormal()
    window.show()
    window.raise_()
    window.activateWindow()
    window.statusBar().showMessage(
        QCoreApplication.translate(
            "SingleInstance", "esms-desktop was started again on these dossiers: here is the window already open."
        ),
        8000,
    )
