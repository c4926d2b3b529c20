"""The shipped maturity questionnaires, levels and actions: shape, counts, ids, and the loader's errors."""

from __future__ import annotations

import copy
import json
import re

import jsonschema
import pytest

from esms_desktop.paths import resource_path
from esms_desktop.rules.maturity.scoring import (
    DOMAIN_IDS,
    NEED_CATEGORIES,
    QuestionCondition,
    QuestionnaireError,
    load_actions,
    load_levels,
    load_questionnaire,
    parse_actions,
    parse_levels,
    parse_questionnaire,
)

VARIANTS = ("direction", "rsi")
SIX_DOMAINS = {"gouvernance", "infrastructure", "securite", "dui", "socles", "competences"}


def raw(name: str) -> dict:
    with resource_path("questionnaires", name).open(encoding="utf-8") as handle:
        return json.load(handle)


def schema() -> dict:
    with resource_path("schemas", "questionnaire.schema.json").open(encoding="utf-8") as handle:
        return json.load(handle)


# --------------------------------------------------------------------------- the files themselves


def test_schema_is_a_valid_2020_12_schema():
    data = schema()
    assert data["$schema"] == "https://json-schema.org/draft/2020-12/schema"
    jsonschema.Draft202012Validator.check_schema(data)


@pytest.mark.parametrize("variant", VARIANTS)
def test_file_validates_against_the_schema(variant):
    # Checked with jsonschema directly, not through our loader.
    jsonschema.Draft202012Validator(schema()).validate(raw(f"maturite-{variant}.json"))


@pytest.mark.parametrize("variant", VARIANTS)
def test_questionnaire_loads_with_id_version_title(variant):
    q = load_questionnaire(variant)
    assert q.id == f"maturite-{variant}"
    assert q.variant == variant
    assert re.fullmatch(r"\d+\.\d+\.\d+", q.version)
    assert q.title.strip() and q.audience.strip()
    assert q.dont_know.label == "Je ne sais pas"


@pytest.mark.parametrize("variant", VARIANTS)
def test_30_to_40_questions_in_six_domains(variant):
    q = load_questionnaire(variant)
    assert 30 <= len(q.questions) <= 40
    assert [d.id for d in q.domains] == list(DOMAIN_IDS)
    assert set(DOMAIN_IDS) == SIX_DOMAINS
    for domain in SIX_DOMAINS:
        assert 5 <= len(q.questions_in(domain)) <= 7, domain


def test_both_questionnaires_have_the_same_domains():
    direction, rsi = load_questionnaire("direction"), load_questionnaire("rsi")
    assert [d.id for d in direction.domains] == [d.id for d in rsi.domains]


def test_question_ids_unique_within_and_across_questionnaires():
    ids = [q.id for v in VARIANTS for q in load_questionnaire(v).questions]
    assert len(ids) == len(set(ids))
    # Prefixes keep the two sets apart (actions.json refers to questions by id).
    assert all(i.startswith("dir.") for i in (q.id for q in load_questionnaire("direction").questions))
    assert all(i.startswith("rsi.") for i in (q.id for q in load_questionnaire("rsi").questions))


@pytest.mark.parametrize("variant", VARIANTS)
def test_every_question_has_text_help_weight_and_a_scale(variant):
    for q in load_questionnaire(variant).questions:
        assert q.text.strip().endswith("?"), q.id
        assert len(q.help.strip()) >= 10, q.id
        assert q.weight > 0, q.id
        assert [lv.value for lv in q.levels] == list(range(len(q.levels))), q.id
        assert len(q.levels) >= 2, q.id
        assert all(lv.label.strip() and lv.meaning.strip() for lv in q.levels), q.id


@pytest.mark.parametrize("variant", VARIANTS)
def test_dont_know_rule_is_documented_in_the_file(variant):
    q = load_questionnaire(variant)
    assert "Je ne sais pas" in q.description
    assert "niveau 0" in q.description
    assert raw(f"maturite-{variant}.json")["dont_know"]["counts_as_level"] == 0


def test_director_wording_avoids_technical_jargon():
    jargon = ["SaaS", "MFA", "HDS", "LDAP", "CDA", "INSi", "MDM", "SLA", "CAPEX", "OPEX", "PCA", "PRA", "AMOA", "EDR"]
    for q in load_questionnaire("direction").questions:
        words = set(re.findall(r"[A-Za-z]+", q.text + " " + q.help))
        assert not words & set(jargon), (q.id, words & set(jargon))


def test_admissibility_items_are_asked_in_both_questionnaires():
    # 003 §7: RGPD compliance, a designated DPO and an IT charter "réalisées ou en cours".
    for variant in VARIANTS:
        texts = " ".join(q.text for q in load_questionnaire(variant).questions_in("securite"))
        for word in ("DPO", "charte", "RGPD"):
            assert word.lower() in texts.lower(), (variant, word)


# --------------------------------------------------------------------------- levels.json


