"""Composition rules of a grappe (issue 4). Figures checked by hand against DOMAIN.md and seeds 001-003."""

from __future__ import annotations

from dataclasses import replace

import pytest

from campaign_fixtures import C2024, campaign

from esms_desktop.rules.grappe.composition import (
    CompositionReport,
    EssmsInput,
    GrappeInput,
    OgInput,
    check_composition,
)

# --- stand-ins: a hand-made geography; the campaign is the 2024 file (campaign_fixtures) -------------

# A small hand-made geography: department -> (INSEE region, territory).
GEO = {
    "75": ("11", "metropole"),  # Paris, Île-de-France
    "21": ("27", "metropole"),  # Côte-d'Or, Bourgogne-Franche-Comté
    "69": ("84", "metropole"),  # Rhône, Auvergne-Rhône-Alpes
    "2A": ("94", "corse"),
    "9B": ("02", "outre_mer"),  # Martinique
    "9E": (None, "outre_mer"),  # Saint-Pierre-et-Miquelon: no ARS region
}


def region_of(dept: str) -> str | None:
    return GEO[dept][0] if dept in GEO else None


def territory_of(dept: str) -> str:
    return GEO[dept][1]  # KeyError for an unknown department, like geography.territory


def check(grappe: GrappeInput, campaign=None) -> CompositionReport:
    return check_composition(grappe, campaign or C2024, department_region=region_of,
                             territory=territory_of)


def essms_list(n: int, dept: str = "75", prefix: str = "E", sector: str = "PA", **kw) -> tuple[EssmsInput, ...]:
    return tuple(EssmsInput(finess_et=f"{prefix}{i:03d}", name=f"ESSMS {prefix}{i}", department=dept, sector=sector,
                            current_dui_kind="software", current_dui_software="OldDUI", **kw) for i in range(n))


def og(finess_ej: str, essms: tuple[EssmsInput, ...], **kw) -> OgInput:
    return OgInput(finess_ej=finess_ej, name=f"OG {finess_ej}", essms=essms, **kw)


def grappe(*ogs: OgInput, porteur: str | None = "OG1", **kw) -> GrappeInput:
    kw.setdefault("project_type", "acquisition")
    kw.setdefault("hosting", "saas")
    kw.setdefault("dui_software", "LogiDUI")
    return GrappeInput(ogs=tuple(ogs), porteur_finess_ej=porteur, **kw)


def keys(report: CompositionReport) -> dict[str, str]:
    return {f.key: f.severity for f in report.findings}


def finding(report: CompositionReport, key: str):
    return next(f for f in report.findings if f.key == key)


# --- size and where to file ------------------------------------------------------------------------


def test_seven_essms_in_paris_is_too_small():
    # 7 < 15 (metropolitan minimum, 001): blocking, 8 more ESSMS needed.
    report = check(grappe(og("OG1", essms_list(7))))
    assert report.essms_count == 7
    assert report.min_essms == 15
    assert report.territory == "metropole"
    f = finding(report, "composition.too_small")
    assert f.severity == "blocking"
    assert f.what.params == {"count": "7", "minimum": "15"}
    assert f.fix.params["missing"] == "8"
    assert f.source == "001 Cas 1"  # campaign.source("grappe.min_essms") of the 2024 file


@pytest.mark.parametrize("count", [15, 49])
def test_fifteen_and_fortynine_in_one_region_file_regionally(count):
    report = check(grappe(og("OG1", essms_list(count))))
    assert report.essms_count == count
    assert report.filing_level == "regional"
    assert report.filing_region == "11"  # Paris -> Île-de-France
    assert report.region_counts == {"11": count}
    assert "composition.too_small" not in keys(report)
    f = finding(report, "composition.regional")
    assert f.severity == "info"
    assert f.fix.params["window"] == "15/01/2024 – 15/09/2024"
    # a clean grappe: nothing blocking, nothing to warn about
    assert [f.key for f in report.findings if f.severity != "info"] == []


