"""The layers hold, down to the sub-packages: ``rules/`` and ``reports/`` (and every package inside them)
import no Qt, no SQLAlchemy, no storage, no UI, no CLI; ``storage/`` imports no Qt and ``cli/`` no Qt widgets;
and no module imports another module's private names (``from x import _y``)."""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

PACKAGE = Path(__file__).resolve().parent.parent / "esms_desktop"


def modules(*layers: str) -> list[Path]:
    return sorted(p for layer in layers for p in (PACKAGE / layer).rglob("*.py"))


def imports(path: Path) -> list[tuple[str, list[str]]]:
    """(module, names) of every import of ``path``, at the top or inside a function."""
    out = []
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.ImportFrom) and node.module:
            out.append((node.module, [a.name for a in node.names]))
        elif isinstance(node, ast.Import):
            out += [(a.name, []) for a in node.names]
    return out


FORBIDDEN = {
    ("rules",): ("PySide6", "sqlalchemy", "alembic", "esms_desktop.storage", "esms_desktop.ui", "esms_desktop.cli",
                 "esms_desktop.reports"),
    ("reports",): ("PySide6", "sqlalchemy", "alembic", "esms_desktop.storage", "esms_desktop.ui", "esms_desktop.cli"),
    ("storage",): ("PySide6", "esms_desktop.ui", "esms_desktop.cli"),
    ("cli",): ("PySide6.QtWidgets", "PySide6.QtGui", "esms_desktop.ui"),  # QtCore only: the French catalogue
}


def test_sub_packages_are_checked():
    found = {p.parent.relative_to(PACKAGE).as_posix() for p in modules("rules")}
    assert {"rules", "rules/grappe", "rules/identity", "rules/funding", "rules/admissibility", "rules/maturity",
            "rules/planning"} <= found


@pytest.mark.parametrize("layers", sorted(FORBIDDEN), ids="/".join)
def test_layer_imports_nothing_above_it(layers):
    bad = []
    for path in modules(*layers):
        for module, _names in imports(path):
            if module.startswith(FORBIDDEN[layers]):
                bad.append(f"{path.relative_to(PACKAGE)} imports {module}")
    assert not bad


def test_no_module_imports_private_names():
    bad = []
    for path in sorted(PACKAGE.rglob("*.py")):
        for module, names in imports(path):
            if module.startswith("esms_desktop"):
                bad += [f"{path.relative_to(PACKAGE)}: from {module} import {n}" for n in names
                        if n.startswith("_") and not n.startswith("__")]
    assert not bad
