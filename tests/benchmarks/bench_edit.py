"""One edit and the opening of each step, on the 16-ESSMS example, a generated 200-ESSMS grappe in 12 OGs
and the example carrying 50 MB of attached documents, side by side.

    QT_QPA_PLATFORM=offscreen .venv/bin/python tests/benchmarks/bench_edit.py [--runs 5]

With the app's style sheet, after the idle warm-up of the wizard's modules (ui/wizard/warm_up.py: its
longest turn is printed first). For each dossier, in a wizard (the real widgets), counts the SQL
statements (from any thread) and times
the longest UI-thread block (the action, then every turn of the event loop until its background work is
done and shown: ui_block.py):
- opening the dossier (a new WizardView: its first background read, the step it opens on), and the
  WizardView constructor alone (« build the wizard »);
- one edit: the dossier's name typed in « Le projet », sent by the autosaver (stored in the background,
  then every step's state and the live check of the navigation bar, read again once);
- opening each step (WizardView.go_to: the step's fetch in the background, its fill on the UI thread):
  « first » rows the first visit of each step (its page built and filled for the first time), « open »
  rows the later visits;
- once, the « Suivi » step's tabs and edits (« suivi: » rows, ui_block.followup_actions): a life-state change,
  the money tab, the advance typed, the deployment and usage tabs, a month of measures added.
Prints the median time and the statements. Targets: at most 15 statements per edit whatever the size,
no UI-thread block above 50 ms at 200 ESSMS, and the 50 MB dossier no slower than the example.
"""

from __future__ import annotations

import argparse
import base64
import copy
import hashlib
import json
import os
import statistics
import sys
import tempfile
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(Path(__file__).resolve().parent))  # ui_block.py
EXAMPLE = ROOT / "resources" / "examples" / "exemple-grappe-bfc.json"


def finess(n: int, department: str = "89") -> str:
    from esms_desktop.rules.identity.finess import expected_key

    body = f"{department}{n:06d}"
    return body + expected_key(body)


