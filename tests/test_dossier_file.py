"""The dossier file format: round trip, the example, and all-or-nothing refusals naming the field."""

from __future__ import annotations

import copy
import json

import pytest

from esms_desktop.storage import dossier_file
from esms_desktop.storage.dossier_file import DossierConflict, dumps, export_dossier, import_dossier
from esms_desktop.storage.dossiers import list_dossiers
from esms_desktop.storage.errors import DossierFileError
from pathlib import Path

pytestmark = pytest.mark.both_backends

EXAMPLE = Path(__file__).resolve().parent.parent / "resources" / "examples" / "exemple-grappe-bfc.json"


def test_example_has_four_ogs_sixteen_essms_in_bfc(db, example_id):
    data = export_dossier(db, example_id)["dossier"]
    assert data["region"] == "27"  # Bourgogne-Franche-Comté
    assert len(data["ogs"]) == 4
    assert sum(len(og["essms"]) for og in data["ogs"]) == 16
    sectors = {e["sector"] for og in data["ogs"] for e in og["essms"]}
    assert sectors == {"PA", "PH"}
    assert [og["is_porteur"] for og in data["ogs"]].count(True) == 1


def test_export_import_export_gives_the_same_file(db, example_id, tmp_path):
    from esms_desktop.storage.database import open_database

    first = dumps(export_dossier(db, example_id))
    other = open_database(str(tmp_path / "other.sqlite"))
    new_id = import_dossier(other, json.loads(first))
    assert dumps(export_dossier(other, new_id)) == first
    # and the file on disk is the same text as the example shipped
    assert first == EXAMPLE.read_text(encoding="utf-8")


def _count(db) -> int:
    return len(list_dossiers(db))


@pytest.mark.parametrize(
    "mutate, path",
    [
        (lambda d: d["dossier"].pop("name"), "dossier.name"),
        (lambda d: d["dossier"].update(campaign_year="2024"), "dossier.campaign_year"),
        (lambda d: d["dossier"].update(project_type="achat"), "dossier.project_type"),
        (lambda d: d["dossier"]["ogs"][2]["essms"][1].update(persons_accompanied=-3), "dossier.ogs[2].essms[1].persons_accompanied"),
        (lambda d: d["dossier"]["ogs"][1].update(finess_ej="71000054"), "dossier.ogs[1].finess_ej"),
        (lambda d: d["dossier"]["ogs"][0]["essms"][3].update(unknown_field=1), "dossier.ogs[0].essms[3]"),
    ],
)
def test_invalid_field_is_named_and_nothing_imported(db, mutate, path):
    data = json.loads(EXAMPLE.read_text(encoding="utf-8"))
    mutate(data)
    with pytest.raises(DossierFileError) as info:
        import_dossier(db, data)
    assert info.value.path == path
    from esms_desktop.field_paths import describe_path

    assert str(describe_path(path, data)) in str(info.value)  # said in words (issue 21), path kept apart
    assert _count(db) == 0


def test_wrong_finess_key_is_named(db):
    data = json.loads(EXAMPLE.read_text(encoding="utf-8"))
    data["dossier"]["ogs"][3]["essms"][0]["finess_et"] = "250011872"  # last digit off by one
    with pytest.raises(DossierFileError) as info:
        import_dossier(db, data)
    assert info.value.path == "dossier.ogs[3].essms[0].finess_et"
    assert _count(db) == 0


def test_not_json_and_not_ours(db, tmp_path):
    broken = tmp_path / "broken.json"
    broken.write_text('{"format": "esms-desktop/dossier", ', encoding="utf-8")
    with pytest.raises(DossierFileError) as info:
        dossier_file.import_file(db, broken)
    assert "line 1" in str(info.value)
    with pytest.raises(DossierFileError):
        import_dossier(db, {"format": "autre-chose"})
    with pytest.raises(DossierFileError):
        import_dossier(db, [1, 2, 3])
    assert _count(db) == 0


def test_newer_format_is_refused(db):
    data = json.loads(EXAMPLE.read_text(encoding="utf-8"))
    data["format_version"] = 99
    with pytest.raises(DossierFileError) as info:
        import_dossier(db, data)
    assert "newer version" in str(info.value)


def test_same_dossier_twice_conflict_copy_replace(db, example_id):
    data = json.loads(EXAMPLE.read_text(encoding="utf-8"))
    with pytest.raises(DossierConflict) as info:
        import_dossier(db, copy.deepcopy(data))
    assert info.value.existing_id == example_id
    assert _count(db) == 1
    copy_id = import_dossier(db, copy.deepcopy(data), on_conflict="copy")
    assert _count(db) == 2 and copy_id != example_id
    data["dossier"]["name"] = "Remplacé"
    replaced = import_dossier(db, data, on_conflict="replace")
    names = sorted(d.name for d in list_dossiers(db))
    assert names == sorted(["Remplacé", export_dossier(db, copy_id)["dossier"]["name"]])
    assert export_dossier(db, replaced)["dossier"]["uid"] == data["dossier"]["uid"]


