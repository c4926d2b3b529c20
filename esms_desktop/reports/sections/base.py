"""What every section of the pack builds with: titles that feed the outline and the contents, tables
that split across pages with their header repeated, key/value tables, « non renseigné » notes.

The texts of the pack are French document content written directly here and in the section modules
(see :mod:`esms_desktop.reports.labels`).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass, field
from reportlab.lib.units import mm
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus import CondPageBreak, Flowable, KeepTogether, LongTable, PageBreak, Paragraph, Spacer, TableStyle

from esms_desktop import formatting as fmt
from esms_desktop.reports import labels as L
from esms_desktop.reports.markup import plain
from esms_desktop.reports.styles import BLUE, FONT, FONT_BOLD, LIGHT_BLUE, PAGE_MARGIN, PALE, RULE, Styles

FRAME_WIDTH = 210 * mm - 2 * PAGE_MARGIN
STATE_COLOURS = {
    "ok": "#2E7D32", "met": "#2E7D32", "passed": "#2E7D32",
    "partial": "#B26A00", "todo": "#B26A00", "warning": "#B26A00", "to_complete": "#B26A00",
    "missing": "#B3261E", "not_met": "#B3261E", "failed": "#B3261E", "blocking": "#B3261E",
}
Cell = "str | Flowable | None"


class Heading(Paragraph):
    """A section or sub-section title: bookmarked, in the PDF outline, and (``toc``) in the contents."""

    def __init__(self, text: str, style, *, key: str, level: int = 0, toc: bool = True, outline: str = ""):
        super().__init__(plain(text), style)
        self.key, self.level, self.toc, self.outline = key, level, toc, outline or text


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


@dataclass
class Story:
    """The flowables of the pack as sections add them, and the shapes of the tables (benchmark)."""

    st: Styles
    flowables: list[Flowable] = field(default_factory=list)
    tables: list[tuple[int, int]] = field(default_factory=list)
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
        if new_page and self.flowables:
            self.add(PageBreak())
        self.add(Heading(title, self.st.h1, key=self.key(key)))

    def sub(self, title: str, *, outline: bool = False, keep: float = 40 * mm) -> None:
        self.add(CondPageBreak(keep))
        if outline:
            self.add(Heading(title, self.st.h2, key=self.key("sub"), level=1, toc=False))
        else:
            self.add(Paragraph(plain(title), self.st.h2))

    def para(self, text: str, style=None) -> None:
        """A paragraph of plain text (escaped)."""
        self.add(Paragraph(plain(text), style or self.st.body))

    def rich(self, markup: str, style=None) -> None:
        """A paragraph of reportlab markup the section wrote itself (never user text)."""
        self.add(Paragraph(markup, style or self.st.body))

    def note(self, text: str) -> None:
        self.add(Paragraph(plain(text), self.st.note))

    def missing(self, step: str) -> None:
        """« Non renseigné — à compléter à l'étape « … ». »"""
        self.add(Paragraph(plain(L.to_complete(step)), self.st.note))

    def space(self, height: float = 4 * mm) -> None:
        self.add(Spacer(1, height))

    # ------------------------------------------------------------------ tables

    def cell(self, value: Cell, right: bool = False, width: float | None = None) -> Cell:
        """A table cell: a plain string when it fits on one line of ``width`` points, else a wrapping Paragraph."""
        if value is None:
            return ""
        if not isinstance(value, str):
            return value
        if "\n" not in value and (len(value) <= 12 or (
                width is not None and len(value) < width / 3 and stringWidth(value, FONT, 8) <= width)):
            return value
        return Paragraph(plain(value).replace("\n", "<br/>"), self.st.cell_right if right else self.st.cell)

    def table(self, headers: Sequence[str], rows: Sequence[Sequence[Cell]], widths: Sequence[float], *,
              right: Sequence[int] = (), center: Sequence[int] = (), total: bool = False,
              keep: bool = False) -> None:
        """A table across the frame (``widths`` are fractions), header repeated on each page.

        ``right``: columns aligned right (amounts); ``center``: centred columns (marks);
        ``total``: the last row is a bold total.
        """
        head = [Paragraph(plain(h), self.st.head_right if i in right else
                          self.st.head_center if i in center else self.st.head) for i, h in enumerate(headers)]
        room = [w * FRAME_WIDTH - 8 for w in widths]  # the column less its paddings
        body = [[self.cell(v, i in right, room[i]) for i, v in enumerate(row)] for row in rows]
        table = LongTable([head, *body], colWidths=[w * FRAME_WIDTH for w in widths], repeatRows=1)
        commands = [
            ("FONTNAME", (0, 0), (-1, -1), FONT),
            ("FONTSIZE", (0, 0), (-1, -1), 8),
            ("LEADING", (0, 0), (-1, -1), 10),
            ("BACKGROUND", (0, 0), (-1, 0), BLUE),
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
            commands.append(("ALIGN", (column, 1), (column, -1), "RIGHT"))
        for column in center:
            commands.append(("ALIGN", (column, 1), (column, -1), "CENTER"))
        if total and body:
            commands += [("FONTNAME", (0, -1), (-1, -1), FONT_BOLD), ("BACKGROUND", (0, -1), (-1, -1), LIGHT_BLUE)]
        table.setStyle(TableStyle(commands))
        self.tables.append((len(body) + 1, len(headers)))
        self.add(KeepTogether([table]) if keep else table)
        self.space(3 * mm)

    def state(self, code: str, label: str) -> Paragraph:
        """A check-list state, coloured: green when met, orange to complete, red when not met."""
        color = STATE_COLOURS.get(code, "#6B6B6B")
        return Paragraph(f'<font color="{color}"><b>{plain(label)}</b></font>', self.st.cell)

    def facts(self, pairs: Sequence[tuple[str, Cell]], widths: tuple[float, float] = (0.34, 0.66)) -> None:
        """A two-column table of labels and values, without header, kept on one page."""
        rows = [[self.cell(k, width=widths[0] * FRAME_WIDTH - 8),
                 self.cell(v if v not in (None, "") else L.NOT_SET, width=widths[1] * FRAME_WIDTH - 8)]
                for k, v in pairs]
        table = LongTable(rows, colWidths=[w * FRAME_WIDTH for w in widths])
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
