"""Several people on one dossier: no write lost without the person being told (SQLite and PostgreSQL).

Two rules, used by the write functions of the other storage modules:

- **Lock first.** A unit of work that changes a dossier starts with ``lock_dossier``: an UPDATE of the
  dossier's row (``touch`` then moves its version, at every change of its content). On PostgreSQL it takes the row lock; on SQLite it takes the
  write lock (waiting ``busy_timeout``). What the unit of work reads afterwards is the latest committed
  state, so a read-modify-write of one answer, one section or one list item keeps the others' items,
  and positions are allocated without duplicates.
- **Say what you started from.** A form's save gives the row version it was opened at and the values
  it showed (``based_on``). When the row moved since, each changed field is compared with what is
  stored now: someone else changed the same field to something else → :class:`StaleEdit` (nothing
  written; the user sees their value and chooses « recharger » / « garder ma version »); someone else
  changed other fields → both kept. A value of the dossier a row's save changes beside the row (the
  project lead: one person of the dossier) is compared whatever the row's version (``shared``): the
  form says the value it showed in ``based_on``. A delete says the same (``check_delete``): a row someone else
  changed since it was shown is not deleted unasked (:class:`StaleEdit`, their values).
"""

from __future__ import annotations

from typing import Any, Mapping

from esms_desktop.storage.errors import NotFoundError, StorageError
from esms_desktop.text import QT_TRANSLATE_NOOP

STALE = QT_TRANSLATE_NOOP(
    "Concurrency",
    "Someone else changed this since you opened it: {fields}. Reload to see their version, or keep yours.",
)
GONE = QT_TRANSLATE_NOOP("Concurrency", "This was deleted by someone else in the meantime.")

_LOCK_SQL = {
    "dossier": "UPDATE dossier SET version = version WHERE id = :id",
    "og": "UPDATE dossier SET version = version WHERE id = (SELECT dossier_id FROM og WHERE id = :id)",
    "essms": ("UPDATE dossier SET version = version WHERE id = "
              "(SELECT og.dossier_id FROM essms JOIN og ON og.id = essms.og_id WHERE essms.id = :id)"),
    "person": "UPDATE dossier SET version = version WHERE id = (SELECT dossier_id FROM person WHERE id = :id)",
    # the rows of the lists a step edits (revision 0011)
    **{table: f"UPDATE dossier SET version = version WHERE id = (SELECT dossier_id FROM {table} WHERE id = :id)"
       for table in ("need", "budget_line", "plan_task", "comm_action", "partner")},
}


class StaleEdit(StorageError):
    """A save based on a version someone else changed, on the same fields: nothing was written.

    ``theirs`` maps each conflicting field to the value stored now.
    """

    def __init__(self, theirs: Mapping[str, Any], version: int):
        super().__init__(STALE(fields=", ".join(theirs)))
        self.theirs = dict(theirs)
        self.version = version


def lock_dossier(session, dossier_id: int | None = None, *, via: str = "dossier", row_id: int | None = None) -> None:
    """Lock the dossier (of the row ``row_id`` of table ``via``); first statement of a unit of work
    that changes it (see the module doc)."""
    from sqlalchemy import text

    ident = dossier_id if via == "dossier" else row_id
    result = session.execute(text(_LOCK_SQL[via]), {"id": ident})
    if result.rowcount == 0:
        raise NotFoundError(GONE())


def dossier_version(db, dossier_id: int) -> int | None:
    """The dossier's version now (one small query; None when it was deleted): what the live check polls."""
    rows = db.rows("SELECT version FROM dossier WHERE id = :id", {"id": dossier_id})
    return rows[0][0] if rows else None


def stale_shared(based_on: Mapping[str, Any] | None, shared: Mapping[str, tuple[Any, Any]] | None) -> dict:
    """The values of the dossier a save changes beside its row (name → (stored now, the save's value)) that
    someone else set to something else since the form showed ``based_on[name]``: name → stored value.
    A name ``based_on`` does not give is not compared (an unconditional save)."""
    return {name: stored for name, (stored, mine) in (shared or {}).items()
            if based_on and name in based_on and stored != mine and stored != based_on[name]}


def check_and_apply(obj, changes: Mapping[str, Any], expected_version: int | None,
                    based_on: Mapping[str, Any] | None, columns: Mapping[str, str] | None = None,
                    shared: Mapping[str, tuple[Any, Any]] | None = None) -> None:
    """Apply ``changes`` to the ORM row ``obj`` (locked by ``lock_dossier``) if it is not stale; move its version.

    The check is skipped when the row is still at ``expected_version``; with no ``expected_version``
    but ``based_on``, the fields are always compared (a rename knows the name it replaces). Neither:
    an unconditional save (« garder ma version », imports, the CLI).
    ``columns`` maps a field name to its attribute when they differ. ``shared``: values of the dossier the
    save changes too, compared with ``based_on`` whatever the row's version (``stale_shared``).
    """
    columns = columns or {}
    current = getattr(obj, "version", None)
    theirs = stale_shared(based_on, shared)
    if (expected_version is not None and current != expected_version) or (expected_version is None and based_on):
        for name, mine in changes.items():
            stored = getattr(obj, columns.get(name, name))
            started = (based_on or {}).get(name, _MISSING)
            if stored != mine and (started is _MISSING or stored != started):
                theirs[name] = stored
    if theirs:
        raise StaleEdit(theirs, current)
    for name, value in changes.items():
        setattr(obj, columns.get(name, name), value)
    if current is not None:
        obj.version = current + 1


def check_delete(obj, expected_version: int | None, based_on: Mapping[str, Any] | None,
                 columns: Mapping[str, str] | None = None) -> None:
    """Before deleting the ORM row ``obj`` (locked by ``lock_dossier``): refuse when someone else changed it
    since it was shown at ``expected_version`` with the values ``based_on``.

    ``StaleEdit.theirs`` holds each field whose stored value differs from the one shown (the row moved but
    shows what the user saw: deleted). No ``expected_version``: an unconditional delete (« garder ma
    version », undo, the CLI)."""
    if expected_version is None:
        return
    current = getattr(obj, "version", None)
    if current is None or current == expected_version:
        return
    columns = columns or {}
    theirs = {name: stored for name, seen in (based_on or {}).items()
              if (stored := getattr(obj, columns.get(name, name))) != seen}
    if theirs or not based_on:
        raise StaleEdit(theirs, current)


_MISSING = object()
