"""Service functions over the SI maturity self-diagnostics: one per OG, answers stored as they are given.

The questionnaire follows the OG: the IT manager's ("rsi") when the OG has one (``og.has_rsi``), else
the director's ("direction"). If ``has_rsi`` changes once answers exist, the answers are kept and
:attr:`OgDiagnostic.variant_mismatch` says so; :func:`restart_diagnostic` starts over with the other
questionnaire. Scores are never stored: ``rules.maturity`` computes them from the answers.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping
from dataclasses import dataclass, field

from sqlalchemy import select

from esms_desktop.rules.maturity.scoring import (
    DONT_KNOW,
    Action,
    Answer,
    InvalidAnswersError,
    Questionnaire,
    load_questionnaire,
    validate_answers,
)
from esms_desktop.rules.maturity.exchange import AnswerFile
from esms_desktop.storage.database import Database
from esms_desktop.storage.dossiers import touch
from esms_desktop.storage.errors import NotFoundError
from esms_desktop.storage.models import Diagnostic, Need, Og
from esms_desktop.text import QT_TRANSLATE_NOOP

NO_SUCH_OG = QT_TRANSLATE_NOOP("MaturityStorage", "This organisme gestionnaire no longer exists (number {id}).")

EMPTY, PARTIAL, COMPLETE = "empty", "partial", "complete"


def variant_for(has_rsi: bool) -> str:
    """The questionnaire an OG answers: "rsi" when it has an IT manager, else "direction"."""
    return "rsi" if has_rsi else "direction"


@dataclass(frozen=True)
class DiagnosticRow:
    og_id: int
    variant: str
    questionnaire_id: str
    questionnaire_version: str
    respondent: str
    answered_on: dt.date | None
    answers: Mapping[str, Answer] = field(default_factory=dict)  # question id -> level or "nsp"

    def questionnaire(self) -> Questionnaire:
        return load_questionnaire(self.variant)  # type: ignore[arg-type]

    @property
    def answered(self) -> int:
        """Questions of the questionnaire answered ("nsp" included)."""
        questionnaire = self.questionnaire()
        return sum(1 for q in questionnaire.questions if self.answers.get(q.id) is not None)

    @property
    def total(self) -> int:
        return len(self.questionnaire().questions)


@dataclass(frozen=True)
class OgDiagnostic:
    """An OG of the grappe with its diagnostic (None when not started)."""

    og_id: int
    finess_ej: str
    name: str
    is_porteur: bool
    has_rsi: bool
    contact_name: str
    diagnostic: DiagnosticRow | None

    @property
    def expected_variant(self) -> str:
        return variant_for(self.has_rsi)

    @property
    def variant(self) -> str:
        """The questionnaire shown: the diagnostic's own, or the expected one when none is started."""
        return self.diagnostic.variant if self.diagnostic else self.expected_variant

    @property
    def variant_mismatch(self) -> bool:
        """Answers exist for the other questionnaire than the one ``has_rsi`` now calls for."""
        return bool(self.diagnostic and self.diagnostic.answers and self.diagnostic.variant != self.expected_variant)

    @property
    def answered(self) -> int:
        return self.diagnostic.answered if self.diagnostic else 0

    @property
    def total(self) -> int:
        return len(load_questionnaire(self.variant).questions)  # type: ignore[arg-type]

    @property
    def state(self) -> str:
        """EMPTY (no answer), PARTIAL or COMPLETE."""
        answered = self.answered
        if answered == 0:
            return EMPTY
        return COMPLETE if answered >= self.total else PARTIAL


def _row(diagnostic: Diagnostic | None) -> DiagnosticRow | None:
    if diagnostic is None:
        return None
    return DiagnosticRow(
        og_id=diagnostic.og_id,
        variant=diagnostic.variant,
        questionnaire_id=diagnostic.questionnaire_id,
        questionnaire_version=diagnostic.questionnaire_version,
        respondent=diagnostic.respondent or "",
        answered_on=diagnostic.answered_on,
        answers=dict(diagnostic.answers or {}),
    )


def _og_diagnostic(og: Og) -> OgDiagnostic:
    return OgDiagnostic(
        og.id, og.finess_ej, og.name, og.is_porteur, bool(og.has_rsi), og.contact_name or "", _row(og.maturity)
    )


