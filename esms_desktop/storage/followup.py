"""The dossier after filing: its state, the ARS decision, the money and the real deployment dates.

State: ``preparation`` (en préparation) → ``filed`` (déposé, with a date) → ``selected`` (retenu: amount
awarded, convention signed on …) or ``rejected`` (non retenu, with the ARS's reasons). A dossier with no
follow-up row is en préparation.

``money`` (a plain dict, checked here before it is stored)::

    {"avance": {"date": "2025-02-03", "amount": 59000},            # received
     "solde_requested": {"date": ..., "amount": ...}, "solde_received": {"date": ..., "amount": ...},
     "redistribution": [{"og": "890001548", "date": ..., "amount": 20000}],   # per OG, by FINESS EJ
     "expenses": [{"budget_line": 0, "label": "...", "amount": 4800, "status": "paid" | "committed",
                   "date": ..., "invoice": "<sha256 of a document of the dossier>" | null}]}

``deployment``: ``{"waves": {"1": {"start": ..., "end": ...}}, "essms": {"<FINESS ET>": {"start": ..., "end": ...}}}``
(real dates; the planned ones are the planning's).
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from typing import Any

from esms_desktop.storage.database import Database
from esms_desktop.storage.dossiers import dossier_row, touch
from esms_desktop.storage.errors import StorageError
from esms_desktop.storage.models import Followup
from esms_desktop.text import QT_TRANSLATE_NOOP

STATES = ("preparation", "filed", "selected", "rejected")

BAD_STATE = QT_TRANSLATE_NOOP("Followup", "« {state} » is not a dossier state.")
NEEDS_FILING = QT_TRANSLATE_NOOP(
    "Followup", "A dossier is retenu or non retenu only once filed: give the filing date first.")
BAD_AMOUNT = QT_TRANSLATE_NOOP("Followup", "The amount of « {what} » must be a whole number of euros, 0 or more.")
BAD_DATE = QT_TRANSLATE_NOOP("Followup", "The date of « {what} » is not a date (day/month/year).")
BAD_STATUS = QT_TRANSLATE_NOOP("Followup", "An expense is either committed or paid, not « {status} ».")
NO_EXPENSE = QT_TRANSLATE_NOOP("Followup", "This expense is no longer recorded (removed meanwhile?).")


class FollowupError(StorageError):
    """A follow-up change was refused; nothing was written."""


@dataclass(frozen=True)
class FollowupState:
    state: str = "preparation"
    filed_on: dt.date | None = None
    decision_on: dt.date | None = None
    awarded_amount: int | None = None
    convention_signed_on: dt.date | None = None
    refusal_reasons: str = ""
    candidature_reopened: bool = False
    money: dict = field(default_factory=dict)
    deployment: dict = field(default_factory=dict)

    @property
    def after_award(self) -> bool:
        return self.state == "selected"

    @property
    def candidature_locked(self) -> bool:
        """The candidature steps are read-only once filed, unless the user reopened them."""
        return self.state != "preparation" and not self.candidature_reopened


FIELDS = ("state", "filed_on", "decision_on", "awarded_amount", "convention_signed_on", "refusal_reasons",
          "candidature_reopened", "money", "deployment")


def _row(f: Followup | None) -> FollowupState:
    if f is None:
        return FollowupState()
    return FollowupState(**{name: getattr(f, name) for name in FIELDS})


def get_followup(db: Database, dossier_id: int) -> FollowupState:
    """The dossier's follow-up (NotFoundError when the dossier is gone): one query, the dossier's row
    joined to its follow-up row when it has one (the window asks at every refresh, for the lock)."""
    from sqlalchemy import select

    from esms_desktop.storage.models import Dossier

    with db.session() as session:
        found = session.execute(select(Dossier.id, Followup).outerjoin(Followup, Followup.dossier_id == Dossier.id)
                                .where(Dossier.id == dossier_id)).first()
        if found is None:
            dossier_row(session, dossier_id)  # raises NotFoundError
        return _row(found[1])


def dossier_state(db: Database, dossier_id: int) -> str:
    """« preparation », « filed », « selected » or « rejected » (for the dossier list's state column)."""
    rows = db.rows("SELECT state FROM followup WHERE dossier_id = :id", {"id": dossier_id}) if _has_table(db) else []
    return rows[0][0] if rows else "preparation"


def dossier_states(db: Database) -> dict[int, str]:
    """Every dossier's state that is not « preparation », by dossier id (one query, for the list)."""
    if not _has_table(db):
        return {}
    return {dossier_id: state for dossier_id, state in db.rows("SELECT dossier_id, state FROM followup")}


def _has_table(db: Database) -> bool:
    """False on a SQLite file older than revision 0008 (read before any migration); a server is always
    migrated to the head before it is read."""
    if db.server is not None:
        return True
    return bool(db.rows("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'followup'"))


def _amount(value: Any, what: str) -> int | None:
    if value is None:
        return None
    if isinstance(value, bool) or not isinstance(value, int) or value < 0:
        raise FollowupError(BAD_AMOUNT(what=what))
    return value


def _check_date(value: Any, what: str) -> None:
    if value is None:
        return
    try:
        dt.date.fromisoformat(value)
    except (TypeError, ValueError):
        raise FollowupError(BAD_DATE(what=what)) from None


def check_money(money: dict) -> None:
    for key in ("avance", "solde_requested", "solde_received"):
        item = money.get(key) or {}
        _amount(item.get("amount"), key)
        _check_date(item.get("date"), key)
    for item in money.get("redistribution", []):
        _amount(item.get("amount"), item.get("og", ""))
        _check_date(item.get("date"), item.get("og", ""))
    for item in money.get("expenses", []):
        _amount(item.get("amount"), item.get("label", ""))
        _check_date(item.get("date"), item.get("label", ""))
        if item.get("status", "paid") not in ("paid", "committed"):
            raise FollowupError(BAD_STATUS(status=item.get("status")))


UNCONDITIONAL = object()  # a ``based_on`` that says: store it whatever is stored now (« garder ma version »)


def _stale(theirs: dict, session, dossier_id: int) -> None:
    """Raise StaleEdit for ``theirs`` (the values stored now that someone else wrote) when there are some."""
    if theirs:
        from esms_desktop.storage.concurrency import StaleEdit

        raise StaleEdit(theirs, dossier_row(session, dossier_id).version or 0)


def _change(db: Database, dossier_id: int, mutate) -> FollowupState:
    """One unit of work on the follow-up: the dossier locked first (``concurrency.lock_dossier``: what is
    read next is the latest committed state, so a change of one part keeps the others' changes), its row
    read (made when missing), ``mutate(row, session)`` applied, checked, the dossier's version moved."""
    from esms_desktop.storage.concurrency import lock_dossier

    with db.session() as session:
        lock_dossier(session, dossier_id)
        row = session.get(Followup, dossier_id)
        if row is None:
            row = Followup(dossier_id=dossier_id, state="preparation", refusal_reasons="",
                           candidature_reopened=False, money={}, deployment={})
            session.add(row)
        mutate(row, session)
        if row.state in ("selected", "rejected") and row.filed_on is None:
            raise FollowupError(NEEDS_FILING)
        touch(session, dossier_id)
        session.flush()
        return _row(row)


def update_followup(db: Database, dossier_id: int, based_on: dict | None = None, **changes: Any) -> FollowupState:
    """Change some follow-up fields in one transaction; returns the new state. Refuses bad values.

    ``based_on``: the values the form showed; a field someone else changed meanwhile to another value than
    the one saved raises ``StaleEdit`` (nothing written); None: an unconditional save."""
    unknown = set(changes) - set(FIELDS)
    if unknown:
        raise TypeError(f"unknown follow-up fields {sorted(unknown)}")
    if "state" in changes and changes["state"] not in STATES:
        raise FollowupError(BAD_STATE(state=changes["state"]))
    if "awarded_amount" in changes:
        _amount(changes["awarded_amount"], "montant accordé")
    if "money" in changes:
        check_money(changes["money"])

    def mutate(row, session) -> None:
        if based_on is not None:
            theirs = {}
            for name, mine in changes.items():
                stored = getattr(row, name)
                if name in based_on and stored != mine and stored != based_on[name]:
                    theirs[name] = stored
            _stale(theirs, session, dossier_id)
        for name, value in changes.items():
            setattr(row, name, value)

    return _change(db, dossier_id, mutate)


def _change_money(db: Database, dossier_id: int, change) -> FollowupState:
    """``change(money, session)`` on a copy of the stored ``money`` (read under the dossier's lock), checked, stored."""
    def mutate(row, session) -> None:
        money = {k: (list(v) if isinstance(v, list) else v) for k, v in (row.money or {}).items()}
        change(money, session)
        check_money(money)
        row.money = money

    return _change(db, dossier_id, mutate)


def rework_for_next_window(db: Database, dossier_id: int, new_name: str) -> int:
    """« Retravailler pour la fenêtre suivante »: a copy of a non retenu dossier, en préparation again."""
    from esms_desktop.storage.dossier_file import export_dossier, import_dossier

    data = export_dossier(db, dossier_id)
    source = data["dossier"]
    source["name"] = new_name
    for key in ("created_at", "modified_at", "followup", "usage_measures"):
        source.pop(key, None)
    return import_dossier(db, data, on_conflict="copy")


def dossier_data(db: Database, dossier_id: int) -> dict[str, Any]:
    """The dossier dict (file format) the follow-up rules read: rates, money table, deployment."""
    from esms_desktop.storage.dossier_file import export_dossier

    return export_dossier(db, dossier_id)


def set_money(db: Database, dossier_id: int, key: str, value: Any, based_on: Any = UNCONDITIONAL) -> FollowupState:
    """Replace one part of ``money`` (``avance``, ``solde_requested``, ``redistribution``...); ``based_on``: the
    value shown before (someone else changed it meanwhile to something else: ``StaleEdit``)."""
    def change(money, session) -> None:
        stored = money.get(key)
        if based_on is not UNCONDITIONAL and stored != value and stored != based_on:
            _stale({key: stored}, session, dossier_id)
        money[key] = value

    return _change_money(db, dossier_id, change)


def set_redistribution(db: Database, dossier_id: int, og_finess_ej: str, date: str | None, amount: int | None,
                       based_on: Any = UNCONDITIONAL) -> None:
    """What one OG received (``based_on``: ``{"date", "amount"}`` shown before, or None when nothing was)."""
    mine = {"date": date, "amount": amount} if amount is not None or date is not None else None

    def change(money, session) -> None:
        items = list(money.get("redistribution", []))
        found = next((r for r in items if r.get("og") == og_finess_ej), None)
        stored = None if found is None else {"date": found.get("date"), "amount": found.get("amount")}
        if based_on is not UNCONDITIONAL and stored != mine and stored != based_on:
            _stale({og_finess_ej: stored}, session, dossier_id)
        items = [r for r in items if r.get("og") != og_finess_ej]
        if mine is not None:
            items.append({"og": og_finess_ej, **mine})
        money["redistribution"] = items

    _change_money(db, dossier_id, change)


def add_expense(db: Database, dossier_id: int, *, budget_line: int | None, label: str, amount: int, status: str,
                date: str | None, invoice_path: str | None = None) -> None:
    """Record an expense (committed or paid); an invoice file is attached as a document of the dossier.

    The expense is checked before the invoice is attached, so a refused expense leaves no document behind.
    Added to the expenses stored when it is written (someone else's added meanwhile are kept).
    """
    check_money({"expenses": [{"label": label, "amount": amount, "status": status, "date": date}]})
    invoice = _attach_invoice(db, dossier_id, invoice_path, label) if invoice_path else None

    def change(money, session) -> None:
        money["expenses"] = list(money.get("expenses", [])) + [
            {"budget_line": budget_line, "label": label, "amount": amount, "status": status, "date": date,
             "invoice": invoice}]

    _change_money(db, dossier_id, change)


@dataclass(frozen=True)
class Expense:
    """One expense of the follow-up, as the window lists it (``index``: its place in ``money.expenses``)."""

    index: int
    budget_line: int | None
    label: str  # the supplier and what was bought
    amount: int
    status: str  # « paid » or « committed »
    date: dt.date | None
    invoice: str | None  # SHA-256 of the invoice, a document of the dossier
    invoice_name: str = ""  # its file name ("" when none, or when the document was removed)
    invoice_id: int | None = None


def list_expenses(db: Database, dossier_id: int) -> list[Expense]:
    """Every expense recorded, in the order entered, with its invoice's document (file name, number)."""
    from esms_desktop.storage import documents

    invoices = {d.sha256: d for d in documents.list_documents(db, dossier_id, "invoice")}
    out = []
    for index, e in enumerate(get_followup(db, dossier_id).money.get("expenses", [])):
        document = invoices.get(e.get("invoice") or "")
        out.append(Expense(index, e.get("budget_line"), e.get("label", ""), e.get("amount") or 0,
                           e.get("status", "paid"), dt.date.fromisoformat(e["date"]) if e.get("date") else None,
                           e.get("invoice"), document.file_name if document else "",
                           document.id if document else None))
    return out


def _attach_invoice(db: Database, dossier_id: int, path: str, label: str) -> str:
    """The SHA-256 of the invoice at ``path``, attached as a document (once: the same file again is the same
    document)."""
    import hashlib
    from pathlib import Path

    from esms_desktop.storage import documents

    try:
        sha256 = hashlib.sha256(Path(path).read_bytes()).hexdigest()
    except OSError:
        sha256 = None  # attach_document says why it cannot be read
    if sha256 and any(d.sha256 == sha256 for d in documents.list_documents(db, dossier_id, "invoice")):
        return sha256
    document_id = documents.attach_document(db, dossier_id, "invoice", path, label=label)
    return next(d.sha256 for d in documents.list_documents(db, dossier_id, "invoice") if d.id == document_id)


def _drop_invoice(db: Database, dossier_id: int, sha256: str | None, expenses: list[dict]) -> None:
    """Remove the invoice document ``sha256`` when no expense left refers to it."""
    if not sha256 or any(e.get("invoice") == sha256 for e in expenses):
        return
    from esms_desktop.storage import documents

    for document in documents.list_documents(db, dossier_id, "invoice"):
        if document.sha256 == sha256:
            documents.remove_document(db, document.id)


def _expense_at(expenses: list[dict], index: int, based_on: dict | None, session, dossier_id: int) -> int:
    """Where the expense the user saw (``based_on``, as stored) is now: at ``index`` or moved by someone else's
    removal. Changed meanwhile: ``StaleEdit`` with its stored values; removed: ``NotFoundError``."""
    from esms_desktop.storage.errors import NotFoundError

    if based_on is not None:
        based_on = _plain_expense(based_on)
        expenses = [_plain_expense(e) for e in expenses]
    if based_on is None:
        if not 0 <= index < len(expenses):
            raise FollowupError(NO_EXPENSE)
        return index
    if 0 <= index < len(expenses) and expenses[index] == based_on:
        return index
    same = [i for i, e in enumerate(expenses) if e == based_on]
    if same:
        return min(same, key=lambda i: abs(i - index))
    if 0 <= index < len(expenses) and expenses[index].get("label") == based_on.get("label"):
        stored = expenses[index]
        _stale({k: stored.get(k) for k in sorted(set(stored) | set(based_on)) if stored.get(k) != based_on.get(k)},
               session, dossier_id)
    raise NotFoundError(NO_EXPENSE)


def _plain_expense(e: dict) -> dict:
    """An expense with every key, as ``list_expenses`` reads it (a file may leave some out)."""
    return {"budget_line": e.get("budget_line"), "label": e.get("label", ""), "amount": e.get("amount") or 0,
            "status": e.get("status", "paid"), "date": e.get("date"), "invoice": e.get("invoice")}


def expense_as_stored(expense: "Expense") -> dict:
    """The stored form of an expense listed by ``list_expenses`` (what a change or a removal says it saw)."""
    return {"budget_line": expense.budget_line, "label": expense.label, "amount": expense.amount,
            "status": expense.status, "date": expense.date.isoformat() if expense.date else None,
            "invoice": expense.invoice}


def update_expense(db: Database, dossier_id: int, index: int, *, budget_line: int | None, label: str, amount: int,
                   status: str, date: str | None, invoice_path: str | None = None, based_on: dict | None = None) -> None:
    """Change the expense at ``index``; a new invoice file replaces its invoice (the old document is removed
    when no other expense refers to it). Checked before anything is attached or written; refused once attached
    (``based_on``: the expense as the user saw it, ``expense_as_stored``; changed by someone else meanwhile,
    ``StaleEdit``; removed, ``NotFoundError``), the new invoice is removed again unless an expense uses it."""
    check_money({"expenses": [{"label": label, "amount": amount, "status": status, "date": date}]})
    new_invoice = _attach_invoice(db, dossier_id, invoice_path, label) if invoice_path else None
    seen = {}

    def change(money, session) -> None:
        expenses = [dict(e) for e in money.get("expenses", [])]
        at = _expense_at(expenses, index, based_on, session, dossier_id)
        old = expenses[at].get("invoice")
        seen["old"], seen["invoice"] = old, new_invoice or old
        expenses[at] = {"budget_line": budget_line, "label": label, "amount": amount, "status": status,
                        "date": date, "invoice": new_invoice or old}
        money["expenses"] = expenses
        seen["expenses"] = expenses

    try:
        _change_money(db, dossier_id, change)
    except Exception:
        if new_invoice:  # refused (changed or removed meanwhile): the invoice attached for it goes too
            stored = get_followup(db, dossier_id).money.get("expenses", [])
            _drop_invoice(db, dossier_id, new_invoice, stored)
        raise
    if seen["invoice"] != seen["old"]:
        _drop_invoice(db, dossier_id, seen["old"], seen["expenses"])


def remove_expense(db: Database, dossier_id: int, index: int, based_on: dict | None = None) -> None:
    """Remove the expense at ``index``, and its invoice document when no other expense refers to it.
    ``based_on``: the expense as the user saw it (changed by someone else meanwhile: ``StaleEdit``; removed
    already: ``NotFoundError``); None: the one at ``index`` now, if any."""
    seen = {}

    def change(money, session) -> None:
        expenses = list(money.get("expenses", []))
        if based_on is None and not 0 <= index < len(expenses):
            return
        at = _expense_at(expenses, index, based_on, session, dossier_id)
        seen["removed"] = expenses.pop(at)
        money["expenses"] = expenses
        seen["expenses"] = expenses

    _change_money(db, dossier_id, change)
    if "removed" in seen:
        _drop_invoice(db, dossier_id, seen["removed"].get("invoice"), seen["expenses"])


def _set_dates(db: Database, dossier_id: int, part: str, key: str, start: str | None, end: str | None,
               based_on: Any, what: str) -> FollowupState:
    for value in (start, end):
        _check_date(value, what)
    mine = {"start": start, "end": end}

    def mutate(row, session) -> None:
        deployment = dict(row.deployment or {})
        items = dict(deployment.get(part, {}))
        stored = items.get(key)
        if based_on is not UNCONDITIONAL and stored != mine and stored != based_on and not (
                part == "essms" and stored is None and start is None and end is None):
            _stale({key: stored}, session, dossier_id)
        if part == "essms" and start is None and end is None:
            items.pop(key, None)  # it follows its wave again
        else:
            items[key] = mine
        deployment[part] = items
        row.deployment = deployment

    return _change(db, dossier_id, mutate)


def set_wave_dates(db: Database, dossier_id: int, wave: int, start: str | None, end: str | None,
                   based_on: Any = UNCONDITIONAL) -> FollowupState:
    """Real start and end of a deployment wave (ISO dates or None); ``based_on``: ``{"start", "end"}`` shown
    before (or None): someone else changed them meanwhile to others, ``StaleEdit``."""
    return _set_dates(db, dossier_id, "waves", str(wave), start, end, based_on, f"vague {wave}")


def set_essms_dates(db: Database, dossier_id: int, finess_et: str, start: str | None, end: str | None,
                    based_on: Any = UNCONDITIONAL) -> FollowupState:
    """Real start and end of one ESSMS' deployment (both None: it follows its wave again); ``based_on`` as
    ``set_wave_dates``."""
    return _set_dates(db, dossier_id, "essms", finess_et, start, end, based_on, finess_et)
