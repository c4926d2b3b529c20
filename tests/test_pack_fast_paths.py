"""The pack's shortcuts past reportlab's slow paths (issue 17, speed) give what reportlab gives: the same
paragraph fragments, line breaks, widths, font-subset codes, PDF escapes and page code. A reportlab
upgrade that changes its internals fails here rather than changing the pack unseen."""

from __future__ import annotations

import io

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from reportlab.lib.rl_accel import escapePDF
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import Paragraph

from esms_desktop.reports.canvas import _PDF_ESCAPES, Decor, PackCanvas
from esms_desktop.reports.markup import FastParagraph, SharedParagraph
from esms_desktop.reports.styles import FONT, FONT_BOLD, register_fonts, styles

#: The characters of French dossiers: accents, ligatures, « », €, no-break spaces, punctuation.
TEXT = st.text(alphabet="abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789 éèêàâçôûœÉÀ«»€%:;!?'’-()/\\"
                        "\u00a0\u202f\n\t", max_size=80)


@pytest.fixture(autouse=True, scope="module")
def _fonts():
    register_fonts()


def _frags(paragraph: Paragraph) -> list[dict]:
    return [dict(f.__dict__) for f in paragraph.frags]


@settings(max_examples=150, deadline=None)
@given(TEXT)
def test_plain_words_make_the_fragments_reportlab_parses(text):
    st_ = styles()
    for style in (st_.body, st_.cell, st_.head, st_.note, st_.letter_bullet, st_.h1):
        slow, fast = Paragraph(text, style, bulletText="•"), FastParagraph(text, style, bulletText="•")
        assert fast.text == slow.text
        assert _frags(fast) == _frags(slow)
        assert fast.wrap(180, 1000) == slow.wrap(180, 1000)
        assert [line.words if hasattr(line, "words") else line for line in fast.blPara.lines] \
            == [line.words if hasattr(line, "words") else line for line in slow.blPara.lines]


def test_markup_still_goes_through_the_parser():
    st_ = styles()
    slow = Paragraph("<b>Gras</b> et &amp; suite", st_.body)
    fast = FastParagraph("<b>Gras</b> et &amp; suite", st_.body)
    assert _frags(fast) == _frags(slow)
    assert fast.getPlainText() == "Gras et & suite"


def test_shared_paragraphs_break_as_one_would_and_split_on_their_own():
    st_ = styles()
    text = "Notre organisme s'engage à déployer la solution commune dans chacun de ses établissements. " * 12
    SharedParagraph.forget()
    first, second = SharedParagraph(text, st_.letter), SharedParagraph(text, st_.letter)
    alone = Paragraph(text, st_.letter)
    assert first.wrap(300, 1000) == second.wrap(300, 1000) == alone.wrap(300, 1000)
    assert second.blPara is first.blPara  # broken once for both
    height = 5 * st_.letter.leading
    pieces, expected = second.split(300, height), alone.split(300, height)
    assert [p.getPlainText() for p in pieces] == [p.getPlainText() for p in expected]
    third = SharedParagraph(text, st_.letter)  # the split changed nothing the others share
    assert third.wrap(300, 1000) == alone.wrap(300, 1000)
    assert [p.getPlainText() for p in third.split(300, height)] == [p.getPlainText() for p in expected]
    SharedParagraph.forget()


@settings(max_examples=200, deadline=None)
@given(TEXT.filter(lambda t: "\n" not in t), st.sampled_from([7, 8, 9.5, 16]))
def test_measured_widths_are_reportlabs(text, size):
    for name in (FONT, FONT_BOLD):
        font = pdfmetrics.getFont(name)
        font._widths.clear()
        assert font.stringWidth(text, size) == TTFont.stringWidth(font, text, size)


@settings(max_examples=200, deadline=None)
@given(TEXT)
def test_font_subset_codes_are_reportlabs(text):
    font = pdfmetrics.getFont(FONT)

    class Doc:
        pass

    slow_doc, fast_doc = Doc(), Doc()
    warm = "abcdefghijklmnopqrstuvwxyz éèàçœ«»€"
    TTFont.splitString(font, warm, slow_doc)
    font.splitString(warm, fast_doc)
    assert font.splitString(text, fast_doc) == TTFont.splitString(font, text, slow_doc)
    assert font.splitString(text, fast_doc) == TTFont.splitString(font, text, slow_doc)  # again, remembered


def test_pdf_escapes_are_reportlabs():
    every_byte = bytes(range(256))
    assert every_byte.decode("latin-1").translate(_PDF_ESCAPES) == escapePDF(every_byte)


def _page_code(canvas_class, draw) -> list[str]:
    kwargs = {"decor": Decor("", "", "")} if canvas_class is PackCanvas else {}
    canvas = canvas_class(io.BytesIO(), **kwargs)
    canvas.setFont(FONT, 8, 10)
    draw(canvas)
    return list(canvas._code)


def test_lines_of_text_are_written_as_reportlab_writes_them():
    st_ = styles()

    def draw(canvas):
        canvas.drawString(10, 20, "FOYER DE VIE « Les Tilleuls » : 12\u00a0% (suite)")
        canvas.drawRightString(300, 40.5, "25\u202f600 €")
        canvas.drawCentredString(150, 60, "")
        canvas.setFont(FONT_BOLD, 7.5)
        canvas.drawString(0, 0, "Œuvre n° 2 \\ (x)")
        paragraph = Paragraph("Une <b>grappe</b> de 8 ESSMS : déploiement, formation et reprise des données " * 4,
                              st_.body)
        paragraph.wrap(300, 1000)
        paragraph.drawOn(canvas, 40, 400)

    assert _page_code(PackCanvas, draw) == _page_code(Canvas, draw)
