"""Bookmarks and contents links land on the page of their heading (issue 17), in the full pack and in the
letters-only and convention-only files."""

from __future__ import annotations

import io
import json
import re

import pytest
from pypdf import PdfReader

from pack_fixture import full_dossier, national_dossier

from esms_desktop.paths import resource_path
from esms_desktop.reports.pack import render_pack
from esms_desktop.reports.snapshot import build_pack_snapshot

import datetime as dt

TODAY = dt.date(2024, 5, 10)


def normal(text: str) -> str:
    return re.sub(r"[\s\u00a0\u202f]+", " ", text)


def _read(data: dict, parts: str) -> PdfReader:
    """The file without the stored pieces (their outline entries: tests/test_pack_pieces.py)."""
    out = io.BytesIO()
    render_pack(build_pack_snapshot(data, today=TODAY), out, parts=parts, append=False)
    return PdfReader(io.BytesIO(out.getvalue()))


def _outline(reader: PdfReader, items=None) -> list[tuple[str, int]]:
    """Every outline entry (nested too) as (title, 1-based page)."""
    found = []
    for item in reader.outline if items is None else items:
        if isinstance(item, list):
            found += _outline(reader, item)
        else:
            found.append((item.title, reader.get_destination_page_number(item) + 1))
    return found


def _heading_words(title: str) -> str:
    """What of an outline title the page prints: « Lettre d'engagement — OG » prints the OG's name."""
    title = normal(title)
    if title.startswith("Lettre d'engagement — "):
        return title.split(" — ", 1)[1]
    if title == "Couverture":
        return "Dossier de candidature"
    return title.split(" — ")[0]


def _example() -> dict:
    return json.loads(resource_path("examples", "exemple-grappe-bfc.json").read_text(encoding="utf-8"))


@pytest.mark.parametrize("parts", ["full", "letters", "convention"])
@pytest.mark.parametrize("which", ["example", "full"])
def test_each_outline_destination_is_the_page_of_its_heading(parts, which):
    reader = _read(_example() if which == "example" else full_dossier(), parts)
    pages = [normal(p.extract_text()) for p in reader.pages]
    entries = _outline(reader)
    assert entries
    if parts != "full":
        assert len(entries) >= 1
    landed = {page for _title, page in entries}
    assert len(landed) > 1 or len(entries) == 1 or parts == "convention"
    for title, page in entries:
        assert _heading_words(title) in pages[page - 1], (title, page)


def test_contents_links_point_at_the_section_pages():
    """Each link of the Sommaire opens the page whose text holds its section's title."""
    out = io.BytesIO()
    info = render_pack(build_pack_snapshot(_example(), today=TODAY), out)
    reader = PdfReader(io.BytesIO(out.getvalue()))
    pages = [normal(p.extract_text()) for p in reader.pages]
    targets = []
    for annot in reader.pages[1].get("/Annots") or ():
        annot = annot.get_object()
        dest = annot.get("/Dest")
        if dest is None:
            continue
        targets.append((-float(annot["/Rect"][1]), reader.get_page_number(dest[0].get_object()) + 1))
    landed = [page for _y, page in sorted(targets)]  # top to bottom, as the contents lists them
    assert landed == [page for _title, page in info.sections]
    for (title, _page), page in zip(info.sections, landed):
        assert normal(title).split(" — ")[0] in pages[page - 1], (title, page)


def test_large_pack_outline_lands_on_many_pages():
    reader = _read(national_dossier(200), "full")
    pages = [normal(p.extract_text()) for p in reader.pages]
    entries = _outline(reader)
    assert len({page for _t, page in entries}) > len(entries) // 2
    for title, page in entries:
        assert _heading_words(title) in pages[page - 1], (title, page)
