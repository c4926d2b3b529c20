"""Maturity scoring, levels, actions, grappe view and the answer exchange file.

Expected figures are worked out by hand in the comments (rules: DOMAIN.md "SI maturity
self-diagnostic" and the scoring rules written in the questionnaires' description).
"""

from __future__ import annotations

import copy
import datetime as dt
import hashlib
import json

import pytest

from esms_desktop.rules.maturity import exchange as mx
from esms_desktop.rules.maturity.scoring import (
    InvalidAnswersError,
    consolidate_grappe,
    load_actions,
    load_levels,
    load_questionnaire,
    parse_actions,
    parse_levels,
    parse_questionnaire,
    recommended_actions,
    score_answers,
)
from esms_desktop.rules.maturity.exchange import AnswerFileError, answer_conflicts, export_answer_file, read_answer_file

# --------------------------------------------------------------------------- a small hand-made questionnaire

SCALE3 = [{"value": v, "label": f"n{v}", "meaning": f"niveau {v}"} for v in range(4)]  # 0..3
SCALE4 = [{"value": v, "label": f"m{v}", "meaning": f"niveau {v}"} for v in range(5)]  # 0..4


def q(qid, domain, weight, scale="s3"):
    item = {"id": qid, "domain": domain, "text": f"{qid} ?", "help": "aide", "weight": weight}
    if scale == "own4":
        item["levels"] = SCALE4
    else:
        item["scale"] = scale
    return item


def small_data(gouvernance_weight=1):
    return {
        "format": "esms-desktop/questionnaire",
        "id": "petit",
        "version": "0.1.0",
        "variant": "direction",
        "title": "Petit questionnaire",
        "audience": "tests",
        "description": "tests",
        "dont_know": {"label": "Je ne sais pas", "meaning": "compte 0", "counts_as_level": 0},
        "scales": {"s3": SCALE3},
        "domains": [
            {"id": d, "title": d.capitalize(), "description": "-",
             "weight": gouvernance_weight if d == "gouvernance" else 1}
            for d in ("gouvernance", "infrastructure", "securite", "dui", "socles", "competences")
        ],
        "questions": [
            q("g1", "gouvernance", 2),
            q("g2", "gouvernance", 1),
            q("g3", "gouvernance", 1, "own4"),
            q("i1", "infrastructure", 1),
            q("i2", "infrastructure", 3),
            q("s1", "securite", 3),
            q("s2", "securite", 1),
            q("d1", "dui", 1),
            q("c1", "socles", 1),
            q("k1", "competences", 1.5, "own4"),
            q("k2", "competences", 0.5),
        ],
    }


SMALL = parse_questionnaire(small_data(), "petit.json")

# Answers of OG "A": g3, s1 "je ne sais pas"; i1, d1, k2 unanswered.
ANSWERS_A = {"g1": 3, "g2": 1, "g3": "nsp", "i1": None, "i2": 2, "s1": "nsp", "s2": 3, "c1": 3, "k1": 2}
# By hand (score = 100 × Σ w·level/max ÷ Σ w over answered questions, nsp = level 0):
#   gouvernance    (2·3/3 + 1·1/3 + 1·0/4) / (2+1+1) = (7/3)/4 = 7/12   → 58.333…
#   infrastructure i1 left out: 3·(2/3) / 3 = 2/3                         → 66.666…
#   securite       (3·0 + 1·3/3) / (3+1) = 1/4                            → 25
#   dui            nothing answered                                       → None
#   socles         1·3/3 / 1                                              → 100
#   competences    k2 left out: 1.5·(2/4) / 1.5 = 1/2                     → 50
#   overall = (7/12 + 8/12 + 3/12 + 12/12 + 6/12) / 5 = (36/12)/5 = 3/5   → 60 exactly
#   answered 8 of 11 (nsp counted), dont_know 2


