"""Cold start of esms-desktop against a bare PySide6 window started the same way, in the same run.

    .venv/bin/python tests/benchmarks/bench_startup.py [--runs 7]

Measures, from process creation, (1) the first paint of the main window and (2) the dossier list filled
and the event loop idle, for: a bare PySide6 window; the app on a database already at the latest schema
(the usual case, holding the example dossier); the app on a new database (migrations run).
Prints the medians and the ratios to the bare window. Targets: first paint ≤ 1.5×, list filled ≤ 4×.
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
BARE = Path(__file__).with_name("bare_window.py")


def milestones(cmd: list[str], env: dict) -> dict[str, float]:
    start = time.time()
    out = subprocess.run(cmd, capture_output=True, text=True, env=env, cwd=ROOT, timeout=120)
    if out.returncode != 0:
        raise SystemExit(f"{cmd} failed:\n{out.stderr}")
    marks = {}
    for line in out.stdout.splitlines():
        name, _, value = line.partition(" ")
        if name in ("first-paint", "ready"):
            marks[name] = float(value) - start
    return marks


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--runs", type=int, default=7)
    args = parser.parse_args()
    env = dict(os.environ, QT_QPA_PLATFORM=os.environ.get("QT_QPA_PLATFORM", "offscreen"), ESMS_DESKTOP_STARTUP_PROBE="1")
    tmp = Path(tempfile.mkdtemp(prefix="esms-bench-"))
    env["ESMS_DESKTOP_HOME"] = str(tmp / "home")
    ready_db = tmp / "ready.sqlite"
    subprocess.run([sys.executable, "-m", "esms_desktop", "--db", str(ready_db), "dossier", "import",
                    str(ROOT / "resources" / "examples" / "exemple-grappe-bfc.json")], check=True, env=env,
                   capture_output=True)
    cases = {
        "bare window": lambda i: [sys.executable, str(BARE)],
        "app, database up to date": lambda i: [sys.executable, "-m", "esms_desktop", "--db", str(ready_db)],
        "app, new database": lambda i: [sys.executable, "-m", "esms_desktop", "--db", str(tmp / f"new{i}.sqlite")],
    }
    results: dict[str, dict[str, list[float]]] = {name: {"first-paint": [], "ready": []} for name in cases}
    milestones(cases["bare window"](0), env)  # warm the file cache once
    for i in range(args.runs):
        for name, make in cases.items():  # interleaved, so that drift hits every case alike
            for mark, value in milestones(make(i), env).items():
                results[name][mark].append(value)
    base = {mark: statistics.median(v) for mark, v in results["bare window"].items()}
    print(f"{'case':<28} {'first paint':>12} {'ratio':>6} {'list filled':>12} {'ratio':>6}")
    for name, marks in results.items():
        paint, ready = statistics.median(marks["first-paint"]), statistics.median(marks["ready"])
        print(f"{name:<28} {paint:>10.3f} s {paint / base['first-paint']:>5.2f}× {ready:>10.3f} s "
              f"{ready / base['ready']:>5.2f}×")
    print("targets: first paint ≤ 1.50×, list filled ≤ 4.00× (ratios of medians over", args.runs, "runs)")


if __name__ == "__main__":
    main()
