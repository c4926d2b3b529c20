"""The GALIS helper as a document: Markdown text or a simple PDF (reportlab). No Qt, no database.

Takes rows already rendered in the user's language: ``(section, label, value)`` strings in the order
they are typed into GALIS (see :mod:`esms_desktop.rules.galis`). Writing the file is the caller's job
(``storage.atomic``), so that it is written whole or not at all.
"""

from __future__ import annotations

import io
from collections.abc import Sequence
from itertools import groupby

Row = tuple[str, str, str]


def _cell(text: str) -> str:
    return text.replace("|", "\\|").replace("\n", " ")


def galis_markdown(title: str, subtitle: str, rows: Sequence[Row], empty: str = "—") -> str:
    """A Markdown document: the title, then one table (label, value) per section."""
    lines = [f"# {title}", "", subtitle, ""]
    for section, items in groupby(rows, key=lambda row: row[0]):
        lines += [f"## {section}", "", "| | |", "|---|---|"]
        for _section, label, value in items:
            cell = _cell(value or empty)
            lines.append(f"| {_cell(label)} | {cell} |")
        lines.append("")
    return "\n".join(lines)


def _fonts() -> tuple[str, str]:
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont

    from esms_desktop.paths import resource_path

    names = ("GalisDejaVu", "GalisDejaVu-Bold")
    if names[0] not in pdfmetrics.getRegisteredFontNames():
        pdfmetrics.registerFont(TTFont(names[0], str(resource_path("fonts", "DejaVuSans.ttf"))))
        pdfmetrics.registerFont(TTFont(names[1], str(resource_path("fonts", "DejaVuSans-Bold.ttf"))))
    return names


def galis_pdf(title: str, subtitle: str, rows: Sequence[Row], empty: str = "—") -> bytes:
    """A simple A4 PDF: the title, then per section a two-column table (label, value)."""
    from xml.sax.saxutils import escape

    from reportlab.lib import colors
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.lib.units import mm
    from reportlab.platypus import Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle

    regular, bold = _fonts()
    body = ParagraphStyle("galis-body", fontName=regular, fontSize=9, leading=11.5)
    head = ParagraphStyle("galis-head", parent=body, fontName=bold, fontSize=11, leading=14, spaceBefore=8,
                          spaceAfter=4, textColor=colors.HexColor("#1F4E79"))
    big = ParagraphStyle("galis-title", parent=head, fontSize=16, leading=20, spaceBefore=0)
    buffer = io.BytesIO()
    doc = SimpleDocTemplate(buffer, pagesize=A4, leftMargin=18 * mm, rightMargin=18 * mm, topMargin=16 * mm,
                            bottomMargin=16 * mm, title=title, author="esms-desktop", invariant=1)
    story = [Paragraph(escape(title), big), Paragraph(escape(subtitle), body), Spacer(1, 4 * mm)]
    width = A4[0] - 36 * mm
    for section, items in groupby(rows, key=lambda row: row[0]):
        story.append(Paragraph(escape(section), head))
        data = [[Paragraph(escape(label), body), Paragraph(escape(value or empty), body)]
                for _section, label, value in items]
        table = Table(data, colWidths=[width * 0.42, width * 0.58], repeatRows=0)
        table.setStyle(TableStyle([
            ("GRID", (0, 0), (-1, -1), 0.4, colors.HexColor("#A6A6A6")),
            ("BACKGROUND", (0, 0), (0, -1), colors.HexColor("#F4F7FB")),
            ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ]))
        story.append(table)
    doc.build(story)
    return buffer.getvalue()
