"""Entry script of the PyInstaller bundle (packaging/esms-desktop.spec): the same as ``esms-desktop``."""

import sys

from esms_desktop.__main__ import main

if __name__ == "__main__":
    sys.exit(main())
