"""The user's preferences (language, window geometry), in an INI file in the data folder."""

from __future__ import annotations

from PySide6.QtCore import QSettings

from esms_desktop.paths import user_data_dir


def settings() -> QSettings:
    return QSettings(str(user_data_dir() / "settings.ini"), QSettings.Format.IniFormat)
