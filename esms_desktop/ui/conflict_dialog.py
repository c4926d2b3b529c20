"""Someone else changed what the user is saving: show what changed, then « Recharger » or « Garder ma version »;
someone else deleted it: say so (the step shows the list again, the row is not created anew). A removal
says the row's version too: someone else changed it since it was shown → what they changed, then
« Recharger » (nothing removed) or « Garder ma version » (removed)."""

from __future__ import annotations

import datetime as dt
from typing import Any, Callable, Mapping

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox, QWidget

RELOAD, KEEP = "reload", "keep"


Display = Callable[[str, Any], str]  # (field, value) → the text the form shows for it


def _shown(value: Any) -> str:
    if isinstance(value, dt.date):
        from esms_desktop.formatting import date

        return date(value)
    if isinstance(value, (list, tuple)):
        value = ", ".join(str(v) for v in value)
    if value is True:
        return QCoreApplication.translate("ConflictDialog", "yes")
    if value is False:
        return QCoreApplication.translate("ConflictDialog", "no")
    if value in (None, ""):
        return QCoreApplication.translate("ConflictDialog", "(empty)")
    text = str(value)
    return text if len(text) <= 120 else text[:117] + "…"


def field_labels() -> dict[str, str]:
    """What the forms call the fields of an OG or an ESSMS (the others are shown by their name)."""
    return {
        "name": QCoreApplication.translate("ConflictDialog", "Name"),
        "finess_ej": QCoreApplication.translate("ConflictDialog", "FINESS EJ"),
        "finess_et": QCoreApplication.translate("ConflictDialog", "FINESS ET"),
        "siret": QCoreApplication.translate("ConflictDialog", "SIREN / SIRET"),
        "legal_status": QCoreApplication.translate("ConflictDialog", "Legal status"),
        "address": QCoreApplication.translate("ConflictDialog", "Address"),
        "postcode": QCoreApplication.translate("ConflictDialog", "Postcode"),
        "town": QCoreApplication.translate("ConflictDialog", "Town"),
        "contact_name": QCoreApplication.translate("ConflictDialog", "Contact person"),
        "contact_email": QCoreApplication.translate("ConflictDialog", "E-mail"),
        "contact_phone": QCoreApplication.translate("ConflictDialog", "Phone"),
        "legal_rep_name": QCoreApplication.translate("ConflictDialog", "Name of the signatory"),
        "legal_rep_function": QCoreApplication.translate("ConflictDialog", "Function of the signatory"),
        "is_porteur": QCoreApplication.translate("ConflictDialog", "Porteur of the grappe"),
        "category_code": QCoreApplication.translate("ConflictDialog", "Category"),
        "sector": QCoreApplication.translate("ConflictDialog", "Sector"),
        "persons_accompanied": QCoreApplication.translate("ConflictDialog", "Persons accompanied"),
        "notes": QCoreApplication.translate("ConflictDialog", "Notes"),
        "dui_software": QCoreApplication.translate("ConflictDialog", "Current DUI software"),
        # the rows of the lists: needs, budget lines, tasks, communication actions and partners
        "label": QCoreApplication.translate("ConflictDialog", "Label"),
        "audience": QCoreApplication.translate("ConflictDialog", "Audience"),
        "people": QCoreApplication.translate("ConflictDialog", "Number of people"),
        "days": QCoreApplication.translate("ConflictDialog", "Days"),
        "quantity": QCoreApplication.translate("ConflictDialog", "Quantity"),
        "unit_cost": QCoreApplication.translate("ConflictDialog", "Unit cost"),
        "essms_id": QCoreApplication.translate("ConflictDialog", "ESSMS"),
        "equipment_type": QCoreApplication.translate("ConflictDialog", "Type of hardware"),
        "category": QCoreApplication.translate("ConflictDialog", "Category"),
        "kind": QCoreApplication.translate("ConflictDialog", "Kind"),
        "year": QCoreApplication.translate("ConflictDialog", "Year"),
        "amount": QCoreApplication.translate("ConflictDialog", "Amount"),
        "funder": QCoreApplication.translate("ConflictDialog", "Funder"),
        "quote_ref": QCoreApplication.translate("ConflictDialog", "Quote or commitment reference"),
        "title": QCoreApplication.translate("ConflictDialog", "Task"),
        "phase": QCoreApplication.translate("ConflictDialog", "Phase"),
        "start": QCoreApplication.translate("ConflictDialog", "Start"),
        "end": QCoreApplication.translate("ConflictDialog", "End"),
        "milestone": QCoreApplication.translate("ConflictDialog", "Milestone"),
        "depends_on": QCoreApplication.translate("ConflictDialog", "Depends on"),
        "owner": QCoreApplication.translate("ConflictDialog", "Owner"),
        "wave": QCoreApplication.translate("ConflictDialog", "Wave"),
        "wave_essms": QCoreApplication.translate("ConflictDialog", "ESSMS deployed"),
        "message": QCoreApplication.translate("ConflictDialog", "Message"),
        "channel": QCoreApplication.translate("ConflictDialog", "Channel"),
        "date": QCoreApplication.translate("ConflictDialog", "Date"),
        "informed": QCoreApplication.translate("ConflictDialog", "Informed"),
    }


