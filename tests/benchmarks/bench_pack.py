"""Benchmark of the PDF pack (a script, not collected by pytest).

    .venv/bin/python tests/benchmarks/bench_pack.py [--runs 5] [--essms 200]

For the example dossier and a generated national dossier of ``--essms`` ESSMS (full file shape, see
``tests/pack_fixture.py``), times the whole pack (snapshot + layout + PDF) against a plain reportlab
document built in the same run with the same number of pages and the same tables: tables of the same
rows and columns (short text cells), then ordinary body paragraphs until it has as many pages as the
pack (the pack's other pages are text: note, letters, convention), standard font, one page template.
Each run times the pack then the plain document (interleaved, garbage collected before each); prints
the median times and the median of the runs' ratios pack / plain (target: at most 2.5x). The stored pieces appended at
the end of the full pack (a pypdf merge of files the user gave) are left out of the timing: ``append=False``.
"""

from __future__ import annotations

import argparse
import gc
import io
import json
import statistics
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "tests"))

from reportlab.lib.pagesizes import A4  # noqa: E402
from reportlab.lib.styles import ParagraphStyle  # noqa: E402
from reportlab.pdfbase import pdfmetrics  # noqa: E402
from reportlab.platypus import PageBreak, Paragraph, SimpleDocTemplate, Table  # noqa: E402

from esms_desktop.reports.pack import render_pack  # noqa: E402
from esms_desktop.reports.snapshot import build_pack_snapshot  # noqa: E402
from esms_desktop.reports.styles import FONT, FONT_BOLD, FONT_BOLD_ITALIC, FONT_ITALIC  # noqa: E402
from pack_fixture import national_dossier  # noqa: E402

RATIO_TARGET = 2.5
EXAMPLE = ROOT / "resources" / "examples" / "exemple-grappe-bfc.json"


def make_pack(data: dict) -> tuple[bytes, object]:
    out = io.BytesIO()
    info = render_pack(build_pack_snapshot(data), out, append=False)
    return out.getvalue(), info


TEXT = ("Les organismes gestionnaires de la grappe s'engagent à déployer la solution commune dans chacun de "
        "leurs établissements et services, à désigner un référent et à suivre les cibles d'usage du programme. ") * 3


def plain_story(tables: list[tuple[int, int]], padding: int) -> list:
    """The tables, then ``padding`` paragraphs of body text (about six lines each)."""
    style = ParagraphStyle("plain", fontName="Helvetica", fontSize=9.5, leading=13, spaceAfter=5)
    story: list = []
    for index, (rows, cols) in enumerate(tables):
        story.append(Paragraph(f"Tableau {index + 1}", style))
        story.append(Table([[f"cellule {r}.{c}" for c in range(cols)] for r in range(rows)], repeatRows=1))
    story.append(PageBreak())
    story += [Paragraph(TEXT, style) for _ in range(padding)]
    return story


def plain_pdf(tables: list[tuple[int, int]], padding: int) -> tuple[bytes, int]:
    out = io.BytesIO()
    doc = SimpleDocTemplate(out, pagesize=A4)
    doc.build(plain_story(tables, padding))
    return out.getvalue(), doc.page


def matching_padding(tables: list[tuple[int, int]], pages: int) -> int:
    """How many text paragraphs give the plain document ``pages`` pages (calibration, not timed)."""
    low, high = 0, 1
    while plain_pdf(tables, high)[1] < pages:
        low, high = high, high * 2
    while low < high:  # the fewest paragraphs reaching the page count
        middle = (low + high) // 2
        if plain_pdf(tables, middle)[1] < pages:
            low = middle + 1
        else:
            high = middle
    return low


CLOCK = time.perf_counter  # --cpu: this process's CPU time, steadier on a machine shared with other work


def forget_measures() -> None:
    """Empty the widths the pack's fonts remember (styles.MeasuredFont): each timed pack measures its
    words as the first pack after the application starts does, not the warm-up's leftovers (--warm keeps them)."""
    for name in (FONT, FONT_BOLD, FONT_ITALIC, FONT_BOLD_ITALIC):
        pdfmetrics.getFont(name)._widths.clear()


WARM = False


def timed(fn, before=None) -> float:
    if before is not None:
        before()
    gc.collect()  # the garbage of the run before is not collected on this one's clock
    start = CLOCK()
    fn()
    return CLOCK() - start


def bench(name: str, data: dict, runs: int) -> float:
    _, info = make_pack(data)  # warm-up: fonts, campaign and questionnaire files
    tables = list(info.tables)
    padding = matching_padding(tables, info.pages)
    _, plain_pages = plain_pdf(tables, padding)
    pack_times, plain_times = [], []
    for _ in range(runs):  # interleaved: a burst of load elsewhere falls on both documents alike
        pack_times.append(timed(lambda: make_pack(data), before=None if WARM else forget_measures))
        plain_times.append(timed(lambda: plain_pdf(tables, padding)))
    pack_time, plain_time = statistics.median(pack_times), statistics.median(plain_times)
    ratio = statistics.median(pack / plain for pack, plain in zip(pack_times, plain_times))
    print(f"{name}: {info.pages} pages, {len(tables)} tables ({sum(r for r, _ in tables)} rows); "
          f"pack {pack_time * 1000:.0f} ms, plain reportlab {plain_time * 1000:.0f} ms ({plain_pages} pages); "
          f"ratio {ratio:.2f}x (median of the runs' ratios; target ≤ {RATIO_TARGET:.1f}x) "
          f"{'OK' if ratio <= RATIO_TARGET else 'TOO SLOW'}")
    return ratio


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--essms", type=int, default=200)
    parser.add_argument("--cpu", action="store_true", help="time the process's CPU instead of the wall clock")
    parser.add_argument("--warm", action="store_true", help="keep the fonts' measured widths from run to run")
    args = parser.parse_args()
    global CLOCK, WARM
    WARM = args.warm
    if args.cpu:
        CLOCK = time.process_time
    ratios = [
        bench("example dossier", json.loads(EXAMPLE.read_text(encoding="utf-8")), args.runs),
        bench(f"national dossier, {args.essms} ESSMS", national_dossier(args.essms), args.runs),
    ]
    return 0 if all(r <= RATIO_TARGET for r in ratios) else 1


if __name__ == "__main__":
    sys.exit(main())
