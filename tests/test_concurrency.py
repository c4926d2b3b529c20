"""Two people, two real processes, one dossier, on SQLite and on PostgreSQL: no write lost without the
person being told; different items (answers, sections, services socles, fields, rows of the needs, budget,
planning and communication lists) both kept; a row deleted by one is not recreated by the other.

Each process reads the dossier as its window would, waits at a barrier, then both save at once
(tests/concurrency_worker.py)."""

from __future__ import annotations

import json
import subprocess
import sys
import time
from pathlib import Path

import pytest

pytestmark = pytest.mark.both_backends

WORKER = Path(__file__).resolve().parent / "concurrency_worker.py"
ROOT = Path(__file__).resolve().parent.parent


def race(db_url: str, dossier_id: int, scenario: str, folder: Path) -> dict[str, dict]:
    folder.mkdir()
    procs = {role: subprocess.Popen([sys.executable, str(WORKER), db_url, str(dossier_id), scenario, role, str(folder)],
                                    stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, cwd=ROOT)
             for role in ("a", "b")}
    deadline = time.monotonic() + 120
    while not all((folder / f"ready-{r}").exists() for r in procs):
        assert time.monotonic() < deadline, {r: p.poll() for r, p in procs.items()}
        for role, proc in procs.items():
            if proc.poll() is not None:
                pytest.fail(f"worker {role} stopped: {proc.stderr.read()}")
        time.sleep(0.01)
    (folder / "go").write_text("go")
    results = {}
    for role, proc in procs.items():
        out, err = proc.communicate(timeout=120)
        assert proc.returncode == 0, err
        results[role] = json.loads(out.strip().splitlines()[-1])
    return results


@pytest.fixture
def dossier(db, db_url):
    from conftest import EXAMPLE

    from esms_desktop.storage.dossier_file import import_file

    return import_file(db, EXAMPLE)


def test_two_renames_one_is_told(db, db_url, dossier, tmp_path):
    from esms_desktop.storage.dossiers import get_dossier

    results = race(db_url, dossier, "rename", tmp_path / "race")
    told = [role for role, r in results.items() if r["stale"]]
    kept = [role for role, r in results.items() if r["saved"]]
    assert len(told) == 1 and len(kept) == 1  # the second save is refused, not silently lost
    assert get_dossier(db, dossier).name == f"Renommé par {kept[0]}"
    assert results[told[0]]["stale"] == [{"name": f"Renommé par {kept[0]}"}]  # what the refused person sees


def test_two_fields_of_one_og_both_kept(db, db_url, dossier, tmp_path):
    from esms_desktop.storage.grappe import list_grappe

    before = list_grappe(db, dossier)[0]
    results = race(db_url, dossier, "og_fields", tmp_path / "race")
    assert results["a"] == {"saved": 1, "stale": [], "gone": 0} == results["b"]
    og = list_grappe(db, dossier)[0]
    assert (og.name, og.contact_phone) == ("Nom changé par a", "03 86 00 00 0b")
    assert og.siret == before.siret and og.version == before.version + 2


def test_same_field_of_one_og_the_second_is_told(db, db_url, dossier, tmp_path):
    from esms_desktop.storage.grappe import list_grappe

    results = race(db_url, dossier, "og_same_field", tmp_path / "race")
    told = [role for role, r in results.items() if r["stale"]]
    kept = [role for role, r in results.items() if r["saved"]]
    assert len(told) == 1 and len(kept) == 1
    assert list_grappe(db, dossier)[0].name == f"Nom changé par {kept[0]}"


def test_two_services_socles_both_kept(db, db_url, dossier, tmp_path):
    from esms_desktop.storage.solution import get_solution

    before = set(get_solution(db, dossier).services_socles)
    assert not {"psc", "apcv"} & before
    race(db_url, dossier, "socles", tmp_path / "race")
    assert set(get_solution(db, dossier).services_socles) == before | {"psc", "apcv"}


