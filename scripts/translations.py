"""Translation catalogue maintenance.

    python scripts/translations.py update    # re-read the sources into translations/esms_desktop_fr.ts
                                             # (and the coded values into esms_desktop_en.ts)
    python scripts/translations.py compile   # translations/*.ts -> *.qm (done by the set-up)

The .ts files are the catalogues translators edit (with Qt Linguist or any editor); the .qm files are
built from them and never edited nor committed. The sources are English, except the coded values'
labels (``esms_desktop/rules/coded_values.py``, context ``CodedValues``), whose sources are the French
the PDF prints: the English catalogue holds that context only.
"""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
TS_FILES = [ROOT / "translations" / "esms_desktop_fr.ts", ROOT / "translations" / "esms_desktop_en.ts"]
#: The sources of the English catalogue (French source strings): the coded values' table only.
EN_SOURCES = ["esms_desktop/rules/coded_values.py"]


def _tool(name: str) -> str:
    found = shutil.which(name) or str(Path(sys.executable).with_name(name))
    return found


def sources() -> list[str]:
    return sorted(str(p.relative_to(ROOT)) for p in (ROOT / "esms_desktop").rglob("*.py"))


def update() -> None:
    for ts in TS_FILES:
        files = EN_SOURCES if ts.name.endswith("_en.ts") else sources()
        subprocess.run([_tool("pyside6-lupdate"), *files, "-no-obsolete", "-locations", "none", "-ts",
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
