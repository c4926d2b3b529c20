"""The DUI solution: the software chosen, its Ségur referencing, the services socles and référentiels, the
DUIs the ESSMS use today. No Qt."""

from __future__ import annotations

from collections import Counter
from collections.abc import Mapping
from typing import Any

from esms_desktop.reports import labels as L
from esms_desktop.reports.model import DuiFacts
from esms_desktop.rules.campaign import Campaign
from esms_desktop.rules.dossier_dict import all_essms, part
from esms_desktop.rules.dossier_dict import as_text as text

def dui_facts(d: Mapping[str, Any], campaign: Campaign) -> DuiFacts:
    dui = part(d, "dui")
    socles = set(dui.get("services_socles") or ())
    refs = set(dui.get("referentials") or ())
    kinds = Counter()
    for e in all_essms(d):
        if e.get("dui_kind"):
            kinds[L.label(L.DUI_KINDS, e.get("dui_kind"))] += 1
    segur = dui.get("segur_referenced")
    return DuiFacts(
        known=bool(dui),
        software=text(dui.get("software")),
        editor=text(dui.get("editor")),
        segur_referenced=segur if isinstance(segur, bool) else None,
        project_type=text(d.get("project_type")),
        project_type_label=L.label(L.PROJECT_TYPES, d.get("project_type")),
        hosting_label=L.label(L.HOSTINGS, d.get("hosting")),
        services_socles=tuple((label, key in socles) for key, label in L.SERVICES_SOCLES.items()),
        criterion_socles=len(socles & set(campaign.counted_services_socles)),
        referentials=tuple((label, key in refs) for key, label in L.REFERENTIALS.items()),
        current_duis=tuple(sorted(kinds.items(), key=lambda kv: -kv[1])),
        counted_socles=tuple(L.SERVICES_SOCLES.get(code, code) for code in campaign.counted_services_socles),
        min_socles=campaign.min_services_socles,
    )