def test_fifty_in_one_region_national_or_regional_by_campaign():
    g = grappe(og("OG1", essms_list(50)))
    # 2022 rule (003 §4.3.B): 50 or more -> national call, no ARS.
    report = check(g, campaign(large_single_region_files_regionally=False))
    assert (report.filing_level, report.filing_region) == ("national", None)
    assert finding(report, "composition.national").fix.params["window"] == "15/02/2024 – 01/06/2024"
    # 2024 rule (001): 50 or more all in one region -> regional call of that ARS.
    report = check(g, campaign(large_single_region_files_regionally=True))
    assert (report.filing_level, report.filing_region) == ("regional", "11")
    assert "composition.large_single_region" in keys(report)


def test_fifty_over_two_regions_is_national_in_any_campaign():
    g = grappe(og("OG1", essms_list(30, "75", "P")), og("OG2", essms_list(20, "21", "D")))
    report = check(g, campaign(large_single_region_files_regionally=True))
    assert report.essms_count == 50
    assert (report.filing_level, report.filing_region) == ("national", None)
    assert report.main_region == "11"


def test_overseas_grappe_of_eight_meets_the_smaller_minimum():
    report = check(grappe(og("OG1", essms_list(8, "9B"))))
    assert report.territory == "outre_mer"
    assert report.min_essms == 8  # Corse and overseas (001)
    assert "composition.too_small" not in keys(report)
    assert (report.filing_level, report.filing_region) == ("regional", "02")


def test_overseas_seven_too_small_and_mixed_grappe_uses_metropolitan_minimum():
    report = check(grappe(og("OG1", essms_list(7, "9B"))))
    assert finding(report, "composition.too_small").what.params == {"count": "7", "minimum": "8"}
    # 8 in Martinique + 1 in Paris: not every ESSMS is overseas, so 15 applies; 9 < 15.
    report = check(grappe(og("OG1", essms_list(8, "9B")), og("OG2", essms_list(1, "75", "P"))))
    assert report.territory == "mixte"
    assert report.min_essms == 15
    assert finding(report, "composition.too_small").what.params == {"count": "9", "minimum": "15"}


def test_corse_counts_with_overseas_for_the_minimum():
    report = check(grappe(og("OG1", essms_list(8, "2A"))))
    assert (report.territory, report.min_essms) == ("corse", 8)
    assert "composition.too_small" not in keys(report)


def test_multi_regional_files_with_the_region_holding_most_essms():
    # 10 in Côte-d'Or (27) + 6 in Paris (11) + 4 in Rhône (84) = 20 < 50, three regions.
    g = grappe(og("OG1", essms_list(6, "75", "P")), og("OG2", essms_list(10, "21", "D")),
               og("OG3", essms_list(4, "69", "R")))
    report = check(g)
    assert report.essms_count == 20
    assert report.region_counts == {"27": 10, "11": 6, "84": 4}
    assert report.filing_level == "multi_regional"
    assert report.filing_region == "27"
    f = finding(report, "composition.multi_regional")
    assert f.what.params["region_count"] == "10"
    assert f.fix.params["window"] == "15/01/2024 – 01/06/2024"  # the earlier multi-regional deadline
    assert "composition.filing_region_tie" not in keys(report)


def test_tie_between_regions_prefers_the_porteurs_region_and_warns():
    # 8 in Paris and 8 in Côte-d'Or (porteur OG1): tie; the porteur's region (27) wins over the
    # smaller code (11).
    g = grappe(og("OG1", essms_list(8, "21", "D")), og("OG2", essms_list(8, "75", "P")), porteur="OG1")
    report = check(g)
    assert report.filing_region == "27"
    # without the porteur there, the smallest INSEE code
    g = grappe(og("OG1", essms_list(8, "21", "D")), og("OG2", essms_list(8, "75", "P")), porteur="OG3")
    assert check(g).filing_region == "11"
    f = finding(report, "composition.filing_region_tie")
    assert f.severity == "warning"
    assert set(f.subjects) == {"11", "27"}


