"""Running the admissibility check for a view, and following a criterion's link to its step and field."""

from __future__ import annotations

import datetime as dt
import re

from PySide6.QtWidgets import QScrollArea, QTreeWidget, QWidget

from esms_desktop.rules.admissibility.checker import CheckReport, check_dossier

#: State → mark shown before a criterion (with its colour in the views).
MARKS = {"met": "✔", "not_met": "✖", "to_complete": "◐", "not_applicable": "–"}
COLOURS = {"met": "#1b7f3b", "not_met": "#b00020", "to_complete": "#b26a00", "not_applicable": "#666666"}
#: Where to land when a step does not know the field a criterion names (e.g. a field inside a dialog).
FALLBACK_FIELDS = {"grappe": "tree"}

_cache: dict[tuple, CheckReport] = {}


def run_check(db, dossier_id: int, today: dt.date | None = None, dossier=None) -> CheckReport:
    """The check of the stored dossier (recomputed only when the dossier changed since the last call).

    ``dossier``: the dossier just read by ``storage.load_dossier`` (its ``version`` says which), to check
    it without reading it again.

    Raises the storage errors of reading the dossier, and ``rules.campaign.CampaignFileError`` when its
    campaign has no usable rule file (callers show :func:`ui.campaign_errors.campaign_error_text`).
    """
    from esms_desktop.storage.dossiers import get_dossier
    from esms_desktop.storage.loader import load_dossier

    today = today or dt.date.today()
    version = dossier.version if dossier is not None else get_dossier(db, dossier_id).modified_at.isoformat()
    key = (getattr(db, "url", id(db)), dossier_id, version, today)
    report = _cache.get(key)
    if report is None:
        if dossier is None:
            dossier = load_dossier(db, dossier_id)  # metadata of the documents only, never their bytes
        report = check_dossier(dossier, dossier.campaign(), today)
        _cache.clear()  # one dossier is open at a time: keep the last result only
        _cache[key] = report
    return report


def galis_rows(db, dossier_id: int):
    """The GALIS helper's fields of the stored dossier (rules.galis.GalisField list).

    Raises ``rules.campaign.CampaignFileError`` like :func:`run_check`.
    """
    from esms_desktop.rules.galis import galis_fields
    from esms_desktop.storage.loader import load_dossier

    dossier = load_dossier(db, dossier_id)
    return galis_fields(dossier, dossier.campaign())


def wizard_of(widget: QWidget | None):
    """The WizardView holding ``widget`` (the first ancestor with ``go_to_step``), or None."""
    while widget is not None:
        if hasattr(widget, "go_to_step") and hasattr(widget, "current_step"):
            return widget
        widget = widget.parentWidget()
    return None


def reveal(widget: QWidget) -> None:
    """Scroll every scroll area holding ``widget`` so that it is visible."""
    parent = widget.parentWidget()
    while parent is not None:
        if isinstance(parent, QScrollArea):
            parent.ensureWidgetVisible(widget, 40, 40)
        parent = parent.parentWidget()


def _select_og_row(page: QWidget, field: str | None) -> None:
    """For a field ``og_<index>_<what>`` of the grappe step (edited in the OG's dialog), select that OG's
    row of the step's tree, so that Enter or a double-click opens it."""
    match = re.fullmatch(r"og_(\d+)_\w+", field or "")
    tree = getattr(page, "tree", None)
    if match and isinstance(tree, QTreeWidget) and int(match.group(1)) < tree.topLevelItemCount():
        tree.setCurrentItem(tree.topLevelItem(int(match.group(1))))


def navigate(origin: QWidget, step: str, field: str | None) -> bool:
    """Show ``step`` of the wizard holding ``origin`` and focus its ``field``; True when the field took it."""
    wizard = wizard_of(origin)
    if wizard is None:
        return False
    wizard.go_to_step(step)
    page = wizard.current_step()
    if getattr(page, "key", None) != step:
        return False
    if page.is_loading():  # its data arrives in the background: focus the field once it is shown
        def loaded(loading: bool) -> None:
            if not loading:
                page.loading_changed.disconnect(loaded)
                _land(page, step, field)

        page.loading_changed.connect(loaded)
        return True
    return _land(page, step, field)


def _land(page: QWidget, step: str, field: str | None) -> bool:
    landed = bool(field) and page.focus_field(field)
    if not landed and FALLBACK_FIELDS.get(step):
        _select_og_row(page, field)
        page.focus_field(FALLBACK_FIELDS[step])
    target = getattr(page, field, None) if field else None
    if landed and isinstance(target, QWidget):
        reveal(target)
    return landed
