"""The command line, run as a user runs it (a real process, the real entry point)."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

from esms_desktop import __version__
import pytest

pytestmark = pytest.mark.both_backends

EXAMPLE = Path(__file__).resolve().parent.parent / "resources" / "examples" / "exemple-grappe-bfc.json"


def cli(*args, env_db=None, **kwargs):
    import os

    env = dict(os.environ)
    if env_db:
        env["ESMS_DESKTOP_DB"] = str(env_db)
    return subprocess.run([sys.executable, "-m", "esms_desktop", *args], capture_output=True, text=True, env=env, **kwargs)


def test_version():
    result = cli("--version")
    assert result.returncode == 0 and result.stdout.strip() == f"esms-desktop {__version__}"


def test_import_list_export_round_trip(tmp_path, db_url):
    db = db_url
    result = cli("--db", str(db), "dossier", "import", str(EXAMPLE))
    assert result.returncode == 0, result.stderr
    assert "importé sous le numéro 1" in result.stdout
    listing = cli("--db", str(db), "dossier", "list")
    assert "Exemple — Grappe DUI Yonne-Saône-et-Loire 2024" in listing.stdout
    assert "Modifié le" in listing.stdout and " 16 " in listing.stdout
    out = tmp_path / "export.json"
    assert cli("--db", str(db), "dossier", "export", "1", "-o", str(out)).returncode == 0
    assert out.read_text(encoding="utf-8") == EXAMPLE.read_text(encoding="utf-8")


def test_environment_variable_names_the_database(tmp_path):
    db = tmp_path / "env.sqlite"
    assert cli("dossier", "import", str(EXAMPLE), env_db=db).returncode == 0
    assert "Exemple" in cli("dossier", "list", env_db=db).stdout
    assert "Exemple" in cli("--db", f"sqlite:///{db}", "dossier", "list").stdout


def test_refused_import_names_the_field_and_changes_nothing(tmp_path, db_url):
    db = db_url
    data = json.loads(EXAMPLE.read_text(encoding="utf-8"))
    data["dossier"]["ogs"][0]["essms"][2]["finess_et"] = "89000592X"
    bad = tmp_path / "bad.json"
    bad.write_text(json.dumps(data), encoding="utf-8")
    result = cli("--db", str(db), "dossier", "import", str(bad))
    assert result.returncode == 2
    # the field said in words (issue 21): the first OG by its name, the third ESSMS, its FINESS ET
    assert "OG « Association Charles de Foucauld (Yonne) », 3e ESSMS, FINESS ET" in result.stderr
    assert "Rien n'a été importé" in result.stderr
    assert "Aucun dossier" in cli("--db", str(db), "dossier", "list").stdout


def test_same_dossier_twice_needs_copy_or_replace(db_url):
    db = db_url
    cli("--db", str(db), "dossier", "import", str(EXAMPLE))
    again = cli("--db", str(db), "dossier", "import", str(EXAMPLE))
    assert again.returncode == 2 and "déjà ce dossier" in again.stderr
    assert cli("--db", str(db), "dossier", "import", "--copy", str(EXAMPLE)).returncode == 0
    assert cli("--db", str(db), "dossier", "list").stdout.count("Exemple") == 2


def test_english_on_request(tmp_path):
    result = cli("--lang", "en", "--db", str(tmp_path / "b.sqlite"), "dossier", "list")
    assert result.stdout.startswith("No dossier in")


def test_usage_errors_read_french(tmp_path):
    result = cli("--db", str(tmp_path / "b.sqlite"), "dossier")
    assert result.returncode == 2
    assert "arguments obligatoires manquants" in result.stderr and "required" not in result.stderr
