"""Test set-up: headless Qt, a fresh data folder and database per test, the French catalogue built."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import pytest  # noqa: E402

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(Path(__file__).resolve().parent))  # tests/pg_server.py
EXAMPLE = ROOT / "resources" / "examples" / "exemple-grappe-bfc.json"


def pytest_sessionstart(session):
    """Build the .qm catalogue when a developer runs pytest without the set-up script."""
    ts = ROOT / "translations" / "esms_desktop_fr.ts"
    qm = ts.with_suffix(".qm")
    if not qm.exists() or qm.stat().st_mtime < ts.stat().st_mtime:
        subprocess.run([sys.executable, str(ROOT / "scripts" / "translations.py"), "compile"], check=True)


@pytest.fixture(scope="session", autouse=True)
def _widgets_application(qapp):
    """The QApplication exists before any test: a CLI command run in the process first would otherwise
    create a bare QCoreApplication that the widget tests then reuse (and abort on)."""
    yield qapp


@pytest.fixture(autouse=True)
def _french_by_default(_widgets_application):
    """Every test starts in French, as users get it by default, whatever ran before it (random order: a
    dialog test run first, or after a test that switched to English and failed, would see English)."""
    from esms_desktop import i18n

    if i18n.current_language() != "fr":
        assert i18n.install("fr"), "French catalogue missing"
    yield


@pytest.fixture(autouse=True)
def no_thread_left_running():
    """After each test, every background thread has been stopped and waited for by its owner."""
    yield
    from esms_desktop.ui import workers

    left = [worker for worker in workers.running() if not workers.wait(worker, 10000)]
    workers.stop_all()
    assert not left, f"background work still running after the test: {left}"


@pytest.fixture(autouse=True)
def isolated_home(tmp_path, monkeypatch):
    """Every test gets its own data folder (settings, default database) and no ESMS_DESKTOP_DB."""
    home = tmp_path / "home"
    monkeypatch.setenv("ESMS_DESKTOP_HOME", str(home))
    monkeypatch.delenv("ESMS_DESKTOP_DB", raising=False)
    # No built-in national FINESS reference unless a test asks for it (tests/test_finess_builtin.py):
    # building it takes seconds, and most tests start from « no reference ».
    monkeypatch.setenv("ESMS_DESKTOP_BUILTIN_FINESS", "")
    return home


@pytest.fixture
def db_path(tmp_path) -> Path:
    return tmp_path / "dossiers.sqlite"


def pytest_configure(config):
    config.addinivalue_line(
        "markers", "both_backends: the module's tests using db/db_url run on SQLite and on PostgreSQL"
    )


def pytest_generate_tests(metafunc):
    """Modules marked ``both_backends`` run every test that uses ``db``/``db_url`` on both databases."""
    if "db_backend" in metafunc.fixturenames and metafunc.definition.get_closest_marker("both_backends"):
        metafunc.parametrize("db_backend", ["sqlite", "postgresql"], indirect=True)


@pytest.fixture(scope="session")
def pg_server():
    """A throw-away PostgreSQL cluster (tests/pg_server.py) for the whole run, stopped at the end."""
    from pg_server import PgServer, find_bin_dir

    if find_bin_dir() is None:
        if os.environ.get("ESMS_REQUIRE_POSTGRESQL"):
            pytest.fail("PostgreSQL is not installed (Debian package postgresql)")
        pytest.skip("PostgreSQL is not installed (Debian package postgresql)")
    server = PgServer().start()
    yield server
    server.stop()


@pytest.fixture
def db_backend(request) -> str:
    return getattr(request, "param", "sqlite")


@pytest.fixture
def db_url(request, db_backend, db_path) -> str:
    """What ``--db`` is given: the SQLite file, or the URL of a fresh database on the test server."""
    if db_backend == "sqlite":
        yield str(db_path)
        return
    server = request.getfixturevalue("pg_server")
    name = server.create_database()
    yield server.url(name)
    server.drop_database(name)


@pytest.fixture
def db(db_url):
    from esms_desktop.storage.database import open_database

    database = open_database(db_url)
    yield database
    database.dispose()


def settle(qtbot_or_wizard, wizard=None, timeout: int = 15000) -> None:
    """Wait until the wizard's background reads and writes (ui/db_queue.py) are done and shown: opening,
    a step's data, an edit's store, the step states and the live check. ``settle(qtbot, wizard)`` or
    ``settle(wizard)``."""
    import time

    from PySide6.QtWidgets import QApplication

    wizard = wizard if wizard is not None else qtbot_or_wizard
    if wizard is None or not hasattr(wizard, "is_settled"):  # back on the list, or a member's wizard
        QApplication.processEvents()
        return
    deadline = time.monotonic() + timeout / 1000
    while not wizard.is_settled():
        assert time.monotonic() < deadline, "the wizard's background work did not end"
        QApplication.processEvents()
        time.sleep(0.002)
    QApplication.processEvents()


@pytest.fixture
def example_id(db) -> int:
    from esms_desktop.storage.dossier_file import import_file

    return import_file(db, EXAMPLE)


@pytest.fixture
def french(qapp):
    """The application in French, as users get it by default."""
    from esms_desktop import i18n

    assert i18n.install("fr"), "French catalogue missing"
    yield
    i18n.install("fr")


@pytest.fixture
def answer_modal(qtbot):
    """Drive the next modal dialog with real widgets: ``answer_modal(fn)`` before the click that opens it.

    ``fn(dialog)`` runs once the dialog is up (it fills fields, then accepts or rejects it).
    """
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication

    handled = []

    def arm(fn):
        def poll():
            dialog = QApplication.activeModalWidget()
            if dialog is None:
                QTimer.singleShot(10, poll)
                return
            handled.append(dialog)
            fn(dialog)

        QTimer.singleShot(0, poll)

    yield arm


def answer_box(qtbot, answer_modal, button: str | None = None) -> dict:
    """Arm the next message box: record its name, text and buttons (``seen``), click the button whose text
    is ``button`` (or its first one: the OK of a box that only says something)."""
    from PySide6.QtCore import Qt

    seen = {}

    def on_box(box):
        seen["name"], seen["text"] = box.objectName(), box.text()
        seen["buttons"] = {b.text() for b in box.buttons()}
        wanted = next(b for b in box.buttons() if button is None or b.text() == button)
        qtbot.mouseClick(wanted, Qt.MouseButton.LeftButton)

    answer_modal(on_box)
    return seen


@pytest.fixture
def main_window(qtbot, french, db_path):
    """A started main window on a fresh database, in French."""
    from esms_desktop.ui.main_window import MainWindow

    window = MainWindow(str(db_path))
    qtbot.addWidget(window)
    window.show()
    # active before the test types: keys and focus go to the active window (an earlier test's window may
    # still hold the focus for a moment on a busy machine)
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    assert window.start()
    return window
