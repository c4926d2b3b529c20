"""The simple text formatting of the pack: user text and the letters' templates.

Paragraphs are separated by blank lines; a line starting with ``- `` is a bullet; ``**bold**`` and
``*italic*``; in templates, ``# ``, ``## ``, ``### `` titles and ``{placeholders}``. A placeholder
alone on its line whose value is a list becomes one bullet per item. User text is escaped: it can
never inject reportlab markup.
"""

from __future__ import annotations

import copy
import re
from collections.abc import Mapping
from dataclasses import dataclass
from functools import lru_cache
from xml.sax.saxutils import escape

from reportlab.platypus import Flowable, Paragraph, Spacer, Table, TableStyle
from reportlab.platypus.paragraph import textTransformFrags
from reportlab.platypus.paraparser import ParaParser

from esms_desktop.paths import resource_path
from esms_desktop.reports.styles import FONT, Styles

Values = Mapping[str, "str | tuple[str, ...]"]

NBSP = "\u00a0"
LONG_LIST = 10  # a list placeholder of more items is set in two columns
_BEFORE_PUNCT = re.compile(r" ([;:!?])(?=\s|$|\*)")
_BEFORE_PERCENT = re.compile(r"(?<=\d) (?=%)")
_BOLD = re.compile(r"\*\*(?=\S)(.+?)(?<=\S)\*\*")
_ITALIC = re.compile(r"(?<![*\w])\*(?=[^\s*])(.+?)(?<=[^\s*])\*(?![*\w])")
_PLACEHOLDER = re.compile(r"\{(\w+)\}")
_LIST_LINE = re.compile(r"^\{(\w+)\}$")


class FastParagraph(Paragraph):
    """A paragraph that, when its text holds no markup (no ``<`` nor ``&``: plain words), is set without
    reportlab's markup parser: its one fragment is the one the parser makes for that style, with the text.
    Other texts are parsed as usual. Most of the pack's paragraphs and table cells are plain words."""

    def _setup(self, text, style, bulletText, frags, cleaner):  # noqa: N803 - reportlab API
        if frags is None and isinstance(text, str) and "<" not in text and "&" not in text:
            text = cleaner(text)
            if text:
                frag = copy.copy(_plain_fragment(style))
                frag.text, frag.link, frag.us_lines = text, [], []
                frags = [frag]
                textTransformFrags(frags, style)
        super()._setup(text, style, bulletText, frags, cleaner)


_FRAGMENTS: dict = {}  # by paragraph style: the fragment the parser makes of a plain word


def _plain_fragment(style):
    frag = _FRAGMENTS.get(style)
    if frag is None:
        if len(_FRAGMENTS) >= 256:
            _FRAGMENTS.clear()
        _style, frags, _bullet = ParaParser().parse("x", style)
        frag = _FRAGMENTS[style] = frags[0]
    return frag


class SharedParagraph(FastParagraph):
    """A paragraph whose text comes back many times in one pack (the letters' template, one letter per OG):
    the markup is parsed and the lines are broken once per text, style and width, and the other paragraphs
    of the same text reuse them (reportlab would parse and measure each of them afresh).

    Splitting one across pages works on a fresh copy of its own (reportlab's split may change the pieces).
    :meth:`forget` empties the store: each pack starts without it (``render_pack``)."""

    MAX_TEXTS = 2_000  # forgotten past this many texts
    _parsed: dict = {}
    _wrapped: dict = {}
    _key = None  # (text, style, bullet) of a paragraph that shares; None for the pieces of a split

    @classmethod
    def forget(cls) -> None:
        cls._parsed.clear()
        cls._wrapped.clear()

    def __init__(self, text, style=None, bulletText=None, frags=None, **kwargs):  # noqa: N803 - reportlab API
        if frags is not None or kwargs:  # a piece of a split paragraph (reportlab makes it of this class)
            super().__init__(text, style, bulletText, frags, **kwargs)
            return
        key = (text, style, bulletText)
        state = self._parsed.get(key)
        if state is None:
            super().__init__(text, style, bulletText)
            if len(self._parsed) >= self.MAX_TEXTS:
                self.forget()
            self._parsed[key] = dict(self.__dict__)
        else:
            self.__dict__.update(state)
        self._key = key

    def wrap(self, availWidth, availHeight):  # noqa: N803 - reportlab API
        if self._key is None:
            return super().wrap(availWidth, availHeight)
        key = (self._key, availWidth)
        state = self._wrapped.get(key)
        if state is None:
            result = super().wrap(availWidth, availHeight)
            self._wrapped[key] = {name: getattr(self, name) for name in _WRAP_STATE if hasattr(self, name)}
            return result
        self.__dict__.update(state)
        return self.width, self.height

    def split(self, availWidth, availHeight):  # noqa: N803 - reportlab API
        if self._key is not None:  # pieces of its own: parsed and broken again, nothing shared changed
            text, style, bullet = self._key
            self._key = None
            Paragraph.__init__(self, text, style, bullet)
            Paragraph.wrap(self, availWidth, availHeight)
        return super().split(availWidth, availHeight)


