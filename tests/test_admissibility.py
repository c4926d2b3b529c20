"""The admissibility check (003 §7, §4.2): each criterion fails on a dossier built to fail it and passes on
the example, which ships admissible. Expected states are read from the seeds, not from the program."""

from __future__ import annotations

import copy
import datetime as dt
import json
from pathlib import Path

import pytest

from esms_desktop.rules.admissibility.checker import check_admissibility, check_dossier, summary
from esms_desktop.rules.campaign import load_campaign

EXAMPLE = Path(__file__).resolve().parent.parent / "resources" / "examples" / "exemple-grappe-bfc.json"
TODAY = dt.date(2024, 5, 1)  # inside the 2024 regional window (15/01/2024 – 15/09/2024, 001)
C2024 = load_campaign(2024)


@pytest.fixture(scope="module")
def example_file() -> dict:
    return json.loads(EXAMPLE.read_text(encoding="utf-8"))


@pytest.fixture
def d(example_file) -> dict:
    """A fresh copy of the example's ``dossier`` object, to break."""
    return copy.deepcopy(example_file["dossier"])


def crit(d: dict, key: str, campaign=C2024, today=TODAY, **kwargs):
    return check_dossier(d, campaign, today, **kwargs).get(key)


def drop_documents(d: dict, kind: str, og: int | None = "any") -> None:
    d["documents"] = [x for x in d["documents"] if not (x["kind"] == kind and (og == "any" or x["og"] == og))]


# --- the example and the three-findings variant ---------------------------------------------------


def test_example_ships_admissible(example_file):
    report = check_dossier(example_file, C2024, TODAY)
    assert report.admissible, [(c.key, str(c.explanation)) for c in report.blocking]
    assert report.blocking_count == 0
    # every admissibility criterion of 003 §7 is evaluated: 1 (2 items), 2 (5), 3, 4, 5, 6, 7, 8 (3 items)
    assert sorted({c.number for c in report.by_kind("admissibility")}) == [1, 2, 3, 4, 5, 6, 7, 8]
    assert len(report.by_kind("priority")) == 8 and len(report.by_kind("access")) == 2


def test_missing_rib_letters_and_dpo_gives_three_findings_at_the_right_steps(d):
    drop_documents(d, "rib")
    drop_documents(d, "engagement_letter")
    d["ogs"][0]["dpo_designated"] = False
    report = check_dossier(d, C2024, TODAY)
    assert not report.admissible
    where = {c.key: (c.state, c.step, c.field) for c in report.blocking}
    assert where == {
        "admissibility.rib": ("not_met", "pieces", "rib_file_button"),
        "admissibility.engagement_letters": ("not_met", "pieces", "letter_button_0"),
        "admissibility.dpo": ("not_met", "grappe", "og_0_dpo"),
    }
    assert str(summary(report)) == "Blocking criteria: 3."


def test_priority_criteria_never_block(d):
    d["commitments"]["ror"] = False
    report = check_dossier(d, C2024, TODAY)
    assert report.get("priority.ror").state == "not_met" and report.admissible


def test_to_complete_blocks_like_not_met(d):
    d["presentation"]["benefits"] = ""
    report = check_dossier(d, C2024, TODAY)
    assert report.get("admissibility.presentation").state == "to_complete" and not report.admissible


def test_documents_state_replaces_the_dicts_documents(d):
    """The UI may give the documents without their content; an empty state means nothing attached."""
    assert crit(d, "admissibility.engagement_letters", documents_state=[]).state == "not_met"
    state = [{"kind": "engagement_letter", "og": i} for i in range(4)]
    assert crit(d, "admissibility.engagement_letters", documents_state=state).state == "met"


def test_check_admissibility_for_the_pack_takes_the_dossiers_campaign(example_file):
    report = check_admissibility(example_file, TODAY)
    assert report.campaign_year == 2024 and report.admissible


# --- 1. the grappe --------------------------------------------------------------------------------


def test_1_grappe_size(d):
    assert crit(d, "admissibility.grappe_size").state == "met"  # 16 ESSMS >= 15
    d["ogs"][0]["essms"] = d["ogs"][0]["essms"][:6]  # 16 - 2 = 14 < 15 (001, 003 §4.2.D)
    c = crit(d, "admissibility.grappe_size")
    assert (c.state, c.step) == ("not_met", "grappe")
    assert "14 ESSMS" in str(c.explanation) and "15" in str(c.explanation)
    assert "001" in c.source  # the minimum's source comes from the campaign file


