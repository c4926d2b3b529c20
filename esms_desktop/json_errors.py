"""What a JSON parser's error means, in words a director reads (Python's own messages are English).

``json_error_detail(exc)`` turns a ``json.JSONDecodeError`` into a translatable Message naming the
line and column. Pure Python, no Qt.
"""

from __future__ import annotations

import json

from esms_desktop.text import QT_TRANSLATE_NOOP, Message

# the start of Python's message -> what it means (json.decoder / json.scanner)
REASONS = (
    ("Expecting property name enclosed in double quotes",
     QT_TRANSLATE_NOOP("JsonError", "a field name in double quotes was expected (a comma too many before a closing brace?)")),
    ("Expecting ':' delimiter", QT_TRANSLATE_NOOP("JsonError", "a « : » was expected after a field name")),
    ("Expecting ',' delimiter", QT_TRANSLATE_NOOP("JsonError", "a comma was expected between two values")),
    ("Expecting value", QT_TRANSLATE_NOOP("JsonError", "a value was expected (the file may be cut short or empty)")),
    ("Unterminated string", QT_TRANSLATE_NOOP("JsonError", "a text in quotes is not closed")),
    ("Invalid control character",
     QT_TRANSLATE_NOOP("JsonError", "a text holds a line break or tab that should be written \\n or \\t")),
    ("Invalid \\uXXXX escape", QT_TRANSLATE_NOOP("JsonError", "a « \\u » code in a text is incomplete")),
    ("Invalid \\escape", QT_TRANSLATE_NOOP("JsonError", "a « \\ » in a text is not followed by a known code")),
    ("Extra data", QT_TRANSLATE_NOOP("JsonError", "something follows the end of the data")),
)
OTHER = QT_TRANSLATE_NOOP("JsonError", "the text is not written as JSON")
AT = QT_TRANSLATE_NOOP("JsonError", "line {line}, column {column}: {reason}")


def json_reason(message: str) -> Message:
    for start, reason in REASONS:
        if message.startswith(start):
            return reason()
    return OTHER()


def json_error_detail(exc: json.JSONDecodeError) -> Message:
    """« ligne 3, colonne 5 : un nom de champ entre guillemets était attendu … »"""
    return AT(line=exc.lineno, column=exc.colno, reason=json_reason(exc.msg))
