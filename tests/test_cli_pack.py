"""``esms-desktop pack``: the PDF pack from a dossier file or a dossier of the database.

The command is called through its own parser (``esms_desktop.cli.pack.add_parser``), as the CLI
does once the lead has listed it in ``cli.COMMAND_MODULES``.
"""

from __future__ import annotations

import argparse
import json
import re

import pytest
from pypdf import PdfReader

from conftest import EXAMPLE

pytestmark = pytest.mark.both_backends


def run(argv: list[str], db_path=None) -> int:
    from esms_desktop.cli import pack

    parser = argparse.ArgumentParser(prog="esms-desktop")
    parser.add_argument("--db")
    parser.add_argument("--lang", choices=("fr", "en"))
    pack.add_parser(parser.add_subparsers(dest="command"))
    args = parser.parse_args(([f"--db={db_path}"] if db_path else []) + ["pack", *argv])
    return args.func(args)


def text_of(path) -> tuple[int, str]:
    reader = PdfReader(str(path))
    text = " ".join(p.extract_text() for p in reader.pages)
    return len(reader.pages), re.sub(r"[\s\u00a0\u202f]+", " ", text)


def test_pack_of_a_dossier_file(tmp_path, capsys):
    out = tmp_path / "pack.pdf"
    assert run([str(EXAMPLE), "-o", str(out)]) == 0
    pages, text = text_of(out)
    assert "Dossier de candidature" in text and "Annexe 3 — Check-list de l'appel à projets" in text
    assert str(pages) in capsys.readouterr().out
    for og in json.loads(EXAMPLE.read_text(encoding="utf-8"))["dossier"]["ogs"]:
        assert og["name"] in text and og["finess_ej"] in text


def test_letters_only_from_the_database(tmp_path, db_url, example_id):
    out = tmp_path / "lettres.pdf"
    assert run([str(example_id), "-o", str(out), "--letters-only"], db_url) == 0
    pages, text = text_of(out)
    assert pages >= 4 and text.count("Lettre d'engagement Programme ESMS numérique") == 4
    assert "Sommaire" not in text and "Article 1" not in text


def test_convention_only(tmp_path):
    out = tmp_path / "convention.pdf"
    assert run([str(EXAMPLE), "-o", str(out), "--convention-only"]) == 0
    _, text = text_of(out)
    assert "Projet de convention de partenariat" in text and "Article 16" in text


def test_letters_and_convention_only_exclude_each_other(tmp_path):
    with pytest.raises(SystemExit):
        run([str(EXAMPLE), "-o", str(tmp_path / "x.pdf"), "--letters-only", "--convention-only"])


def test_an_unreadable_dossier_writes_nothing(tmp_path, capsys):
    out = tmp_path / "pack.pdf"
    bad = tmp_path / "bad.json"
    bad.write_text("{ not json", encoding="utf-8")
    assert run([str(bad), "-o", str(out)]) == 2
    assert not out.exists()
    assert capsys.readouterr().err.strip()


def test_an_unknown_dossier_number_is_refused(tmp_path, db_url, db):
    out = tmp_path / "pack.pdf"
    assert run(["999", "-o", str(out)], db_url) == 2
    assert not out.exists()


def test_an_unwritable_output_keeps_nothing(tmp_path, capsys):
    wall = tmp_path / "a-file"
    wall.write_text("x")
    assert run([str(EXAMPLE), "-o", str(wall / "pack.pdf"), "--convention-only"]) == 2
    assert wall.read_text() == "x"
    assert capsys.readouterr().err.strip()


@pytest.mark.parametrize("source", ["file", "database"])
def test_the_full_pack_appends_the_stored_pieces(tmp_path, db_url, example_id, source):
    """The example's 9 stored pieces (one-page PDFs: RIB, 4 signed letters, 4 quotes) follow the pack,
    whether the dossier is read from its file or from the database (bytes read from storage)."""
    out = tmp_path / "pack.pdf"
    argv = [str(EXAMPLE) if source == "file" else str(example_id), "-o", str(out)]
    assert run(argv, db_url if source == "database" else None) == 0
    reader = PdfReader(str(out))
    tail = [re.sub(r"[\s\u00a0\u202f]+", " ", p.extract_text()) for p in reader.pages[-9:]]
    assert all("Document fictif fourni avec le dossier d'exemple" in p for p in tail)
    assert sum("Lettre d'engagement" in p for p in tail) == 4
