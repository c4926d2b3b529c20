"""Maturity answer files on disk: an OG answers its self-diagnostic on another machine.

The porteur writes the questionnaire file of an OG (:func:`write_questionnaire_file`); the OG opens it
with the application, answers, and each answer is written back into the same file with a new checksum
(:func:`read_received_file`, :func:`save_received_answers`); the porteur then imports it
(:func:`preview_import` shows the conflicts before anything changes, :func:`apply_import` stores).
The file layout and its checks are :mod:`esms_desktop.rules.maturity.exchange`; files are written
whole or not at all (``storage/atomic.py``). A refused file raises ``AnswerFileError`` and changes nothing.
"""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from esms_desktop.rules.maturity.scoring import Answer, Questionnaire, load_questionnaire
from esms_desktop.rules.maturity.exchange import (
    AnswerFile,
    AnswerFileError,
    answer_conflicts,
    export_answer_file,
    read_answer_file,
)
from esms_desktop.storage import maturity
from esms_desktop.storage.atomic import write_text_atomic
from esms_desktop.storage.database import Database
from esms_desktop.storage.errors import StorageError
from esms_desktop.text import QT_TRANSLATE_NOOP

CANNOT_READ = QT_TRANSLATE_NOOP("MaturityFiles", "The file {path} cannot be read: {detail}")
NOT_JSON = QT_TRANSLATE_NOOP("MaturityFiles", "The file {path} is not an answer file (it is not JSON text).")
CANNOT_WRITE = QT_TRANSLATE_NOOP("MaturityFiles", "The file {path} could not be written: {detail}")


class MaturityFileError(StorageError):
    """An answer file could not be written; nothing was changed."""


@dataclass(frozen=True)
class ReceivedFile:
    """A checked answer file and the questionnaire it is for."""

    path: Path
    answer_file: AnswerFile
    questionnaire: Questionnaire


@dataclass(frozen=True)
class Conflict:
    question_id: str
    question_text: str
    current: Answer
    incoming: Answer
    current_label: str
    incoming_label: str


@dataclass(frozen=True)
class ImportPreview:
    """What importing a file into an OG's diagnostic would do; nothing is stored yet."""

    og_id: int
    received: ReceivedFile
    conflicts: tuple[Conflict, ...]  # same questionnaire, both answered, different answers
    new_answers: int  # answers of the file to questions not answered yet
    other_questionnaire: str | None  # id of the diagnostic's questionnaire when it differs and has answers
    current_answers: int

    @property
    def needs_choice(self) -> bool:
        """True when importing would overwrite something: the user must choose before."""
        return bool(self.conflicts) or self.other_questionnaire is not None


def _write_json(path: Path, data: Mapping[str, Any]) -> None:
    text = json.dumps(data, ensure_ascii=False, indent=2) + "\n"
    try:
        write_text_atomic(path, text)
    except OSError as exc:
        raise MaturityFileError(CANNOT_WRITE(path=str(path), detail=exc.strerror or str(exc))) from exc


def _load_json(path: Path) -> Any:
    try:
        raw = path.read_bytes()
    except OSError as exc:
        raise AnswerFileError(CANNOT_READ(path=str(path), detail=exc.strerror or str(exc))) from exc
    from esms_desktop.storage import dossier_file_checks as checks

    try:
        return checks.loads(raw.decode("utf-8-sig"))
    except checks.TooDeep:
        raise AnswerFileError(checks.too_deep_message()) from None
    except (UnicodeDecodeError, ValueError) as exc:
        raise AnswerFileError(NOT_JSON(path=str(path))) from exc


def _questionnaire(questionnaire_id: str) -> Questionnaire:
    for variant in ("direction", "rsi"):
        questionnaire = load_questionnaire(variant)  # type: ignore[arg-type]
        if questionnaire.id == questionnaire_id:
            return questionnaire
    raise KeyError(questionnaire_id)  # read_answer_file already refused unknown questionnaires


