"""The PDF candidature pack: ``render_pack(snapshot, out)`` lays out a :class:`PackSnapshot` on A4.

    info = render_pack(build_pack_snapshot(dossier), buffer, parts="full", progress=cb, should_cancel=flag)

``parts``: ``"full"`` (cover, contents, every section, the three annexes), ``"letters"`` (the engagement
letters only) or ``"convention"`` (the draft partnership convention only). ``progress(done, total)``
is called as the work goes on; when ``should_cancel()`` turns true the work stops with
:class:`PackCancelled` and nothing is written to ``out``. The document is French whatever the
interface language: its texts are written in French in this package (document content).
"""

from __future__ import annotations

import io
import math
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from typing import BinaryIO

from reportlab.lib.pagesizes import A4
from reportlab.platypus import BaseDocTemplate, Frame, PageTemplate

from esms_desktop.reports.attach import append_pieces, printable
from esms_desktop.reports.canvas import Decor, PackCanvas, TocEntry, contents_per_page
from esms_desktop.reports.markup import SharedParagraph
from esms_desktop.reports.model import PackSnapshot
from esms_desktop.reports.snapshot.pieces import with_contents
from esms_desktop.reports.sections import annexes, finance, follow, front, grappe, letters
from esms_desktop.reports.sections.letters import PlainPages
from esms_desktop.reports.sections.base import Anchor, Heading, Story
from esms_desktop.reports.styles import FONT, PAGE_MARGIN, register_fonts, styles

PARTS = ("full", "letters", "convention")

#: The sections of the full pack, in order: (title, story method).
SECTIONS: tuple[tuple[str, Callable[[Story, PackSnapshot, str], None]], ...] = (
    ("1. Note de présentation", front.presentation),
    ("2. La grappe", grappe.grappe),
    ("3. Gouvernance du projet", grappe.governance),
    ("4. La solution DUI", grappe.dui),
    ("5. Les besoins", finance.needs),
    ("6. Autodiagnostic de maturité SI", follow.maturity),
    ("7. Budget et subvention", finance.budget),
    ("8. Planning prévisionnel", follow.planning),
    ("9. Plan de communication", follow.communication),
    ("10. Cibles d'usage", follow.usage),
    ("11. Contrôle de recevabilité", follow.admissibility),
    ("Annexe 1 — Lettres d'engagement", letters.letters),
    ("Annexe 2 — Projet de convention de partenariat", annexes.convention),
    ("Annexe 3 — Check-list de l'appel à projets", annexes.aap_checklist),
    ("Annexe 4 — Pièces jointes", annexes.pieces),
)

STORY_SHARE = 10  # percent of the progress bar given to building the story, the rest to the layout


class PackCancelled(Exception):
    """The user cancelled the export: nothing was written."""


@dataclass(frozen=True)
class PackInfo:
    """What was produced: page count, the contents (title, page), the tables' shapes (rows, columns) and
    how many words of table cells had to be cut because they were wider than their column (0 expected)."""

    pages: int
    sections: tuple[tuple[str, int], ...]
    tables: tuple[tuple[int, int], ...] = ()
    cut_words: int = 0


Progress = Callable[[int, int], None]


class _Progress:
    """Reports percent done (0-100), each value once; checks for cancellation at each step."""

    def __init__(self, progress: Progress | None, should_cancel: Callable[[], bool] | None):
        self._progress, self._cancel, self._last = progress, should_cancel, -1

    def __call__(self, percent: float) -> None:
        if self._cancel is not None and self._cancel():
            raise PackCancelled()
        value = max(0, min(100, int(percent)))
        if self._progress is not None and value != self._last:
            self._last = value
            self._progress(value, 100)


