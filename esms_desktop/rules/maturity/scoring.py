"""SI maturity self-diagnostic: scores, levels, strengths and weaknesses, actions, grappe view. No Qt.

Scoring rules (also written in each questionnaire's ``description``):

- An answer is a level value 0..N of its question, ``"nsp"`` (je ne sais pas) or ``None``/absent
  (unanswered).
- **"nsp" counts as level 0.** Not knowing whether backups exist or a DPO is designated is itself a
  weakness to be dealt with, so it must not raise a score nor be left out of it.
- Domain score (0-100) = 100 × Σ(weight × level / max level) / Σ(weight) over the *answered* questions of
  the domain ("nsp" included). Unanswered questions are left out; a domain with no answered question has
  no score (``None``).
- Completeness = answered (incl. "nsp") / questions, per domain and overall; a diagnostic is partial when
  completeness < 1.
- Overall score = mean of the domain scores that exist, weighted by the domains' ``weight`` (all equal
  to 1 in the shipped questionnaires, so a plain mean). Overall and domain levels come from levels.json.
- Strength: domain score >= ``strength_min_score``; weakness: score < ``weakness_below_score``.

Arithmetic is exact (fractions) so that a score sitting on a level boundary is classified the same way
whatever the order of the questions; floats are only given out.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from fractions import Fraction

from esms_desktop.formatting import number
from esms_desktop.rules.maturity.data import (  # re-exported: the public API lives here
    DOMAIN_IDS,
    DONT_KNOW,
    NEED_CATEGORIES,
    VARIANTS,
    Action,
    ActionCatalogue,
    Answer,
    Condition,
    Domain,
    DomainCondition,
    DontKnow,
    Level,
    MaturityError,
    MaturityLevel,
    MaturityLevels,
    Question,
    QuestionCondition,
    Questionnaire,
    QuestionnaireError,
    exact,
    load_actions,
    load_levels,
    load_questionnaire,
    parse_actions,
    parse_levels,
    parse_questionnaire,
    shipped_questionnaires,
)
from esms_desktop.text import QT_TRANSLATE_NOOP, Message

__all__ = [
    "DOMAIN_IDS", "DONT_KNOW", "NEED_CATEGORIES", "VARIANTS", "Action", "ActionCatalogue", "Answer",
    "Condition", "Domain", "DomainCondition", "DomainScore", "DontKnow", "GrappeDomain", "GrappeMaturity",
    "InvalidAnswersError", "Level", "MaturityError", "MaturityLevel", "MaturityLevels", "MaturityResult",
    "Question", "QuestionCondition", "Questionnaire", "QuestionnaireError", "RecommendedAction",
    "answer_level", "consolidate_grappe", "load_actions", "load_levels", "load_questionnaire",
    "parse_actions", "parse_levels", "parse_questionnaire", "recommended_actions", "score_answers",
    "shipped_questionnaires", "validate_answers",
]

UNKNOWN_QUESTION = QT_TRANSLATE_NOOP(
    "Maturity", "The answer to \"{question}\" does not match any question of the questionnaire {questionnaire}."
)
OUT_OF_SCALE = QT_TRANSLATE_NOOP(
    "Maturity",
    "The answer {answer} to question {question} is not on its scale (0 to {max_level}, or \"je ne sais pas\").",
)
DOMAIN_BELOW = QT_TRANSLATE_NOOP("Maturity", "The domain \"{domain}\" scores {score} out of 100, below {threshold}.")
QUESTION_LOW = QT_TRANSLATE_NOOP("Maturity", "Question {question} was answered \"{answer}\".")


class InvalidAnswersError(MaturityError):
    """Answers name an unknown question or hold a value off the question's scale."""


# --------------------------------------------------------------------------- results


def _as_float(value: Fraction | None) -> float | None:
    return None if value is None else float(value)


@dataclass(frozen=True)
class DomainScore:
    domain_id: str
    title: str
    exact_score: Fraction | None = field(repr=False)  # 0..100, None when no question is answered
    answered: int  # questions answered, "nsp" included
    dont_know: int  # of which "nsp"
    total: int
    level: MaturityLevel | None
    is_strength: bool
    is_weakness: bool

    @property
    def score(self) -> float | None:
        return _as_float(self.exact_score)

    @property
    def completeness(self) -> float:
        return self.answered / self.total if self.total else 1.0

    @property
    def partial(self) -> bool:
        return self.answered < self.total


