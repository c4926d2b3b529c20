"""Translated labels of the coded choices of the grappe and governance forms."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication


def legal_statuses() -> list[tuple[str | None, str]]:
    return [
        (None, QCoreApplication.translate("GrappeChoices", "(not set)")),
        ("public", QCoreApplication.translate("GrappeChoices", "Public")),
        ("prive_non_lucratif", QCoreApplication.translate("GrappeChoices", "Private non-profit")),
        ("prive_commercial", QCoreApplication.translate("GrappeChoices", "Private commercial")),
    ]


def progress_statuses() -> list[tuple[str, str]]:
    """RGPD compliance and IT charter."""
    return [
        ("done", QCoreApplication.translate("GrappeChoices", "Done")),
        ("in_progress", QCoreApplication.translate("GrappeChoices", "In progress")),
        ("not_started", QCoreApplication.translate("GrappeChoices", "Not started")),
    ]


def dui_kinds() -> list[tuple[str, str]]:
    return [
        ("none", QCoreApplication.translate("GrappeChoices", "No DUI")),
        ("software", QCoreApplication.translate("GrappeChoices", "A DUI software (give its name and version)")),
        ("segur", QCoreApplication.translate("GrappeChoices", "A DUI already référencé Ségur")),
    ]


def project_types() -> list[tuple[str, str]]:
    """An ESSMS's own project type (revision 0004)."""
    return [
        ("acquisition", QCoreApplication.translate("GrappeChoices", "Acquisition of a DUI")),
        ("conformite", QCoreApplication.translate("GrappeChoices", "Mise en conformité of its DUI")),
    ]


def copil_roles() -> list[tuple[str, str]]:
    return [
        ("", QCoreApplication.translate("GrappeChoices", "Not a member")),
        ("member", QCoreApplication.translate("GrappeChoices", "Member")),
        ("chair", QCoreApplication.translate("GrappeChoices", "Chair")),
    ]


def coproj_roles() -> list[tuple[str, str]]:
    return [
        ("", QCoreApplication.translate("GrappeChoices", "Not a member")),
        ("member", QCoreApplication.translate("GrappeChoices", "Member")),
        ("lead", QCoreApplication.translate("GrappeChoices", "Leads it")),
    ]


def label_of(items: list[tuple], code) -> str:
    return next((label for value, label in items if value == code), "")
