"""Crash safety: edit a dossier without pause in a child process, kill it (SIGKILL) at random, check.

    .venv/bin/python tests/benchmarks/kill_harness.py --kills 500 [--seed 1] [--db FILE]

The child edits through the storage service functions, as autosave does: one short transaction per
edit (add / note / delete an ESSMS, rename the dossier, import a small dossier in one transaction,
delete it), and after each commit appends what it committed to a side journal. Before an edit it
writes its intent, so the edit being committed when the kill lands is known too.

After each kill: ``PRAGMA integrity_check`` is "ok", ``open_database`` opens the file, and the
database holds exactly the state after the first k edits of the run, for some k: at least every
edit committed more than one second before the kill, at most those plus the one in flight.
Every ``--migration-every`` cycles the child instead opens a database at revision 0001, which it
migrates (backup first), and is killed during that: the file must then open and hold its data.

Used by tests/test_crash_safety.py with a small count. Prints a summary and exits 1 on a failure.
"""

from __future__ import annotations

import argparse
import json
import os
import random
import signal
import sqlite3
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

MAIN = "Dossier sous tension"
GRACE = 1.0  # seconds: edits committed longer ago than this before the kill must be there


# --- the state a database holds, read without the application's code ---------------------------


def read_state(db_path: Path) -> dict:
    """{"name": main dossier name, "essms": {name: notes}, "imports": {dossier name: ESSMS count}}."""
    con = sqlite3.connect(db_path)
    try:
        main_id, name = con.execute("SELECT id, name FROM dossier WHERE uid = 'harness-main'").fetchone()
        essms = dict(
            con.execute(
                "SELECT e.name, e.notes FROM essms e JOIN og ON e.og_id = og.id WHERE og.dossier_id = ?", (main_id,)
            )
        )
        imports = dict(
            con.execute(
                "SELECT d.name, (SELECT COUNT(*) FROM essms e JOIN og ON e.og_id = og.id WHERE og.dossier_id = d.id) "
                "FROM dossier d WHERE d.id != ?",
                (main_id,),
            )
        )
        return {"name": name, "essms": essms, "imports": imports}
    finally:
        con.close()


def apply(state: dict, op: dict) -> dict:
    """The state after one journaled edit."""
    new = {"name": state["name"], "essms": dict(state["essms"]), "imports": dict(state["imports"])}
    kind = op["op"]
    if kind == "add":
        new["essms"][op["name"]] = ""
    elif kind == "note":
        new["essms"][op["name"]] = op["notes"]
    elif kind == "delete":
        new["essms"].pop(op["name"], None)
    elif kind == "rename":
        new["name"] = op["value"]
    elif kind == "import":
        new["imports"][op["value"]] = op["count"]
    elif kind == "unimport":
        new["imports"].pop(op["value"], None)
    return new


# --- the child: edits without pause -------------------------------------------------------------


def _small_dossier(n: int) -> dict:
    import uuid

    return {
        "format": "esms-desktop/dossier",
        "format_version": 1,
        "dossier": {
            "uid": str(uuid.uuid4()),
            "name": f"import {n}",
            "campaign_year": 2025,
            "region": "27",
            "project_type": "acquisition",
            "hosting": "saas",
            "ogs": [
                {
                    "finess_ej": "",
                    "name": f"OG {n}",
                    "is_porteur": True,
                    "essms": [{"finess_et": "", "name": f"i{n}-{j}"} for j in range(3)],
                }
            ],
        },
    }


