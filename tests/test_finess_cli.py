"""``esms-desktop finess import | lookup | check`` as a user runs them (real processes)."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

SAMPLE = Path(__file__).resolve().parent.parent / "resources" / "finess" / "sample-extract.csv"


def cli(home, *args):
    env = {**os.environ, "ESMS_DESKTOP_HOME": str(home)}
    return subprocess.run([sys.executable, "-m", "esms_desktop", "--lang", "en", "finess", *args],
                          capture_output=True, text=True, env=env)


def test_check_valid_and_invalid(tmp_path):
    ok = cli(tmp_path, "check", "210 010 740")
    assert ok.returncode == 0
    assert "210010740" in ok.stdout and "Côte-d'Or" in ok.stdout and "Bourgogne-Franche-Comté" in ok.stdout
    bad = cli(tmp_path, "check", "210010741")  # Luhn key of 21001074 is 0
    assert bad.returncode == 1
    assert "should be 0" in bad.stderr
    overseas = cli(tmp_path, "check", "970400024")  # La Réunion (9D), a number of the sample
    assert overseas.returncode == 0 and "La Réunion" in overseas.stdout


def test_import_then_lookup(tmp_path):
    missing = cli(tmp_path, "lookup", "ehpad")
    assert missing.returncode == 1 and "finess import" in missing.stderr
    imported = cli(tmp_path, "import", str(SAMPLE))
    assert imported.returncode == 0, imported.stderr
    assert "100 %" in imported.stderr  # the text progress
    assert (tmp_path / "finess-reference.sqlite3").is_file()
    found = cli(tmp_path, "lookup", "chanteloup")
    assert found.returncode == 0 and found.stdout.startswith("710785262  EJ 710000548")
    by_number = cli(tmp_path, "lookup", "8900026")
    assert "EHPAD MAURICE VILLATTE" in by_number.stdout


def test_malformed_extract_is_refused_with_its_line(tmp_path):
    cli(tmp_path, "import", str(SAMPLE))
    lines = SAMPLE.read_text(encoding="utf-8").splitlines()
    lines[3] = lines[3] + ";extra"
    bad = tmp_path / "bad.csv"
    bad.write_text("\n".join(lines) + "\n", encoding="utf-8")
    result = cli(tmp_path, "import", str(bad))
    assert result.returncode == 1
    assert "Line 4" in result.stderr and "previous FINESS reference is kept" in result.stderr
    assert cli(tmp_path, "lookup", "chanteloup").returncode == 0  # the old reference answers still
