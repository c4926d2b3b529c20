"""One person editing a dossier, in its own process, for tests/test_concurrency.py.

    python tests/concurrency_worker.py DB DOSSIER_ID SCENARIO ROLE FOLDER

It "opens the form" (reads what the window would show, versions included), writes FOLDER/ready-ROLE,
waits for FOLDER/go, then saves as the window would and prints one JSON line: {"saved": n, "stale": [...]}.
"""

from __future__ import annotations

import json
import sys
import time
from pathlib import Path


def wait_for_go(folder: Path, role: str) -> None:
    (folder / f"ready-{role}").write_text("ready")
    deadline = time.monotonic() + 60
    while not (folder / "go").exists():
        if time.monotonic() > deadline:
            raise SystemExit("no go")
        time.sleep(0.002)


def list_saves(db, dossier_id: int, which: str, case: str, role: str) -> list:
    """What one person saves in a list step, read as the step shows it (versions included).

    ``rows``: a edits the first row, b the second (both kept); ``same``: both edit one field of the first
    row (the second told); ``gone``: a deletes the first row while b edits it (b told, nothing recreated);
    ``add``: ten new rows each (positions without duplicates); ``editdel``: a edits the first row while b
    deletes it, saying the version it saw (b told, or a told it is gone: never deleted over a's edit unasked)."""
    from esms_desktop.storage import budget, communication, governance, grappe, needs, planning

    first = role == "a"
    mine = f"écrit par {role}"
    if which == "needs":
        rows, update, delete, field = needs.list_needs(db, dossier_id), needs.update_need, needs.delete_need, "label"
        add = lambda n: needs.add_need(db, dossier_id, "formation", label=f"Besoin {role}{n}")  # noqa: E731
    elif which == "expenses":
        rows, update, delete, field = budget.list_expenses(db, dossier_id), budget.update_expense, budget.delete_expense, "label"
        rows = [r for r in rows if r.need_id is None]  # lines the budget step lets one delete
        add = lambda n: budget.add_expense(db, dossier_id, label=f"Dépense {role}{n}")  # noqa: E731
    elif which == "revenues":
        rows, update, delete, field = budget.list_revenues(db, dossier_id), budget.update_revenue, budget.delete_revenue, "funder"
        add = lambda n: budget.add_revenue(db, dossier_id, funder=f"Financeur {role}{n}")  # noqa: E731
    elif which == "tasks":
        rows, update, delete, field = planning.list_tasks(db, dossier_id), planning.update_task, planning.delete_task, "title"
        add = lambda n: planning.add_task(db, dossier_id, title=f"Tâche {role}{n}")  # noqa: E731
    elif which == "waves":  # a task's wave and the ESSMS it deploys: a's on one task, b's on another
        rows = [t for t in planning.list_tasks(db, dossier_id) if t.role == "deployment"]
        update, delete, field, add = planning.update_task, planning.delete_task, "wave_essms", None
    elif which == "actions":
        rows, update, delete, field = (communication.list_actions(db, dossier_id), communication.update_action,
                                       communication.delete_action, "message")
        add = lambda n: communication.add_action(db, dossier_id, message=f"Action {role}{n}")  # noqa: E731
    elif which == "partners":
        rows, update, delete, field = (communication.list_partners(db, dossier_id), communication.update_partner,
                                       communication.delete_partner, "name")
        add = lambda n: communication.add_partner(db, dossier_id, name=f"Partenaire {role}{n}")  # noqa: E731
    elif which == "essms":
        rows = [e for og in grappe.list_grappe(db, dossier_id) for e in og.essms]
        update, delete, field, add = grappe.update_essms, grappe.delete_essms, "name", None
    elif which == "ogs":
        rows, update, delete, field, add = grappe.list_grappe(db, dossier_id), grappe.update_og, grappe.delete_og, "name", None
    elif which == "people":
        rows, update, delete, field = (governance.list_people(db, dossier_id), governance.update_person,
                                       governance.delete_person, "name")
        add = None
    else:
        raise SystemExit(f"unknown list {which}")
    if case == "add":
        return [lambda n=n: add(n) for n in range(10)]
    row = rows[0] if case != "rows" or first else rows[1]
    if which == "waves":  # a keeps the wave's first ESSMS, b its last
        mine = row.wave_essms[:1] if first else row.wave_essms[-1:]
    if case == "gone" and first:
        return [lambda: delete(db, row.id)]
    if case == "editdel" and not first:
        return [lambda: delete(db, row.id, row.version, row.values())]
    return [lambda: update(db, row.id, row.version, row.values(), **{field: mine})]


