"""Usage rates worked by hand from the 003 §6 formulas (campaign 2022, the BFC call that defines them).

Formulas (003 §6.1 and §6.3 B), targets 70 % (MSSanté, DMP) and 90 % (the three DUI rates):
  MSS  = messages MSSanté / personnes éligibles × 100        DMP = DMP alimentés / personnes éligibles × 100
  actifs = dossiers actifs / personnes accompagnées × 100     PP, évènement = … / dossiers actifs × 100
The first measure of an ESSMS covers 3 months (« avec une période de 3 mois pour la première mesure »).
"""

from __future__ import annotations

import datetime as dt

import pytest

from esms_desktop.rules.campaign import load_campaign
from esms_desktop.rules.followup.usage import Measure, period_of, usage_report
from esms_desktop.rules.followup.usage_checks import check_counts

CAMPAIGN = load_campaign(2022)
M = dt.date


def counts(elig, acc, mss, dmp, actifs, pp, evt, presc=0, parcours=0):
    return {"personnes_eligibles": elig, "personnes_accompagnees": acc, "mss_messages": mss,
            "dmp_alimentes": dmp, "dossiers_actifs": actifs, "dossiers_actifs_pp": pp,
            "dossiers_actifs_evenement": evt, "e_prescriptions": presc, "e_parcours_echanges": parcours}


A, B = "890000102", "890000110"
MEASURES = [
    # A, wave 1: first measure at the end of March 2025 → January to March (3 months)
    Measure(A, M(2025, 3, 1), counts(40, 42, 30, 28, 38, 35, 34, presc=5, parcours=2)),
    # April: nobody eligible reported → no MSS / DMP rate, said so
    Measure(A, M(2025, 4, 1), counts(0, 42, 3, 0, 39, 36, 36)),
    Measure(A, M(2025, 6, 1), counts(40, 42, 35, 27, 40, 37, 37)),
    Measure(A, M(2025, 7, 1), counts(40, 42, 35, 29, 40, 37, 37)),
    # B joins with wave 2: its first measure, end of June, covers April to June
    Measure(B, M(2025, 6, 1), counts(20, 20, 14, 15, 19, 18, 18)),
    Measure(B, M(2025, 7, 1), counts(20, 20, 14, 15, 19, 18, 18)),
]


@pytest.fixture(scope="module")
def report():
    return usage_report([(A, "EHPAD A"), (B, "IME B")], MEASURES, CAMPAIGN)


def test_first_measure_covers_three_months_and_later_ones_one(report):
    a, b = report.essms
    assert (a.months[0].period.start, a.months[0].period.end, a.months[0].period.months) == (
        M(2025, 1, 1), M(2025, 3, 31), 3)
    assert (a.months[1].period.start, a.months[1].period.end, a.months[1].period.months) == (
        M(2025, 4, 1), M(2025, 4, 30), 1)
    # B joining later: its own first measure is the 3-month one, while A's June is one month
    assert (b.months[0].period.start, b.months[0].period.months) == (M(2025, 4, 1), 3)
    assert a.at(M(2025, 6, 1)).period.months == 1
    assert period_of(M(2024, 2, 1), True, 3).start == M(2023, 12, 1)  # across a year


def test_rates_of_the_first_measure(report):
    march = report.essms[0].months[0]
    mss, dmp, actifs, pp, evt = (march.rate(k) for k in (
        "mss", "dmp", "dossiers_actifs", "dossiers_actifs_projet_personnalise", "dossiers_actifs_evenement"))
    assert mss.percent == 75.0 and mss.met  # 30 / 40
    assert dmp.percent == 70.0 and dmp.met  # 28 / 40 = 70 %: the target reached exactly is met
    assert round(actifs.percent, 2) == 90.48 and actifs.met  # 38 / 42
    assert round(pp.percent, 2) == 92.11 and pp.met  # 35 / 38
    assert round(evt.percent, 2) == 89.47 and evt.met is False  # 34 / 38
    assert evt.missing == 1  # 90 % of 38 = 34.2 → 35 files with an event are needed, 34 have one
    presc = march.rate("e_prescription")
    assert presc.numerator == 5 and presc.percent is None and presc.met is None  # counted, no target


def test_zero_denominator_gives_no_rate_and_says_why(report):
    april = report.essms[0].months[1]
    mss = april.rate("mss")
    assert mss.percent is None and mss.met is False
    assert "denominator" in str(mss.reason) and "pouvant bénéficier" in str(mss.reason)
    assert april.rate("dossiers_actifs").met  # 39 / 42 = 92.9 %


def test_grappe_rates_sum_numerators_and_denominators(report):
    # no grappe figure while B is not measured (March, April); June: A + B
    assert [m.month for m in report.grappe] == [M(2025, 6, 1), M(2025, 7, 1)]
    june = report.grappe[0]
    assert (june.rate("mss").numerator, june.rate("mss").denominator) == (49, 60)  # 35+14 / 40+20
    assert june.rate("dmp").percent == 70.0 and june.rate("dmp").met  # 27+15 / 60
    assert (june.rate("dossiers_actifs").numerator, june.rate("dossiers_actifs").denominator) == (59, 62)
    assert june.period.months == 3  # B's first measure is part of it


def test_first_month_all_met_and_solde_readiness(report):
    # June: A's DMP is 27 / 40 = 67.5 % (< 70 %) → not every ESSMS; July: 29 / 40 = 72.5 % → all met
    june_a = report.essms[0].at(M(2025, 6, 1))
    assert june_a.rate("dmp").met is False and june_a.rate("dmp").missing == 1  # 28 needed
    assert report.first_month_all_met == M(2025, 7, 1)
    assert report.solde_ready
    assert report.missing[A] == () and report.missing[B] == ()


def test_missing_names_the_indicator_and_the_gap():
    report = usage_report([(A, "EHPAD A"), (B, "IME B")], MEASURES[:3] + MEASURES[4:5], CAMPAIGN)
    (lack,) = report.missing[A]
    assert "DMP" in str(lack) and "67,5" in str(lack) and "1 more" in str(lack)
    assert not report.solde_ready and report.first_month_all_met is None
    assert str(usage_report([(A, "A"), (B, "B")], MEASURES[:1], CAMPAIGN).missing[B][0]) == "no usage measure yet"


def test_count_checks():
    assert check_counts(counts(40, 42, 80, 28, 38, 35, 34), CAMPAIGN) == []  # MSS may exceed: messages
    problems = dict(check_counts(counts(40, 42, 30, 41, 38, 35, -1), CAMPAIGN))
    assert set(problems) == {"dmp_alimentes", "dossiers_actifs_evenement"}
    assert "exceeds" in str(problems["dmp_alimentes"]) and "negative" in str(problems["dossiers_actifs_evenement"])
    assert check_counts(counts(40, 42, 30, 40, 38, 35, 34), CAMPAIGN) == []  # equal is allowed
