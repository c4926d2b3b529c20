"""Fonts and paragraph styles of the pack.

DejaVu Sans (``resources/fonts/``, licence beside it) is embedded: it has every French character
(é, œ, €, « », the narrow no-break space of French amounts). :func:`register_fonts` must run before
any canvas or chart is made: it also makes DejaVu the default font of reportlab's canvases and
graphics, so that no standard (non-embedded) Helvetica is left in the file.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache
from itertools import repeat
from weakref import WeakKeyDictionary

from reportlab import rl_config
from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER, TA_JUSTIFY, TA_LEFT, TA_RIGHT
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont

from esms_desktop.paths import resource_path

FONT = "DejaVuSans"
FONT_BOLD = "DejaVuSans-Bold"
FONT_ITALIC = "DejaVuSans-Oblique"
FONT_BOLD_ITALIC = "DejaVuSans-BoldOblique"

# Colours: a sober blue for titles and table heads, greys for rules and notes.
BLUE = colors.HexColor("#1F4E79")
LIGHT_BLUE = colors.HexColor("#DCE6F1")
PALE = colors.HexColor("#F4F7FB")
GREY = colors.HexColor("#6B6B6B")
RULE = colors.HexColor("#A6A6A6")
GREEN = colors.HexColor("#2E7D32")
ORANGE = colors.HexColor("#B26A00")
RED = colors.HexColor("#B3261E")
SERIES = [colors.HexColor(c) for c in ("#1F4E79", "#C55A11", "#548235", "#7030A0", "#BF9000", "#2F75B5",
                                       "#833C0B", "#375623")]

PAGE_MARGIN = 18 * mm


class MeasuredFont(TTFont):
    """A TrueType font that remembers the widths it measured: laying out a pack measures the same words
    tens of thousands of times (every line break of every cell and paragraph, again at each page split),
    and reportlab's measure of a TrueType string is pure Python, one glyph at a time."""

    MAX_WIDTHS = 200_000  # forgotten past this many strings (a pack of 500 ESSMS measures about 60 000)

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self._widths: dict[tuple[str, float, str], float] = {}
        self._splits: WeakKeyDictionary = WeakKeyDictionary()  # by document: {text: its glyph codes by subset}

    def stringWidth(self, text, size, encoding="utf8"):  # noqa: N802 - reportlab API
        key = (text, size, encoding)
        width = self._widths.get(key)
        if width is None:
            if len(self._widths) >= self.MAX_WIDTHS:
                self._widths.clear()
            if not isinstance(text, str):
                text = text.decode(encoding or "utf8")
            # reportlab's sum of the glyphs' widths, in the same order, with the loop in C (map, not a generator)
            face = self.face
            width = 0.001 * size * sum(map(face.charWidths.get, map(ord, text), repeat(face.defaultWidth)))
            self._widths[key] = width
        return width

    def splitString(self, text, doc, encoding="utf-8"):  # noqa: N802 - reportlab API
        """The text's glyph codes in the document's font subsets, worked out once per text and document
        (each line drawn asks again, char by char in Python; a character keeps its code in a document)."""
        splits = self._splits.get(doc)
        if splits is None:
            splits = self._splits[doc] = {}
        parts = splits.get(text)
        if parts is None:
            if len(splits) >= self.MAX_WIDTHS:
                splits.clear()
            parts = splits[text] = self._codes_known(text, doc) or super().splitString(text, doc, encoding)
        return parts

    def _codes_known(self, text, doc) -> list | None:
        """reportlab's answer for a text whose characters all have their code already, all in the first
        subset (most lines, once the first pages are drawn): the same bytes, looked up in C. None otherwise."""
        state = self.state.get(doc)
        if state is None or not isinstance(text, str) or not text:
            return None
        codes = list(map(state.assignments.get, map(ord, text.replace("\u00a0", " "))))  # reportlab: nbsp is a space
        if None in codes or max(codes) > 0xFF:
            return None
        return [(0, bytes(codes))]


@lru_cache(maxsize=1)
def register_fonts() -> str:
    """Register DejaVu Sans (4 faces) once and make it reportlab's default; returns the family name."""
    faces = {
        FONT: "DejaVuSans.ttf",
        FONT_BOLD: "DejaVuSans-Bold.ttf",
        FONT_ITALIC: "DejaVuSans-Oblique.ttf",
        FONT_BOLD_ITALIC: "DejaVuSans-BoldOblique.ttf",
    }
    for name, file in faces.items():
        pdfmetrics.registerFont(MeasuredFont(name, str(resource_path("fonts", file))))
    pdfmetrics.registerFontFamily(FONT, normal=FONT, bold=FONT_BOLD, italic=FONT_ITALIC, boldItalic=FONT_BOLD_ITALIC)
    rl_config.canvas_basefontname = FONT
    rl_config.defaultGraphicsFontName = FONT
    rl_config.useA85 = 0  # compressed streams stay binary: smaller, and no slow pure-Python ASCII85 pass
    rl_config.shapeChecking = 0  # the charts' attributes are ours: no type check on each of their thousands of sets
    return FONT


