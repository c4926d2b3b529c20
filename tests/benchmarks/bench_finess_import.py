"""Benchmark of the FINESS reference import and search (a script, not collected by pytest).

    .venv/bin/python tests/benchmarks/bench_finess_import.py [--rows 100000] [--runs 5] [--queries 300]

1. Generates an extract of ``--rows`` ``structureet`` lines in the real 32-field format from the
   shipped sample (numbers renumbered with valid keys, names mixed from the sample's words).
2. Times ``import_extract`` against the sqlite3 command-line shell's ``.import`` of the same
   file into a plain 32-column table, in the same run, ``--runs`` times; prints the median ratio
   (target: at most 3x).
3. Times ``lookup`` by name over ``--queries`` queries on that reference; prints p50/p95
   (target: p95 at most 50 ms).
"""

from __future__ import annotations

import argparse
import csv
import random
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))

from esms_desktop.paths import resource_path  # noqa: E402
from esms_desktop.rules.identity.finess import expected_key  # noqa: E402
from esms_desktop.storage.finess_reference import import_extract, lookup  # noqa: E402

RATIO_TARGET = 3.0
P95_TARGET_MS = 50.0


def _sample_rows() -> tuple[list[str], list[list[str]]]:
    with open(resource_path("finess", "sample-extract.csv"), encoding="utf-8", newline="") as fh:
        rows = list(csv.reader(fh, delimiter=";"))
    return rows[0], [r for r in rows if r and r[0] == "structureet"]


def generate(path: Path, count: int, seed: int = 4) -> list[str]:
    """Write the extract; return the words used in names (for the queries)."""
    rng = random.Random(seed)
    header, rows = _sample_rows()
    words = sorted({w for r in rows for w in r[3].replace('"', " ").split() if len(w) > 2 and w.isalpha()})
    serials: dict[str, int] = {}
    with open(path, "w", encoding="utf-8", newline="") as fh:
        writer = csv.writer(fh, delimiter=";", lineterminator="\n")
        writer.writerow(header)
        for i in range(count):
            row = list(rows[i % len(rows)])
            prefix = row[1][:4] if row[1][:2] in ("97", "98") else row[1][:2]
            serial = serials.get(prefix, 0)
            serials[prefix] = serial + 1
            body = prefix + str(serial).zfill(8 - len(prefix))
            row[1] = body + expected_key(body)
            row[3] = " ".join(rng.sample(words, 3))[:38]
            writer.writerow(row)
    return words


def time_cli_import(extract: Path, workdir: Path) -> float:
    db = workdir / "cli.sqlite3"
    db.unlink(missing_ok=True)
    columns = ", ".join(f"c{i} TEXT" for i in range(32))
    script = (
        f"CREATE TABLE t ({columns});\n.mode csv\n.separator ;\n"
        f".import --skip 1 '{extract}' t\n"
    )
    started = time.perf_counter()
    subprocess.run(["sqlite3", str(db)], input=script, text=True, check=True)
    return time.perf_counter() - started


def time_import(extract: Path, workdir: Path) -> float:
    db = workdir / "reference.sqlite3"
    started = time.perf_counter()
    import_extract(extract, db, progress=lambda done, total: None, should_cancel=lambda: False)
    return time.perf_counter() - started


def bench_lookup(db: Path, words: list[str], queries: int, seed: int = 7) -> list[float]:
    rng = random.Random(seed)
    towns = ["dijon", "besancon", "macon", "auxerre", "nevers", "vesoul", "dole", "cayenne", "ajaccio"]
    times = []
    for i in range(queries):
        kind = i % 4
        if kind == 0:
            query = rng.choice(words).lower()[: rng.randint(3, 6)]
        elif kind == 1:
            query = f"{rng.choice(words)} {rng.choice(towns)}".lower()
        elif kind == 2:
            query = f"{rng.choice(words)[:4]} {rng.choice(words)[:3]}".lower()
        else:
            query = rng.choice(["ehpad", "ssiad", "ime", "esat", "foyer", "residence", "évaluation"])
        started = time.perf_counter()
        lookup(db, query, limit=20)
        times.append((time.perf_counter() - started) * 1000)
    return times


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rows", type=int, default=100_000)
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--queries", type=int, default=300)
    args = parser.parse_args()
    if shutil.which("sqlite3") is None:
        print("sqlite3 command-line shell not found (apt-get install sqlite3): no comparison.")
        return 2
    with tempfile.TemporaryDirectory(prefix="bench-finess-") as tmp:
        workdir = Path(tmp)
        extract = workdir / "extract.csv"
        words = generate(extract, args.rows)
        size_mb = extract.stat().st_size / 1e6
        print(f"extract: {args.rows} structureet rows, {size_mb:.1f} MB")
        ratios = []
        for run in range(1, args.runs + 1):
            cli = time_cli_import(extract, workdir)
            ours = time_import(extract, workdir)
            ratios.append(ours / cli)
            print(f"run {run}: import_extract {ours:.3f} s, sqlite3 .import {cli:.3f} s, ratio {ours / cli:.2f}")
        median = statistics.median(ratios)
        verdict = "OK" if median <= RATIO_TARGET else "OVER TARGET"
        print(f"median ratio {median:.2f} (target <= {RATIO_TARGET}) {verdict}")

        db = workdir / "reference.sqlite3"
        times = bench_lookup(db, words, args.queries)
        p50 = statistics.median(times)
        p95 = statistics.quantiles(times, n=20)[-1]
        verdict = "OK" if p95 <= P95_TARGET_MS else "OVER TARGET"
        print(
            f"lookup by name, {len(times)} queries: p50 {p50:.2f} ms, p95 {p95:.2f} ms, "
            f"max {max(times):.2f} ms (target p95 <= {P95_TARGET_MS} ms) {verdict}"
        )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