def test_two_halves_of_a_self_diagnostic_all_kept(db, db_url, dossier, tmp_path):
    """19 answers each, saved one by one at the same time: all 38 kept (19 to 26 before)."""
    from esms_desktop.storage import grappe, maturity

    og = grappe.list_grappe(db, dossier)[0]
    row = maturity.start_diagnostic(db, og.id)
    for q in row.questionnaire().questions:  # start from an empty diagnostic
        maturity.save_answer(db, og.id, q.id, None)
    results = race(db_url, dossier, "answers", tmp_path / "race")
    assert results["a"]["saved"] == 19 and results["b"]["saved"] == 19
    answers = maturity.get_diagnostic(db, og.id).answers
    questions = row.questionnaire().questions
    assert len(answers) == 38
    assert all(answers[q.id] == 2 for q in questions[:19]) and all(answers[q.id] == 3 for q in questions[19:])


def test_different_note_sections_both_kept(db, db_url, dossier, tmp_path):
    from esms_desktop.storage.presentation import get_presentation

    before = get_presentation(db, dossier)
    results = race(db_url, dossier, "sections", tmp_path / "race")
    assert results["a"]["saved"] == 3 and results["b"]["saved"] == 3
    after = get_presentation(db, dossier)
    for key, role in (("context", "a"), ("team", "a"), ("benefits", "a"), ("strategy", "b"),
                      ("governance", "b"), ("perimeter_target", "b")):
        assert after[key] == f"{key} écrit par {role}"
    assert after["perimeter_current"] == before["perimeter_current"]


def test_positions_allocated_without_duplicates(db, db_url, dossier, tmp_path):
    race(db_url, dossier, "positions", tmp_path / "race")
    positions = [r[0] for r in db.rows("SELECT position FROM og WHERE dossier_id = :d", {"d": dossier})]
    assert len(positions) == 4 + 20 and len(set(positions)) == len(positions)


def test_same_section_overwritten_is_told(db, dossier):
    """Someone else rewrote the section since this window read it: refused, their text shown."""
    from esms_desktop.storage.concurrency import StaleEdit
    from esms_desktop.storage.presentation import get_presentation, set_section

    mine = get_presentation(db, dossier)["team"]
    set_section(db, dossier, "team", "leur texte", based_on=mine)
    with pytest.raises(StaleEdit) as caught:
        set_section(db, dossier, "team", "mon texte", based_on=mine)
    assert caught.value.theirs == {"team": "leur texte"}
    assert get_presentation(db, dossier)["team"] == "leur texte"


# --- the lists of the steps: needs, budget lines, planning (tasks, waves), communication ---------------

LISTS = ("needs", "expenses", "revenues", "tasks", "waves", "actions", "partners")
FIELD = {"needs": "label", "expenses": "label", "revenues": "funder", "tasks": "title", "waves": "wave_essms",
         "actions": "message", "partners": "name"}
TABLE = {"needs": ("need", ""), "expenses": ("budget_line", " AND kind = 'expense'"),
         "revenues": ("budget_line", " AND kind = 'revenue'"), "tasks": ("plan_task", ""),
         "actions": ("comm_action", ""), "partners": ("partner", "")}


def list_rows(db, dossier_id: int, which: str) -> list:
    """The rows as the worker reads them (tests/concurrency_worker.py list_saves)."""
    from esms_desktop.storage import budget, communication, needs, planning

    return {
        "needs": lambda: needs.list_needs(db, dossier_id),
        "expenses": lambda: [r for r in budget.list_expenses(db, dossier_id) if r.need_id is None],
        "revenues": lambda: budget.list_revenues(db, dossier_id),
        "tasks": lambda: planning.list_tasks(db, dossier_id),
        "waves": lambda: [t for t in planning.list_tasks(db, dossier_id) if t.role == "deployment"],
        "actions": lambda: communication.list_actions(db, dossier_id),
        "partners": lambda: communication.list_partners(db, dossier_id),
    }[which]()


def written(which: str, role: str, before):
    """What ``role`` wrote in a row (``before``: the row as both read it); lists as tuples."""
    if which == "waves":
        return before.wave_essms[:1] if role == "a" else before.wave_essms[-1:]
    return f"écrit par {role}"


