"""Self-diagnostic, planning (Gantt), communication, usage targets and the admissibility check-list."""

from __future__ import annotations

from esms_desktop.reports.markup import FastParagraph, plain

from reportlab.lib.units import mm
from reportlab.platypus import KeepTogether, Table, TableStyle

from esms_desktop import formatting as fmt
from esms_desktop.reports import charts
from esms_desktop.reports import labels as L
from esms_desktop.reports.model import MaturityOg, PackSnapshot
from esms_desktop.reports.sections.base import FRAME_WIDTH, Heading, Story, date, number, score
from esms_desktop.reports.sections.grappe import findings
from esms_desktop.reports.styles import FONT
from esms_desktop.rules.maturity.data import DOMAIN_IDS

GANTT_ROWS = 42  # tasks per Gantt drawing: one drawing fits a page


def maturity(b: Story, s: PackSnapshot, title: str) -> None:
    b.section(title, "maturite")
    m = s.maturity
    if not m.ogs:
        b.missing("maturity")
        return
    b.para("L'appel à projets demande les résultats d'un autodiagnostic de maturité et de sécurité du système "
           "d'information : celui de l'ANAP (Agence nationale de la performance sanitaire et médico-sociale), "
           "questionnaire RSI s'il y a un responsable SI, sinon questionnaire direction (AAP ARS "
           "Bourgogne-Franche-Comté 2022, §4.2.E). Le questionnaire ci-dessous est celui d'esms-desktop, écrit pour "
           "lui et couvrant les mêmes domaines ; un OG peut aussi joindre au dossier le résultat de l'autodiagnostic "
           "ANAP. Les scores vont de 0 à 100 par domaine ; « je ne sais pas » compte comme le niveau le plus bas.")
    rows = [[o.og_name, o.variant_label, score(o.score), o.level, fmt.percent(100 * o.completeness),
             ", ".join(x for x in (o.respondent, date(o.answered_on)) if x)] for o in m.ogs]
    b.table(["Organisme", "Questionnaire", "Score", "Niveau", "Réponses", "Répondant, date"], rows,
            (0.28, 0.17, 0.08, 0.15, 0.11, 0.21), right=(2, 4))
    if m.missing:
        b.note("Sans autodiagnostic : " + ", ".join(m.missing) + ".")
    b.sub("Synthèse de la grappe")
    rows = [[d.title, score(d.mean), score(d.minimum)] for d in m.domains]
    rows.append(["Score global", score(m.overall_mean), score(m.overall_minimum)])
    radar = charts.radar(DOMAIN_IDS, [("Moyenne de la grappe", [d.mean for d in m.domains]),
                                      ("Minimum de la grappe", [d.minimum for d in m.domains])],
                         width=FRAME_WIDTH * 0.75, height=270)
    b.add(KeepTogether([radar]))
    b.table(["Domaine", "Moyenne des OG", "Minimum"], rows, (0.6, 0.2, 0.2), right=(1, 2), total=True, keep=True)
    for o in m.ogs:
        _og(b, o, [d.mean for d in m.domains])


def _og(b: Story, o: MaturityOg, grappe_means: list[float | None]) -> None:
    st = b.st
    head = Heading(o.og_name, st.h3, key=b.key("maturite-og"), level=1, toc=False)
    if o.error:
        b.add(head)
        b.note(o.error)
        return
    scores = {d.domain_id: d.score for d in o.domains}
    radar = charts.radar(DOMAIN_IDS, [(o.og_name[:40], [scores.get(i) for i in DOMAIN_IDS]),
                                      ("Moyenne de la grappe", grappe_means)], width=290, height=215)
    lines = [f"<b>{plain(f'Score global : {score(o.score)}')}</b> — {plain(f'niveau « {o.level} »')}"]
    lines += [plain(f"{d.title} : {score(d.score)}") for d in o.domains]
    if o.strengths:
        lines.append(f"<b>{plain('Points forts :')}</b> " + plain(", ".join(o.strengths)))
    if o.weaknesses:
        lines.append(f"<b>{plain('Points faibles :')}</b> " + plain(", ".join(o.weaknesses)))
    text = [FastParagraph(line, st.small) for line in lines]
    table = Table([[radar, text]], colWidths=[295, FRAME_WIDTH - 295])
    table.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "MIDDLE"), ("FONTNAME", (0, 0), (-1, -1), FONT)]))
    b.add(KeepTogether([head, table]))