def conflict_text(theirs: Mapping[str, Any], mine: Mapping[str, Any], labels: Mapping[str, str] | None = None,
                  display: Display | None = None) -> str:
    lines = [QCoreApplication.translate("ConflictDialog", "Someone else changed this while you were editing it:")]
    for name, value in theirs.items():
        label = (labels or field_labels()).get(name, name)
        show = (lambda v: _shown(display(name, v))) if display else _shown
        lines.append(QCoreApplication.translate("ConflictDialog", "• {field}: their version « {theirs} », yours « {mine} »").format(
            field=label, theirs=show(value), mine=show(mine.get(name))))
    lines.append("")
    lines.append(QCoreApplication.translate("ConflictDialog", "Reload to take their version (yours is dropped), or keep yours (theirs is replaced)."))
    return "\n".join(lines)


def save_changes_in_background(parent, submit, update, db, ident: int, version: int, original: Mapping[str, Any],
                               values: Mapping[str, Any], then: Callable[[Any], None], reshow: Callable[[], None],
                               reread: Callable[[], Any] | None = None, labels: Mapping[str, str] | None = None,
                               display: Display | None = None):
    """Save only the fields of a form that changed, saying the version and values they started from, as an
    ``autosave.Write`` (an autosaved field, a dialog's OK) whose write runs in the background; ``update(db,
    ident, expected_version, based_on, **changes)`` is a storage function such as ``grappe.update_og``.
    A conflict or a deleted row is answered on the UI thread (the question, then « Garder ma version »
    written in the background too). ``then(result)`` after a write, ``result`` being ``reread()``'s (or
    None); ``reshow()`` when nothing was written (« recharger », deleted): the form shows what is stored.
    None when no field changed."""
    changes = {k: v for k, v in values.items() if v != original.get(k)}
    if not changes:
        return None

    def write(expected, based_on):
        def run():
            update(db, ident, expected, based_on, **changes)
            return reread() if reread is not None else None
        return run

    return _guarded_write(parent, submit, write, version, dict(original), then, reshow,
                          lambda theirs: ask(parent, theirs, changes, labels, display) == KEEP)


def delete_in_background(parent, submit, delete, db, ident: int, version: int, shown: Mapping[str, Any],
                         then: Callable[[Any], None], reshow: Callable[[], None], name: str = "",
                         labels: Mapping[str, str] | None = None, display: Display | None = None):
    """A removal as an ``autosave.Write``: ``delete(db, ident, expected_version, based_on)`` runs in the
    background, saying the version and values the user saw (``shown``). Someone else changed the row
    since: asked on the UI thread (what they changed, « Recharger » / « Garder ma version »: removed
    anyway, in the background too); deleted already: said. ``then(None)`` once removed, ``reshow()`` when
    nothing was removed (the step shows what is stored)."""
    def run(expected, based_on):
        return lambda: delete(db, ident, expected, based_on)

    return _guarded_write(parent, submit, run, version, dict(shown), then, reshow,
                          lambda theirs: ask_delete(parent, theirs, shown, name, labels, display) == KEEP)


