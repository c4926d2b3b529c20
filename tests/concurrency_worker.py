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


def main(db_arg: str, dossier_id: int, scenario: str, role: str, folder: Path) -> None:
    from esms_desktop.storage import dossiers, grappe, maturity, presentation, solution
    from esms_desktop.storage.concurrency import StaleEdit
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
    else:
        raise SystemExit(f"unknown scenario {scenario}")

    wait_for_go(folder, role)
    result = {"saved": 0, "stale": []}
    for save in saves:
        try:
            save()
            result["saved"] += 1
        except StaleEdit as exc:
            result["stale"].append(exc.theirs)
    db.dispose()
    print(json.dumps(result, ensure_ascii=False, default=str))


if __name__ == "__main__":
    main(sys.argv[1], int(sys.argv[2]), sys.argv[3], sys.argv[4], Path(sys.argv[5]))
