"""Translated labels of the dossier's coded choices (shared by the steps and the dossier list); the codes'
words come from ``rules.coded_values``, the table the PDF prints."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from esms_desktop.rules import coded_values as cv
from esms_desktop.ui.coded_labels import choices


def project_types() -> list[tuple[str, str]]:
    return choices(cv.PROJECT_TYPES)


def hostings() -> list[tuple[str, str]]:
    return choices(cv.HOSTINGS)


def sectors() -> list[tuple[str | None, str]]:
    return [
        (None, QCoreApplication.translate("Choices", "(not set)")),
        ("PA", QCoreApplication.translate("Choices", "PA — elderly people")),
        ("PH", QCoreApplication.translate("Choices", "PH — people with disabilities")),
        ("DOM", QCoreApplication.translate("Choices", "DOM — home help and care")),
        ("PDE", QCoreApplication.translate("Choices", "PDE — child protection")),
        ("PDS", QCoreApplication.translate("Choices", "PDS — people with specific difficulties")),
        ("AHI", QCoreApplication.translate("Choices", "AHI — reception, accommodation, integration")),
    ]
