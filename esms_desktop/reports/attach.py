"""The stored pieces appended to the pack as their own pages: a PDF merged page by page, a JPEG or PNG
scan placed on an A4 page. Each piece gets an outline entry at its first page.

    readable = printable(snapshot.attachments)   # before the layout: what the annex calls « jointe »
    pdf = append_pieces(pack_pdf, readable)        # after it
"""

from __future__ import annotations

import io
from dataclasses import dataclass

from pypdf import PdfReader, PdfWriter
from pypdf.errors import PyPdfError
from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm
from reportlab.lib.utils import ImageReader
from reportlab.pdfgen.canvas import Canvas

from esms_desktop.reports.canvas import PIECES_TITLE
from esms_desktop.reports.model import AttachmentRow
from esms_desktop.reports.styles import FONT, GREY, register_fonts

OUTLINE_TITLE = PIECES_TITLE  # the outline's and the contents' title of the pieces


@dataclass(frozen=True)
class Piece:
    """A piece that can be appended: its row and its pages as a PDF."""

    row: AttachmentRow
    pdf: bytes
    pages: int


def _image_page(row: AttachmentRow) -> bytes:
    """The scan on an A4 page, as large as the margins allow, with its name at the bottom."""
    register_fonts()
    out = io.BytesIO()
    canvas = Canvas(out, pagesize=A4, pageCompression=1)
    image = ImageReader(io.BytesIO(row.content))
    width, height = image.getSize()
    room_w, room_h = A4[0] - 30 * mm, A4[1] - 40 * mm
    scale = min(room_w / width, room_h / height)
    w, h = width * scale, height * scale
    canvas.drawImage(image, (A4[0] - w) / 2, 25 * mm + (room_h - h), w, h)
    canvas.setFont(FONT, 8)
    canvas.setFillColor(GREY)
    canvas.drawCentredString(A4[0] / 2, 15 * mm, f"{row.label or row.kind_label} — {row.file_name}"[:120])
    canvas.showPage()
    canvas.save()
    return out.getvalue()


def _as_pdf(row: AttachmentRow) -> tuple[bytes, int] | None:
    try:
        if row.media == "pdf":
            pages = len(PdfReader(io.BytesIO(row.content)).pages)
            return (row.content, pages) if pages else None
        if row.media in ("jpeg", "png"):
            return _image_page(row), 1
    except (PyPdfError, OSError, ValueError, TypeError, KeyError):
        return None
    return None


def printable(rows: tuple[AttachmentRow, ...]) -> dict[str, Piece]:
    """The pieces that can be appended, by SHA-256 (a damaged file or another format is listed, not appended)."""
    found: dict[str, Piece] = {}
    for row in rows:
        pdf = _as_pdf(row)
        if pdf is not None:
            found[row.sha256 or str(id(row))] = Piece(row, *pdf)
    return found


def _numbers(sizes: list[tuple[float, float]], first: int, total: int) -> PdfReader:
    """One page per size, blank but for « page N / total » at its foot, below a document's own footer."""
    register_fonts()
    out = io.BytesIO()
    canvas = Canvas(out, pageCompression=1)
    for offset, (width, height) in enumerate(sizes):
        canvas.setPageSize((width, height))
        canvas.setFont(FONT, 7)
        canvas.setFillColor(GREY)
        # at the very foot of the page, under where documents print their own footers and page numbers
        canvas.drawRightString(width - 8 * mm, 3.5 * mm, f"Dossier de candidature — page {first + offset} / {total}")
        canvas.showPage()
    canvas.save()
    return PdfReader(io.BytesIO(out.getvalue()))


def append_pieces(pack: bytes, pieces: list[Piece]) -> bytes:
    """The pack followed by the pages of each piece, each in the outline under « Pièces jointes », their
    pages numbered on from the pack's (« 48 / 56 »: the pack's footer counts them too)."""
    if not pieces:
        return pack
    writer = PdfWriter(clone_from=io.BytesIO(pack))
    own = len(writer.pages)
    firsts = []
    for piece in pieces:
        firsts.append(len(writer.pages))
        writer.append(io.BytesIO(piece.pdf), import_outline=False)
    added = writer.pages[own:]
    numbers = _numbers([(float(p.mediabox.width), float(p.mediabox.height)) for p in added], own + 1, len(writer.pages))
    for page, stamp in zip(added, numbers.pages):
        page.merge_page(stamp)
    parent = writer.add_outline_item(title=OUTLINE_TITLE, page_number=firsts[0])
    for piece, first in zip(pieces, firsts):  # once the pages exist, so that each entry points at one
        writer.add_outline_item(title=piece.row.label or piece.row.kind_label, page_number=first, parent=parent)
    out = io.BytesIO()
    writer.write(out)
    return out.getvalue()
