"""Planning and communication services (issue 7), and the planning read from the dossier dict.

Dates computed by hand from resources/planning/templates.json (durations) and DOMAIN.md (18 / 9 months,
2024 regional window 15/01/2024 - 15/09/2024).
"""

from __future__ import annotations

import datetime as dt
import json

import pytest

from esms_desktop.rules.planning.communication import communication_gaps
from esms_desktop.rules.planning.plan import (
    check_dossier_plan,
    dependants,
    distribute_waves,
    filing_scope,
    grappe_essms,
    has_cycle,
    task_to_dict,
    tasks_from_dossier,
)
from esms_desktop.storage import communication, planning
from esms_desktop.storage.dossier_file import export_dossier
from esms_desktop.storage.loader import load_dossier
from esms_desktop.storage.dossiers import create_dossier, get_dossier
from esms_desktop.storage.errors import NotFoundError

from conftest import EXAMPLE

pytestmark = pytest.mark.both_backends

D = dt.date


def keys(findings):
    return {f.key: f.severity for f in findings}


def test_distribute_waves_cuts_in_order_first_waves_larger():
    essms = [f"E{i}" for i in range(16)]
    waves = distribute_waves(essms, 3)
    assert [len(w) for w in waves] == [6, 5, 5]  # 16 = 6 + 5 + 5
    assert sum(waves, []) == essms
    assert distribute_waves(["A"], 3) == [["A"], [], []]
    assert distribute_waves(["A", "B"], 0) == [["A", "B"]]


def test_example_planning_passes_its_checks():
    data = json.loads(EXAMPLE.read_text(encoding="utf-8"))
    check = check_dossier_plan(data)
    assert check.scope == "regional"  # 16 ESSMS, all in Bourgogne-Franche-Comté
    assert len(check.essms) == 16 and list(check.essms)[0] == "890000102"  # porteur's first
    assert not [f for f in check.findings if f.severity in ("blocking", "warning")]
    found = keys(check.findings)
    assert found["planning.filing_in_window"] == "info"  # 28/05/2024 within 15/01 - 15/09/2024
    assert found["planning.duration_ok"] == "info"
    assert check.start == D(2024, 10, 1)
    # acquisition from 01/10/2024, three waves: last deployment 01/11/2025 + 6 weeks = 13/12/2025
    assert check.deployment_end == D(2025, 12, 13)
    assert check.limit == D(2026, 4, 1)  # 18 months after the start
    waves = {t.wave: t.wave_essms for t in check.tasks if t.role == "deployment"}
    assert [len(waves[n]) for n in (1, 2, 3)] == [4, 4, 8]
    assert sorted(sum(waves.values(), ())) == sorted(check.essms)
    audiences = {a["audience"] for a in data["dossier"]["communication"]}
    assert audiences == {"professionnels", "partenaires", "usagers_familles"}


def test_tasks_round_trip_through_the_file_shape():
    data = json.loads(EXAMPLE.read_text(encoding="utf-8"))
    tasks = tasks_from_dossier(data)
    assert [task_to_dict(t) for t in tasks] == data["dossier"]["planning"]


def test_scope_multi_regional_and_national():
    from esms_desktop.rules.campaign import load_campaign

    campaign = load_campaign(2024)
    og = {"is_porteur": True, "finess_ej": "890001548", "name": "OG",
          "essms": [{"finess_et": f"89{i:07d}", "name": "x", "department": "89"} for i in range(10)]
          + [{"finess_et": f"75{i:07d}", "name": "y", "department": "75"} for i in range(6)]}
    assert filing_scope({"ogs": [og]}, campaign) == "multi_regional"  # two regions, 16 < 50
    assert filing_scope({"ogs": [og], "national_reach": True}, campaign) == "national"
    check = check_dossier_plan({"campaign_year": 2024, "project_type": "acquisition", "filing_date": "2024-06-10",
                                "ogs": [og], "planning": []})
    # multi-regional deadline 01/06/2024 (001): 10/06 is late
    assert keys(check.findings)["planning.filing_too_late"] == "blocking"
    assert keys(check.findings)["planning.empty"] == "blocking"


@pytest.fixture
def dossier(db):
    return create_dossier(db, "Essai", 2024, "27", "conformite")


