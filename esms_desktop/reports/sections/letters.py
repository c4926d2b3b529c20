"""The engagement letters: one self-contained signable page per OG, whatever its ESSMS count.

The page holds room for the OG's letterhead, the template's text, a compact table of the OG's ESSMS,
what the OG commits to and the signature block. When the table does not fit with the rest, the page says
« liste des N ESSMS en annexe à la présente lettre » and the list follows on a page of its own, after the
signature. Letter pages carry no pack header or footer (they are sent on their own).
"""

from __future__ import annotations

from functools import lru_cache

from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus import Flowable, KeepInFrame, PageBreak, Paragraph, Spacer, Table, TableStyle
from reportlab.platypus.flowables import _listWrapOn

from esms_desktop import formatting as fmt
from esms_desktop.reports import markup
from esms_desktop.reports.markup import FastParagraph, SharedParagraph, plain, typo
from esms_desktop.reports.model import Letter, OgRow, PackSnapshot
from esms_desktop.reports.sections.base import FRAME_HEIGHT, FRAME_WIDTH, Anchor, Heading, SplitTable, Story
from esms_desktop.reports.snapshot.common import BLANK
from esms_desktop.reports.styles import BLUE, FONT, FONT_BOLD, PALE, RULE

LETTER = ("letters", "lettre-engagement.md")
TABLE_MARK = "{tableau_essms}"
LETTERHEAD = 16 * mm  # left blank at the top for the OG's letterhead paper
ESSMS_WIDTHS = (0.47, 0.13, 0.4)


class PlainPages(Flowable):
    """An invisible mark: the pages from a ``start`` mark to the next ``end`` mark carry no header/footer."""

    def __init__(self, edge: str):
        super().__init__()
        self.edge = edge
        self.width = self.height = 0

    def wrap(self, available_width, available_height):
        return 0, 0

    def draw(self) -> None:
        pass


def signatory_line(name: str, function: str) -> str:
    if not name:
        return plain(f"Nom et qualité du signataire : {BLANK}")
    return plain(name) + (f",<br/>{plain(function)}" if function else "")


def signature_block(b: Story, og_name: str, name: str, function: str, town: str) -> Table:
    """Place (the head-office town), date, who signs for whom, and the box for the signature and stamp."""
    st = b.st
    who = [SharedParagraph(plain(f"Fait à {town or BLANK}, le {BLANK}"), st.letter_left), Spacer(1, 1.5 * mm),
           SharedParagraph(f"Pour <b>{plain(og_name)}</b>,<br/>{signatory_line(name, function)}", st.letter_left)]
    box = Table([[SharedParagraph("Signature et cachet de l'organisme", st.small)]], colWidths=[78 * mm],
                rowHeights=[23 * mm])
    box.setStyle(TableStyle([("BOX", (0, 0), (-1, -1), 0.6, RULE), ("VALIGN", (0, 0), (-1, -1), "TOP"),
                             ("FONTNAME", (0, 0), (-1, -1), FONT)]))
    layout = Table([[who, box]], colWidths=[FRAME_WIDTH - 82 * mm, 82 * mm])
    layout.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP"), ("FONTNAME", (0, 0), (-1, -1), FONT),
                                ("LEFTPADDING", (0, 0), (0, 0), 0), ("TOPPADDING", (0, 0), (-1, -1), 0)]))
    return layout


def essms_table(b: Story, item: Letter, repeat: bool = False) -> Table:
    """The OG's ESSMS, compact: name, FINESS ET, category."""
    st = b.st
    cell = _compact(st.cell)
    head = [SharedParagraph(f"<b>{h}</b>", _compact(st.head)) for h in ("Établissement ou service", "FINESS ET",
                                                                  "Catégorie")]
    name_room, category_room = (ESSMS_WIDTHS[0] * FRAME_WIDTH - 6, ESSMS_WIDTHS[2] * FRAME_WIDTH - 6)
    rows = [head] + [[_compact_cell(e.name, name_room, cell), e.finess_et,
                      _compact_cell(e.category, category_room, cell)] for e in item.essms]
    table = (SplitTable if repeat else Table)(rows, colWidths=[w * FRAME_WIDTH for w in ESSMS_WIDTHS],
                                              repeatRows=1)
    table.setStyle(TableStyle([
        ("FONTNAME", (0, 0), (-1, -1), FONT), ("FONTSIZE", (0, 0), (-1, -1), 7),
        ("BACKGROUND", (0, 0), (-1, 0), BLUE), ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("LINEBELOW", (0, 0), (-1, -1), 0.25, RULE), ("BOX", (0, 0), (-1, -1), 0.5, RULE),
        ("TOPPADDING", (0, 0), (-1, -1), 1), ("BOTTOMPADDING", (0, 0), (-1, -1), 1.5),
        ("LEFTPADDING", (0, 0), (-1, -1), 3), ("RIGHTPADDING", (0, 0), (-1, -1), 3),
        ("ROWBACKGROUNDS", (0, 1), (-1, -1), [None, PALE]),
    ]))
    return table