@dataclass(frozen=True)
class MaturityResult:
    questionnaire_id: str
    questionnaire_version: str
    variant: str
    domains: tuple[DomainScore, ...]  # in the questionnaire's order
    exact_score: Fraction | None = field(repr=False)
    level: MaturityLevel | None
    answered: int
    dont_know: int
    total: int

    @property
    def score(self) -> float | None:
        return _as_float(self.exact_score)

    @property
    def completeness(self) -> float:
        return self.answered / self.total if self.total else 1.0

    @property
    def partial(self) -> bool:
        return self.answered < self.total

    @property
    def strengths(self) -> tuple[str, ...]:
        return tuple(d.domain_id for d in self.domains if d.is_strength)

    @property
    def weaknesses(self) -> tuple[str, ...]:
        return tuple(d.domain_id for d in self.domains if d.is_weakness)

    def domain(self, domain_id: str) -> DomainScore:
        for domain in self.domains:
            if domain.domain_id == domain_id:
                return domain
        raise KeyError(domain_id)


@dataclass(frozen=True)
class RecommendedAction:
    action: Action
    reasons: tuple[Message, ...]  # the conditions that were met, in the action's order


@dataclass(frozen=True)
class GrappeDomain:
    domain_id: str
    title: str
    mean: float | None  # over the OGs that have a score in this domain
    minimum: float | None
    scored: tuple[str, ...]  # keys of the OGs with a score, in the given order
    weakest: tuple[str, ...]  # keys of the OGs at the minimum


@dataclass(frozen=True)
class GrappeMaturity:
    og_keys: tuple[str, ...]
    missing: tuple[str, ...]  # OGs without any diagnostic
    partial: tuple[str, ...]  # OGs whose diagnostic is partial
    domains: tuple[GrappeDomain, ...]  # in DOMAIN_IDS order
    overall_mean: float | None
    overall_minimum: float | None

    def domain(self, domain_id: str) -> GrappeDomain:
        for domain in self.domains:
            if domain.domain_id == domain_id:
                return domain
        raise KeyError(domain_id)


# --------------------------------------------------------------------------- answers


def _is_level(value: object) -> bool:
    return type(value) is int  # bool and 2.0 are refused


def validate_answers(questionnaire: Questionnaire, answers: Mapping[str, Answer]) -> list[Message]:
    """Problems with ``answers``: unknown question ids, values off the scale. Empty list when fine."""
    problems: list[Message] = []
    for question_id, answer in answers.items():
        if not questionnaire.has_question(question_id):
            problems.append(UNKNOWN_QUESTION(question=question_id, questionnaire=questionnaire.id))
            continue
        if answer is None or answer == DONT_KNOW:
            continue
        question = questionnaire.question(question_id)
        if not _is_level(answer) or not 0 <= answer <= question.max_level:  # type: ignore[operator]
            problems.append(OUT_OF_SCALE(answer=repr(answer), question=question_id, max_level=question.max_level))
    return problems


def _check(questionnaire: Questionnaire, answers: Mapping[str, Answer]) -> None:
    problems = validate_answers(questionnaire, answers)
    if problems:
        raise InvalidAnswersError(problems[0])


def answer_level(answer: Answer) -> int | None:
    """The level an answer counts for: "nsp" -> 0, unanswered -> None."""
    if answer is None:
        return None
    if answer == DONT_KNOW:
        return 0
    return int(answer)


# --------------------------------------------------------------------------- scoring


def _weighted_mean(pairs: list[tuple[Fraction, Fraction]]) -> Fraction | None:
    """Σ w·x / Σ w over (w, x) pairs; None when there are none."""
    total_weight = sum((w for w, _ in pairs), Fraction(0))
    if not pairs or total_weight == 0:
        return None
    return sum((w * x for w, x in pairs), Fraction(0)) / total_weight


def _domain_score(
    questionnaire: Questionnaire, domain: Domain, answers: Mapping[str, Answer], levels: MaturityLevels
) -> DomainScore:
    questions = questionnaire.questions_in(domain.id)
    pairs: list[tuple[Fraction, Fraction]] = []
    dont_know = 0
    for question in questions:
        answer = answers.get(question.id)
        level = answer_level(answer)
        if level is None:
            continue  # unanswered: left out of the score
        dont_know += answer == DONT_KNOW
        pairs.append((exact(question.weight), Fraction(level, question.max_level)))
    mean = _weighted_mean(pairs)
    score = None if mean is None else 100 * mean
    return DomainScore(
        domain_id=domain.id,
        title=domain.title,
        exact_score=score,
        answered=len(pairs),
        dont_know=dont_know,
        total=len(questions),
        level=levels.level_for(score),
        is_strength=score is not None and score >= exact(levels.strength_min_score),
        is_weakness=score is not None and score < exact(levels.weakness_below_score),
    )


