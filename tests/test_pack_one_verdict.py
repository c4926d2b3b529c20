"""One verdict (issue 17): section 11 and the check-list annex come from the same checker result and agree
on every criterion; GALIS is « À saisir » in both (ready to type is not typed)."""

from __future__ import annotations

import datetime as dt
import json

import pytest

from pack_fixture import full_dossier, national_dossier

from esms_desktop.paths import resource_path
from esms_desktop.reports.snapshot import build_pack_snapshot

TODAY = dt.date(2024, 5, 10)
VERDICT = {"met": "met", "ok": "met", "todo": "todo", "na": "na", "not_applicable": "na", "missing": "not_met",
           "not_met": "not_met", "to_complete": "to_complete"}
WORST = ("not_met", "to_complete", "todo", "met", "na")

#: annex 3 line → the section 11 criteria (kind, start of the label) it is drawn from
SAME = {
    "Dossier saisi dans GALIS": [("admissibility", "Les informations à saisir dans GALIS")],
    "Note de présentation du projet": [("admissibility", "Note de présentation du projet")],
    "Planning prévisionnel": [("admissibility", "Planning prévisionnel")],
    "Lettre d'engagement signée de chaque OG": [("admissibility", "Lettre d'engagement signée")],
    "RIB du porteur": [("admissibility", "RIB du porteur")],
    "Accord écrit de l'entité nationale": [("access", "Accord écrit de l'entité nationale")],
    "Plan de financement détaillé": [("priority", "Plan de financement détaillé"),
                                     ("admissibility", "La subvention ne finance pas toute")],
    "Autodiagnostic de maturité SI de chaque OG": [("priority", "Autodiagnostic de maturité SI")],
    "Engagement à renseigner le ROR": [("priority", "Engagement à compléter le ROR")],
}


def _example() -> dict:
    return json.loads(resource_path("examples", "exemple-grappe-bfc.json").read_text(encoding="utf-8"))


def _no_waves() -> dict:
    data = national_dossier(200)
    for task in data["dossier"]["planning"]:
        task["wave_essms"] = []
    return data


@pytest.mark.parametrize("make", [_example, full_dossier, _no_waves])
def test_section_11_and_the_annex_agree_on_every_criterion(make):
    s = build_pack_snapshot(make(), today=TODAY)
    compared = 0
    for line in s.aap_checklist:
        sources = next((v for k, v in SAME.items() if line.label.startswith(k)), None)
        if sources is None:
            continue
        criteria = [c for kind, start in sources for c in s.checklist if c.kind == kind and c.label.startswith(start)]
        assert len(criteria) == len(sources), line.label
        expected = min((VERDICT[c.state] for c in criteria), key=WORST.index)
        assert VERDICT[line.state] == expected, (line.label, line.state, [c.state for c in criteria])
        compared += 1
    assert compared == len(SAME)
    galis = next(c for c in s.checklist if "GALIS" in c.label)
    assert next(x for x in s.aap_checklist if "GALIS" in x.label).state_label == galis.state_label
    assert galis.state_label != "Satisfait"  # never « Satisfait » before the user has typed the dossier in


def test_galis_is_to_type_in_both_when_the_fields_are_ready():
    s = build_pack_snapshot(_example(), today=TODAY)
    section = next(c for c in s.checklist if "GALIS" in c.label)
    annex = next(c for c in s.aap_checklist if "GALIS" in c.label)
    assert section.state_label == annex.state_label == "À saisir"
    assert "La saisie en ligne reste à faire" in section.explanation
