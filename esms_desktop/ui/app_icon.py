"""The application's icon and desktop identity (window icon, desktop file, About dialog)."""

from __future__ import annotations

from PySide6.QtCore import QSize
from PySide6.QtGui import QIcon

from esms_desktop.paths import resource_path

# The reverse-DNS id of the application: name of the Linux .desktop and metainfo files, macOS bundle
# identifier. A test checks that packaging/ uses the same one.
DESKTOP_ID = "fr.esmsdesktop.EsmsDesktop"
ICON_SIZES = (16, 24, 32, 48, 64, 128, 256, 512)


def icon_file(size: int):
    """Path of the PNG icon of ``size`` pixels (one of ``ICON_SIZES``)."""
    return resource_path("icons", f"esms-desktop-{size}.png")


def application_icon() -> QIcon:
    """The application icon with all its sizes (empty icon if the files are missing)."""
    icon = QIcon()
    for size in ICON_SIZES:
        path = icon_file(size)
        if path.exists():
            icon.addFile(str(path), QSize(size, size))
    return icon
