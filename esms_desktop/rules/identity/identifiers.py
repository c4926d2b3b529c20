"""SIREN / SIRET numbers and e-mail addresses: normalise and say what is wrong. Pure Python, no Qt.

SIREN (9 digits) and SIRET (14 digits: SIREN + establishment number) carry a Luhn key; the check
is python-stdnum's (``stdnum.fr.siren`` / ``stdnum.fr.siret``, which knows La Poste's exception).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from esms_desktop.text import QT_TRANSLATE_NOOP, Message

SIRET_LENGTH_WRONG = QT_TRANSLATE_NOOP(
    "Identifiers", "A SIREN has 9 digits and a SIRET 14; this number has {count}.")
SIRET_NOT_DIGITS = QT_TRANSLATE_NOOP("Identifiers", "A SIREN or SIRET holds digits only.")
SIREN_KEY_WRONG = QT_TRANSLATE_NOOP(
    "Identifiers", "This SIREN is not valid: its check key does not match (typing error?).")
SIRET_KEY_WRONG = QT_TRANSLATE_NOOP(
    "Identifiers", "This SIRET is not valid: its check key does not match (typing error?).")
EMAIL_WRONG = QT_TRANSLATE_NOOP(
    "Identifiers", "This is not an e-mail address (expected: name@domain.fr).")

_SPACES = re.compile(r"[\s.\u00a0\u202f-]+")
_EMAIL = re.compile(r"^[^@\s]+@[^@\s]+\.[^@\s.]{2,}$")


@dataclass(frozen=True)
class IdentifierCheck:
    """``number`` is the normalised input; ``reason`` is None when ``valid``."""

    valid: bool
    number: str
    reason: Message | None = None


def normalise_siret(text: str) -> str:
    """``"778 888 888 00017"`` → ``"77888888800017"``."""
    return _SPACES.sub("", text or "")


def check_siret(text: str) -> IdentifierCheck:
    """Check a SIREN (9 digits) or SIRET (14 digits) number. Empty is not valid (callers allow it)."""
    from stdnum.exceptions import ValidationError
    from stdnum.fr import siren, siret

    number = normalise_siret(text)
    if not number.isdigit():
        return IdentifierCheck(False, number, SIRET_NOT_DIGITS)
    if len(number) not in (9, 14):
        return IdentifierCheck(False, number, SIRET_LENGTH_WRONG(count=str(len(number))))
    module, wrong = (siren, SIREN_KEY_WRONG) if len(number) == 9 else (siret, SIRET_KEY_WRONG)
    try:
        module.validate(number)
    except ValidationError:
        return IdentifierCheck(False, number, wrong)
    return IdentifierCheck(True, number)


def check_email(text: str) -> IdentifierCheck:
    """A plausible e-mail address (one @, a dot in the domain, no spaces)."""
    address = (text or "").strip()
    if _EMAIL.match(address):
        return IdentifierCheck(True, address)
    return IdentifierCheck(False, address, EMAIL_WRONG)
