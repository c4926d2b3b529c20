"""The English interface as a whole (issue 21).

English is the sources' language: the English catalogue is the set of source strings that lupdate reads
from the code, each with its French in translations/esms_desktop_fr.ts. Checked here:
- every string of the interface has a finished English text (not empty) and a finished French one;
- the programme's own words stay French in English (« Planning prévisionnel », « note de présentation »,
  « services socles », « file active », « cas 1 » / « cas 2 »: the glossary's terms, ui/glossary.py);
- after a switch to English, no step still shows a French text (the pack status was one: set once, never
  said again in the new language).
"""

from __future__ import annotations

import re
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from PySide6.QtWidgets import QAbstractButton, QApplication, QGroupBox, QHeaderView, QLabel, QTabBar

from conftest import EXAMPLE
from conftest import settle  # noqa: E402

ROOT = Path(__file__).resolve().parent.parent
TS = ROOT / "translations" / "esms_desktop_fr.ts"
STAY_FRENCH = ("Planning prévisionnel", "note de présentation", "services socles", "file active", "cas 1", "cas 2")


def _entries(path: Path) -> dict[tuple[str, str], str | None]:
    """(context, source) → French text, or None when unfinished."""
    out = {}
    for ctx in ET.parse(path).getroot().iter("context"):
        for msg in ctx.iter("message"):
            translation = msg.find("translation")
            text = "".join(translation.itertext()) if translation is not None else ""
            done = translation is not None and translation.get("type") not in ("unfinished", "vanished", "obsolete")
            out[(ctx.findtext("name"), msg.findtext("source") or "")] = text if done else None
    return out


@pytest.fixture(scope="module")
def interface(tmp_path_factory):
    """The strings of the code as lupdate reads them now, with the committed French of each."""
    fresh = tmp_path_factory.mktemp("ts") / "fresh.ts"
    sources = sorted(str(p) for p in (ROOT / "esms_desktop").rglob("*.py"))
    lupdate = str(Path(sys.executable).with_name("pyside6-lupdate"))
    subprocess.run([lupdate, *sources, "-ts", str(fresh)], check=True, capture_output=True)
    french = _entries(TS)
    return {key: french.get(key) for key in _entries(fresh)}


def test_every_string_has_a_finished_english_and_french_text(interface):
    assert len(interface) > 1500  # the whole interface, not a part of it
    empty_english = [key for key in interface if not key[1].strip()]
    unfinished_french = [key for key, fr in interface.items() if fr is None or not fr.strip()]
    assert not empty_english and not unfinished_french, (empty_english[:5], unfinished_french[:5])


def test_the_programme_words_stay_french_in_english(interface):
    """Where the French says « note de présentation », the English says it too (not « presentation note »)."""
    wrong = []
    for (context, source), french in interface.items():
        for term in STAY_FRENCH:
            pattern = re.compile(rf"(?<!\w){re.escape(term)}(?!\w)", re.IGNORECASE)
            if french and pattern.search(french) and not pattern.search(source):
                wrong.append((context, source, term))
    assert not wrong, wrong


def _shown_texts(window) -> set[str]:
    """The interface's own texts visible in ``window``: labels, buttons, group boxes, tabs, headers."""
    texts = set()
    for widget in window.findChildren(QLabel) + window.findChildren(QAbstractButton) + window.findChildren(QGroupBox):
        if not widget.isVisible():
            continue
        text = widget.title() if isinstance(widget, QGroupBox) else widget.text()
        texts.add(text)
    for bar in window.findChildren(QTabBar):
        if bar.isVisible():
            texts |= {bar.tabText(i) for i in range(bar.count())}
    for header in window.findChildren(QHeaderView):
        model = header.model()
        if header.isVisible() and model is not None:
            texts |= {str(model.headerData(i, header.orientation())) for i in range(header.count())}
    return {t.replace("&", "").strip() for t in texts if t}


def test_no_step_shows_french_after_switching_to_english(qtbot, main_window, interface):
    from esms_desktop import i18n
    from esms_desktop.storage.dossier_file import import_file

    french_only = {fr.replace("&", "").strip() for (_c, source), fr in interface.items()
                   if fr and fr.replace("&", "") != source.replace("&", "") and len(fr.split()) >= 2
                   and "{" not in fr}
    dossier_id = import_file(main_window.db, EXAMPLE)
    main_window.open_dossier(dossier_id)
    settle(main_window.wizard)
    wizard = main_window.wizard
    for index in range(len(wizard.steps)):  # every step built and shown in French first
        wizard.go_to(index)
        QApplication.processEvents()
    i18n.install("en")
    try:
        QApplication.processEvents()
        left = {}
        for index, step in enumerate(wizard.steps):
            wizard.go_to(index)
            QApplication.processEvents()
            stuck = _shown_texts(main_window) & french_only
            if stuck:
                left[step.key] = sorted(stuck)
        main_window.show_list()
        QApplication.processEvents()
        stuck = _shown_texts(main_window) & french_only
        if stuck:
            left["list"] = sorted(stuck)
    finally:
        i18n.install("fr")
    assert not left, left