def score_answers(
    questionnaire: Questionnaire, answers: Mapping[str, Answer], levels: MaturityLevels | None = None
) -> MaturityResult:
    """Score one OG's answers. Raise InvalidAnswersError on an unknown question or off-scale answer."""
    _check(questionnaire, answers)
    levels = levels or load_levels()
    domains = tuple(_domain_score(questionnaire, d, answers, levels) for d in questionnaire.domains)
    weights = {d.id: exact(d.weight) for d in questionnaire.domains}
    overall = _weighted_mean(
        [(weights[d.domain_id], d.exact_score) for d in domains if d.exact_score is not None]
    )
    return MaturityResult(
        questionnaire_id=questionnaire.id,
        questionnaire_version=questionnaire.version,
        variant=questionnaire.variant,
        domains=domains,
        exact_score=overall,
        level=levels.level_for(overall),
        answered=sum(d.answered for d in domains),
        dont_know=sum(d.dont_know for d in domains),
        total=sum(d.total for d in domains),
    )


# --------------------------------------------------------------------------- actions


def _score_text(score: Fraction) -> str:
    return number(float(score), 0 if score.denominator == 1 else 1)


def _reason(
    condition: Condition, questionnaire: Questionnaire, answers: Mapping[str, Answer], result: MaturityResult
) -> Message | None:
    """The explanation when ``condition`` is met, else None."""
    if isinstance(condition, DomainCondition):
        score = result.domain(condition.domain_id).exact_score
        if score is None or score >= exact(condition.score_below):
            return None
        return DOMAIN_BELOW(
            domain=questionnaire.domain(condition.domain_id).title,
            score=_score_text(score),
            threshold=_score_text(exact(condition.score_below)),
        )
    if not questionnaire.has_question(condition.question_id):
        return None  # a question of the other questionnaire
    answer = answers.get(condition.question_id)
    level = answer_level(answer)
    if level is None or level > condition.level_at_most:
        return None
    return QUESTION_LOW(
        question=condition.question_id, answer=questionnaire.answer_label(condition.question_id, answer)
    )


def recommended_actions(
    questionnaire: Questionnaire,
    answers: Mapping[str, Answer],
    result: MaturityResult,
    catalogue: ActionCatalogue | None = None,
) -> list[RecommendedAction]:
    """The actions of ``catalogue`` (default actions.json) any of whose conditions is met, in its order.

    A domain condition is met when the domain has a score strictly below the threshold; a question
    condition when the question is answered at a level <= level_at_most ("nsp" counts as 0).
    Unanswered questions and unscored domains trigger nothing.
    """
    _check(questionnaire, answers)
    catalogue = catalogue or load_actions()
    found: list[RecommendedAction] = []
    for action in catalogue.actions:
        reasons = [_reason(c, questionnaire, answers, result) for c in action.conditions]
        met = tuple(r for r in reasons if r is not None)
        if met:
            found.append(RecommendedAction(action, met))
    return found


# --------------------------------------------------------------------------- grappe


def _mean_min(values: list[tuple[str, Fraction]]) -> tuple[float | None, float | None, tuple[str, ...]]:
    if not values:
        return None, None, ()
    minimum = min(v for _, v in values)
    mean = sum((v for _, v in values), Fraction(0)) / len(values)
    return float(mean), float(minimum), tuple(k for k, v in values if v == minimum)


def consolidate_grappe(results: Mapping[str, MaturityResult | None]) -> GrappeMaturity:
    """Per domain, the mean and minimum over the OGs that have a score (keys: e.g. FINESS EJ).

    Each OG counts once whatever its size; an OG without a diagnostic (None) or without a score in a
    domain is left out of that domain's figures. The overall mean and minimum use the OGs' overall scores.
    """
    titles: dict[str, str] = {}
    for result in results.values():
        for domain in result.domains if result else ():
            titles.setdefault(domain.domain_id, domain.title)
    domains = []
    for domain_id in DOMAIN_IDS:
        values = [
            (key, r.domain(domain_id).exact_score)
            for key, r in results.items()
            if r is not None and r.domain(domain_id).exact_score is not None
        ]
        mean, minimum, weakest = _mean_min(values)  # type: ignore[arg-type]
        domains.append(
            GrappeDomain(
                domain_id, titles.get(domain_id, domain_id), mean, minimum, tuple(k for k, _ in values), weakest
            )
        )
    overall = [(k, r.exact_score) for k, r in results.items() if r is not None and r.exact_score is not None]
    overall_mean, overall_minimum, _ = _mean_min(overall)  # type: ignore[arg-type]
    return GrappeMaturity(
        og_keys=tuple(results),
        missing=tuple(k for k, r in results.items() if r is None),
        partial=tuple(k for k, r in results.items() if r is not None and r.partial),
        domains=tuple(domains),
        overall_mean=overall_mean,
        overall_minimum=overall_minimum,
    )