def test_1_grappe_coherence(d):
    assert crit(d, "admissibility.grappe_coherence").state == "met"
    for og in d["ogs"]:
        og["is_porteur"] = False
    c = crit(d, "admissibility.grappe_coherence")
    assert c.state == "not_met" and "porteur" in str(c.explanation)


# --- 2. a complete dossier ------------------------------------------------------------------------


def test_2_galis_information(d):
    assert crit(d, "admissibility.galis").state == "met"
    d["ogs"][0]["siret"] = ""
    c = crit(d, "admissibility.galis")
    assert (c.state, c.step, c.field) == ("to_complete", "grappe", "og_0_siret")


def test_2_presentation(d):
    assert crit(d, "admissibility.presentation").state == "met"
    d["presentation"]["team"] = "   "
    c = crit(d, "admissibility.presentation")
    assert (c.state, c.step, c.field) == ("to_complete", "presentation", "team")
    d["presentation"] = {k: "" for k in d["presentation"]}
    assert crit(d, "admissibility.presentation").state == "not_met"


def test_2_planning(d):
    assert crit(d, "admissibility.planning").state == "met"
    d["planning"] = []
    c = crit(d, "admissibility.planning")
    assert (c.state, c.step) == ("not_met", "planning")


def test_2_engagement_letters(d):
    assert crit(d, "admissibility.engagement_letters").state == "met"
    drop_documents(d, "engagement_letter", og=2)
    c = crit(d, "admissibility.engagement_letters")
    assert (c.state, c.step, c.field) == ("not_met", "pieces", "letter_button_2")
    assert "Résidences Maurice Villatte" in str(c.explanation)


def test_2_rib_file(d):
    assert crit(d, "admissibility.rib").state == "met"
    drop_documents(d, "rib")
    assert (crit(d, "admissibility.rib").state, crit(d, "admissibility.rib").field) == ("not_met", "rib_file_button")


def test_2_rib_fields(d):
    d["rib"]["iban"] = "FR7630006000011234567890188"  # last digit changed: the mod-97 check fails
    c = crit(d, "admissibility.rib")
    assert (c.state, c.field) == ("not_met", "rib_iban_edit")
    assert any("check digits" in str(x) for x in c.details)
    d["rib"] = {"holder": "", "iban": "", "bic": ""}
    drop_documents(d, "rib")
    assert crit(d, "admissibility.rib").field == "rib_holder_edit"


# --- 3. the window --------------------------------------------------------------------------------


def test_3_window(d):
    c = crit(d, "admissibility.window")
    assert c.state == "met" and "28/05/2024" in str(c.explanation)
    d["filing_date"] = "2024-09-16"  # the day after the regional deadline of 15/09/2024 (001)
    assert crit(d, "admissibility.window").state == "not_met"
    d["filing_date"] = "2024-09-15"  # the last day is inside the window
    assert crit(d, "admissibility.window").state == "met"


def test_3_window_without_a_date(d):
    d["filing_date"] = None
    assert crit(d, "admissibility.window").state == "to_complete"
    assert crit(d, "admissibility.window", today=dt.date(2024, 9, 20)).state == "not_met"  # closed on 15/09


def test_3_window_multi_regional_deadline(d):
    """Two regions: the multi-regional deadline of 2024 is 01/06/2024 (001), not 15/09."""
    d["ogs"][3]["essms"][0]["department"] = "75"  # one ESSMS in Île-de-France, 15 in BFC
    d["filing_date"] = "2024-06-10"
    assert crit(d, "admissibility.window").state == "not_met"
    d["filing_date"] = "2024-05-28"
    assert crit(d, "admissibility.window").state == "met"


# --- 4. Ségur, 5. services socles, 6. référentiels ------------------------------------------------


def test_4_segur(d):
    assert crit(d, "admissibility.segur").state == "met"
    d["dui"]["segur_referenced"] = False  # mandatory from 2023 (000): the 2024 campaign funds no other editor
    c = crit(d, "admissibility.segur")
    assert (c.state, c.step, c.field) == ("not_met", "solution", "segur_check")
    d["dui"]["software"] = ""
    assert crit(d, "admissibility.segur").state == "to_complete"


