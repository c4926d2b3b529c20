"""Someone else changed what the user is saving: show what changed, then « Recharger » or « Garder ma version »."""

from __future__ import annotations

from typing import Any, Mapping

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox, QWidget

RELOAD, KEEP = "reload", "keep"


def _shown(value: Any) -> str:
    if value is True:
        return QCoreApplication.translate("ConflictDialog", "yes")
    if value is False:
        return QCoreApplication.translate("ConflictDialog", "no")
    if value in (None, ""):
        return QCoreApplication.translate("ConflictDialog", "(empty)")
    text = str(value)
    return text if len(text) <= 120 else text[:117] + "…"


def field_labels() -> dict[str, str]:
    """What the forms call the fields of an OG or an ESSMS (the others are shown by their name)."""
    return {
        "name": QCoreApplication.translate("ConflictDialog", "Name"),
        "finess_ej": QCoreApplication.translate("ConflictDialog", "FINESS EJ"),
        "finess_et": QCoreApplication.translate("ConflictDialog", "FINESS ET"),
        "siret": QCoreApplication.translate("ConflictDialog", "SIREN / SIRET"),
        "legal_status": QCoreApplication.translate("ConflictDialog", "Legal status"),
        "address": QCoreApplication.translate("ConflictDialog", "Address"),
        "postcode": QCoreApplication.translate("ConflictDialog", "Postcode"),
        "town": QCoreApplication.translate("ConflictDialog", "Town"),
        "contact_name": QCoreApplication.translate("ConflictDialog", "Contact person"),
        "contact_email": QCoreApplication.translate("ConflictDialog", "E-mail"),
        "contact_phone": QCoreApplication.translate("ConflictDialog", "Phone"),
        "legal_rep_name": QCoreApplication.translate("ConflictDialog", "Name of the signatory"),
        "legal_rep_function": QCoreApplication.translate("ConflictDialog", "Function of the signatory"),
        "is_porteur": QCoreApplication.translate("ConflictDialog", "Porteur of the grappe"),
        "category_code": QCoreApplication.translate("ConflictDialog", "Category"),
        "sector": QCoreApplication.translate("ConflictDialog", "Sector"),
        "persons_accompanied": QCoreApplication.translate("ConflictDialog", "Persons accompanied"),
        "notes": QCoreApplication.translate("ConflictDialog", "Notes"),
        "dui_software": QCoreApplication.translate("ConflictDialog", "Current DUI software"),
    }


def conflict_text(theirs: Mapping[str, Any], mine: Mapping[str, Any], labels: Mapping[str, str] | None = None) -> str:
    lines = [QCoreApplication.translate("ConflictDialog", "Someone else changed this while you were editing it:")]
    for name, value in theirs.items():
        label = (labels or field_labels()).get(name, name)
        lines.append(QCoreApplication.translate("ConflictDialog", "• {field}: their version « {theirs} », yours « {mine} »").format(
            field=label, theirs=_shown(value), mine=_shown(mine.get(name))))
    lines.append("")
    lines.append(QCoreApplication.translate("ConflictDialog", "Reload to take their version (yours is dropped), or keep yours (theirs is replaced)."))
    return "\n".join(lines)


def save_changes(parent, update, db, ident: int, version: int, original: Mapping[str, Any],
                 values: Mapping[str, Any]) -> bool:
    """Save only the fields of a form that changed, saying what they started from; on a conflict, ask.

    ``update(db, ident, expected_version, based_on, **changes)`` is a storage function such as
    ``grappe.update_og``. Returns False when nothing was written (nothing changed, or « recharger »).
    """
    from esms_desktop.storage.concurrency import StaleEdit

    changes = {k: v for k, v in values.items() if v != original.get(k)}
    if not changes:
        return False
    try:
        update(db, ident, version, dict(original), **changes)
        return True
    except StaleEdit as exc:
        if ask(parent, exc.theirs, changes) == KEEP:
            update(db, ident, None, None, **changes)
            return True
        return False


def ask(parent: QWidget | None, theirs: Mapping[str, Any], mine: Mapping[str, Any],
        labels: Mapping[str, str] | None = None) -> str:
    """RELOAD or KEEP, as the user chooses (closing the box reloads: nothing is overwritten unasked)."""
    box = QMessageBox(QMessageBox.Icon.Warning, QCoreApplication.translate("ConflictDialog", "Changed by someone else"), conflict_text(theirs, mine, labels),
                      parent=parent)
    box.setObjectName("conflictBox")
    reload_button = box.addButton(QCoreApplication.translate("ConflictDialog", "&Reload"), QMessageBox.ButtonRole.RejectRole)
    keep_button = box.addButton(QCoreApplication.translate("ConflictDialog", "&Keep my version"), QMessageBox.ButtonRole.AcceptRole)
    box.setDefaultButton(reload_button)
    box.setEscapeButton(reload_button)
    box.exec()
    return KEEP if box.clickedButton() is keep_button else RELOAD
