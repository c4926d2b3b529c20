"""« Se connecter à un serveur… »: host, port, database, user and password of a PostgreSQL server
shared by a team. The password is asked each time, or kept in the system keyring when the user ticks
the box — never written in a file; the other fields are remembered in the settings."""

from __future__ import annotations

from PySide6.QtCore import QEvent
from PySide6.QtWidgets import (
    QCheckBox, QDialog, QDialogButtonBox, QFormLayout, QLabel, QLineEdit, QSpinBox, QVBoxLayout, QWidget,
)

from esms_desktop.storage.server_login import ServerLogin, store_password, stored_password


class ConnectDialog(QDialog):
    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("connectDialog")
        self.login: ServerLogin | None = None
        self.password = ""
        self.keyring_failed = False
        self.intro = QLabel()
        self.intro.setWordWrap(True)
        self.host = QLineEdit()
        self.host.setObjectName("serverHost")
        self.port = QSpinBox()
        self.port.setRange(1, 65535)
        self.port.setValue(5432)
        self.database = QLineEdit()
        self.database.setObjectName("serverDatabase")
        self.user = QLineEdit()
        self.user.setObjectName("serverUser")
        self.password_edit = QLineEdit()
        self.password_edit.setObjectName("serverPassword")
        self.password_edit.setEchoMode(QLineEdit.EchoMode.Password)
        self.display_name = QLineEdit()
        self.display_name.setObjectName("displayName")
        self.keep = QCheckBox()
        self.keep.setObjectName("keepPassword")
        self.help = QLabel()
        self.help.setObjectName("hint")
        self.help.setWordWrap(True)
        self.error = QLabel()
        self.error.setObjectName("connectError")
        self.error.setWordWrap(True)
        self.error.setVisible(False)
        self.form = QFormLayout()
        self.labels = [QLabel() for _ in range(6)]
        for label, field in zip(self.labels, (self.host, self.port, self.database, self.user, self.password_edit,
                                              self.display_name)):
            label.setBuddy(field)
            self.form.addRow(label, field)
        self.form.addRow("", self.keep)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addLayout(self.form)
        layout.addWidget(self.error)
        layout.addWidget(self.help)
        layout.addWidget(self.buttons)
        self.setMinimumWidth(520)
        self._load_settings()
        self.retranslate_ui()

    def retranslate_ui(self) -> None:
        self.setWindowTitle(self.tr("Connect to a server"))
        self.intro.setText(self.tr(
            "Work with your team on dossiers kept on a PostgreSQL server. Ask its administrator for these details."))
        for label, text in zip(self.labels, (self.tr("&Host:"), self.tr("&Port:"), self.tr("&Database:"),
                                             self.tr("&User:"), self.tr("Pass&word:"), self.tr("Your &name:"))):
            label.setText(text)
        self.host.setPlaceholderText(self.tr("e.g. dossiers.example.org"))
        self.display_name.setPlaceholderText(self.tr("shown to the others: « Camille Durand is editing this dossier »"))
        self.keep.setText(self.tr("&Keep the password in the system keyring"))
        self.help.setText(self.tr(
            "Without the box ticked, the password is asked at each connection; it is never written in a file. "
            "The FINESS reference stays on this computer: each person imports it once, in their own data "
            "folder; the server holds only the dossiers."))

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt API
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)

    def _load_settings(self) -> None:
        from esms_desktop.ui.settings import settings

        store = settings()
        self.host.setText(str(store.value("server/host", "") or ""))
        self.port.setValue(int(store.value("server/port", 5432) or 5432))
        self.database.setText(str(store.value("server/database", "") or ""))
        self.user.setText(str(store.value("server/user", "") or ""))
        from esms_desktop.ui.shared_dossier import user_name

        self.display_name.setText(user_name())
        if self.host.text() and self.user.text():
            kept = stored_password(self._login().key)
            if kept:
                self.password_edit.setText(kept)
                self.keep.setChecked(True)

    def _login(self) -> ServerLogin:
        return ServerLogin(self.host.text().strip(), self.port.value(), self.database.text().strip(),
                           self.user.text().strip())

    def show_error(self, text: str) -> None:
        self.error.setText(text)
        self.error.setVisible(True)

    def accept(self) -> None:
        login = self._login()
        if not (login.host and login.database and login.user):
            self.show_error(self.tr("Fill in the host, the database and the user."))
            return
        from esms_desktop.ui.settings import settings

        store = settings()
        for key, value in (("host", login.host), ("port", login.port), ("database", login.database),
                           ("user", login.user), ("display_name", self.display_name.text().strip())):
            store.setValue(f"server/{key}", value)  # never the password
        self.login = login
        self.password = self.password_edit.text()
        if self.keep.isChecked() and self.password:
            self.keyring_failed = not store_password(login.key, self.password)
        super().accept()

    def url(self) -> str:
        return self.login.url(self.password) if self.login else ""
