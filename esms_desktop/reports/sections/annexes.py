"""Annexes: one engagement letter per OG, the draft partnership convention, the AAP check-list.

The letters' and convention's wording is the editable text of ``resources/letters/``.
"""

from __future__ import annotations

from esms_desktop.reports.markup import plain

from reportlab.lib.units import mm
from reportlab.platypus import KeepTogether, PageBreak, Paragraph, Spacer, Table, TableStyle

from esms_desktop.reports import markup
from esms_desktop.reports.model import Letter, PackSnapshot
from esms_desktop.reports.sections.base import FRAME_WIDTH, Anchor, Heading, Story
from esms_desktop.reports.snapshot_parts import BLANK
from esms_desktop.reports.styles import FONT, RULE

LETTER = ("letters", "lettre-engagement.md")
CONVENTION = ("letters", "convention-partenariat.md")


def _signatory(name: str, function: str) -> str:
    """The signatory's name and function as markup, or a line to fill in by hand."""
    if not name:
        return plain(f"Nom et qualité du signataire : {BLANK}")
    return plain(name) + (f",<br/>{plain(function)}" if function else "")


def _signature_box(b: Story, og_name: str, signatory: str, function: str = "") -> KeepTogether:
    st = b.st
    who = [Paragraph(plain(f"Fait à {BLANK}"), st.letter_left), Paragraph(plain(f"le {BLANK}"), st.letter_left),
           Spacer(1, 2 * mm),
           Paragraph(f"Pour <b>{plain(og_name)}</b>,<br/>{_signatory(signatory, function)}", st.letter_left)]
    box = Table([[Paragraph("Signature et cachet de l'organisme", st.small)]],
                colWidths=[80 * mm], rowHeights=[28 * mm])
    box.setStyle(TableStyle([("BOX", (0, 0), (-1, -1), 0.6, RULE), ("VALIGN", (0, 0), (-1, -1), "TOP"),
                             ("FONTNAME", (0, 0), (-1, -1), FONT)]))
    layout = Table([[who, box]], colWidths=[FRAME_WIDTH - 84 * mm, 84 * mm])
    layout.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP"), ("FONTNAME", (0, 0), (-1, -1), FONT),
                                ("LEFTPADDING", (0, 0), (0, 0), 0)]))
    return KeepTogether([Spacer(1, 3 * mm), layout])


def letter(b: Story, item: Letter, level: int = 1) -> None:
    b.add(Anchor(f"Lettre d'engagement — {item.og_name}", key=b.key("lettre"), level=level))
    b.add(*markup.flowables(markup.template(*LETTER), b.st, values=item.values, letter=True))
    b.add(_signature_box(b, item.og_name, item.signatory, item.signatory_function))


def letters(b: Story, s: PackSnapshot, title: str | None) -> None:
    """Every OG's letter, each on its own page; ``title`` (the full pack) adds the annex entry."""
    if title:
        if b.flowables:
            b.add(PageBreak())
        b.add(Heading(title, b.st.annex, key=b.key("lettres")))
    if not s.letters:
        b.missing("grappe")
        return
    for i, item in enumerate(s.letters):
        if i or (b.flowables and not title):
            b.add(PageBreak())
        letter(b, item, level=1 if title else 0)


def convention(b: Story, s: PackSnapshot, title: str | None) -> None:
    if title:
        if b.flowables:
            b.add(PageBreak())
        b.add(Heading(title, b.st.annex, key=b.key("convention")))
    b.add(*markup.flowables(markup.template(*CONVENTION), b.st, values=s.convention, letter=True))
    st = b.st
    rows = [[Paragraph("<b>Organisme</b>", st.cell), Paragraph("<b>Représentant légal</b>", st.cell),
             Paragraph("<b>Date et signature</b>", st.cell)]]
    rows += [[Paragraph(f"{plain(og.name)}<br/>FINESS {plain(og.finess_ej)}", st.cell),
              Paragraph(_signatory(og.legal_rep_name, og.legal_rep_function) if og.legal_rep_name
                        else plain(BLANK), st.cell), ""] for og in s.ogs]
    table = Table(rows, colWidths=[0.4 * FRAME_WIDTH, 0.3 * FRAME_WIDTH, 0.3 * FRAME_WIDTH],
                  rowHeights=[None] + [26 * mm] * len(s.ogs), repeatRows=1)
    table.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.5, RULE), ("VALIGN", (0, 0), (-1, -1), "TOP"),
                               ("FONTNAME", (0, 0), (-1, -1), FONT)]))
    b.tables.append((len(rows), 3))
    # The place, the date and the signatures stay on one page (the table repeats its head if it must split).
    signatures = [Paragraph(plain(f"À {BLANK}, le {BLANK}"), st.letter_left), table]
    b.add(Spacer(1, 4 * mm), KeepTogether(signatures) if len(s.ogs) <= 8 else signatures[0])
    if len(s.ogs) > 8:
        b.add(table)


def aap_checklist(b: Story, s: PackSnapshot, title: str) -> None:
    b.section(title, "checklist")
    b.para("Pièces et étapes du dossier de candidature, avec ce que le dossier contient déjà. L'état de chaque "
           "critère est celui du contrôle de recevabilité (section 11) ; une pièce à joindre est « fournie » "
           "ou « manquante ».")
    rows = [[c.label, b.state(c.state, c.state_label), c.explanation] for c in s.aap_checklist]
    b.table(["Pièce ou étape", "État", "Précision"], rows, (0.36, 0.14, 0.5))
