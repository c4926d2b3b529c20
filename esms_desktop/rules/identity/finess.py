"""FINESS numbers: normalisation, department and check key. Pure Python, no Qt.

A FINESS number (ET "géographique" or EJ "juridique": same format) has 9 characters:
the department on the first two ("01".."95", "2A"/"2B" for Corsica; overseas numbers
start with 97 or 98 and use four), a serial number, and a check key as last digit.

Check key (TOOLCHAIN.md, /work/shared/finess/README.md "Check key"): the Luhn check over
all 9 characters, after reading "2A" as "21" and "2B" as "22".

Overseas prefix → FINESS department code (the ``departement`` field of the extract):

====== ==== ========================== ===================================================
prefix code territory                  evidence
====== ==== ========================== ===================================================
9701   9A   Guadeloupe (+ St-Barth.,   sample: 970100400, 970102018 (97133), 970109971
            St-Martin)
9702   9B   Martinique                 sample: 970202339, 970210126, 970216057
9703   9C   Guyane                     sample: 970300026, 970302287, 970302790
9704   9D   La Réunion                 sample: 970400024, 970405767, 970411344
9705   9E   Saint-Pierre-et-Miquelon   INFERRED, no number seen: the prefix is "9" + "7|8",
                                       "0", then the last digit of the former 3-digit code
                                       (971→9701 ... 985 Mayotte→9805, 986 Wallis→9806),
                                       so 975 → 9705
9805   9F   Mayotte (former code 985)  sample: 980501506, 980502199 (postcodes 976xx)
9806   9J   Wallis-et-Futuna (986)     sample: 980600027 (98600 UVEA)
====== ==== ========================== ===================================================

Any other 97x/98x prefix (e.g. 9706, 9807 Polynésie) is reported as an unknown department.
"20" (Corsica before its split) is not used by FINESS and is unknown too.
"""

from __future__ import annotations

from dataclasses import dataclass

from esms_desktop.formatting import number as format_number
from esms_desktop.text import QT_TRANSLATE_NOOP, Message

LENGTH = 9

EMPTY = QT_TRANSLATE_NOOP("Finess", "No FINESS number was typed.")
WRONG_LENGTH = QT_TRANSLATE_NOOP(
    "Finess", "A FINESS number has 9 characters, not {count}."
)
FORBIDDEN_CHARACTERS = QT_TRANSLATE_NOOP(
    "Finess",
    "A FINESS number holds digits only, except 2A or 2B at the start for Corsica "
    "(found: {characters}).",
)
UNKNOWN_DEPARTMENT = QT_TRANSLATE_NOOP(
    "Finess", "{prefix} is not the start of a FINESS number of any French department."
)
WRONG_KEY = QT_TRANSLATE_NOOP(
    "Finess",
    "The check key (last digit) {typed} does not match the first 8 characters: "
    "it should be {expected}.",
)

# Overseas: first four characters of the number -> FINESS department code (see module doc).
OVERSEAS_PREFIXES: dict[str, str] = {
    "9701": "9A",
    "9702": "9B",
    "9703": "9C",
    "9704": "9D",
    "9705": "9E",
    "9805": "9F",
    "9806": "9J",
}

_METROPOLE: frozenset[str] = frozenset(
    [f"{n:02d}" for n in range(1, 96) if n != 20] + ["2A", "2B"]
)
_DIGITS = frozenset("0123456789")
# Luhn: digit -> sum of the digits of its double.
_DOUBLED = {str(d): (2 * d if d < 5 else 2 * d - 9) for d in range(10)}
_SINGLE = {str(d): d for d in range(10)}
_REMOVED = str.maketrans("", "", " .\u00a0\u202f\t")


@dataclass(frozen=True)
class FinessCheck:
    """Result of :func:`check_finess`.

    ``number`` is the normalised input (spaces and dots removed, upper case), even when invalid.
    ``department`` is the FINESS department code whenever the start of the number names one
    (even if the key is wrong), else None. ``reason`` is None when ``valid``.
    """

    valid: bool
    number: str
    department: str | None = None
    reason: Message | None = None


def normalise(number: str) -> str:
    """``" 21.000 0253 "`` → ``"210000253"``; ``"2a..."`` → ``"2A..."``."""
    return (number or "").translate(_REMOVED).upper()


def department_of(number: str) -> str | None:
    """FINESS department code of a normalised number (9 characters or at least its start)."""
    if number[:2] in ("97", "98"):
        return OVERSEAS_PREFIXES.get(number[:4])
    head = number[:2]
    return head if head in _METROPOLE else None


def luhn_digits(number: str) -> str:
    """The 9 characters as Luhn digits: "2A" → "21", "2B" → "22"."""
    if number[:2] == "2A":
        return "21" + number[2:]
    if number[:2] == "2B":
        return "22" + number[2:]
    return number


def expected_key(number: str) -> str:
    """The check key that completes the first 8 characters of ``number``."""
    digits = luhn_digits(number)[:8]
    # With the key in 9th place, the 8th, 6th, 4th, 2nd characters are doubled.
    total = sum(_SINGLE[c] for c in digits[0::2]) + sum(_DOUBLED[c] for c in digits[1::2])
    return str((10 - total % 10) % 10)


def has_valid_key(number: str) -> bool:
    """Luhn check of a normalised 9-character number made of digits (2A/2B allowed)."""
    digits = luhn_digits(number)
    try:
        total = sum(_SINGLE[c] for c in digits[0::2]) + sum(_DOUBLED[c] for c in digits[1::2])
    except KeyError:
        return False
    return len(digits) == LENGTH and total % 10 == 0


def is_valid_normalised(number: str) -> bool:
    """Fast yes/no check of an already normalised number (for bulk reading of extracts)."""
    if len(number) != LENGTH:
        return False
    second = number[1]
    if second == "A" or second == "B":
        if number[0] != "2":
            return False
        second = "1" if second == "A" else "2"
    elif number[:2] not in _METROPOLE and number[:4] not in OVERSEAS_PREFIXES:
        return False
    s, d = _SINGLE, _DOUBLED
    try:
        total = (
            s[number[0]] + d[second] + s[number[2]] + d[number[3]] + s[number[4]]
            + d[number[5]] + s[number[6]] + d[number[7]] + s[number[8]]
        )
    except KeyError:
        return False
    return total % 10 == 0


def check_finess(number: str) -> FinessCheck:
    """Check one FINESS number (ET or EJ: same rules) and say why it is wrong."""
    norm = normalise(number)
    if not norm:
        return FinessCheck(False, norm, None, EMPTY)
    if len(norm) != LENGTH:
        return FinessCheck(False, norm, department_of(norm), WRONG_LENGTH(count=format_number(len(norm))))
    body = norm[2:] if norm[:2] in ("2A", "2B") else norm
    bad = [c for c in body if c not in _DIGITS]
    if bad:
        shown = " ".join(dict.fromkeys(bad))
        return FinessCheck(False, norm, None, FORBIDDEN_CHARACTERS(characters=shown))
    department = department_of(norm)
    if department is None:
        prefix = norm[:4] if norm[:2] in ("97", "98") else norm[:2]
        return FinessCheck(False, norm, None, UNKNOWN_DEPARTMENT(prefix=prefix))
    if not has_valid_key(norm):
        key = expected_key(norm)
        return FinessCheck(False, norm, department, WRONG_KEY(typed=norm[-1], expected=key))
    return FinessCheck(True, norm, department, None)


def is_valid_finess(number: str) -> bool:
    """Shortcut for ``check_finess(number).valid``."""
    return check_finess(number).valid