def field_of(row, which: str):
    value = row[FIELD[which]] if isinstance(row, dict) else getattr(row, FIELD[which])
    return tuple(value) if isinstance(value, list) else value


@pytest.mark.parametrize("which", LISTS)
def test_two_rows_of_a_list_both_kept(db, dossier, tmp_path, db_url, which):
    before = list_rows(db, dossier, which)
    results = race(db_url, dossier, f"list_{which}_rows", tmp_path / "race")
    assert results["a"] == {"saved": 1, "stale": [], "gone": 0} == results["b"]
    after = {r.id: r for r in list_rows(db, dossier, which)}
    first, second = after[before[0].id], after[before[1].id]
    assert field_of(first, which) == written(which, "a", before[0])
    assert field_of(second, which) == written(which, "b", before[1])
    assert (first.version, second.version) == (before[0].version + 1, before[1].version + 1)
    assert all(after[r.id] == r for r in before[2:])  # the rest of the list as it was


@pytest.mark.parametrize("which", LISTS)
def test_same_row_of_a_list_the_second_is_told(db, dossier, tmp_path, db_url, which):
    before = list_rows(db, dossier, which)[0]
    results = race(db_url, dossier, f"list_{which}_same", tmp_path / "race")
    told = [role for role, r in results.items() if r["stale"]]
    kept = [role for role, r in results.items() if r["saved"]]
    assert len(told) == 1 and len(kept) == 1
    stored = next(r for r in list_rows(db, dossier, which) if r.id == before.id)
    assert field_of(stored, which) == written(which, kept[0], before)
    # what the refused person is shown: the other's value
    assert field_of(results[told[0]]["stale"][0], which) == written(which, kept[0], before)
    assert stored.version == before.version + 1  # one save written, not two


@pytest.mark.parametrize("which", ("needs", "revenues", "tasks", "partners"))
def test_row_deleted_by_the_other_is_not_recreated(db, dossier, tmp_path, db_url, which):
    before = list_rows(db, dossier, which)
    results = race(db_url, dossier, f"list_{which}_gone", tmp_path / "race")
    assert results["a"]["saved"] == 1
    b = results["b"]
    assert b["saved"] + b["gone"] == 1 and b["stale"] == []  # b's edit went first, or b was told it is gone
    after = list_rows(db, dossier, which)
    assert before[0].id not in {r.id for r in after} and len(after) == len(before) - 1


def rows_of(db, dossier_id: int, which: str) -> list:
    """``list_rows`` and the grappe's ESSMS, OGs and people (the rows of the dialogs)."""
    from esms_desktop.storage import governance, grappe

    if which == "essms":
        return [e for og in grappe.list_grappe(db, dossier_id) for e in og.essms]
    if which == "ogs":
        return grappe.list_grappe(db, dossier_id)
    if which == "people":
        return governance.list_people(db, dossier_id)
    return list_rows(db, dossier_id, which)


@pytest.mark.parametrize("which", LISTS + ("essms", "ogs", "people"))
def test_row_edited_by_the_other_is_not_deleted_unasked(db, dossier, tmp_path, db_url, which):
    """a edits a row while b deletes it, saying the version b saw: b is told (the row stays, a's edit in it),
    or b's delete went first and a is told the row is gone (nothing recreated)."""
    before = rows_of(db, dossier, which)
    field = FIELD.get(which, "name")
    results = race(db_url, dossier, f"list_{which}_editdel", tmp_path / "race")
    a, b = results["a"], results["b"]
    after = {r.id: r for r in rows_of(db, dossier, which)}
    if b["stale"]:  # a's edit first: b's delete refused, b shown a's value
        assert a == {"saved": 1, "stale": [], "gone": 0} and b["saved"] == 0
        mine = written(which, "a", before[0])
        kept = after[before[0].id]
        assert (field_of(kept, which) if which in FIELD else kept.name) == mine
        shown = b["stale"][0][field]
        assert (tuple(shown) if isinstance(shown, list) else shown) == mine
        assert len(after) == len(before)
    else:  # b's delete first: a's edit told it is gone, not recreated
        assert b == {"saved": 1, "stale": [], "gone": 0} and a == {"saved": 0, "stale": [], "gone": 1}
        assert before[0].id not in after and len(after) == len(before) - 1


