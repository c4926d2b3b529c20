"""Issue 15: the grant and the verdict right in every case the calls describe.

One test per item of the issue. Each quotes the seed line it applies and works the expected value by hand
from it; thresholds are tested at the exact value. The example dossier (resources/examples) is the base
each test changes: 4 OGs (8, 5, 2 and 1 ESSMS = 16), 2024 campaign, acquisition, DUI référencé Ségur;
its grant is 596 000 € (16 × 7 000 + 16 × 14 000 + (8 + 5 + 2 + 1) × 10 000 + 100 000).
"""

from __future__ import annotations

import copy
import datetime as dt
import json
from pathlib import Path

import pytest

from esms_desktop.rules.admissibility.checker import check_dossier
from esms_desktop.rules.campaign import load_campaign
from esms_desktop.rules.funding.grant import compute_grant
from esms_desktop.rules.funding.grant import funding_request
from esms_desktop.rules.grappe import sectors
from esms_desktop.rules.dossier import Dossier
from esms_desktop.rules.grappe.composition import composition_of
from esms_desktop.rules.planning.plan import check_dossier_plan

EXAMPLES = Path(__file__).resolve().parent.parent / "resources" / "examples"
EXAMPLE = EXAMPLES / "exemple-grappe-bfc.json"
SECOND = EXAMPLES / "exemple-grappe-mixte-martinique.json"
TODAY = dt.date(2024, 5, 1)
C2022, C2023, C2024 = load_campaign(2022), load_campaign(2023), load_campaign(2024)


@pytest.fixture
def d() -> dict:
    return copy.deepcopy(json.loads(EXAMPLE.read_text(encoding="utf-8"))["dossier"])


def grant(d: dict, campaign=C2024):
    return compute_grant(campaign, funding_request(d))


def crit(d: dict, key: str, campaign=C2024, today=TODAY):
    return check_dossier(d, campaign, today).get(key)


def composition(d: dict, campaign=C2024):
    return composition_of(Dossier.from_file(d), campaign)


def keys(report) -> dict[str, str]:
    return {f.key: f.severity for f in report.findings}


def all_essms(d: dict) -> list[dict]:
    return [e for og in d["ogs"] for e in og["essms"]]


# --- 1. a small OG is judged on the ESSMS it runs -----------------------------------------------------


def test_1_small_og_judged_on_all_the_essms_it_runs(d):
    # 003 §5.3 « organismes gestionnaires de petite taille (moins de quinze ESSMS) »; 000 « OG de petite
    # taille (< 15 ESSMS) ». The porteur brings 8 ESSMS and asks for equipment and the piloting AMOA.
    d["ogs"][0]["essms_total"] = 14  # 14 < 15: small; the grant stays 596 000 €
    assert grant(d).total == 596_000
    d["ogs"][0]["essms_total"] = 15  # 15 is not « moins de quinze »: its 8 × 10 000 € and the AMOA go
    b = grant(d)
    assert b.line("equipment", "Association Charles de Foucauld (Yonne)") is None
    assert b.line("amoa_piloting") is None  # the porteur was the only OG asking for it
    assert b.total == 596_000 - 8 * 10_000 - 100_000 == 416_000
    assert "15" in str(b.refusal("equipment", "Association Charles de Foucauld (Yonne)").reason.params["size"])


# --- 2. no grant without ESSMS ------------------------------------------------------------------------


def test_2_no_grant_at_all_without_essms_and_the_amoa_reading_is_stated(d):
    # 003 §5.3: the 100 k€ AMOA is for « grappes composées d'organismes de petite taille »; reading retained
    # in the campaign file: granted once a small OG that brings at least one ESSMS asks for it.
    for og in d["ogs"]:
        og["essms"] = []
    b = grant(d)
    assert b.lines == () and b.total == 0  # not even the per-project 100 000 €
    reading = C2024.reading("small_og.amoa_piloting")
    assert reading is not None and "au moins un ESSMS" in reading.text
    for campaign in (C2022, load_campaign(2023), load_campaign(2025)):
        assert campaign.reading("small_og.amoa_piloting") is not None


