"""Two people on one dossier's follow-up (storage): a save says what it started from; someone else's change
of the same thing meanwhile is refused (StaleEdit), of another thing kept; expenses found where they moved."""

from __future__ import annotations

import datetime as dt

import pytest

from esms_desktop.storage import followup as store
from esms_desktop.storage import usage_measures
from esms_desktop.storage.concurrency import StaleEdit
from esms_desktop.storage.dossier_file import import_file
from esms_desktop.storage.errors import NotFoundError
from tests.conftest import ROOT

TWIN = ROOT / "resources" / "examples" / "exemple-grappe-bfc-retenu.json"

pytestmark = pytest.mark.both_backends  # SQLite and, when a server is there, PostgreSQL


@pytest.fixture
def twin(db) -> int:
    return import_file(db, TWIN)


def test_a_field_someone_else_changed_is_refused_another_kept(db, twin):
    shown = store.get_followup(db, twin)
    store.update_followup(db, twin, based_on={"decision_on": shown.decision_on}, decision_on=dt.date(2024, 10, 1))
    with pytest.raises(StaleEdit) as refused:  # the same field, from what was shown before: refused
        store.update_followup(db, twin, based_on={"decision_on": shown.decision_on}, decision_on=dt.date(2024, 10, 2))
    assert refused.value.theirs == {"decision_on": dt.date(2024, 10, 1)}
    store.update_followup(db, twin, based_on={"refusal_reasons": shown.refusal_reasons}, refusal_reasons="x")
    state = store.get_followup(db, twin)
    assert state.decision_on == dt.date(2024, 10, 1) and state.refusal_reasons == "x"
    store.update_followup(db, twin, decision_on=dt.date(2024, 10, 2))  # « garder ma version »
    assert store.get_followup(db, twin).decision_on == dt.date(2024, 10, 2)


def test_money_parts_two_people(db, twin):
    money = store.get_followup(db, twin).money
    store.set_money(db, twin, "avance", {"date": "2024-11-06", "amount": 1}, based_on=money["avance"])
    with pytest.raises(StaleEdit):
        store.set_money(db, twin, "avance", {"date": "2024-11-06", "amount": 2}, based_on=money["avance"])
    # another part from the same old view: kept, the advance too
    store.set_money(db, twin, "solde_requested", {"date": "2026-10-15", "amount": 3}, based_on=money.get("solde_requested"))
    after = store.get_followup(db, twin).money
    assert after["avance"]["amount"] == 1 and after["solde_requested"]["amount"] == 3
    og = money["redistribution"][0]
    store.set_redistribution(db, twin, og["og"], og["date"], 5, based_on={"date": og["date"], "amount": og["amount"]})
    with pytest.raises(StaleEdit):
        store.set_redistribution(db, twin, og["og"], og["date"], 6, based_on={"date": og["date"], "amount": og["amount"]})


def test_expenses_found_where_they_moved_changed_or_removed_said(db, twin):
    expenses = store.list_expenses(db, twin)
    second, third = (store.expense_as_stored(e) for e in expenses[1:3])
    store.remove_expense(db, twin, 0)  # someone else removed the first: the others moved up
    store.update_expense(db, twin, 2, budget_line=second["budget_line"], label="Renommée", amount=second["amount"],
                         status=second["status"], date=second["date"], based_on=second)
    assert [e["label"] for e in store.get_followup(db, twin).money["expenses"]][0] == "Renommée"
    with pytest.raises(NotFoundError):  # renamed since it was shown: no expense of its label there any more
        store.remove_expense(db, twin, 0, based_on=second)
    store.update_expense(db, twin, 1, budget_line=third["budget_line"], label=third["label"], amount=1,
                         status=third["status"], date=third["date"])  # someone else changed the third
    with pytest.raises(StaleEdit) as refused:
        store.remove_expense(db, twin, 1, based_on=third)
    assert refused.value.theirs == {"amount": 1}
    assert len(store.get_followup(db, twin).money["expenses"]) == len(expenses) - 1


def test_a_count_typed_keeps_the_counts_someone_else_typed(db, twin):
    measure = usage_measures.list_measures(db, twin)[0]
    shown = dict(measure.counts)
    keys = sorted(shown)
    theirs = {**shown, keys[0]: shown[keys[0]] + 1}
    usage_measures.set_measure(db, twin, measure.finess_et, measure.month, theirs, based_on=shown)
    mine = {**shown, keys[1]: shown[keys[1]] + 2}
    usage_measures.set_measure(db, twin, measure.finess_et, measure.month, mine, based_on=shown)
    stored = next(m for m in usage_measures.list_measures(db, twin)
                  if (m.finess_et, m.month) == (measure.finess_et, measure.month)).counts
    assert stored[keys[0]] == shown[keys[0]] + 1 and stored[keys[1]] == shown[keys[1]] + 2
    with pytest.raises(StaleEdit):  # the same count, from the old view
        usage_measures.set_measure(db, twin, measure.finess_et, measure.month,
                                   {**shown, keys[0]: shown[keys[0]] + 3}, based_on=shown)
    # a month added where someone else already typed one: their counts kept
    usage_measures.set_measure(db, twin, measure.finess_et, measure.month, {}, based_on=None)
    assert next(m for m in usage_measures.list_measures(db, twin)
                if (m.finess_et, m.month) == (measure.finess_et, measure.month)).counts == stored


def test_a_refused_expense_change_leaves_no_invoice_behind(db, twin, tmp_path):
    """Someone else changed the expense meanwhile: the change with a new invoice is refused, and the invoice
    attached for it is removed again (« checked before anything is attached »)."""
    from esms_desktop.storage.documents import list_documents

    seen = store.expense_as_stored(store.list_expenses(db, twin)[0])
    invoices_before = {d.sha256 for d in list_documents(db, twin, "invoice")}
    store.update_expense(db, twin, 0, **{k: seen[k] for k in ("budget_line", "status", "date")},
                         label=seen["label"], amount=seen["amount"] + 1, based_on=seen)  # someone else
    invoice = tmp_path / "facture-nouvelle.pdf"
    invoice.write_bytes(b"%PDF-1.4\n% une facture jamais vue\n%%EOF\n")
    with pytest.raises(StaleEdit):
        store.update_expense(db, twin, 0, **{k: seen[k] for k in ("budget_line", "status", "date")},
                             label=seen["label"], amount=seen["amount"] + 2, invoice_path=str(invoice), based_on=seen)
    assert {d.sha256 for d in list_documents(db, twin, "invoice")} == invoices_before
