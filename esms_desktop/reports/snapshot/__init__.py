"""The pack snapshot: everything the PDF prints, from the dossier, computed once with the pure rules.

    snapshot = build_pack_snapshot(load_dossier(db, dossier_id))     # or a dossier file dict

Reads the typed dossier (``storage.load_dossier``); a file dict (or its ``dossier`` object) is read once by
``Dossier.from_file``, the first slice of the format as well as the full one (dossier-format.md): a missing
part is an empty section, printed as « Non renseigné — à compléter à l'étape … », a yes/no or a code the
file left out « ? » or « Non renseigné » (``Answers.given``). The file's embedded pieces (their bytes, which
the model never holds) are the only thing read from the dict itself (:func:`.pieces.file_contents`).
No Qt, no database.

One module per subject: :mod:`.project` (the note, the commitments), :mod:`.grappe` (OGs, ESSMS,
composition, people), :mod:`.solution` (the DUI), :mod:`.funding` (needs, budget, grant, shares),
:mod:`.maturity`, :mod:`.planning` (planning, communication, usage targets), :mod:`.admissibility`
(section 11 and the GALIS verdict), :mod:`.letters` (letters and convention), :mod:`.pieces` (the stored
pieces); :mod:`.common` what they share.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Mapping
from typing import Any

from esms_desktop import __version__
from esms_desktop.reports.aap_checklist import aap_checklist
from esms_desktop.reports.model import PackSnapshot
from esms_desktop.reports.snapshot import (
    admissibility,
    funding,
    grappe,
    letters,
    maturity,
    pieces,
    planning,
    project,
    solution,
)
from esms_desktop.reports.snapshot.admissibility import CheckInput
from esms_desktop.reports.snapshot.project import PRESENTATION_TITLES
from esms_desktop.rules.campaign import Campaign, available_campaigns, campaign_of, document_short_name
from esms_desktop.rules.dossier import Dossier, as_dossier
from esms_desktop.rules.grappe.composition import GrappeInput, check_composition
from esms_desktop.rules.identity.geography import region_name

__all__ = ["PRESENTATION_TITLES", "CheckInput", "build_pack_snapshot"]


def build_pack_snapshot(
    dossier: Dossier | Mapping[str, Any],
    *,
    checklist: Iterable[CheckInput] | None = None,
    today: dt.date | None = None,
) -> PackSnapshot:
    """Everything the pack prints, from the typed dossier (or a dossier file dict, ``{"format": …,
    "dossier": {…}}`` or the inner ``dossier`` object, read by ``Dossier.from_file``).

    ``checklist``: the admissibility criteria as (label, state, explanation), when the caller has them;
    by default they come from ``esms_desktop.rules.admissibility.checker``; when the dossier's campaign has no
    rule file, every criterion prints « non évalué » (the rest of the pack uses the closest campaign's
    rules and says so). ``today``: the edition date (and the day of the check).
    """
    typed = as_dossier(dossier)  # a file dict is read once, here
    campaign, campaign_note = _campaign(typed.campaign_year or None)
    people = tuple(grappe.person_row(p) for p in typed.people)
    report = check_composition(GrappeInput.of(typed), campaign)
    ogs = grappe.og_rows(typed, report)
    essms = tuple(e for og in ogs for e in og.essms)
    porteur = next((og for og in ogs if og.is_porteur), None)
    dui = solution.dui_facts(typed, campaign)
    facts = grappe.grappe_facts(campaign, report, ogs)
    budget = funding.budget(typed, campaign)
    check = admissibility.check_report(typed, today)  # None when the dossier's campaign has no rule file
    items, evaluated, summary = admissibility.checklist(campaign, checklist, check)
    galis_done = admissibility.galis_done(typed, check)
    if checklist is None and check is not None:  # one GALIS verdict in section 11 and annex 3
        items = admissibility.galis_pending(items, tuple(c.key for c in check.criteria), galis_done)
    label = campaign.label + (f" ({campaign_note})" if campaign_note else "")
    return PackSnapshot(
        dossier_name=typed.name or "Dossier sans nom",
        uid=typed.uid.strip(),
        campaign_year=typed.campaign_year or campaign.year,
        campaign_label=label,
        campaign_indicative=campaign.indicative,
        generated_on=today or dt.date.today(),
        app_version=__version__,
        region=region_name(typed.region),
        project_type_label=dui.project_type_label,
        hosting_label=dui.hosting_label,
        porteur=porteur,
        ogs=ogs,
        essms=essms,
        presentation=project.presentation(typed),
        people=people,
        referents=grappe.referents(typed),
        grappe=facts,
        dui=dui,
        needs=funding.needs(typed, ogs),
        budget=budget,
        maturity=maturity.maturity(typed, ogs),
        planning=planning.planning(typed, campaign),
        communication=planning.communication(typed),
        partners=planning.partners(typed),
        usage_targets=planning.usage_targets(campaign),
        usage_measurement=" ".join(x for x in (campaign.usage_measurement, planning.carried_note(campaign)) if x),
        sources=tuple(sorted(((document_short_name(title), title) for title in campaign.documents.values()))),
        checklist=items,
        checklist_evaluated=evaluated,
        checklist_summary=summary,
        aap_checklist=aap_checklist(typed, len(ogs), check, galis_done),
        letters=letters.complete_letters(letters.letters(typed, ogs, porteur, dui, facts), ogs, budget),
        convention=letters.convention(typed, ogs, porteur, dui, facts, budget),
        commitments=project.commitments(typed),
        attachments=pieces.attachments(typed, ogs, pieces.file_contents(dossier)),
        galis_done=galis_done,
    )


def _campaign(year: int | None) -> tuple[Campaign, str]:
    """The campaign's rules; an unknown year falls back to the closest known campaign (and says so).

    This fallback is the pack's own: a document still prints for a dossier of a campaign the application
    has no rules for, with a note in its campaign label. The rules themselves never fall back
    (:func:`rules.campaign.campaign_of` raises), so the admissibility check-list prints « non évalué ».
    """
    wanted = year
    if wanted is not None and wanted in available_campaigns():
        return campaign_of({"campaign_year": wanted}), ""  # validated once per process
    years = available_campaigns()
    fallback = min(years, key=lambda y: (abs(y - (wanted or years[-1])), -y))
    missing = f"faute de règles pour {wanted}" if wanted else "faute d'année de campagne dans le dossier"
    return campaign_of({"campaign_year": fallback}), f"règles de la campagne {fallback}, {missing}"
