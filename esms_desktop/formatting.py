"""French formatting of amounts, numbers and dates (12 345 €, 15/09/2024). No Qt."""

from __future__ import annotations

import datetime as _dt
from decimal import ROUND_HALF_UP, Decimal

NBSP = "\u202f"  # narrow no-break space: the French thousands separator


def number(value: float | int | Decimal, decimals: int = 0) -> str:
    """``12345.5`` → ``"12 345,5"`` with ``decimals=1`` (narrow no-break spaces)."""
    quant = Decimal(1).scaleb(-decimals)
    d = Decimal(str(value)).quantize(quant, rounding=ROUND_HALF_UP)
    sign = "-" if d < 0 else ""
    d = abs(d)
    whole, _, frac = f"{d:f}".partition(".")
    groups = []
    while len(whole) > 3:
        groups.insert(0, whole[-3:])
        whole = whole[:-3]
    groups.insert(0, whole)
    text = NBSP.join(groups)
    if decimals:
        text += "," + frac
    return sign + text


def euros(value: float | int | Decimal, decimals: int = 0) -> str:
    """``12345`` → ``"12 345 €"``."""
    return number(value, decimals) + "\u00a0€"


def percent(value: float | int | Decimal, decimals: int = 0) -> str:
    return number(value, decimals) + "\u00a0%"


def date(value: _dt.date | _dt.datetime | None) -> str:
    """``date(2024, 9, 15)`` → ``"15/09/2024"``; ``None`` → ``""``."""
    if value is None:
        return ""
    return value.strftime("%d/%m/%Y")


def datetime(value: _dt.datetime | None) -> str:
    """``"15/09/2024 14:05"``."""
    if value is None:
        return ""
    return value.strftime("%d/%m/%Y %H:%M")


def local(value: _dt.datetime) -> _dt.datetime:
    """A naive UTC time (as stored) in the user's time zone, still naive."""
    return value.replace(tzinfo=_dt.timezone.utc).astimezone().replace(tzinfo=None)
