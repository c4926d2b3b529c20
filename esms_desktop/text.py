"""Translatable messages for the layers that do not import Qt (rules, reports, storage).

A rule that explains itself returns a :class:`Message`: an English source text marked for
``pyside6-lupdate`` with :func:`QT_TRANSLATE_NOOP`, plus its parameters. The UI and the CLI turn it
into French (or English) with :func:`esms_desktop.i18n.render`; ``str(message)`` gives the
English text, for logs and tests.

    from esms_desktop.text import QT_TRANSLATE_NOOP
    TOO_SMALL = QT_TRANSLATE_NOOP("Grappe", "The grappe has {count} ESSMS.")
    ...
    return TOO_SMALL(count=7)          # a Message with its parameters

The first argument of QT_TRANSLATE_NOOP is the translation context; keep one per rule module.
Parameters are formatted with ``str.format`` (a parameter may itself be a Message: it is rendered first);
give numbers and dates already formatted in French
with :mod:`esms_desktop.formatting` when they are shown to the user.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any


def QT_TRANSLATE_NOOP(context: str, text: str) -> "Message":  # noqa: N802 - name read by lupdate
    """Mark ``text`` for translation in ``context`` (both literals, for lupdate); returns a Message."""
    return Message(context, text)


@dataclass(frozen=True)
class Message:
    """A translatable message: its context, its English source text, and its parameters.

    Calling a message gives a copy with parameters: ``TOO_SMALL(count=7)``.
    """

    context: str
    text: str
    params: dict[str, Any] = field(default_factory=dict)

    def __call__(self, **params: Any) -> "Message":
        return Message(self.context, self.text, {**self.params, **params})

    def format(self, template: str | None = None) -> str:
        """The message with its parameters, from ``template`` (a translation) or the English source."""
        return (template if template is not None else self.text).format(**self.params)

    def __str__(self) -> str:
        return self.format()
