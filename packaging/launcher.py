"""Entry script of the PyInstaller bundle (packaging/esms-desktop.spec): the same as ``esms-desktop``."""

import os
import sys


def restore_library_path() -> None:
    """Give back the user's LD_LIBRARY_PATH, so that the programs we start are not fed our libraries.

    On Linux the bundle's loader sets LD_LIBRARY_PATH to its own folder (keeping the user's value in
    LD_LIBRARY_PATH_ORIG). The dynamic linker read it when this process started, so removing it now
    only affects child processes: xdg-open, the file manager and the PDF viewer opened by
    QDesktopServices.openUrl would otherwise load the bundled Qt, GLib... and may crash.
    """
    if not (getattr(sys, "frozen", False) and sys.platform.startswith("linux")):
        return
    original = os.environ.pop("LD_LIBRARY_PATH_ORIG", None)
    if original is not None:
        os.environ["LD_LIBRARY_PATH"] = original
    else:
        os.environ.pop("LD_LIBRARY_PATH", None)


if __name__ == "__main__":
    restore_library_path()
    from esms_desktop.__main__ import main

    sys.exit(main())