# --------------------------------------------------------------------------- porteur side: export


def write_questionnaire_file(db: Database, og_id: int, path: str | Path) -> AnswerFile:
    """Write the OG's questionnaire, with the answers it already has, for someone to answer elsewhere.

    The respondent is the diagnostic's, else the OG's contact; the date the diagnostic's, else today.
    Raise AnswerFileError when the OG has no FINESS EJ or no respondent, MaturityFileError on a write error.
    """
    og = maturity.get_og_diagnostic(db, og_id)
    diagnostic = og.diagnostic
    questionnaire = load_questionnaire(og.variant)  # type: ignore[arg-type]
    answers = dict(diagnostic.answers) if diagnostic else {}
    respondent = (diagnostic.respondent if diagnostic else "") or og.contact_name
    answered_on = (diagnostic.answered_on if diagnostic else None) or dt.date.today()
    data = export_answer_file(
        questionnaire, {"finess_ej": og.finess_ej, "name": og.name}, answers, respondent, answered_on
    )
    _write_json(Path(path), data)
    return read_answer_file(data, og.finess_ej)


# --------------------------------------------------------------------------- OG side: answer a received file


def read_received_file(path: str | Path, expected_finess_ej: str | None = None) -> ReceivedFile:
    """Read and check an answer file. Without ``expected_finess_ej`` (the OG answering its own file)
    the file's OG is taken as it is; the checksum, questionnaire and answers are checked all the same."""
    path = Path(path)
    data = _load_json(path)
    if expected_finess_ej is None:
        og = data.get("og") if isinstance(data, Mapping) else None
        expected_finess_ej = str(og.get("finess_ej", "")) if isinstance(og, Mapping) else ""
    answer_file = read_answer_file(data, expected_finess_ej)
    return ReceivedFile(path, answer_file, _questionnaire(answer_file.questionnaire_id))


def save_received_answers(
    received: ReceivedFile,
    answers: Mapping[str, Answer],
    respondent: Mapping[str, str],
    answered_on: dt.date,
) -> ReceivedFile:
    """Write the answers back into the received file (same OG and questionnaire, new checksum)."""
    data = export_answer_file(received.questionnaire, received.answer_file.og, answers, respondent, answered_on)
    _write_json(received.path, data)
    return ReceivedFile(received.path, read_answer_file(data, data["og"]["finess_ej"]), received.questionnaire)


# --------------------------------------------------------------------------- porteur side: import


def preview_import(db: Database, og_id: int, path: str | Path) -> ImportPreview:
    """Check a returned file against the OG and list what it would change. Stores nothing."""
    og = maturity.get_og_diagnostic(db, og_id)
    received = read_received_file(path, og.finess_ej)
    questionnaire = received.questionnaire
    incoming = received.answer_file.answers
    current = dict(og.diagnostic.answers) if og.diagnostic else {}
    other = None
    if og.diagnostic and current and og.diagnostic.questionnaire_id != questionnaire.id:
        other = og.diagnostic.questionnaire_id
        conflicts: tuple[Conflict, ...] = ()
        new = len(incoming)
    else:
        conflicts = tuple(
            Conflict(
                qid,
                questionnaire.question(qid).text,
                old,
                value,
                questionnaire.answer_label(qid, old),
                questionnaire.answer_label(qid, value),
            )
            for qid, old, value in answer_conflicts(current, incoming)
        )
        new = sum(1 for qid, value in incoming.items() if value is not None and current.get(qid) is None)
    return ImportPreview(og_id, received, conflicts, new, other, len(current))


def apply_import(db: Database, preview: ImportPreview, keep_current: bool = False) -> maturity.DiagnosticRow:
    """Store a previewed file: ``keep_current`` keeps the current answers where they differ."""
    return maturity.apply_answer_file(db, preview.og_id, preview.received.answer_file, keep_current)
