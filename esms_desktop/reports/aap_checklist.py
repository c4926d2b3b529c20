"""Annex 3 of the pack, the call's check-list of pieces and steps (003 §7, 002), built from the
admissibility check so that it says what section 11 says: a criterion's state is printed as the checker
gives it, a piece to attach as « Fourni(e) » / « Manquant(e) ». No Qt.

    items = aap_checklist(dossier, n_ogs, report)   # report: the check (snapshot.admissibility) or None
"""

from __future__ import annotations

from typing import Any

from esms_desktop.reports import labels as L
from esms_desktop.reports.french import french
from esms_desktop.reports.model import CheckItem
from esms_desktop.reports.wording import count
from esms_desktop.rules.dossier import Dossier

DETAILS = 3  # details of a criterion printed after its explanation

#: The worst state first: a line drawn from several criteria takes the worst of them.
_ORDER = ("not_met", "to_complete", "met", "not_applicable")


def _item(label: str, state: str, explanation: str = "", state_label: str | None = None) -> CheckItem:
    return CheckItem(label, state, state_label or L.CHECK_STATES.get(state, state), explanation)


def _why(criterion: Any, *extra: str) -> str:
    """The criterion's explanation in French, a few of its details, then ``extra`` sentences."""
    parts = [french(criterion.explanation), *(french(m) for m in criterion.details[:DETAILS]), *extra]
    return " ".join(p.strip() for p in parts if p and p.strip())


def _piece(label: str, criterion: Any, feminine: bool, *extra: str) -> CheckItem:
    """A piece to attach: « Fourni(e) » when its criterion is met, « Manquant(e) » otherwise."""
    e = "e" if feminine else ""
    if criterion.state == "met":
        return _item(label, "ok", _why(criterion, *extra), f"Fourni{e}")
    if criterion.state == "not_applicable":
        return _item(label, "na", _why(criterion, *extra))
    return _item(label, "missing", _why(criterion, *extra), f"Manquant{e}")


def _criterion(label: str, criterion: Any, *extra: str) -> CheckItem:
    return _item(label, criterion.state, _why(criterion, *extra))


def _worst(*criteria: Any) -> Any:
    return min(criteria, key=lambda c: _ORDER.index(c.state) if c.state in _ORDER else 0)


def _rib(criterion: Any, d: Dossier) -> CheckItem:
    """The RIB: attached and right, missing, or given with wrong bank details (« Non conforme »)."""
    from esms_desktop.rules.identity.rib import rib_errors

    label = "RIB du porteur"
    rib = {"holder": d.rib.holder, "iban": d.rib.iban, "bic": d.rib.bic}
    typed = any(value.strip() for value in rib.values())
    attached = any(doc.kind == "rib" for doc in d.documents)
    if criterion.state != "met" and (typed or attached) and rib_errors(rib):
        return _item(label, "not_met", _why(criterion), "Non conforme")
    return _piece(label, criterion, False)


def _letters(criterion: Any, d: Dossier, n_ogs: int) -> CheckItem:
    signed = {doc.og for doc in d.documents if doc.kind == "engagement_letter"}
    attached = sum(1 for i in range(n_ogs) if i in signed)
    counted = count(attached, "lettre signée jointe", "lettres signées jointes", none="Aucune lettre signée jointe")
    first = f"{counted} sur {n_ogs}." if n_ogs else ""
    why = " ".join(x for x in (first, french(criterion.explanation) if criterion.state != "met" else "",
                               "Modèles pré-remplis en annexe 1.") if x)
    item = _piece("Lettre d'engagement signée de chaque OG", criterion, True)
    return CheckItem(item.label, item.state, item.state_label, why)


def _quotes(d: Dossier) -> CheckItem:
    """Quotes for the specific funding of small OGs: one attached for each OG asking for it."""
    label = "Devis à l'appui des financements spécifiques (petits OG)"
    ogs = d.ogs
    asking = [i for i, og in enumerate(ogs)
              if og.funding.equipment or og.funding.amoa_purchasing or og.funding.amoa_piloting]
    if not asking:
        return _item(label, "na", "Aucun financement spécifique demandé.")
    quoted = {doc.og for doc in d.documents if doc.kind == "quote"}
    lacking = [ogs[i].name or f"OG {i + 1}" for i in asking if i not in quoted]
    if lacking:
        return _item(label, "missing", f"Devis manquant pour : {', '.join(lacking)}.", "Manquant")
    return _item(label, "ok", count(len(asking), "OG demande", "OG demandent") + " un financement spécifique ; "
                 "chacun a joint son devis.", "Fourni")


