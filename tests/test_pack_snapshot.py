"""The pack snapshot: every figure the PDF prints, computed from the dossier dict by the pure rules.

Golden figures are worked out by hand from DOMAIN.md and the 2024 campaign file (seed 001).
"""

from __future__ import annotations

import datetime as dt
import json
import sys

import pytest

from pack_fixture import full_dossier

from esms_desktop.reports import labels, markup
from esms_desktop.reports.french import french, read_qm, read_ts
from esms_desktop.reports.snapshot import build_pack_snapshot
from esms_desktop.text import QT_TRANSLATE_NOOP

TODAY = dt.date(2024, 5, 10)


@pytest.fixture(scope="module")
def snap():
    return build_pack_snapshot(full_dossier(), today=TODAY)


def first_slice() -> dict:
    """Only what the first version of the format held: identity, OGs, ESSMS."""
    return {"format": "esms-desktop/dossier", "format_version": 1, "dossier": {
        "uid": "11111111-2222-4333-8444-555555555555", "name": "Petit dossier", "campaign_year": 2024,
        "region": "27", "project_type": "acquisition", "hosting": "saas",
        "ogs": [
            {"finess_ej": "210000007", "name": "OG A", "is_porteur": True, "essms": [
                {"finess_et": "210000014", "name": "EHPAD A", "category_code": "500", "sector": "PA",
                 "department": "21", "persons_accompanied": 80, "notes": ""},
                {"finess_et": "210000022", "name": "IME A", "category_code": "183", "sector": "PH",
                 "department": "21", "persons_accompanied": None, "notes": ""}]},
            {"finess_ej": "890000012", "name": "OG B", "is_porteur": False, "essms": [
                {"finess_et": "890001019", "name": "SSIAD B", "category_code": "354", "sector": "DOM",
                 "department": "89", "persons_accompanied": 40, "notes": ""}]},
        ]}}


# --- the grappe -------------------------------------------------------------------------------------

def test_grappe_figures(snap):
    # sizes (8, 5, 3): 16 ESSMS; ESSMS j of an OG accompanies 10 × (j + 1) persons:
    # 10+…+80 = 360, 10+…+50 = 150, 10+20+30 = 60 → 570
    assert snap.grappe.og_count == 3
    assert snap.grappe.essms_count == 16
    assert snap.grappe.persons_accompanied == 570
    assert [og.persons_accompanied for og in snap.ogs] == [360, 150, 60]
    assert snap.porteur is not None and snap.porteur.name == "Association Œuvre n° 1"
    # every OG's first ESSMS is PA, the others PH: 3 PA, 13 PH → PH is the majority sector
    assert dict(snap.grappe.sector_counts) == {"Personnes en situation de handicap": 13, "Personnes âgées": 3}
    assert snap.grappe.majority_sector == "Personnes en situation de handicap"
    assert snap.grappe.filing_level == "regional" and snap.grappe.filing_region == "Bourgogne-Franche-Comté"
    assert snap.grappe.window == "15/01/2024 – 15/09/2024"  # 2024 regional window (seed 001)


def test_governance_and_dui(snap):
    assert [p.name for p in snap.copil] == ["Camille Roy", "Hugo Blanc"]
    assert snap.copil[0].copil_role == "Préside"  # the word of the governance step
    assert [p.name for p in snap.coproj] == ["Hugo Blanc", "Inès Petit"]
    assert sum(p.fte or 0 for p in snap.team) == pytest.approx(1.0)  # 0.8 + 0.2
    # OG 1's 8 ESSMS name person 2 as their referent
    assert len(snap.referents) == 8 and {r.person for r in snap.referents} == {"Inès Petit"}
    assert snap.dui.software == "Logiciel Alpha" and snap.dui.segur_referenced is True
    assert snap.dui.criterion_socles == 2  # dmp and mss count for criterion 5; ins does not
    # 2024 file: at least 2 of DMP, MSSanté, e-prescription, regional platform (003 §7)
    assert snap.dui.min_socles == 2 and len(snap.dui.counted_socles) == 4
    assert [on for _, on in snap.dui.referentials] == [True, False, False]  # Sérafin-PH, AGGIR, PATHOS
    assert snap.dui.referentials[0][0].startswith("Sérafin-PH")


# --- needs, budget, grant -----------------------------------------------------------------------------

def test_needs_cost(snap):
    # formation 10 people × 2 days × 300 € = 6 000; tablets 5 × 800 = 4 000; support 4 days × 1 250 = 5 000
    assert [r.cost for r in snap.needs.rows] == [6000, 4000, 5000]
    assert snap.needs.total == 15000
    assert snap.needs.rows[1].essms.startswith("ESSMS 2.1")