def big_grappe(ogs: int = 12, essms: int = 200) -> dict:
    """The example grown to ``essms`` ESSMS in ``ogs`` OGs: its OGs copied (maturity, letters included)."""
    data = json.loads(EXAMPLE.read_text(encoding="utf-8"))
    d = data["dossier"]
    d["uid"] = "0b0b0b0b-0000-4000-8000-000000000200"
    d["name"] = "Grande grappe (200 ESSMS)"
    base = d["ogs"]
    per = [essms // ogs + (1 if i < essms % ogs else 0) for i in range(ogs)]
    serial = 0
    new_ogs = []
    for i, count in enumerate(per):
        template = copy.deepcopy(base[i % len(base)])
        template["is_porteur"] = i == 0
        template["finess_ej"] = finess(900000 + i)
        model_essms = template["essms"]
        rows = []
        for j in range(count):
            e = copy.deepcopy(model_essms[j % len(model_essms)])
            serial += 1
            e["finess_et"] = finess(100000 + serial)
            e["department"] = "89"
            e["name"] = f"{e['name']} #{serial}"
            rows.append(e)
        template["essms"] = rows
        new_ogs.append(template)
    d["ogs"] = new_ogs
    # the needs point at (OG, ESSMS) indexes of the example's first OGs: still there (each OG is larger)
    letters = [doc for doc in d.get("documents", []) if doc["kind"] == "engagement_letter"]
    others = [doc for doc in d.get("documents", []) if doc["kind"] != "engagement_letter"]
    if letters:
        d["documents"] = others + [dict(copy.deepcopy(letters[0]), og=i) for i in range(len(new_ogs))]
    every = [e["finess_et"] for og in new_ogs for e in og["essms"]]
    waves = [t for t in d.get("planning", []) if t.get("wave_essms")]
    for n, task in enumerate(waves):
        task["wave_essms"] = every[n::len(waves)]
    return data


def heavy_example(megabytes: int = 50) -> dict:
    """The example with ``megabytes`` MB of attached quotes (five files)."""
    data = json.loads(EXAMPLE.read_text(encoding="utf-8"))
    data["dossier"]["uid"] = "0b0b0b0b-0000-4000-8000-000000000050"
    data["dossier"]["name"] = "Exemple + 50 Mo de pièces"
    size = megabytes * 1024 * 1024 // 5
    for i in range(5):
        content = b"%PDF-1.4\n" + os.urandom(size)
        data["dossier"]["documents"].append({
            "kind": "quote", "og": 0, "label": f"Devis {i + 1}", "file_name": f"devis-{i + 1}.pdf",
            "sha256": hashlib.sha256(content).hexdigest(), "size": len(content),
            "added_at": "2024-05-17T09:15:00", "content": base64.b64encode(content).decode("ascii")})
    return data


class Counter:
    def __init__(self, engine):
        from sqlalchemy import event

        self.n = 0
        self.engine = engine
        event.listen(engine, "before_cursor_execute", self._one)

    def _one(self, *args):
        self.n += 1

    def measure(self, action, app, settled) -> tuple[float, int]:
        """The longest UI-thread block of ``action`` and of showing its background results; statements sent
        (from any thread) until it has settled."""
        from ui_block import measure

        app.processEvents()
        before = self.n
        blocked, _total = measure(app, action, settled)
        return blocked, self.n - before


def bench(db, dossier_id: int, runs: int, app) -> dict[str, tuple[float, int]]:
    from ui_block import measure, wizard_settled

    from esms_desktop.ui.wizard.wizard_view import WizardView

    counter = Counter(db.engine)
    results: dict[str, tuple[list[float], int]] = {}
    holder = {}

    def record(name: str, action) -> None:
        times, statements = results.setdefault(name, ([], 0))
        elapsed, n = counter.measure(action, app, lambda: wizard_settled(holder["wizard"]))
        times.append(elapsed)
        results[name] = (times, n)

    def open_wizard() -> None:
        start = time.perf_counter()
        holder["wizard"] = WizardView(db, dossier_id)
        holder["build"] = time.perf_counter() - start
        holder["wizard"].resize(1100, 720)
        holder["wizard"].show()

    record("open the dossier (wizard)", open_wizard)
    results["build the wizard (WizardView())"] = ([holder["build"]], 0)
    wizard = holder["wizard"]

    keys = [cls.key for cls in getattr(wizard, "step_classes", None) or [type(s) for s in wizard.steps]]
    for run in range(runs):
        for index, key in enumerate(keys):
            if index == 0 and run == 0:
                continue  # shown by the opening
            # the first visit builds the page (if built on demand) and fills it for the first time
            record(f"{'first' if run == 0 else 'open '} {index + 1:2d}. {key}", lambda i=index: wizard.go_to(i))
        record("open  1. projet (again)", lambda: wizard.go_to(0))
        project = wizard.steps[0]
        edit = project.name_edit

        def autosave_states_and_check(run=run) -> None:
            edit.setText(f"Nom modifié {run}")
            edit.textEdited.emit(edit.text())  # as typed by the user (setText alone is not an edit)
            wizard.autosaver.send()  # as its delay ends: stored, then step states + live check, in the background

        record("edit: autosave + step states + live check", autosave_states_and_check)
    from ui_block import followup_actions

    for name, action in followup_actions(wizard):  # the follow-up step's edits and tabs, once
        record(name, action)
    wizard.shutdown()
    wizard.close()
    wizard.deleteLater()
    app.processEvents()
    return {name: (statistics.median(times), n) for name, (times, n) in results.items()}


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--runs", type=int, default=5)
    args = parser.parse_args()
    tmp = Path(tempfile.mkdtemp(prefix="esms-bench-edit-"))
    os.environ["ESMS_DESKTOP_HOME"] = str(tmp / "home")

    from esms_desktop.storage.database import open_database
    from esms_desktop.storage.dossier_file import import_dossier, import_file
    from PySide6.QtWidgets import QApplication

    app = QApplication.instance() or QApplication(sys.argv)
    app.setStyleSheet((ROOT / "resources" / "style.qss").read_text(encoding="utf-8"))  # as the app starts
    db = open_database(str(tmp / "bench.sqlite"))
    cases = {
        "example (16 ESSMS)": import_file(db, EXAMPLE),
        "200 ESSMS, 12 OGs": import_dossier(db, big_grappe()),
        "example + 50 MB": import_dossier(db, heavy_example()),
    }
    try:  # as the window does while its dossier list is idle: the wizard's modules imported beforehand
        from esms_desktop.ui.wizard.warm_up import warm_up

        warming, turns, start = warm_up(app), [], time.perf_counter()
        while warming.busy():
            turn = time.perf_counter()
            app.processEvents()
            turns.append(time.perf_counter() - turn)
            time.sleep(0.002)
        print(f"idle warm-up of the wizard's modules (ui/wizard/warm_up.py): {1000 * (time.perf_counter() - start):.0f} ms, "
              f"{len(turns)} turns of the event loop, the longest {1000 * max(turns, default=0):.0f} ms\n")
    except ImportError:
        pass
    table = {name: bench(db, dossier_id, args.runs, app) for name, dossier_id in cases.items()}
    names = list(cases)
    rows = list(next(iter(table.values())))
    rows = (rows[:2] + sorted(r for r in rows[2:] if r.startswith("first"))
            + sorted(r for r in rows[2:] if r.startswith("open")) + [r for r in rows if r.startswith("edit")]
            + [r for r in rows if r.startswith("suivi")])
    width = max(len(r) for r in rows)
    print(f"{'':{width}}  " + "  ".join(f"{n:>24}" for n in names))
    print(f"{'':{width}}  " + "  ".join(f"{'ms':>12}{'statements':>12}" for _ in names))
    for row in rows:
        cells = "  ".join(f"{table[n][row][0] * 1000:12.1f}{table[n][row][1]:12d}" for n in names)
        print(f"{row:{width}}  {cells}")
    edit = [sum(table[n][r][1] for r in rows if r.startswith("edit")) for n in names]
    worst = {n: max(v[0] for v in table[n].values()) * 1000 for n in names}
    print()
    print("statements per edit (autosave + states + live check, all threads): " + ", ".join(f"{n}: {e}" for n, e in zip(names, edit)))
    print("longest UI-thread block (ms): " + ", ".join(f"{n}: {w:.0f}" for n, w in worst.items()))
    print("targets: ≤ 15 statements per edit; ≤ 50 ms at 200 ESSMS; 50 MB no slower than the example")
    db.dispose()


if __name__ == "__main__":
    main()
