"""The PDF pack after the user walkthrough: annex 3 agrees with section 11, the legal representative
signs, no word cut in a table, French plurals, no near-empty page, letters without the pack's header,
readable sources, the interface's words.

Expected texts are written by hand from the example dossier (resources/examples/exemple-grappe-bfc.json)
and the 2024 campaign file, never copied from the program's output.
"""

from __future__ import annotations

import copy
import datetime as dt
import io
import json
import re

import pytest
from pypdf import PdfReader

from conftest import EXAMPLE
from esms_desktop.reports import charts
from esms_desktop.reports import labels as L
from esms_desktop.reports.french import catalogue
from esms_desktop.reports.markup import typo
from esms_desktop.reports.pack import render_pack
from esms_desktop.reports.snapshot import PRESENTATION_TITLES, build_pack_snapshot
from esms_desktop.rules.admissibility.checker import check_admissibility
from esms_desktop.rules.campaign import load_campaign

TODAY = dt.date(2024, 5, 10)


def example() -> dict:
    return json.loads(EXAMPLE.read_text(encoding="utf-8"))


def normal(text: str) -> str:
    return re.sub(r"[\s\u00a0\u202f]+", " ", text)


def pdf_pages(data: dict, parts: str = "full") -> tuple[list[str], object]:
    out = io.BytesIO()
    info = render_pack(build_pack_snapshot(data, today=TODAY), out, parts=parts)
    reader = PdfReader(io.BytesIO(out.getvalue()))
    return [p.extract_text() for p in reader.pages], info


@pytest.fixture(scope="module")
def pack():
    pages, info = pdf_pages(example())
    return {"pages": pages, "info": info, "text": normal(" ".join(pages))}


def aap(snapshot) -> dict:
    return {c.label: c for c in snapshot.aap_checklist}


# --- 1. annex 3 from the admissibility check ------------------------------------------------------

def test_an_invalid_iban_makes_the_rib_not_met_in_annex_3_as_in_section_11():
    data = example()
    data["dossier"]["rib"]["iban"] = "FR7630006000011234567890188"  # last digit changed: the key is wrong
    assert check_admissibility(data, TODAY).get("admissibility.rib").state == "not_met"
    rib = aap(build_pack_snapshot(data, today=TODAY))["RIB du porteur"]
    assert (rib.state, rib.state_label) == ("not_met", "Non conforme")
    pages, _ = pdf_pages(data)
    annex = normal([p for p in pages if "Annexe 3 — Check-list" in p][-1])  # the annex, not the contents
    assert "RIB du porteur Non conforme" in annex


def test_annex_3_follows_the_checker():
    data = example()
    report = check_admissibility(data, TODAY)
    items = aap(build_pack_snapshot(data, today=TODAY))
    # Résidences Maurice Villatte answered 71 % of its questionnaire: priority criterion 2 « à compléter »
    assert report.get("priority.maturity_diagnostic").state == "to_complete"
    assert items["Autodiagnostic de maturité SI de chaque OG"].state_label == "À compléter"
    # the four letters and the RIB are attached: pieces « fournies »
    assert items["Lettre d'engagement signée de chaque OG"].state_label == "Fournie"
    assert items["Lettre d'engagement signée de chaque OG"].explanation.startswith("4 lettres signées jointes sur 4.")
    assert items["RIB du porteur"].state_label == "Fourni"
    assert items["Devis à l'appui des financements spécifiques (petits OG)"].state_label == "Fourni"
    # a letter missing: « Manquante », like criterion 2 of section 11
    data["dossier"]["documents"] = [d for d in data["dossier"]["documents"]
                                    if not (d["kind"] == "engagement_letter" and d["og"] == 3)]
    assert check_admissibility(data, TODAY).get("admissibility.engagement_letters").state == "not_met"
    letters = aap(build_pack_snapshot(data, today=TODAY))["Lettre d'engagement signée de chaque OG"]
    assert letters.state_label == "Manquante" and "3 lettres signées jointes sur 4" in letters.explanation


def test_an_unbalanced_budget_is_not_satisfied_in_annex_3():
    data = example()
    # 10 000 € more of own funds than the expenses need: the budget no longer balances
    data["dossier"]["budget"]["revenues"].append(
        {"kind": "own_funds", "funder": "Association Charles de Foucauld", "label": "Réserve", "year": 2025,
         "amount": 10000, "quote_ref": ""})
    report = check_admissibility(data, TODAY)
    plan = aap(build_pack_snapshot(data, today=TODAY))["Plan de financement détaillé (dépenses et recettes)"]
    assert report.get("priority.financing_plan").state == "to_complete"
    assert plan.state == "to_complete" and plan.state_label != "Satisfait"
    # without any own funds, criterion 7 fails too: the line takes the worst state, « non satisfait »
    data["dossier"]["budget"]["revenues"] = [r for r in data["dossier"]["budget"]["revenues"]
                                             if r["kind"] != "own_funds"]
    report = check_admissibility(data, TODAY)
    assert report.get("admissibility.maitrise_ouvrage").state == "not_met"
    plan = aap(build_pack_snapshot(data, today=TODAY))["Plan de financement détaillé (dépenses et recettes)"]
    assert (plan.state, plan.state_label) == ("not_met", "Non satisfait")


