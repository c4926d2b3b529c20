"""Short texts shared by the maturity views: domain names for the radar, questionnaire and state labels."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from esms_desktop.storage.maturity import COMPLETE, EMPTY, PARTIAL

STATE_MARKS = {EMPTY: "○", PARTIAL: "◐", COMPLETE: "●"}


def domain_short(domain_id: str) -> str:
    """A short name of a domain, for the radar's axes (the questionnaire's titles are too long there)."""
    names = {
        "gouvernance": QCoreApplication.translate("MaturityLabels", "Governance"),
        "infrastructure": QCoreApplication.translate("MaturityLabels", "Infrastructure"),
        "securite": QCoreApplication.translate("MaturityLabels", "Security, GDPR"),
        "dui": QCoreApplication.translate("MaturityLabels", "DUI and usage"),
        "socles": QCoreApplication.translate("MaturityLabels", "Services socles"),
        "competences": QCoreApplication.translate("MaturityLabels", "Skills"),
    }
    return names.get(domain_id, domain_id)


def variant_label(variant: str) -> str:
    if variant == "rsi":
        return QCoreApplication.translate("MaturityLabels", "IT manager (RSI) questionnaire")
    return QCoreApplication.translate("MaturityLabels", "Director's questionnaire")


def variant_noun(variant: str) -> str:
    """The questionnaire's name inside a sentence (lower-case start)."""
    if variant == "rsi":
        return QCoreApplication.translate("MaturityLabels", "questionnaire of the IT manager (RSI)")
    return QCoreApplication.translate("MaturityLabels", "questionnaire of the director")


def state_label(state: str, answered: int, total: int) -> str:
    if state == EMPTY:
        return QCoreApplication.translate("MaturityLabels", "not started")
    if state == PARTIAL:
        return QCoreApplication.translate("MaturityLabels", "partial {answered}/{total}").format(
            answered=answered, total=total
        )
    return QCoreApplication.translate("MaturityLabels", "complete")


def need_label(kind: str) -> str:
    names = {
        "formation": QCoreApplication.translate("MaturityLabels", "Training"),
        "accompagnement": QCoreApplication.translate("MaturityLabels", "Support"),
        "materiel": QCoreApplication.translate("MaturityLabels", "Hardware"),
    }
    return names.get(kind, kind)
