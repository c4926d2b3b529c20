"""Connecting the window to a PostgreSQL server through « Se connecter à un serveur… »: each bad situation
gets its French message in the window (never stuck on « Ouverture des dossiers… »), the password never
shown; a good server shows its name in the title bar and the About box."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QMessageBox

from pg_server import PASSWORD, USER, free_port


@pytest.fixture
def critical(monkeypatch):
    shown = []
    monkeypatch.setattr(QMessageBox, "critical", staticmethod(lambda parent, title, text, *a: shown.append(text)))
    return shown


@pytest.fixture
def memory_keyring():
    import keyring
    from keyring.backend import KeyringBackend

    class Memory(KeyringBackend):
        priority = 1

        def __init__(self):
            super().__init__()
            self.kept = {}

        def get_password(self, service, username):
            return self.kept.get((service, username))

        def set_password(self, service, username, password):
            self.kept[(service, username)] = password

        def delete_password(self, service, username):
            self.kept.pop((service, username), None)

    previous = keyring.get_keyring()
    backend = Memory()
    keyring.set_keyring(backend)
    yield backend
    keyring.set_keyring(previous)


def connect(main_window, answer_modal, qtbot, port, database, password, keep=False):
    def fill(dialog):
        dialog.host.setText("127.0.0.1")
        dialog.port.setValue(port)
        dialog.database.setText(database)
        dialog.user.setText(USER)
        dialog.password_edit.setText(password)
        dialog.keep.setChecked(keep)
        dialog.accept()

    answer_modal(fill)
    return main_window.connect_to_server()


def test_unreachable_server_is_said_in_french(main_window, answer_modal, qtbot, critical):
    assert not connect(main_window, answer_modal, qtbot, free_port(), "dossiers", "pw-secret")
    label = main_window.status_label.text()
    assert "ne peut pas être joint" in label and "pw-secret" not in label
    assert critical and "ne peut pas être joint" in critical[0]
    assert main_window.connect_action.isEnabled()  # the user can try again


def test_wrong_password(main_window, answer_modal, qtbot, critical, pg_server):
    name = pg_server.create_database()
    assert not connect(main_window, answer_modal, qtbot, pg_server.port, name, "not-this-one")
    assert "a refusé le nom d'utilisateur ou le mot de passe" in main_window.status_label.text()
    assert "not-this-one" not in main_window.status_label.text() + main_window.windowTitle()
    pg_server.drop_database(name)


def test_newer_schema_and_foreign_database(main_window, answer_modal, qtbot, critical, pg_server):
    from esms_desktop.storage.database import open_database

    newer = pg_server.create_database()
    open_database(pg_server.url(newer)).dispose()
    pg_server.execute("UPDATE alembic_version SET version_num = '0099'", newer)
    assert not connect(main_window, answer_modal, qtbot, pg_server.port, newer, PASSWORD)
    assert "écrite par une version plus récente" in main_window.status_label.text()
    foreign = pg_server.create_database()
    pg_server.execute("CREATE TABLE patients (id int)", foreign)
    assert not connect(main_window, answer_modal, qtbot, pg_server.port, foreign, PASSWORD)
    assert "autre application (patients)" in main_window.status_label.text()
    pg_server.drop_database(newer)
    pg_server.drop_database(foreign)


def test_good_server_named_in_title_and_about(main_window, answer_modal, qtbot, critical, pg_server, memory_keyring):
    name = pg_server.create_database()
    assert connect(main_window, answer_modal, qtbot, pg_server.port, name, PASSWORD, keep=True)
    server = f"{USER}@127.0.0.1:{pg_server.port}/{name}"
    assert main_window.windowTitle() == f"esms-desktop — {server}"
    assert memory_keyring.kept == {("esms-desktop", server): PASSWORD}
    from esms_desktop.ui.settings import settings

    assert PASSWORD not in open(settings().fileName(), encoding="utf-8").read()
    from esms_desktop.ui.about_dialog import AboutDialog

    about = AboutDialog(main_window, main_window.db.path, server=main_window.db.server)
    assert about.db_path_label.text() == server and about.db_caption.text() == "Dossiers sur le serveur :"
    # next time the dialog comes filled, the password from the keyring
    from esms_desktop.ui.connect_dialog import ConnectDialog

    again = ConnectDialog(main_window)
    assert again.password_edit.text() == PASSWORD and again.keep.isChecked()
    assert "répertoire FINESS reste sur cet ordinateur" in again.help.text()
    main_window.db.dispose()
    pg_server.drop_database(name)