def test_levels_cover_0_to_100_in_order():
    levels = load_levels()
    assert 4 <= len(levels.levels) <= 5
    assert levels.levels[0].min_score == 0 and levels.levels[-1].max_score == 100
    for before, after in zip(levels.levels, levels.levels[1:]):
        assert before.max_score == after.min_score
    assert all(lv.explanation.strip() and lv.label.strip() for lv in levels.levels)
    assert 0 < levels.weakness_below_score <= levels.strength_min_score < 100


def test_level_boundaries():
    levels = load_levels()  # 0-20 initial, 20-40 emergent, 40-60 structuration, 60-80 maitrise, 80-100 avance
    assert levels.level_for(0).id == "initial"
    assert levels.level_for(19.99).id == "initial"
    assert levels.level_for(20).id == "emergent"
    assert levels.level_for(60).id == "maitrise"
    assert levels.level_for(100).id == "avance"
    assert levels.level_for(None) is None


def test_levels_with_a_gap_are_refused():
    data = raw("levels.json")
    data["levels"][2]["min_score"] = 45
    with pytest.raises(QuestionnaireError) as err:
        parse_levels(data, "levels.json")
    assert "$.levels[2]" in str(err.value)


# --------------------------------------------------------------------------- actions.json


def test_actions_refer_to_existing_questions_with_a_reachable_level():
    questions = {q.id: q for v in VARIANTS for q in load_questionnaire(v).questions}
    for action in load_actions().actions:
        assert action.need in NEED_CATEGORIES
        assert action.title.strip() and action.description.strip()
        for cond in action.conditions:
            if isinstance(cond, QuestionCondition):
                assert cond.question_id in questions, (action.id, cond.question_id)
                # at most max-1, otherwise every answer would trigger the action
                assert cond.level_at_most < questions[cond.question_id].max_level, (action.id, cond)


def test_actions_ids_unique_and_every_need_category_used():
    actions = load_actions().actions
    assert len({a.id for a in actions}) == len(actions)
    assert {a.need for a in actions} == set(NEED_CATEGORIES)


def test_actions_cover_the_admissibility_items_of_both_questionnaires():
    by_question = {
        c.question_id: a.id for a in load_actions().actions for c in a.conditions if isinstance(c, QuestionCondition)
    }
    assert by_question["dir.secu.01"] == by_question["rsi.secu.01"] == "designation-dpo"
    assert by_question["dir.secu.02"] == by_question["rsi.secu.03"] == "charte-informatique"
    assert by_question["dir.secu.03"] == by_question["rsi.secu.02"] == "conformite-rgpd"
    assert by_question["dir.socles.01"] == by_question["rsi.socles.01"] == "deploiement-mssante"


def test_action_with_an_unknown_need_is_refused():
    data = raw("actions.json")
    data["actions"][1]["need"] = "logiciel"
    with pytest.raises(QuestionnaireError) as err:
        parse_actions(data, "actions.json")
    assert "$.actions[1].need" in str(err.value)


# --------------------------------------------------------------------------- loader errors name the field


def direction() -> dict:
    return copy.deepcopy(raw("maturite-direction.json"))


def refused(data: dict) -> str:
    with pytest.raises(QuestionnaireError) as err:
        parse_questionnaire(data, "maturite-direction.json")
    return str(err.value)


def test_negative_weight_is_refused_naming_the_field():
    data = direction()
    data["questions"][3]["weight"] = -1
    assert "$.questions[3].weight" in refused(data)


def test_zero_weight_is_refused():
    data = direction()
    data["questions"][0]["weight"] = 0
    assert "$.questions[0].weight" in refused(data)


def test_missing_help_is_refused_naming_it():
    data = direction()
    del data["questions"][5]["help"]
    text = refused(data)
    assert "$.questions[5]" in text and "help" in text


def test_duplicate_question_id_is_refused():
    data = direction()
    data["questions"][7]["id"] = data["questions"][2]["id"]
    text = refused(data)
    assert "$.questions[7].id" in text and data["questions"][2]["id"] in text


def test_level_values_must_run_from_zero():
    data = direction()
    data["questions"][2]["levels"][1]["value"] = 2
    data["questions"][2]["levels"][2]["value"] = 1
    assert "$.questions[2].levels" in refused(data)


def test_unknown_scale_is_refused():
    data = direction()
    data["questions"][0]["scale"] = "inconnue"
    assert "$.questions[0].scale" in refused(data)


def test_unknown_domain_is_refused():
    data = direction()
    data["questions"][0]["domain"] = "finances"
    assert "$.questions[0].domain" in refused(data)


def test_domain_without_question_is_refused():
    data = direction()
    data["questions"] = [q for q in data["questions"] if q["domain"] != "socles"]
    assert "socles" in refused(data)


def test_unknown_variant_is_refused():
    with pytest.raises(QuestionnaireError) as err:
        load_questionnaire("comptable")  # type: ignore[arg-type]
    assert "comptable" in str(err.value)
