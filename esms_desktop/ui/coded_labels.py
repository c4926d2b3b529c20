"""The window's labels of the dossier's coded values: the table of ``rules.coded_values`` (the one the
PDF prints) through Qt translation, in the interface's language (context ``CodedValues``)."""

from __future__ import annotations

from collections.abc import Mapping

from PySide6.QtCore import QCoreApplication

from esms_desktop.text import Message


def labels(table: Mapping[str, Message]) -> dict[str, str]:
    """``code → label`` in the current language, in the table's order."""
    return {code: QCoreApplication.translate(m.context, m.text) for code, m in table.items()}


def choices(table: Mapping[str, Message]) -> list[tuple[str, str]]:
    """``(code, label)`` pairs for a combo box, in the table's order."""
    return list(labels(table).items())