def test_domain_scores_by_hand():
    r = score_answers(SMALL, ANSWERS_A)
    assert r.domain("gouvernance").score == pytest.approx(58.3333333333)
    assert r.domain("infrastructure").score == pytest.approx(66.6666666667)
    assert r.domain("securite").score == pytest.approx(25.0)
    assert r.domain("dui").score is None
    assert r.domain("socles").score == pytest.approx(100.0)
    assert r.domain("competences").score == pytest.approx(50.0)


def test_dont_know_counts_as_level_zero_not_as_missing():
    # If "nsp" were left out, gouvernance would be (2 + 1/3)/3 = 77.8 and securite 100.
    r = score_answers(SMALL, ANSWERS_A)
    assert r.domain("gouvernance").score < 60
    assert r.domain("securite").dont_know == 1 and r.dont_know == 2
    assert r.domain("securite").answered == 2


def test_completeness_and_partial():
    r = score_answers(SMALL, ANSWERS_A)
    assert (r.answered, r.total) == (8, 11)
    assert r.completeness == pytest.approx(8 / 11)
    assert r.partial
    assert r.domain("gouvernance").completeness == 1.0 and not r.domain("gouvernance").partial
    assert r.domain("infrastructure").completeness == pytest.approx(0.5)
    assert r.domain("dui").completeness == 0.0


def test_overall_score_is_the_mean_of_scored_domains_and_60_is_level_maitrise():
    r = score_answers(SMALL, ANSWERS_A)
    assert r.score == 60.0  # exact: the boundary between "structuration" and "maitrise"
    assert r.level.id == "maitrise" and r.level.rank == 4


def test_domain_levels_and_strengths_weaknesses():
    r = score_answers(SMALL, ANSWERS_A)
    # levels.json: 0-20 initial, 20-40 emergent, 40-60 structuration, 60-80 maitrise, 80-100 avance
    assert r.domain("gouvernance").level.id == "structuration"  # 58.3
    assert r.domain("infrastructure").level.id == "maitrise"  # 66.7
    assert r.domain("securite").level.id == "emergent"  # 25
    assert r.domain("socles").level.id == "avance"  # 100
    assert r.domain("dui").level is None
    # thresholds: strength >= 70, weakness < 40
    assert r.strengths == ("socles",)
    assert r.weaknesses == ("securite",)


def test_thresholds_come_from_the_data_file_and_are_inclusive_exclusive():
    data = json.loads(json.dumps(_levels_data()))
    data["domain_thresholds"] = {"strength_min_score": 50, "weakness_below_score": 25}
    r = score_answers(SMALL, ANSWERS_A, parse_levels(data))
    # 50 (competences) is a strength (>= 50); 25 (securite) is not a weakness (not < 25).
    assert r.strengths == ("gouvernance", "infrastructure", "socles", "competences")
    assert r.weaknesses == ()


def _levels_data():
    from esms_desktop.paths import resource_path

    return json.loads(resource_path("questionnaires", "levels.json").read_text(encoding="utf-8"))


def test_domain_weights_weight_the_overall_score():
    heavy = parse_questionnaire(small_data(gouvernance_weight=2))
    # (2·7/12 + 8/12 + 3/12 + 12/12 + 6/12) / (2+1+1+1+1) = (43/12)/6 = 43/72 → 59.722…
    r = score_answers(heavy, ANSWERS_A)
    assert r.score == pytest.approx(100 * 43 / 72)
    assert r.level.id == "structuration"


def test_no_answer_at_all():
    r = score_answers(SMALL, {})
    assert r.score is None and r.level is None
    assert all(d.score is None for d in r.domains)
    assert r.completeness == 0 and r.partial
    assert r.strengths == () and r.weaknesses == ()


def test_all_answered_is_not_partial():
    answers = {x.id: 0 for x in SMALL.questions}
    r = score_answers(SMALL, answers)
    assert not r.partial and r.completeness == 1.0
    assert r.score == 0.0 and r.level.id == "initial"


@pytest.mark.parametrize(
    "answers",
    [{"zz": 1}, {"g1": 4}, {"g3": 5}, {"g1": -1}, {"g1": True}, {"g1": 2.0}, {"g1": "NSP"}, {"g1": "2"}],
)
def test_invalid_answers_are_refused(answers):
    with pytest.raises(InvalidAnswersError):
        score_answers(SMALL, answers)