# --- 2. the legal representative signs ------------------------------------------------------------

def test_letters_and_convention_name_the_legal_representative():
    data = example()
    ogs = data["dossier"]["ogs"]
    ogs[1]["legal_rep_name"] = ogs[1]["legal_rep_function"] = ""  # Les Papillons Blancs: nobody named
    snap = build_pack_snapshot(data, today=TODAY)
    assert snap.letters[0].values["signataire"] == "Claire Martin"
    assert snap.letters[0].values["signataire_fonction"] == "Directrice générale"
    assert snap.letters[1].values["signataire"].startswith("………")
    members = snap.convention["liste_membres"]
    # an association is « représentée », the public Résidences Maurice Villatte « représenté »
    assert "représentée par Claire Martin, Directrice générale — porteur du projet" in members[0]
    assert "représentée par ………" in members[1] and "Sophie Lambert" not in members[1]
    assert "représenté par Marc Dubois, Directeur" in members[2]
    pages, _ = pdf_pages(data, "letters")
    text = normal(" ".join(pages))
    # « soussignée »: the function says it (« Directrice »), never « soussigné(e) » when something does
    assert "Je soussignée, Claire Martin, Directrice générale, agissant au nom de l'organisme gestionnaire" in text
    assert "Sophie Lambert" not in text  # the contact person never signs
    assert "Nom et qualité du signataire" in normal(pages[1])


def test_the_og_rows_carry_the_legal_representative(db, example_id):
    from esms_desktop.storage import grappe
    from esms_desktop.storage.dossier_file import export_dossier

    og = grappe.list_grappe(db, example_id)[0]
    assert (og.legal_rep_name, og.legal_rep_function) == ("Claire Martin", "Directrice générale")
    assert {"legal_rep_name", "legal_rep_function"} <= set(og.values())
    grappe.update_og(db, og.id, legal_rep_name="Jeanne Roux", legal_rep_function="Présidente")
    stored = export_dossier(db, example_id)["dossier"]["ogs"][0]
    assert (stored["legal_rep_name"], stored["legal_rep_function"]) == ("Jeanne Roux", "Présidente")


def test_the_og_form_edits_the_legal_representative(qtbot):
    from esms_desktop.ui.wizard.og_form import OgDialog

    dialog = OgDialog(values={"finess_ej": "710000548", "name": "Les Papillons Blancs de Mâcon",
                              "legal_rep_name": "Bernard Thomas", "legal_rep_function": "Président"})
    qtbot.addWidget(dialog)
    assert dialog.legal_rep_name.text() == "Bernard Thomas"
    dialog.legal_rep_function.setText("  Président de l'association ")
    values = dialog.values()
    assert (values["legal_rep_name"], values["legal_rep_function"]) == ("Bernard Thomas", "Président de l'association")


# --- 3. typography ---------------------------------------------------------------------------------

def test_no_word_is_cut_in_the_tables_of_the_example(pack):
    assert pack["info"].cut_words == 0
    text = pack["text"]
    assert "Cadres et coordinateurs" in text and "Tous les professionnels utilisateurs" in text


def test_cells_break_an_email_after_its_at_sign():
    from esms_desktop.reports.sections.base import Story
    from esms_desktop.reports.styles import styles

    cell = Story(styles()).cell("Sophie Lambert\ns.lambert@exemple-pb-macon.fr", width=100)
    assert "s.lambert@<br/>exemple-pb-macon.fr" in cell.text


def test_no_break_space_before_percent_and_french_plurals(pack):
    assert typo("la demande du solde (50 %)") == "la demande du solde (50\u00a0%)"
    text = pack["text"]
    assert "La grappe réunit 4 organismes gestionnaires et 16 établissements et services sociaux et " \
           "médico-sociaux (ESSMS)" in text
    assert "(s)" not in text.replace("soussigné(e)", "")
    # the letters: 8 ESSMS for the porteur, a single one for EHPAD Les Jardins d'Athéna
    assert "Notre organisme y engage les 8 établissements et services suivants" in text
    assert "Notre organisme y engage l'établissement ou service suivant" in text


# --- 4. layout -------------------------------------------------------------------------------------

def test_a_split_table_keeps_at_least_three_rows_on_each_side():
    from esms_desktop.reports.sections.base import MIN_SPLIT_ROWS, SplitTable

    rows = [["head"]] + [[f"row {i}"] for i in range(20)]
    table = SplitTable(rows, colWidths=[100], rowHeights=[10] * 21, repeatRows=1)
    table.wrap(100, 1000)
    # 10 (head) + 19 rows = 200: only 1 row would be left for the next page
    first, second = table.split(100, 200.5)
    assert len(second._cellvalues) - 1 == MIN_SPLIT_ROWS == 3  # 3 rows under the repeated head
    assert len(first._cellvalues) - 1 == 17
    assert table.split(100, 30.5) == []  # 2 rows only: the whole table goes to the next page