def test_2_a_small_og_without_essms_does_not_bring_the_amoa(d):
    d["ogs"][3]["essms"] = []  # EHPAD Les Jardins d'Athéna, now with no ESSMS in the grappe
    d["ogs"][0]["funding"]["amoa_piloting"] = False
    d["ogs"][3]["funding"]["amoa_piloting"] = True
    b = grant(d)
    assert b.line("amoa_piloting") is None
    assert b.refusal("amoa_piloting", "EHPAD Les Jardins d'Athéna") is not None


# --- 3. 1 FINESS ET = 1 financement ---------------------------------------------------------------------


def test_3_the_same_finess_et_twice_is_refused_at_import_naming_it_and_both_ogs(d):
    # 000 « 1 FINESS ET = 1 FINANCEMENT »
    from esms_desktop.i18n import render
    from esms_desktop.storage.dossier_file import validate
    from esms_desktop.storage.errors import DossierFileError

    d["ogs"][1]["essms"][0] = copy.deepcopy(d["ogs"][0]["essms"][0])  # 890000102 under OG 0 and OG 1
    data = {**json.loads(EXAMPLE.read_text(encoding="utf-8")), "dossier": d}
    with pytest.raises(DossierFileError) as caught:
        validate(data)
    assert caught.value.path == "dossier.ogs[1].essms[0].finess_et"
    text = render(caught.value.message)
    assert "890000102" in text and "Association Charles de Foucauld (Yonne)" in text
    assert "Les Papillons Blancs de Mâcon" in text


def test_3_an_essms_listed_twice_is_counted_once_by_the_grant(d):
    d["ogs"][1]["essms"].append(copy.deepcopy(d["ogs"][0]["essms"][0]))  # 17 rows, 16 FINESS ET
    b = grant(d)
    # 16 ESSMS, not 17: 16 × 7 000 = 112 000; equipment of Mâcon stays 5 × 10 000 = 50 000
    assert b.line("usage.lower").quantity == 16 and b.line("usage.lower").amount == 112_000
    assert b.line("equipment", "Les Papillons Blancs de Mâcon").amount == 50_000
    assert b.total == 596_000


# --- 4. a project type per ESSMS -------------------------------------------------------------------------


def test_4_grant_lines_per_project_type(d):
    # 003 §7 « portant majoritairement le même type de projet »; 001 Cas 1: 7 000 € + up to 14 000 €,
    # Cas 2: 5 000 € per ESSMS. Mâcon's 5 ESSMS move to mise en conformité: 11 acquisitions, 5 conformités.
    for e in d["ogs"][1]["essms"]:
        e["project_type"] = "conformite"
    b = grant(d)
    assert (b.line("usage.lower").quantity, b.line("usage.lower").amount) == (11, 77_000)
    assert (b.line("editor.lower").quantity, b.line("editor.lower").amount) == (11, 154_000)
    assert (b.line("usage.lower.conformite").quantity, b.line("usage.lower.conformite").amount) == (5, 25_000)
    assert b.total == 596_000 - 5 * 7_000 - 5 * 14_000 + 5 * 5_000 == 516_000


def test_4_no_majority_of_project_type_blocks_at_8_and_8(d):
    for e in all_essms(d)[:8]:
        e["project_type"] = "conformite"
        e["dui_software"], e["dui_kind"] = "Dossier Usager Horizon", "software"
    report = composition(d)  # 8 + 8 of 16: 2 × 8 is not more than 16
    assert report.project_type_counts == {"acquisition": 8, "conformite": 8}
    assert keys(report)["composition.no_majority_project_type"] == "blocking"
    all_essms(d)[7]["project_type"] = None  # 9 acquisitions + 7: 2 × 9 > 16, a majority
    assert "composition.no_majority_project_type" not in keys(composition(d))


# --- 5. grappe coherence criteria are admissibility criteria ----------------------------------------------


def test_5_no_sector_majority_blocks_the_coherence_criterion(d):
    # 003 §7 (critères de recevabilité): « majoritairement d'un même secteur ». The example: 13 PH, 3 PA.
    assert crit(d, "admissibility.grappe_coherence").state == "met"
    for e in all_essms(d)[:5]:
        e["sector"] = "PA"  # 8 PH + 8 PA: no sector above 16 / 2
    c = crit(d, "admissibility.grappe_coherence")
    assert c.state == "not_met" and c.blocking
    report = composition(d)
    assert "majoritairement d'un même secteur" in next(f for f in report.findings
                                                        if f.key == "composition.no_majority_sector").source
    all_essms(d)[4]["sector"] = "PH"  # 9 PH + 7 PA: a majority again
    assert crit(d, "admissibility.grappe_coherence").state == "met"