def test_grant_computed_and_retained(snap):
    b = snap.budget
    # 2024, acquisition, 16 ESSMS, Ségur DUI: usage 16 × 7 000 = 112 000; editor 16 × up to 14 000 =
    # 224 000; equipment for the small OGs 2 and 3: 5 × 10 000 + 3 × 10 000 = 80 000; piloting AMOA
    # asked by OG 1: 100 000 → 516 000 computed.
    assert b.grant_total == 516000
    assert [(g.key, g.amount) for g in b.grant_lines] == [
        ("usage.lower", 112000), ("editor.lower", 224000), ("equipment", 50000), ("equipment", 30000),
        ("amoa_piloting", 100000)]
    # Retained: forfaits in full (112 000 + 100 000); the editor ceiling up to the editor expenses
    # (150 000); OG 2's equipment up to its hardware (4 000 of tablets), OG 3's none → 366 000.
    assert [g.retained for g in b.grant_lines] == [112000, 150000, 4000, 0, 100000]
    assert b.grant_retained == 366000
    assert (b.avance, b.solde) == (183000, 183000)  # 50 % / 50 %
    assert b.grant_lines[0].label == "Forfait maîtrise d'ouvrage et usages, ESSMS 1 à 16"


def test_budget_totals(snap):
    b = snap.budget
    assert b.total_expenses == 190000  # 30 000 + 150 000 + 6 000 + 4 000
    assert (b.own_funds, b.other_funding) == (20000, 10000)
    assert b.total_funding == 396000  # 366 000 + 20 000 + 10 000
    assert b.balance == 206000
    assert dict(b.expenses_by_category)["Éditeur (licences, paramétrage)"] == 150000
    assert any(f.severity == "blocking" for f in b.findings)  # unbalanced and criterion 7


# --- maturity, planning ---------------------------------------------------------------------------------

def test_maturity(snap):
    m = snap.maturity
    # OG 1 answered every question at its top level: 100 everywhere; OG 2 « je ne sais pas » (level 0): 0
    assert [(o.og_name, o.score) for o in m.ogs] == [("Association Œuvre n° 1", 100.0),
                                                     ("Association Œuvre n° 2", 0.0)]
    assert all(d.score == 100.0 for d in m.ogs[0].domains) and len(m.ogs[0].domains) == 6
    assert m.missing == ("Association Œuvre n° 3",)
    assert [(d.mean, d.minimum) for d in m.domains] == [(50.0, 0.0)] * 6
    assert m.domains[0].title == "Gouvernance et stratégie SI"
    assert (m.overall_mean, m.overall_minimum) == (50.0, 0.0)


def test_planning(snap):
    p = snap.planning
    # acquisition template: 12 tasks + 2 per-wave tasks × 2 waves = 16
    assert len(p.tasks) == 16
    assert p.start == dt.date(2024, 10, 1) and p.max_months == 18
    assert p.deployment_end is not None and p.deployment_end <= dt.date(2026, 4, 1)
    assert p.filing_date == dt.date(2024, 5, 15)
    assert "planning.filing_in_window" in {f.key for f in p.findings}


def test_communication_usage_and_commitments(snap):
    assert [c.audience for c in snap.communication] == ["Professionnels", "Personnes accompagnées et familles"]
    assert snap.partners[0].kind == "Santé (hôpital, clinique, centre de santé)"  # the communication step's word
    targets = {t.label: t.target_percent for t in snap.usage_targets}
    assert targets["Taux d'utilisation de la MSSanté"] == 70 and targets["Taux de dossiers actifs"] == 90
    assert dict(snap.commitments)["Engagement à renseigner le Répertoire opérationnel des ressources (ROR)"] is True


# --- check-lists --------------------------------------------------------------------------------------

def test_admissibility_from_the_checker(snap):
    assert snap.checklist_evaluated
    kinds = {c.kind for c in snap.checklist}
    assert kinds == {"admissibility", "access", "priority"}
    assert all(c.state_label for c in snap.checklist)


def test_checklist_given_by_the_caller():
    snap = build_pack_snapshot(full_dossier(), today=TODAY, checklist=[
        ("Critère A", "met", "ok"), ("Critère B", "not_met", QT_TRANSLATE_NOOP("X", "Missing {x}")(x="RIB")),
        ("Critère C", True, "")])
    assert [(c.label, c.state_label, c.explanation) for c in snap.checklist] == [
        ("Critère A", "Satisfait", "ok"), ("Critère B", "Non satisfait", "Missing RIB"),
        ("Critère C", "Satisfait", "")]