def test_4_segur_exception_of_2022(d):
    """2022: an acquisition by a grappe mostly PA/PH/DOM may choose a non-referenced DUI (003 §4.2.C)."""
    d["dui"]["segur_referenced"] = False
    d["campaign_year"] = 2022
    assert crit(d, "admissibility.segur", load_campaign(2022)).state == "met"
    d["project_type"] = "conformite"  # a mise en conformité must go to the Ségur version
    assert crit(d, "admissibility.segur", load_campaign(2022)).state == "not_met"


def test_5_services_socles(d):
    c = crit(d, "admissibility.services_socles")
    assert c.state == "met" and str(c.explanation).startswith("3 of them")  # dmp, mss, eprescription
    d["dui"]["services_socles"] = ["dmp", "ins", "psc", "apcv"]  # INS, PSC, ApCV are not counted: 1 of 4
    c = crit(d, "admissibility.services_socles")
    assert (c.state, c.field) == ("not_met", "mss_check")


def test_5_services_socles_figures_come_from_the_campaign(d):
    """The minimum (2) and the counted socles (DMP, MSS, e-prescription, regional platform) are figures of
    the campaign file (003 §7), not of the code: another campaign's figures change the verdict."""
    from campaign_fixtures import campaign

    assert C2024.min_services_socles == 2
    assert C2024.counted_services_socles == ("dmp", "mss", "eprescription", "plateforme_regionale")
    c = crit(d, "admissibility.services_socles")  # the example: dmp, mss, ins, eprescription → 3 counted
    assert c.source.endswith("003 §7") and c.label.params["minimum"] == "2"
    stricter = campaign(min_services_socles=4)
    c = crit(d, "admissibility.services_socles", stricter)
    assert (c.state, c.field) == ("not_met", "plateforme_regionale_check")
    assert c.explanation.params == {"count": "3", "names": "DMP / Mon espace santé, MSSanté, e-prescription",
                                    "minimum": "4"}
    with_ins = campaign(counted_services_socles=("ins", "psc"))  # INS counts, PSC is not offered: 1 of 2
    c = crit(d, "admissibility.services_socles", with_ins)
    assert c.state == "not_met" and c.label.params["names"] == "INS, Pro Santé Connect"


def test_6_referentials(d):
    assert crit(d, "admissibility.referentials").state == "met"  # PH: Sérafin-PH; PA: AGGIR and PATHOS
    d["dui"]["referentials"] = ["serafin_ph", "aggir"]
    c = crit(d, "admissibility.referentials")
    assert (c.state, c.field) == ("not_met", "pathos_check") and "PATHOS" in str(c.explanation)
    for og in d["ogs"]:
        for e in og["essms"]:
            e["sector"] = "PDE"
    assert crit(d, "admissibility.referentials").state == "not_applicable"


# --- 7. maîtrise d'ouvrage, 8. RGPD ---------------------------------------------------------------


def test_7_maitrise_ouvrage(d):
    assert crit(d, "admissibility.maitrise_ouvrage").state == "met"
    d["budget"]["revenues"] = [r for r in d["budget"]["revenues"] if r["kind"] != "own_funds"]
    c = crit(d, "admissibility.maitrise_ouvrage")
    assert (c.state, c.step) == ("not_met", "budget")
    d["budget"] = {"expenses": [], "revenues": []}
    assert crit(d, "admissibility.maitrise_ouvrage").state == "to_complete"


@pytest.mark.parametrize("key, field, value, what", [
    ("admissibility.rgpd", "rgpd_status", "not_started", "rgpd"),
    ("admissibility.dpo", "dpo_designated", False, "dpo"),
    ("admissibility.it_charter", "it_charter", "not_started", "it_charter"),
])
def test_8_data_protection(d, key, field, value, what):
    assert crit(d, key).state == "met"
    d["ogs"][1][field] = value
    c = crit(d, key)
    assert (c.state, c.step, c.field) == ("not_met", "grappe", f"og_1_{what}")
    assert "Papillons Blancs" in str(c.explanation)


def test_8_in_progress_is_enough(d):
    d["ogs"][0]["rgpd_status"] = "in_progress"
    d["ogs"][0]["it_charter"] = "in_progress"
    assert crit(d, "admissibility.rgpd").state == crit(d, "admissibility.it_charter").state == "met"


# --- conditions of access -------------------------------------------------------------------------


