"""The stored pieces inside the pack (issue 17): appended as their own pages, listed in « Pièces jointes »
with name, date and short SHA-256, « jointe » only when they are."""

from __future__ import annotations

import base64
import datetime as dt
import hashlib
import io
import json
import re
import struct
import zlib

from pypdf import PdfReader
from reportlab.pdfgen.canvas import Canvas

from esms_desktop.paths import resource_path
from esms_desktop.reports.pack import render_pack
from esms_desktop.reports.snapshot import build_pack_snapshot

TODAY = dt.date(2024, 5, 10)


def normal(text: str) -> str:
    return re.sub(r"[\s\u00a0\u202f]+", " ", text)


def _png(width: int = 40, height: int = 30) -> bytes:
    """A small grey PNG, written by hand (no imaging library)."""
    def chunk(kind: bytes, data: bytes) -> bytes:
        return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data) & 0xFFFFFFFF)
    raw = b"".join(b"\x00" + bytes([128]) * width for _ in range(height))
    return (b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", struct.pack(">IIBBBBB", width, height, 8, 0, 0, 0, 0))
            + chunk(b"IDAT", zlib.compress(raw)) + chunk(b"IEND", b""))


def _pdf(text: str, pages: int) -> bytes:
    out = io.BytesIO()
    canvas = Canvas(out)
    for i in range(pages):
        canvas.drawString(100, 700, f"{text} page {i + 1}")
        canvas.showPage()
    canvas.save()
    return out.getvalue()


def _doc(kind: str, name: str, content: bytes, og=None, label: str = "") -> dict:
    return {"kind": kind, "og": og, "label": label, "file_name": name, "sha256": hashlib.sha256(content).hexdigest(),
            "size": len(content), "added_at": "2024-05-20T10:00:00",
            "content": base64.b64encode(content).decode("ascii")}


def _render(data: dict, **kwargs) -> tuple[list[str], object, PdfReader]:
    out = io.BytesIO()
    info = render_pack(build_pack_snapshot(data, today=TODAY), out, **kwargs)
    reader = PdfReader(io.BytesIO(out.getvalue()))
    return [normal(p.extract_text()) for p in reader.pages], info, reader


def test_stored_pieces_are_appended_and_listed():
    data = json.loads(resource_path("examples", "exemple-grappe-bfc.json").read_text(encoding="utf-8"))
    docs = data["dossier"]["documents"]
    stored = len(docs)  # 9 PDF pieces of one page each in the example
    docs.append(_doc("other", "resultats-anap.pdf", _pdf("Résultats ANAP maturité", 2), label="Résultats ANAP"))
    docs.append(_doc("other", "scan-accord.png", _png(), label="Accord scanné"))
    docs.append(_doc("other", "notes.docx", b"PK\x03\x04 not printable", label="Notes de réunion"))
    without, info_without, _ = _render(data, append=False)
    pages, info, reader = _render(data)
    appended = stored + 2 + 1  # each example piece one page, the ANAP results two, the scan one
    assert len(pages) == info.pages == len(without) + appended
    tail = " ".join(pages[-appended:])
    assert "Résultats ANAP maturité page 1" in tail and "Résultats ANAP maturité page 2" in tail
    assert "Accord scanné — scan-accord.png" in pages[-1]
    # the annex lists each piece with its date and short SHA-256, « jointe » only when it is
    annex = " ".join(p for p in pages if "Annexe 4 — Pièces jointes" in p or "Dans ce document" in p)
    for doc in docs:
        assert doc["sha256"][:12] in annex, doc["file_name"]
    assert "20/05/2024" in annex
    assert annex.count("Jointe (") == stored + 2
    assert "Enregistrée, non jointe" in annex
    # and the outline opens each piece's first page
    titles = {}
    for item in reader.outline:
        if isinstance(item, list):
            for sub in item:
                if not isinstance(sub, list):
                    titles[sub.title] = reader.get_destination_page_number(sub)
    assert pages[titles["Résultats ANAP"]].startswith("Résultats ANAP maturité page 1")
