"""Messages a director understands (issue 21): JSON errors in French with line and column, field paths
said in words, through the real « Fichier ▸ Importer » of the window."""

from __future__ import annotations

import json

import pytest
from PySide6.QtWidgets import QMessageBox

from esms_desktop import i18n
from esms_desktop.field_paths import describe_path

from conftest import EXAMPLE


@pytest.fixture
def warnings(monkeypatch):
    shown = []
    monkeypatch.setattr(QMessageBox, "warning", lambda _p, title, text, *a, **k: shown.append((title, text)))
    return shown


def test_a_broken_json_file_is_explained_in_french_with_its_place(main_window, tmp_path, warnings):
    broken = tmp_path / "grappe.esms"
    broken.write_text('{\n  "format": "esms-desktop/dossier",\n  "dossier": {"name": "x",}\n}\n', encoding="utf-8")
    assert main_window.import_dossier(str(broken)) is None
    title, text = warnings[0]
    assert title == "Import refusé"
    assert "ligne 3, colonne 27" in text  # the « } » after the comma
    assert "un nom de champ entre guillemets droits était attendu" in text
    assert "Expecting" not in text and "double quotes" not in text


@pytest.mark.parametrize("text, reason", [
    ('{"a": 1', "une virgule était attendue"),
    ('', "une valeur était attendue"),
    ('{"a": "abc', "un texte entre guillemets n'est pas refermé"),
    ('{"a": 1} x', "quelque chose suit la fin des données"),
])
def test_every_json_error_reads_french(main_window, tmp_path, warnings, text, reason):
    path = tmp_path / "f.json"
    path.write_text(text, encoding="utf-8")
    main_window.import_dossier(str(path))
    assert reason in warnings[0][1] and "Expecting" not in warnings[0][1]


def test_a_refused_field_is_named_for_people(main_window, tmp_path, warnings):
    data = json.loads(EXAMPLE.read_text(encoding="utf-8"))
    data["dossier"]["ogs"][0]["essms"][2]["finess_et"] = "89000592X"
    path = tmp_path / "bad.json"
    path.write_text(json.dumps(data), encoding="utf-8")
    main_window.import_dossier(str(path))
    text = warnings[0][1]
    assert "OG « Association Charles de Foucauld (Yonne) », 3e ESSMS, FINESS ET" in text
    assert "dossier.ogs" not in text and "finess_et" not in text


def test_paths_in_words(qapp, french):
    data = json.loads(EXAMPLE.read_text(encoding="utf-8"))
    said = lambda path: i18n.render(describe_path(path, data))  # noqa: E731
    assert said("dossier.ogs[0].essms[0].persons_accompanied") == (
        "OG « Association Charles de Foucauld (Yonne) », 1er ESSMS, file active (personnes accompagnées)")
    assert said("dossier.budget.expenses[1].amount") == "budget, 2e dépense, montant"
    assert said("dossier.planning[0].depends_on").startswith("tâche « ") and said("dossier.planning[0]").endswith("»")
    assert said("dossier.documents[0].content") == "1re pièce, contenu"
    assert said("dossier.people[2]") == "3e personne"
    assert said("dossier.ogs[9].finess_ej") == "10e OG, FINESS EJ"  # beyond the file: by its rank
    assert said("dossier.mystery") == "champ « mystery »"
    assert said("dossier") == "l'ensemble du dossier"
    i18n.install("en")
    try:
        assert said("dossier.ogs[1].essms[2].finess_et") == "OG « Les Papillons Blancs de Mâcon », ESSMS no. 3, FINESS ET"
    finally:
        i18n.install("fr")