def test_access_non_redundancy(d):
    assert crit(d, "access.non_redundancy").state == "met"
    d["ogs"][2]["essms"][0]["already_funded"] = True
    c = crit(d, "access.non_redundancy")
    assert (c.state, c.kind) == ("not_met", "access")
    assert not check_dossier(d, C2024, TODAY).admissible


def test_access_national_agreement(d):
    assert crit(d, "access.national_agreement").state == "not_applicable"
    d["ogs"][1]["national_entity"] = "Fédération nationale (fictive)"
    c = crit(d, "access.national_agreement")
    assert (c.state, c.step, c.field) == ("not_met", "pieces", "agreement_button_1")
    d["ogs"][1]["national_agreement"] = True  # obtained, not attached yet
    assert crit(d, "access.national_agreement").state == "to_complete"
    d["documents"].append({**d["documents"][0], "kind": "national_agreement", "og": 1})
    assert crit(d, "access.national_agreement").state == "met"


# --- priority criteria ----------------------------------------------------------------------------


def test_priority_isolated_essms(d):
    for og in d["ogs"]:
        for e in og["essms"]:
            e["isolated"] = False
    assert crit(d, "priority.isolated_essms").state == "not_applicable"
    d["ogs"][1]["essms"][0]["isolated"] = True
    assert crit(d, "priority.isolated_essms").state == "not_met"  # porteur: 8 ESSMS, not more than 15
    # 003 §7 « organismes gestionnaires de taille moyenne (plus de 15 ESSMS) », on the OG's own size
    d["ogs"][0]["essms_total"] = 15
    assert crit(d, "priority.isolated_essms").state == "not_met"  # 15 is not more than 15
    d["ogs"][0]["essms_total"] = 16
    assert crit(d, "priority.isolated_essms").state == "met"


def test_priority_maturity_diagnostic(d):
    from esms_desktop.rules.maturity.scoring import load_questionnaire

    for og in d["ogs"]:
        og["maturity"] = None
    assert crit(d, "priority.maturity_diagnostic").state == "not_met"
    q = load_questionnaire("direction")
    full = {"variant": "direction", "questionnaire_id": q.id, "questionnaire_version": q.version, "respondent": "",
            "answered_on": None, "answers": {x.id: 1 for x in q.questions}}
    for og in d["ogs"]:
        og["maturity"] = copy.deepcopy(full)
    assert crit(d, "priority.maturity_diagnostic").state == "met"
    del d["ogs"][3]["maturity"]["answers"][q.questions[0].id]  # one question left: partial
    c = crit(d, "priority.maturity_diagnostic")
    assert (c.state, c.step) == ("to_complete", "maturite")


def test_priority_motivations(d):
    assert crit(d, "priority.motivations").state == "met"
    d["presentation"]["strategy"] = ""
    assert (crit(d, "priority.motivations").state, crit(d, "priority.motivations").field) == ("not_met", "strategy")


def test_priority_perimeter(d):
    assert crit(d, "priority.perimeter").state == "met"
    d["presentation"]["perimeter_target"] = ""
    assert crit(d, "priority.perimeter").state == "to_complete"
    d["presentation"]["perimeter_current"] = ""
    assert crit(d, "priority.perimeter").state == "not_met"


def test_priority_project_team(d):
    assert crit(d, "priority.project_team").state == "met"  # Julien Perrot, 0,8 ETP
    lead = next(p for p in d["people"] if p["project_lead"])
    lead["fte"] = None
    assert crit(d, "priority.project_team").state == "to_complete"
    lead["project_lead"] = False
    assert (crit(d, "priority.project_team").state, crit(d, "priority.project_team").step) == ("not_met", "gouvernance")


def test_priority_financing_plan(d):
    assert crit(d, "priority.financing_plan").state == "met"
    drop_documents(d, "quote", og=3)  # OG 4 asks for the equipment aid: its quote is expected
    c = crit(d, "priority.financing_plan")
    assert (c.state, c.step, c.field) == ("to_complete", "pieces", "quote_button_3")
    d["budget"] = {"expenses": [], "revenues": []}
    assert crit(d, "priority.financing_plan").state == "not_met"


def test_priority_commitments(d):
    assert crit(d, "priority.ror").state == "met"
    assert crit(d, "priority.earlier_wave").state == "not_met"
    d["commitments"] = {"ror": False, "earlier_wave": True}
    assert crit(d, "priority.ror").state == "not_met"
    assert crit(d, "priority.earlier_wave").state == "met"
