"""Planning and follow-up: the tasks and their checks, the communication plan, the partners, the usage
targets and what they repeat from 2022. No Qt."""

from __future__ import annotations

from esms_desktop.reports import labels as L
from esms_desktop.reports.model import CommunicationRow, PartnerRow, Planning, TaskRow, UsageTargetRow
from esms_desktop.reports.snapshot.common import finding_rows
from esms_desktop.rules.campaign import Campaign
from esms_desktop.rules.dossier import Dossier
from esms_desktop.rules.planning.plan import check_dossier_plan


def planning(d: Dossier, campaign: Campaign) -> Planning:
    """The planning and its checks (:func:`rules.planning.plan.check_dossier_plan`)."""
    check = check_dossier_plan(d, campaign)
    return Planning(
        tasks=tuple(TaskRow(t.key, t.title, t.phase, t.start, t.end, t.milestone, t.owner, t.wave)
                    for t in check.tasks),
        start=check.start, end=check.end, deployment_end=check.deployment_end if check.tasks else None,
        max_months=check.max_months, filing_date=check.filing_date,
        findings=finding_rows(f for f in check.findings if check.tasks or f.key != "planning.empty"),
    )


def communication(d: Dossier) -> tuple[CommunicationRow, ...]:
    """The communication plan; an audience a file left out prints « Non renseigné »."""
    return tuple(
        CommunicationRow(L.label(L.AUDIENCES, c.given("audience")), c.message.strip(), c.channel.strip(), c.date,
                         c.owner.strip())
        for c in d.communication
    )


def partners(d: Dossier) -> tuple[PartnerRow, ...]:
    """The partners; a kind a file left out prints « Non renseigné »."""
    return tuple(PartnerRow(p.name.strip(), L.label(L.PARTNER_KINDS, p.given("kind")), p.informed)
                 for p in d.partners)


def usage_targets(campaign: Campaign) -> tuple[UsageTargetRow, ...]:
    """The cibles d'usage; repeated from 2022 in a later campaign, each source says « indicatif »
    (000 announces an « exigence accrue sur les cibles d'usage » without figures)."""
    carried = campaign.is_carried("usage_targets")
    return tuple(UsageTargetRow(t.label, t.formula, t.target_percent,
                                campaign.source_label(t.source) + (" — indicatif, repris de 2022" if carried else ""))
                 for t in campaign.usage_targets)


def carried_note(campaign: Campaign) -> str:
    """The French note saying which figures of the campaign repeat 2022's (empty when none)."""
    if not campaign.carried_from_2022:
        return ""
    names = {"usage_targets": "les cibles d'usage", "max_duration_months": "les durées maximales des projets",
             "services_socles": "le nombre minimal de services socles (2)"}
    parts = ", ".join(names[k] for k in campaign.carried_from_2022 if k in names)
    return (f"Indicatif : {parts} de la campagne {campaign.year} reprennent ceux de l'appel à projets 2022, faute "
            "de chiffres publiés pour cette campagne ; l'ARS peut annoncer une exigence accrue.")
