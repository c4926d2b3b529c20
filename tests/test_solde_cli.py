"""The CLI over the follow-up: usage rates and readiness, usage import refusals, pack --solde (PDF and XLSX)."""

from __future__ import annotations

import io
import json

import pytest
from openpyxl import load_workbook
from pypdf import PdfReader

from esms_desktop.cli import run
from esms_desktop.storage.usage_measures import measures_hash
from tests.conftest import ROOT

TWIN = ROOT / "resources" / "examples" / "exemple-grappe-bfc-retenu.json"


@pytest.fixture
def twin_db(tmp_path, capsys):
    db = tmp_path / "d.sqlite"
    assert run(["--db", str(db), "dossier", "import", str(TWIN)]) == 0
    capsys.readouterr()
    return db


def test_usage_json_and_exit_status(twin_db, capsys):
    assert run(["--db", str(twin_db), "usage", "1", "--json"]) == 1  # the ESAT is still short on the DMP
    out = json.loads(capsys.readouterr().out)
    assert out["solde_ready"] is False and out["first_month_all_met"] is None
    esat = next(e for e in out["essms"] if e["finess_et"] == "890007784")
    assert esat["month"] == "2026-10" and esat["rates"]["dmp"]["numerator"] == 58
    assert esat["rates"]["dmp"]["denominator"] == 96 and esat["rates"]["dmp"]["met"] is False
    assert esat["missing"] == ["Taux d'utilisation du DMP : 60,4\u00a0% pour une cible de 70\u00a0% "
                               "(encore 10 « DMP alimentés avec au moins un document » pour l'atteindre)"]
    assert out["grappe"]["month"] == "2026-10"


def test_usage_text_from_a_file(capsys):
    assert run(["usage", str(TWIN)]) == 1
    out = capsys.readouterr().out
    assert "Ce qui manque à ESAT AILLANT SUR THOLON (890007784) :" in out
    assert "Solde : certains ESSMS n'atteignent pas encore toutes leurs cibles." in out


def test_usage_import_refused_names_line_and_column(twin_db, tmp_path, capsys):
    from esms_desktop.storage.database import open_database

    bad = tmp_path / "m.csv"
    bad.write_text("FINESS ET;Mois;dmp_alimentes;personnes_eligibles\n890000102;2026-11;30;42\n"
                   "890000102;2026-12;-1;42\n", encoding="utf-8")
    db = open_database(str(twin_db))
    before = measures_hash(db, 1)
    db.dispose()
    assert run(["--db", str(twin_db), "usage", "import", "1", str(bad)]) == 2
    err = capsys.readouterr().err
    assert "ligne 3, colonne « dmp_alimentes »" in err and "négatif" in err
    db = open_database(str(twin_db))
    assert measures_hash(db, 1) == before
    db.dispose()
    good = tmp_path / "ok.csv"
    good.write_text("FINESS ET;Mois;dmp_alimentes;personnes_eligibles\n890000102;2026-11;30;42\n", encoding="utf-8")
    assert run(["--db", str(twin_db), "usage", "import", "1", str(good)]) == 0
    assert "1 mesures importées dans le dossier 1." in capsys.readouterr().out


def test_pack_solde_pdf_and_xlsx(twin_db, tmp_path, capsys):
    pdf = tmp_path / "solde.pdf"
    assert run(["--db", str(twin_db), "pack", "1", "--solde", "-o", str(pdf)]) == 0
    text = "\n".join(page.extract_text() for page in PdfReader(pdf).pages)
    assert "Demande de versement du solde" in text and "ESAT AILLANT SUR THOLON" in text
    flat = " ".join(text.split())
    assert "60,4" in text and "(encore 10 « DMP alimentés avec au moins un document » pour l'atteindre)" in flat
    assert "09/2025 – 11/2025" in text and "(3 mois)" in text  # the 3-month first measure of a wave-1 ESSMS
    assert "01/04/2026" in text  # the 18-month limit from 01/10/2024
    xlsx = tmp_path / "mesures.xlsx"
    assert run(["--db", str(twin_db), "pack", "1", "--solde", "-o", str(xlsx)]) == 0
    book = load_workbook(xlsx)
    assert book.sheetnames == ["Mesures", "Taux"]
    assert book["Mesures"].max_row == 1 + 152


def test_xlsx_cells_are_never_formulas():
    from esms_desktop.reports.usage_export import measures_xlsx
    from esms_desktop.rules.campaign import load_campaign

    data = json.loads(TWIN.read_text(encoding="utf-8"))
    data["dossier"]["ogs"][0]["essms"][0]["name"] = "=HYPERLINK(\"http://x\";\"clic\")"
    data["dossier"]["ogs"][0]["essms"][1]["name"] = "@SOMME(A1)"
    book = load_workbook(io.BytesIO(measures_xlsx(data, load_campaign(2024))))
    cells = [c for row in book["Mesures"].iter_rows() for c in row if isinstance(c.value, str) and c.value[:1] in "=@+-"]
    assert cells and all(c.data_type == "s" for c in cells)
    raw = __import__("zipfile").ZipFile(io.BytesIO(measures_xlsx(data, load_campaign(2024)))).read("xl/worksheets/sheet1.xml")
    assert b"<f>" not in raw