def _og(session, og_id: int) -> Og:
    og = session.get(Og, og_id)
    if og is None:
        raise NotFoundError(NO_SUCH_OG(id=og_id))
    return og


# --------------------------------------------------------------------------- reading


def list_diagnostics(db: Database, dossier_id: int) -> list[OgDiagnostic]:
    """The OGs of the dossier in the grappe's order, each with its diagnostic."""
    with db.session() as session:
        ogs = session.scalars(select(Og).where(Og.dossier_id == dossier_id).order_by(Og.position, Og.id)).all()
        return [_og_diagnostic(og) for og in ogs]


def get_og_diagnostic(db: Database, og_id: int) -> OgDiagnostic:
    with db.session() as session:
        return _og_diagnostic(_og(session, og_id))


def get_diagnostic(db: Database, og_id: int) -> DiagnosticRow | None:
    return get_og_diagnostic(db, og_id).diagnostic


# --------------------------------------------------------------------------- editing


def _new_diagnostic(variant: str) -> Diagnostic:
    questionnaire = load_questionnaire(variant)  # type: ignore[arg-type]
    return Diagnostic(
        variant=variant,
        questionnaire_id=questionnaire.id,
        questionnaire_version=questionnaire.version,
        respondent="",
        answered_on=None,
        answers={},
    )


def _started(session, og: Og) -> Diagnostic:
    """The OG's diagnostic, created with the expected questionnaire if there is none.

    A diagnostic without any answer follows ``has_rsi`` (nothing would be lost by switching).
    """
    expected = variant_for(bool(og.has_rsi))
    diagnostic = og.maturity
    if diagnostic is None:
        og.maturity = diagnostic = _new_diagnostic(expected)
        session.flush()
    elif not diagnostic.answers and diagnostic.variant != expected:
        fresh = _new_diagnostic(expected)
        diagnostic.variant = fresh.variant
        diagnostic.questionnaire_id = fresh.questionnaire_id
        diagnostic.questionnaire_version = fresh.questionnaire_version
    return diagnostic


def start_diagnostic(db: Database, og_id: int) -> DiagnosticRow:
    """The OG's diagnostic, started (no answer yet) if it had none."""
    with db.session() as session:
        og = _og(session, og_id)
        had = og.maturity is not None
        row = _row(_started(session, og))
        if not had:
            touch(session, og.dossier_id)
        return row  # type: ignore[return-value]


def save_answer(db: Database, og_id: int, question_id: str, answer: Answer) -> DiagnosticRow:
    """Store one answer (a level, "nsp", or None to clear it); starts the diagnostic if needed.

    The first answer dates the diagnostic (today) when it has no date yet.
    Raise InvalidAnswersError for a question of another questionnaire or a value off the scale.
    The dossier is locked first: answers given meanwhile by someone else to other questions are kept.
    """
    from esms_desktop.storage.concurrency import lock_dossier

    with db.session() as session:
        lock_dossier(session, via="og", row_id=og_id)
        og = _og(session, og_id)
        diagnostic = _started(session, og)
        questionnaire = load_questionnaire(diagnostic.variant)  # type: ignore[arg-type]
        if answer is not None:
            problems = validate_answers(questionnaire, {question_id: answer})
            if problems:
                raise InvalidAnswersError(problems[0])
        elif not questionnaire.has_question(question_id):
            raise InvalidAnswersError(validate_answers(questionnaire, {question_id: DONT_KNOW})[0])
        answers = dict(diagnostic.answers or {})
        if answer is None:
            answers.pop(question_id, None)
        else:
            answers[question_id] = answer
        diagnostic.answers = answers  # a new dict: the JSON column is not change-tracked in place
        if answer is not None and diagnostic.answered_on is None:
            diagnostic.answered_on = dt.date.today()
        touch(session, og.dossier_id)
        return _row(diagnostic)  # type: ignore[return-value]


def update_diagnostic(
    db: Database, og_id: int, *, respondent: str | None = None, answered_on: dt.date | None | str = "keep"
) -> DiagnosticRow:
    """Store the respondent and/or the date of the answers (``answered_on=None`` clears the date)."""
    with db.session() as session:
        og = _og(session, og_id)
        diagnostic = _started(session, og)
        if respondent is not None:
            diagnostic.respondent = respondent.strip()[:200]
        if answered_on != "keep":
            diagnostic.answered_on = answered_on  # type: ignore[assignment]
        touch(session, og.dossier_id)
        return _row(diagnostic)  # type: ignore[return-value]


