"""The porteur's bank details (RIB): holder, IBAN and BIC checked with python-stdnum. No Qt.

The grant is paid to the porteur's account: a complete dossier holds its RIB (003 §7, criterion 2).
Each check returns ``None`` when the value is right, else a :class:`Message` saying what is wrong,
shown under the field where it was typed.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from typing import Any

from stdnum import bic as _bic
from stdnum import iban as _iban
from stdnum import numdb
from stdnum.exceptions import InvalidChecksum, InvalidComponent, InvalidLength, ValidationError

from esms_desktop.text import QT_TRANSLATE_NOOP, Message

HOLDER_EMPTY = QT_TRANSLATE_NOOP("Rib", "Type the name of the account holder, as on the RIB.")
IBAN_EMPTY = QT_TRANSLATE_NOOP("Rib", "Type the IBAN of the account (it starts with FR76 for a French account).")
IBAN_LENGTH = QT_TRANSLATE_NOOP("Rib", "This IBAN has {length} characters; an IBAN of {country} has {expected}.")
IBAN_COUNTRY = QT_TRANSLATE_NOOP("Rib", "An IBAN starts with a country code such as FR; « {start} » is not one.")
IBAN_FORMAT = QT_TRANSLATE_NOOP("Rib", "This IBAN holds characters that an IBAN cannot hold.")
IBAN_COMPONENT = QT_TRANSLATE_NOOP("Rib", "The bank or account part of this IBAN is not valid: check it on the RIB.")
IBAN_CHECKSUM = QT_TRANSLATE_NOOP(
    "Rib", "The check digits of this IBAN do not match: a character is probably mistyped.")
BIC_EMPTY = QT_TRANSLATE_NOOP("Rib", "Type the BIC of the bank (8 or 11 characters, on the RIB).")
BIC_LENGTH = QT_TRANSLATE_NOOP("Rib", "A BIC has 8 or 11 characters; this one has {length}.")
BIC_FORMAT = QT_TRANSLATE_NOOP(
    "Rib", "A BIC is 4 letters (bank), 2 letters (country), then 2 letters or digits (place), "
    "and optionally 3 more (branch).")
BIC_COUNTRY = QT_TRANSLATE_NOOP("Rib", "The country code « {country} » of this BIC does not exist.")
BIC_OTHER_COUNTRY = QT_TRANSLATE_NOOP(
    "Rib", "This BIC is of a bank in {bic_country}, the IBAN of an account in {iban_country}: check both.")



def compact_iban(text: str) -> str:
    """``"fr76 3000 6000 ..."`` → ``"FR763000600..."`` (spaces and dashes dropped, upper case)."""
    return _iban.compact(text or "")


def format_iban(text: str) -> str:
    """The IBAN in groups of four, as printed on a RIB; the text as it is when it is not compactable."""
    try:
        return _iban.format(text)
    except Exception:  # noqa: BLE001 - stdnum raises on odd input; show it unchanged
        return text


def compact_bic(text: str) -> str:
    return _bic.compact(text or "")


def holder_error(text: str) -> Message | None:
    return HOLDER_EMPTY() if not (text or "").strip() else None


def _iban_length(country: str) -> int | None:
    """The length of the IBANs of ``country`` from stdnum's registry, ``None`` for an unknown country."""
    info = numdb.get("iban").info(country + "00")[0][1]
    if not info:
        return None
    return 4 + sum(int(n) for n in re.findall(r"(\d+)!", info.get("bban", "")))


def iban_error(text: str) -> Message | None:
    """What is wrong with an IBAN, or ``None``: country, length, characters, then check digits."""
    number = compact_iban(text)
    if not number:
        return IBAN_EMPTY()
    if not number.isalnum() or not number.isascii():
        return IBAN_FORMAT()
    if len(number) < 2 or not number[:2].isalpha():
        return IBAN_COUNTRY(start=number[:2])
    expected = _iban_length(number[:2])
    if expected is None:
        return IBAN_COUNTRY(start=number[:2])
    if len(number) != expected:
        return IBAN_LENGTH(length=str(len(number)), country=number[:2], expected=str(expected))
    try:
        _iban.validate(number)
    except InvalidChecksum:
        return IBAN_CHECKSUM()
    except InvalidComponent:
        return IBAN_COMPONENT()
    except ValidationError:
        return IBAN_FORMAT()
    return None


def bic_error(text: str) -> Message | None:
    """What is wrong with a BIC, or ``None``."""
    number = compact_bic(text)
    if not number:
        return BIC_EMPTY()
    try:
        _bic.validate(number)
    except InvalidLength:
        return BIC_LENGTH(length=str(len(number)))
    except InvalidComponent:
        return BIC_COUNTRY(country=number[4:6])
    except ValidationError:
        return BIC_FORMAT()
    return None


def country_mismatch(iban: str, bic: str) -> Message | None:
    """A warning when a valid IBAN and a valid BIC name different countries (Monaco banks excepted)."""
    i, b = compact_iban(iban), compact_bic(bic)
    if iban_error(i) or bic_error(b):
        return None
    if i[:2] != b[4:6] and {i[:2], b[4:6]} != {"FR", "MC"}:
        return BIC_OTHER_COUNTRY(bic_country=b[4:6], iban_country=i[:2])
    return None


def rib_errors(rib: Mapping[str, Any] | None) -> dict[str, Message]:
    """Errors of the dossier's ``rib`` object by field (``holder``, ``iban``, ``bic``); empty when right."""
    rib = rib or {}
    found = {
        "holder": holder_error(str(rib.get("holder") or "")),
        "iban": iban_error(str(rib.get("iban") or "")),
        "bic": bic_error(str(rib.get("bic") or "")),
    }
    return {key: message for key, message in found.items() if message is not None}
