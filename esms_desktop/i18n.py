"""Loading the translations (ours and Qt's own) and rendering translatable messages.

French is the default. Our catalogue is ``translations/esms_desktop_fr.qm`` (compiled from the ``.ts``
by the set-up); Qt's ``qtbase_fr.qm`` comes with the wheel so that standard buttons read French.
In English the sources need no catalogue, except the coded values' labels (``rules.coded_values``,
whose sources are French) and the counted messages' singular and plural (« %n OG(s) » → « 4 OGs »):
``esms_desktop_en.qm`` holds those only.
Used by the UI and the CLI; the layers below only mark strings (see ``esms_desktop.text``).
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QTranslator

from esms_desktop.paths import translations_root
from esms_desktop.text import Message

LANGUAGES = ("fr", "en")
DEFAULT_LANGUAGE = "fr"
_installed: list[QTranslator] = []
_current = "en"


def catalogue_path(lang: str):
    return translations_root() / f"esms_desktop_{lang}.qm"


def install(lang: str = DEFAULT_LANGUAGE) -> bool:
    """Switch the running application to ``lang``; returns False when our catalogue is missing.

    Widgets receive a LanguageChange event and re-set their texts (``retranslate_ui``).
    """
    global _current
    app = QCoreApplication.instance()
    for translator in _installed:
        QCoreApplication.removeTranslator(translator)
    _installed.clear()
    _current = lang
    if lang == "en":  # English sources; the coded values' labels (French sources) and plurals need a catalogue
        translator = QTranslator(app)
        if translator.load("esms_desktop_en", str(translations_root())):
            QCoreApplication.installTranslator(translator)
            _installed.append(translator)
        return True
    ok = True
    qt_dir = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    for name, directory in ((f"qtbase_{lang}", qt_dir), (f"esms_desktop_{lang}", str(translations_root()))):
        translator = QTranslator(app)
        if translator.load(name, directory):
            QCoreApplication.installTranslator(translator)
            _installed.append(translator)
        elif name.startswith("esms_desktop"):
            ok = False
    return ok


def current_language() -> str:
    return _current


def render(message: Message) -> str:
    """A message in the current language, with its parameters (a parameter that is itself a Message
    is rendered first, so a reason nested in a refusal reads French too)."""
    params = {k: render(v) if isinstance(v, Message) else v for k, v in message.params.items()}
    return QCoreApplication.translate(message.context, message.text).format(**params)
