"""The dossier's life in storage: state, decision, money; the retenu example round-trips through the file."""

from __future__ import annotations

import datetime as dt
import json

import pytest

from esms_desktop.storage import dossier_file
from esms_desktop.storage.dossier_index import list_dossiers
from esms_desktop.storage.followup import (
    FollowupError,
    dossier_state,
    dossier_states,
    get_followup,
    rework_for_next_window,
    update_followup,
)
from tests.conftest import ROOT

TWIN = ROOT / "resources" / "examples" / "exemple-grappe-bfc-retenu.json"


def test_states_and_decision(db, example_id):
    assert dossier_state(db, example_id) == "preparation" and dossier_states(db) == {}
    assert not get_followup(db, example_id).candidature_locked
    with pytest.raises(FollowupError):  # retenu before being filed
        update_followup(db, example_id, state="selected")
    assert dossier_state(db, example_id) == "preparation"  # nothing written
    update_followup(db, example_id, state="filed", filed_on=dt.date(2024, 5, 28))
    state = update_followup(db, example_id, state="selected", awarded_amount=580000,
                            convention_signed_on=dt.date(2024, 10, 14))
    assert state.after_award and state.candidature_locked
    assert dossier_states(db) == {example_id: "selected"}
    with pytest.raises(FollowupError):
        update_followup(db, example_id, money={"avance": {"date": "2024-11-06", "amount": -5}})
    update_followup(db, example_id, money={"avance": {"date": "2024-11-06", "amount": 290000}})
    assert get_followup(db, example_id).money["avance"]["amount"] == 290000
    assert update_followup(db, example_id, candidature_reopened=True).candidature_locked is False


def test_rework_copies_the_candidature_without_its_life(db, example_id):
    update_followup(db, example_id, state="filed", filed_on=dt.date(2024, 5, 28))
    update_followup(db, example_id, state="rejected", refusal_reasons="Gouvernance insuffisante.")
    copy = rework_for_next_window(db, example_id, "Exemple — à retravailler")
    assert dossier_state(db, copy) == "preparation" and dossier_state(db, example_id) == "rejected"
    assert {d.name for d in list_dossiers(db)} >= {"Exemple — à retravailler"}


def test_the_retenu_example_round_trips(db):
    source = json.loads(TWIN.read_text(encoding="utf-8"))
    dossier_id = dossier_file.import_file(db, TWIN)
    assert dossier_file.dumps(dossier_file.export_dossier(db, dossier_id)) == dossier_file.dumps(source)
    assert dossier_state(db, dossier_id) == "selected"


def test_a_measure_of_an_unknown_essms_is_refused_by_path(db):
    data = json.loads(TWIN.read_text(encoding="utf-8"))
    data["dossier"]["usage_measures"][3]["finess_et"] = "890000995"
    with pytest.raises(dossier_file.DossierFileError) as refused:
        dossier_file.import_dossier(db, data)
    assert refused.value.path == "dossier.usage_measures[3].finess_et"
    assert list_dossiers(db) == []


def test_an_expense_with_its_invoice(db, example_id, tmp_path):
    from esms_desktop.rules.followup.money import money_table
    from esms_desktop.storage.documents import list_documents
    from esms_desktop.storage.followup import add_expense, dossier_data, remove_expense

    invoice = tmp_path / "facture.pdf"
    invoice.write_bytes(b"%PDF-1.4\n% facture\n%%EOF\n")
    add_expense(db, example_id, budget_line=4, label="Mise en place", amount=50000, status="paid",
                date="2025-06-30", invoice_path=str(invoice))
    add_expense(db, example_id, budget_line=4, label="Solde éditeur", amount=20000, status="committed", date=None)
    (doc,) = list_documents(db, example_id, "invoice")
    expenses = get_followup(db, example_id).money["expenses"]
    assert expenses[0]["invoice"] == doc.sha256 and expenses[1]["invoice"] is None
    line = money_table(dossier_data(db, example_id)).lines[4]
    assert (line.planned, line.committed, line.paid, line.invoices) == (96000, 20000, 50000, 1)
    remove_expense(db, example_id, 1)
    assert len(get_followup(db, example_id).money["expenses"]) == 1
    with pytest.raises(FollowupError):
        add_expense(db, example_id, budget_line=None, label="x", amount=5, status="planned", date=None)