def _guarded_write(parent, submit, make, version: int, seen: dict, then: Callable[[Any], None],
                   reshow: Callable[[], None], keep_mine: Callable[[Any], bool]):
    """The ``autosave.Write`` of ``make(version, seen)`` (a job for the background queue) with the answers to
    its refusal on the UI thread: someone else's change asked (``keep_mine(theirs)``: written again without
    a version, in the background too), a row deleted meanwhile said; ``reshow()`` when nothing was written."""
    from esms_desktop.storage.concurrency import StaleEdit
    from esms_desktop.storage.errors import NotFoundError
    from esms_desktop.ui.autosave import Write

    def gone(exc: Exception) -> bool:
        if isinstance(exc, NotFoundError):
            say_gone(parent)
            reshow()
            return True
        return False

    def refused_again(exc: Exception) -> None:  # « garder ma version » refused in turn: said
        if not gone(exc):
            say_not_saved(parent, exc)
            reshow()

    def refused(exc: Exception) -> bool:
        if isinstance(exc, StaleEdit):
            if keep_mine(exc.theirs):
                submit(make(None, None), then, refused_again)
            else:
                reshow()
            return True
        return gone(exc)

    return Write(make(version, seen), then, refused)


class SentValues:
    """Per row of a step, the values it sent to be stored and not read back yet.

    A step reads its rows again only after a store; an edit of the same row made before that (a second
    cell typed, a tick undone, a dialog opened again) starts from what this window sent, not from the row
    as read before: neither a conflict with one's own change nor an edit taken for no change.

        original = sent.shown(key, row.values())        # what the next edit starts from (and a dialog shows)
        write = save_changes_in_background(..., original, values, reshow=lambda: sent.forget(key) ...)
        submit(sent.keep(key, write, original, values))  # remembered until read back (dropped if refused)
        ...
        sent.read_back({key: row.values() for each row read})   # in fill(): what is stored now is known
    """

    def __init__(self):
        self.rows: dict[Any, dict] = {}
        self._landed: dict[Any, dict] = {}  # of ``rows``, the fields whose write is stored (then: read after it)

    def shown(self, key, values: Mapping[str, Any]) -> dict:
        return {**values, **self.rows.get(key, {})}

    def keep(self, key, write, original: Mapping[str, Any], values: Mapping[str, Any]):
        """Remember the fields ``write`` sends; the write returned forgets them when it fails unanswered."""
        from esms_desktop.ui.autosave import Write

        sent = {k: v for k, v in values.items() if v != original.get(k)}
        self.rows.setdefault(key, {}).update(sent)

        def stored(result) -> None:  # any read from now on was made after this write: it knows better
            self._landed.setdefault(key, {}).update(sent)
            if write.then is not None:
                write.then(result)

        return forgetting(Write(write.run, stored, write.failed), lambda: self.forget(key))

    def forget(self, key) -> None:
        """Refused, « recharger », deleted: the next edit starts from what is stored."""
        self.rows.pop(key, None)
        self._landed.pop(key, None)

    def read_back(self, stored: Mapping[Any, Mapping[str, Any]]) -> None:
        """The rows read again (key → values): the fields they hold as sent are stored; a row gone, all; a
        field whose write was stored before this read, whatever it holds now (someone changed it since)."""
        for key, sent in list(self.rows.items()):
            values, landed = stored.get(key), self._landed.get(key, {})
            for name in [n for n, v in sent.items()
                         if values is None or values.get(n) == v or (n in landed and landed[n] == v)]:
                del sent[name]
                landed.pop(name, None)
            if not sent:
                self.forget(key)


