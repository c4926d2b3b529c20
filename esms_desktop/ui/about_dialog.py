"""The « À propos » dialog: version, licence, where the dossiers are kept (with a button to open the folder)."""

from __future__ import annotations

import platform
from pathlib import Path

from PySide6 import __version__ as PYSIDE_VERSION
from PySide6.QtCore import QEvent, Qt, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from esms_desktop import APP_NAME, __version__
from esms_desktop.paths import user_data_dir
from esms_desktop.ui.app_icon import application_icon

LICENCE = "EUPL-1.2"  # as in pyproject.toml
LICENCE_URL = "https://interoperable-europe.ec.europa.eu/collection/eupl/eupl-text-eupl-12"


class AboutDialog(QDialog):
    """Modal « À propos » box. ``database_path``: the database in use, shown when it is not in the data folder."""

    def __init__(self, parent: QWidget | None = None, database_path: str | Path | None = None,
                 server: str | None = None):
        super().__init__(parent)
        self.data_dir = user_data_dir()
        self.database_path = Path(database_path) if database_path else None
        self.server = server  # user@host:port/database of a PostgreSQL server (never its password)
        self.setup_ui()
        self.retranslate_ui()

    def setup_ui(self) -> None:
        self.setObjectName("aboutDialog")
        self.setWindowIcon(application_icon())
        self.icon_label = QLabel()
        self.icon_label.setPixmap(application_icon().pixmap(64, 64))
        self.icon_label.setAlignment(Qt.AlignmentFlag.AlignTop)
        self.name_label = QLabel(APP_NAME)
        self.name_label.setObjectName("aboutName")
        font = self.name_label.font()
        font.setPointSizeF(font.pointSizeF() * 1.6)
        font.setBold(True)
        self.name_label.setFont(font)
        self.version_label = QLabel()
        self.summary_label = QLabel()
        self.summary_label.setWordWrap(True)
        self.licence_label = QLabel()
        self.licence_label.setWordWrap(True)
        self.licence_label.setOpenExternalLinks(True)
        self.licence_label.setTextFormat(Qt.TextFormat.RichText)

        self.data_caption = QLabel()
        self.data_path_label = QLabel(str(self.data_dir))
        self.data_path_label.setObjectName("aboutDataPath")
        self.data_path_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.data_path_label.setWordWrap(True)
        self.open_button = QPushButton()
        self.open_button.clicked.connect(self.open_data_folder)
        self.data_caption.setBuddy(self.open_button)
        self.db_caption = QLabel()
        self.db_path_label = QLabel(self.server or str(self.database_path or ""))
        self.db_path_label.setObjectName("aboutDatabase")
        self.db_path_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.db_path_label.setWordWrap(True)
        show_db = self.server is not None or (
            self.database_path is not None and self.database_path.parent != self.data_dir)
        self.db_caption.setVisible(show_db)
        self.db_path_label.setVisible(show_db)
        self.tech_label = QLabel()
        self.tech_label.setObjectName("hint")

        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        self.buttons = buttons

        text = QVBoxLayout()
        text.addWidget(self.name_label)
        text.addWidget(self.version_label)
        text.addSpacing(6)
        text.addWidget(self.summary_label)
        text.addWidget(self.licence_label)
        text.addSpacing(10)
        grid = QGridLayout()
        grid.addWidget(self.data_caption, 0, 0, 1, 2)
        grid.addWidget(self.data_path_label, 1, 0)
        grid.addWidget(self.open_button, 1, 1, Qt.AlignmentFlag.AlignTop)
        grid.addWidget(self.db_caption, 2, 0, 1, 2)
        grid.addWidget(self.db_path_label, 3, 0, 1, 2)
        grid.setColumnStretch(0, 1)
        text.addLayout(grid)
        text.addSpacing(6)
        text.addWidget(self.tech_label)
        top = QHBoxLayout()
        top.addWidget(self.icon_label)
        top.addSpacing(12)
        top.addLayout(text, 1)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(buttons)
        self.setMinimumWidth(520)

    def retranslate_ui(self) -> None:
        self.setWindowTitle(self.tr("About esms-desktop"))
        self.version_label.setText(self.tr("Version {version}").format(version=__version__))
        self.summary_label.setText(
            self.tr("Prepares an ESMS numérique candidature, offline, up to the complete PDF pack.")
        )
        self.licence_label.setText(
            self.tr('Free software under the <a href="{url}">European Union Public Licence (EUPL-1.2)</a>.')
            .format(url=LICENCE_URL)
        )
        self.data_caption.setText(self.tr("Your dossiers and settings are kept in the data folder:"))
        self.open_button.setText(self.tr("&Open the data folder"))
        self.db_caption.setText(self.tr("Dossiers on the server:") if self.server else self.tr("Database in use:"))
        self.tech_label.setText(
            self.tr("Qt for Python {qt}, Python {python}").format(qt=PYSIDE_VERSION, python=platform.python_version())
        )

    def open_data_folder(self) -> bool:
        """Open the data folder in the system's file manager; False if that failed."""
        return QDesktopServices.openUrl(QUrl.fromLocalFile(str(self.data_dir)))

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt API
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)
