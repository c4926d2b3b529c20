"""Maturity services: one diagnostic per OG following has_rsi, answers saved one at a time, needs from
actions, and the answer files (export, answer elsewhere, import with conflicts, refusals)."""

from __future__ import annotations

import datetime as dt
import json

import pytest

from esms_desktop.rules.maturity.scoring import InvalidAnswersError, load_actions, load_questionnaire
from esms_desktop.rules.maturity.exchange import AnswerFileError
from esms_desktop.storage import maturity, maturity_files
from esms_desktop.storage.database import open_database
from esms_desktop.storage.dossier_file import export_dossier
from esms_desktop.storage.dossiers import create_dossier
from esms_desktop.storage.grappe import add_og, update_og

pytestmark = pytest.mark.both_backends


@pytest.fixture
def dossier_id(db):
    return create_dossier(db, "Essai", 2024)


@pytest.fixture
def og_id(db, dossier_id):
    return add_og(db, dossier_id, name="Papillons Blancs", finess_ej="710000548", is_porteur=True)


def test_variant_follows_has_rsi_and_is_kept_once_answered(db, og_id):
    og = maturity.get_og_diagnostic(db, og_id)
    assert (og.diagnostic, og.variant, og.state, og.answered, og.total) == (None, "direction", "empty", 0, 38)

    update_og(db, og_id, has_rsi=True)  # nothing answered yet: the RSI questionnaire is simply used
    row = maturity.start_diagnostic(db, og_id)
    assert (row.variant, row.questionnaire_id, row.answers) == ("rsi", "maturite-rsi", {})

    maturity.save_answer(db, og_id, "rsi.gouv.01", 2)
    update_og(db, og_id, has_rsi=False)  # answers exist: kept, and the mismatch is reported
    og = maturity.get_og_diagnostic(db, og_id)
    assert og.variant == "rsi" and og.expected_variant == "direction" and og.variant_mismatch
    assert og.diagnostic.answers == {"rsi.gouv.01": 2}

    row = maturity.restart_diagnostic(db, og_id)  # the user chose to start again
    assert (row.variant, row.answers, row.answered_on) == ("direction", {}, None)
    assert not maturity.get_og_diagnostic(db, og_id).variant_mismatch


def test_answers_saved_one_at_a_time_partial_then_complete(db, og_id):
    questionnaire = load_questionnaire("direction")
    first = questionnaire.questions[0].id
    row = maturity.save_answer(db, og_id, first, 3)
    assert row.answers == {first: 3} and row.answered_on == dt.date.today()  # first answer dates it
    assert maturity.get_og_diagnostic(db, og_id).state == "partial"
    row = maturity.save_answer(db, og_id, first, "nsp")
    assert row.answers == {first: "nsp"}
    row = maturity.save_answer(db, og_id, first, None)  # cleared
    assert row.answers == {}
    for question in questionnaire.questions:
        maturity.save_answer(db, og_id, question.id, 0)
    og = maturity.get_og_diagnostic(db, og_id)
    assert (og.state, og.answered) == ("complete", 38)


@pytest.mark.parametrize("question, answer", [("dir.gouv.01", 4), ("rsi.gouv.01", 1), ("dir.gouv.01", True)])
def test_off_scale_or_foreign_answer_refused(db, og_id, question, answer):
    # dir.gouv.01 uses the "avancement" scale 0..3; rsi.gouv.01 belongs to the other questionnaire
    with pytest.raises(InvalidAnswersError):
        maturity.save_answer(db, og_id, question, answer)
    assert maturity.get_diagnostic(db, og_id) is None  # rolled back: not even started


def test_respondent_and_date(db, og_id):
    maturity.update_diagnostic(db, og_id, respondent="  Léa Fournier, directrice  ")
    row = maturity.update_diagnostic(db, og_id, answered_on=dt.date(2024, 4, 2))
    assert (row.respondent, row.answered_on) == ("Léa Fournier, directrice", dt.date(2024, 4, 2))
    assert maturity.update_diagnostic(db, og_id, answered_on=None).answered_on is None


def test_need_from_action_once(db, dossier_id, og_id):
    action = next(a for a in load_actions().actions if a.id == "sensibilisation-cybersecurite")
    first = maturity.add_need_from_action(db, dossier_id, action)
    again = maturity.add_need_from_action(db, dossier_id, action)
    assert first == again
    needs = export_dossier(db, dossier_id)["dossier"]["needs"]
    assert [(n["kind"], n["label"], n["from_action"]) for n in needs] == [
        ("formation", "Sensibiliser les professionnels à la cybersécurité", "sensibilisation-cybersecurite")
    ]
    assert maturity.added_actions(db, dossier_id) == {"sensibilisation-cybersecurite"}


# --------------------------------------------------------------------------- answer files


def _snapshot(db) -> str:
    """The whole dossier (dates of modification included): equal snapshots, nothing changed."""
    return json.dumps(export_dossier(db, 1), sort_keys=True)