#: What a paragraph's wrap leaves on it (reportlab 4-5): kept to hand to the next paragraph of the same text.
_WRAP_STATE = ("width", "height", "blPara", "frags", "_wrapWidths", "_width_max", "_splitLongWordCount",
               "_hyphenations")


@dataclass(frozen=True)
class Block:
    kind: str  # "h1" | "h2" | "h3" | "p" | "bullet" | "item" (a bullet from a list placeholder)
    text: str  # reportlab inline markup, placeholders still in


def typo(text: str) -> str:
    """French typography that holds in a paragraph: no-break spaces before « ; : ! ? % » and inside « ».

    reportlab breaks lines at the narrow no-break space (U+202F) of French amounts: it becomes a
    no-break space (U+00A0), which it keeps.
    """
    text = text.replace("\u202f", NBSP)
    text = _BEFORE_PUNCT.sub(NBSP + r"\1", text)
    text = _BEFORE_PERCENT.sub(NBSP, text)
    return text.replace("« ", "«" + NBSP).replace(" »", NBSP + "»")


def plain(text: str) -> str:
    """Plain text for a Paragraph: French typography, escaped."""
    return escape(typo(text))


def inline(text: str) -> str:
    """Escape ``text`` and turn ``**bold**`` / ``*italic*`` into reportlab markup."""
    text = plain(text)
    text = _BOLD.sub(r"<b>\1</b>", text)
    return _ITALIC.sub(r"<i>\1</i>", text)


def fill(markup: str, values: Values | None) -> str:
    """Replace ``{name}`` by its escaped value; unknown placeholders stay as they are."""
    if not values:
        return markup

    def one(match: re.Match[str]) -> str:
        value = values.get(match.group(1))
        if value is None or isinstance(value, tuple):
            return match.group(0)
        return plain(str(value))

    return _PLACEHOLDER.sub(one, markup)


def parse(text: str, values: Values | None = None) -> list[Block]:
    """The blocks of ``text`` (see the module docstring); list placeholders expanded to bullets."""
    blocks: list[Block] = []
    current: list[str] = []
    kind = "p"

    def close() -> None:
        nonlocal current, kind
        if current:
            blocks.append(Block(kind, fill(inline(" ".join(current)), values)))
        current, kind = [], "p"

    for raw in text.replace("\r\n", "\n").split("\n"):
        line = raw.strip()
        if not line:
            close()
            continue
        heading = re.match(r"^(#{1,3})\s+(.*)$", line)
        listed = _LIST_LINE.match(line)
        if heading:
            close()
            blocks.append(Block(f"h{len(heading.group(1))}", fill(inline(heading.group(2)), values)))
        elif listed and values is not None and isinstance(values.get(listed.group(1)), tuple):
            close()
            blocks.extend(Block("item", inline(item)) for item in values[listed.group(1)])
        elif line.startswith(("- ", "• ")):
            close()
            kind, current = "bullet", [line[2:].strip()]
        else:
            current.append(line)
    close()
    return blocks


def flowables(text: str, st: Styles, *, values: Values | None = None, letter: bool = False) -> list[Flowable]:
    """Paragraphs for ``text``: body styles, or the larger letter styles."""
    if letter:
        by_kind = {"h1": st.letter_h1, "h2": st.letter_h2, "h3": st.letter_h3, "p": st.letter,
                   "bullet": st.letter_bullet}
    else:
        by_kind = {"h1": st.h3, "h2": st.h3, "h3": st.h3, "p": st.body, "bullet": st.bullet}
    out: list[Flowable] = []
    previous = ""
    items: list[Paragraph] = []
    for block in parse(text, values):
        if block.kind == "item":
            items.append(SharedParagraph(block.text, by_kind["bullet"], bulletText="•"))
            continue
        if items:
            out.extend(_items(items))
            items, previous = [], "bullet"
        if block.kind == "bullet":
            out.append(SharedParagraph(block.text, by_kind["bullet"], bulletText="•"))
        else:
            if previous == "bullet":
                out.append(Spacer(1, 3))  # air between a list and the paragraph after it
            out.append(SharedParagraph(block.text, by_kind[block.kind]))
        previous = block.kind
    out.extend(_items(items))
    return out


def _items(items: list[Paragraph]) -> list[Flowable]:
    """A list from a placeholder: one bullet per line, in two columns when it is long."""
    if len(items) <= LONG_LIST:
        return list(items)
    half = (len(items) + 1) // 2
    rows = [[items[i], items[half + i] if half + i < len(items) else ""] for i in range(half)]
    table = Table(rows, colWidths=["50%", "50%"])
    table.setStyle(TableStyle([("FONTNAME", (0, 0), (-1, -1), FONT), ("VALIGN", (0, 0), (-1, -1), "TOP"),
                               ("LEFTPADDING", (0, 0), (-1, -1), 0),
                               ("TOPPADDING", (0, 0), (-1, -1), 0), ("BOTTOMPADDING", (0, 0), (-1, -1), 1)]))
    return [table]


@lru_cache(maxsize=8)
def template(*parts: str) -> str:
    """The text of an editable template in ``resources/`` (e.g. ``template("letters", "lettre-engagement.md")``)."""
    return resource_path(*parts).read_text(encoding="utf-8")