def _communication(d: Dossier) -> CheckItem:
    from esms_desktop.rules.planning.communication import communication_gaps

    label = "Plan de communication"
    gaps = communication_gaps(d.communication, d.partners)
    actions = len(d.communication)
    if gaps.empty:
        return _item(label, "to_complete", "Aucune action de communication prévue.")
    done = count(actions, "action prévue", "actions prévues") + "."
    if gaps.complete:
        return _item(label, "met", done + " Chaque public est touché et chaque partenaire informé.")
    lacking = []
    if gaps.missing_audiences:
        lacking.append("public sans action : " + ", ".join(L.label(L.AUDIENCES, a) for a in gaps.missing_audiences))
    if gaps.uninformed_partners:
        lacking.append("partenaires à informer : " + ", ".join(gaps.uninformed_partners))
    if gaps.no_partner:
        lacking.append("aucun partenaire identifié")
    return _item(label, "to_complete", f"{done} Reste à faire — {' ; '.join(lacking)}.")


def aap_checklist(d: Dossier, n_ogs: int, report: Any | None,
                  galis_done: bool = False) -> tuple[CheckItem, ...]:
    """The pieces and steps of the candidature with what the dossier holds (``d``: the typed dossier).

    ``galis_done``: the user said the candidature is entered in GALIS (criterion 2 « Satisfait » then,
    « À saisir » before, however ready its fields are).

    ``report``: the admissibility check of the dossier (:class:`rules.admissibility.CheckReport`); when it
    could not be made, the lines drawn from it print « Non évalué ».
    """
    def c(key: str) -> Any:
        return report.get(key) if report is not None else None

    keys = ("admissibility.galis", "admissibility.presentation", "admissibility.planning",
            "admissibility.engagement_letters", "admissibility.rib", "access.national_agreement",
            "admissibility.maitrise_ouvrage", "priority.financing_plan", "priority.maturity_diagnostic",
            "priority.ror")
    try:
        found = {key: c(key) for key in keys}
    except KeyError:
        found = {key: None for key in keys}
    missing = any(v is None for v in found.values())
    items: list[CheckItem] = []
    galis = found["admissibility.galis"]
    if missing:
        na = L.CHECK_STATES[L.NOT_EVALUATED]
        for label in ("Dossier saisi dans GALIS (outil de dépôt de la CNSA)", "Note de présentation du projet",
                      "Planning prévisionnel", "Lettre d'engagement signée de chaque OG", "RIB du porteur",
                      "Accord écrit de l'entité nationale de rattachement"):
            items.append(_item(label, L.NOT_EVALUATED, "", na))
    else:
        if galis.state == "met" and not galis_done:
            items.append(_item("Dossier saisi dans GALIS (outil de dépôt de la CNSA)", "todo",
                               _why(galis, "La saisie en ligne reste à faire à partir de ce dossier."), "À saisir"))
        else:
            items.append(_criterion("Dossier saisi dans GALIS (outil de dépôt de la CNSA)", galis))
        items.append(_criterion("Note de présentation du projet", found["admissibility.presentation"]))
        items.append(_criterion("Planning prévisionnel", found["admissibility.planning"]))
        items.append(_letters(found["admissibility.engagement_letters"], d, n_ogs))
        items.append(_rib(found["admissibility.rib"], d))
        items.append(_piece("Accord écrit de l'entité nationale de rattachement", found["access.national_agreement"],
                            False))
    items.append(_quotes(d))
    if missing:
        na = L.CHECK_STATES[L.NOT_EVALUATED]
        items += [_item(label, L.NOT_EVALUATED, "", na) for label in (
            "Plan de financement détaillé (dépenses et recettes)", "Autodiagnostic de maturité SI de chaque OG")]
    else:
        plan = _worst(found["priority.financing_plan"], found["admissibility.maitrise_ouvrage"])
        items.append(_criterion("Plan de financement détaillé (dépenses et recettes)", plan))
        items.append(_criterion("Autodiagnostic de maturité SI de chaque OG", found["priority.maturity_diagnostic"]))
    members = count(n_ogs, "membre", "membres")
    items.append(_item("Convention de partenariat signée par les membres", "todo",
                       f"Projet de convention en annexe 2, à faire signer par les {members}." if n_ogs > 1
                       else "Projet de convention en annexe 2.", "À signer"))
    if missing:
        items.append(_item("Engagement à renseigner le ROR", L.NOT_EVALUATED, "", L.CHECK_STATES[L.NOT_EVALUATED]))
    else:
        items.append(_criterion("Engagement à renseigner le ROR", found["priority.ror"]))
    items.append(_communication(d))
    return tuple(items)
