"""Starting the window application: Qt application, translations, main window, then the database."""

from __future__ import annotations

import argparse
import os
import sys
import time

from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QApplication

from esms_desktop import APP_NAME, __version__, i18n
from esms_desktop.paths import resource_path

PROBE_ENV = "ESMS_DESKTOP_STARTUP_PROBE"  # benchmark: print start-up milestones and quit


class _FirstPaintProbe(QObject):
    """Prints the wall-clock time of the first paint, then of 'list filled and idle', then quits."""

    def __init__(self, window):
        super().__init__(window)
        self.window = window
        self.painted = False
        window.installEventFilter(self)
        window.ready.connect(lambda: QTimer.singleShot(0, self._idle))

    def eventFilter(self, obj, event):  # noqa: N802
        if not self.painted and event.type() == QEvent.Type.Paint:
            self.painted = True
            print(f"first-paint {time.time():.6f}", flush=True)
        return False

    def _idle(self):
        print(f"ready {time.time():.6f}", flush=True)
        QApplication.instance().quit()


class _StartAfterFirstPaint(QObject):
    """Opens the database only once the window is on screen, so that the first paint is not delayed
    by importing SQLAlchemy or migrating. Starts anyway after a short while if no paint comes."""

    def __init__(self, window):
        super().__init__(window)
        self.window = window
        self.started = False
        window.installEventFilter(self)
        QTimer.singleShot(500, self._start)

    def eventFilter(self, obj, event):  # noqa: N802
        if not self.started and event.type() == QEvent.Type.Paint:
            QTimer.singleShot(0, self._start)
        return False

    def _start(self):
        if not self.started:
            self.started = True
            _setup_logging()
            self.window.removeEventFilter(self)
            self.window.start()


FINESS_BUILD_DELAY_MS = 1500  # after the list is filled: the shipped FINESS reference never slows the start


def _build_finess_reference_when_idle(window, app) -> None:
    """Once the list is on screen, build the national FINESS reference shipped with the application
    (first use only, a few seconds in a background thread); quitting cancels it and waits for it."""
    holder = {}

    def start():
        from esms_desktop.storage.finess_builtin import start_background_build

        holder["build"] = start_background_build()

    def stop():
        build = holder.get("build")
        if build is not None:
            build.stop()

    window.ready.connect(lambda: QTimer.singleShot(FINESS_BUILD_DELAY_MS, start))
    app.aboutToQuit.connect(stop)


def _setup_logging() -> None:
    """Errors the window reports are also written, with their traceback, to esms-desktop.log in the data
    folder (kept small: 3 files of 1 MB), for whoever helps the user."""
    import logging
    from logging.handlers import RotatingFileHandler

    from esms_desktop.paths import user_data_dir

    root = logging.getLogger()
    if root.handlers:
        return
    try:
        handler = RotatingFileHandler(user_data_dir() / "esms-desktop.log", maxBytes=1_000_000, backupCount=2,
                                      encoding="utf-8")
    except OSError:
        handler = logging.StreamHandler()
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    from esms_desktop.storage.server import MaskingFilter

    handler.addFilter(MaskingFilter())  # no password in the log
    root.addHandler(handler)
    root.setLevel(logging.WARNING)


def parse_args(argv: list[str]) -> argparse.Namespace:
    parser = argparse.ArgumentParser(prog="esms-desktop")
    parser.add_argument("--db")
    parser.add_argument("--lang", choices=i18n.LANGUAGES)
    parser.add_argument("file", nargs="?", help="a dossier file to import and open (.esms or .json)")
    args, _qt_args = parser.parse_known_args(argv)
    return args


def create_application(argv: list[str]) -> QApplication:
    app = QApplication.instance() or QApplication([sys.argv[0], *argv])
    app.setApplicationName(APP_NAME)
    app.setApplicationVersion(__version__)
    app.setOrganizationName(APP_NAME)
    from esms_desktop.ui.app_icon import DESKTOP_ID, application_icon

    app.setWindowIcon(application_icon())
    app.setDesktopFileName(DESKTOP_ID)
    try:
        app.setStyleSheet(resource_path("style.qss").read_text(encoding="utf-8"))
    except OSError:
        pass
    return app


def run_app(argv: list[str]) -> int:
    args = parse_args(argv)
    app = create_application(argv)
    from esms_desktop.ui.settings import settings

    lang = args.lang or settings().value("language", i18n.DEFAULT_LANGUAGE)
    if not i18n.install(lang):
        print("esms-desktop: French catalogue missing (translations/*.qm); run the set-up again.", file=sys.stderr)
    from esms_desktop.ui.single_instance import bring_to_front, claim

    guard, exit_code = claim(args.db)  # one window per database: a second start hands over and quits
    if exit_code is not None:
        return exit_code
    from esms_desktop.ui.main_window import MainWindow

    window = MainWindow(args.db)
    if guard is not None:
        guard.setParent(window)  # held as long as the window lives
        guard.activation_requested.connect(lambda: bring_to_front(window))
        app.aboutToQuit.connect(guard.release)
    geometry = settings().value("geometry")
    if geometry is not None:
        window.restoreGeometry(geometry)
        from esms_desktop.ui.window_fit import fit_to_screen

        fit_to_screen(window, only_if_outside=True)  # saved on a bigger screen: bring it back in
    if os.environ.get(PROBE_ENV):
        window._probe = _FirstPaintProbe(window)
    window._starter = _StartAfterFirstPaint(window)
    _build_finess_reference_when_idle(window, app)
    if args.file and args.file.lower().endswith(".esms-og"):  # a porteur's member sheet, double-clicked
        window.ready.connect(lambda: window.open_member_sheet(args.file))
    elif args.file:  # opened from the file manager (the .desktop file's %f, the Windows association)
        window.ready.connect(lambda: window.import_dossier(args.file, open_after=True))
    from esms_desktop.ui import workers

    app.aboutToQuit.connect(workers.stop_all)  # no background thread outlives the application
    window.show()
    return app.exec()
