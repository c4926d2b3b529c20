"""The DUI solution: the software chosen, its Ségur referencing, the services socles and référentiels, the
DUIs the ESSMS use today. No Qt."""

from __future__ import annotations

from collections import Counter

from esms_desktop.reports import labels as L
from esms_desktop.reports.model import DuiFacts
from esms_desktop.rules.campaign import Campaign
from esms_desktop.rules.dossier import Dossier


def dui_facts(d: Dossier, campaign: Campaign) -> DuiFacts:
    """The DUI; what a file left out (no DUI object, Ségur referencing, project type, hosting, an ESSMS's
    current DUI) prints « ? » / « Non renseigné » (``Answers.given``)."""
    dui = d.dui
    socles = set(dui.services_socles)
    refs = set(dui.referentials)
    kinds: Counter[str] = Counter()
    for e in d.all_essms:
        kind = e.given("dui_kind")
        if kind:
            kinds[L.label(L.DUI_KINDS, kind)] += 1
    project_type = d.given("project_type")
    return DuiFacts(
        known="dui" not in d.unanswered,
        software=dui.software.strip(),
        editor=dui.editor.strip(),
        segur_referenced=dui.given("segur_referenced"),
        project_type=project_type or "",
        project_type_label=L.label(L.PROJECT_TYPES, project_type),
        hosting_label=L.label(L.HOSTINGS, d.given("hosting")),
        services_socles=tuple((label, key in socles) for key, label in L.SERVICES_SOCLES.items()),
        criterion_socles=len(socles & set(campaign.counted_services_socles)),
        referentials=tuple((label, key in refs) for key, label in L.REFERENTIALS.items()),
        current_duis=tuple(sorted(kinds.items(), key=lambda kv: -kv[1])),
        counted_socles=tuple(L.SERVICES_SOCLES.get(code, code) for code in campaign.counted_services_socles),
        min_socles=campaign.min_services_socles,
    )
