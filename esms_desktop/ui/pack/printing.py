"""Printing a PDF made in memory: each page rendered by QtPdf, painted onto the printer."""

from __future__ import annotations

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QRectF, QSize
from PySide6.QtGui import QPainter
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPrintSupport import QPrinter

RENDER_DPI = 200  # enough for text on paper, bounded memory (an A4 page is about 1650 × 2340 pixels)


def load_pdf(data: bytes, parent=None) -> tuple[QPdfDocument, QBuffer]:
    """A QPdfDocument over ``data``; keep the returned buffer alive as long as the document."""
    buffer = QBuffer(parent)
    buffer.setData(QByteArray(data))
    buffer.open(QIODevice.OpenModeFlag.ReadOnly)
    document = QPdfDocument(parent)
    document.load(buffer)
    return document, buffer


def page_range(printer: QPrinter, count: int) -> range:
    """The pages (0-based) the user chose in the print dialog: all, or a range."""
    if printer.printRange() == QPrinter.PrintRange.PageRange and printer.fromPage() > 0:
        first = max(printer.fromPage(), 1)
        last = min(printer.toPage() or count, count)
        return range(first - 1, last)
    return range(count)


def print_pdf(data: bytes, printer: QPrinter, dpi: int = RENDER_DPI) -> int:
    """Print ``data`` (a PDF) on ``printer``, each page fitted to the printable area; returns pages printed."""
    document, buffer = load_pdf(data)
    try:
        pages = page_range(printer, document.pageCount())
        painter = QPainter()
        if not pages or not painter.begin(printer):
            return 0
        try:
            for n, index in enumerate(pages):
                if n:
                    printer.newPage()
                size = document.pagePointSize(index)
                image = document.render(index, QSize(round(size.width() * dpi / 72), round(size.height() * dpi / 72)))
                area = QRectF(painter.viewport())
                scale = min(area.width() / image.width(), area.height() / image.height())
                width, height = image.width() * scale, image.height() * scale
                target = QRectF(area.x() + (area.width() - width) / 2, area.y() + (area.height() - height) / 2,
                                width, height)
                painter.drawImage(target, image)
        finally:
            painter.end()
        return len(pages)
    finally:
        document.close()
        buffer.close()
