"""Translation catalogue maintenance.

    python scripts/translations.py update    # re-read the sources into translations/esms_desktop_fr.ts
                                             # (and the coded values into esms_desktop_en.ts)
    python scripts/translations.py compile   # translations/*.ts -> *.qm (done by the set-up)

The .ts files are the catalogues translators edit (with Qt Linguist or any editor); the .qm files are
built from them and never edited nor committed. The sources are English, except the coded values'
labels (``esms_desktop/rules/coded_values.py``, context ``CodedValues``), whose sources are the French
the PDF prints. The English catalogue holds that context, and the English singular and plural of the
sources that count (« %n OG(s) » reads « 1 OG », « 4 OGs »): update fills a new one from its source
(« (s) » dropped or made « s », « criterion/criteria » split), a translator may change it after.
"""

from __future__ import annotations

import re
import shutil
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
TS_FILES = [ROOT / "translations" / "esms_desktop_fr.ts", ROOT / "translations" / "esms_desktop_en.ts"]


def _tool(name: str) -> str:
    found = shutil.which(name) or str(Path(sys.executable).with_name(name))
    return found


def sources() -> list[str]:
    return sorted(str(p.relative_to(ROOT)) for p in (ROOT / "esms_desktop").rglob("*.py"))


def update() -> None:
    for ts in TS_FILES:
        subprocess.run([_tool("pyside6-lupdate"), *sources(), "-no-obsolete", "-locations", "none", "-ts",
                        str(ts.relative_to(ROOT))], cwd=ROOT, check=True)
        if ts.name.endswith("_en.ts"):
            _english_only_where_needed(ts)


def english_plural(source: str) -> tuple[str, str]:
    """The English singular and plural of a counted source: « %n OG(s) » → « %n OG », « %n OGs »."""
    singular = re.sub(r"(\w+)/(\w+)", lambda m: m.group(1) if m.group(1) + "/" + m.group(2) in _PAIRS else m.group(0),
                      source).replace("(s)", "")
    plural = re.sub(r"(\w+)/(\w+)", lambda m: m.group(2) if m.group(1) + "/" + m.group(2) in _PAIRS else m.group(0),
                    source).replace("(s)", "s")
    if "criteria" in source and "/" not in source:  # « ✖ %n blocking criteria »
        singular = singular.replace("criteria", "criterion")
    return singular, plural


_PAIRS = {"criterion/criteria"}


def _english_only_where_needed(ts: Path) -> None:
    """Keep in the English catalogue the coded values and the counted messages; fill a new counted one."""
    import xml.etree.ElementTree as ET

    tree = ET.parse(ts)
    root = tree.getroot()
    for context in list(root.iter("context")):
        name = context.findtext("name")
        for message in list(context.iter("message")):
            if name == "CodedValues":
                continue
            if message.get("numerus") != "yes":
                context.remove(message)
                continue
            translation = message.find("translation")
            forms = [f.text or "" for f in translation.iter("numerusform")]
            if translation.get("type") == "unfinished" and not any(forms):
                for form in list(translation):
                    translation.remove(form)
                for text in english_plural(message.findtext("source") or ""):
                    ET.SubElement(translation, "numerusform").text = text
                del translation.attrib["type"]
        if not context.findall("message"):
            root.remove(context)
    root.text = "\n"
    for context in root:  # lupdate's layout: contexts at the margin, their messages indented
        ET.indent(context, space="    ")
        context.tail = "\n"
    body = ET.tostring(root, encoding="unicode")
    ts.write_text('<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n' + body + "\n", encoding="utf-8")


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