@pytest.mark.parametrize("which", ("needs", "expenses", "revenues", "tasks", "actions", "partners"))
def test_list_positions_allocated_without_duplicates(db, dossier, tmp_path, db_url, which):
    table, where = TABLE[which]
    query = f"SELECT position FROM {table} WHERE dossier_id = :d{where}"
    count = len(db.rows(query, {"d": dossier}))
    race(db_url, dossier, f"list_{which}_add", tmp_path / "race")
    positions = [r[0] for r in db.rows(query, {"d": dossier})]
    assert len(positions) == count + 20 and len(set(positions)) == len(positions)
    if which == "tasks":
        keys = [r[0] for r in db.rows("SELECT key FROM plan_task WHERE dossier_id = :d", {"d": dossier})]
        assert len(set(keys)) == len(keys)
    if which == "needs":  # each new need's expense line too
        lines = [r[0] for r in db.rows("SELECT position FROM budget_line WHERE dossier_id = :d AND kind = 'expense'",
                                       {"d": dossier})]
        assert len(set(lines)) == len(lines)


def test_two_tasks_moved_at_once_both_kept(db, db_url, dossier, tmp_path):
    from esms_desktop.storage.planning import list_tasks

    before = list_tasks(db, dossier)
    results = race(db_url, dossier, "dates_rows", tmp_path / "race")
    assert results["a"]["saved"] == results["b"]["saved"] == 1
    after = list_tasks(db, dossier)
    assert (after[0].start - before[0].start).days == 7 and (after[1].start - before[1].start).days == 14


def test_same_task_moved_twice_the_second_is_told(db, db_url, dossier, tmp_path):
    from esms_desktop.storage.planning import list_tasks

    before = list_tasks(db, dossier)[0]
    results = race(db_url, dossier, "dates_same", tmp_path / "race")
    told = [role for role, r in results.items() if r["stale"]]
    kept = [role for role, r in results.items() if r["saved"]]
    assert len(told) == 1 and len(kept) == 1
    moved = (list_tasks(db, dossier)[0].start - before.start).days
    assert moved == (7 if kept[0] == "a" else 14)  # one move, not both added up
    assert list(results[told[0]]["stale"][0]) == [before.key]  # the refused person is told which task


@pytest.mark.parametrize("which", LISTS)
def test_edit_of_a_row_someone_deleted_is_told_and_not_recreated(db, dossier, which):
    from esms_desktop.storage import budget, communication, needs, planning
    from esms_desktop.storage.concurrency import GONE
    from esms_desktop.storage.errors import NotFoundError

    delete, update = {
        "needs": (needs.delete_need, needs.update_need), "expenses": (budget.delete_expense, budget.update_expense),
        "revenues": (budget.delete_revenue, budget.update_revenue),
        "tasks": (planning.delete_task, planning.update_task), "waves": (planning.delete_task, planning.update_task),
        "actions": (communication.delete_action, communication.update_action),
        "partners": (communication.delete_partner, communication.update_partner)}[which]
    before = list_rows(db, dossier, which)
    row = before[0]
    delete(db, row.id)  # the other person
    value = ("890000102",) if which == "waves" else "mon texte"
    with pytest.raises(NotFoundError) as caught:
        update(db, row.id, row.version, row.values(), **{FIELD[which]: value})
    assert caught.value.message == GONE()  # « Ceci a été supprimé par quelqu'un d'autre entre-temps. »
    with pytest.raises(NotFoundError):
        delete(db, row.id)  # deleting it again: told too
    assert [r.id for r in list_rows(db, dossier, which)] == [r.id for r in before[1:]]