def test_g3_accepts_level_4_on_its_own_scale():
    r = score_answers(SMALL, {"g3": 4})
    assert r.domain("gouvernance").score == 100.0


# --------------------------------------------------------------------------- the real questionnaires


def test_real_direction_securite_domain_by_hand():
    qn = load_questionnaire("direction")
    # The file's weights and scales this computation relies on:
    assert [(x.id, x.weight, x.max_level) for x in qn.questions_in("securite")] == [
        ("dir.secu.01", 3, 3),
        ("dir.secu.02", 3, 3),
        ("dir.secu.03", 3, 3),
        ("dir.secu.04", 2, 3),
        ("dir.secu.05", 2, 3),
        ("dir.secu.06", 1, 3),
        ("dir.secu.07", 1, 3),
    ]
    answers = {"dir.secu.01": 3, "dir.secu.02": 2, "dir.secu.03": "nsp", "dir.secu.04": 1, "dir.secu.06": 3}
    # answered weights 3+3+3+2+1 = 12; Σ w·l/max = 3·1 + 3·2/3 + 3·0 + 2·1/3 + 1·1 = 20/3
    # score = (20/3)/12 = 5/9 → 55.555…; completeness 5/7 (secu.05 and secu.07 unanswered)
    d = score_answers(qn, answers).domain("securite")
    assert d.score == pytest.approx(55.5555555556)
    assert d.completeness == pytest.approx(5 / 7)
    assert d.dont_know == 1
    assert d.level.id == "structuration"


def test_real_rsi_socles_domain_by_hand():
    qn = load_questionnaire("rsi")
    assert [(x.weight, x.max_level) for x in qn.questions_in("socles")] == [(2, 4)] * 3 + [(1, 4)] * 4
    answers = {"rsi.socles.01": 4, "rsi.socles.02": 2, "rsi.socles.03": "nsp", "rsi.socles.04": 1}
    # weights 2+2+2+1 = 7; Σ = 2·4/4 + 2·2/4 + 2·0 + 1·1/4 = 3.25 → 3.25/7 = 13/28 → 46.428…
    r = score_answers(qn, answers)
    assert r.domain("socles").score == pytest.approx(100 * 13 / 28)
    # Only this domain is scored: the overall score is that of the domain.
    assert r.score == pytest.approx(100 * 13 / 28)
    assert r.domain("gouvernance").score is None


def test_real_questionnaire_all_at_top_level_scores_100():
    qn = load_questionnaire("rsi")
    r = score_answers(qn, {x.id: x.max_level for x in qn.questions})
    assert r.score == 100.0 and r.level.id == "avance"
    assert r.strengths == tuple(d.id for d in qn.domains)


# --------------------------------------------------------------------------- recommended actions

SMALL_ACTIONS = parse_actions(
    {
        "format": "esms-desktop/maturity-actions",
        "version": "0.1.0",
        "description": "tests",
        "actions": [
            {"id": "a1", "need": "materiel", "title": "A1", "description": "-",
             "when": [{"domain": "infrastructure", "score_below": 70}]},  # 66.7 < 70: yes
            {"id": "a2", "need": "formation", "title": "A2", "description": "-",
             "when": [{"question": "s1", "level_at_most": 0}]},  # s1 = nsp → level 0: yes
            {"id": "a3", "need": "formation", "title": "A3", "description": "-",
             "when": [{"question": "d1", "level_at_most": 3}]},  # d1 unanswered: no
            {"id": "a4", "need": "accompagnement", "title": "A4", "description": "-",
             "when": [{"domain": "dui", "score_below": 100}]},  # dui has no score: no
            {"id": "a5", "need": "accompagnement", "title": "A5", "description": "-",
             "when": [{"question": "autre.q", "level_at_most": 3}]},  # not in this questionnaire: no
            {"id": "a6", "need": "accompagnement", "title": "A6", "description": "-",
             "when": [{"question": "g1", "level_at_most": 2},  # g1 = 3: no
                      {"domain": "securite", "score_below": 25}]},  # 25 is not < 25: no
            {"id": "a7", "need": "accompagnement", "title": "A7", "description": "-",
             "when": [{"question": "g2", "level_at_most": 1},  # g2 = 1: yes
                      {"domain": "socles", "score_below": 50}]},  # 100: no
        ],
    }
)