@dataclass(frozen=True)
class Styles:
    body: ParagraphStyle
    small: ParagraphStyle
    note: ParagraphStyle
    cell: ParagraphStyle
    cell_right: ParagraphStyle
    cell_split: ParagraphStyle
    head: ParagraphStyle
    head_right: ParagraphStyle
    head_center: ParagraphStyle
    bullet: ParagraphStyle
    h1: ParagraphStyle
    h2: ParagraphStyle
    h3: ParagraphStyle
    title: ParagraphStyle
    subtitle: ParagraphStyle
    letter: ParagraphStyle
    letter_h1: ParagraphStyle
    letter_h2: ParagraphStyle
    letter_h3: ParagraphStyle
    letter_bullet: ParagraphStyle
    letter_left: ParagraphStyle
    right: ParagraphStyle
    annex: ParagraphStyle


@lru_cache(maxsize=1)
def styles() -> Styles:
    register_fonts()
    body = ParagraphStyle("body", fontName=FONT, bulletFontName=FONT, fontSize=9.5, leading=13, alignment=TA_JUSTIFY,
                          spaceAfter=5)
    small = ParagraphStyle("small", parent=body, fontSize=8, leading=10.5, alignment=0, spaceAfter=2)
    # Table cells break lines at spaces and after the hyphens of compound words (« Coulanges-la- /
    # Vineuse »), never inside a word; a word wider than its column is cut only in ``cell_split``.
    cell = ParagraphStyle("cell", fontName=FONT, bulletFontName=FONT, fontSize=8, leading=10, splitLongWords=0,
                          embeddedHyphenation=2)
    head = ParagraphStyle("head", parent=cell, fontName=FONT_BOLD, textColor=colors.white)
    h1 = ParagraphStyle("h1", fontName=FONT_BOLD, bulletFontName=FONT, fontSize=16, leading=20, textColor=BLUE, spaceBefore=0,
                        spaceAfter=10)
    letter = ParagraphStyle("letter", parent=body, fontSize=8.6, leading=11.2, spaceAfter=3.5)
    return Styles(
        body=body,
        small=small,
        note=ParagraphStyle("note", parent=small, textColor=GREY, fontName=FONT_ITALIC),
        cell=cell,
        cell_right=ParagraphStyle("cell_right", parent=cell, alignment=TA_RIGHT),
        cell_split=ParagraphStyle("cell_split", parent=cell, splitLongWords=1),
        head=head,
        head_right=ParagraphStyle("head_right", parent=head, alignment=TA_RIGHT),
        head_center=ParagraphStyle("head_center", parent=head, alignment=TA_CENTER),
        bullet=ParagraphStyle("bullet", parent=body, leftIndent=12, bulletIndent=2, spaceAfter=2, alignment=0),
        h1=h1,
        h2=ParagraphStyle("h2", parent=h1, fontSize=12.5, leading=16, spaceBefore=10, spaceAfter=6),
        h3=ParagraphStyle("h3", parent=h1, fontSize=10.5, leading=14, spaceBefore=8, spaceAfter=4,
                          textColor=colors.black),
        title=ParagraphStyle("title", parent=h1, fontSize=24, leading=30, alignment=TA_CENTER, spaceAfter=16),
        subtitle=ParagraphStyle("subtitle", parent=body, fontSize=13, leading=18, alignment=TA_CENTER,
                                textColor=GREY, spaceAfter=8),
        letter=letter,
        letter_h1=ParagraphStyle("letter_h1", parent=h1, fontSize=13, leading=16, alignment=TA_CENTER, spaceAfter=2),
        letter_h2=ParagraphStyle("letter_h2", parent=h1, fontSize=10.5, leading=13, alignment=TA_CENTER,
                                 textColor=colors.black, spaceAfter=5),
        letter_h3=ParagraphStyle("letter_h3", parent=h1, fontSize=10.5, leading=14, spaceBefore=8, spaceAfter=4,
                                 textColor=colors.black),
        letter_bullet=ParagraphStyle("letter_bullet", parent=letter, leftIndent=14, bulletIndent=3, spaceAfter=0.5,
                                     alignment=0),
        letter_left=ParagraphStyle("letter_left", parent=letter, alignment=TA_LEFT, spaceAfter=2),
        right=ParagraphStyle("right", parent=body, alignment=TA_RIGHT),
        annex=ParagraphStyle("annex", parent=body, fontName=FONT_BOLD, fontSize=8.5, leading=11, alignment=TA_RIGHT,
                             textColor=GREY, spaceAfter=2),
    )
