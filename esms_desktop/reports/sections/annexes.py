"""Annexes: the draft partnership convention with its financial annex per member, the AAP check-list.

The convention's wording is the editable text of ``resources/letters/`` (the letters: :mod:`letters`).
"""

from __future__ import annotations

from reportlab.lib.units import mm
from reportlab.platypus import CondPageBreak, KeepTogether, PageBreak, Paragraph, Spacer, Table, TableStyle

from esms_desktop import formatting as fmt
from esms_desktop.reports import markup
from esms_desktop.reports.markup import FastParagraph, plain
from esms_desktop.reports.model import PackSnapshot
from esms_desktop.reports.sections.base import FRAME_WIDTH, Heading, MarkupHeading, Story
from esms_desktop.reports.sections.letters import signatory_line
from esms_desktop.reports.snapshot.common import BLANK
from esms_desktop.reports.snapshot.funding import og_shares
from esms_desktop.reports.snapshot.letters import head_office_town
from esms_desktop.reports.styles import FONT, RULE

CONVENTION = ("letters", "convention-partenariat.md")
SIGNATURE_ROW = 24 * mm


def _values(s: PackSnapshot) -> dict:
    values = dict(s.convention)
    values["cibles_usage"] = tuple(
        f"{t.label} : {fmt.percent(t.target_percent)} ({t.source}) ;" for t in s.usage_targets
        if t.target_percent is not None) or ("les cibles fixées par l'appel à projets ;",)
    values["mesure_usage"] = s.usage_measurement or "Les indicateurs sont mesurés chaque mois."
    return values


def _text(b: Story, s: PackSnapshot, alone: bool) -> list:
    """The template's paragraphs; its titles in the outline (the articles under the convention)."""
    out = []
    for flowable in markup.flowables(markup.template(*CONVENTION), b.st, values=_values(s), letter=True):
        style = getattr(flowable, "style", None)
        if style is b.st.letter_h3:
            flowable = MarkupHeading(flowable.text, style, key=b.key("article"), level=1)
        elif style is b.st.letter_h1 and alone:
            flowable = MarkupHeading(flowable.text, style, key=b.key("convention"), level=0)
        out.append(flowable)
    return out


def _signatures(b: Story, s: PackSnapshot) -> list:
    """« Fait à … » and the signature table, kept together on a page (the table repeats its head when a
    large grappe's signatures run over several pages, the place and date staying with its first rows)."""
    st = b.st
    rows = [[Paragraph("<b>Organisme</b>", st.cell), Paragraph("<b>Représentant légal</b>", st.cell),
             Paragraph("<b>Date et signature</b>", st.cell)]]
    rows += [[Paragraph(f"{plain(og.name)}<br/>FINESS {plain(og.finess_ej)}", st.cell),
              Paragraph(signatory_line(og.legal_rep_name, og.legal_rep_function) if og.legal_rep_name
                        else plain(BLANK), st.cell), ""] for og in s.ogs]
    table = Table(rows, colWidths=[0.4 * FRAME_WIDTH, 0.3 * FRAME_WIDTH, 0.3 * FRAME_WIDTH],
                  rowHeights=[None] + [SIGNATURE_ROW] * len(s.ogs), repeatRows=1)
    table.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.5, RULE), ("VALIGN", (0, 0), (-1, -1), "TOP"),
                               ("FONTNAME", (0, 0), (-1, -1), FONT)]))
    b.tables.append((len(rows), 3))
    town = head_office_town(s.porteur.address) if s.porteur else ""
    place = FastParagraph(plain(f"Fait à {town or BLANK}, le {BLANK}"), st.letter_left)
    first = min(len(s.ogs), 3)
    room = 20 * mm + SIGNATURE_ROW * (first + 1)
    return [CondPageBreak(room), Spacer(1, 3 * mm), place, table]


