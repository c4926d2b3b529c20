"""« Is this OG small? » gets one answer wherever it is shown: the OG form, the composition panel, the
grant and the checker all ask rules.dossier.Og.is_small (rules/grappe/small_og.py).

Seeds: 003 §5.3 « organismes gestionnaires de petite taille (moins de quinze ESSMS) » and 000 « OG de
petite taille (< 15 ESSMS) »: at most 14 (campaign file small_og.max_essms); 001 (2024) « moins de 8 ou
moins de 15 »: at most 7 when all the OG's ESSMS are in Corse or overseas (small_og.max_essms_corse_overseas).
"""

from __future__ import annotations

import datetime as dt

import pytest

from esms_desktop.rules.admissibility.checker import check_dossier
from esms_desktop.rules.dossier import Dossier
from esms_desktop.rules.funding.grant import compute_grant
from esms_desktop.rules.funding.grant import funding_request, og_names
from esms_desktop.storage.loader import load_dossier

PARIS, MARTINIQUE, AJACCIO = "75", "9B", "2A"


def og(name: str, count: int, dept: str, total: int | None = None, porteur: bool = False) -> dict:
    return {"finess_ej": f"EJ{name}", "name": name, "is_porteur": porteur, "essms_total": total,
            "funding": {"equipment": True},
            "essms": [{"finess_et": f"{name}{i:03d}", "name": f"{name} {i}", "department": dept, "sector": "PA"}
                      for i in range(count)]}


def dossier(*ogs: dict) -> Dossier:
    return Dossier.from_file({"uid": "u", "name": "Cas", "campaign_year": 2024, "project_type": "conformite",
                              "hosting": "saas", "ogs": list(ogs)})


# (dossier, names of the small OGs), each worked from the ceilings above (2024: 14, Corse/overseas 7)
CASES = {
    # the case: Paris OG of 10 ≤ 14 is small; the Martinique OG's 8 ESSMS are all overseas: 8 > 7
    "martinique": (dossier(og("Paris", 10, PARIS, porteur=True), og("Martinique", 8, MARTINIQUE)), {"Paris"}),
    "metro_at_14": (dossier(og("A", 14, PARIS, porteur=True), og("B", 1, PARIS)), {"A", "B"}),
    "metro_at_15": (dossier(og("A", 15, PARIS, porteur=True)), set()),
    "overseas_at_7": (dossier(og("A", 7, MARTINIQUE, porteur=True), og("Corse", 7, AJACCIO)), {"A", "Corse"}),
    "overseas_at_8": (dossier(og("A", 8, MARTINIQUE, porteur=True), og("Corse", 8, AJACCIO)), set()),
    # essms_total decides when given: 3 brought, 14 run → small; 3 brought, 15 run → not small
    "total_at_14": (dossier(og("A", 3, PARIS, total=14, porteur=True)), {"A"}),
    "total_at_15": (dossier(og("A", 3, PARIS, total=15, porteur=True)), set()),
    # an OG bringing no ESSMS is no small OG of the grappe
    "empty_og": (dossier(og("A", 5, PARIS, porteur=True), og("Vide", 0, PARIS)), {"A"}),
}


def form_verdict(qtbot, d: Dossier, index: int) -> bool:
    from esms_desktop.ui.wizard.og_form import OgDialog

    member = d.ogs[index]
    dialog = OgDialog(values={"finess_ej": "", "name": member.name, "essms_total": member.essms_total},
                      essms=member.essms, campaign=d.campaign())
    qtbot.addWidget(dialog)
    shown = dialog.size_label.text()
    if not member.essms:
        assert "Petit OG" not in shown and "Pas un petit OG" not in shown
        return False
    assert ("Pas un petit OG" in shown) != ("Petit OG (" in shown)  # exactly one verdict is shown
    if member.size_to_confirm:
        assert "À confirmer" in shown  # judged on its ESSMS in the grappe: « à confirmer »
    return "Petit OG (" in shown