def child(db_path: str, journal_path: str, first_n: int, seed: int) -> None:
    from esms_desktop.storage import grappe
    from esms_desktop.storage.database import open_database
    from esms_desktop.storage.dossier_file import import_dossier
    from esms_desktop.storage.dossiers import delete_dossier, update_dossier

    rng = random.Random(seed)
    db = open_database(db_path)
    (main_id,) = db.rows("SELECT id FROM dossier WHERE uid = 'harness-main'")[0]
    og_id = grappe.list_grappe(db, main_id)[0].id
    ids = {e.name: e.id for og in grappe.list_grappe(db, main_id) for e in og.essms}
    imports = dict(db.rows("SELECT name, id FROM dossier WHERE id != :m", {"m": main_id}))
    fd = os.open(journal_path, os.O_WRONLY | os.O_CREAT | os.O_APPEND, 0o644)

    def log(line: str) -> None:
        os.write(fd, (line + "\n").encode("utf-8"))

    print("ready", flush=True)
    n = first_n
    while True:
        n += 1
        roll = rng.random()
        # The grappe stays between 20 and 40 ESSMS: adds and deletes balance out.
        if (roll < 0.25 and len(ids) < 40) or len(ids) < 20:
            op = {"op": "add", "name": f"e{n}"}
        elif roll < 0.50:
            op = {"op": "delete", "name": rng.choice(sorted(ids))}
        elif roll < 0.80:
            op = {"op": "note", "name": rng.choice(sorted(ids)), "notes": f"n{n} " + "x" * rng.randint(0, 300)}
        elif roll < 0.90:
            op = {"op": "rename", "value": f"{MAIN} {n}"}
        elif roll < 0.95 or not imports:
            op = {"op": "import", "value": f"import {n}", "count": 3}
        else:
            op = {"op": "unimport", "value": rng.choice(sorted(imports))}
        op["n"] = n
        log("I " + json.dumps(op))
        kind = op["op"]
        if kind == "add":
            ids[op["name"]] = grappe.add_essms(db, og_id, name=op["name"])
        elif kind == "note":
            grappe.update_essms(db, ids[op["name"]], notes=op["notes"])
        elif kind == "delete":
            grappe.delete_essms(db, ids.pop(op["name"]))
        elif kind == "rename":
            update_dossier(db, main_id, name=op["value"])
        elif kind == "import":
            imports[op["value"]] = import_dossier(db, _small_dossier(n))
        elif kind == "unimport":
            delete_dossier(db, imports.pop(op["value"]))
        log(f"D {n} {time.time():.6f}")


# --- the parent: start, kill, check -------------------------------------------------------------


@dataclass
class Outcome:
    kills: int = 0
    edit_cycles: int = 0
    migration_cycles: int = 0
    edits_committed: int = 0
    in_flight_found: int = 0  # kills where the edit in flight had been committed (journal not yet written)
    cycles_with_old_edits: int = 0  # cycles where some edit was older than GRACE at the kill
    lost_edits: int = 0  # committed and journaled, but absent (any age)
    migrations_done: int = 0  # kills that landed after the migration committed
    failures: list[str] = field(default_factory=list)
    seconds: float = 0.0

    def summary(self) -> str:
        rate = self.edits_committed / self.seconds if self.seconds else 0
        return (
            f"kills survived: {self.kills - len(self.failures)}/{self.kills} "
            f"({self.edit_cycles} while editing, {self.migration_cycles} while migrating, "
            f"{self.migrations_done} of them after the migration committed); "
            f"edits committed: {self.edits_committed} (~{rate:.0f}/s of wall time); "
            f"edit in flight found committed: {self.in_flight_found}; "
            f"cycles with edits older than {GRACE:g} s: {self.cycles_with_old_edits}; "
            f"committed edits lost: {self.lost_edits}; failures: {len(self.failures)}"
        )


def setup_database(db_path: Path) -> None:
    from esms_desktop.storage import grappe
    from esms_desktop.storage.database import open_database

    db = open_database(str(db_path))
    with db.session() as session:
        from esms_desktop.storage.models import Dossier, utcnow

        session.add(Dossier(uid="harness-main", name=MAIN, campaign_year=2025, region="27",
                            project_type="acquisition", hosting="saas", created_at=utcnow(), modified_at=utcnow()))
    (main_id,) = db.rows("SELECT id FROM dossier WHERE uid = 'harness-main'")[0]
    grappe.add_og(db, main_id, name="OG du banc d'essai", is_porteur=True)
    db.dispose()


def _check_opens(db_path: Path) -> str | None:
    """None when the file passes integrity_check and open_database; else what went wrong."""
    con = sqlite3.connect(db_path)
    try:
        check = con.execute("PRAGMA integrity_check").fetchone()[0]
    finally:
        con.close()
    if check != "ok":
        return f"integrity_check: {check}"
    from esms_desktop.storage.database import open_database

    try:
        open_database(str(db_path), before_migration=None).dispose()
    except Exception as exc:  # noqa: BLE001 - refused (StorageError) or worse: both are failures
        return f"open_database failed: {type(exc).__name__}: {str(exc).splitlines()[0][:200]}"
    return None