def test_actions_triggered_by_hand():
    result = score_answers(SMALL, ANSWERS_A)
    found = recommended_actions(SMALL, ANSWERS_A, result, SMALL_ACTIONS)
    assert [f.action.id for f in found] == ["a1", "a2", "a7"]
    assert [len(f.reasons) for f in found] == [1, 1, 1]
    assert "Infrastructure" in str(found[0].reasons[0]) and "66,7" in str(found[0].reasons[0])
    assert "Je ne sais pas" in str(found[1].reasons[0])
    assert found[2].reasons[0].params == {"question": "g2", "answer": "n1"}


def test_real_actions_for_the_director():
    qn = load_questionnaire("direction")
    top = {x.id: x.max_level for x in qn.questions}
    assert recommended_actions(qn, top, score_answers(qn, top)) == []

    # DPO "en cours" (2) is not done yet: the DPO action is proposed; designated (3) it is not.
    answers = dict(top, **{"dir.secu.01": 2})
    ids = [f.action.id for f in recommended_actions(qn, answers, score_answers(qn, answers))]
    assert ids == ["designation-dpo"]

    everything_unknown = {x.id: "nsp" for x in qn.questions}
    found = recommended_actions(qn, everything_unknown, score_answers(qn, everything_unknown))
    ids = {f.action.id for f in found}
    # Every action but the one asked only to the RSI (HDS hosting) is triggered.
    assert ids == {a.id for a in load_actions().actions} - {"hebergement-hds"}
    needs = {f.action.id: f.action.need for f in found}
    assert needs["materiel-terminaux"] == "materiel"
    assert needs["deploiement-mssante"] == "accompagnement"
    assert needs["formation-dui-referents"] == "formation"


def test_real_actions_for_the_rsi_on_a_weak_domain():
    qn = load_questionnaire("rsi")
    answers = {x.id: x.max_level for x in qn.questions}
    # Infrastructure at its lowest without any question at <= 1 but hosting: hosting (infra.05) at 0,
    # every other infra answer at 2.
    for x in qn.questions_in("infrastructure"):
        answers[x.id] = 2
    answers["rsi.infra.05"] = 0
    # weights infra.01..06 = 2,2,2,1,2,1 (Σ 10); Σ w·l/4 = (2+2+2+1+1)·2/4 + 2·0/4 = 4 → 40, not < 40:
    # the domain condition of "materiel-terminaux" (infrastructure < 40) is not met.
    result = score_answers(qn, answers)
    assert result.domain("infrastructure").score == pytest.approx(40.0)
    ids = [f.action.id for f in recommended_actions(qn, answers, result)]
    assert ids == ["hebergement-hds"]


# --------------------------------------------------------------------------- grappe consolidation


