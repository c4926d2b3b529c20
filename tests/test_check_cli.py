"""``esms-desktop check``: run as a user runs it; exit status 0 admissible, 1 not, 2 cannot check."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path
import pytest

pytestmark = pytest.mark.both_backends

EXAMPLE = Path(__file__).resolve().parent.parent / "resources" / "examples" / "exemple-grappe-bfc.json"
DATE = "2024-05-01"  # inside the example's filing window


def cli(*args):
    """A real process, as a user runs it."""
    return subprocess.run([sys.executable, "-m", "esms_desktop", *args], capture_output=True, text=True,
                          env=dict(os.environ))


class Result:
    def __init__(self, returncode: int, stdout: str, stderr: str):
        self.returncode, self.stdout, self.stderr = returncode, stdout, stderr


def run(capsys, *args) -> Result:
    """The same command in this process (faster; the QApplication of the tests is reused)."""
    from esms_desktop.cli import run as cli_run

    capsys.readouterr()
    status = cli_run(list(args))
    out = capsys.readouterr()
    return Result(status, out.out, out.err)


def test_example_is_admissible():
    result = cli("check", str(EXAMPLE), "--date", DATE)
    assert result.returncode == 0, result.stdout + result.stderr
    assert "Yonne-Saône-et-Loire" in result.stdout


def test_variant_without_rib_letters_and_dpo_is_not(tmp_path, qapp, capsys):
    data = json.loads(EXAMPLE.read_text(encoding="utf-8"))
    d = data["dossier"]
    d["documents"] = [x for x in d["documents"] if x["kind"] not in ("rib", "engagement_letter")]
    d["ogs"][0]["dpo_designated"] = False
    path = tmp_path / "variante.json"
    path.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    result = run(capsys, "check", str(path), "--date", DATE, "--json")
    assert result.returncode == 1, result.stderr
    out = json.loads(result.stdout)
    assert out["admissible"] is False and out["blocking_count"] == 3
    blocking = {c["key"]: c["step"] for c in out["criteria"] if c["blocking"]}
    assert blocking == {"admissibility.rib": "pieces", "admissibility.engagement_letters": "pieces",
                        "admissibility.dpo": "grappe"}
    text = run(capsys, "check", str(path), "--date", DATE)
    assert text.returncode == 1 and text.stdout.count("!!") == 3  # the three blocking lines are marked


def test_dossier_of_the_database_by_number(db_url, qapp, capsys):
    db = db_url
    assert run(capsys, "--db", str(db), "dossier", "import", str(EXAMPLE)).returncode == 0
    assert run(capsys, "--db", str(db), "check", "1", "--date", DATE).returncode == 0
    assert run(capsys, "--db", str(db), "check", "1", "--date", "2024-10-01").returncode == 0  # a date is planned
    assert run(capsys, "--db", str(db), "check", "7").returncode == 2  # no such dossier


def test_cannot_check():
    result = cli("check", "/nowhere/dossier.json")
    assert result.returncode == 2 and result.stderr.startswith("esms-desktop")
    assert cli("check", str(EXAMPLE), "--date", "demain", "--json").returncode == 2
