"""The English interface as a whole (issue 21).

English is the sources' language: the English catalogue is the set of source strings that lupdate reads
from the code, each with its French in translations/esms_desktop_fr.ts. Checked here:
- every string of the interface has a finished English text (not empty) and a finished French one;
- the programme's own words stay French in English (« Planning prévisionnel », « note de présentation »,
  « services socles », « file active », « cas 1 » / « cas 2 »: the glossary's terms, ui/glossary.py);
- after a switch to English, no step still shows a French text (the pack status was one: set once, never
  said again in the new language);
- no French word is left in an English text (« référencé Ségur » reads « Ségur-referenced »), except the
  French kept on purpose, listed once below (KEPT_FRENCH), and what is quoted between « »;
- the English catalogue proper (translations/esms_desktop_en.ts: the coded values, whose sources are the
  French the PDF prints) gives every coded value an English text; one that reads as its French source is
  listed in SAME_IN_ENGLISH (the word is the same in both languages).
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
EN_TS = ROOT / "translations" / "esms_desktop_en.ts"
#: French kept in English on purpose: the programme's own words and documents (issue 21), the names of
#: bodies, places and products, and the French expansions of acronyms (« INS: Identité nationale de santé »).
KEPT_FRENCH = STAY_FRENCH + (
    "ESMS numérique", "Ségur du numérique", "Prestation Ségur", "Ségur", "référentiels",
    "référentiel", "MSSanté", "Mon espace santé", "Pro Santé Connect", "Sérafin-PH", "Bourgogne-Franche-Comté",
    "Île-de-France", "rue de Paris", "chef de projet", "Code de la commande publique",
    "Système ouvert non sélectif", "Système d'acquisition dynamique", "Code de la santé publique", "Dossiers de Spécification du Référencement",
    "Identité nationale de santé", "dossier usager informatisé", "répertoire opérationnel des ressources",
    "Conseil de la vie sociale", "Conseil départemental", "collectif SI médico-social", "FINESS ET",
)
#: Coded values whose English is their French source word for word.
SAME_IN_ENGLISH = {"Public", "Communication"}
_FRENCH_WORD = re.compile(r"[\w'-]*[àâçéèêëîïôûùüœÀÂÇÉÈÊÎÔÛ][\w'-]*"
                          r"|\b(?:de|du|des|le|la|les|et|un|une|au|aux|pour|sur|dans|avec|est|son|sa|ses|plafonds?|soldes?|avances?)\b", re.IGNORECASE)


def _french_words(text: str) -> list[str]:
    """The French words of an English text, once the kept French, the quotations, the placeholders, the
    markup and the mnemonics' « & » are taken out."""
    text = re.sub(r"«[^»]*»|\{\w+\}|<[^>]*>|&(?=\w)", "", text)
    for term in sorted(KEPT_FRENCH, key=len, reverse=True):
        text = re.sub(rf"(?<!\w){re.escape(term)}(?!\w)", " ", text, flags=re.IGNORECASE)
    return _FRENCH_WORD.findall(text)


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


def test_no_french_word_is_left_in_the_english_interface(interface):
    left = {(context, source): words for (context, source) in interface
            if context != "CodedValues" and (words := _french_words(source))}
    assert not left, sorted(left.items())


def _english_catalogue() -> dict[tuple[str, str], ET.Element]:
    return {(ctx.findtext("name"), msg.findtext("source")): msg.find("translation")
            for ctx in ET.parse(EN_TS).getroot().iter("context") for msg in ctx.iter("message")}


def test_the_english_catalogue_gives_every_coded_value_its_english(tmp_path):
    fresh = tmp_path / "fresh_en.ts"
    lupdate = str(Path(sys.executable).with_name("pyside6-lupdate"))
    subprocess.run([lupdate, str(ROOT / "esms_desktop" / "rules" / "coded_values.py"), "-ts", str(fresh)],
                   check=True, capture_output=True)
    in_code = {(ctx.findtext("name"), msg.findtext("source"))
               for ctx in ET.parse(fresh).getroot().iter("context") for msg in ctx.iter("message")}
    catalogue = {key: t for key, t in _english_catalogue().items() if key[0] == "CodedValues"}
    assert len(in_code) > 30 and in_code == set(catalogue), in_code ^ set(catalogue)
    wrong = {}
    for (context, source), translation in catalogue.items():
        english = "".join(translation.itertext()).strip()
        if translation.get("type") in ("unfinished", "vanished", "obsolete") or not english:
            wrong[source] = "no English"
        elif english == source and source not in SAME_IN_ENGLISH:
            wrong[source] = "left French"
        elif _french_words(english):
            wrong[source] = _french_words(english)
    assert not wrong, wrong