def test_a_move_of_a_deleted_task_is_refused_whole(db, dossier):
    from esms_desktop.storage import planning
    from esms_desktop.storage.errors import NotFoundError

    tasks = planning.list_tasks(db, dossier)
    planning.delete_task(db, tasks[0].id)
    shown = {t.key: (t.start, t.end) for t in tasks[:2]}
    moved = {key: (start.replace(year=start.year + 1), end.replace(year=end.year + 1))
             for key, (start, end) in shown.items()}
    with pytest.raises(NotFoundError):
        planning.set_task_dates(db, dossier, moved, based_on=shown)
    second = planning.list_tasks(db, dossier)[0]
    assert (second.id, second.start, second.end) == (tasks[1].id, tasks[1].start, tasks[1].end)  # not moved either


def test_planning_replaced_over_a_changed_one_is_told(db, dossier):
    from esms_desktop.storage import planning
    from esms_desktop.storage.concurrency import StaleEdit

    tasks = planning.list_tasks(db, dossier)
    seen = [(t.id, t.version) for t in tasks]
    planning.update_task(db, tasks[3].id, tasks[3].version, tasks[3].values(), wave=2)  # the other person
    with pytest.raises(StaleEdit) as caught:
        planning.replace_plan(db, dossier, [], seen=seen)
    assert caught.value.theirs == {"planning": 18}
    assert len(planning.list_tasks(db, dossier)) == 18  # nothing replaced
    planning.replace_plan(db, dossier, [], seen=[(t.id, t.version) for t in planning.list_tasks(db, dossier)])
    assert planning.list_tasks(db, dossier) == []


def test_delete_of_a_row_changed_meanwhile_is_refused_with_their_values(db, dossier):
    from esms_desktop.storage import needs
    from esms_desktop.storage.concurrency import StaleEdit

    shown = needs.list_needs(db, dossier)[0]
    needs.update_need(db, shown.id, shown.version, shown.values(), label="Leur libellé")  # the other person
    with pytest.raises(StaleEdit) as caught:
        needs.delete_need(db, shown.id, shown.version, shown.values())
    assert caught.value.theirs == {"label": "Leur libellé"}
    assert needs.get_need(db, shown.id).label == "Leur libellé"  # not deleted
    seen = needs.get_need(db, shown.id)
    needs.update_need(db, shown.id, seen.version, seen.values(), label=seen.label)  # moved, same values
    needs.delete_need(db, shown.id, seen.version, seen.values())  # what the user saw is what is stored: deleted
    assert shown.id not in [n.id for n in needs.list_needs(db, dossier)]


def test_two_people_recording_expenses_all_kept(db, db_url, dossier, tmp_path):
    from esms_desktop.storage.followup import get_followup

    results = race(db_url, dossier, "followup_expenses", tmp_path / "race")
    assert results["a"]["saved"] == results["b"]["saved"] == 5
    labels = sorted(e["label"] for e in get_followup(db, dossier).money["expenses"])
    assert labels == sorted(f"Dépense {r}{n}" for r in "ab" for n in range(5))


def test_two_receipts_of_the_money_tab_both_kept_the_same_one_told(db, db_url, dossier, tmp_path):
    from esms_desktop.storage.followup import get_followup

    race(db_url, dossier, "followup_parts", tmp_path / "race")
    money = get_followup(db, dossier).money
    assert money["avance"]["amount"] == 100 and money["solde_requested"]["amount"] == 200
    results = race(db_url, dossier, "followup_same", tmp_path / "race-same")
    told = [role for role, r in results.items() if r["stale"]]
    kept = [role for role, r in results.items() if r["saved"]]
    assert len(told) == 1 and len(kept) == 1  # the second save of the advance is refused, not silently lost
    assert get_followup(db, dossier).money["avance"]["amount"] == (300 if kept == ["a"] else 400)