def panel_small(qtbot, d: Dossier) -> set[str]:
    from esms_desktop.ui.wizard.composition_panel import CompositionPanel

    panel = CompositionPanel()
    qtbot.addWidget(panel)
    panel.update_from(d)
    cards = {card.finding.key: card for card in panel.card_widgets()}
    card = cards.get("composition.small_ogs")
    if card is None:
        return set()
    return {og.name for og in d.ogs if og.finess_ej in card.finding.subjects and og.name in card.what_label.text()}


def grant_small(d: Dossier) -> set[str]:
    breakdown = compute_grant(d.campaign(), funding_request(d))
    return {name for name in og_names(d) if breakdown.line("equipment", name) is not None}


def checker_small(d: Dossier) -> set[str]:
    report = check_dossier(d, d.campaign(), dt.date(2024, 6, 1))
    return {og.name for og in d.ogs if og.finess_ej in report.small_ogs}


@pytest.mark.parametrize("case", sorted(CASES))
def test_the_form_the_panel_the_grant_and_the_checker_agree(qtbot, french, case):
    d, expected = CASES[case]
    form = {member.name for i, member in enumerate(d.ogs) if form_verdict(qtbot, d, i)}
    assert form == expected
    assert panel_small(qtbot, d) == expected
    assert grant_small(d) == expected
    assert checker_small(d) == expected
    assert {member.name for member in d.ogs if member.is_small(d.campaign())} == expected


def test_the_example_agrees_everywhere(qtbot, french, db, example_id):
    d = load_dossier(db, example_id)
    # the example (2024, Bourgogne-Franche-Comté): OGs of 8, 5, 2 and 1 ESSMS, none of them with a total
    # given: all four at most 14, all small (to confirm)
    expected = {member.name for member in d.ogs}
    assert [len(member.essms) for member in d.ogs] == [8, 5, 2, 1]
    assert {member.name for i, member in enumerate(d.ogs) if form_verdict(qtbot, d, i)} == expected
    assert panel_small(qtbot, d) == expected
    assert checker_small(d) == expected
    breakdown = compute_grant(d.campaign(), funding_request(d))
    asked = {name for name, member in zip(og_names(d), d.ogs) if member.funding.equipment}
    assert {name for name in asked if breakdown.line("equipment", name) is not None} == asked


def test_the_total_typed_in_the_og_form_changes_the_verdict_shown_and_is_stored(qtbot, french, db):
    from esms_desktop.storage import grappe
    from esms_desktop.storage.dossiers import create_dossier
    from esms_desktop.ui.wizard.og_form import OgDialog

    dossier_id = create_dossier(db, "Essai", 2024)
    og_id = grappe.add_og(db, dossier_id, finess_ej="710000548", name="A", is_porteur=True)
    grappe.add_many_essms(db, og_id, [{"finess_et": f"E{i}", "name": str(i), "department": "71"} for i in range(3)])
    member = load_dossier(db, dossier_id).ogs[0]
    dialog = OgDialog(values=grappe.get_og(db, og_id).values(), essms=member.essms, campaign=load_dossier(db, dossier_id).campaign())
    qtbot.addWidget(dialog)
    assert "Petit OG (au plus 14 ESSMS)" in dialog.size_label.text() and "À confirmer" in dialog.size_label.text()
    dialog.total_spin.setValue(15)  # it runs 15 ESSMS in all: above the ceiling of 14
    assert "Pas un petit OG (plus de 14 ESSMS)" in dialog.size_label.text()
    assert "À confirmer" not in dialog.size_label.text()
    grappe.update_og(db, og_id, **dialog.values())
    stored = load_dossier(db, dossier_id).ogs[0]
    assert stored.essms_total == 15 and not stored.is_small(load_dossier(db, dossier_id).campaign())


def test_the_composition_panel_says_which_small_ogs_are_to_confirm(qtbot, french):
    from esms_desktop.ui.wizard.composition_panel import CompositionPanel

    d, _ = CASES["martinique"]
    panel = CompositionPanel()
    qtbot.addWidget(panel)
    panel.update_from(d)
    assert "Petits OG : 1 sur 2." in panel.og_label.text()
    assert "Taille à confirmer" in panel.og_label.text() and "Paris" in panel.og_label.text()