def _compact_cell(text: str, room: float, style: ParagraphStyle) -> str | Paragraph:
    """The text as it is when it holds on one line of the compact table (drawn without a paragraph's
    parsing and line breaking), else a paragraph that breaks its lines."""
    spaced = typo(text)  # the French spaces (« », :) a paragraph would have set
    if "\n" not in spaced and stringWidth(spaced, FONT, 7) <= room:
        return spaced
    return SharedParagraph(plain(text), style)


@lru_cache(maxsize=4)
def _compact(style: ParagraphStyle) -> ParagraphStyle:
    return ParagraphStyle(f"{style.name}_compact", parent=style, fontSize=7, leading=8.4)


def commitments(s: PackSnapshot, item: Letter, og: OgRow | None) -> tuple[str, ...]:
    """What the OG commits to, as the call asks (003 §4.2, §6, §7): one line each, figures included."""
    months = s.planning.max_months
    lines = ["déployer la solution commune dans chacun de ces établissements et services selon le planning du "
             "projet, et achever le projet dans la durée maximale fixée par l'appel à projets"
             + (f", soit {fmt.number(months)} mois" if months else "") + " ;"]
    if item.cofinancing:
        lines.append(f"conserver à sa charge sa part de la maîtrise d'ouvrage du projet, soit "
                     f"**{fmt.euros(item.cofinancing)}** au plan de financement prévisionnel, la subvention ne "
                     "finançant pas la totalité du projet (critère 7) ;")
    else:
        lines.append("conserver à sa charge une part de la maîtrise d'ouvrage du projet, à chiffrer au plan de "
                     "financement, la subvention ne finançant pas la totalité du projet (critère 7) ;")
    if item.grant_share is not None:
        lines.append(f"percevoir du porteur sa part prévisionnelle de la subvention ESMS numérique, soit "
                     f"**{fmt.euros(item.grant_share)}** sur {fmt.euros(s.budget.grant_retained)}, selon la "
                     "convention de partenariat ;")
    targets = [f"{_short(t.label)} {fmt.percent(t.target_percent)}" for t in s.usage_targets
               if t.target_percent is not None]
    if targets:
        lines.append("atteindre dans chaque ESSMS les cibles d'usage du programme, dont dépend le versement du "
                     "solde : " + ", ".join(targets) + " ;")
    lines.append("transmettre chaque mois au porteur la mesure des indicateurs d'usage, et renseigner et tenir à "
                 "jour le Répertoire opérationnel des ressources (ROR) pour chacun de ses ESSMS ;")
    if og is not None and og.national_entity:
        state = "jointe au dossier" if og.national_agreement else "à joindre au dossier"
        lines.append(f"obtenir l'accord écrit de son entité nationale de rattachement, {og.national_entity} "
                     f"({state}) ;")
    lines.append("désigner un référent DUI par ESSMS, prendre part au comité de pilotage et au comité projet, "
                 "et permettre à ses professionnels de suivre les formations prévues ;")
    lines.append("poursuivre sa mise en conformité au RGPD (délégué à la protection des données, charte SI) et "
                 "signer la convention de partenariat de la grappe.")
    return tuple(lines)


def _short(label: str) -> str:
    """« MSSanté » from « Taux d'utilisation de la MSSanté », « dossiers actifs » from « Taux de dossiers actifs »."""
    for head in ("Taux d'utilisation de la ", "Taux d'utilisation du ", "Taux de "):
        if label.startswith(head):
            return label[len(head):]
    return label


NON_REDUNDANCY = (
    "Je certifie qu'aucun de ces établissements et services ne perçoit un financement ESMS numérique à plusieurs "
    "reprises pour l'installation ou la montée de version du même logiciel, ni un financement ESMS numérique pour "
    "deux logiciels de DUI différents, et qu'aucun n'a passé commande auprès d'un éditeur de la « Prestation "
    "Ségur » au titre du SONS pour un autre logiciel de DUI (cahier des charges, § 4.2 A). J'accepte que la "
    "subvention soit versée au porteur du projet, qui la répartit selon la convention de partenariat.")


