"""SI maturity self-diagnostic data: questionnaires, maturity levels, recommended actions. No Qt.

The data lives in ``resources/questionnaires/`` (French text) and is checked twice on loading: its shape
by the JSON Schemas of ``resources/schemas/``, then what a schema cannot say (unique ids, level values
0..N in order, scale references, levels covering 0-100). Any problem raises :class:`QuestionnaireError`
whose message names the file and the field (a JSON path such as ``$.questions[3].weight``).

Scoring is in :mod:`esms_desktop.rules.maturity.scoring`; the answer exchange file in
:mod:`esms_desktop.rules.maturity.exchange`.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from fractions import Fraction
from functools import lru_cache
from pathlib import Path
from typing import Any, Literal, Union

import jsonschema
from jsonschema.exceptions import best_match

from esms_desktop.paths import resource_path
from esms_desktop.text import QT_TRANSLATE_NOOP, Message

DOMAIN_IDS: tuple[str, ...] = ("gouvernance", "infrastructure", "securite", "dui", "socles", "competences")
VARIANTS: tuple[str, ...] = ("direction", "rsi")
NEED_CATEGORIES: tuple[str, ...] = ("formation", "accompagnement", "materiel")
DONT_KNOW = "nsp"
"""The « je ne sais pas » answer. It scores as level 0 (see :mod:`esms_desktop.rules.maturity.scoring`)."""

Variant = Literal["direction", "rsi"]
Answer = Union[int, str, None]
"""An answer: a level value (int), ``DONT_KNOW`` ("nsp"), or ``None`` for unanswered."""

QUESTIONNAIRE_FORMAT = "esms-desktop/questionnaire"
LEVELS_FORMAT = "esms-desktop/maturity-levels"
ACTIONS_FORMAT = "esms-desktop/maturity-actions"

CANNOT_READ = QT_TRANSLATE_NOOP("Maturity", "Data file {source} cannot be read: {problem}")
BAD_FIELD = QT_TRANSLATE_NOOP("Maturity", "Data file {source}, field {field}: {problem}")
DUPLICATE_ID = QT_TRANSLATE_NOOP(
    "Maturity", "Data file {source}, field {field}: the identifier \"{id}\" is used twice."
)
BAD_LEVEL_VALUES = QT_TRANSLATE_NOOP(
    "Maturity", "Data file {source}, field {field}: level values must be 0, 1, 2... in this order; found {values}."
)
UNKNOWN_SCALE = QT_TRANSLATE_NOOP(
    "Maturity", "Data file {source}, field {field}: the scale \"{scale}\" is not defined under \"scales\"."
)
EMPTY_DOMAIN = QT_TRANSLATE_NOOP(
    "Maturity", "Data file {source}, field {field}: the domain \"{domain}\" has no question."
)
WRONG_VARIANT = QT_TRANSLATE_NOOP(
    "Maturity", "Data file {source}, field {field}: expected the variant \"{expected}\", found \"{found}\"."
)
BAD_LEVEL_RANGES = QT_TRANSLATE_NOOP(
    "Maturity",
    "Data file {source}, field {field}: the levels must follow each other from 0 to 100 without gap or overlap.",
)
BAD_THRESHOLDS = QT_TRANSLATE_NOOP(
    "Maturity", "Data file {source}, field {field}: the weakness threshold must not exceed the strength threshold."
)
UNKNOWN_VARIANT = QT_TRANSLATE_NOOP(
    "Maturity", "Unknown questionnaire variant \"{variant}\" (expected \"direction\" or \"rsi\")."
)


class MaturityError(Exception):
    """Base of the maturity errors; ``message`` is a translatable :class:`Message`."""

    def __init__(self, message: Message) -> None:
        super().__init__(str(message))
        self.message = message


class QuestionnaireError(MaturityError):
    """A questionnaire, levels or actions data file is unreadable or invalid."""


# --------------------------------------------------------------------------- data classes


@dataclass(frozen=True)
class Level:
    """One step of an answer scale."""

    value: int
    label: str
    meaning: str


@dataclass(frozen=True)
class Question:
    id: str
    domain_id: str
    text: str
    help: str
    weight: float
    levels: tuple[Level, ...]
    scale_id: str | None = None  # the shared scale it uses, None for levels of its own

    @property
    def max_level(self) -> int:
        return self.levels[-1].value

    def level(self, value: int) -> Level:
        return self.levels[value]


@dataclass(frozen=True)
class Domain:
    id: str
    title: str
    description: str
    weight: float


@dataclass(frozen=True)
class DontKnow:
    label: str
    meaning: str


@dataclass(frozen=True)
class Questionnaire:
    id: str
    version: str
    variant: str
    title: str
    audience: str
    description: str
    dont_know: DontKnow
    domains: tuple[Domain, ...]
    questions: tuple[Question, ...]
    _by_id: dict[str, Question] = field(init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        object.__setattr__(self, "_by_id", {q.id: q for q in self.questions})

    def has_question(self, question_id: str) -> bool:
        return question_id in self._by_id

    def question(self, question_id: str) -> Question:
        """The question with this id (KeyError if none)."""
        return self._by_id[question_id]

    def domain(self, domain_id: str) -> Domain:
        for domain in self.domains:
            if domain.id == domain_id:
                return domain
        raise KeyError(domain_id)

    def questions_in(self, domain_id: str) -> tuple[Question, ...]:
        return tuple(q for q in self.questions if q.domain_id == domain_id)

    def answer_label(self, question_id: str, answer: Answer) -> str:
        """French label of an answer ("" when unanswered)."""
        if answer is None:
            return ""
        if answer == DONT_KNOW:
            return self.dont_know.label
        return self.question(question_id).level(int(answer)).label


@dataclass(frozen=True)
class MaturityLevel:
    id: str
    rank: int
    label: str
    min_score: float
    max_score: float
    explanation: str


@dataclass(frozen=True)
class MaturityLevels:
    version: str
    levels: tuple[MaturityLevel, ...]
    strength_min_score: float  # a domain scoring at least this is a strength
    weakness_below_score: float  # a domain scoring strictly below this is a weakness

    def level_for(self, score: float | Fraction | None) -> MaturityLevel | None:
        """The level holding ``score``: min_score <= score < max_score; the last level includes 100."""
        if score is None:
            return None
        for level in self.levels[:-1]:
            if score < level.max_score:
                return level
        return self.levels[-1]


@dataclass(frozen=True)
class DomainCondition:
    """Met when the domain has a score strictly below ``score_below``."""

    domain_id: str
    score_below: float


@dataclass(frozen=True)
class QuestionCondition:
    """Met when the question is answered at a level <= ``level_at_most`` ("nsp" counts as 0)."""

    question_id: str
    level_at_most: int


Condition = Union[DomainCondition, QuestionCondition]


@dataclass(frozen=True)
class Action:
    id: str
    title: str
    description: str
    need: str  # one of NEED_CATEGORIES
    conditions: tuple[Condition, ...]  # any one met triggers the action


@dataclass(frozen=True)
class ActionCatalogue:
    version: str
    actions: tuple[Action, ...]


# --------------------------------------------------------------------------- validation helpers


def _read_json(path: Path) -> Any:
    try:
        with path.open(encoding="utf-8") as handle:
            return json.load(handle)
    except (OSError, ValueError) as exc:
        raise QuestionnaireError(CANNOT_READ(source=path.name, problem=str(exc))) from exc


@lru_cache(maxsize=None)
def _validator(schema_file: str) -> jsonschema.Draft202012Validator:
    schema = _read_json(resource_path("schemas", schema_file))
    return jsonschema.Draft202012Validator(schema)


def check_against_schema(data: Any, schema_file: str, source: str) -> None:
    """Raise QuestionnaireError naming the first offending field if ``data`` breaks the schema."""
    error = best_match(_validator(schema_file).iter_errors(data))
    if error is None:
        return
    problem = error.message
    if error.validator in ("oneOf", "anyOf", "not"):  # its message repeats the whole instance
        problem = error.schema.get("description", "none of the allowed forms matches")
    raise QuestionnaireError(BAD_FIELD(source=source, field=error.json_path, problem=problem))


def _check_unique(ids: list[str], path: str, source: str) -> None:
    seen: set[str] = set()
    for index, item_id in enumerate(ids):
        if item_id in seen:
            raise QuestionnaireError(DUPLICATE_ID(source=source, field=f"{path}[{index}].id", id=item_id))
        seen.add(item_id)


def _levels(raw: list[dict[str, Any]], path: str, source: str) -> tuple[Level, ...]:
    values = [item["value"] for item in raw]
    if values != list(range(len(values))):
        raise QuestionnaireError(BAD_LEVEL_VALUES(source=source, field=path, values=values))
    return tuple(Level(item["value"], item["label"], item["meaning"]) for item in raw)


# --------------------------------------------------------------------------- parsing


def parse_questionnaire(data: Any, source: str = "<data>") -> Questionnaire:
    """Build a Questionnaire from decoded JSON; raise QuestionnaireError naming the bad field."""
    check_against_schema(data, "questionnaire.schema.json", source)
    scales = {name: _levels(raw, f"$.scales.{name}", source) for name, raw in data["scales"].items()}
    _check_unique([d["id"] for d in data["domains"]], "$.domains", source)
    _check_unique([q["id"] for q in data["questions"]], "$.questions", source)
    questions = []
    for index, raw in enumerate(data["questions"]):
        path = f"$.questions[{index}]"
        if "scale" in raw:
            if raw["scale"] not in scales:
                raise QuestionnaireError(UNKNOWN_SCALE(source=source, field=f"{path}.scale", scale=raw["scale"]))
            levels, scale_id = scales[raw["scale"]], raw["scale"]
        else:
            levels, scale_id = _levels(raw["levels"], f"{path}.levels", source), None
        questions.append(
            Question(raw["id"], raw["domain"], raw["text"], raw["help"], raw["weight"], levels, scale_id)
        )
    domains = tuple(Domain(d["id"], d["title"], d["description"], d["weight"]) for d in data["domains"])
    for index, domain in enumerate(domains):
        if not any(q.domain_id == domain.id for q in questions):
            raise QuestionnaireError(EMPTY_DOMAIN(source=source, field=f"$.domains[{index}]", domain=domain.id))
    dont_know = DontKnow(data["dont_know"]["label"], data["dont_know"]["meaning"])
    return Questionnaire(
        id=data["id"],
        version=data["version"],
        variant=data["variant"],
        title=data["title"],
        audience=data["audience"],
        description=data["description"],
        dont_know=dont_know,
        domains=domains,
        questions=tuple(questions),
    )


def parse_levels(data: Any, source: str = "<data>") -> MaturityLevels:
    """Build the maturity levels from decoded JSON; they must cover 0..100 without gap."""
    check_against_schema(data, "maturity-levels.schema.json", source)
    _check_unique([item["id"] for item in data["levels"]], "$.levels", source)
    levels = tuple(
        MaturityLevel(i["id"], i["rank"], i["label"], i["min_score"], i["max_score"], i["explanation"])
        for i in data["levels"]
    )
    expected_min: float = 0
    for index, level in enumerate(levels):
        if level.min_score != expected_min or level.max_score <= level.min_score or level.rank != index + 1:
            raise QuestionnaireError(BAD_LEVEL_RANGES(source=source, field=f"$.levels[{index}]"))
        expected_min = level.max_score
    if expected_min != 100:
        raise QuestionnaireError(BAD_LEVEL_RANGES(source=source, field=f"$.levels[{len(levels) - 1}].max_score"))
    thresholds = data["domain_thresholds"]
    if thresholds["weakness_below_score"] > thresholds["strength_min_score"]:
        raise QuestionnaireError(BAD_THRESHOLDS(source=source, field="$.domain_thresholds"))
    return MaturityLevels(
        data["version"], levels, thresholds["strength_min_score"], thresholds["weakness_below_score"]
    )


def parse_actions(data: Any, source: str = "<data>") -> ActionCatalogue:
    """Build the action catalogue from decoded JSON."""
    check_against_schema(data, "maturity-actions.schema.json", source)
    _check_unique([a["id"] for a in data["actions"]], "$.actions", source)
    actions = []
    for raw in data["actions"]:
        conditions: list[Condition] = []
        for cond in raw["when"]:
            if "domain" in cond:
                conditions.append(DomainCondition(cond["domain"], cond["score_below"]))
            else:
                conditions.append(QuestionCondition(cond["question"], cond["level_at_most"]))
        actions.append(Action(raw["id"], raw["title"], raw["description"], raw["need"], tuple(conditions)))
    return ActionCatalogue(data["version"], tuple(actions))


# --------------------------------------------------------------------------- shipped files


def questionnaire_path(variant: str) -> Path:
    if variant not in VARIANTS:
        raise QuestionnaireError(UNKNOWN_VARIANT(variant=variant))
    return resource_path("questionnaires", f"maturite-{variant}.json")


@lru_cache(maxsize=None)
def load_questionnaire(variant: Variant) -> Questionnaire:
    """The shipped questionnaire for the director ("direction") or the IT manager ("rsi")."""
    path = questionnaire_path(variant)
    questionnaire = parse_questionnaire(_read_json(path), path.name)
    if questionnaire.variant != variant:
        raise QuestionnaireError(
            WRONG_VARIANT(source=path.name, field="$.variant", expected=variant, found=questionnaire.variant)
        )
    return questionnaire


def shipped_questionnaires() -> tuple[Questionnaire, ...]:
    return tuple(load_questionnaire(variant) for variant in VARIANTS)  # type: ignore[arg-type]


@lru_cache(maxsize=None)
def load_levels() -> MaturityLevels:
    path = resource_path("questionnaires", "levels.json")
    return parse_levels(_read_json(path), path.name)


@lru_cache(maxsize=None)
def load_actions() -> ActionCatalogue:
    path = resource_path("questionnaires", "actions.json")
    return parse_actions(_read_json(path), path.name)


def exact(number: float | int) -> Fraction:
    """A JSON number as an exact fraction (0.1 -> 1/10, not the nearest binary float)."""
    return Fraction(str(number))