def test_an_expense_modified_then_removed_takes_its_invoice_along(db, example_id, tmp_path):
    from esms_desktop.storage.documents import list_documents
    from esms_desktop.storage.followup import add_expense, list_expenses, remove_expense, update_expense

    first, second = tmp_path / "facture-1.pdf", tmp_path / "facture-2.pdf"
    first.write_bytes(b"%PDF-1.4\n% facture 1\n%%EOF\n")
    second.write_bytes(b"%PDF-1.4\n% facture 2\n%%EOF\n")
    add_expense(db, example_id, budget_line=4, label="Éditeur, tranche 1", amount=50000, status="paid",
                date="2025-06-30", invoice_path=str(first))
    add_expense(db, example_id, budget_line=8, label="Formation", amount=3000, status="committed", date=None)
    listed = list_expenses(db, example_id)
    assert [(e.index, e.label, e.amount, e.date, e.invoice_name) for e in listed] == [
        (0, "Éditeur, tranche 1", 50000, dt.date(2025, 6, 30), "facture-1.pdf"), (1, "Formation", 3000, None, "")]
    # modified without a new file: the invoice is kept
    update_expense(db, example_id, 0, budget_line=4, label="Éditeur, tranche 1", amount=48000, status="paid",
                   date="2025-06-30")
    assert list_expenses(db, example_id)[0].invoice_name == "facture-1.pdf"
    # a new invoice replaces the old one, whose document goes (no other expense refers to it)
    update_expense(db, example_id, 0, budget_line=4, label="Éditeur, tranche 1", amount=48000, status="paid",
                   date="2025-06-30", invoice_path=str(second))
    assert [d.file_name for d in list_documents(db, example_id, "invoice")] == ["facture-2.pdf"]
    # a refused change writes nothing (and attaches nothing)
    with pytest.raises(FollowupError):
        update_expense(db, example_id, 0, budget_line=4, label="x", amount=-1, status="paid", date="2025-06-30",
                       invoice_path=str(first))
    assert [d.file_name for d in list_documents(db, example_id, "invoice")] == ["facture-2.pdf"]
    assert get_followup(db, example_id).money["expenses"][0]["amount"] == 48000
    with pytest.raises(FollowupError):
        update_expense(db, example_id, 7, budget_line=None, label="x", amount=1, status="paid", date=None)
    # removed: its invoice too; an invoice two expenses share stays while one of them does
    update_expense(db, example_id, 1, budget_line=8, label="Formation", amount=3000, status="paid",
                   date="2025-09-05", invoice_path=str(second))  # the same file: the same document
    assert len(list_documents(db, example_id, "invoice")) == 1
    remove_expense(db, example_id, 0)
    assert [d.file_name for d in list_documents(db, example_id, "invoice")] == ["facture-2.pdf"]
    remove_expense(db, example_id, 0)
    assert list_documents(db, example_id, "invoice") == [] and list_expenses(db, example_id) == []


def test_undo_keeps_the_follow_up_and_its_measures(db):
    """A whole state of the dossier (Édition ▸ Annuler) holds its follow-up: putting one back used to lose
    the follow-up row and every usage measure, deleted with the dossier's row."""
    from esms_desktop.storage import dossier_states
    from esms_desktop.storage.dossiers import rename_dossier
    from esms_desktop.storage.followup import set_money
    from esms_desktop.storage.usage_measures import list_measures

    dossier_id = dossier_file.import_file(db, TWIN)
    before = dossier_states.capture(db, dossier_id)
    rename_dossier(db, dossier_id, "Renommé")
    set_money(db, dossier_id, "avance", {"date": "2024-11-07", "amount": 1})
    assert dossier_states.capture(db, dossier_id) != before  # the follow-up is part of the state
    dossier_states.restore(db, dossier_id, before)
    state = get_followup(db, dossier_id)
    assert state.state == "selected" and state.money["avance"] == {"date": "2024-11-06", "amount": 290000}
    assert len(list_measures(db, dossier_id)) == 152
    assert dossier_states.capture(db, dossier_id) == before