def test_national_reach_under_fifty():
    report = check(grappe(og("OG1", essms_list(20)), national_reach=True))
    assert (report.filing_level, report.filing_region) == ("national", None)
    assert keys(report)["composition.national_reach"] == "info"


def test_unknown_department_and_regionless_department_are_reported():
    g = grappe(og("OG1", essms_list(15) + essms_list(1, "ZZ", "X") + essms_list(1, "9E", "S")))
    report = check(g)
    assert report.essms_count == 17
    assert report.region_counts == {"11": 15}
    assert set(report.unknown_department) == {"X000", "S000"}
    assert keys(report)["composition.unknown_department"] == "warning"
    assert keys(report)["composition.no_region"] == "warning"


def test_duplicate_finess_counted_once_and_blocking():
    shared = essms_list(1, prefix="Z")
    report = check(grappe(og("OG1", essms_list(15) + shared), og("OG2", shared)))
    assert report.essms_count == 16
    assert finding(report, "composition.duplicate_essms").subjects == ("Z000",)


# --- coherence -------------------------------------------------------------------------------------


def test_sector_majority_and_its_absence():
    # 8 PA + 7 PH = 15: 8 > 15/2, PA holds the majority.
    report = check(grappe(og("OG1", essms_list(8, sector="PA") + essms_list(7, prefix="H", sector="PH"))))
    assert report.sector_counts == {"PA": 8, "PH": 7}
    assert report.majority_sector == "PA"
    assert "composition.no_majority_sector" not in keys(report)
    # 7 PA + 7 PH + 1 DOM: no sector above 7.5. 003 §7 (critères de recevabilité): « majoritairement
    # d'un même secteur »: an admissibility criterion, so blocking (issue 15 item 5).
    ess = essms_list(7) + essms_list(7, prefix="H", sector="PH") + essms_list(1, prefix="D", sector="DOM")
    report = check(grappe(og("OG1", ess)))
    assert report.majority_sector is None
    assert keys(report)["composition.no_majority_sector"] == "blocking"
    assert "majoritairement d'un même secteur" in finding(report, "composition.no_majority_sector").source


def test_project_type_homogeneity():
    def with_types(n_conformite: int, total: int = 15):
        ess = tuple(replace(e, project_type="conformite") if i < n_conformite else e
                    for i, e in enumerate(essms_list(total)))
        return check(grappe(og("OG1", ess)))

    assert "composition.mixed_project_types" not in keys(with_types(0))
    # 3 of 15 in conformité: the acquisition majority holds (12), an info.
    report = with_types(3)
    assert report.project_type_counts == {"acquisition": 12, "conformite": 3}
    assert keys(report)["composition.mixed_project_types"] == "info"
    # 8 of 15 in conformité: declared acquisition is not the majority.
    assert keys(with_types(8))["composition.project_type_not_majority"] == "warning"
    # 7 of 14: no majority at all.
    assert keys(with_types(7, total=14))["composition.no_majority_project_type"] == "blocking"


def test_hosting_must_be_shared():
    ess = essms_list(14) + (replace(essms_list(1, prefix="O")[0], hosting="on_premise"),)
    assert keys(check(grappe(og("OG1", ess))))["composition.mixed_hosting"] == "blocking"
    # 003 §7: « avec le même besoin d'hébergement (SAAS, externe, on premise) », for both project types.
    assert keys(check(grappe(og("OG1", ess), project_type="conformite")))["composition.mixed_hosting"] == "blocking"
    assert "composition.mixed_hosting" not in keys(check(grappe(og("OG1", essms_list(15)))))


def test_dui_rules_by_project_type():
    # acquisition without a chosen DUI: an info; with one: nothing.
    assert keys(check(grappe(og("OG1", essms_list(15)), dui_software=None)))["composition.dui_not_chosen"] == "info"
    # conformité: an ESSMS with no DUI cannot move to a Ségur version.
    ess = essms_list(14) + (replace(essms_list(1, prefix="N")[0], current_dui_kind="none",
                                    current_dui_software=None),)
    report = check(grappe(og("OG1", ess), project_type="conformite"))
    assert finding(report, "composition.conformite_without_dui").subjects == ("N000",)
    # conformité with two different DUIs kept: 003 §7 « […] avec un même DUI »: blocking.
    ess = essms_list(10) + tuple(replace(e, current_dui_software="AutreDUI") for e in essms_list(5, prefix="A"))
    assert keys(check(grappe(og("OG1", ess), project_type="conformite")))["composition.several_duis"] == "blocking"


