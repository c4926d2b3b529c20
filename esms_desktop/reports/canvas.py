"""The pack's canvas: header and footer, page « x / y », and the contents page, all drawn once the
whole document is laid out (one pass: each page is kept until :meth:`PackCanvas.save`).

The contents page is reserved empty in the story (a known number of entries, so a known number of
pages); the entries, with their page numbers and links, are drawn on it at the end.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm
from reportlab.lib.rl_accel import fp_str
from reportlab.pdfbase.pdfmetrics import getFont, stringWidth
from reportlab.pdfgen.canvas import Canvas
from reportlab.pdfgen.textobject import PDFTextObject

from esms_desktop.reports.styles import BLUE, FONT, FONT_BOLD, GREY, PAGE_MARGIN, RULE

CONTENTS_TITLE = "Sommaire"
CONTENTS_LINE = 17.0  # points between two contents entries
CONTENTS_TOP = A4[1] - PAGE_MARGIN - 18 * mm


def contents_per_page() -> int:
    return int((CONTENTS_TOP - PAGE_MARGIN - 10 * mm) // CONTENTS_LINE)


@dataclass
class TocEntry:
    level: int
    title: str
    key: str
    page: int = 0


@dataclass
class Decor:
    """What the canvas prints around the pages; ``toc`` is filled while the story is laid out."""

    header_left: str
    header_right: str
    footer_left: str
    plain_pages: set[int] = field(default_factory=set)  # pages without header and footer (the cover)
    plain_ranges: list[list[int]] = field(default_factory=list)  # [first, last] pages without them (letters)
    contents_pages: tuple[int, ...] = ()  # pages reserved for the contents
    toc: list[TocEntry] = field(default_factory=list)
    #: "pack": the pack's header and footer; "document" (the convention alone): no header, « page x / y »
    #: below; "letters" (the letters alone): no header, « page x / y » of its letter when it takes more
    #: than one page (``starts``: the first page of each letter, filled while the story is laid out).
    mode: str = "pack"
    starts: list[int] = field(default_factory=list)
    #: The stored pieces appended after the pack's own pages (full pack): (title, pages) each. « page x / y »
    #: counts their pages, and the contents lists them after the sections, with their first page.
    appended: list[tuple[str, int]] = field(default_factory=list)

    @property
    def appended_pages(self) -> int:
        return sum(pages for _title, pages in self.appended)


PIECES_TITLE = "Pièces jointes (documents)"


def piece_entries(appended: list[tuple[str, int]], own_pages: int) -> list[TocEntry]:
    """The contents' entries of the pieces appended after ``own_pages`` pages: a title, then each piece
    with its first page (no link: they are not laid out by reportlab)."""
    if not appended:
        return []
    entries, page = [TocEntry(0, PIECES_TITLE, "", own_pages + 1)], own_pages + 1
    for title, pages in appended:
        entries.append(TocEntry(1, title, "", page))
        page += pages
    return entries


class _PackText(PDFTextObject):
    """A text object (the paragraphs' lines) that writes a run of plain text in an embedded TrueType font as
    reportlab does, the font's size and leading written once per canvas rather than at each run."""

    def _formatText(self, text):  # noqa: N802 - reportlab API
        canvas = self._canvas
        font = getFont(self._fontname)
        if type(text) is not str or not font._dynamicFont:
            return super()._formatText(text)
        doc, code = canvas._doc, []
        for subset, chars in font.splitString(text, doc):
            if subset != self._curSubset:
                tail = canvas._font_tail(self._fontsize, self._leading)
                code.append(f"{font.getSubsetInternalName(subset, doc)} {tail}")
                self._curSubset = subset
            code.append(f"({canvas._escape(chars)}) Tj")
        return " ".join(code)


#: What a byte of a PDF string becomes: octal below 32 and from 127, a backslash before « \\ ( ) ».
_PDF_ESCAPES = {c: ("\\%03o" % c if c < 32 or c >= 127 else "\\" + chr(c)) for c in range(256)
                if c < 32 or c >= 127 or chr(c) in "\\()"}


def _fit(text: str, font: str, size: float, width: float) -> str:
    if stringWidth(text, font, size) <= width:
        return text
    while text and stringWidth(text + "…", font, size) > width:
        text = text[:-1]
    return text.rstrip() + "…"


class PackCanvas(Canvas):
    """A canvas that keeps its pages until ``save`` so that it knows the page count and the contents."""

    def __init__(self, *args, decor: Decor, **kwargs):
        super().__init__(*args, **kwargs)
        self._decor = decor
        self._pages: list[dict] = []
        self._marks: list[tuple[str, dict]] = []
        self._escaped: dict = {}
        self._font_tails: dict = {}

    def _escape(self, s):
        """PDF string escapes, worked out once per string (the letters and tables draw the same ones again)."""
        escaped = self._escaped.get(s)
        if escaped is None:
            # reportlab's escapes (rl_accel.escapePDF) of a font subset's bytes, the loop in C
            escaped = s.decode("latin-1").translate(_PDF_ESCAPES) if isinstance(s, bytes) else super()._escape(s)
            self._escaped[s] = escaped
        return escaped

    # ------------------------------------------------------------------ one line of text (table cells, furniture)

    def drawString(self, x, y, text, mode=None, charSpace=0, direction=None, wordSpace=None,  # noqa: N802, N803
                   shaping=False):
        if not self._line_of_text(x, y, text, 0.0, mode, charSpace, direction, wordSpace, shaping):
            super().drawString(x, y, text, mode, charSpace, direction, wordSpace, shaping)

    def drawRightString(self, x, y, text, mode=None, charSpace=0, direction=None, wordSpace=None,  # noqa: N802, N803
                        shaping=False):
        if not self._line_of_text(x, y, text, 1.0, mode, charSpace, direction, wordSpace, shaping):
            super().drawRightString(x, y, text, mode, charSpace, direction, wordSpace, shaping)

    def drawCentredString(self, x, y, text, mode=None, charSpace=0, direction=None,  # noqa: N802, N803
                          wordSpace=None, shaping=False):
        if not self._line_of_text(x, y, text, 0.5, mode, charSpace, direction, wordSpace, shaping):
            super().drawCentredString(x, y, text, mode, charSpace, direction, wordSpace, shaping)

    def beginText(self, x=0, y=0, direction=None):  # noqa: N802 - reportlab API
        return _PackText(self, x, y, direction=direction)

    def _font_tail(self, size: float, leading: float) -> str:
        """« 8 Tf 10 TL », the part of a font selection after the font's name, once per size and leading."""
        tail = self._font_tails.get((size, leading))
        if tail is None:
            tail = self._font_tails[(size, leading)] = f"{fp_str(size)} Tf {fp_str(leading)} TL"
        return tail

    def _line_of_text(self, x, y, text, align, mode, char_space, direction, word_space, shaping) -> bool:
        """The PDF code reportlab writes for one line of plain text in an embedded TrueType font (the pack's
        only fonts), made without its text object's machinery: a table draws thousands of such lines.
        False (nothing drawn) for anything else: another font, spacing, shaping, a text direction."""
        if (mode is not None or char_space or word_space or direction or shaping or not isinstance(text, str)
                or not self.bottomup):
            return False
        font = getFont(self._fontname)
        if not font._dynamicFont:
            return False
        size, leading, doc = self._fontsize, self._leading, self._doc
        if align:
            x -= align * font.stringWidth(text, size)
        code = ["BT", f"1 0 0 1 {fp_str(x, y)} Tm"]
        current = -1
        for subset, chars in font.splitString(text, doc):
            if subset != current:
                code.append(f"{font.getSubsetInternalName(subset, doc)} {self._font_tail(size, leading)}")
                current = subset
            code.append(f"({self._escape(chars)}) Tj")
        code.append("T*" if len(code) > 2 else " T*")
        code.append("ET")
        self._code.append(" ".join(code))
        return True

    def bookmarkPage(self, key, **kwargs) -> None:  # noqa: N802 - reportlab API
        """Kept with the page it is made on: reportlab records a destination against the page being
        written to the file, which, pages being held back until :meth:`save`, would always be the first."""
        self._marks.append((key, kwargs))

    def showPage(self) -> None:  # noqa: N802 - reportlab API
        self._pages.append(dict(self.__dict__))
        self._marks = []
        self._startPage()

    def save(self) -> None:
        own = len(self._pages)
        total = own + (self._decor.appended_pages if self._decor.mode == "pack" else 0)
        self._pieces_toc = piece_entries(self._decor.appended, own)
        for state in self._pages:
            self.__dict__.update(state)
            for key, kwargs in state["_marks"]:
                Canvas.bookmarkPage(self, key, **kwargs)
            self._decorate(total)
            super().showPage()
        super().save()

    # ------------------------------------------------------------------ page furniture

    def _decorate(self, total: int) -> None:
        page = self._pageNumber
        decor = self._decor
        if page in decor.contents_pages:
            self._draw_contents(decor.contents_pages.index(page))
        if page in decor.plain_pages or (decor.mode == "pack" and any(
                first <= page <= last for first, last in decor.plain_ranges)):
            return
        if decor.mode != "pack":
            self._page_number(*self._place(page, total))
            return
        width, height = self._pagesize
        left, right = PAGE_MARGIN, width - PAGE_MARGIN
        self.saveState()
        self.setStrokeColor(RULE)
        self.setLineWidth(0.5)
        top = height - PAGE_MARGIN + 5 * mm
        self.line(left, top - 2, right, top - 2)
        self.line(left, PAGE_MARGIN - 6 * mm, right, PAGE_MARGIN - 6 * mm)
        self.setFillColor(GREY)
        self.setFont(FONT, 7.5)
        half = (right - left) / 2 - 6 * mm
        self.drawString(left, top + 2, _fit(decor.header_left, FONT, 7.5, half))
        self.drawRightString(right, top + 2, _fit(decor.header_right, FONT, 7.5, half))
        self.drawString(left, PAGE_MARGIN - 10 * mm, _fit(decor.footer_left, FONT, 7.5, right - left - 25 * mm))
        self.setFont(FONT_BOLD, 8)
        self.drawRightString(right, PAGE_MARGIN - 10 * mm, f"{page} / {total}")
        self.restoreState()

    def _place(self, page: int, total: int) -> tuple[int, int]:
        """(page within its document, pages of that document): a letter alone, or the whole file."""
        if self._decor.mode != "letters":
            return page, total
        starts = sorted(s for s in self._decor.starts if s <= page) or [1]
        first = starts[-1]
        following = [s for s in self._decor.starts if s > first]
        last = (following[0] - 1) if following else total
        return page - first + 1, last - first + 1

    def _page_number(self, page: int, pages: int) -> None:
        """« page x / y » centred below the text; nothing on a one-page letter or document."""
        if pages < 2:
            return
        width, _height = self._pagesize
        self.saveState()
        self.setFillColor(GREY)
        self.setFont(FONT, 8)
        self.drawCentredString(width / 2, PAGE_MARGIN - 10 * mm, f"page {page} / {pages}")
        self.restoreState()

    def _draw_contents(self, sheet: int) -> None:
        """Draw the entries of contents page number ``sheet`` (0 for the first)."""
        width, _height = self._pagesize
        left, right = PAGE_MARGIN, width - PAGE_MARGIN
        per_page = contents_per_page()
        entries = [*self._decor.toc, *getattr(self, "_pieces_toc", ())][sheet * per_page:(sheet + 1) * per_page]
        self.saveState()
        y = CONTENTS_TOP
        if sheet == 0:
            self.setFont(FONT_BOLD, 16)
            self.setFillColor(BLUE)
            self.drawString(left, A4[1] - PAGE_MARGIN - 8 * mm, CONTENTS_TITLE)
        for entry in entries:
            indent = 8 * mm * entry.level
            size = 10.5 if entry.level == 0 else 9.5
            font = FONT_BOLD if entry.level == 0 else FONT
            number = str(entry.page)
            self.setFillColor(BLUE if entry.level == 0 else GREY)
            self.setFont(font, size)
            room = right - left - indent - stringWidth(number, font, size) - 14 * mm
            title = _fit(entry.title, font, size, room)
            self.drawString(left + indent, y, title)
            self.drawRightString(right, y, number)
            start = left + indent + stringWidth(title, font, size) + 2 * mm
            end = right - stringWidth(number, font, size) - 2 * mm
            self.setFont(FONT, size)
            count = int((end - start) / stringWidth(" .", FONT, size))
            if count > 0:
                self.drawRightString(end, y, " ." * count)
            if entry.key:  # the appended pieces have no destination of the pack's own (their outline opens them)
                self.linkRect("", entry.key, (left + indent, y - 3, right, y + size), relative=0, thickness=0)
            y -= CONTENTS_LINE
        self.restoreState()