def test_checklist_of_a_campaign_without_rules_is_not_evaluated():
    """GIVEN a dossier of a campaign with no rule file WHEN the pack is built THEN it prints, with the
    closest campaign's figures (2025: 15 to 49 ESSMS, 2 services socles), and every criterion « non évalué »."""
    data = first_slice()
    data["dossier"]["campaign_year"] = 2031
    snap = build_pack_snapshot(data, today=TODAY)
    assert not snap.checklist_evaluated
    assert len(snap.checklist) == 8  # the eight admissibility criteria of 003 §7
    assert {c.state_label for c in snap.checklist} == {"Non évalué"}
    assert snap.checklist[0].label.startswith("Grappe de 15 à 49 ESSMS")
    assert snap.checklist[4].label == ("DUI interopérable avec au moins 2 services socles "
                                       "(DMP, MSS, e-prescription, plateforme régionale)")


def test_not_evaluated_criteria_take_the_campaign_figures():
    from campaign_fixtures import campaign

    texts = labels.admissibility_criteria(campaign(min_essms=12, regional_max_essms=40, min_services_socles=3,
                                                   counted_services_socles=("dmp", "mss", "ins")))
    assert texts[0].startswith("Grappe de 12 à 40 ESSMS")
    assert texts[4] == "DUI interopérable avec au moins 3 services socles (DMP, MSS, INS)"


def test_other_checker_errors_are_not_swallowed(monkeypatch):
    """Only a missing campaign prints « non évalué »: a bug of the checker reaches the export worker."""
    from esms_desktop.rules.admissibility import checker as admissibility

    def broken(*_args, **_kwargs):
        raise RuntimeError("checker bug")

    monkeypatch.setattr(admissibility, "check_admissibility", broken)
    with pytest.raises(RuntimeError, match="checker bug"):
        build_pack_snapshot(first_slice(), today=TODAY)


def test_aap_checklist(snap):
    """Annex 3 says what section 11 says (tests/test_pack_fixes.py checks more cases)."""
    items = {c.label: c for c in snap.aap_checklist}
    letters = items["Lettre d'engagement signée de chaque OG"]
    assert (letters.state, letters.state_label) == ("missing", "Manquante")  # 1 of 3 attached
    assert letters.explanation.startswith("1 lettre signée jointe sur 3.")
    assert (items["RIB du porteur"].state, items["RIB du porteur"].state_label) == ("ok", "Fourni")
    assert items["Note de présentation du projet"].state_label == "Satisfait"
    # the note is complete; the checker points out that the DUI is named while the planning (the acquisition
    # template) still has its editor choice phase (issue 17: contradictions computed)
    assert items["Note de présentation du projet"].explanation == (
        "Les 7 parties de la note de présentation sont rédigées. Le DUI « Logiciel Alpha » est déjà nommé alors "
        "que le planning prévoit encore une phase de choix de l'éditeur.")
    assert items["Accord écrit de l'entité nationale de rattachement"].state == "na"
    # OG 3 has no self-diagnostic: « à compléter », as section 11 says (priority criterion 2)
    assert items["Autodiagnostic de maturité SI de chaque OG"].state_label == "À compléter"


# --- letters ------------------------------------------------------------------------------------------

def test_letters_one_per_og(snap):
    assert [(lt.og_name, lt.finess_ej) for lt in snap.letters] == [(og.name, og.finess_ej) for og in snap.ogs]
    first = snap.letters[0].values
    assert first["porteur_nom"] == "Association Œuvre n° 1"
    assert len(first["liste_essms"]) == 8 and first["liste_essms"][0].endswith(snap.ogs[0].essms[0].finess_et)
    assert first["destinataire"] == "Agence régionale de santé Bourgogne-Franche-Comté"
    assert first["dui"] == "la solution Logiciel Alpha de l'éditeur Éditeur Bêta, référencée Ségur"
    assert snap.convention["montant_subvention"] == "366\u202f000\u00a0€"
    assert len(snap.convention["liste_membres"]) == 3


# --- partial dossiers ---------------------------------------------------------------------------------

