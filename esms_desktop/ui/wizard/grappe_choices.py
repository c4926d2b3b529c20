"""Translated labels of the coded choices of the grappe and governance forms: the codes' words from
``rules.coded_values`` (the table the PDF prints), the « nothing chosen » entries the forms' own."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from esms_desktop.rules import coded_values as cv
from esms_desktop.ui.coded_labels import choices


def legal_statuses() -> list[tuple[str | None, str]]:
    return [
        (None, QCoreApplication.translate("GrappeChoices", "(not set)")),
        *choices(cv.LEGAL_STATUSES),
    ]


def progress_statuses() -> list[tuple[str, str]]:
    """RGPD compliance and IT charter."""
    return choices(cv.PROGRESS)


def dui_kinds() -> list[tuple[str, str]]:
    return choices(cv.DUI_KIND_CHOICES)


def project_types() -> list[tuple[str, str]]:
    """An ESSMS's own project type (revision 0004)."""
    return choices(cv.ESSMS_PROJECT_TYPES)


def copil_roles() -> list[tuple[str, str]]:
    return [
        ("", QCoreApplication.translate("GrappeChoices", "Not a member")),
        *choices(cv.COPIL_ROLES),
    ]


def coproj_roles() -> list[tuple[str, str]]:
    return [
        ("", QCoreApplication.translate("GrappeChoices", "Not a member")),
        *choices(cv.COPROJ_ROLES),
    ]


def label_of(items: list[tuple], code) -> str:
    return next((label for value, label in items if value == code), "")