# --- conditions of access (non-redundancy, national entity, confort) -------------------------------


def test_already_funded_found_and_not_found():
    ess = essms_list(14) + (replace(essms_list(1, prefix="F")[0], already_funded=True, funded_software="LogiDUI"),)
    f = finding(check(grappe(og("OG1", ess))), "composition.already_funded")
    assert (f.severity, f.subjects) == ("blocking", ("F000",))
    assert "composition.already_funded" not in keys(check(grappe(og("OG1", essms_list(15)))))


def test_sons_for_another_software_found_and_not_found():
    sons_other = replace(essms_list(1, prefix="S")[0], sons_ordered=True, sons_software="AutreDUI")
    sons_same = replace(essms_list(1, prefix="T")[0], sons_ordered=True, sons_software="  logidui ")
    report = check(grappe(og("OG1", essms_list(13) + (sons_other, sons_same))))
    f = finding(report, "composition.sons_other_software")
    assert (f.severity, f.subjects) == ("blocking", ("S000",))  # T000's order matches, case and spaces aside
    # software of the order unknown: a warning to check it
    sons_unknown = replace(sons_other, sons_software=None)
    report = check(grappe(og("OG1", essms_list(14) + (sons_unknown,))))
    assert keys(report)["composition.sons_software_unknown"] == "warning"
    assert "composition.sons_other_software" not in keys(report)
    # conformité: the ESSMS keeps its own DUI, the SONS order for it is no conflict
    own = replace(essms_list(1, prefix="K")[0], sons_ordered=True, sons_software="OldDUI")
    report = check(grappe(og("OG1", essms_list(14) + (own,)), project_type="conformite"))
    assert "composition.sons_other_software" not in keys(report)


def test_national_entity_without_written_agreement():
    attached = og("OG2", essms_list(5, prefix="N"), attached_to_national_entity=True)
    f = finding(check(grappe(og("OG1", essms_list(10)), attached)), "composition.national_entity_agreement")
    assert (f.severity, f.subjects) == ("blocking", ("OG2",))
    agreed = replace(attached, national_agreement_obtained=True)
    assert "composition.national_entity_agreement" not in keys(check(grappe(og("OG1", essms_list(10)), agreed)))


def test_confort_services_warn():
    ess = essms_list(14) + (replace(essms_list(1, prefix="C", sector="DOM")[0], confort_services=True),)
    f = finding(check(grappe(og("OG1", ess))), "composition.confort_services")
    assert (f.severity, f.subjects) == ("warning", ("C000",))


# --- OGs, isolated ESSMS, porteur -----------------------------------------------------------------


def test_small_ogs_message_gives_the_ceiling_that_applied():
    # 2024 (001): small OG = at most 14 ESSMS, at most 7 when all its ESSMS are in Corse or overseas.
    report = check(grappe(og("OG1", essms_list(7, "9B")), og("OG2", essms_list(8, "9B", "B"))))
    small = finding(report, "composition.small_ogs")
    assert small.what.text.startswith("Small OGs (at most {maximum} ESSMS)")
    assert small.what.params["maximum"] == "7"  # Martinique: the overseas ceiling, not 14
    # one overseas OG of 7 and one metropolitan OG of 10: both small, each under its own ceiling
    report = check(grappe(og("OG1", essms_list(7, "9B")), og("OG2", essms_list(10, "75", "P"))))
    small = finding(report, "composition.small_ogs")
    assert report.small_ogs == ("OG1", "OG2")
    assert (small.what.params["maximum"], small.what.params["overseas"]) == ("14", "7")