def test_5_same_dui_for_conformite_essms_of_an_acquisition_grappe(d):
    # 003 §7 « avec un même DUI »; §5.1 « un même logiciel »: an ESSMS kept on another DUI breaks it.
    e = d["ogs"][1]["essms"][0]
    e["project_type"], e["dui_kind"], e["dui_software"] = "conformite", "software", "Autre DUI"
    assert keys(composition(d))["composition.conformite_other_dui"] == "blocking"
    e["dui_software"] = "Dossier Usager Horizon"  # the grappe's DUI: no finding
    assert "composition.conformite_other_dui" not in keys(composition(d))


# --- 6. the programme's five sectors --------------------------------------------------------------------


def test_6_ahi_counts_as_pds_and_451_345_are_to_check(d):
    # 000: « PA / PH / DOM / PDE / PDS »; AHI (CHRS 214, CADA 443) is PDS for the majority rule.
    assert sectors.sector_for_category("214") == "AHI" and sectors.programme_sector("AHI") == "PDS"
    ess = all_essms(d)
    for e in ess[:8]:
        e["sector"] = "AHI"  # 8 AHI + 1 PDS = 9 PDS of 16: a majority (2 × 9 > 16)
    ess[8]["sector"] = "PDS"
    for e in ess[9:]:
        e["sector"] = "PA"
    report = composition(d)
    assert report.sector_counts == {"PDS": 9, "PA": 7} and report.majority_sector == "PDS"
    for code in ("451", "345"):
        assert sectors.is_to_check(code) and not sectors.is_essms_category(code)
    assert not sectors.is_to_check("247")  # entreprise adaptée: not an ESSMS, not « to check »


# --- 7. référentiels by sector ----------------------------------------------------------------------------


def test_7_referentials_by_sector_no_pathos_for_pa_without_ehpad(d):
    # 003 §7: « intégrer les référentiels Sérafin-PH et/ou AGGIR Pathos selon le secteur des ESSMS ».
    d["dui"]["referentials"] = ["serafin_ph", "aggir"]
    assert crit(d, "admissibility.referentials").state == "not_met"  # the example's 3 EHPAD (500) need PATHOS
    for e in all_essms(d):
        if e["category_code"] == "500":
            e["category_code"] = "202"  # résidences autonomie: AGGIR only
    assert crit(d, "admissibility.referentials").state == "met"
    d["dui"]["referentials"] = ["serafin_ph"]
    assert crit(d, "admissibility.referentials").state == "not_met"  # AGGIR for PA stays required


def test_7_home_care_gets_a_recommendation_not_a_block(d):
    for e in all_essms(d):
        e["sector"], e["category_code"] = "DOM", "354"  # SSIAD: no seed names a référentiel for DOM
    d["dui"]["referentials"] = []
    c = crit(d, "admissibility.referentials")
    assert c.state == "not_applicable" and "AGGIR" in str(c.details[0])


# --- 8. RGPD, DPO, charter: done / in progress / not started -----------------------------------------------


@pytest.mark.parametrize("status, state", [("done", "met"), ("in_progress", "met"), ("not_started", "not_met")])
def test_8_the_dpo_in_three_states(d, status, state):
    # 003 §7: « la désignation d'un DPO […] doivent être réalisées ou en cours de réalisation »
    d["ogs"][2]["dpo_status"] = status
    d["ogs"][2]["dpo_designated"] = status == "done"
    assert crit(d, "admissibility.dpo").state == state


# --- 9. isolated ESSMS in a grappe created by a medium OG (more than 15) -----------------------------------


