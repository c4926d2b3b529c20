"""ESSMS names in the user's spelling, FINESS' kept as the reference (issue 17): the look-up proposes a
readable form, editable; the dialog shows FINESS' spelling beside it and stores both; the pack prints the
user's."""

from __future__ import annotations

import datetime as dt

import pytest

from PySide6.QtWidgets import QDialogButtonBox

from esms_desktop.paths import resource_path
from esms_desktop.rules.identity.names import readable_name
from esms_desktop.storage import finess_reference


@pytest.mark.parametrize("raw, readable", [
    # the apostrophes FINESS drops, before a vowel or an h; accents of the common words back
    ("FOYER D HEBERGEMENT LES TILLEULS", "Foyer d'hébergement Les Tilleuls"),
    ("CENTRE D ACTIVITE DE JOUR", "Centre d'activité de jour"),
    ("EHPAD L ARCHE", "EHPAD L'Arche"),  # « L » before a name: the name's article, capitalised
    ("SSIAD DU PAYS D HUISNE", "SSIAD du Pays d'Huisne"),
    ("SESSAD DEFICIENCE INTELLECTUELLE", "SESSAD déficience intellectuelle"),
    # « D » before a consonant is no elision; acronyms stay in capitals, places and people capitalised
    ("FOYER DE VIE MASSANGIS JOIE DE VIVRE", "Foyer de vie Massangis Joie de Vivre"),
    ("SAVS CHARLES DE FOUCAULD", "SAVS Charles de Foucauld"),
    ("MAISON D ACCUEIL SPECIALISEE (MAS) ST-JEAN", "Maison d'accueil spécialisée (MAS) St-Jean"),
    ("IME D SITE", "IME D Site"),  # « D » before a consonant: left alone
    # a name with small letters is already the user's: kept as it is
    ("Foyer d'hébergement « Les Tilleuls »", "Foyer d'hébergement « Les Tilleuls »"),
])
def test_readable_name(raw, readable):
    assert readable_name(raw) == readable


def _ok(dialog):
    return dialog.buttons.button(QDialogButtonBox.StandardButton.Ok)


def test_the_look_up_proposes_the_readable_name_and_keeps_finess_beside_it(qtbot, db):
    from esms_desktop.storage import grappe
    from esms_desktop.storage.dossiers import create_dossier
    from esms_desktop.ui.wizard.essms_form import EssmsDialog

    finess_reference.import_extract(resource_path("finess", "sample-extract.csv"), finess_reference.default_db_path())
    dialog = EssmsDialog(og_finess_ej="890001548")
    qtbot.addWidget(dialog)
    dialog.show()
    # WHEN the user picks « FOYER DE VIE MASSANGIS JOIE DE VIVRE » (890000102) in the look-up
    dialog.apply_record(finess_reference.get(finess_reference.default_db_path(), "890000102"))
    # THEN the name field proposes the readable form, and FINESS' spelling is shown under it as the reference
    assert dialog.name_edit.text() == "Foyer de vie Massangis Joie de Vivre"
    assert dialog.finess_name_label.isVisible()
    assert "FOYER DE VIE MASSANGIS JOIE DE VIVRE" in dialog.finess_name_label.text()
    # the user edits it; both spellings are stored
    dialog.name_edit.setText("Foyer de vie « Joie de vivre », Massangis")
    values = dialog.values()
    assert values["name"] == "Foyer de vie « Joie de vivre », Massangis"
    assert values["finess_name"] == "FOYER DE VIE MASSANGIS JOIE DE VIVRE"
    dossier_id = create_dossier(db, "Essai", 2024)
    og_id = grappe.add_og(db, dossier_id, finess_ej="890001548", name="Charles de Foucauld", is_porteur=True)
    grappe.add_essms(db, og_id, **values)
    stored = grappe.list_grappe(db, dossier_id)[0].essms[0]
    assert stored.name == "Foyer de vie « Joie de vivre », Massangis"
    assert stored.finess_name == "FOYER DE VIE MASSANGIS JOIE DE VIVRE"
    # and reopened, the dialog shows FINESS' spelling again, the user's in the field
    again = EssmsDialog(values=stored.values(), og_finess_ej="890001548")
    qtbot.addWidget(again)
    again.show()
    assert again.name_edit.text() == stored.name
    assert "FOYER DE VIE MASSANGIS JOIE DE VIVRE" in again.finess_name_label.text()
    assert "now spells it" not in again.finess_name_label.text()  # same as the reference today
    assert _ok(again).isEnabled()
    # and the pack prints the user's spelling, never FINESS'
    from esms_desktop.reports.snapshot import build_pack_snapshot
    from esms_desktop.storage.loader import load_dossier

    snapshot = build_pack_snapshot(load_dossier(db, dossier_id), today=dt.date(2024, 5, 10))
    assert snapshot.essms[0].name == "Foyer de vie « Joie de vivre », Massangis"


def test_a_reference_that_spells_it_otherwise_now_is_said(qtbot):
    from esms_desktop.ui.wizard.essms_form import EssmsDialog

    finess_reference.import_extract(resource_path("finess", "sample-extract.csv"), finess_reference.default_db_path())
    values = {"finess_et": "890000102", "name": "Foyer de vie", "finess_name": "FOYER DE VIE DE MASSANGIS"}
    dialog = EssmsDialog(values=values, og_finess_ej="890001548")
    qtbot.addWidget(dialog)
    dialog.show()
    text = dialog.finess_name_label.text()
    assert "FOYER DE VIE DE MASSANGIS" in text and "FOYER DE VIE MASSANGIS JOIE DE VIVRE" in text
    assert dialog.values()["finess_name"] == "FOYER DE VIE DE MASSANGIS"  # the reference stays as looked up
    # another number: its FINESS spelling no longer applies
    dialog.finess.setText("710785262")
    assert dialog.values()["finess_name"] == ""