class _PackDoc(BaseDocTemplate):
    """A4 pages in one frame; titles feed the outline and the contents; progress after each flowable."""

    def __init__(self, out: BinaryIO, snapshot: PackSnapshot, decor: Decor, step: _Progress, count: int,
                 subject: str):
        super().__init__(
            out, pagesize=A4, leftMargin=PAGE_MARGIN, rightMargin=PAGE_MARGIN, topMargin=PAGE_MARGIN,
            bottomMargin=PAGE_MARGIN, title=f"{subject} — {snapshot.dossier_name}",
            author=snapshot.porteur.name if snapshot.porteur else "esms-desktop",
            subject=f"{subject} — programme ESMS numérique, appel à projets {snapshot.campaign_year}",
            creator=f"esms-desktop {snapshot.app_version}", keywords="ESMS numérique, DUI, Ségur, candidature",
            lang="fr-FR", initialFontName=FONT, displayDocTitle=1, pageCompression=1,
        )
        frame = Frame(PAGE_MARGIN, PAGE_MARGIN, A4[0] - 2 * PAGE_MARGIN, A4[1] - 2 * PAGE_MARGIN, id="body",
                      leftPadding=0, rightPadding=0, topPadding=0, bottomPadding=0)
        self.addPageTemplates([PageTemplate(id="page", frames=[frame])])
        self._decor, self._step, self._count, self._done = decor, step, max(count, 1), 0

    def afterFlowable(self, flowable) -> None:  # noqa: N802 - reportlab API
        if isinstance(flowable, PlainPages):
            if flowable.edge == "start":
                self._decor.plain_ranges.append([self.page, self.page])
            elif self._decor.plain_ranges:
                self._decor.plain_ranges[-1][1] = self.page
        if isinstance(flowable, (Heading, Anchor)):
            top = self.frame._y + flowable.height + getattr(flowable.style, "spaceBefore", 0) \
                if hasattr(flowable, "style") else self.frame._y
            self.canv.bookmarkPage(flowable.key, fit="XYZ", left=0, top=min(top + 6, A4[1]))
            self.canv.addOutlineEntry(flowable.outline, flowable.key, flowable.level, closed=flowable.level > 0)
            if flowable.toc:
                self._decor.toc.append(TocEntry(flowable.level, flowable.outline, flowable.key, self.page))
            if self._decor.mode == "letters" and flowable.key.startswith("lettre"):
                self._decor.starts.append(self.page)
        self._done += 1
        self._step(STORY_SHARE + (100 - STORY_SHARE) * min(self._done / self._count, 1.0))


def _story(snapshot: PackSnapshot, parts: str, step: _Progress, append: bool) -> tuple[Story, Decor, str]:
    story = Story(styles())
    if parts == "full" and append:
        story.pieces = printable(snapshot.attachments)
    porteur = snapshot.porteur.name if snapshot.porteur else snapshot.dossier_name
    decor = Decor(
        header_left=f"Candidature ESMS numérique {snapshot.campaign_year}",
        header_right=snapshot.dossier_name,
        footer_left=f"Porteur : {porteur} — édité le {snapshot.generated_on.strftime('%d/%m/%Y')}",
    )
    if parts == "letters":  # to be signed and sent one by one: no pack header, numbered per letter
        decor.mode = "letters"
        letters.letters(story, snapshot, None)
        return story, decor, "Lettres d'engagement"
    if parts == "convention":
        decor.mode = "document"
        annexes.convention(story, snapshot, None)
        return story, decor, "Projet de convention de partenariat"
    front.cover(story, snapshot)
    decor.plain_pages = {1}
    decor.appended = [(p.row.label or p.row.kind_label, p.pages) for p in _appended(snapshot, story)]
    entries = len(SECTIONS) + (len(decor.appended) + 1 if decor.appended else 0)
    pages = max(1, math.ceil(entries / contents_per_page()))
    decor.contents_pages = tuple(range(2, 2 + pages))
    front.contents(story, pages)
    for index, (title, method) in enumerate(SECTIONS):
        step(STORY_SHARE * index / len(SECTIONS))
        method(story, snapshot, title)
    return story, decor, "Dossier de candidature"


def _appended(snapshot: PackSnapshot, story: Story) -> list:
    """The pieces appended after the pack, in the order the annex lists them."""
    return [story.pieces[k] for k in (p.sha256 or str(id(p)) for p in snapshot.attachments) if k in story.pieces]


def render_pack(snapshot: PackSnapshot, out: BinaryIO, *, parts: str = "full",
                progress: Progress | None = None, should_cancel: Callable[[], bool] | None = None,
                append: bool = True, contents: Mapping[str, bytes] | None = None) -> PackInfo:
    """Write the PDF of ``parts`` of the pack to ``out``; raises PackCancelled, ValueError (unknown part).

    ``append``: the full pack ends with the pages of the stored pieces (signed letters, RIB, quotes...);
    ``contents``: their bytes by SHA-256 when the snapshot does not hold them (a dossier read from the
    database: ``storage.documents.document_contents``)."""
    if contents:
        snapshot = with_contents(snapshot, contents)
    if parts not in PARTS:
        raise ValueError(f"unknown part {parts!r}: expected one of {PARTS}")
    register_fonts()
    step = _Progress(progress, should_cancel)
    step(0)
    SharedParagraph.forget()  # the paragraphs repeated in this pack only
    try:
        story, decor, subject = _story(snapshot, parts, step, append)
        buffer = io.BytesIO()
        doc = _PackDoc(buffer, snapshot, decor, step, len(story.flowables), subject)
        doc.build(story.flowables, canvasmaker=lambda *a, **k: PackCanvas(*a, decor=decor, **k))
    finally:
        SharedParagraph.forget()
    pieces = _appended(snapshot, story)
    out.write(append_pieces(buffer.getvalue(), pieces))
    step(100)
    return PackInfo(
        pages=doc.page + sum(p.pages for p in pieces),
        sections=tuple((entry.title, entry.page) for entry in decor.toc),
        tables=tuple(story.tables),
        cut_words=sum(getattr(cell, "_splitLongWordCount", 0) for cell in story.cells),
    )