def forgetting(write, forget: Callable[[], Any]):
    """``write`` whose failure not answered by a question (a storage error, shown as such) also calls
    ``forget()``: the values a step remembers as sent are dropped, its next edit starts from what is stored."""
    from esms_desktop.ui.autosave import Write

    def failed(exc: Exception) -> bool:
        handled = write.failed(exc) if write.failed is not None else False
        if not handled:
            forget()
        return handled

    return Write(write.run, write.then, failed)


def say_not_saved(parent: QWidget | None, exc: Exception) -> None:
    """A write refused for another reason than someone else's change: its reason, in French."""
    from esms_desktop.i18n import render
    from esms_desktop.storage.errors import StorageError

    text = render(exc.message) if isinstance(exc, StorageError) else str(exc)
    QMessageBox.warning(parent, QCoreApplication.translate("ConflictDialog", "Not saved"),
                        QCoreApplication.translate("ConflictDialog", "The last change could not be saved: {error}").format(
                            error=text))


def delete_conflict_text(theirs: Mapping[str, Any], shown: Mapping[str, Any], name: str = "",
                         labels: Mapping[str, str] | None = None, display: Display | None = None) -> str:
    if name:
        head = QCoreApplication.translate("ConflictDialog", "« {name} » was changed by someone else since you opened it:").format(
            name=name)
    else:
        head = QCoreApplication.translate("ConflictDialog", "This was changed by someone else since you opened it:")
    lines = [head]
    for field, value in theirs.items():
        label = (labels or field_labels()).get(field, field)
        show = (lambda v: _shown(display(field, v))) if display else _shown
        lines.append(QCoreApplication.translate("ConflictDialog", "• {field}: their version « {theirs} », yours « {mine} »").format(
            field=label, theirs=show(value), mine=show(shown.get(field))))
    lines.append("")
    lines.append(QCoreApplication.translate(
        "ConflictDialog", "Reload to see their version (nothing is removed), or keep your version (it is removed)."))
    return "\n".join(lines)


def ask_delete(parent: QWidget | None, theirs: Mapping[str, Any], shown: Mapping[str, Any], name: str = "",
               labels: Mapping[str, str] | None = None, display: Display | None = None) -> str:
    """RELOAD or KEEP (remove it anyway) for a removal of a row someone else changed (closing the box reloads)."""
    return _choose(parent, delete_conflict_text(theirs, shown, name, labels, display))


def say_gone(parent: QWidget | None) -> None:
    """Someone else deleted what the user was changing: said, and the step shows the list again."""
    box = QMessageBox(QMessageBox.Icon.Information, QCoreApplication.translate("ConflictDialog", "Deleted by someone else"),
                      QCoreApplication.translate(
                          "ConflictDialog", "Someone else deleted this while you were editing it: your change was not "
                                            "saved. The list now shows what is stored."), parent=parent)
    box.setObjectName("goneBox")
    box.exec()


def ask(parent: QWidget | None, theirs: Mapping[str, Any], mine: Mapping[str, Any],
        labels: Mapping[str, str] | None = None, display: Display | None = None) -> str:
    """RELOAD or KEEP, as the user chooses (closing the box reloads: nothing is overwritten unasked)."""
    return _choose(parent, conflict_text(theirs, mine, labels, display))


def _choose(parent: QWidget | None, text: str) -> str:
    box = QMessageBox(QMessageBox.Icon.Warning, QCoreApplication.translate("ConflictDialog", "Changed by someone else"),
                      text, parent=parent)
    box.setObjectName("conflictBox")
    reload_button = box.addButton(QCoreApplication.translate("ConflictDialog", "&Reload"), QMessageBox.ButtonRole.RejectRole)
    keep_button = box.addButton(QCoreApplication.translate("ConflictDialog", "&Keep my version"), QMessageBox.ButtonRole.AcceptRole)
    box.setDefaultButton(reload_button)
    box.setEscapeButton(reload_button)
    box.exec()
    return KEEP if box.clickedButton() is keep_button else RELOAD