def test_national_call_quotes_the_tier_boundary():
    report = check(grappe(og("OG1", essms_list(30, "75", "P")), og("OG2", essms_list(20, "21", "D"))),
                   campaign(tier_boundary=40))
    assert finding(report, "composition.national").why.params == {"national": "50", "tier": "40"}


def test_small_ogs():
    # OG1 runs 30 ESSMS in all (only 10 here): not small. OG2 has 5: small (<= 14).
    g = grappe(og("OG1", essms_list(10), total_essms=30), og("OG2", essms_list(5, prefix="B")))
    report = check(g)
    assert report.small_ogs == ("OG2",)
    assert keys(report)["composition.small_ogs"] == "info"
    # overseas (2024 reading of 001 « moins de 8 »): 7 ESSMS small, 8 not
    assert check(grappe(og("OG1", essms_list(7, "9B")), og("OG2", essms_list(8, "9B", "B")))).small_ogs == ("OG1",)


def test_isolated_essms_info_with_priority_when_led_by_a_medium_og():
    isolated = replace(essms_list(1, prefix="I")[0], isolated=True)
    report = check(grappe(og("OG1", essms_list(20)), og("OG2", (isolated,))))
    f = finding(report, "composition.isolated_essms")
    assert (f.severity, f.subjects) == ("info", ("I000",))
    assert f.what.params["size"] == "20"  # the porteur runs 20 ESSMS: the priority criterion applies
    report = check(grappe(og("OG1", essms_list(10)), og("OG2", essms_list(5, prefix="B")), og("OG3", (isolated,))))
    assert "size" not in finding(report, "composition.isolated_essms").what.params


def test_porteur_missing_or_not_a_member():
    assert keys(check(grappe(og("OG1", essms_list(15)), porteur=None)))["composition.no_porteur"] == "blocking"
    report = check(grappe(og("OG1", essms_list(15)), porteur="OG9"))
    assert keys(report)["composition.porteur_not_member"] == "blocking"
    assert "composition.no_porteur" not in keys(report)
    report = check(grappe(og("OG1", essms_list(15))))
    assert not {"composition.no_porteur", "composition.porteur_not_member"} & set(keys(report))


def test_findings_most_serious_first_and_empty_grappe():
    report = check(grappe(porteur=None))
    assert report.essms_count == 0
    assert {"composition.empty", "composition.no_porteur"} <= set(keys(report))
    order = ["blocking", "warning", "info"]
    report = check(grappe(og("OG1", essms_list(7)), porteur=None, dui_software=None))
    severities = [order.index(f.severity) for f in report.findings]
    assert severities == sorted(severities)


# --- with the real campaign file and geography -----------------------------------------------------


def test_with_campaign_2024_and_real_geography():
    campaign_module = pytest.importorskip("esms_desktop.rules.campaign")
    campaign = campaign_module.load_campaign(2024)
    # 10 in Côte-d'Or + 6 in Paris (2024 thresholds: 15 minimum, 50 national).
    g = grappe(og("OG1", essms_list(10, "21")), og("OG2", essms_list(6, "75", "P")))
    report = check_composition(g, campaign)
    assert (report.filing_level, report.filing_region) == ("multi_regional", "27")
    assert finding(report, "composition.multi_regional").fix.params["window"] == "15/01/2024 – 01/06/2024"
    # 7 ESSMS: too small, the source read from the campaign file (001)
    report = check_composition(grappe(og("OG1", essms_list(7, "21"))), campaign)
    assert finding(report, "composition.too_small").source == campaign.source("grappe.min_essms")
    # 50 in one region: in 2024 they file with the ARS (001 « Quelles sont les démarches »)
    report = check_composition(grappe(og("OG1", essms_list(50, "21"))), campaign)
    assert (report.filing_level, report.filing_region) == ("regional", "27")
    # Martinique, 8 ESSMS: enough (001)
    report = check_composition(grappe(og("OG1", essms_list(8, "9B"))), campaign)
    assert report.min_essms == 8 and "composition.too_small" not in keys(report)