def test_every_counted_message_has_its_english_singular_and_plural(interface, tmp_path):
    """« %n OG(s) » reads « 1 OG » and « 4 OGs » in English (the English catalogue's numerus forms)."""
    fresh = tmp_path / "fresh.ts"
    sources = sorted(str(p) for p in (ROOT / "esms_desktop").rglob("*.py"))
    lupdate = str(Path(sys.executable).with_name("pyside6-lupdate"))
    subprocess.run([lupdate, *sources, "-ts", str(fresh)], check=True, capture_output=True)
    counted = {(ctx.findtext("name"), msg.findtext("source")) for ctx in ET.parse(fresh).getroot().iter("context")
               for msg in ctx.iter("message") if msg.get("numerus") == "yes"}
    assert len(counted) > 30
    catalogue = _english_catalogue()
    wrong = {}
    for key in counted:
        translation = catalogue.get(key)
        forms = [f.text or "" for f in translation.iter("numerusform")] if translation is not None else []
        if len(forms) != 2 or translation.get("type") == "unfinished":
            wrong[key] = forms
        elif any("(s)" in form or "criterion/criteria" in form or "%n" not in form for form in forms):
            wrong[key] = forms
    assert not wrong, wrong
    # the catalogue holds nothing else: the coded values and the counted messages
    assert {key for key in catalogue if key[0] != "CodedValues"} == counted


def test_counts_read_as_english_in_english(qtbot, main_window):
    from esms_desktop import i18n
    from esms_desktop.storage.dossier_file import import_file

    dossier_id = import_file(main_window.db, EXAMPLE)
    main_window.open_dossier(dossier_id)
    wizard = main_window.wizard
    settle(wizard)
    i18n.install("en")
    try:
        wizard.go_to_step("grappe")
        settle(wizard)
        assert wizard.current_step().summary.text().startswith("4 OGs · 16 ESSMS")
        wizard.go_to_step("gouvernance")
        settle(wizard)
        assert "COPIL: 5 members" in " ".join(_shown_texts(main_window))
    finally:
        i18n.install("fr")


def test_the_galis_values_stay_french_in_english(qtbot, main_window):
    """What is typed into GALIS (a French site) is copied in French; the field names read English."""
    from esms_desktop import i18n
    from esms_desktop.storage.dossier_file import import_file
    from esms_desktop.ui.verification.galis_view import LABEL, VALUE
    from PySide6.QtGui import QGuiApplication

    dossier_id = import_file(main_window.db, EXAMPLE)
    main_window.open_dossier(dossier_id)
    wizard = main_window.wizard
    settle(wizard)
    i18n.install("en")
    try:
        wizard.go_to_step("verification")
        settle(wizard)
        view = wizard.current_step().galis_view
        table = view.table
        rows = {table.item(r, LABEL).text(): r for r in range(table.rowCount()) if table.item(r, LABEL) is not None}
        row = rows["Legal status"]
        assert table.item(row, VALUE).text() == "Privé non lucratif"
        table.cellWidget(row, 2).click()
        assert QGuiApplication.clipboard().text() == "Privé non lucratif"
    finally:
        i18n.install("fr")


def test_rules_messages_read_segur_referenced_in_english(qtbot, main_window):
    """The checker's criterion and the Solution DUI step say « Ségur-referenced » in English."""
    from esms_desktop import i18n
    from esms_desktop.storage.dossier_file import import_file

    dossier_id = import_file(main_window.db, EXAMPLE)
    main_window.open_dossier(dossier_id)
    wizard = main_window.wizard
    settle(wizard)
    i18n.install("en")
    try:
        shown = {}
        for key in ("solution", "verification"):
            wizard.go_to([step.key for step in wizard.steps].index(key))
            settle(wizard)
            shown[key] = " ".join(_shown_texts(main_window))
    finally:
        i18n.install("fr")
    for key, text in shown.items():
        assert "Ségur-referenced" in text and "référencé Ségur" not in text, key


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
    assert not left, sorted(left.items())