def test_grappe_mean_and_minimum_by_hand():
    answers_b = {"g1": 0, "g2": 0, "g3": 0, "i1": 3, "i2": 3, "s1": 3, "s2": 0, "d1": 3, "c1": 0, "k1": 4, "k2": 3}
    # B: gouv 0, infra 100, secu 3/4 = 75, dui 100, socles 0, comp 100; overall 375/6 = 62.5
    results = {
        "A": score_answers(SMALL, ANSWERS_A),
        "B": score_answers(SMALL, answers_b),
        "C": None,  # no diagnostic
        "D": score_answers(SMALL, {}),  # opened, nothing answered
    }
    g = consolidate_grappe(results)
    assert g.og_keys == ("A", "B", "C", "D")
    assert g.missing == ("C",)
    assert g.partial == ("A", "D")
    # gouvernance: (58.333 + 0)/2 = 29.1666…, min 0 (B)
    assert g.domain("gouvernance").mean == pytest.approx(100 * 7 / 24)
    assert g.domain("gouvernance").minimum == 0.0 and g.domain("gouvernance").weakest == ("B",)
    # infrastructure: (66.667 + 100)/2 = 83.333…, min 66.667 (A)
    assert g.domain("infrastructure").mean == pytest.approx(83.3333333333)
    assert g.domain("infrastructure").minimum == pytest.approx(66.6666666667)
    assert g.domain("infrastructure").weakest == ("A",)
    # securite: (25 + 75)/2 = 50, min 25
    assert (g.domain("securite").mean, g.domain("securite").minimum) == (50.0, 25.0)
    # dui: only B has a score
    assert g.domain("dui").scored == ("B",) and g.domain("dui").mean == 100.0
    # socles: (100 + 0)/2 = 50; competences: (50 + 100)/2 = 75, min 50
    assert g.domain("socles").mean == 50.0 and g.domain("socles").minimum == 0.0
    assert (g.domain("competences").mean, g.domain("competences").minimum) == (75.0, 50.0)
    # overall: (60 + 62.5)/2 = 61.25, min 60
    assert g.overall_mean == pytest.approx(61.25) and g.overall_minimum == 60.0
    assert g.domain("securite").title == "Securite"


def test_grappe_ties_and_empty():
    r = score_answers(SMALL, ANSWERS_A)
    g = consolidate_grappe({"X": r, "Y": r})
    assert g.domain("securite").weakest == ("X", "Y")
    empty = consolidate_grappe({})
    assert empty.overall_mean is None and all(d.mean is None for d in empty.domains)
    assert [d.domain_id for d in empty.domains] == [
        "gouvernance", "infrastructure", "securite", "dui", "socles", "competences"]


# --------------------------------------------------------------------------- answer exchange file

OG_A = {"finess_ej": "750712184", "name": "Association Exemple"}
DAY = dt.date(2024, 3, 15)


def exported(answers=None, questionnaire=SMALL, og=OG_A):
    data = export_answer_file(questionnaire, og, ANSWERS_A if answers is None else answers,
                              {"name": "Claire Martin", "role": "Directrice"}, DAY)
    return json.loads(json.dumps(data))  # as written to and read back from a file


def resealed(data):
    """The file after an edit AND a recomputed checksum (so only the edited problem remains)."""
    body = {k: v for k, v in data.items() if k != "checksum"}
    value = hashlib.sha256(json.dumps(body, sort_keys=True, separators=(",", ":"), ensure_ascii=False)
                           .encode("utf-8")).hexdigest()
    return dict(data, checksum={"algorithm": "sha256", "value": value})


def refusal(data, finess="750712184", questionnaires=(SMALL,)):
    with pytest.raises(AnswerFileError) as err:
        read_answer_file(data, finess, questionnaires=questionnaires)
    return err.value.message


def test_export_layout():
    data = exported()
    assert data["format"] == "esms-desktop/maturity-answers" and data["format_version"] == 1
    assert data["questionnaire"] == {"id": "petit", "version": "0.1.0"}
    assert data["og"] == OG_A
    assert data["answered_on"] == "2024-03-15"
    # None left out; questionnaire order kept
    assert list(data["answers"]) == ["g1", "g2", "g3", "i2", "s1", "s2", "c1", "k1"]
    assert data["answers"]["s1"] == "nsp"
    # The checksum is SHA-256 of the canonical JSON of the rest, recomputed here independently.
    assert data["checksum"] == resealed(data)["checksum"]


def test_round_trip():
    read = read_answer_file(exported(), "750712184", questionnaires=[SMALL])
    assert read.questionnaire_id == "petit" and read.questionnaire_version == "0.1.0"
    assert read.answers == {k: v for k, v in ANSWERS_A.items() if v is not None}
    assert read.og == OG_A and read.respondent == {"name": "Claire Martin", "role": "Directrice"}
    assert read.answered_on == DAY
    assert score_answers(SMALL, read.answers).score == 60.0