def test_9_medium_og_is_more_than_15_essms_of_its_own(d):
    # 003 §7: « ESSMS indépendants/isolés dans une grappe créée par des organismes gestionnaires de taille
    # moyenne (plus de 15 ESSMS) ». Mâcon's ESSMS are isolated; the porteur brings 8 ESSMS.
    d["ogs"][1]["essms"][0]["isolated"] = True
    d["ogs"][0]["essms_total"] = 15  # 15 is not « plus de 15 »
    assert crit(d, "priority.isolated_essms").state == "not_met"
    d["ogs"][0]["essms_total"] = 16
    c = crit(d, "priority.isolated_essms")
    assert c.state == "met" and c.explanation.params["size"] == "16"
    assert C2024.medium_og_min_essms == 16


# --- 10. filing windows belong to an ARS --------------------------------------------------------------------


def test_10_another_ars_gets_no_verdict_from_bfc_dates_until_its_own_are_typed(d):
    # 2022: « La fenêtre de dépôt sera ouverte du 15 mars 2022 au 30 septembre 2022 » is the ARS BFC's (003 §8).
    d["campaign_year"] = 2022
    d["filing_date"] = "2022-06-01"
    for e in all_essms(d):
        e["department"] = "75"  # the whole grappe in Paris: the ARS Île-de-France
    c = crit(d, "admissibility.window", C2022, dt.date(2022, 5, 1))
    assert c.state == "to_complete" and c.field == "ars_start_edit"
    assert "to be filled in" in str(c.explanation)
    d["ars_window_start"], d["ars_window_end"] = "2022-04-01", "2022-05-31"  # typed from the IDF call
    c = crit(d, "admissibility.window", C2022, dt.date(2022, 5, 1))
    assert c.state == "not_met"  # 01/06/2022 is after 31/05/2022, the IDF call's last day
    d["ars_window_end"] = "2022-06-01"  # the last day is inside the window
    assert crit(d, "admissibility.window", C2022, dt.date(2022, 5, 1)).state == "met"


def test_10_first_window_cut_offs_where_they_apply(d):
    # 003 §8: « les dossiers pris en compte devront être déposés avant le 15.05.2022 » (BFC's own call).
    d["campaign_year"], d["filing_date"] = 2022, "2022-05-15"
    plan = check_dossier_plan(d, C2022)
    first = next(f for f in plan.findings if f.key == "planning.first_window")
    assert first.what.params["end"] == "15/05/2022" and "first window" in str(first.fix)
    d["filing_date"] = "2022-05-16"
    first = next(f for f in check_dossier_plan(d, C2022).findings if f.key == "planning.first_window")
    assert "File by" in str(first.fix)
    # 000: IDF, « Volonté d'utiliser 80% de l'enveloppe régionale totale sur cette première fenêtre » (15/06)
    d["campaign_year"], d["filing_date"] = 2023, "2023-06-01"
    for e in all_essms(d):
        e["department"] = "75"
    first = next(f for f in check_dossier_plan(d, C2023).findings if f.key == "planning.first_window")
    assert first.what.params == {"region": "Île-de-France", "end": "15/06/2023", "share": "80\u00a0%"}
    # 2024: national dates (001), no first window, no « à renseigner » anywhere
    d["campaign_year"], d["filing_date"] = 2024, "2024-05-28"
    found = {f.key for f in check_dossier_plan(d, C2024).findings}
    assert "planning.first_window" not in found and "planning.window_to_type" not in found


# --- 11. the minimum of 8 in Corse and overseas only where a seed gives it ----------------------------------


def _martinique(d: dict, count: int) -> dict:
    base = d["ogs"][0]["essms"][0]
    numbers = ["970202784", "970203220", "970203352", "970205936", "970203238", "970211405", "970209292",
               "970209300", "970209805"]
    og = d["ogs"][0]
    og["essms"] = [dict(copy.deepcopy(base), finess_et=n, department="9B") for n in numbers[:count]]
    d["ogs"] = [og]
    return d


def test_11_eight_in_martinique_only_from_the_2024_flyer(d, qapp):
    # 001: « a minima de 15 ESSMS en métropole ou de 8 ESSMS en Corse et dans les départements ultramarins »
    from esms_desktop.i18n import install, render

    _martinique(d, 8)
    assert "composition.too_small" not in keys(composition(d, C2024))  # 8 = the minimum
    _martinique(d, 7)
    assert keys(composition(d, C2024))["composition.too_small"] == "blocking"  # 7 < 8
    # 003 (2022) gives a minimum for « les territoires métropolitains » only: 15 applies, the ARS appreciates
    _martinique(d, 8)
    report = composition(d, C2022)
    assert report.min_essms == 15
    too_small = next(f for f in report.findings if f.key == "composition.too_small")
    install("fr")
    assert "l'ARS appréciera ce minima" in render(too_small.why)