def _financial_annex(b: Story, s: PackSnapshot, alone: bool) -> None:
    """Per member: its ESSMS, equipment grant, share of the forfaits, what the porteur pays back and when."""
    b.add(PageBreak())
    b.add(Heading("Annexe financière de la convention", b.st.letter_h1, key=b.key("annexe-financiere"),
                  level=1, toc=False))
    budget = s.budget
    shares = og_shares(s.ogs, budget)
    equipment = {g.label: g.retained for g in budget.grant_lines if g.key == "equipment"}
    avance = budget.avance_percent / 100 if budget.avance_percent else 0
    b.para("Répartition prévisionnelle, au prorata des établissements et services de chaque membre, de la "
           f"subvention de {fmt.euros(budget.grant_retained)} et de la part de la maîtrise d'ouvrage conservée par "
           f"les membres ({fmt.euros(max(budget.total_expenses - budget.grant_retained, 0))}). Le porteur reverse "
           f"à chaque membre sa part de l'avance ({fmt.percent(budget.avance_percent)}) {budget.avance_when}, "
           f"puis sa part du solde ({fmt.percent(budget.solde_percent)}) {budget.solde_condition} ; le comité de "
           "pilotage l'actualise au vu des dépenses réelles.", b.st.letter)
    rows = []
    for og in s.ogs:
        grant, own = shares.get(og.index, (0, 0))
        equip = next((v for k, v in equipment.items() if og.name and og.name in k), 0)
        first = round(grant * avance)
        rows.append([og.name + (" (porteur)" if og.is_porteur else ""), fmt.number(len(og.essms)),
                     fmt.euros(equip) if equip else "—", fmt.euros(grant - equip), fmt.euros(own),
                     fmt.euros(first), fmt.euros(grant - first)])
    if s.ogs:
        rows.append(["Total", fmt.number(len(s.essms)), fmt.euros(sum(equipment.values())) if equipment else "—",
                     fmt.euros(budget.grant_retained - sum(equipment.values())),
                     fmt.euros(max(budget.total_expenses - budget.grant_retained, 0)),
                     fmt.euros(round(budget.grant_retained * avance)),
                     fmt.euros(budget.grant_retained - round(budget.grant_retained * avance))])
    b.table(["Membre", "ESSMS", "Équipement", "Part des forfaits", "Maîtrise d'ouvrage conservée",
             "Reversé à l'avance", "Reversé au solde"], rows, (0.28, 0.07, 0.11, 0.13, 0.15, 0.13, 0.13),
            right=(1, 2, 3, 4, 5, 6), total=bool(s.ogs))
    b.sub("Établissements et services de chaque membre")
    rows = [[og.name, e.name, e.finess_et] for og in s.ogs for e in og.essms]
    if rows:
        grouped = [[og if i == 0 or rows[i - 1][0] != og else "", name, et] for i, (og, name, et) in enumerate(rows)]
        b.table(["Membre", "Établissement ou service", "FINESS ET"], grouped, (0.34, 0.5, 0.16))


def convention(b: Story, s: PackSnapshot, title: str | None) -> None:
    alone = title is None
    if title:
        if b.flowables:
            b.add(PageBreak())
        b.add(Heading(title, b.st.annex, key=b.key("convention")))
    b.add(*_text(b, s, alone))
    b.add(*_signatures(b, s))
    _financial_annex(b, s, alone)


def aap_checklist(b: Story, s: PackSnapshot, title: str) -> None:
    b.add(PageBreak())  # an annex starts on a page of its own
    b.section(title, "checklist", new_page=False)
    b.para("Pièces et étapes du dossier de candidature, avec ce que le dossier contient déjà. L'état de chaque "
           "critère est celui du contrôle de recevabilité (section 11) ; une pièce à joindre est « fournie » "
           "ou « manquante ».")
    rows = [[c.label, b.state(c.state, c.state_label), c.explanation] for c in s.aap_checklist]
    b.table(["Pièce ou étape", "État", "Précision"], rows, (0.36, 0.14, 0.5))


def pieces(b: Story, s: PackSnapshot, title: str) -> None:
    """The stored pieces: each with its name, date and short SHA-256, « jointe » only when its pages follow."""
    b.add(PageBreak())
    b.section(title, "pieces", new_page=False)
    if not s.attachments:
        b.para("Aucune pièce n'est enregistrée dans le dossier (étape « Pièces du dossier ») : les lettres signées, "
               "le RIB, les devis et les accords des entités nationales sont à joindre au dépôt dans GALIS.")
        return
    appended = [p for p in s.attachments if (p.sha256 or str(id(p))) in b.pieces]
    b.para(f"Les pièces enregistrées dans le dossier. Celles marquées « jointe » suivent, dans cet ordre, à la fin de "
           f"ce document ({len(appended)} sur {len(s.attachments)}) ; leur empreinte SHA-256 permet de vérifier qu'il "
           "s'agit bien des fichiers enregistrés.")
    rows = []
    for p in s.attachments:
        piece = b.pieces.get(p.sha256 or str(id(p)))
        state = (f"Jointe ({piece.pages} page{'s' if piece.pages > 1 else ''})" if piece
                 else "Enregistrée, non jointe (format non imprimable)")
        # a file name has no space: cut where the column ends rather than run over the next one
        rows.append([p.label or p.kind_label, p.og_name or "Grappe", FastParagraph(plain(p.file_name), b.st.cell_split),
                     p.added_on.strftime("%d/%m/%Y") if p.added_on else "", p.sha256[:12], state])
    b.table(["Pièce", "Organisme", "Fichier", "Date", "SHA-256", "Dans ce document"], rows,
            (0.24, 0.15, 0.22, 0.1, 0.13, 0.16))
