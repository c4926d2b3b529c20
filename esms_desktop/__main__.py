"""Entry point: ``esms-desktop`` / ``python -m esms_desktop``.

With a command (``dossier list``, ``finess check`` ...) it runs the CLI; without, it opens the window.
"""

from __future__ import annotations

import sys


def main(argv: list[str] | None = None) -> int:
    argv = sys.argv[1:] if argv is None else argv
    from esms_desktop.cli import has_command

    if has_command(argv):
        from esms_desktop.cli import run

        return run(argv)
    from esms_desktop.ui.app import run_app

    return run_app(argv)


if __name__ == "__main__":
    sys.exit(main())
