"""What every section of the pack builds with: titles that feed the outline and the contents, tables
that split across pages with their header repeated, key/value tables, « non renseigné » notes.

The texts of the pack are French document content written directly here and in the section modules
(see :mod:`esms_desktop.reports.labels`).
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Sequence
from dataclasses import dataclass, field
from functools import lru_cache
from xml.sax.saxutils import unescape

from reportlab.lib import colors
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.lib.utils import simpleSplit
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus import CondPageBreak, Flowable, KeepTogether, LongTable, Paragraph, Spacer, TableStyle
from reportlab.platypus.tables import LINECOMMANDS

from esms_desktop import formatting as fmt
from esms_desktop.reports import labels as L
from esms_desktop.reports.markup import FastParagraph, plain, typo
from esms_desktop.reports.summary import LONG_CELL, summarise
from esms_desktop.reports.styles import BLUE, FONT, FONT_BOLD, LIGHT_BLUE, PAGE_MARGIN, PALE, RULE, Styles

FRAME_WIDTH = 210 * mm - 2 * PAGE_MARGIN
FRAME_HEIGHT = 297 * mm - 2 * PAGE_MARGIN
#: A section starts on a new page only when less than this is left on the current one (no near-empty pages).
SECTION_ROOM = 0.4 * FRAME_HEIGHT
#: A table split across pages keeps at least this many rows on each side (no page holding one leftover row).
MIN_SPLIT_ROWS = 3
_EMAIL = re.compile(r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+")
_EMAIL_BREAK = re.compile(r"(?<=[@.])")
STATE_COLOURS = {
    "ok": "#2E7D32", "met": "#2E7D32", "passed": "#2E7D32",
    "partial": "#B26A00", "todo": "#B26A00", "warning": "#B26A00", "to_complete": "#B26A00",
    "missing": "#B3261E", "not_met": "#B3261E", "failed": "#B3261E", "blocking": "#B3261E",
}
Cell = "str | Flowable | None"
#: Table commands kept apart from the cells' styles (reportlab's grounds and spans; its LINECOMMANDS too).
_NOT_CELL_COMMANDS = ("BACKGROUND", "ROWBACKGROUNDS", "COLBACKGROUNDS", "SPAN", "NOSPLIT")


class CellParagraph(FastParagraph):
    """A table cell's paragraph that breaks its lines once per width: reportlab wraps every remaining
    cell again each time a long table is split across a page, which made long tables quadratic."""

    _wrapped_for: float | None = None

    def wrap(self, availWidth, availHeight):  # noqa: N803 - reportlab API
        if self._wrapped_for == availWidth:
            return self.width, self.height
        result = super().wrap(availWidth, availHeight)
        self._wrapped_for = availWidth
        return result

    def split(self, availWidth, availHeight):  # noqa: N803 - reportlab API
        self._wrapped_for = None  # the parts wrap afresh
        return super().split(availWidth, availHeight)


class Heading(FastParagraph):
    """A section or sub-section title: bookmarked, in the PDF outline, and (``toc``) in the contents."""

    def __init__(self, text: str, style, *, key: str, level: int = 0, toc: bool = True, outline: str = ""):
        super().__init__(plain(text), style)
        self.key, self.level, self.toc, self.outline = key, level, toc, outline or text


class MarkupHeading(Heading):
    """A title already in reportlab markup (a template's ``###``), in the outline under its plain text."""

    def __init__(self, markup: str, style, *, key: str, level: int = 0, toc: bool = False):
        FastParagraph.__init__(self, markup, style)
        text = unescape(re.sub(r"<[^>]+>", "", markup)).replace("\u00a0", " ")
        self.key, self.level, self.toc, self.outline = key, level, toc, text


class Anchor(Flowable):
    """An invisible outline entry (a letter, the contents page) at the point where it stands."""

    def __init__(self, title: str, *, key: str, level: int = 0, toc: bool = False):
        super().__init__()
        self.key, self.level, self.toc, self.outline = key, level, toc, title
        self.width = self.height = 0

    def wrap(self, available_width, available_height):
        return 0, 0

    def draw(self) -> None:
        pass


class SplitTable(LongTable):
    """A table that, split across pages, keeps at least :data:`MIN_SPLIT_ROWS` rows on each side; a row
    taller than a page is split inside itself rather than failing the layout."""

    #: A column naming a group on its first row only (an expense category): named again, « (suite) », at the
    #: top of the next page when the table breaks inside the group.
    group_column: int | None = None
    group_style: ParagraphStyle | None = None
    #: Rows (of ``_cellvalues``, the header included) that title a group spanning the row (an OG above its
    #: ESSMS); ``rebuild(body, bands)`` makes the same table of other body rows (the bands 0-based in ``body``).
    #: A page that starts inside a group starts with its title again, « (suite) ».
    band_rows: tuple[int, ...] = ()
    rebuild = None

    def __init__(self, *args, **kwargs):
        kwargs.setdefault("splitInRow", 1)
        super().__init__(*args, **kwargs)

    def split(self, availWidth, availHeight):  # noqa: N803 - reportlab API
        parts = self._split_rows(availWidth, availHeight)
        if len(parts) == 2 and self.band_rows and self.rebuild is not None:
            parts = [parts[0], self._continued(parts)]
        column = self.group_column
        if len(parts) == 2 and column is not None:
            head = self.repeatRows if isinstance(self.repeatRows, int) else len(self.repeatRows)
            rest = parts[1]._cellvalues
            if len(rest) > head and _blank(rest[head][column]):
                label = next((_text_of(row[column]) for row in reversed(parts[0]._cellvalues[head:])
                              if not _blank(row[column])), "")
                if label:
                    text = plain(f"{label} (suite)")
                    rest[head][column] = FastParagraph(text, self.group_style) if self.group_style else text
            parts[1].group_column, parts[1].group_style = column, self.group_style
        return parts

    def _continued(self, parts):
        """The second part of a split, made again with its group's title on top when it starts inside a group."""
        head = self.repeatRows if isinstance(self.repeatRows, int) else len(self.repeatRows)
        first, rest = parts[0]._cellvalues, parts[1]._cellvalues
        overlap = (len(first) + len(rest) - 2 * head) - (len(self._cellvalues) - head)  # a row split inside itself
        start = len(first) - overlap  # the row of this table the second part starts with
        body = [list(row) for row in rest[head:]]
        bands = [b - start for b in self.band_rows if b >= start]
        above = [b for b in self.band_rows if b < start]
        if start in self.band_rows or not above:  # the part starts with a group's title: reportlab's part kept
            rest_table = parts[1]
            rest_table.band_rows, rest_table.rebuild = tuple(b + head for b in bands), self.rebuild
            return rest_table
        label = _text_of(self._cellvalues[above[-1]][0]).removesuffix(" (suite)")
        body.insert(0, [plain(f"{label} (suite)"), *([""] * (len(body[0]) - 1 if body else 0))])
        # The cells keep the styles this table's commands gave them (the title row those of its group's title):
        # only the lines, grounds and spans are set again, not every command on every cell of the rest.
        styles = [*self._cellStyles[:head], self._cellStyles[above[-1]], *self._cellStyles[start:]]
        return self.rebuild(body, [0, *(b + 1 for b in bands)], styles)

    def _split_rows(self, availWidth, availHeight):  # noqa: N803 - reportlab API
        parts = super().split(availWidth, availHeight)
        if len(parts) != 2 or availHeight >= 0.95 * FRAME_HEIGHT:
            return parts
        head = self.repeatRows if isinstance(self.repeatRows, int) else len(self.repeatRows)
        first = len(parts[0]._cellvalues) - head
        second = len(parts[1]._cellvalues) - head
        if first < MIN_SPLIT_ROWS:
            return []  # the whole table goes to the next page
        if second >= MIN_SPLIT_ROWS:
            return parts
        keep = first - (MIN_SPLIT_ROWS - second)
        if keep < MIN_SPLIT_ROWS:
            return []
        return super().split(availWidth, sum(self._rowHeights[:head + keep]) + 0.01)


def _one_line(title: str, room: float) -> bool:
    """A column title that holds on one line of its column, in the head's bold 8 points."""
    return "\n" not in title and stringWidth(typo(title), FONT_BOLD, 8) <= room


def _text_of(value) -> str:
    """A cell's text: a string, a Paragraph, or the list of flowables a row split inside itself holds."""
    if isinstance(value, (list, tuple)):
        return " ".join(_text_of(v) for v in value).strip()
    if isinstance(value, Paragraph):
        return value.getPlainText()
    return "" if value is None or isinstance(value, Flowable) else str(value)


def _blank(value) -> bool:
    return not _text_of(value).strip()


@dataclass
class Story:
    """The flowables of the pack as sections add them, and the shapes of the tables (benchmark)."""

    st: Styles
    flowables: list[Flowable] = field(default_factory=list)
    tables: list[tuple[int, int]] = field(default_factory=list)
    cells: list[Paragraph] = field(default_factory=list)  # wrapping table cells (words cut: see PackInfo)
    pieces: dict = field(default_factory=dict)  # the stored pieces that will be appended (attach.printable)
    _keys: set[str] = field(default_factory=set)

    def add(self, *items: Flowable) -> None:
        self.flowables.extend(items)

    def key(self, base: str) -> str:
        """A bookmark key not used yet."""
        key, n = base, 1
        while key in self._keys:
            n += 1
            key = f"{base}-{n}"
        self._keys.add(key)
        return key

    # ------------------------------------------------------------------ titles and text

    def section(self, title: str, key: str, *, new_page: bool = True) -> None:
        """A numbered section: on a new page, unless more than :data:`SECTION_ROOM` is left on this one."""
        if new_page and self.flowables:
            self.add(CondPageBreak(SECTION_ROOM))
        self.add(Heading(title, _section_style(self.st.h1), key=self.key(key)))

    def sub(self, title: str, *, outline: bool = False, keep: float = 40 * mm) -> None:
        self.add(CondPageBreak(keep))
        if outline:
            self.add(Heading(title, self.st.h2, key=self.key("sub"), level=1, toc=False))
        else:
            self.add(FastParagraph(plain(title), self.st.h2))

    def para(self, text: str, style=None) -> None:
        """A paragraph of plain text (escaped)."""
        self.add(FastParagraph(plain(text), style or self.st.body))

    def rich(self, markup: str, style=None) -> None:
        """A paragraph of reportlab markup the section wrote itself (never user text)."""
        self.add(FastParagraph(markup, style or self.st.body))

    def note(self, text: str) -> None:
        self.add(FastParagraph(plain(text), self.st.note))

    def missing(self, step: str) -> None:
        """« Non renseigné — à compléter à l'étape « … ». »"""
        self.add(FastParagraph(plain(L.to_complete(step)), self.st.note))

    def space(self, height: float = 4 * mm) -> None:
        self.add(Spacer(1, height))

    # ------------------------------------------------------------------ tables

    def cell(self, value: Cell, right: bool = False, width: float | None = None) -> Cell:
        """A table cell: a plain string when it fits on one line of ``width`` points, else a Paragraph that
        breaks lines at spaces and hyphens (an e-mail address after its « @ » or a dot), never inside a word."""
        if value is None:
            return ""
        if not isinstance(value, str):
            return value
        if len(value) > LONG_CELL:
            value = summarise(value)
        if "\n" not in value and (len(value) <= 12 or (
                width is not None and len(value) < width / 3 and stringWidth(value, FONT, 8) <= width)):
            return value
        if width is not None:  # plain text broken at spaces by the table itself when every word fits
            lines = [line for raw in typo(value).split("\n") for line in (simpleSplit(raw, FONT, 8, width - 4) or [""])]
            if all(stringWidth(line, FONT_BOLD, 8) <= width for line in lines):
                return "\n".join(lines)
        markup = plain(value)
        if width is not None:
            markup = _EMAIL.sub(lambda m: _break_email(m.group(0), width), markup)
        style = self.st.cell_right if right else self.st.cell
        if width is not None and _widest_word(markup) > width:
            style = self.st.cell_split  # a word wider than its column: cut rather than overflow
        paragraph = CellParagraph(markup.replace("\n", "<br/>"), style)
        self.cells.append(paragraph)
        return paragraph

    def table(self, headers: Sequence[str], rows: Sequence[Sequence[Cell]], widths: Sequence[float], *,
              right: Sequence[int] = (), center: Sequence[int] = (), total: bool = False,
              keep: bool = False, bands: Sequence[int] = (), group: int | None = None) -> None:
        """A table across the frame (``widths`` are fractions), header repeated on each page.

        ``right``: columns aligned right (amounts); ``center``: centred columns (marks);
        ``total``: the last row is a bold total; ``bands``: body rows (0 first) whose first cell spans the
        row, set as a group's title (the OG above its ESSMS).
        """
        room = [w * FRAME_WIDTH - 8 for w in widths]  # the column less its paddings
        head = [typo(h) if _one_line(h, room[i]) else  # a short title drawn as text (the table's style sets it)
                FastParagraph(plain(h), self.st.head_right if i in right else
                          self.st.head_center if i in center else self.st.head) for i, h in enumerate(headers)]
        banded = set(bands)  # a group's title spans the row: measured on the table's width (bold, as text)
        body = [[self.cell(v, i in right, FRAME_WIDTH - 8 if (n in banded and i == 0) else room[i])
                 for i, v in enumerate(row)] for n, row in enumerate(rows)]
        table = self._table(head, body, widths, right, center, total, tuple(bands), group)
        self.tables.append((len(body) + 1, len(headers)))
        self.add(KeepTogether([table]) if keep else table)
        self.space(3 * mm)

    def _table(self, head: list, body: list, widths: Sequence[float], right: Sequence[int], center: Sequence[int],
               total: bool, bands: tuple[int, ...], group: int | None, cell_styles: list | None = None) -> SplitTable:
        """The table; ``cell_styles`` (a table made again at a page break): its cells' styles, already made."""
        table = SplitTable([head, *body], colWidths=[w * FRAME_WIDTH for w in widths], repeatRows=1,
                           cellStyles=cell_styles)
        table.group_column, table.group_style = group, self.st.cell
        if bands:
            table.band_rows = tuple(b + 1 for b in bands)
            table.rebuild = lambda rows, again, styles=None: self._table(head, rows, widths, right, center, total,
                                                                         tuple(again), group, styles)
        commands = [
            ("FONTNAME", (0, 0), (-1, -1), FONT),
            ("FONTSIZE", (0, 0), (-1, -1), 8),
            ("LEADING", (0, 0), (-1, -1), 10),
            ("BACKGROUND", (0, 0), (-1, 0), BLUE),
            ("FONTNAME", (0, 0), (-1, 0), FONT_BOLD),  # the titles drawn as text: as the head style sets them
            ("TEXTCOLOR", (0, 0), (-1, 0), colors.white),
            ("VALIGN", (0, 0), (-1, -1), "TOP"),
            ("LINEBELOW", (0, 0), (-1, -1), 0.25, RULE),
            ("BOX", (0, 0), (-1, -1), 0.5, RULE),
            ("TOPPADDING", (0, 0), (-1, -1), 2.5),
            ("BOTTOMPADDING", (0, 0), (-1, -1), 2.5),
            ("LEFTPADDING", (0, 0), (-1, -1), 4),
            ("RIGHTPADDING", (0, 0), (-1, -1), 4),
            ("ROWBACKGROUNDS", (0, 1), (-1, -1), [None, PALE]),
        ]
        for column in right:
            commands.append(("ALIGN", (column, 0), (column, -1), "RIGHT"))
        for column in center:
            commands.append(("ALIGN", (column, 0), (column, -1), "CENTER"))
        if total and body:
            commands += [("FONTNAME", (0, -1), (-1, -1), FONT_BOLD), ("BACKGROUND", (0, -1), (-1, -1), LIGHT_BLUE)]
        for row in bands:
            commands += [("BACKGROUND", (0, row + 1), (-1, row + 1), LIGHT_BLUE),
                         ("FONTNAME", (0, row + 1), (-1, row + 1), FONT_BOLD)]
            if not isinstance(body[row][0], str):  # a title as text runs over the empty cells of its row: no span,
                commands.append(("SPAN", (0, row + 1), (-1, row + 1)))  # which reportlab recomputes at each split
        if cell_styles is not None:
            commands = [c for c in commands if c[0] in _NOT_CELL_COMMANDS or c[0] in LINECOMMANDS]
        table.setStyle(TableStyle(commands))
        return table

    def state(self, code: str, label: str) -> Paragraph:
        """A check-list state, coloured: green when met, orange to complete, red when not met."""
        color = STATE_COLOURS.get(code, "#6B6B6B")
        return FastParagraph(f'<font color="{color}"><b>{plain(label)}</b></font>', self.st.cell)

    def facts(self, pairs: Sequence[tuple[str, Cell]], widths: tuple[float, float] = (0.34, 0.66)) -> None:
        """A two-column table of labels and values, without header, kept on one page."""
        rows = [[self.cell(k, width=widths[0] * FRAME_WIDTH - 8),
                 self.cell(v if v not in (None, "") else L.NOT_SET, width=widths[1] * FRAME_WIDTH - 8)]
                for k, v in pairs]
        table = SplitTable(rows, colWidths=[w * FRAME_WIDTH for w in widths])
        table.setStyle(TableStyle([
            ("FONTNAME", (0, 0), (-1, -1), FONT),
            ("FONTSIZE", (0, 0), (-1, -1), 8),
            ("BACKGROUND", (0, 0), (0, -1), PALE),
            ("VALIGN", (0, 0), (-1, -1), "TOP"),
            ("LINEBELOW", (0, 0), (-1, -1), 0.25, RULE),
            ("BOX", (0, 0), (-1, -1), 0.5, RULE),
            ("LEFTPADDING", (0, 0), (-1, -1), 4),
            ("RIGHTPADDING", (0, 0), (-1, -1), 4),
        ]))
        self.tables.append((len(rows), 2))
        self.add(KeepTogether([table]))
        self.space(3 * mm)


@lru_cache(maxsize=4)
def _section_style(h1: ParagraphStyle) -> ParagraphStyle:
    """A section title: air above it when it follows another section on the same page (none at a page's top)."""
    return ParagraphStyle("section", parent=h1, spaceBefore=16)


def _break_email(address: str, width: float) -> str:
    """An e-mail address wider than ``width`` with line breaks after its « @ » or a dot only: after the
    « @ » when the rest then fits on a line, else as late as the width allows."""
    if stringWidth(address, FONT, 8) <= width:
        return address
    user, _, domain = address.partition("@")
    if stringWidth(user + "@", FONT, 8) <= width and stringWidth(domain, FONT, 8) <= width:
        return f"{user}@<br/>{domain}"
    lines, line = [], ""
    for piece in _EMAIL_BREAK.split(address):
        if line and stringWidth(line + piece, FONT, 8) > width:
            lines.append(line)
            line = ""
        line += piece
    return "<br/>".join([*lines, line])


def _widest_word(markup: str) -> float:
    """Width of the widest unbreakable piece of a cell's markup (a hyphen or a line break ends a piece)."""
    text = re.sub(r"<br/>", " ", markup)
    text = re.sub(r"<[^>]+>", "", text).replace("-", "- ")
    return max((stringWidth(w, FONT, 8) for w in re.split(r"[ \t\n]+", text)), default=0.0)


# ---------------------------------------------------------------------- value formatting


def euros(value: int | None) -> str:
    return "" if value is None else fmt.euros(value)


def date(value: dt.date | None) -> str:
    return fmt.date(value) if value else ""


def number(value: float | int | None, decimals: int = 0) -> str:
    return "" if value is None else fmt.number(value, decimals)


def score(value: float | None) -> str:
    return "—" if value is None else fmt.number(value, 0)


def check(value: bool | None) -> str:
    return {True: "✓", False: "—", None: "?"}[value]
