"""Two people, two real processes, one dossier, on SQLite and on PostgreSQL: no write lost without the
person being told; different items (answers, sections, services socles, fields) both kept.

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
    assert results["a"] == {"saved": 1, "stale": []} and results["b"] == {"saved": 1, "stale": []}
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