def test_failure_midway_leaves_database_unchanged(db, monkeypatch):
    """All-or-nothing: an error while writing rows rolls the whole import back."""
    from esms_desktop.storage import models

    data = json.loads(EXAMPLE.read_text(encoding="utf-8"))
    original = models.Essms.__init__
    calls = {"n": 0}

    def failing_init(self, *args, **kwargs):
        calls["n"] += 1
        if calls["n"] == 10:
            raise RuntimeError("disk full")
        original(self, *args, **kwargs)

    monkeypatch.setattr(models.Essms, "__init__", failing_init)
    with pytest.raises(RuntimeError):
        import_dossier(db, data)
    monkeypatch.undo()
    assert _count(db) == 0


def test_export_file_is_written_whole(db, example_id, tmp_path, monkeypatch):
    target = tmp_path / "export.json"
    target.write_text("ancien contenu", encoding="utf-8")
    monkeypatch.setattr(dossier_file, "dumps", lambda data: (_ for _ in ()).throw(OSError(28, "No space left")))
    with pytest.raises(OSError):
        dossier_file.export_to_file(db, example_id, target)
    assert target.read_text(encoding="utf-8") == "ancien contenu"
    assert [p.name for p in tmp_path.iterdir() if p.name.startswith(".export")] == []


def _full_dossier() -> dict:
    """The example with every section filled, cross-references included."""
    import base64
    import hashlib

    data = json.loads(EXAMPLE.read_text(encoding="utf-8"))
    d = data["dossier"]
    d["ogs"][1]["maturity"] = {
        "variant": "direction", "questionnaire_id": "maturite-direction", "questionnaire_version": "1.0.0",
        "respondent": "Sophie Lambert", "answered_on": "2024-03-12", "answers": {"dir.secu.01": 2, "dir.gouv.01": "nsp"},
    }
    d["needs"] = [
        {"kind": "formation", "label": "Formation au DUI", "audience": "Éducateurs", "people": 40, "days": 2.0,
         "quantity": None, "unit_cost": 350, "essms": None, "equipment_type": "", "from_action": None},
        {"kind": "materiel", "label": "Tablettes", "audience": "", "people": None, "days": None, "quantity": 6,
         "unit_cost": 450, "essms": [1, 3], "equipment_type": "tablette", "from_action": "equipement"},
    ]
    d["budget"] = {
        "expenses": [{"category": "formation", "label": "Formation", "year": 2025, "amount": 28000, "need": 0},
                     {"category": "amoa", "label": "AMOA", "year": 2024, "amount": 45000, "need": None}],
        "revenues": [{"kind": "own_funds", "funder": "", "label": "Fonds propres", "year": 2025, "amount": 20000,
                      "quote_ref": ""}],
    }
    d["planning"] = [
        {"key": "cadrage", "title": "Cadrage", "phase": "Cadrage", "start": "2024-10-01", "end": "2024-11-30",
         "milestone": False, "depends_on": [], "owner": "Julien Perrot", "wave": None, "wave_essms": [], "role": ""},
        {"key": "deploiement_1", "title": "Vague 1", "phase": "Déploiement", "start": "2025-03-01",
         "end": "2025-06-30", "milestone": False, "depends_on": ["cadrage"], "owner": "", "wave": 1,
         "wave_essms": ["890000102", "890004369"], "role": "deployment"},
    ]
    d["communication"] = [{"audience": "professionnels", "message": "Lancement", "channel": "Réunion",
                           "date": "2024-10-15", "owner": "Claire Martin"}]
    content = b"%PDF-1.4 RIB"
    d["documents"] = [{"kind": "rib", "og": 0, "label": "RIB du porteur", "file_name": "rib.pdf",
                       "sha256": hashlib.sha256(content).hexdigest(), "size": len(content),
                       "added_at": "2024-05-02T10:00:00", "content": base64.b64encode(content).decode()}]
    return data


def test_every_section_survives_the_round_trip(db, tmp_path):
    from esms_desktop.storage.database import open_database

    data = _full_dossier()
    first_id = import_dossier(db, copy.deepcopy(data))
    first = dumps(export_dossier(db, first_id))
    assert json.loads(first)["dossier"] == data["dossier"]
    other = open_database(str(tmp_path / "other.sqlite"))
    assert dumps(export_dossier(other, import_dossier(other, json.loads(first)))) == first


