"""Translated labels of the needs' and the budget's coded values (the codes' words from
``rules.coded_values``, the table the PDF prints) and of the grant's parts."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from esms_desktop.rules import coded_values as cv
from esms_desktop.ui.coded_labels import labels


def need_kinds() -> dict[str, str]:
    return labels(cv.NEED_KINDS)


def expense_categories() -> dict[str, str]:
    return labels(cv.EXPENSE_CATEGORIES)


def revenue_kinds() -> dict[str, str]:
    return labels(cv.REVENUE_KINDS)


def equipment_types() -> dict[str, str]:
    return labels(cv.EQUIPMENT_TYPES)


def parts() -> dict[str, str]:
    """The parts of the grant and the expenses each one finances."""
    return {
        "moa": QCoreApplication.translate("BudgetLabels", "Project ownership and usage (MOA)"),
        "editor": QCoreApplication.translate("BudgetLabels", "Editor share"),
        "equipment": QCoreApplication.translate("BudgetLabels", "Equipment (small OGs)"),
    }


def part_expenses() -> dict[str, str]:
    return {
        "moa": QCoreApplication.translate(
            "BudgetLabels", "AMOA, internal project manager, training, change management, communication"),
        "editor": QCoreApplication.translate("BudgetLabels", "Editor, data migration"),
        "equipment": QCoreApplication.translate("BudgetLabels", "Hardware and infrastructure"),
    }