def _page(b: Story, values: dict, table: Flowable | None, item: Letter) -> list[Flowable]:
    before, _mark, after = markup.template(*LETTER).partition(TABLE_MARK)
    page: list[Flowable] = [Spacer(1, LETTERHEAD)]
    page += markup.flowables(before, b.st, values=values, letter=True)
    if table is not None:
        page += [table, Spacer(1, 2 * mm)]
    else:
        page.append(SharedParagraph(plain(f"(liste des {fmt.number(len(item.essms))} ESSMS en annexe à la présente "
                                    "lettre)"), b.st.letter))
    page += markup.flowables(after, b.st, values=values, letter=True)
    page += [Spacer(1, 2 * mm), signature_block(b, item.og_name, item.signatory, item.signatory_function, item.town)]
    return page


#: Slack kept over the text's height measured on an earlier letter (longer names and address: a few lines).
TEXT_SLACK = 48


def _fits(b: Story, page: list[Flowable], table: Table, room: float) -> bool:
    """Whether the letter's page fits: measured in full once, then from the text's height of the first
    letter (the same template) plus this table, measured in full only when the estimate comes close."""
    table_height = table.wrap(FRAME_WIDTH, room)[1]
    text = getattr(b, "_letter_text", None)
    if text is not None and text + table_height + TEXT_SLACK <= room:
        return True
    height = _listWrapOn(page, FRAME_WIDTH, None)[1]
    if text is None:
        b._letter_text = height - table_height
    return height <= room


def letter(b: Story, s: PackSnapshot, item: Letter, og: OgRow | None, level: int = 1) -> None:
    """One OG's letter: a signable page, and the page listing its ESSMS when they do not fit on it."""
    values = dict(item.values)
    values.setdefault("soussigne", "soussigné(e)")
    values["engagements"] = tuple(commitments(s, item, og))
    values["non_redondance"] = NON_REDUNDANCY
    room = FRAME_HEIGHT - 6  # measured on a page of its own: what fits is laid out as measured
    table = essms_table(b, item) if item.essms else None
    page = _page(b, values, table, item) if table is not None else None
    fits = page is not None and _fits(b, page, table, room)
    if not fits:
        page = _page(b, values, None, item)
    b.add(PlainPages("start"), Anchor(f"Lettre d'engagement — {item.og_name}", key=b.key("lettre"), level=level))
    if fits or _listWrapOn(page, FRAME_WIDTH, None)[1] <= room:
        b.add(*page)
    else:  # very long names or address: the page is shrunk to stay one page
        b.add(KeepInFrame(FRAME_WIDTH, FRAME_HEIGHT - 1, page, mode="shrink"))
    if not fits and item.essms:
        b.add(PageBreak())
        b.add(FastParagraph(plain(f"Annexe à la lettre d'engagement de {item.og_name} (FINESS juridique "
                                  f"{item.finess_ej})"), b.st.letter_h2))
        b.add(FastParagraph(plain(f"Liste des {fmt.number(len(item.essms))} établissements et services engagés "
                                  f"dans le projet « {values.get('dossier_nom', '')} »"), b.st.letter))
        b.add(essms_table(b, item, repeat=True))
    b.add(PlainPages("end"))


def letters(b: Story, s: PackSnapshot, title: str | None) -> None:
    """Every OG's letter, each starting a page; ``title`` (the full pack) adds the annex's opening page."""
    if title:
        if b.flowables:
            b.add(PageBreak())
        b.add(Heading(title, b.st.h1, key=b.key("lettres")))
        b.para("Une lettre par organisme gestionnaire, pré-remplie avec les données du dossier. Chaque lettre tient "
               "sur une page, à imprimer sur le papier à en-tête de l'organisme (un espace est laissé en haut), à "
               "dater, signer et revêtir du cachet, puis à joindre au dossier déposé dans GALIS.")
        if s.letters:
            b.table(["Organisme gestionnaire", "FINESS EJ", "ESSMS", "Signataire"],
                    [[x.og_name, x.finess_ej, fmt.number(len(x.essms)), x.signatory or "À désigner"]
                     for x in s.letters], (0.42, 0.14, 0.1, 0.34), right=(2,))
    if not s.letters:
        b.missing("grappe")
        return
    ogs = {og.finess_ej: og for og in s.ogs}
    for i, item in enumerate(s.letters):
        if i or b.flowables:
            b.add(PageBreak())
        letter(b, s, item, ogs.get(item.finess_ej), level=1 if title else 0)
