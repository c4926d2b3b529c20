"""French first: every user-visible string has a French translation, and the switch is live."""

from __future__ import annotations

import re
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
TS = ROOT / "translations" / "esms_desktop_fr.ts"


def _messages(path: Path) -> dict[tuple[str, str], ET.Element]:
    root = ET.parse(path).getroot()
    return {
        (ctx.findtext("name"), msg.findtext("source")): msg.find("translation")
        for ctx in root.iter("context")
        for msg in ctx.iter("message")
    }


def test_catalogue_covers_every_string_in_the_sources(tmp_path):
    """lupdate run afresh on the sources finds nothing that the committed catalogue lacks."""
    fresh = tmp_path / "fresh_fr.ts"
    sources = sorted(str(p) for p in (ROOT / "esms_desktop").rglob("*.py"))
    lupdate = str(Path(sys.executable).with_name("pyside6-lupdate"))
    subprocess.run([lupdate, *sources, "-ts", str(fresh)], check=True, capture_output=True)
    missing = set(_messages(fresh)) - set(_messages(TS))
    assert not missing, f"strings without a French entry (run scripts/translations.py update): {sorted(missing)[:10]}"


def test_every_entry_is_translated():
    unfinished = []
    for key, translation in _messages(TS).items():
        text = "".join(translation.itertext()).strip()
        if translation.get("type") in ("unfinished", "vanished", "obsolete") or not text:
            unfinished.append(key)
    assert not unfinished, f"{len(unfinished)} strings have no French translation, e.g. {unfinished[:5]}"


def test_translations_keep_their_placeholders():
    for (context, source), translation in _messages(TS).items():
        if translation.get("type") == "unfinished":
            continue  # reported by test_every_entry_is_translated
        forms = [f.text or "" for f in translation.iter("numerusform")] or [translation.text or ""]
        for form in forms:
            assert sorted(re.findall(r"\{\w+\}", form)) == sorted(re.findall(r"\{\w+\}", source)), (context, source)


def test_qt_standard_buttons_read_french(qapp, french):
    from PySide6.QtWidgets import QDialogButtonBox

    box = QDialogButtonBox(QDialogButtonBox.StandardButton.Yes | QDialogButtonBox.StandardButton.Cancel)
    assert box.button(QDialogButtonBox.StandardButton.Yes).text().replace("&", "") == "Oui"
    assert box.button(QDialogButtonBox.StandardButton.Cancel).text().replace("&", "") == "Annuler"


def test_language_switch_is_live(qtbot, french, db_path):
    from esms_desktop.ui.main_window import MainWindow

    window = MainWindow(str(db_path))
    qtbot.addWidget(window)
    window.start()
    window.open_example()
    assert window.file_menu.title() == "&Fichier"
    assert window.wizard.next_button.text() == "&Suivant >"
    assert window.wizard.steps[0].labels[0].text() == "&Nom du dossier :"
    window.language_actions["en"].trigger()
    qtbot.wait(1)  # LanguageChange events are delivered through the event loop
    assert window.file_menu.title() == "&File"
    assert window.wizard.next_button.text() == "&Next >"
    assert window.wizard.steps[0].labels[0].text() == "Dossier n&ame:"
    window.language_actions["fr"].trigger()
    qtbot.wait(1)
    assert window.wizard.steps[0].heading.text() == "Le projet"


def test_french_is_the_default_language(qapp, isolated_home):
    from esms_desktop.ui.settings import settings

    from esms_desktop import i18n

    assert i18n.DEFAULT_LANGUAGE == "fr"
    assert settings().value("language", i18n.DEFAULT_LANGUAGE) == "fr"