# --- 12. figures carried from 2022 are indicative -----------------------------------------------------------


def test_12_figures_carried_from_2022_are_marked_indicative():
    # 000 announces an « Exigence accrue sur les cibles d'usage » without figures: 2022's are repeated.
    from esms_desktop.reports.snapshot.planning import carried_note, usage_targets

    assert not C2022.carried_from_2022
    for campaign in (C2023, C2024):
        assert campaign.is_carried("usage_targets") and campaign.is_carried("services_socles")
        assert all("indicatif" in row.source for row in usage_targets(campaign))
        assert "Indicatif" in carried_note(campaign)
    assert all("indicatif" not in row.source for row in usage_targets(C2022))


# --- 13. the procurement route ---------------------------------------------------------------------------------


def test_13_procurement_follows_the_ogs_statuses_from_2023(d):
    # 000: « Plus de nécessité de passer par une phase de marché public (marché spécifique), hormis pour
    # les OG soumis au Code de la Commande Publique »; 003 §5.1 (2022): « recourir obligatoirement » au SAD.
    from esms_desktop.rules.planning.procurement import procurement_route

    assert procurement_route(d, C2022).route == "procurement"
    d["ogs"][2]["legal_status"] = "prive_non_lucratif"  # the example's one public OG (Villatte)
    assert procurement_route(d, C2024).route == "direct"
    d["ogs"][2]["public_procurement"] = True  # subject to the CCP, as recorded
    route = procurement_route(d, C2024)
    assert route.route == "procurement" and route.subject_ogs == ("Résidences Maurice Villatte",)
    d["ogs"][2]["public_procurement"] = False
    d["dui"]["ght_route"] = True  # « la possibilité de choisir un DPI référencé Ségur »
    assert procurement_route(d, C2024).route == "ght"
    d["campaign_year"] = 2022
    assert "planning.ght_not_offered" in {f.key for f in check_dossier_plan(d, C2022).findings}


def test_13_the_planning_template_follows_the_route():
    from esms_desktop.rules.planning.schedule import generate_plan

    start = dt.date(2024, 10, 1)
    titles = {r: next(t.title for t in generate_plan("acquisition", start, [["E1"]], r) if t.key == "consultation")
              for r in ("procurement", "direct", "ght")}
    assert "SAD" in titles["procurement"] and "sans phase de marché public" in titles["direct"]
    assert "GHT" in titles["ght"]


# --- 14. ANAP ---------------------------------------------------------------------------------------------------


def test_14_an_anap_result_meets_the_diagnostic_criterion(d):
    # 003 §4.2.E: each OG may give the result of the ANAP self-diagnostic; our questionnaire covers the same.
    # The example: OG 2's questionnaire is partly answered; OG 3 now has none.
    d["ogs"][3]["maturity"] = None
    assert crit(d, "priority.maturity_diagnostic").state == "to_complete"
    d["documents"].append({**d["documents"][0], "kind": "anap_result", "og": 3, "label": "ANAP"})
    assert crit(d, "priority.maturity_diagnostic").state == "to_complete"  # OG 2 still partial
    d["documents"].append({**d["documents"][0], "kind": "anap_result", "og": 2, "label": "ANAP"})
    assert crit(d, "priority.maturity_diagnostic").state == "met"  # either one, for each OG


# --- 15. FINESS splits ------------------------------------------------------------------------------------------


def test_15_several_et_of_one_ej_at_one_address_and_category_are_pointed_out(d):
    # 003 §5: the ARS may lower the grant when « La composition en FINESS juridiques / FINESS géographiques
    # fait ressortir un nombre de structures qui multiplie de façon artificielle les forfaits par ESSMS ».
    report = composition(d)  # the example: 890000102 and 890008535, both 382 at 19 rue du Tacot, Massangis
    split = next(f for f in report.findings if f.key == "composition.finess_split")
    assert split.severity == "warning" and split.subjects == ("890000102", "890008535")
    d["ogs"][0]["essms"][5]["category_code"] = "383"  # another category: no longer pointed out
    assert "composition.finess_split" not in keys(composition(d))


