"""The admissibility check-list of section 11 and the one GALIS verdict it shares with annex 3: the
checker's criteria in French, « non évalué » without rules, GALIS « À saisir » until the user says the
candidature is entered. No Qt."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from dataclasses import replace
from typing import Any

from esms_desktop.reports import labels as L
from esms_desktop.reports.french import french
from esms_desktop.reports.model import CheckItem
from esms_desktop.rules.campaign import Campaign, CampaignFileError
from esms_desktop.rules.dossier import Dossier

CheckInput = tuple[Any, str, Any]
"""A check-list line the caller gives: (label, state, explanation); label and
explanation are French strings or :class:`~esms_desktop.text.Message` s."""


GALIS_PENDING = "À saisir"


def _text(state: Any) -> str:
    """A check-list state as the caller gives it (a word, a boolean, None), as stripped text."""
    return "" if state is None else str(state).strip()


def _check_item(label: Any, state: Any, explanation: Any, kind: str = "admissibility",
                number: int | None = None, details: tuple = ()) -> CheckItem:
    code = _text(state).lower() or L.NOT_EVALUATED
    if isinstance(state, bool):
        code = "ok" if state else "missing"
    why = " ".join(x for x in (french(explanation or ""), *(french(m) for m in details[:6])) if x)
    if len(details) > 6:
        why += f" (et {len(details) - 6} autres)"
    return CheckItem(french(label), code, L.CHECK_STATES.get(code, _text(state)), why, kind, number)


def check_report(d: Dossier, today: dt.date | None) -> Any | None:
    """The admissibility check (:mod:`esms_desktop.rules.admissibility.checker`) of the dossier, made once for
    section 11 and annex 3; None when the dossier's campaign has no valid rule file. Any other error of
    the checker propagates: the caller (export worker, CLI) reports it."""
    from esms_desktop.rules.admissibility.checker import check_admissibility

    try:
        return check_admissibility(d, today)
    except CampaignFileError:
        return None


def checklist(campaign: Campaign, given: Iterable[CheckInput] | None,
               report: Any | None) -> tuple[tuple[CheckItem, ...], bool, str]:
    """The admissibility check-list: given as (label, state, explanation) tuples, or from the checker's
    ``report``; without one (no rule file for the dossier's campaign), every criterion of 003 §7
    « non évalué », with the figures of ``campaign`` (the rules the pack fell back on)."""
    from esms_desktop.rules.admissibility.checker import summary

    if given is not None:
        return tuple(_check_item(*item) for item in given), True, ""
    if report is None:
        state = L.CHECK_STATES[L.NOT_EVALUATED]
        items = tuple(CheckItem(c, L.NOT_EVALUATED, state, "", "admissibility", i + 1)
                      for i, c in enumerate(L.admissibility_criteria(campaign)))
        return items, False, ""
    items = tuple(_check_item(c.label, c.state, c.explanation, c.kind, c.number, tuple(c.details))
                  for c in report.criteria)
    return items, True, french(summary(report))


def galis_done(d: Dossier, check: Any | None) -> bool:
    """Criterion 2 satisfied: its fields filled and the user said the candidature is entered in GALIS."""
    from esms_desktop.rules.admissibility.criteria import galis_entered

    if check is None:
        return False
    try:
        criterion = check.get("admissibility.galis")
    except KeyError:
        return False
    return galis_entered(criterion, d.galis_entered_on)


def galis_pending(items: tuple[CheckItem, ...], keys: tuple[str, ...], done: bool = False) -> tuple[CheckItem, ...]:
    """Criterion 2 (GALIS) « À saisir » until the user says the dossier is entered: ready to type is not
    typed. ``keys``: the criteria's keys, in the order of ``items``."""
    if done:
        return items
    out = []
    for item, key in zip(items, keys):
        if key == "admissibility.galis" and item.state == "met":
            why = " ".join(x for x in (item.explanation, "La saisie en ligne reste à faire à partir de ce dossier.") if x)
            item = replace(item, state="todo", state_label=GALIS_PENDING, explanation=why)
        out.append(item)
    return tuple(out) + tuple(items[len(keys):])