def _spawn(args: list[str]) -> subprocess.Popen:
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    return subprocess.Popen([sys.executable, __file__, *args], stdout=subprocess.PIPE, stderr=subprocess.PIPE, env=env)


def _kill_after(proc: subprocess.Popen, delay: float) -> float:
    """Wait for the child's "ready", then ``delay`` seconds; SIGKILL it; returns the kill time."""
    line = proc.stdout.readline()
    if line.strip() != b"ready":
        proc.kill()
        proc.wait()
        raise RuntimeError(f"child did not start: {line!r} {proc.stderr.read().decode(errors='replace')[-2000:]}")
    time.sleep(delay)
    kill_time = time.time()
    os.kill(proc.pid, signal.SIGKILL)
    proc.wait()
    proc.stdout.close()
    proc.stderr.close()
    return kill_time


def edit_cycle(db_path: Path, journal: Path, first_n: int, seed: int, delay: float, out: Outcome,
               after_kill=None) -> int:
    """One start-edit-kill-check cycle; returns the last edit number journaled.

    ``after_kill(db_path)`` (tests of the harness itself) may damage the file before the checks.
    """
    before = read_state(db_path)
    journal.unlink(missing_ok=True)
    kill_time = _kill_after(_spawn(["--child", str(db_path), str(journal), str(first_n), str(seed)]), delay)
    if after_kill is not None:
        after_kill(db_path)
    out.kills += 1
    out.edit_cycles += 1
    problem = _check_opens(db_path)
    if problem:
        out.failures.append(f"seed {seed}: {problem}")
        return first_n
    intents: dict[int, dict] = {}
    done: list[tuple[int, float]] = []
    for line in journal.read_text(encoding="utf-8").splitlines() if journal.exists() else []:
        if line.startswith("I "):
            op = json.loads(line[2:])
            intents[op["n"]] = op
        elif line.startswith("D "):
            parts = line.split()
            if len(parts) == 3:  # a line cut by the kill is ignored
                done.append((int(parts[1]), float(parts[2])))
    states = [before]
    for n, _t in done:
        states.append(apply(states[-1], intents[n]))
    last = done[-1][0] if done else first_n
    in_flight = intents.get(last + 1)
    if in_flight is not None:
        states.append(apply(states[-1], in_flight))
    must_have = sum(1 for _n, t in done if t < kill_time - GRACE)
    out.edits_committed += len(done)
    out.cycles_with_old_edits += must_have > 0
    after = read_state(db_path)
    matches = [k for k in range(len(states)) if states[k] == after]
    if not matches:
        out.failures.append(f"seed {seed}: the database matches no prefix of the journal ({len(done)} edits)")
        return last
    k = max(matches)
    if k > len(done):
        out.in_flight_found += 1
        last += 1
    out.lost_edits += max(len(done) - k, 0)
    if k < must_have:
        out.failures.append(f"seed {seed}: {must_have - k} edits committed more than {GRACE:g} s before the kill lost")
    return last


def make_0001_database(path: Path) -> dict:
    """A database at revision 0001 with a dossier, two OGs and three ESSMS; returns what it holds."""
    from esms_desktop.storage.database import Database, upgrade

    db = Database("sqlite:///" + str(path), path)
    upgrade(db.engine, "0001")
    db.dispose()
    con = sqlite3.connect(path)
    with con:
        con.execute("INSERT INTO dossier VALUES (1, 'harness-main', ?, 2024, '27', 'acquisition', 'saas', "
                    "'2024-03-01 10:00:00', '2024-03-02 11:00:00')", (MAIN,))
        con.execute("INSERT INTO og VALUES (1, 1, 0, '250000015', 'OG un', 1)")
        con.execute("INSERT INTO og VALUES (2, 1, 1, '', 'OG deux', 0)")
        for i, og in ((1, 1), (2, 1), (3, 2)):
            con.execute("INSERT INTO essms (id, og_id, position, finess_et, name, notes) VALUES (?, ?, ?, '', ?, ?)",
                        (i, og, i, f"e{i}", f"note {i}"))
    con.close()
    return read_state(path)