@pytest.mark.parametrize(
    "mutate, path",
    [
        (lambda d: d["ogs"][0]["essms"][0].update(referent=99), "dossier.ogs[0].essms[0].referent"),
        (lambda d: d["needs"][1].update(essms=[1, 9]), "dossier.needs[1].essms"),
        (lambda d: d["budget"]["expenses"][0].update(need=5), "dossier.budget.expenses[0].need"),
        (lambda d: d["planning"][1].update(depends_on=["inconnue"]), "dossier.planning[1].depends_on"),
        (lambda d: d["documents"][0].update(og=4), "dossier.documents[0].og"),
        (lambda d: d["documents"][0].update(content="SGVsbG8="), "dossier.documents[0].content"),
        (lambda d: d["budget"]["expenses"][1].update(amount=-5), "dossier.budget.expenses[1].amount"),
    ],
)
def test_broken_cross_references_are_refused(db, mutate, path):
    data = _full_dossier()
    mutate(data["dossier"])
    with pytest.raises(DossierFileError) as info:
        import_dossier(db, data)
    assert info.value.path == path
    assert _count(db) == 0


def test_a_planning_that_loops_is_refused(db):
    data = _full_dossier()
    data["dossier"]["planning"][0]["depends_on"] = ["deploiement_1"]  # cadrage <- vague 1 <- cadrage
    with pytest.raises(DossierFileError) as info:
        import_dossier(db, data)
    assert info.value.path == "dossier.planning[0].depends_on"
    assert _count(db) == 0


def test_shift_with_cascade_stops_on_a_loop():
    import datetime as dt

    from esms_desktop.rules.planning.schedule import Task, shift_task

    a = Task("a", "A", "p", dt.date(2025, 1, 1), dt.date(2025, 1, 10), depends_on=("b",))
    b = Task("b", "B", "p", dt.date(2025, 1, 11), dt.date(2025, 1, 20), depends_on=("a",))
    moved = shift_task([a, b], "a", dt.date(2025, 2, 1), cascade=True)  # must return, not spin
    assert moved[0].start == dt.date(2025, 2, 1)


def test_a_campaign_without_rules_is_refused(db):
    data = json.loads(EXAMPLE.read_text(encoding="utf-8"))
    data["dossier"]["campaign_year"] = 2030
    with pytest.raises(DossierFileError) as info:
        import_dossier(db, data)
    assert info.value.path == "dossier.campaign_year" and "2024" in str(info.value)
    assert _count(db) == 0


def test_refusals_read_french(db, french):
    from esms_desktop.i18n import render

    data = json.loads(EXAMPLE.read_text(encoding="utf-8"))
    data["dossier"]["ogs"][0]["essms"][0]["finess_et"] = "890000103"  # wrong check key
    with pytest.raises(DossierFileError) as info:
        import_dossier(db, data)
    text = render(info.value.message)
    assert "clé de contrôle" in text and "check key" not in text
    data = json.loads(EXAMPLE.read_text(encoding="utf-8"))
    data["dossier"]["budget"]["expenses"][0]["amount"] = -500
    with pytest.raises(DossierFileError) as info:
        import_dossier(db, data)
    assert render(info.value.message).startswith("Le champ budget, 1re dépense, montant n'est pas valide : -500 est inférieur au minimum 0")


def test_galis_entry_and_finess_spelling_survive_the_round_trip(db, tmp_path):
    # GIVEN a dossier entered in GALIS on 12/09/2024, one ESSMS named in the user's spelling beside FINESS'
    from esms_desktop.rules.dossier import Dossier
    from esms_desktop.storage.database import open_database
    from esms_desktop.storage.loader import load_dossier

    data = _full_dossier()
    data["dossier"]["galis_entered_on"] = "2024-09-12"
    essms = data["dossier"]["ogs"][0]["essms"][0]
    essms["finess_name"], essms["name"] = "FOYER D HEBERGEMENT LES TILLEULS", "Foyer d'hébergement Les Tilleuls"
    # WHEN it is imported, exported, and imported again elsewhere
    first_id = import_dossier(db, copy.deepcopy(data))
    first = dumps(export_dossier(db, first_id))
    # THEN both fields are in the file as given, the typed dossier reads them, and the file is the same
    assert json.loads(first)["dossier"] == data["dossier"]
    typed = load_dossier(db, first_id)
    assert str(typed.galis_entered_on) == "2024-09-12"
    assert typed.ogs[0].essms[0].finess_name == "FOYER D HEBERGEMENT LES TILLEULS"
    assert typed.to_file()["galis_entered_on"] == "2024-09-12"
    assert Dossier.from_file(json.loads(first)).galis_entered_on == typed.galis_entered_on
    other = open_database(str(tmp_path / "other.sqlite"))
    assert dumps(export_dossier(other, import_dossier(other, json.loads(first)))) == first
    # and a file without them (older) still imports: not entered, no FINESS spelling
    del data["dossier"]["galis_entered_on"], essms["finess_name"]
    plain = load_dossier(db, import_dossier(db, data, on_conflict="copy"))
    assert plain.galis_entered_on is None and plain.ogs[0].essms[0].finess_name == ""