def test_round_trip_with_the_shipped_questionnaire_and_a_corsican_finess():
    qn = load_questionnaire("rsi")
    answers = {"rsi.secu.01": 3, "rsi.secu.04": "nsp"}
    sent = export_answer_file(qn, {"finess_ej": "2A0000253"}, answers, "Paul", dt.datetime(2024, 5, 2, 10, 0))
    data = json.loads(json.dumps(sent))
    read = read_answer_file(data, "2a0000253")  # default: the shipped questionnaires
    assert read.answers == answers and read.answered_on == dt.date(2024, 5, 2)
    assert read.respondent == {"name": "Paul"}


def test_tampered_answer_is_refused():
    data = exported()
    data["answers"]["s1"] = 3  # a "je ne sais pas" turned into the top level, checksum untouched
    assert refusal(data) == mx.TAMPERED


def test_tampered_og_is_reported_as_tampered_not_as_other_og():
    data = exported()
    data["og"]["finess_ej"] = "010000024"
    assert refusal(data, "010000024") == mx.TAMPERED


def test_file_of_another_og_is_refused():
    message = refusal(exported(), "010000024")
    assert message.text == mx.OTHER_OG.text
    assert message.params == {"found": "750712184", "expected": "010000024"}


@pytest.mark.parametrize("foreign", [[], "texte", {}, {"format": "esms-desktop/dossier"}, {"id": "maturite-direction"}])
def test_foreign_file_is_refused(foreign):
    assert refusal(foreign) == mx.NOT_OURS


def test_newer_format_version_is_refused():
    data = exported()
    data["format_version"] = 2
    assert refusal(resealed(data)).text == mx.NEWER_FORMAT.text


def test_unknown_questionnaire_id_and_version_are_refused():
    data = exported()
    data["questionnaire"]["id"] = "maturite-autre"
    assert refusal(resealed(data)).text == mx.UNKNOWN_QUESTIONNAIRE.text
    data = exported()
    data["questionnaire"]["version"] = "9.9.9"
    message = refusal(resealed(data))
    assert message.text == mx.UNKNOWN_VERSION.text and message.params["found"] == "9.9.9"


def test_unknown_question_and_out_of_scale_answers_are_refused():
    data = exported()
    data["answers"]["x9"] = 1
    assert "x9" in str(refusal(resealed(data)))
    data = exported()
    data["answers"]["g1"] = 7
    assert "g1" in str(refusal(resealed(data)))
    data = exported()
    data["answers"]["g1"] = 2.0
    assert "g1" in str(refusal(resealed(data)))


def test_missing_field_and_bad_date_are_refused():
    data = exported()
    del data["respondent"]
    message = refusal(resealed(data))
    assert message.text == mx.BAD_FIELD.text and "respondent" in str(message)
    data = exported()
    data["answered_on"] = "2024-02-30"
    assert refusal(resealed(data)).text == mx.BAD_DATE.text


def test_export_refuses_bad_input():
    with pytest.raises(InvalidAnswersError):
        exported({"g1": 9})
    with pytest.raises(AnswerFileError):
        exported(og={"finess_ej": " ", "name": "x"})
    with pytest.raises(AnswerFileError):
        export_answer_file(SMALL, OG_A, {}, "  ", DAY)


def test_answer_conflicts():
    current = {"g1": 2, "g2": "nsp", "g3": None, "i1": 1, "s1": 0}
    incoming = {"g1": 3, "g2": "nsp", "g3": 2, "i1": 1, "i2": 0, "s1": "nsp", "s2": None}
    # g1 changes; s1 goes from 0 to "je ne sais pas"; g3 and i2 only fill gaps; s2 brings nothing.
    assert answer_conflicts(current, incoming) == [("g1", 2, 3), ("s1", 0, "nsp")]
    assert answer_conflicts({}, incoming) == []
    assert answer_conflicts(current, copy.deepcopy(current)) == []
