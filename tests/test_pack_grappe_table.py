"""The grappe table groups the ESSMS under their OG (issue 17): when an OG's ESSMS run over a page, the
next page starts with the OG's title again, « (suite) », so that every page holding its rows names it."""

from __future__ import annotations

import datetime as dt
import io
import re

from pypdf import PdfReader
from reportlab.platypus import SimpleDocTemplate

from pack_fixture import full_dossier

from esms_desktop.reports.sections.base import Story
from esms_desktop.reports.sections.grappe import grappe
from esms_desktop.reports.snapshot import build_pack_snapshot
from esms_desktop.reports.styles import PAGE_MARGIN, styles

TODAY = dt.date(2024, 5, 10)


def _grappe_pages(data: dict) -> list[str]:
    """The pages of the grappe section alone, laid out on the pack's A4 frame."""
    story = Story(styles())
    grappe(story, build_pack_snapshot(data, today=TODAY), "2. La grappe")
    out = io.BytesIO()
    SimpleDocTemplate(out, leftMargin=PAGE_MARGIN, rightMargin=PAGE_MARGIN, topMargin=PAGE_MARGIN,
                      bottomMargin=PAGE_MARGIN).build(story.flowables)
    return [re.sub(r"\s+", " ", page.extract_text()) for page in PdfReader(out).pages]


def test_every_page_holding_a_60_essms_og_names_it():
    # GIVEN an OG of 60 ESSMS (« Association Œuvre n° 1 »), then one of 5 (« … n° 2 »)
    pages = _grappe_pages(full_dossier((60, 5)))
    # its ESSMS are « ESSMS 1.1 … » to « ESSMS 1.60 »: 60 rows of two lines cannot hold on one page
    holding = [i for i, text in enumerate(pages) if re.search(r"ESSMS 1\.\d+ « Les Tilleuls »", text)]
    assert len(holding) >= 2
    first_row = next(i for i in holding if "ESSMS 1.1 « Les Tilleuls »" in pages[i])
    for i in holding:
        # THEN every page holding its rows names the OG: its title row, or the same « (suite) » after a break
        assert "Association Œuvre n° 1 — FINESS juridique" in pages[i], i
        if i != first_row:
            assert "Association Œuvre n° 1 — FINESS juridique" in pages[i] and "(suite)" in pages[i], i
    # and the second OG's rows follow on a page naming it, never « (suite) » of the first
    last = max(i for i, text in enumerate(pages) if "ESSMS 2.5 « Les Tilleuls »" in text)
    assert "Association Œuvre n° 2 — FINESS juridique" in pages[last]
    assert all(text.count("(suite)") <= 1 for text in pages)
