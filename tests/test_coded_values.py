"""One table of coded-value labels (rules/coded_values.py) for the window and the PDF pack.

The window's choice lists are built from the table through Qt translation (context ``CodedValues``,
French sources): in French they read exactly what the pack prints; in English the English catalogue
gives them their English words. The widgets below are the real forms' combo boxes.
"""

from __future__ import annotations

import pytest

from esms_desktop.reports import labels as L
from esms_desktop.rules import coded_values as cv


def combo_items(combo) -> dict:
    return {combo.itemData(i): combo.itemText(i) for i in range(combo.count())}


def test_the_pdf_prints_the_table_itself():
    for name in ("PROJECT_TYPES", "HOSTINGS", "LEGAL_STATUSES", "PROGRESS", "DUI_KINDS", "COPIL_ROLES",
                 "COPROJ_ROLES", "NEED_KINDS", "EXPENSE_CATEGORIES", "REVENUE_KINDS", "PARTNER_KINDS"):
        assert getattr(L, name) == cv.french(cv.TABLES[name]), name
    assert L.LEGAL_STATUSES["prive_non_lucratif"] == "Privé non lucratif"


def test_the_og_form_combos_show_the_pdf_labels_in_french(qtbot, french):
    from esms_desktop.ui.wizard.og_form import OgDialog

    dialog = OgDialog(values={"finess_ej": "710000548", "name": "Les Papillons Blancs de Mâcon"})
    qtbot.addWidget(dialog)
    legal = combo_items(dialog.legal_combo)
    assert {code: text for code, text in legal.items() if code is not None} == L.LEGAL_STATUSES
    assert combo_items(dialog.rgpd_combo) == L.PROGRESS == {"done": "Fait", "in_progress": "En cours",
                                                             "not_started": "Non commencé"}


def test_the_window_lists_read_the_same_table(qapp, french):
    from esms_desktop.ui.budget import labels as budget_labels
    from esms_desktop.ui.communication.dialogs import partner_kind_labels
    from esms_desktop.ui.wizard import choices
    from esms_desktop.ui.wizard import grappe_choices as gc

    assert dict(choices.project_types()) == L.PROJECT_TYPES
    assert dict(choices.hostings()) == L.HOSTINGS
    assert {c: t for c, t in gc.copil_roles() if c} == L.COPIL_ROLES
    assert {c: t for c, t in gc.coproj_roles() if c} == L.COPROJ_ROLES
    assert budget_labels.expense_categories() == L.EXPENSE_CATEGORIES
    assert budget_labels.need_kinds() == L.NEED_KINDS
    assert budget_labels.revenue_kinds() == L.REVENUE_KINDS
    assert partner_kind_labels() == L.PARTNER_KINDS
    assert dict(gc.project_types()) == cv.french(cv.ESSMS_PROJECT_TYPES)


@pytest.fixture
def english(qapp):
    from esms_desktop import i18n

    i18n.install("en")
    yield
    i18n.install("fr")


def test_in_english_the_same_codes_read_english(qtbot, english):
    from esms_desktop.ui.budget import labels as budget_labels
    from esms_desktop.ui.wizard.og_form import OgDialog

    dialog = OgDialog(values={"finess_ej": "710000548", "name": "Les Papillons Blancs de Mâcon"})
    qtbot.addWidget(dialog)
    legal = combo_items(dialog.legal_combo)
    assert (legal["public"], legal["prive_non_lucratif"], legal["prive_commercial"]) == (
        "Public", "Private non-profit", "Private commercial")
    assert combo_items(dialog.rgpd_combo)["not_started"] == "Not started"
    assert budget_labels.expense_categories()["autre"] == "Other expenses"
    # the pack stays French whatever the interface's language
    assert L.EXPENSE_CATEGORIES["autre"] == "Autres dépenses"


def test_every_coded_label_has_its_english_entry():
    from esms_desktop.reports.french import read_ts
    from pathlib import Path

    english = read_ts(Path(__file__).resolve().parent.parent / "translations" / "esms_desktop_en.ts")
    for name, table in cv.TABLES.items():
        for code, message in table.items():
            assert (message.context, message.text) in english, (name, code)
            assert english[(message.context, message.text)] != "", (name, code)