# --- 16. wording ---------------------------------------------------------------------------------------------


def test_16_a_large_single_region_grappe_is_not_said_to_be_between_15_and_49(d):
    # 001: « Les groupements de 50 ESSMS ou plus qui ne concernent qu'une seule région » file regionally.
    from esms_desktop.rules.identity.finess import expected_key

    base = d["ogs"][0]["essms"][0]
    d["ogs"][0]["essms"] = [dict(copy.deepcopy(base), finess_et=f"89{i:06d}" + expected_key(f"89{i:06d}"))
                            for i in range(55)]
    d["ogs"] = d["ogs"][:1]
    c = crit(d, "admissibility.grappe_size")
    assert c.explanation.params["count"] == "55" and "maximum" not in c.explanation.params


def test_16_no_service_socle_ticked_says_so(d):
    d["dui"]["services_socles"] = []
    c = crit(d, "admissibility.services_socles")
    assert c.explanation.text == "None of them is ticked; {minimum} needed."


def test_16_the_mss_target_is_the_formula_of_003_section_6():
    # 003 §6.1: « (nombre de messages envoyés via la MS Santé / nombre de personnes accompagnées pouvant
    # bénéficier d'un projet d'accueil et d'accompagnement) x 100 », cible 70 %.
    from esms_desktop.rules.maturity.scoring import load_questionnaire

    question = next(q for q in load_questionnaire("rsi").questions if q.id == "rsi.socles.01")
    assert "pouvant bénéficier d'un projet d'accueil et d'accompagnement" in question.help and "70 %" in question.help


# --- the examples --------------------------------------------------------------------------------------------


def test_the_first_example_is_still_admissible_with_the_same_grant(d):
    assert check_dossier(d, C2024, TODAY).admissible
    assert grant(d).total == 596_000


def test_the_second_example_admissible_with_its_grant_worked_by_hand():
    # 001 (2024). 16 ESSMS: the ADAPEI 17 runs 20 and brings 3 in mise en conformité; 13 acquisitions by
    # four small OGs (4, 3, 2 in metropolitan France; 4 in Martinique, ceiling « moins de 8 »).
    #   acquisitions: 13 × 7 000 = 91 000; editor 13 × up to 14 000 = 182 000 (plafond)
    #   conformités: 3 × 5 000 = 15 000 (Cas 2)
    #   equipment: (4 + 3 + 2 + 4) × up to 10 000 = 130 000; the ADAPEI (20 ESSMS) is refused it
    #   AMOA piloting: 100 000 once
    #   total 91 000 + 182 000 + 15 000 + 130 000 + 100 000 = 518 000
    data = json.loads(SECOND.read_text(encoding="utf-8"))
    b = grant(data["dossier"])
    assert b.total == 518_000
    assert b.line("usage.lower.conformite").amount == 15_000
    assert b.refusal("equipment", "ADAPEI de la Charente-Maritime (ADAPEI 17)") is not None
    report = check_dossier(data["dossier"], C2024, TODAY)
    assert report.admissible
    comp = composition(data["dossier"])
    assert comp.filing_level == "multi_regional" and comp.main_region == "75"
    assert comp.project_type_counts == {"acquisition": 13, "conformite": 3}
    assert set(comp.small_ogs) == {"160000147", "790014898", "160000246", "970200192"}


def test_the_second_example_is_a_stable_file_of_real_finess_numbers(db):
    # Import then export gives the shipped text back (the file format, as the first example); every FINESS
    # number (EJ and ET) has a valid key (Luhn over the 9 characters).
    from esms_desktop.rules.identity.finess import is_valid_finess
    from esms_desktop.storage.dossier_file import dumps, export_dossier, import_dossier

    text = SECOND.read_text(encoding="utf-8")
    data = json.loads(text)
    assert dumps(export_dossier(db, import_dossier(db, data))) == text
    numbers = [og["finess_ej"] for og in data["dossier"]["ogs"]] + [e["finess_et"] for e in all_essms(data["dossier"])]
    assert len(numbers) == 5 + 16 and all(is_valid_finess(n) for n in numbers)
