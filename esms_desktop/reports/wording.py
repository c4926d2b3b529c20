"""French counted phrases and agreements of the pack: « 1 organisme gestionnaire », « 4 organismes
gestionnaires », « représentée par » after an association. No Qt; the pack is French (document content).
"""

from __future__ import annotations

from esms_desktop import formatting as fmt


def count(n: int, one: str, many: str, *, none: str | None = None) -> str:
    """« 1 lettre signée jointe », « 4 lettres signées jointes »; ``none`` for 0 when given."""
    if n == 0 and none is not None:
        return none
    return f"{fmt.number(n)} {one if n in (0, 1) else many}"


def essms_phrase(n: int) -> str:
    """The grappe's establishments, counted: « 16 établissements et services sociaux et médico-sociaux »."""
    return count(n, "établissement ou service social ou médico-social",
                 "établissements et services sociaux et médico-sociaux")


def engaged_essms(n: int) -> str:
    """What an OG engages, before the list: « les 5 établissements et services suivants »."""
    if n == 0:
        return "aucun établissement ni service pour l'instant"
    if n == 1:
        return "l'établissement ou service suivant"
    return f"les {fmt.number(n)} établissements et services suivants"


#: The grammatical gender of an organisation by its legal status: a private non-profit OG is an
#: association, a foundation or a mutual (feminine), a public one an établissement public (masculine).
REPRESENTED = {
    "prive_non_lucratif": "représentée",
    "public": "représenté",
}


def represented(legal_status: str | None) -> str:
    """« représentée » for an association, « représenté » for an établissement public, else « représenté(e) »."""
    return REPRESENTED.get(legal_status or "", "représenté(e)")
