"""Where the application's files are: bundled resources and the user's data folder.

One function finds resources both from a source checkout and from a PyInstaller bundle.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

from esms_desktop import APP_NAME


def resource_root() -> Path:
    """The folder holding ``resources/`` data (campaign files, schemas, fonts...)."""
    frozen = getattr(sys, "_MEIPASS", None)
    if frozen:
        return Path(frozen) / "resources"
    return Path(__file__).resolve().parent.parent / "resources"


def resource_path(*parts: str) -> Path:
    """Path of one resource file, e.g. ``resource_path("campaigns", "2024.json")``."""
    return resource_root().joinpath(*parts)


def translations_root() -> Path:
    frozen = getattr(sys, "_MEIPASS", None)
    if frozen:
        return Path(frozen) / "translations"
    return Path(__file__).resolve().parent.parent / "translations"


def user_data_dir() -> Path:
    """The per-user data folder (created on demand). ``ESMS_DESKTOP_HOME`` overrides it."""
    override = os.environ.get("ESMS_DESKTOP_HOME")
    if override:
        path = Path(override)
    else:
        from platformdirs import user_data_path

        path = user_data_path(APP_NAME, appauthor=False)
    path.mkdir(parents=True, exist_ok=True)
    return path
