"""« page N / M » counts the appended pieces (issue 17): M is the whole file's page count, the pieces' pages
are numbered on from the pack's, and the Sommaire gives each piece its first page."""

from __future__ import annotations

import datetime as dt
import io
import json
import re

from pypdf import PdfReader

from esms_desktop.paths import resource_path
from esms_desktop.reports.pack import render_pack
from esms_desktop.reports.snapshot import build_pack_snapshot

TODAY = dt.date(2024, 5, 10)


def _pages(data: dict, **kwargs) -> list[str]:
    out = io.BytesIO()
    render_pack(build_pack_snapshot(data, today=TODAY), out, **kwargs)
    return [re.sub(r"[\s\u00a0\u202f]+", " ", p.extract_text()) for p in PdfReader(io.BytesIO(out.getvalue())).pages]


def test_the_footer_and_the_contents_count_the_appended_pieces():
    # GIVEN the example, whose 9 stored pieces are one-page PDFs (4 signed letters, the RIB, 4 quotes)
    data = json.loads(resource_path("examples", "exemple-grappe-bfc.json").read_text(encoding="utf-8"))
    own = len(_pages(data, append=False))
    pages = _pages(data)
    total = len(pages)
    assert total == own + 9
    # THEN the pack's own pages say « N / total » (the whole file), its last own page included
    assert f"{own} / {total}" in pages[own - 1] and f"2 / {total}" in pages[1]
    assert not any(re.search(rf"\b\d+ / {own}\b", page) for page in pages)  # never the pack's own count
    # and each appended page goes on: « 32 / 40 » … « 40 / 40 »
    for number in range(own + 1, total + 1):
        assert f"{number} / {total}" in pages[number - 1], number
    # and the Sommaire lists the pieces after the sections, each at its first page
    contents = re.sub(r"(?: ?\.){3,}", " ", pages[1])
    assert f"Pièces jointes (documents) {own + 1}" in contents
    assert f"RIB du porteur {own + 5}" in contents  # after the 4 signed letters
    assert re.search(rf"EHPAD Les Jardins d'Athéna {total}\b", contents)


def test_without_pieces_the_count_is_the_pack_s_own():
    data = json.loads(resource_path("examples", "exemple-grappe-bfc.json").read_text(encoding="utf-8"))
    data["dossier"]["documents"] = []
    pages = _pages(data)
    assert f"{len(pages)} / {len(pages)}" in pages[-1]
    assert "Pièces jointes (documents)" not in pages[1]
