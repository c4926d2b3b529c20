"""``esms-desktop funding``: the grant breakdown of a dossier file or of a dossier of the database."""

from __future__ import annotations

import json
import subprocess
import sys

from esms_desktop.paths import resource_path
import pytest

pytestmark = pytest.mark.both_backends

EXAMPLE = resource_path("examples", "exemple-grappe-bfc.json")
NNBSP, NBSP = "\u202f", "\u00a0"


def cli(*args):
    return subprocess.run([sys.executable, "-m", "esms_desktop", *args], capture_output=True, text=True)


def test_funding_of_a_file_as_json_with_a_refusal(tmp_path):
    data = json.loads(EXAMPLE.read_text(encoding="utf-8"))
    data["dossier"]["ogs"][0]["funding"]["amoa_purchasing"] = True  # not offered in 2024 (001): refused
    path = tmp_path / "d.json"
    path.write_text(json.dumps(data), encoding="utf-8")
    result = cli("funding", str(path), "--json")
    assert result.returncode == 0, result.stderr
    out = json.loads(result.stdout)
    # 001, 2024, 16 ESSMS: 112 000 + 224 000 (plafond) + 80 000 + 50 000 + 20 000 + 10 000 (plafonds) + 100 000
    assert out["total"] == 596_000
    assert [(line["key"], line["amount"]) for line in out["lines"]][:2] == [("usage.lower", 112_000),
                                                                           ("editor.lower", 224_000)]
    editor = out["lines"][1]
    assert editor["ceiling"] and editor["retained"] == 172_000 and editor["source_ref"].startswith("001 Cas 1")
    # the source by document name and section (issue 15): « Dépliant national 2024, Cas 1, … »
    assert editor["source"].startswith("Dépliant national 2024, Cas 1")
    assert out["schedule"]["avance"] == out["schedule"]["solde"] == 298_000
    assert [(r["key"], r["og"]) for r in out["refusals"]] == [("amoa_purchasing", "Association Charles de Foucauld (Yonne)")]
    assert out["refusals"][0]["source_ref"].startswith("001") and out["refusals"][0]["source"].startswith("Dépliant")
    assert out["budget"] == {"grant_retained": 440_100, "expenses": 491_300, "revenues": 491_300, "difference": 0,
                             "schedule": {"avance": 220_050, "solde": 220_050}}


def test_funding_of_a_database_dossier_as_text(db_url):
    db = db_url
    assert cli("--db", str(db), "dossier", "import", str(EXAMPLE)).returncode == 0
    result = cli("--db", str(db), "funding", "1")
    assert result.returncode == 0, result.stderr
    assert f"596{NNBSP}000{NBSP}€" in result.stdout and f"440{NNBSP}100{NBSP}€" in result.stdout
    assert f"16 ESSMS × 7{NNBSP}000{NBSP}€ = 112{NNBSP}000{NBSP}€" in result.stdout  # the rule of the line
    missing = cli("--db", str(db), "funding", "7")
    assert missing.returncode == 2 and "7" in missing.stderr

