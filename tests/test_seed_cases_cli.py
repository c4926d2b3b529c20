"""Issue 15 on the command line: each grant line and each finding gives its source as a document name and
section; ``check`` says where to file; commands that import nothing do not say « Rien n'a été importé »;
the --version help is French."""

from __future__ import annotations

import json
from pathlib import Path

from test_check_cli import Result

EXAMPLES = Path(__file__).resolve().parent.parent / "resources" / "examples"
SECOND = EXAMPLES / "exemple-grappe-mixte-martinique.json"


def run(capsys, *args) -> Result:
    from esms_desktop.cli import run as cli_run

    capsys.readouterr()
    try:
        code = cli_run(list(args))
    except SystemExit as exc:
        code = int(exc.code or 0)
    out = capsys.readouterr()
    return Result(code, out.out, out.err)


def test_funding_json_gives_every_source_by_document_name(capsys, qapp):
    result = run(capsys, "funding", str(SECOND), "--json")
    out = json.loads(result.stdout)
    assert out["total"] == 518_000
    for item in out["lines"] + out["refusals"]:
        assert not item["source"][:3].isdigit(), item  # « Dépliant national 2024, Cas 1 », not « 001 Cas 1 »
        assert item["source_ref"][:3].isdigit()
    conformite = next(line for line in out["lines"] if line["key"] == "usage.lower.conformite")
    assert conformite["source"] == "Dépliant national 2024, Cas 2, projets de moins de 50 ESSMS"
    assert {r["key"] for r in out["readings"]} == {"small_og.amoa_piloting", "small_og.max_essms"}


def test_check_json_says_where_to_file_and_gives_finding_sources_by_name(capsys, qapp):
    result = run(capsys, "check", str(SECOND), "--json", "--date", "2024-05-01")
    assert result.returncode == 0, result.stderr
    out = json.loads(result.stdout)
    # 12 ESSMS in Nouvelle-Aquitaine (75), 4 in Martinique: multi-regional, with the ARS holding the most
    assert out["filing"]["level"] == "multi_regional" and out["filing"]["region_name"] == "Nouvelle-Aquitaine"
    assert out["filing"]["window"] == "15/01/2024 – 01/06/2024"  # 001 « Calendrier ESMS numérique »
    for item in out["criteria"] + out["findings"]:
        assert not item["source"][:3].isdigit(), item
    route = next(f for f in out["findings"] if f["key"] == "planning.procurement_route")
    assert "Gestionnaire des foyers de Mauléon (Deux-Sèvres)" in route["what"]  # its public status (CCP)
    assert out["readings"]


def test_check_of_a_bad_file_does_not_say_nothing_was_imported(capsys, qapp, tmp_path):
    data = json.loads(SECOND.read_text(encoding="utf-8"))
    data["dossier"]["ogs"][1]["essms"][0]["finess_et"] = data["dossier"]["ogs"][0]["essms"][0]["finess_et"]
    path = tmp_path / "twice.json"
    path.write_text(json.dumps(data), encoding="utf-8")
    result = run(capsys, "check", str(path))
    assert result.returncode == 2
    assert "170010649" in result.stderr and "Rien n'a été importé" not in result.stderr
    result = run(capsys, "dossier", "import", str(path))
    assert "Rien n'a été importé" in result.stderr  # an import still says it


def test_version_help_is_french(capsys, qapp):
    result = run(capsys, "--help")
    assert "affiche la version et quitte" in result.stdout