def test_generate_replace_and_edit_tasks(db, dossier):
    before = get_dossier(db, dossier).modified_at
    rows = planning.generate(db, dossier, "conformite", D(2024, 10, 1), [["A", "B"], ["C"]],
                             owners={"cadrage": "Julien", "deploiement": "Référents", "deploiement_2": "Léa"})
    assert len(rows) == 9 + 2 * 2  # 9 single tasks + formation and deployment per wave
    by_key = {r.key: r for r in rows}
    # cadrage 4 w → 29/10; planification 3 w → 19/11; montée 6 w → 31/12; socles 4 w → 28/01/2025;
    # formation 1 (2 w) → 11/02; deployment 1 (4 w) → 11/03; formation 2 → 25/02; deployment 2 11/03 → 08/04
    assert by_key["deploiement_2"].start == D(2025, 3, 11) and by_key["deploiement_2"].end == D(2025, 4, 8)
    assert by_key["deploiement_1"].wave_essms == ("A", "B")
    assert (by_key["cadrage"].owner, by_key["deploiement_1"].owner, by_key["deploiement_2"].owner) == (
        "Julien", "Référents", "Léa")
    assert get_dossier(db, dossier).modified_at >= before

    planning.update_task(db, by_key["recette"].id, title="Vérification", milestone=True, depends_on=["recette", "cadrage"])
    recette = {r.key: r for r in planning.list_tasks(db, dossier)}["recette"]
    assert recette.title == "Vérification" and recette.end == recette.start  # a milestone is one day
    assert recette.depends_on == ("cadrage",)  # a task does not depend on itself

    new_id = planning.add_task(db, dossier, after_id=by_key["cadrage"].id, title="Réunion", start=D(2024, 11, 4),
                               end=D(2024, 11, 5), depends_on=["cadrage"])
    rows = planning.list_tasks(db, dossier)
    assert rows[1].id == new_id and rows[1].key == "tache_14"
    planning.delete_task(db, by_key["cadrage"].id)
    rows = planning.list_tasks(db, dossier)
    assert "cadrage" not in {r.key for r in rows}
    assert all("cadrage" not in r.depends_on for r in rows)

    planning.set_task_dates(db, dossier, {"tache_14": (D(2024, 12, 2), D(2024, 12, 3))})
    assert planning.list_tasks(db, dossier)[0].start == D(2024, 12, 2)
    assert planning.waves(db, dossier) == {1: ("A", "B"), 2: ("C",)}

    planning.generate(db, dossier, "acquisition", D(2024, 10, 1), [["A"]])
    assert len(planning.list_tasks(db, dossier)) == 12 + 2  # replaced: 12 single tasks, 2 per wave
    with pytest.raises(NotFoundError):
        planning.update_task(db, 999_999, title="x")
    with pytest.raises(TypeError):
        planning.update_task(db, planning.list_tasks(db, dossier)[0].id, colour="red")


def test_filing_date_and_snapshot_follow_the_export(db, example_id):
    planning.set_filing_date(db, example_id, D(2024, 9, 16))
    snapshot = load_dossier(db, example_id).to_file()
    exported = export_dossier(db, example_id)["dossier"]
    for name in ("filing_date", "planning", "project_type", "campaign_year"):
        assert snapshot[name] == exported[name]
    assert grappe_essms(snapshot) == grappe_essms(exported)
    # 16/09/2024 is the day after the regional deadline (15/09/2024)
    assert keys(check_dossier_plan(snapshot).findings)["planning.filing_too_late"] == "blocking"
    planning.set_filing_date(db, example_id, None)
    assert planning.get_filing_date(db, example_id) is None


def test_communication_services_and_gaps(db, dossier):
    gaps = communication.gaps(db, dossier)
    assert gaps.empty and not gaps.complete
    ids = [communication.add_action(db, dossier, audience=a, message=f"m {a}", channel="Courriel",
                                    date=D(2024, 11, 1), owner="Julien")
           for a in ("professionnels", "partenaires")]
    partner = communication.add_partner(db, dossier, name="CH d'Auxerre", kind="sante")
    gaps = communication.gaps(db, dossier)
    assert gaps.missing_audiences == ("usagers_familles",) and gaps.uninformed_partners == ("CH d'Auxerre",)
    communication.add_action(db, dossier, audience="usagers_familles", message="CVS")
    communication.update_partner(db, partner, informed=True)
    assert communication.gaps(db, dossier).complete
    communication.update_action(db, ids[0], message="Réunion", date=None)
    assert communication.list_actions(db, dossier)[0].message == "Réunion"
    assert communication.list_actions(db, dossier)[0].date is None
    communication.delete_action(db, ids[1])
    assert communication.gaps(db, dossier).missing_audiences == ("partenaires",)
    communication.delete_partner(db, partner)
    assert communication.gaps(db, dossier).no_partner
    with pytest.raises(ValueError):
        communication.add_action(db, dossier, audience="presse")
    with pytest.raises(ValueError):
        communication.add_partner(db, dossier, name="X", kind="ami")


def test_gaps_rule_on_plain_dicts():
    gaps = communication_gaps([{"audience": "professionnels"}], [{"name": "A", "informed": False}])
    assert gaps.missing_audiences == ("partenaires", "usagers_familles")
    assert gaps.uninformed_partners == ("A",) and not gaps.no_partner and not gaps.empty


def test_dependants_and_loops():
    from dataclasses import replace

    from esms_desktop.rules.planning.schedule import Task

    day = D(2024, 10, 1)
    a, b, c = (Task(k, k, "", day, day) for k in "abc")
    b = replace(b, depends_on=("a",))
    c = replace(c, depends_on=("b",))
    assert dependants([a, b, c], "a") == {"b", "c"} and dependants([a, b, c], "c") == set()
    assert not has_cycle([a, b, c])
    assert has_cycle([replace(a, depends_on=("c",)), b, c])
