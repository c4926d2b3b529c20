"""The maturity answer file: an OG answers its self-diagnostic away from the porteur and sends it back.

Pure functions over plain dicts (the caller reads and writes the JSON file). The layout is described by
``resources/schemas/maturity-answers.schema.json``::

    {"format": "esms-desktop/maturity-answers", "format_version": 1,
     "generator": {"application": "esms-desktop", "version": "0.1.0"},
     "questionnaire": {"id": "maturite-direction", "version": "1.0.0"},
     "og": {"finess_ej": "750712184", "name": "..."},
     "respondent": {"name": "...", "role": "..."},
     "answered_on": "2024-03-15",
     "answers": {"dir.gouv.01": 2, "dir.secu.04": "nsp"},
     "checksum": {"algorithm": "sha256", "value": "<64 hex>"}}

The checksum is the SHA-256 of the canonical JSON (keys sorted, no spaces, UTF-8) of every member but
``checksum``: it detects a file edited by hand after export (it is not a signature).
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from typing import Any

from esms_desktop import APP_NAME, __version__
from esms_desktop.json_checks import first_unstorable, json_path
from esms_desktop.rules.maturity.scoring import InvalidAnswersError, validate_answers
from esms_desktop.rules.maturity.data import (
    Answer,
    MaturityError,
    Questionnaire,
    QuestionnaireError,
    check_against_schema,
    shipped_questionnaires,
)
from esms_desktop.text import QT_TRANSLATE_NOOP

ANSWER_FILE_FORMAT = "esms-desktop/maturity-answers"
ANSWER_FILE_VERSION = 1

NOT_OURS = QT_TRANSLATE_NOOP("MaturityAnswerFile", "This is not an esms-desktop maturity answer file.")
NEWER_FORMAT = QT_TRANSLATE_NOOP(
    "MaturityAnswerFile", "This answer file has format version {found}; this application reads version {expected}."
)
BAD_FIELD = QT_TRANSLATE_NOOP("MaturityAnswerFile", "The answer file is invalid at field {field}: {problem}")
TAMPERED = QT_TRANSLATE_NOOP(
    "MaturityAnswerFile", "The answer file was modified after it was exported (its checksum does not match)."
)
OTHER_OG = QT_TRANSLATE_NOOP(
    "MaturityAnswerFile", "This answer file belongs to the OG with FINESS EJ {found}, not to {expected}."
)
UNKNOWN_QUESTIONNAIRE = QT_TRANSLATE_NOOP(
    "MaturityAnswerFile", "The answer file is for an unknown questionnaire \"{questionnaire}\"."
)
UNKNOWN_VERSION = QT_TRANSLATE_NOOP(
    "MaturityAnswerFile",
    "The answer file is for version {found} of the questionnaire \"{questionnaire}\"; "
    "this application has version {expected}.",
)
BAD_DATE = QT_TRANSLATE_NOOP("MaturityAnswerFile", "The answer file has an invalid answer date: {value}.")
MISSING_OG = QT_TRANSLATE_NOOP("MaturityAnswerFile", "The OG's FINESS EJ is missing: the answer file cannot be made.")
MISSING_RESPONDENT = QT_TRANSLATE_NOOP(
    "MaturityAnswerFile", "The respondent's name is missing: the answer file cannot be made."
)


class AnswerFileError(MaturityError):
    """An answer file refused on reading (or that cannot be written); ``message`` says why."""


@dataclass(frozen=True)
class AnswerFile:
    questionnaire_id: str
    questionnaire_version: str
    og: dict[str, str]  # at least "finess_ej"
    respondent: dict[str, str]  # at least "name"
    answered_on: dt.date
    answers: dict[str, Answer]  # question id -> level or "nsp"; unanswered questions are absent
    generator: dict[str, str]  # application and version that wrote the file


def canonical_json(content: Mapping[str, Any]) -> bytes:
    return json.dumps(content, sort_keys=True, separators=(",", ":"), ensure_ascii=False, allow_nan=False).encode(
        "utf-8"
    )


def content_checksum(data: Mapping[str, Any]) -> str:
    """SHA-256 (hex) over the canonical JSON of every member of ``data`` but "checksum"."""
    return hashlib.sha256(canonical_json({k: v for k, v in data.items() if k != "checksum"})).hexdigest()


def _finess(value: object) -> str:
    return str(value or "").strip().upper()


def export_answer_file(
    questionnaire: Questionnaire,
    og_identity: Mapping[str, Any],
    answers: Mapping[str, Answer],
    respondent: str | Mapping[str, Any],
    answered_on: dt.date,
) -> dict[str, Any]:
    """The answer file (a JSON-ready dict) for one OG. ``og_identity`` needs "finess_ej".

    Unanswered questions (None) are left out; answers are written in the questionnaire's order.
    Raise InvalidAnswersError for bad answers, AnswerFileError for a missing FINESS EJ or respondent name.
    """
    problems = validate_answers(questionnaire, answers)
    if problems:
        raise InvalidAnswersError(problems[0])
    og = {str(k): str(v) for k, v in og_identity.items() if v is not None}
    og["finess_ej"] = _finess(og_identity.get("finess_ej"))
    if not og["finess_ej"]:
        raise AnswerFileError(MISSING_OG)
    person = {"name": respondent} if isinstance(respondent, str) else dict(respondent)
    person = {str(k): str(v).strip() for k, v in person.items() if v is not None}
    if not person.get("name"):
        raise AnswerFileError(MISSING_RESPONDENT)
    if isinstance(answered_on, dt.datetime):
        answered_on = answered_on.date()
    data: dict[str, Any] = {
        "format": ANSWER_FILE_FORMAT,
        "format_version": ANSWER_FILE_VERSION,
        "generator": {"application": APP_NAME, "version": __version__},
        "questionnaire": {"id": questionnaire.id, "version": questionnaire.version},
        "og": og,
        "respondent": person,
        "answered_on": answered_on.isoformat(),
        "answers": {q.id: answers[q.id] for q in questionnaire.questions if answers.get(q.id) is not None},
    }
    data["checksum"] = {"algorithm": "sha256", "value": content_checksum(data)}
    return data


def _find_questionnaire(ref: Mapping[str, str], questionnaires: Iterable[Questionnaire]) -> Questionnaire:
    same_id = [q for q in questionnaires if q.id == ref["id"]]
    if not same_id:
        raise AnswerFileError(UNKNOWN_QUESTIONNAIRE(questionnaire=ref["id"]))
    for questionnaire in same_id:
        if questionnaire.version == ref["version"]:
            return questionnaire
    raise AnswerFileError(
        UNKNOWN_VERSION(
            questionnaire=ref["id"], found=ref["version"], expected=", ".join(q.version for q in same_id)
        )
    )


def read_answer_file(
    data: Any,
    expected_og_finess_ej: str,
    questionnaires: Iterable[Questionnaire] | None = None,
) -> AnswerFile:
    """Check an answer file (decoded JSON) received for the OG ``expected_og_finess_ej``.

    Refused, with AnswerFileError, in this order: not our format; newer format version; a field of the
    wrong shape; checksum mismatch (edited after export); another OG; an unknown questionnaire id or
    version (``questionnaires`` defaults to the shipped ones); an unknown question or off-scale answer.
    """
    if not isinstance(data, Mapping) or data.get("format") != ANSWER_FILE_FORMAT:
        raise AnswerFileError(NOT_OURS)
    unstorable = first_unstorable(data)  # a lone surrogate would break the checksum and the database
    if unstorable is not None:
        raise AnswerFileError(BAD_FIELD(field=json_path(unstorable[0]), problem=unstorable[1]))
    if data.get("format_version") != ANSWER_FILE_VERSION:
        raise AnswerFileError(NEWER_FORMAT(found=data.get("format_version"), expected=ANSWER_FILE_VERSION))
    try:
        check_against_schema(data, "maturity-answers.schema.json", "answers")
    except QuestionnaireError as exc:
        params = exc.message.params
        raise AnswerFileError(BAD_FIELD(field=params["field"], problem=params["problem"])) from exc
    if content_checksum(data) != data["checksum"]["value"]:
        raise AnswerFileError(TAMPERED)
    found, expected = _finess(data["og"]["finess_ej"]), _finess(expected_og_finess_ej)
    if found != expected:
        raise AnswerFileError(OTHER_OG(found=found, expected=expected))
    questionnaire = _find_questionnaire(
        data["questionnaire"], shipped_questionnaires() if questionnaires is None else questionnaires
    )
    problems = validate_answers(questionnaire, data["answers"])
    if problems:
        raise AnswerFileError(problems[0])
    try:
        answered_on = dt.date.fromisoformat(data["answered_on"])
    except ValueError as exc:
        raise AnswerFileError(BAD_DATE(value=data["answered_on"])) from exc
    return AnswerFile(
        questionnaire_id=questionnaire.id,
        questionnaire_version=questionnaire.version,
        og=dict(data["og"]),
        respondent=dict(data["respondent"]),
        answered_on=answered_on,
        answers=dict(data["answers"]),
        generator=dict(data["generator"]),
    )


def answer_conflicts(
    current: Mapping[str, Answer], incoming: Mapping[str, Answer]
) -> list[tuple[str, Answer, Answer]]:
    """(question id, current, incoming) where both hold an answer and they differ, in ``incoming``'s order.

    An incoming answer to a question not answered yet is no conflict (it simply fills the gap), nor is a
    question the incoming file leaves unanswered.
    """
    conflicts = []
    for question_id, new in incoming.items():
        old = current.get(question_id)
        if new is None or old is None:
            continue
        if type(old) is not type(new) or old != new:
            conflicts.append((question_id, old, new))
    return conflicts