def test_export_answer_elsewhere_import_with_conflicts(db, og_id, tmp_path):
    maturity.update_diagnostic(db, og_id, respondent="Sophie Lambert")
    maturity.save_answer(db, og_id, "dir.gouv.01", 1)
    path = tmp_path / "maturite-710000548.json"
    maturity_files.write_questionnaire_file(db, og_id, path)

    # elsewhere: no dossier, only the file
    received = maturity_files.read_received_file(path)
    assert received.answer_file.answers == {"dir.gouv.01": 1} and received.questionnaire.id == "maturite-direction"
    received = maturity_files.save_received_answers(
        received, {"dir.gouv.01": 3, "dir.gouv.02": 2, "dir.secu.04": "nsp"},
        {"name": "Sophie Lambert", "role": "directrice de pôle"}, dt.date(2024, 4, 18),
    )
    maturity_files.read_received_file(path, "710000548")  # the new checksum is right

    # back at the porteur's: one conflict (dir.gouv.01: 1 here, 3 in the file), two new answers
    maturity.save_answer(db, og_id, "dir.infra.01", 2)  # answered meanwhile, absent from the file
    before = _snapshot(db)
    preview = maturity_files.preview_import(db, og_id, path)
    assert _snapshot(db) == before  # previewing stores nothing
    assert preview.needs_choice and preview.new_answers == 2
    assert [(c.question_id, c.current_label, c.incoming_label) for c in preview.conflicts] == [
        ("dir.gouv.01", "C'est envisagé", "Oui, c'est en place")
    ]
    kept = maturity_files.apply_import(db, preview, keep_current=True)
    assert kept.answers == {"dir.gouv.01": 1, "dir.gouv.02": 2, "dir.infra.01": 2, "dir.secu.04": "nsp"}
    assert kept.respondent == "Sophie Lambert"  # already set: kept
    replaced = maturity_files.apply_import(db, preview, keep_current=False)
    assert replaced.answers == {"dir.gouv.01": 3, "dir.gouv.02": 2, "dir.infra.01": 2, "dir.secu.04": "nsp"}
    assert (replaced.respondent, replaced.answered_on) == ("Sophie Lambert, directrice de pôle", dt.date(2024, 4, 18))


def test_file_for_the_other_questionnaire_replaces_after_choice(db, og_id, tmp_path):
    update_og(db, og_id, has_rsi=True, contact_name="Paul Roche")
    path = tmp_path / "rsi.json"
    maturity_files.write_questionnaire_file(db, og_id, path)  # RSI questionnaire, respondent = the contact
    received = maturity_files.read_received_file(path)
    assert received.answer_file.respondent == {"name": "Paul Roche"}
    maturity_files.save_received_answers(received, {"rsi.gouv.01": 4}, {"name": "Paul Roche"}, dt.date(2024, 5, 2))
    update_og(db, og_id, has_rsi=False)
    maturity.restart_diagnostic(db, og_id)
    maturity.save_answer(db, og_id, "dir.gouv.01", 2)
    preview = maturity_files.preview_import(db, og_id, path)
    assert preview.other_questionnaire == "maturite-direction" and preview.needs_choice
    row = maturity_files.apply_import(db, preview)
    assert (row.variant, row.answers) == ("rsi", {"rsi.gouv.01": 4})


def test_tampered_foreign_or_broken_files_refused_and_nothing_changes(db, og_id, tmp_path):
    maturity.update_diagnostic(db, og_id, respondent="Sophie Lambert")
    maturity.save_answer(db, og_id, "dir.gouv.01", 1)
    path = tmp_path / "q.json"
    maturity_files.write_questionnaire_file(db, og_id, path)
    data = json.loads(path.read_text(encoding="utf-8"))

    tampered = tmp_path / "tampered.json"
    edited = dict(data, answers={"dir.gouv.01": 3})  # edited by hand: the checksum no longer matches
    tampered.write_text(json.dumps(edited), encoding="utf-8")
    foreign = tmp_path / "foreign.json"
    other_db = open_database(str(tmp_path / "other.sqlite"))
    other_og = add_og(other_db, create_dossier(other_db, "Autre", 2024), name="EHPAD", finess_ej="250001161")
    maturity.update_diagnostic(other_db, other_og, respondent="Nadia Benali")
    maturity_files.write_questionnaire_file(other_db, other_og, foreign)
    other_db.dispose()
    broken = tmp_path / "broken.json"
    broken.write_text("{not json", encoding="utf-8")

    before = _snapshot(db)
    for path, text in ((tampered, "checksum"), (foreign, "250001161"), (broken, "not an answer file")):
        with pytest.raises(AnswerFileError) as info:
            maturity_files.preview_import(db, og_id, path)
        assert text in str(info.value)
    with pytest.raises(AnswerFileError):
        maturity_files.read_received_file(tampered)  # the OG side refuses it too
    assert _snapshot(db) == before
    assert json.loads(tampered.read_text(encoding="utf-8")) == edited  # and the file is left as it was


def test_export_needs_a_respondent(db, og_id, tmp_path):
    with pytest.raises(AnswerFileError) as info:
        maturity_files.write_questionnaire_file(db, og_id, tmp_path / "x.json")
    assert "respondent" in str(info.value)
    assert not (tmp_path / "x.json").exists()