def migration_cycle(workdir: Path, seed: int, delay: float, out: Outcome) -> None:
    from esms_desktop.storage import schema_version

    path = workdir / f"migration-{seed}.sqlite"
    expected = make_0001_database(path)
    _kill_after(_spawn(["--migrate", str(path)]), delay)
    out.kills += 1
    out.migration_cycles += 1
    con = sqlite3.connect(path)
    revision = con.execute("SELECT version_num FROM alembic_version").fetchone()[0]
    con.close()
    out.migrations_done += revision == schema_version.HEAD
    problem = _check_opens(path)  # migrates what was not
    if problem is None and read_state(path) != expected:
        problem = "data changed by the interrupted migration"
    if problem:
        out.failures.append(f"migration seed {seed} (left at {revision}): {problem}")
    for extra in (path, Path(f"{path}-wal"), Path(f"{path}-shm")):
        extra.unlink(missing_ok=True)


def run(kills: int, db_path: Path, seed: int = 1, max_delay: float = 1.5, migration_every: int = 10,
        progress=None) -> Outcome:
    """Kill the editing child ``kills`` times; returns what happened (failures listed)."""
    started = time.perf_counter()
    db_path = Path(db_path)
    if not db_path.exists():
        setup_database(db_path)
    journal = db_path.with_suffix(".journal")
    rng = random.Random(seed)
    out = Outcome()
    n = 0
    for i in range(kills):
        cycle_seed = seed * 100_000 + i
        if migration_every and i % migration_every == migration_every - 1:
            migration_cycle(db_path.parent, cycle_seed, rng.uniform(0.0, 0.2), out)
        else:
            # Every tenth run very short (the kill lands during start-up), every third longer than
            # GRACE (so that some edits must have survived), the others anywhere up to max_delay.
            if i % 10 == 0:
                delay = rng.uniform(0.0, 0.05)
            elif i % 3 == 1:
                delay = rng.uniform(GRACE + 0.05, max(max_delay, GRACE + 0.1))
            else:
                delay = rng.uniform(0.05, max_delay)
            n = edit_cycle(db_path, journal, n, cycle_seed, delay, out)
        if progress is not None:
            progress(i + 1, out)
    out.seconds = time.perf_counter() - started
    return out


def _migrate_child(path: str) -> None:
    # Libraries imported first: the kill then lands in the backup or the migration (~0.07 s together).
    import alembic.command  # noqa: F401
    import sqlalchemy  # noqa: F401

    import esms_desktop.storage.models  # noqa: F401
    from esms_desktop.storage.database import open_database

    print("ready", flush=True)
    open_database(path).dispose()
    time.sleep(60)


def main(argv: list[str] | None = None) -> int:
    argv = sys.argv[1:] if argv is None else argv
    if argv and argv[0] == "--child":
        child(argv[1], argv[2], int(argv[3]), int(argv[4]))
        return 0
    if argv and argv[0] == "--migrate":
        _migrate_child(argv[1])
        return 0
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--kills", type=int, default=500)
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--db", help="database file (default: a new one in a temporary folder)")
    parser.add_argument("--max-delay", type=float, default=1.5)
    parser.add_argument("--migration-every", type=int, default=10)
    args = parser.parse_args(argv)
    workdir = Path(tempfile.mkdtemp(prefix="kill-harness-"))
    db_path = Path(args.db) if args.db else workdir / "dossiers.sqlite"

    def progress(done: int, out: Outcome) -> None:
        if done % 25 == 0 or done == args.kills:
            print(f"{done}/{args.kills}: {len(out.failures)} failures, {out.edits_committed} edits", flush=True)

    out = run(args.kills, db_path, args.seed, args.max_delay, args.migration_every, progress)
    print(out.summary())
    print(f"{out.seconds:.0f} s; database {db_path} ({db_path.stat().st_size // 1024} KiB)")
    for failure in out.failures:
        print("FAIL", failure)
    return 1 if out.failures else 0


if __name__ == "__main__":
    sys.exit(main())
