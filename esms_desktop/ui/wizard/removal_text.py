"""What a removal takes with it, said in its confirmation (counts from storage.dossier_states)."""

from __future__ import annotations

from PySide6.QtCore import QObject

from esms_desktop.storage.dossier_states import og_removal


class RemovalText(QObject):
    """The confirmations' texts (a QObject for its translation context)."""

    def _document(self, kind: str) -> str:
        names = {
            "engagement_letter": self.tr("its signed engagement letter"),
            "national_agreement": self.tr("its national agreement"),
            "quote": self.tr("its quote"),
        }
        return names.get(kind, self.tr("a document"))

    def og_question(self, db, og_id: int) -> str:
        """« Retirer l'OG « X » ? Supprimés avec lui : ses 2 ESSMS, son autodiagnostic (27 réponses) … »"""
        return self.og_question_of(og_removal(db, og_id))

    def og_question_of(self, removal) -> str:
        """The question for what ``storage.dossier_states.og_removal`` read (read in the background)."""
        goes = [self.tr("its %n ESSMS", "", removal.essms)]
        if removal.answers:
            goes.append(self.tr("its SI maturity self-diagnostic with %n answer(s)", "", removal.answers))
        lines = [
            self.tr("Remove the OG « {name} » from the grappe?").format(name=removal.name),
            self.tr("Deleted with it: {items}.").format(items=", ".join(goes)),
        ]
        if removal.documents:
            kinds = ", ".join(self._document(kind) for kind in removal.documents)
            lines.append(self.tr("Detached from the dossier: {items}.").format(items=kinds))
        if removal.needs:
            lines.append(self.tr("%n need(s) tied to its ESSMS stay, no longer tied to an ESSMS.", "", removal.needs))
        lines.append(self.tr("Edit ▸ Undo (Ctrl+Z) brings all of it back."))
        return "\n".join(lines)


def og_removal_question(db, og_id: int) -> str:
    return RemovalText().og_question(db, og_id)


def og_removal_question_of(removal) -> str:
    return RemovalText().og_question_of(removal)