def test_first_slice_dossier_builds_with_empty_sections():
    snap = build_pack_snapshot(first_slice(), today=TODAY)
    assert snap.grappe.essms_count == 3 and snap.grappe.persons_accompanied == 120  # 80 + 40, one unknown
    assert snap.people == () and snap.needs.rows == () and snap.planning.tasks == ()
    assert all(not p.text for p in snap.presentation)
    assert not snap.dui.known and snap.dui.segur_referenced is None
    # no DUI given: not Ségur-referenced, so 2024 pays no editor share; usage 3 × 7 000 = 21 000
    assert snap.budget.grant_total == 21000 and snap.budget.refusals
    assert [lt.signatory for lt in snap.letters] == ["", ""]
    assert snap.letters[0].values["signataire"].startswith("……")


def test_the_example_dossier_builds(tmp_path):
    from conftest import EXAMPLE

    data = json.loads(EXAMPLE.read_text(encoding="utf-8"))
    snap = build_pack_snapshot(data, today=TODAY)
    assert snap.grappe.og_count == 4 and snap.grappe.essms_count == 16
    assert len(snap.letters) == 4
    assert snap.generated_on == TODAY


def test_unknown_campaign_year_falls_back_to_a_known_one():
    data = first_slice()
    data["dossier"]["campaign_year"] = 2031
    snap = build_pack_snapshot(data, today=TODAY)
    assert "faute de règles pour 2031" in snap.campaign_label


def test_a_dossier_without_campaign_year_says_so_not_none():
    data = first_slice()
    del data["dossier"]["campaign_year"]
    snap = build_pack_snapshot(data, today=TODAY)
    assert "faute d'année de campagne dans le dossier" in snap.campaign_label and "None" not in snap.campaign_label


# --- text helpers -------------------------------------------------------------------------------------

def test_markup_escapes_user_text_and_formats():
    blocks = markup.parse("Intro **gras** <b>pas du code</b> & co\n- un ;\n- deux\n\nFin : ok")
    assert [b.kind for b in blocks] == ["p", "bullet", "bullet", "p"]
    assert blocks[0].text == "Intro <b>gras</b> &lt;b&gt;pas du code&lt;/b&gt; &amp; co"
    assert blocks[1].text == "un\u00a0;"  # no-break space before « ; »
    assert blocks[3].text == "Fin\u00a0: ok"


def test_markup_fills_placeholders_and_lists():
    blocks = markup.parse("# Titre {nom}\n\nListe :\n\n{items}\n\n{inconnu}",
                          {"nom": "A & B", "items": ("un", "deux")})
    assert [(b.kind, b.text) for b in blocks] == [
        ("h1", "Titre A &amp; B"), ("p", "Liste\u00a0:"), ("item", "un"), ("item", "deux"), ("p", "{inconnu}")]


def test_long_lists_are_set_in_two_columns():
    from reportlab.platypus import Paragraph, Table

    from esms_desktop.reports.styles import styles

    short = markup.flowables("{x}", styles(), values={"x": tuple(str(i) for i in range(10))})
    assert len(short) == 10 and all(isinstance(f, Paragraph) for f in short)
    long = markup.flowables("{x}", styles(), values={"x": tuple(str(i) for i in range(11))})
    assert len(long) == 1 and isinstance(long[0], Table) and len(long[0]._cellvalues) == 6  # 11 items, 2 columns


def test_french_reads_the_catalogue_source_and_compiled(tmp_path):
    import subprocess
    from pathlib import Path

    ts = tmp_path / "fr.ts"
    ts.write_text('<?xml version="1.0" encoding="utf-8"?><!DOCTYPE TS><TS version="2.1" language="fr_FR">'
                  '<context><name>C</name>'
                  '<message><source>Hello {who}</source><translation>Bonjour {who}</translation></message>'
                  '<message><source>Todo</source><translation type="unfinished"/></message>'
                  '<message numerus="yes"><source>%n page(s)</source><translation>'
                  '<numerusform>%n page</numerusform><numerusform>%n pages</numerusform></translation></message>'
                  '</context></TS>', encoding="utf-8")
    expected = {("C", "Hello {who}"): "Bonjour {who}", ("C", "%n page(s)"): "%n page"}
    assert read_ts(ts) == expected
    qm = tmp_path / "fr.qm"
    lrelease = str(Path(sys.executable).with_name("pyside6-lrelease"))
    subprocess.run([lrelease, "-silent", str(ts), "-qm", str(qm)], check=True)
    assert read_qm(qm) == expected  # the bundle ships only the compiled catalogue
    assert read_qm(ts) == {} and read_ts(qm) == {}  # neither reader is fooled by the other format
    assert french("déjà en français") == "déjà en français"
    assert french(QT_TRANSLATE_NOOP("Nowhere", "No translation {x}")(x="1")) == "No translation 1"
