"""Translation catalogue maintenance.

    python scripts/translations.py update    # re-read the sources into translations/esms_desktop_fr.ts
    python scripts/translations.py compile   # translations/*.ts -> *.qm (done by the set-up)

The .ts file is the catalogue translators edit (with Qt Linguist or any editor); the .qm files are
built from it and never edited nor committed.
"""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
TS_FILES = [ROOT / "translations" / "esms_desktop_fr.ts"]


def _tool(name: str) -> str:
    found = shutil.which(name) or str(Path(sys.executable).with_name(name))
    return found


def sources() -> list[str]:
    return sorted(str(p.relative_to(ROOT)) for p in (ROOT / "esms_desktop").rglob("*.py"))


def update() -> None:
    for ts in TS_FILES:
        subprocess.run([_tool("pyside6-lupdate"), *sources(), "-no-obsolete", "-locations", "none", "-ts",
                        str(ts.relative_to(ROOT))], cwd=ROOT, check=True)


def compile_all() -> None:
    for ts in TS_FILES:
        subprocess.run([_tool("pyside6-lrelease"), "-silent", str(ts), "-qm", str(ts.with_suffix(".qm"))], check=True)


if __name__ == "__main__":
    command = sys.argv[1] if len(sys.argv) > 1 else ""
    if command == "update":
        update()
    elif command == "compile":
        compile_all()
    else:
        sys.exit(__doc__)
