"""The live composition panel of the grappe step, read through the widgets, for grappes of 7, 15, 49 and 50
ESSMS and overseas grappes of 7 and 8 (campaign 2024: minimum 15 in metropolitan France, 8 in Corse and
overseas; regional call 15-49; national from 50 unless all in one region; small OG at most 14, or 7
overseas — resources/campaigns/2024.json, seeds 001)."""

from __future__ import annotations

import uuid

import pytest
from stdnum import luhn

from esms_desktop.storage.dossier_file import import_dossier


def finess(prefix: str, serial: int) -> str:
    body = prefix + str(serial).zfill(8 - len(prefix))
    return body + luhn.calc_check_digit(body)


def dossier(counts: dict[str, int], og_size: int | None = None, category: str = "500") -> dict:
    """A dossier file dict: ``counts`` FINESS prefix → number of ESSMS; OGs of ``og_size`` ESSMS (one OG by
    default), the first one porteur; the DUI chosen, all EHPAD (sector PA)."""
    essms = []
    for prefix, n in counts.items():
        essms += [{"finess_et": finess(prefix, i + 1), "name": f"EHPAD {prefix}-{i + 1}", "category_code": category,
                   "sector": "PA"} for i in range(n)]
    size = og_size or len(essms)
    ogs = []
    for k in range(0, len(essms), size):
        ogs.append({"finess_ej": finess("89", 900 + k), "name": f"OG {k // size + 1}", "is_porteur": k == 0,
                    "essms": essms[k:k + size]})
    return {"format": "esms-desktop/dossier", "format_version": 1, "app_version": "0.1.0",
            "dossier": {"uid": str(uuid.uuid4()), "name": "Grappe d'essai",
                        "campaign_year": 2024, "region": None, "project_type": "acquisition", "hosting": "saas",
                        "dui": {"software": "DUI Commun", "editor": "Éditeur", "segur_referenced": True,
                                "services_socles": [], "referentials": []},
                        "ogs": ogs}}


def dossier_ej(db, dossier_id) -> str:
    from esms_desktop.storage.grappe import list_grappe

    return list_grappe(db, dossier_id)[0].finess_ej


def open_panel(qtbot, db, data):
    from esms_desktop.ui.autosave import Autosaver
    from esms_desktop.ui.wizard.grappe_step import GrappeStep
    from esms_desktop.ui.wizard.step import WizardContext

    dossier_id = import_dossier(db, data)
    step = GrappeStep(WizardContext(db, dossier_id, Autosaver()))
    qtbot.addWidget(step)
    step.show()
    step.load()
    return step.panel


def cards(panel) -> dict[str, object]:
    return {card.finding.key: card for card in panel.card_widgets()}


# (ESSMS per FINESS prefix, ESSMS per OG) → the findings expected, worked out from the rules above:
CASES = [
    # 7 in Côte-d'Or (BFC): below 15 → blocking; regional; one OG of 7 ≤ 14 → small OG
    ({"21": 7}, None, {"composition.too_small", "composition.regional", "composition.small_ogs"}),
    # 15: the minimum, regional call; one OG of 15 > 14 → not small
    ({"21": 15}, None, {"composition.regional"}),
    # 49: still regional
    ({"21": 25, "89": 24}, None, {"composition.regional"}),
    # 50 over two regions (BFC 30, Auvergne-Rhône-Alpes 20) → national call
    ({"21": 30, "69": 20}, None, {"composition.national"}),
    # 50 in one region → 2024 files them regionally
    ({"21": 50}, None, {"composition.large_single_region"}),
    # 8 in La Réunion (FINESS 9704…): the overseas minimum is 8 → no "too small"; OG of 8 > 7 → not small
    ({"9704": 8}, None, {"composition.regional"}),
    # 7 in La Réunion: below 8 → blocking; OG of 7 ≤ 7 → small
    ({"9704": 7}, None, {"composition.too_small", "composition.regional", "composition.small_ogs"}),
]


@pytest.mark.parametrize("counts, og_size, expected", CASES, ids=["7", "15", "49", "50-two-regions",
                                                                  "50-one-region", "overseas-8", "overseas-7"])
def test_findings_for_grappe_sizes(qtbot, db, french, counts, og_size, expected):
    panel = open_panel(qtbot, db, dossier(counts, og_size))
    shown = cards(panel)
    assert set(shown) == expected
    assert panel.report.essms_count == sum(counts.values())
    assert str(sum(counts.values())) in panel.size_label.text().replace("\u202f", "")


def test_too_small_card_says_what_why_source_and_fix_in_french(qtbot, db, french):
    panel = open_panel(qtbot, db, dossier({"21": 7}))
    card = cards(panel)["composition.too_small"]
    assert card.what_label.text() == "La grappe compte 7 ESSMS, moins que le minimum de 15."
    assert "15" in card.why_label.text() and "métropole" in card.why_label.text()
    assert "8" in card.fix_label.text()  # 15 - 7 = 8 ESSMS to add
    assert "Dépliant national 2024" in card.source_label.text()  # seed 001, named for readers
    assert card.property("severity") == "blocking"
    assert "Bourgogne-Franche-Comté" in panel.filing_label.text()
    assert panel.card_widgets()[0].finding.severity == "blocking"  # most serious first


def test_overseas_grappe_files_with_its_ars(qtbot, db, french):
    panel = open_panel(qtbot, db, dossier({"9704": 8}))
    assert panel.report.min_essms == 8
    assert "La Réunion" in panel.filing_label.text()
    assert "La Réunion" in cards(panel)["composition.regional"].what_label.text()


def test_national_grappe_panel(qtbot, db, french):
    panel = open_panel(qtbot, db, dossier({"21": 30, "69": 20}, og_size=10))
    assert panel.report.filing_level == "national"
    assert "01/06/2024" in panel.filing_label.text()  # end of the 2024 national window (001)
    assert "Auvergne-Rhône-Alpes" in panel.counts_label.text()
    assert set(cards(panel)) == {"composition.national", "composition.small_ogs"}  # five OGs of 10


def test_panel_follows_each_change(qtbot, db, french, monkeypatch):
    """Removing ESSMS through the step recomputes the panel at once."""
    from PySide6.QtWidgets import QMessageBox

    from esms_desktop.ui.autosave import Autosaver
    from esms_desktop.ui.wizard.grappe_step import GrappeStep
    from esms_desktop.ui.wizard.step import WizardContext

    dossier_id = import_dossier(db, dossier({"21": 15}))
    step = GrappeStep(WizardContext(db, dossier_id, Autosaver()))
    qtbot.addWidget(step)
    step.show()
    step.load()
    assert "composition.too_small" not in step.panel.finding_keys()
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Yes)
    og_item = step.tree.topLevelItem(0)
    step.tree.setCurrentItem(og_item.child(0))
    step.remove_button.click()
    assert step.panel.report.essms_count == 14
    assert "composition.too_small" in step.panel.finding_keys()
    assert cards(step.panel)["composition.too_small"].show_button is None  # about no ESSMS in particular
    small = cards(step.panel)["composition.small_ogs"]  # the OG now runs 14 ESSMS: a small OG
    small.show_button.click()  # selects the lines the finding is about
    assert [i.text(0) for i in step.tree.selectedItems()] == [dossier_ej(db, dossier_id)]