def planning(b: Story, s: PackSnapshot, title: str) -> None:
    b.section(title, "planning")
    p = s.planning
    b.facts([
        ("Date de dépôt prévue", date(p.filing_date)),
        ("Début du projet", date(p.start)),
        ("Fin du déploiement", date(p.deployment_end)),
        ("Durée maximale autorisée", f"{number(p.max_months)} mois" if p.max_months else ""),
    ], widths=(0.5, 0.5))
    if not p.tasks:
        b.missing("planning")
        findings(b, p.findings, "Contrôles du planning")
        return
    phases = charts.phase_colours(p.tasks)
    for i in range(0, len(p.tasks), GANTT_ROWS):
        chunk = p.tasks[i:i + GANTT_ROWS]
        b.add(KeepTogether([charts.gantt(chunk, p.start, p.end, FRAME_WIDTH, phases=phases)]))
        b.space(3 * mm)
    b.sub("Tâches et jalons")
    rows = [[t.phase, ("◆ " if t.milestone else "") + t.title, date(t.start), "" if t.milestone else date(t.end),
             t.owner] for t in p.tasks]
    b.table(["Phase", "Tâche ou jalon (◆)", "Début", "Fin", "Responsable"], rows, (0.15, 0.44, 0.1, 0.1, 0.21))
    findings(b, p.findings, "Contrôles du planning")


def communication(b: Story, s: PackSnapshot, title: str) -> None:
    b.section(title, "communication")
    if s.communication:
        rows = [[c.audience, c.message, c.channel, date(c.date), c.owner] for c in s.communication]
        b.table(["Public", "Message", "Canal", "Date", "Responsable"], rows, (0.17, 0.37, 0.18, 0.1, 0.18))
    else:
        b.missing("communication")
    b.sub("Partenaires identifiés")
    if s.partners:
        rows = [[p.name, p.kind, "Oui" if p.informed else "Non"] for p in s.partners]
        b.table(["Partenaire", "Type", "Informé du projet"], rows, (0.5, 0.3, 0.2))
    else:
        b.missing("communication")


def usage(b: Story, s: PackSnapshot, title: str) -> None:
    b.section(title, "usages")
    b.para("En signant ce dossier, les organismes de la grappe s'engagent à atteindre dans chacun de leurs ESSMS les "
           "cibles d'usage du programme ESMS numérique. Le solde de la subvention est versé sur preuve de leur "
           "atteinte à la fin du déploiement.")
    if s.usage_measurement:
        b.para(s.usage_measurement)
    rows = [[t.label, t.formula, fmt.percent(t.target_percent) if t.target_percent is not None else "Aucune",
             t.source] for t in s.usage_targets]
    b.table(["Indicateur", "Formule", "Cible", "Source"], rows, (0.22, 0.42, 0.11, 0.25), right=(2,))
    b.note("« Aucune » : le cahier des charges ne fixe pas de valeur cible pour cet indicateur, qui est suivi.")
    b.sub("Autres engagements")
    b.table(["Engagement", "Pris"], [[label, {True: "Oui", False: "Non", None: "Non renseigné"}[v]]
                                     for label, v in s.commitments], (0.8, 0.2), keep=True)


def admissibility(b: Story, s: PackSnapshot, title: str) -> None:
    b.section(title, "recevabilite")
    if not s.checklist_evaluated:
        b.para("Le contrôle automatique de recevabilité n'a pas pu être fait : chaque critère ci-dessous, "
               "sans lequel le dossier est rejeté, est à vérifier avant le dépôt.")
    elif s.checklist_summary:
        b.rich(f"<b>{plain(s.checklist_summary)}</b>")
    intro = {
        "admissibility": "Sans ces critères, le dossier est rejeté.",
        "access": "Conditions à remplir pour que les ESSMS concernés puissent être financés.",
        "priority": "Critères qui font préférer un dossier à un autre.",
    }
    for kind, title in L.CHECK_KINDS.items():
        items = [c for c in s.checklist if c.kind == kind]
        if not items:
            continue
        b.sub(title)
        b.para(intro[kind])
        rows = [[str(c.number) if c.number else "", c.label, b.state(c.state, c.state_label), c.explanation]
                for c in items]
        b.table(["N°", "Critère", "État", "Explication"], rows, (0.05, 0.37, 0.13, 0.45), center=(0,))
    from esms_desktop.reports.sections.front import references

    references(b, s)
