"""Translated labels of the dossier's coded choices (shared by the steps and the dossier list)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication





def project_types() -> list[tuple[str, str]]:
    return [
        ("acquisition", QCoreApplication.translate("Choices", "Acquisition or renewal of a DUI (cas 1)")),
        ("conformite", QCoreApplication.translate("Choices", "Upgrade to the Ségur-referenced version (cas 2)")),
    ]


def hostings() -> list[tuple[str, str]]:
    return [
        ("saas", QCoreApplication.translate("Choices", "SaaS (software as a service)")),
        ("externe", QCoreApplication.translate("Choices", "External hosting")),
        ("on_premise", QCoreApplication.translate("Choices", "On the premises (on premise)")),
    ]


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