def main(db_arg: str, dossier_id: int, scenario: str, role: str, folder: Path) -> None:
    from esms_desktop.storage import (budget, communication, dossiers, grappe, maturity, needs, planning,
                                      presentation, solution)
    from esms_desktop.storage.concurrency import StaleEdit
    from esms_desktop.storage.errors import NotFoundError
    from esms_desktop.storage.database import open_database

    db = open_database(db_arg)
    first = role == "a"
    saves: list = []  # callables run after "go"

    if scenario == "rename":
        seen = dossiers.get_dossier(db, dossier_id)
        new = f"Renommé par {role}"
        saves.append(lambda: dossiers.rename_dossier(db, dossier_id, new, based_on=seen.name))
    elif scenario in ("og_fields", "og_same_field"):
        og = grappe.list_grappe(db, dossier_id)[0]
        if scenario == "og_fields":
            change = {"name": "Nom changé par a"} if first else {"contact_phone": "03 86 00 00 0" + role}
        else:
            change = {"name": f"Nom changé par {role}"}
        saves.append(lambda: grappe.update_og(db, og.id, og.version, og.values(), **change))
    elif scenario == "socles":
        code = "psc" if first else "apcv"
        saves.append(lambda: solution.set_choice(db, dossier_id, "services_socles", code, True))
    elif scenario == "answers":
        og = grappe.list_grappe(db, dossier_id)[0]
        row = maturity.start_diagnostic(db, og.id)
        questions = row.questionnaire().questions
        half = questions[: len(questions) // 2] if first else questions[len(questions) // 2:]
        for q in half:
            saves.append(lambda q=q: maturity.save_answer(db, og.id, q.id, 2 if first else 3))
    elif scenario == "sections":
        seen = presentation.get_presentation(db, dossier_id)
        keys = ("context", "team", "benefits") if first else ("strategy", "governance", "perimeter_target")
        for key in keys:
            saves.append(lambda k=key: presentation.set_section(db, dossier_id, k, f"{k} écrit par {role}",
                                                                based_on=seen[k]))
    elif scenario == "positions":
        for n in range(10):
            saves.append(lambda n=n: grappe.add_og(db, dossier_id, name=f"OG {role}{n}"))
    elif scenario in ("dates_rows", "dates_same"):  # moving a bar of the Gantt chart (the dates the chart showed)
        import datetime as dt

        tasks = planning.list_tasks(db, dossier_id)
        task = tasks[0] if scenario == "dates_same" or first else tasks[1]
        shift = dt.timedelta(days=7 if first else 14)
        dates = {task.key: (task.start + shift, task.end + shift)}
        saves.append(lambda: planning.set_task_dates(db, dossier_id, dates, based_on={task.key: (task.start, task.end)}))
    elif scenario in ("referents_rows", "referents_same"):  # the governance step's referent combo boxes
        from esms_desktop.storage import governance

        referents, people = governance.list_referents(db, dossier_id), governance.list_people(db, dossier_id)
        row = referents[0] if scenario == "referents_same" or first else referents[1]
        others = [p.id for p in people if p.id != row.referent_id]
        chosen = others[0] if first else others[1]
        saves.append(lambda: governance.set_referent(db, row.essms_id, chosen, None, {"referent_id": row.referent_id}))
    elif scenario == "lead":  # two people making two different people the project lead
        from esms_desktop.storage import governance

        people = governance.list_people(db, dossier_id)
        lead = next((p.id for p in people if p.project_lead), None)
        person = [p for p in people if not p.project_lead][0 if first else 1]
        seen = {**person.values(), governance.LEAD: lead}
        saves.append(lambda: governance.update_person(db, person.id, person.version, seen, project_lead=True))
    elif scenario.startswith("list_"):  # list_<which>_<rows|same|gone>: the four lists of issue 19's round 2
        _, which, case = scenario.split("_")
        saves.extend(list_saves(db, dossier_id, which, case, role))
    elif scenario == "followup_expenses":  # two people recording expenses of the follow-up at once
        from esms_desktop.storage import followup

        for n in range(5):
            saves.append(lambda n=n: followup.add_expense(db, dossier_id, budget_line=None, label=f"Dépense {role}{n}",
                                                          amount=10 + n, status="committed", date=None))
    elif scenario in ("followup_parts", "followup_same"):  # the money tab: two receipts, or the same one
        from esms_desktop.storage import followup

        money = followup.get_followup(db, dossier_id).money
        key = "avance" if scenario == "followup_same" or first else "solde_requested"
        amount = (100 if first else 200) + (200 if scenario == "followup_same" else 0)
        value = {"date": "2025-01-01" if first else "2025-01-02", "amount": amount}
        saves.append(lambda: followup.set_money(db, dossier_id, key, value, based_on=money.get(key)))
    else:
        raise SystemExit(f"unknown scenario {scenario}")

    wait_for_go(folder, role)
    result = {"saved": 0, "stale": [], "gone": 0}
    for save in saves:
        try:
            save()
            result["saved"] += 1
        except StaleEdit as exc:
            result["stale"].append(exc.theirs)
        except NotFoundError:  # deleted by the other person: said, not recreated
            result["gone"] += 1
    db.dispose()
    print(json.dumps(result, ensure_ascii=False, default=str))


if __name__ == "__main__":
    main(sys.argv[1], int(sys.argv[2]), sys.argv[3], sys.argv[4], Path(sys.argv[5]))
