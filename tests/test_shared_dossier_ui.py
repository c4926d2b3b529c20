"""A dossier open on a server: the window says who else is in it (« … modifie ce dossier depuis 10:42 »),
opens it read-only or takes over, and shows another person's change within a few seconds without
touching what is being typed."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import Qt

from esms_desktop.storage import presence


@pytest.fixture
def server_window(qtbot, french, pg_server, monkeypatch):
    from esms_desktop.ui import shared_dossier
    from esms_desktop.ui.main_window import MainWindow

    monkeypatch.setattr(shared_dossier, "POLL_SECONDS", 0.2)
    name = pg_server.create_database()
    window = MainWindow(pg_server.url(name))  # not qtbot.addWidget: deleted here, before the cluster stops
    window.show()
    assert window.start()
    from conftest import EXAMPLE

    from esms_desktop.storage.dossier_file import import_file

    dossier_id = import_file(window.db, EXAMPLE)
    window.list_view.refresh(dossier_id)
    yield window, dossier_id
    from PySide6.QtCore import QCoreApplication, QEvent

    window.show_list()  # stops the live check
    window.close()
    window.deleteLater()
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    pg_server.drop_database(name)


def _someone_else_opens(window, dossier_id):
    since = dt.datetime.now(dt.timezone.utc).replace(hour=9, minute=42, second=0, microsecond=0, tzinfo=None)
    presence.claim(window.db, dossier_id, "Camille Durand", client_id="camille", now=since)
    presence.heartbeat(window.db, dossier_id, client_id="camille")
    return since


def _click(qtbot, box, text):
    qtbot.mouseClick(next(b for b in box.buttons() if b.text() == text), Qt.MouseButton.LeftButton)


def test_read_only_when_someone_else_edits(qtbot, server_window, answer_modal):
    from esms_desktop import formatting

    window, dossier_id = server_window
    since = _someone_else_opens(window, dossier_id)
    seen = {}

    def on_box(box):
        seen["text"] = box.text()
        _click(qtbot, box, "Ouvrir en &lecture seule")

    answer_modal(on_box)
    window.open_dossier(dossier_id)
    qtbot.waitUntil(lambda: window.shared is not None, timeout=30000)  # asked once the presence is read
    local = formatting.local(since.replace(tzinfo=dt.timezone.utc)).strftime("%H:%M")
    assert seen["text"] == f"Camille Durand modifie ce dossier depuis {local}."
    assert window.wizard is not None and not window.wizard.stack.isEnabled()
    assert window.shared_banner.text() == f"Lecture seule : Camille Durand modifie ce dossier depuis {local}."
    assert presence.holder(window.db, dossier_id).user_name == "Camille Durand"  # their hold untouched


def test_take_over(qtbot, server_window, answer_modal, monkeypatch):
    from esms_desktop.ui import shared_dossier

    monkeypatch.setattr(shared_dossier, "user_name", lambda: "Dominique Petit")
    window, dossier_id = server_window
    _someone_else_opens(window, dossier_id)
    answer_modal(lambda box: _click(qtbot, box, "&Prendre la main"))
    window.open_dossier(dossier_id)
    qtbot.waitUntil(lambda: window.shared is not None, timeout=30000)
    assert window.wizard.stack.isEnabled()
    assert presence.holder(window.db, dossier_id).user_name == "Dominique Petit"
    assert presence.heartbeat(window.db, dossier_id, client_id="camille") is False  # Camille's window learns it
    window.show_list()
    assert presence.holder(window.db, dossier_id) is None  # released on closing


def test_another_persons_change_shows_within_seconds(qtbot, server_window):
    from esms_desktop.storage import grappe
    from esms_desktop.storage.dossiers import rename_dossier

    window, dossier_id = server_window
    window.open_dossier(dossier_id)
    qtbot.waitUntil(lambda: window.shared is not None, timeout=30000)
    step = window.wizard.current_step()
    assert step.key == "projet"
    og = grappe.list_grappe(window.db, dossier_id)[0]
    rename_dossier(window.db, dossier_id, "Renommé par Camille")  # another person, another machine
    qtbot.waitUntil(lambda: step.name_edit.text() == "Renommé par Camille", timeout=8000)
    qtbot.waitUntil(lambda: "Renommé par Camille" in window.windowTitle(), timeout=8000)
    # while typing (a change not yet saved), a remote change waits: what is typed stays
    step.name_edit.setFocus()
    qtbot.keyClicks(step.name_edit, " et je tape")
    assert window.wizard.autosaver.has_pending()
    grappe.update_og(window.db, og.id, name="Autre changement")
    qtbot.wait(1500)  # their change seen, the reload waits for the typed text to be saved
    assert step.name_edit.text() == "Renommé par Camille et je tape"
    assert step.name_edit.cursorPosition() == len("Renommé par Camille et je tape")
