"""Long findings summarised for print: a list of 153 names after a colon keeps its first ten, then
« … et 143 autres (153 en tout) », so that no table row grows taller than a page."""

from __future__ import annotations

import re

KEEP = 10  # names printed before « … et N autres »
LONG_CELL = 600  # characters: a table cell longer than this has its lists summarised

_LIST = re.compile(r"(?<=\s:\s)([^.:;]+?)(?=\.\s|\.$|;|$)")


def summarise(text: str, keep: int = KEEP) -> str:
    """``text`` with each list of more than ``keep + 2`` items after « : » cut to ``keep`` items."""

    def cut(match: re.Match[str]) -> str:
        items = match.group(1).split(", ")
        if len(items) <= keep + 2:
            return match.group(0)
        return f"{', '.join(items[:keep])} … et {len(items) - keep} autres ({len(items)} en tout)"

    return _LIST.sub(cut, text)