def restart_diagnostic(db: Database, og_id: int, variant: str | None = None) -> DiagnosticRow:
    """Start over: every answer is removed, the questionnaire becomes ``variant`` (default: the one
    ``has_rsi`` calls for). The respondent is kept, the date cleared. The UI confirms first."""
    with db.session() as session:
        og = _og(session, og_id)
        fresh = _new_diagnostic(variant or variant_for(bool(og.has_rsi)))
        diagnostic = og.maturity
        if diagnostic is None:
            og.maturity = diagnostic = fresh
        else:
            diagnostic.variant = fresh.variant
            diagnostic.questionnaire_id = fresh.questionnaire_id
            diagnostic.questionnaire_version = fresh.questionnaire_version
            diagnostic.answers = {}
            diagnostic.answered_on = None
        session.flush()
        touch(session, og.dossier_id)
        return _row(diagnostic)  # type: ignore[return-value]


def _respondent_text(respondent: Mapping[str, str]) -> str:
    name = (respondent.get("name") or "").strip()
    role = (respondent.get("role") or "").strip()
    return f"{name}, {role}" if name and role else name


def apply_answer_file(db: Database, og_id: int, incoming: AnswerFile, keep_current: bool) -> DiagnosticRow:
    """Store the answers of a checked answer file (``rules.maturity_exchange.read_answer_file``).

    ``keep_current=False`` ("replace"): the file's answers win over different current answers.
    ``keep_current=True``: current answers stay; the file only fills the unanswered questions.
    Current answers the file leaves blank are kept either way. When the file is for another
    questionnaire than the diagnostic's, the diagnostic is replaced by the file's (unless
    ``keep_current``, which then changes nothing). Respondent and date come from the file when replacing
    or when the diagnostic has none.
    """
    questionnaire = next(
        q for q in (load_questionnaire("direction"), load_questionnaire("rsi")) if q.id == incoming.questionnaire_id
    )
    with db.session() as session:
        og = _og(session, og_id)
        diagnostic = og.maturity
        same = diagnostic is not None and diagnostic.questionnaire_id == questionnaire.id
        if diagnostic is not None and not same and diagnostic.answers and keep_current:
            return _row(diagnostic)  # type: ignore[return-value]
        if diagnostic is None:
            og.maturity = diagnostic = _new_diagnostic(questionnaire.variant)
        current = dict(diagnostic.answers or {}) if same else {}
        new = {k: v for k, v in incoming.answers.items() if v is not None}
        merged = {**new, **current} if keep_current else {**current, **new}
        diagnostic.variant = questionnaire.variant
        diagnostic.questionnaire_id = questionnaire.id
        diagnostic.questionnaire_version = questionnaire.version
        diagnostic.answers = {q.id: merged[q.id] for q in questionnaire.questions if q.id in merged}
        respondent = _respondent_text(incoming.respondent)
        if respondent and (not keep_current or not diagnostic.respondent):
            diagnostic.respondent = respondent[:200]
        if not keep_current or diagnostic.answered_on is None:
            diagnostic.answered_on = incoming.answered_on
        session.flush()
        touch(session, og.dossier_id)
        return _row(diagnostic)  # type: ignore[return-value]


# --------------------------------------------------------------------------- needs from actions


def added_actions(db: Database, dossier_id: int) -> frozenset[str]:
    """Ids of the recommended actions already turned into needs of the dossier."""
    with db.session() as session:
        rows = session.scalars(
            select(Need.from_action).where(Need.dossier_id == dossier_id, Need.from_action.is_not(None))
        ).all()
        return frozenset(rows)


def add_need_from_action(db: Database, dossier_id: int, action: Action) -> int:
    """A need (kind = the action's need category, label = its title, from_action = its id) for a
    recommended action, with the expense line every need feeds (``storage.needs.add_need``).

    Returns the id of the new need, or of the one already made from this action (no duplicate).
    """
    from esms_desktop.storage.needs import add_need

    with db.session() as session:
        existing = session.scalar(
            select(Need.id).where(Need.dossier_id == dossier_id, Need.from_action == action.id).limit(1)
        )
    if existing is not None:
        return existing
    return add_need(db, dossier_id, action.need, label=action.title[:300], from_action=action.id)
