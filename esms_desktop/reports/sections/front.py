"""Cover, contents (reserved pages) and the note de présentation."""

from __future__ import annotations

from esms_desktop.reports.markup import plain

from reportlab.lib.units import mm
from reportlab.platypus import PageBreak, Paragraph, Spacer

from esms_desktop.reports import markup
from esms_desktop.reports.model import PackSnapshot
from esms_desktop.reports.sections.base import Anchor, Story, check, euros, number


def cover(b: Story, s: PackSnapshot) -> None:
    st = b.st
    b.add(Anchor("Couverture", key=b.key("couverture")))
    b.add(Spacer(1, 35 * mm))
    b.add(Paragraph("Dossier de candidature", st.title))
    b.add(Paragraph(plain(f"Programme ESMS numérique — appel à projets {s.campaign_year}"), st.subtitle))
    b.add(Spacer(1, 8 * mm))
    b.add(Paragraph(f"<b>{plain(s.dossier_name)}</b>", st.subtitle))
    b.add(Spacer(1, 16 * mm))
    porteur = f"{s.porteur.name} (FINESS juridique {s.porteur.finess_ej})" if s.porteur else ""
    dui = s.dui.software + (f" — {s.dui.editor}" if s.dui.editor else "") if s.dui.software else ""
    call = s.grappe.filing_label + (f" — ARS {s.grappe.filing_region}" if s.grappe.filing_region else "")
    b.facts([
        ("Porteur du projet", porteur),
        ("Type de projet", s.project_type_label),
        ("Appel à projets", call),
        ("Fenêtre de dépôt", s.grappe.window),
        ("Organismes gestionnaires", number(s.grappe.og_count)),
        ("ESSMS de la grappe", number(s.grappe.essms_count)),
        ("Personnes accompagnées", number(s.grappe.persons_accompanied)),
        ("Solution DUI", dui),
        ("Hébergement", s.hosting_label),
        ("Subvention ESMS numérique sollicitée", euros(s.budget.grant_retained)),
    ])


def references(b: Story, s: PackSnapshot) -> None:
    """The rules and documents the pack applies, and how it was made (printed after the check, not on the cover)."""
    b.sub("Références")
    b.note(f"Règles appliquées : {s.campaign_label}.")
    if s.sources:  # the short names that the tables give as sources
        b.note("Documents de référence cités : " + " ; ".join(f"{short} — {title}" for short, title in s.sources) + ".")
    b.note(f"Document édité le {s.generated_on.strftime('%d/%m/%Y')} avec esms-desktop {s.app_version}. "
           "Il prépare la saisie du dossier dans GALIS, l'outil de dépôt de la CNSA.")


def contents(b: Story, pages: int) -> None:
    """Reserve ``pages`` empty pages: the canvas draws the contents on them once the pages are known."""
    b.add(PageBreak(), Anchor("Sommaire", key=b.key("sommaire")))
    for _ in range(pages):  # the last one ends the contents: the first section starts on a page of its own
        b.add(PageBreak())


def presentation(b: Story, s: PackSnapshot, title: str) -> None:
    b.section(title, "presentation")
    for part in s.presentation:
        b.sub(part.title, outline=True)
        if part.text:
            b.add(*markup.flowables(part.text, b.st))
        else:
            b.missing("presentation")
        if part.key == "team":
            _team(b, s)


def _team(b: Story, s: PackSnapshot) -> None:
    team = s.team
    if not team:
        return
    rows = [[p.name, p.function, p.organisation, check(p.project_lead) if p.project_lead else "",
             number(p.fte, 1) if p.fte is not None else "", p.skills] for p in team]
    total = sum(p.fte or 0 for p in team)
    rows.append(["Total", "", "", "", number(total, 1), ""])
    b.table(["Nom", "Fonction", "Organisme", "Chef de projet", "ETP", "Compétences"], rows,
            (0.16, 0.17, 0.2, 0.09, 0.07, 0.31), right=(4,), total=True)
