"""Translated labels of the needs' and the budget's coded values."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication


def need_kinds() -> dict[str, str]:
    return {
        "formation": QCoreApplication.translate("BudgetLabels", "Training"),
        "accompagnement": QCoreApplication.translate("BudgetLabels", "Support and usage development"),
        "materiel": QCoreApplication.translate("BudgetLabels", "Hardware"),
    }


def expense_categories() -> dict[str, str]:
    return {
        "amoa": QCoreApplication.translate("BudgetLabels", "Project ownership assistance (AMOA)"),
        "chef_projet": QCoreApplication.translate("BudgetLabels", "Internal project manager"),
        "editeur": QCoreApplication.translate("BudgetLabels", "Editor (licences, set-up)"),
        "reprise": QCoreApplication.translate("BudgetLabels", "Data migration"),
        "formation": QCoreApplication.translate("BudgetLabels", "Training"),
        "materiel": QCoreApplication.translate("BudgetLabels", "Hardware and infrastructure"),
        "conduite_changement": QCoreApplication.translate("BudgetLabels", "Change management and usage support"),
        "communication": QCoreApplication.translate("BudgetLabels", "Communication"),
        "autre": QCoreApplication.translate("BudgetLabels", "Other expenses"),
    }


def revenue_kinds() -> dict[str, str]:
    return {
        "own_funds": QCoreApplication.translate("BudgetLabels", "Own funds"),
        "other_funder": QCoreApplication.translate("BudgetLabels", "Other funder"),
    }


def equipment_types() -> dict[str, str]:
    return {
        "poste_travail": QCoreApplication.translate("BudgetLabels", "Workstation"),
        "ordinateur_portable": QCoreApplication.translate("BudgetLabels", "Laptop"),
        "tablette": QCoreApplication.translate("BudgetLabels", "Tablet"),
        "reseau_wifi": QCoreApplication.translate("BudgetLabels", "Network / Wi-Fi"),
        "imprimante": QCoreApplication.translate("BudgetLabels", "Printer"),
        "autre": QCoreApplication.translate("BudgetLabels", "Other"),
    }


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
