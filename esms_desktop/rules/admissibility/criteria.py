"""The eight admissibility criteria (003 §7) and the two conditions of access (003 §4.2). No Qt.

Each function takes the :class:`Facts` of one dossier and returns its :class:`Criterion` items; a
criterion with several parts (a complete dossier: note, planning, letters, RIB...) gives one item per
part, each pointing at the step and field that fix it.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from esms_desktop import formatting as fmt
from esms_desktop.rules.admissibility import messages as m
from esms_desktop.rules.admissibility.base import (
    SRC_ADMISSIBILITY,
    SRC_GALIS,
    SRC_NATIONAL_ENTITY,
    SRC_NON_REDUNDANCY,
    SRC_SEGUR,
    Criterion,
    Facts,
    text,
)
from esms_desktop.rules.campaign import Campaign
from esms_desktop.rules.dossier import Og
from esms_desktop.rules.findings import Finding, campaign_source
from esms_desktop.rules.presentation import PRESENTATION_KEYS
from esms_desktop.rules.presentation_checks import presentation_contradictions
from esms_desktop.text import Message

#: Which services socles criterion 5 counts and how many of them the DUI must reach are figures of the
#: campaign (``Campaign.counted_services_socles``, ``Campaign.min_services_socles``: 003 §7).
SOCLE_NAMES = {
    "dmp": "DMP / Mon espace santé", "mss": "MSSanté", "ins": "INS", "eprescription": "e-prescription",
    "plateforme_regionale": "plateforme régionale e-parcours", "psc": "Pro Santé Connect", "apcv": "ApCV",
}
#: Référentiels the DUI must integrate for the ESSMS of each sector. 003 §7 criterion 6: « La solution
#: de DUI devra intégrer les référentiels Sérafin-PH et/ou AGGIR Pathos selon le secteur des ESSMS »:
#: Sérafin-PH for PH, AGGIR for PA. PATHOS (the medical care model of the EHPAD's tariff) only for the
#: PA establishments that use it (PATHOS_CATEGORIES): a résidence autonomie or an accueil de jour
#: evaluates with AGGIR only. No seed names a référentiel for home care (DOM): AGGIR is recommended there.
REFERENTIALS_BY_SECTOR = {"PH": ("serafin_ph",), "PA": ("aggir",)}
PATHOS_CATEGORIES = frozenset({"500"})  # EHPAD
RECOMMENDED_BY_SECTOR = {"DOM": ("aggir",)}
REFERENTIAL_NAMES = {"serafin_ph": "Sérafin-PH", "aggir": "AGGIR", "pathos": "PATHOS"}
#: Sectors whose acquisitions could choose a DUI not référencé Ségur when the campaign allowed it (003 §4.2.C).
NON_SEGUR_SECTORS = ("PA", "PH", "DOM")

#: Composition findings reported by other items than the grappe's coherence.
_SIZE_KEYS = ("composition.empty", "composition.too_small")
_REDUNDANCY_BLOCKING = ("composition.already_funded", "composition.sons_other_software")
_REDUNDANCY_UNKNOWN = ("composition.sons_software_unknown",)
_ELSEWHERE = _SIZE_KEYS + _REDUNDANCY_BLOCKING + _REDUNDANCY_UNKNOWN + ("composition.national_entity_agreement",)

# Widget attributes (``field``) of the steps that fix each item.
F_GRAPPE_TREE = "tree"
F_DUI_SOFTWARE = "software_edit"
F_SEGUR = "segur_check"
F_RIB_FILE = "rib_file_button"
F_RIB = {"holder": "rib_holder_edit", "iban": "rib_iban_edit", "bic": "rib_bic_edit"}
F_FILING_DATE = "filing_edit"
F_FILING_CHECK = "filing_check"
F_ARS_WINDOW = "ars_start_edit"
F_PLANNING_EMPTY = "generate_button"


def letter_field(index: int) -> str:
    return f"letter_button_{index}"


def agreement_field(index: int) -> str:
    return f"agreement_button_{index}"


def socle_field(code: str) -> str:
    return f"{code}_check"


def referential_field(code: str) -> str:
    return f"{code}_check"


def _adm(key: str, number: int, label: Message, state: str, explanation: Message, step: str,
         field: str | None = None, details: tuple[Message, ...] = (), source: str = SRC_ADMISSIBILITY) -> Criterion:
    return Criterion(key, "admissibility", number, label, state, explanation, source, step, field, details)


def composition(f: Facts) -> Any:
    def compute() -> Any:
        from esms_desktop.rules.grappe.composition import composition_of

        return composition_of(f.dossier, f.campaign)

    return f.memo("composition", compute)


def finding_details(findings: list[Finding]) -> tuple[Message, ...]:
    out: list[Message] = []
    for finding in findings:
        out += [finding.what, finding.fix]
    return tuple(out)


# --- 1. the grappe -------------------------------------------------------------------------------


def grappe_size(f: Facts) -> list[Criterion]:
    report = composition(f)
    c = f.campaign
    label = m.L_SIZE(minimum=fmt.number(report.min_essms))
    source = campaign_source(c, "grappe.min_essms", SRC_ADMISSIBILITY)
    count = fmt.number(report.essms_count)
    if report.essms_count == 0:
        state, why = "not_met", m.SIZE_EMPTY()
    elif report.essms_count < report.min_essms:
        state, why = "not_met", m.SIZE_TOO_SMALL(count=count, minimum=fmt.number(report.min_essms))
    elif report.filing_level == "national":
        state, why = "met", m.SIZE_NATIONAL(count=count)
    elif report.filing_level == "multi_regional":
        state, why = "met", m.SIZE_MULTI(count=count, minimum=fmt.number(report.min_essms),
                                         maximum=fmt.number(c.regional_max_essms))
    elif report.essms_count > c.regional_max_essms:  # 001 (2024): 50 or more, all in one region
        state, why = "met", m.SIZE_LARGE_REGIONAL(count=count, national=fmt.number(c.national_min_essms))
    else:
        state, why = "met", m.SIZE_REGIONAL(count=count, minimum=fmt.number(report.min_essms),
                                              maximum=fmt.number(c.regional_max_essms))
    return [_adm("admissibility.grappe_size", 1, label, state, why, "grappe", F_GRAPPE_TREE,
                 source=f"{SRC_ADMISSIBILITY}; {source}")]


def grappe_coherence(f: Facts) -> list[Criterion]:
    findings = [x for x in composition(f).findings if x.key not in _ELSEWHERE]
    blocking = [x for x in findings if x.severity == "blocking"]
    warnings = [x for x in findings if x.severity == "warning"]
    if blocking:
        state, why, details = "not_met", blocking[0].what, finding_details(blocking)[1:]
    elif warnings:
        state, why = "met", m.COHERENT_WARNINGS(count=fmt.number(len(warnings)))
        details = finding_details(warnings)
    else:
        state, why, details = "met", m.COHERENT(), ()
    return [_adm("admissibility.grappe_coherence", 1, m.L_COHERENCE(), state, why, "grappe", F_GRAPPE_TREE,
                 details)]


# --- 2. a complete dossier -----------------------------------------------------------------------


def galis(f: Facts) -> list[Criterion]:
    """Criterion 2 (« GALIS complété »): the values GALIS asks for that no other item watches are filled, and
    whether the user said the candidature is entered (``Dossier.galis_entered_on``): until then the pack
    prints « À saisir » (:func:`galis_entered`)."""
    from esms_desktop.rules.galis import galis_fields, missing_required

    missing = missing_required(galis_fields(f.dossier, f.campaign))
    if missing:
        first = missing[0]
        state, why = "to_complete", m.GALIS_MISSING(count=fmt.number(len(missing)))
        step, field = first.step, first.field
        details: tuple[Message, ...] = tuple(item.label for item in missing)
    else:
        entered = f.dossier.galis_entered_on  # revision 0010: the user said it is typed in (the pack's « À saisir »)
        why = m.GALIS_ENTERED(date=fmt.date(entered)) if entered else m.GALIS_READY()
        state, step, field, details = "met", "verification", "galis_entered_check", ()
    return [Criterion("admissibility.galis", "admissibility", 2, m.L_GALIS(), state, why, SRC_GALIS, step, field,
                      details)]


def galis_entered(criterion: Criterion, entered_on: dt.date | None) -> bool:
    """Criterion 2 is satisfied in the pack: its fields are filled and the candidature is entered in GALIS
    (``Dossier.galis_entered_on``; ready to type is not typed)."""
    return criterion.state == "met" and entered_on is not None


def presentation(f: Facts) -> list[Criterion]:
    texts = f.presentation
    keys = list(PRESENTATION_KEYS)
    empty = [k for k in keys if not text(texts.get(k))]
    total = fmt.number(len(keys))
    if not empty:
        state, why = "met", m.PRESENTATION_DONE(total=total)
    elif len(empty) == len(keys):
        state, why = "not_met", m.PRESENTATION_EMPTY()
    else:
        state, why = "to_complete", m.PRESENTATION_PARTIAL(count=fmt.number(len(empty)), total=total)
    details = tuple(m.PRESENTATION_SECTIONS[k] for k in empty)
    field = empty[0] if empty else None
    # what the note says against the grappe or the planning: pointed out, the criterion's state unchanged
    contradictions = tuple(x.what for x in presentation_contradictions(f.dossier))
    return [_adm("admissibility.presentation", 2, m.L_PRESENTATION(), state, why, "presentation", field,
                 (details if state != "not_met" else ()) + contradictions)]


def planning_check(f: Facts) -> Any:
    def compute() -> Any:
        from esms_desktop.rules.planning.plan import check_dossier_plan

        return check_dossier_plan(f.dossier, f.campaign)

    return f.memo("planning", compute)


def planning(f: Facts) -> list[Criterion]:
    check = planning_check(f)
    window_keys = ("planning.filing_too_early", "planning.filing_too_late", "planning.no_window",
                   "planning.no_filing_date")
    blocking = [x for x in check.findings if x.severity == "blocking" and x.key not in window_keys]
    if not check.tasks:
        state, why, details = "not_met", m.PLANNING_EMPTY(), ()
    elif blocking:
        state, why, details = "to_complete", blocking[0].what, finding_details(blocking)[1:]
    else:
        state, details = "met", ()
        why = m.PLANNING_DONE(count=fmt.number(len(check.tasks)), start=fmt.date(check.start),
                              end=fmt.date(check.end))
    field = F_PLANNING_EMPTY if not check.tasks else None
    return [_adm("admissibility.planning", 2, m.L_PLANNING(), state, why, "planning", field, details)]


def letters(f: Facts) -> list[Criterion]:
    missing = [i for i in range(len(f.ogs)) if not f.has_document("engagement_letter", i)]
    if not f.ogs:
        state, why, field = "not_met", m.LETTERS_NO_OG(), None
        step = "grappe"
    elif missing:
        state, why, field, step = "not_met", m.LETTERS_MISSING(names=f.names(missing)), letter_field(missing[0]), "pieces"
    else:
        state, why, field, step = "met", m.LETTERS_DONE(count=fmt.number(len(f.ogs))), None, "pieces"
    return [_adm("admissibility.engagement_letters", 2, m.L_LETTERS(), state, why, step, field)]


def rib(f: Facts) -> list[Criterion]:
    from esms_desktop.rules.identity.rib import format_iban, rib_errors

    given = f.dossier.rib
    fields = {"holder": given.holder.strip(), "iban": given.iban.strip(), "bic": given.bic.strip()}
    errors = rib_errors(fields)
    has_file = f.has_document("rib", any_og=True)
    typed = any(fields.values())
    details: tuple[Message, ...] = tuple(errors.values())
    if not has_file and not typed:
        state, why, field, details = "not_met", m.RIB_NOTHING(), F_RIB["holder"], ()
    elif errors:
        state, why, field = "not_met", m.RIB_BAD_FIELDS(), F_RIB[next(iter(errors))]
    elif not has_file:
        state, why, field = "not_met", m.RIB_NO_FILE(), F_RIB_FILE
    else:
        state, field = "met", None
        why = m.RIB_DONE(holder=fields["holder"], iban=format_iban(fields["iban"]))
    return [_adm("admissibility.rib", 2, m.L_RIB(), state, why, "pieces", field, details)]


# --- 3. the window -------------------------------------------------------------------------------


def window(f: Facts) -> list[Criterion]:
    from esms_desktop.rules.grappe.composition import window_text

    check = planning_check(f)
    scope = check.scope
    win = check.window
    key = "regional" if scope == "multi_regional" and scope not in (f.campaign.windows or {}) else scope
    source = f"{SRC_ADMISSIBILITY}; " + campaign_source(f.campaign, f"windows.{key}.end", "003 §8")
    span = window_text(f.campaign, scope)
    own = check.filing
    if own is not None and own.origin == "dossier" and win is not None:
        span = f"{fmt.date(win.start) if win.start else '…'} – {fmt.date(win.end) if win.end else '…'}"
        source += f" ; ARS {own.region or '?'}"
    wrong = [x for x in check.findings if x.key in ("planning.filing_too_early", "planning.filing_too_late")]
    to_type = next((x for x in check.findings if x.key == "planning.window_to_type"), None)
    if to_type is not None:  # the campaign's dates are another ARS's: no verdict from them
        state, why = "to_complete", to_type.what
    elif win is None or (win.start is None and win.end is None):
        state, why = "to_complete", m.WINDOW_UNKNOWN()
    elif check.filing_date is None:
        if win.end is not None and f.today > win.end:
            state, why = "not_met", m.WINDOW_CLOSED(end=fmt.date(win.end))
        else:
            state, why = "to_complete", m.WINDOW_NO_DATE(window=span)
    elif wrong:
        state, why = "not_met", wrong[0].what
    elif win.is_open_on(check.filing_date) is None:
        state, why = "to_complete", m.WINDOW_UNKNOWN()
    else:
        state, why = "met", m.WINDOW_OK(date=fmt.date(check.filing_date), window=span)
    field = F_FILING_CHECK if check.filing_date is None else F_FILING_DATE
    if to_type is not None:
        field = F_ARS_WINDOW
    return [_adm("admissibility.window", 3, m.L_WINDOW(), state, why, "planning", field, source=source)]


# --- 4. Ségur, 5. services socles, 6. référentiels -----------------------------------------------


def _non_segur_allowed(f: Facts) -> tuple[bool, str]:
    """Whether this dossier may choose a DUI not référencé Ségur, and the source saying so.

    003 §4.2.C (2022): only acquisitions of grappes mostly of PA, PH or home-care ESSMS. The campaign
    file says whether the year allows it: it funds an editor share for a non-referenced DUI only then.
    """
    forfaits = f.campaign.forfaits.get("acquisition")
    editor = getattr(forfaits, "editor", None)
    figure = editor.non_segur.lower if editor is not None else None
    source = figure.source if figure is not None else SRC_SEGUR
    if figure is None or figure.value is None or f.project_type != "acquisition":
        return False, source
    sectors = [e.sector for e in f.essms]
    medico = sum(1 for s in sectors if s in NON_SEGUR_SECTORS)
    return bool(sectors) and 2 * medico > len(sectors), source


def segur(f: Facts) -> list[Criterion]:
    software = f.dui.software.strip()
    source = SRC_SEGUR
    if not software:
        state, why, field = "to_complete", m.SEGUR_NO_DUI(), F_DUI_SOFTWARE
    elif f.dui.segur_referenced:
        state, why, field = "met", m.SEGUR_OK(software=software), None
    else:
        allowed, figure_source = _non_segur_allowed(f)
        source = f"{SRC_SEGUR}; {figure_source}"
        if allowed:
            state, why, field = "met", m.SEGUR_EXCEPTION(software=software), F_SEGUR
        else:
            state, why, field = "not_met", m.SEGUR_NOT(software=software), F_SEGUR
    return [_adm("admissibility.segur", 4, m.L_SEGUR(), state, why, "solution", field, source=source)]


def socle_names(codes: Any) -> str:
    """« DMP / Mon espace santé, MSSanté, … » for service socle codes."""
    return ", ".join(SOCLE_NAMES.get(code, code) for code in codes)


def counted_socles(campaign: Campaign, offered: Any) -> list[str]:
    """The services socles among ``offered`` that criterion 5 counts under ``campaign``, in its order."""
    have = set(offered or ())
    return [c for c in campaign.counted_services_socles if c in have]


def socles(f: Facts) -> list[Criterion]:
    c = f.campaign
    minimum = c.min_services_socles
    chosen = counted_socles(c, f.dui.services_socles)
    names = socle_names(chosen) or "—"
    label = m.L_SOCLES(minimum=fmt.number(minimum), names=socle_names(c.counted_services_socles))
    count = fmt.number(len(chosen))
    if len(chosen) >= minimum:
        state, why, field = "met", m.SOCLES_OK(count=count, names=names), None
    else:
        first = next(code for code in c.counted_services_socles if code not in chosen)
        state, field = "not_met", socle_field(first)
        why = (m.SOCLES_NONE(minimum=fmt.number(minimum)) if not chosen
               else m.SOCLES_FEW(count=count, names=names, minimum=fmt.number(minimum)))
    source = f"{SRC_ADMISSIBILITY}; " + campaign_source(c, "admissibility.min_services_socles", "003 §7")
    return [_adm("admissibility.services_socles", 5, label, state, why, "solution", field, source=source)]


def needed_referentials(sectors: list[str | None], categories: list[str | None] | None = None) -> tuple[str, ...]:
    """The référentiels the ESSMS of these sectors need, in a fixed order (AHI counts as PDS).

    ``categories`` (FINESS category of each ESSMS, same order): PATHOS is needed for the PA ESSMS of a
    category in PATHOS_CATEGORIES (EHPAD); without categories, AGGIR only for PA.
    """
    from esms_desktop.rules.grappe.sectors import programme_sector

    cats = list(categories or ()) + [None] * max(0, len(sectors) - len(categories or ()))
    needed: set[str] = set()
    for sector, category in zip(sectors, cats):
        s = programme_sector(sector) or ""
        needed.update(REFERENTIALS_BY_SECTOR.get(s, ()))
        if s == "PA" and str(category or "").strip() in PATHOS_CATEGORIES:
            needed.add("pathos")
    return tuple(r for r in REFERENTIAL_NAMES if r in needed)


def recommended_referentials(sectors: list[str | None]) -> tuple[str, ...]:
    """Référentiels recommended (never required) for these sectors: AGGIR for home care (DOM)."""
    from esms_desktop.rules.grappe.sectors import programme_sector

    rec = {r for s in sectors for r in RECOMMENDED_BY_SECTOR.get(programme_sector(s) or "", ())}
    return tuple(r for r in REFERENTIAL_NAMES if r in rec)


def referentials(f: Facts) -> list[Criterion]:
    from esms_desktop.rules.grappe.sectors import programme_sector

    sectors = [programme_sector(e.sector) for e in f.essms]
    order = ("PA", "PH", "DOM", "PDE", "PDS")
    known = sorted({s for s in sectors if s}, key=lambda s: order.index(s) if s in order else 9)
    needed = needed_referentials(sectors, [e.category_code for e in f.essms])
    have = set(f.dui.referentials)
    missing = [r for r in needed if r not in have]
    advised = [r for r in recommended_referentials(sectors) if r not in have and r not in needed]
    shown = ", ".join(known)
    field = None
    if not known:
        state, why, step = "to_complete", m.REFERENTIALS_NO_SECTOR(), "grappe"
        field = F_GRAPPE_TREE
    elif not needed:
        state, why, step = "not_applicable", m.REFERENTIALS_NONE_NEEDED(), "solution"
    elif missing:
        state, step, field = "not_met", "solution", referential_field(missing[0])
        why = m.REFERENTIALS_MISSING(sectors=shown, missing=", ".join(REFERENTIAL_NAMES[r] for r in missing))
    else:
        state, step = "met", "solution"
        why = m.REFERENTIALS_OK(sectors=shown, needed=", ".join(REFERENTIAL_NAMES[r] for r in needed))
    details: tuple[Message, ...] = ()
    if advised and known:
        details = (m.REFERENTIALS_RECOMMENDED(names=", ".join(REFERENTIAL_NAMES[r] for r in advised)),)
    return [_adm("admissibility.referentials", 6, m.L_REFERENTIALS(), state, why, step, field, details,
                 source=f"{SRC_ADMISSIBILITY} « Sérafin-PH et/ou AGGIR Pathos selon le secteur des ESSMS »")]


# --- 7. maîtrise d'ouvrage -----------------------------------------------------------------------


def budget_plan(f: Facts) -> Any:
    def compute() -> Any:
        from esms_desktop.rules.funding.budget import compute_budget

        try:
            return compute_budget(f.dossier, f.campaign)
        except ValueError as exc:  # an unknown project type, more ESSMS in OGs than in the grappe...
            return exc

    return f.memo("budget", compute)


def moa(f: Facts) -> list[Criterion]:
    plan = budget_plan(f)
    details: tuple[Message, ...] = ()
    if isinstance(plan, Exception):
        state, why = "to_complete", m.MOA_NO_GRANT(reason=str(plan))
    elif plan.expense_total == 0:
        state, why = "to_complete", m.MOA_NO_BUDGET()
    else:
        keys = ("budget.moa_fully_funded", "budget.no_own_funds")
        failed = [x for x in plan.findings if x.key in keys]
        share = next((x for x in plan.findings if x.key == "budget.moa_share"), None)
        if failed:
            state, why, details = "not_met", failed[0].what, finding_details(failed)[1:]
        elif share is not None:
            state, why = "met", share.what
        else:
            state = "met"
            why = m.MOA_OK(cost=fmt.euros(plan.expense_total), grant=fmt.euros(plan.grant_retained),
                           rest=fmt.euros(plan.expense_total - plan.grant_retained))
    return [_adm("admissibility.maitrise_ouvrage", 7, m.L_MOA(), state, why, "budget", None, details)]


# --- 8. RGPD, DPO, IT charter --------------------------------------------------------------------


def _og_field(index: int, what: str) -> str:
    """The grappe step's field for an OG's detail: ``og_<index>_<what>`` (see GrappeStep.focus_field)."""
    return f"og_{index}_{what}"


def dpo_status(og: Og) -> str:
    """The DPO's designation in three states (003 §7 criterion 8: « la désignation d'un DPO […] doivent
    être réalisées ou en cours de réalisation »): ``dpo_status`` when given, else the older yes/no field."""
    status = og.dpo_status
    if status in ("done", "in_progress", "not_started"):
        return status
    return "done" if og.dpo_designated else "not_started"


def data_protection(f: Facts) -> list[Criterion]:
    out = []
    ogs = f.ogs
    for key, label, test, missing_msg, ok_msg, what in (
        ("admissibility.rgpd", m.L_RGPD, lambda og: og.rgpd_status in ("done", "in_progress"),
         m.NOT_STARTED_IN, m.EVERY_OG, "rgpd"),
        ("admissibility.dpo", m.L_DPO, lambda og: dpo_status(og) in ("done", "in_progress"), m.NO_DPO_IN,
         m.DPO_EVERY_OG, "dpo"),
        ("admissibility.it_charter", m.L_CHARTER, lambda og: og.it_charter in ("done", "in_progress"),
         m.NOT_STARTED_IN, m.EVERY_OG, "it_charter"),
    ):
        failing = [i for i, og in enumerate(ogs) if not test(og)]
        if not ogs:
            state, why, field = "not_met", m.LETTERS_NO_OG(), F_GRAPPE_TREE
        elif failing:
            state, why, field = "not_met", missing_msg(names=f.names(failing)), _og_field(failing[0], what)
        else:
            state, why, field = "met", ok_msg(count=fmt.number(len(ogs))), None
        out.append(_adm(key, 8, label(), state, why, "grappe", field))
    return out


# --- conditions of access ------------------------------------------------------------------------


def non_redundancy(f: Facts) -> list[Criterion]:
    findings = composition(f).findings
    blocking = [x for x in findings if x.key in _REDUNDANCY_BLOCKING]
    unknown = [x for x in findings if x.key in _REDUNDANCY_UNKNOWN]
    if blocking:
        state, why, details = "not_met", blocking[0].what, finding_details(blocking + unknown)[1:]
    elif unknown:
        state, why, details = "to_complete", unknown[0].what, finding_details(unknown)[1:]
    else:
        state, why, details = "met", m.REDUNDANCY_OK(), ()
    return [Criterion("access.non_redundancy", "access", 1, m.L_REDUNDANCY(), state, why, SRC_NON_REDUNDANCY,
                      "grappe", F_GRAPPE_TREE, details)]


def national_agreement(f: Facts) -> list[Criterion]:
    attached = [i for i, og in enumerate(f.ogs) if og.national_entity.strip()]
    missing = [i for i in attached if not f.has_document("national_agreement", i)]
    obtained = [i for i in missing if f.ogs[i].national_agreement]
    field = None
    if not attached:
        state, why = "not_applicable", m.AGREEMENT_NA()
    elif missing and len(obtained) < len(missing):
        lacking = [i for i in missing if i not in obtained]
        state, why, field = "not_met", m.AGREEMENT_MISSING(names=f.names(lacking)), agreement_field(lacking[0])
    elif missing:
        state, why, field = "to_complete", m.AGREEMENT_NOT_ATTACHED(names=f.names(obtained)), agreement_field(obtained[0])
    else:
        state, why = "met", m.AGREEMENT_OK(names=f.names(attached))
    return [Criterion("access.national_agreement", "access", 2, m.L_AGREEMENT(), state, why, SRC_NATIONAL_ENTITY,
                      "pieces", field)]


#: The admissibility criteria in the order of 003 §7: 1. the grappe (size, coherence); 2. a complete dossier
#: (GALIS first, then the note, the planning, the letters, the RIB, the window); 3-4. the DUI référencé
#: Ségur; 5. the services socles; 6. the referentials; 7. the maîtrise d'ouvrage; 8. RGPD, DPO, charter.
ADMISSIBILITY_CHECKS = (grappe_size, grappe_coherence, galis, presentation, planning, letters, rib, window, segur,
                        socles, referentials, moa, data_protection)
ACCESS_CHECKS = (non_redundancy, national_agreement)