def test_referents_of_two_essms_both_kept_the_same_one_told(db, db_url, dossier, tmp_path):
    """The governance step's DUI referents: two people choosing for two ESSMS both kept; for the same
    ESSMS, the second is told (the other's choice shown) and the first's choice stays."""
    from esms_desktop.storage import governance

    before = governance.list_referents(db, dossier)
    people = governance.list_people(db, dossier)
    results = race(db_url, dossier, "referents_rows", tmp_path / "race")
    assert results["a"] == {"saved": 1, "stale": [], "gone": 0} == results["b"]
    after = governance.list_referents(db, dossier)
    choice = {role: [p.id for p in people if p.id != before[n].referent_id][n]
              for n, role in enumerate("ab")}
    assert (after[0].referent_id, after[1].referent_id) == (choice["a"], choice["b"])
    assert [r.referent_id for r in after[2:]] == [r.referent_id for r in before[2:]]

    results = race(db_url, dossier, "referents_same", tmp_path / "race-same")
    told = [role for role, r in results.items() if r["stale"]]
    kept = [role for role, r in results.items() if r["saved"]]
    assert len(told) == 1 and len(kept) == 1  # the second choice refused, not silently lost
    others = [p.id for p in people if p.id != after[0].referent_id]
    mine = others[0] if kept[0] == "a" else others[1]
    assert governance.list_referents(db, dossier)[0].referent_id == mine
    assert results[told[0]]["stale"] == [{"referent_id": mine}]  # what the refused person is shown


def test_two_project_leads_named_at_once_the_second_is_told(db, db_url, dossier, tmp_path):
    """Person a makes one person the project lead, person b another one, both from the lead they saw:
    one is stored, the other is told who the lead is now (nothing of theirs written): never two leads, never
    a lead replaced unseen."""
    from esms_desktop.storage import governance

    people = governance.list_people(db, dossier)
    candidates = [p.id for p in people if not p.project_lead][:2]
    results = race(db_url, dossier, "lead", tmp_path / "race")
    told = [role for role, r in results.items() if r["stale"]]
    kept = [role for role, r in results.items() if r["saved"]]
    assert len(told) == 1 and len(kept) == 1  # the second save is refused, not silently lost
    winner = candidates["ab".index(kept[0])]
    after = governance.list_people(db, dossier)
    assert [p.id for p in after if p.project_lead] == [winner]
    assert results[told[0]]["stale"] == [{"lead_id": winner}]  # the refused person is shown the lead now


@pytest.mark.parametrize("first", ["a", "b"])
def test_project_lead_named_over_another_new_lead_is_told(db, dossier, first):
    """Both orders, one after the other: the second naming of a lead, from the lead both saw, is refused with
    the first one's lead; « garder ma version » (no based_on) then makes it; a save that saw the new lead
    passes. Removing the role from the others moves their versions."""
    from esms_desktop.storage import governance
    from esms_desktop.storage.concurrency import StaleEdit

    people = governance.list_people(db, dossier)
    old = next(p for p in people if p.project_lead)
    a, b = [p for p in people if not p.project_lead][:2]
    one, two = (a, b) if first == "a" else (b, a)
    governance.update_person(db, one.id, one.version, {**one.values(), "lead_id": old.id}, project_lead=True)
    assert governance.get_person(db, old.id).version == old.version + 1  # no longer the lead: its row moved
    with pytest.raises(StaleEdit) as refused:
        governance.update_person(db, two.id, two.version, {**two.values(), "lead_id": old.id}, project_lead=True)
    assert refused.value.theirs == {"lead_id": one.id}
    assert governance.project_lead(db, dossier).id == one.id and not governance.get_person(db, two.id).project_lead
    with pytest.raises(StaleEdit):  # a new person as the lead, from the old one: refused too, nothing added
        governance.add_person(db, dossier, {"lead_id": old.id}, name="Nouvelle", project_lead=True)
    assert len(governance.list_people(db, dossier)) == len(people)
    with pytest.raises(StaleEdit):  # a form that saw no lead, while someone is: told as well
        governance.update_person(db, two.id, two.version, {**two.values(), "lead_id": None}, project_lead=True)
    governance.update_person(db, two.id, two.version, {**two.values(), "lead_id": one.id}, project_lead=True)
    assert governance.project_lead(db, dossier).id == two.id
    governance.update_person(db, one.id, None, None, project_lead=True)  # « garder ma version »
    assert [p.id for p in governance.list_people(db, dossier) if p.project_lead] == [one.id]
    # another field of the person who was the lead, from before: no conflict (their other values kept)
    governance.update_person(db, old.id, old.version, old.values(), phone="03 00 00 00 00")
    assert governance.get_person(db, old.id).phone == "03 00 00 00 00"