def test_the_gantt_grid_covers_the_last_milestones():
    from reportlab.graphics.shapes import Line, Polygon

    from esms_desktop.reports.model import TaskRow

    tasks = [TaskRow("a", "Déploiement", "Déploiement", dt.date(2025, 10, 1), dt.date(2025, 12, 13), False, "", None),
             TaskRow("b", "Cibles atteintes", "Usages", dt.date(2026, 3, 27), dt.date(2026, 3, 27), True, "", None)]
    drawing = charts.gantt(tasks, dt.date(2025, 10, 1), dt.date(2025, 12, 13), 500)
    grid = max(s.x1 for s in drawing.contents if isinstance(s, Line) and s.x1 == s.x2)
    milestone = next(s for s in drawing.contents if isinstance(s, Polygon) and len(s.points) == 8)
    assert max(milestone.points[0::2]) <= grid  # the diamond of 27/03/2026 lies within the month grid


def test_the_radar_scale_stays_clear_of_the_domain_labels():
    from reportlab.graphics.charts.spider import SpiderChart
    from reportlab.graphics.shapes import String

    drawing = charts.radar(["gouvernance", "infrastructure", "securite", "dui", "socles", "competences"],
                           [("OG", [50] * 6)])
    chart = next(s for s in drawing.contents if isinstance(s, SpiderChart))
    top = chart.y + chart.height  # the top spoke's end, where « Gouvernance » stands above
    hundred = next(s for s in drawing.contents if isinstance(s, String) and s.text == "100")
    assert hundred.y + hundred.fontSize <= top  # written inside the outer ring
    assert chart.spokes.labelRadius > 1.05  # the domain's label further out than reportlab's default


def test_no_near_empty_page_before_a_section(pack):
    # the note de présentation ends on page 3 and the grappe starts under it, not on a new page
    assert any("Bénéfices attendus" in p and "2. La grappe" in p for p in pack["pages"])


# --- 5. letters and convention alone -----------------------------------------------------------------

def test_letters_alone_have_no_pack_header_and_are_numbered_per_letter():
    data = example()
    og = data["dossier"]["ogs"][3]  # EHPAD Les Jardins d'Athéna: 60 ESSMS make its letter two pages long
    template = og["essms"][0]
    og["essms"] = [dict(copy.deepcopy(template), name=f"ESSMS n° {i}") for i in range(60)]
    pages, _ = pdf_pages(data, "letters")
    assert not any("Porteur :" in p or "Candidature ESMS numérique" in p for p in pages)
    assert not any(re.search(r"page \d+ / \d+", p) for p in pages[:3])  # one-page letters: no number
    # the 60-ESSMS letter: its signed page, then the list of its ESSMS (numbered within the letter)
    last = len(pages) - 3
    assert f"page 1 / {last}" in pages[3] and f"page {last} / {last}" in pages[-1] and last >= 2
    convention, _ = pdf_pages(example(), "convention")
    assert not any("Porteur :" in p for p in convention)
    assert f"page 1 / {len(convention)}" in convention[0]


# --- 6. readable sources -----------------------------------------------------------------------------

def test_sources_are_printed_with_the_documents_names(pack):
    campaign = load_campaign(2024)
    # 003 is « ARS Bourgogne-Franche-Comté, appel à projets ESMS numérique, phase de généralisation (2022) »
    assert campaign.source_label("003 §7") == "AAP ARS Bourgogne-Franche-Comté 2022, §7"
    assert campaign.source_label("001 Cas 1; 999 §2") == "Dépliant national 2024, Cas 1 ; 999 §2"
    text = pack["text"]
    assert not re.search(r"\b00[0-3] (§|Cas|«)", text)
    assert "AAP ARS Bourgogne-Franche-Comté 2022, §6.1" in text.replace("- ", "-")  # lines break after hyphens


# --- 7. the interface's words -------------------------------------------------------------------------

def ui(context: str, source: str) -> str:
    return catalogue()[(context, source)]


def test_the_pack_uses_the_words_of_the_interface(pack):
    # the coded values' labels: one table for the window and the pack (tests/test_coded_values.py)
    assert L.HOSTINGS["saas"] == ui("CodedValues", "SaaS (logiciel en ligne)") == "SaaS (logiciel en ligne)"
    assert L.EXPENSE_CATEGORIES["conduite_changement"] == ui(
        "CodedValues", "Conduite du changement et accompagnement des usages")
    assert PRESENTATION_TITLES["perimeter_target"] == ui("PresentationStep", "Targeted functional perimeter")
    text = pack["text"]
    assert "Total des recettes" in text and "89,6 %" in text  # 440 100 / 491 300 = 89,58 %


def test_expenses_are_grouped_by_category_in_the_budget_step_order():
    from esms_desktop.rules.funding.budget import EXPENSE_CATEGORIES

    snap = build_pack_snapshot(example(), today=TODAY)
    order = [L.EXPENSE_CATEGORIES[c] for c in EXPENSE_CATEGORIES]
    seen = [e.category_label for e in snap.budget.expenses]
    assert [order.index(c) for c in seen] == sorted(order.index(c) for c in seen)
