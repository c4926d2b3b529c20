"""A stale save in the window: the user sees what the other person changed, then « Recharger » or
« Garder ma version »; a form saves only the fields it changed, so another person's other fields stay."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox, QInputDialog

from esms_desktop.storage.grappe import list_grappe, update_og

pytestmark = pytest.mark.usefixtures("french")


def _step(qtbot, db, dossier_id):
    from esms_desktop.ui.autosave import Autosaver
    from esms_desktop.ui.wizard.grappe_step import GrappeStep
    from esms_desktop.ui.wizard.step import WizardContext

    step = GrappeStep(WizardContext(db, dossier_id, Autosaver()))
    qtbot.addWidget(step)
    step.show()
    step.load()
    return step


def _ok(dialog):
    return dialog.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Ok)


def _select_first_og(step):
    step.tree.setCurrentItem(step.tree.topLevelItem(0))


def edit_og_name_while_someone_else_does(qtbot, db, example_id, answer_modal, choice):
    step = _step(qtbot, db, example_id)
    _select_first_og(step)
    og = list_grappe(db, example_id)[0]
    seen = {}

    def on_conflict(box):
        seen["text"] = box.text()
        seen["buttons"] = [b.text() for b in box.buttons()]
        wanted = "&Garder ma version" if choice == "keep" else "&Recharger"
        qtbot.mouseClick(next(b for b in box.buttons() if b.text() == wanted), Qt.MouseButton.LeftButton)

    def fill(dialog):
        # meanwhile, someone else renames this OG and changes its phone (another window, same database)
        update_og(db, og.id, og.version, og.values(), name="Leur nom", contact_phone="03 00 00 00 00")
        dialog.name_edit.setText("Mon nom")
        dialog.contact_email.setText("moi@exemple.fr")
        answer_modal(on_conflict)
        qtbot.mouseClick(_ok(dialog), Qt.MouseButton.LeftButton)

    answer_modal(fill)
    step.edit_selected()
    return seen, list_grappe(db, example_id)[0]


def test_keep_my_version(qtbot, db, example_id, answer_modal):
    seen, og = edit_og_name_while_someone_else_does(qtbot, db, example_id, answer_modal, "keep")
    assert "Quelqu'un d'autre a modifié ceci" in seen["text"]
    assert "• Nom : sa version « Leur nom », la vôtre « Mon nom »" in seen["text"]
    assert set(seen["buttons"]) == {"&Recharger", "&Garder ma version"}
    # mine where I chose to keep it; their phone (a field I did not touch) kept too
    assert (og.name, og.contact_email, og.contact_phone) == ("Mon nom", "moi@exemple.fr", "03 00 00 00 00")


def test_reload_takes_theirs(qtbot, db, example_id, answer_modal):
    _seen, og = edit_og_name_while_someone_else_does(qtbot, db, example_id, answer_modal, "reload")
    assert (og.name, og.contact_phone) == ("Leur nom", "03 00 00 00 00")
    assert og.contact_email != "moi@exemple.fr"  # nothing of the refused save was written


def test_rename_in_the_list_after_someone_else(qtbot, main_window, answer_modal, monkeypatch):
    from esms_desktop.storage.dossiers import get_dossier, rename_dossier

    main_window.open_example()
    dossier_id = main_window.wizard.dossier_id
    main_window.show_list()
    view = main_window.list_view
    view.refresh(dossier_id)
    shown = get_dossier(main_window.db, dossier_id).name

    def get_text(*args, **kwargs):
        rename_dossier(main_window.db, dossier_id, "Renommé par Camille")  # the other person, meanwhile
        return "Mon nouveau nom", True

    monkeypatch.setattr(QInputDialog, "getText", staticmethod(get_text))
    seen = {}

    def on_conflict(box):
        seen["text"] = box.text()
        qtbot.mouseClick(next(b for b in box.buttons() if b.text() == "&Recharger"), Qt.MouseButton.LeftButton)

    answer_modal(on_conflict)
    view.rename()
    assert view.busy and view.status_label.text().startswith("Renommage de « ")  # said while it runs
    qtbot.waitUntil(lambda: "text" in seen)  # the rename refused in the background, asked here
    qtbot.waitUntil(lambda: not view.busy)
    assert view.model.index(view.model.row_of(dossier_id), 0).data() == "Renommé par Camille"  # theirs shown
    assert "Nom du dossier : sa version « Renommé par Camille », la vôtre « Mon nouveau nom »" in seen["text"]
    assert get_dossier(main_window.db, dossier_id).name == "Renommé par Camille" != shown


def test_rename_in_the_list_after_someone_else_keep_mine(qtbot, main_window, answer_modal, monkeypatch):
    from esms_desktop.storage.dossiers import get_dossier, rename_dossier

    main_window.open_example()
    dossier_id = main_window.wizard.dossier_id
    main_window.show_list()
    view = main_window.list_view
    view.refresh(dossier_id)

    def get_text(*args, **kwargs):
        rename_dossier(main_window.db, dossier_id, "Renommé par Camille")  # the other person, meanwhile
        return "Mon nouveau nom", True

    monkeypatch.setattr(QInputDialog, "getText", staticmethod(get_text))
    seen = {}

    def on_conflict(box):
        seen["text"] = box.text()
        qtbot.mouseClick(next(b for b in box.buttons() if b.text() == "&Garder ma version"), Qt.MouseButton.LeftButton)

    answer_modal(on_conflict)
    view.rename()
    qtbot.waitUntil(lambda: "text" in seen)
    qtbot.waitUntil(lambda: not view.busy and get_dossier(main_window.db, dossier_id).name == "Mon nouveau nom")
    qtbot.waitUntil(lambda: view.model.index(view.model.row_of(dossier_id), 0).data() == "Mon nouveau nom")
