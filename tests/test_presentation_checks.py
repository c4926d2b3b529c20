"""Contradictions the checker computes between the note de présentation and the dossier (issue 17)."""

from __future__ import annotations

import json

from esms_desktop.paths import resource_path
from esms_desktop.rules.presentation_checks import presentation_contradictions


def _example() -> dict:
    return json.loads(resource_path("examples", "exemple-grappe-bfc.json").read_text(encoding="utf-8"))


def _keys(data: dict) -> set[str]:
    return {f.key for f in presentation_contradictions(data)}


def test_counts_stated_as_the_grappes_whole_are_compared_with_the_grappe():
    data = _example()  # 4 OGs, 16 ESSMS; its note speaks of « 9 ESSMS » on paper: a part, not a contradiction
    assert not _keys(data) & {"presentation.essms_count", "presentation.og_count"}
    note = data["dossier"]["presentation"]
    note["context"] += "\n\nLa grappe réunit 12 ESSMS. Nos trois organismes gestionnaires s'engagent."
    found = {f.key: f for f in presentation_contradictions(data)}
    assert found["presentation.essms_count"].what.params == {"stated": "12", "actual": "16"}
    assert found["presentation.og_count"].what.params == {"stated": "3", "actual": "4"}
    note["context"] = note["context"].replace("12 ESSMS", "16 ESSMS").replace("Nos trois", "Nos quatre")
    assert not _keys(data) & {"presentation.essms_count", "presentation.og_count"}


def test_a_named_dui_during_an_editor_choice_phase_is_pointed_out():
    data = _example()  # its planning still has the template's consultation and editor choice
    assert "presentation.dui_named_during_choice" in _keys(data)
    d = data["dossier"]
    d["planning"] = [t for t in d["planning"] if t["key"] not in ("consultation", "choix_solution")
                     and t["phase"] != "Choix de la solution"]
    assert "presentation.dui_named_during_choice" not in _keys(data)


def test_every_list_of_presentation_sections_follows_the_pure_one():
    """The checker's labels and the pack's titles cover exactly the keys of rules/presentation.py."""
    from esms_desktop.reports.snapshot import PRESENTATION_TITLES
    from esms_desktop.rules.admissibility.messages import PRESENTATION_SECTIONS
    from esms_desktop.rules.presentation import PRESENTATION_KEYS
    from esms_desktop.storage.dossier_file import PRESENTATION_KEYS as STORED_KEYS

    assert len(PRESENTATION_KEYS) == 7  # the seven parts the wizard asks for, context to expected benefits
    assert tuple(PRESENTATION_SECTIONS) == PRESENTATION_KEYS
    assert tuple(PRESENTATION_TITLES) == PRESENTATION_KEYS
    assert tuple(STORED_KEYS) == PRESENTATION_KEYS  # until storage/dossier_file.py imports them from rules
