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
