"""The UI language: Qt translators for the app's own strings and for Qt's (buttons, dialogs).

Call :func:`install_translators` once the QApplication exists and before any window is
built (existing widgets keep the words they were created with)::

    language = install_translators(app, settings.language)   # "tr", "en" or None: the system's

The app's translations are ``instore_app_<lang>.qm``, compiled from ``translations/*.ts`` by
``make translations`` (``pyside6-lrelease``) into the folder
:func:`instore_app.resources.translations_dir` names; Qt's own are ``qtbase_<lang>.qm``
from the PySide6 wheel. English is the source language: without a ``.qm`` everything stays
English.
"""

from __future__ import annotations

import logging
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

__all__ = [
    "APP_CATALOG",
    "DEFAULT_LANGUAGE",
    "LANGUAGES",
    "QT_CATALOGS",
    "current_language",
    "install_translators",
    "normalise_language",
    "qt_translations_dir",
    "remove_translators",
    "system_language",
    "translations_dir",
]

log = logging.getLogger(__name__)

#: The languages the app is translated into, with their own names (for a language chooser).
LANGUAGES: dict[str, str] = {"en": "English", "tr": "Türkçe"}
#: The source language: what the UI shows when no translation applies.
DEFAULT_LANGUAGE = "en"
#: The app's catalogue: ``instore_app_<lang>.qm``.
APP_CATALOG = "instore_app"
#: Qt's own catalogues loaded with it (standard buttons, file and print dialogs, line edits...).
QT_CATALOGS = ("qtbase",)

#: The translators installed now (kept here: Qt holds no reference to them).
_installed: list[QTranslator] = []
#: The default locale before the first install, restored by remove_translators().
_previous_locale: QLocale | None = None
_current = DEFAULT_LANGUAGE


def normalise_language(language: str | None) -> str:
    """``"tr_TR"``, ``"tr-TR"``, ``" TR "`` -> ``"tr"``; None or ``""`` -> ``""``."""
    if not language:
        return ""
    return language.strip().replace("-", "_").split("_")[0].split(".")[0].lower()


def system_language() -> str:
    """The first of the system's UI languages the app is translated into, else the system
    locale's language (which may be one the app does not have, or "c")."""
    system = QLocale.system()
    for name in system.uiLanguages():
        code = normalise_language(name)
        if code in LANGUAGES:
            return code
    return normalise_language(system.name())


def translations_dir() -> Path:
    """The folder of the app's compiled translations (``*.qm``)."""
    try:
        from . import resources

        folder = Path(resources.translations_dir())
        if folder.is_dir():
            return folder
    except (ImportError, AttributeError, OSError, ValueError):  # an older resources module
        pass
    return Path(__file__).resolve().parent.parent / "translations"


def qt_translations_dir() -> Path:
    """Where Qt's own ``qtbase_<lang>.qm`` are (inside the PySide6 wheel)."""
    return Path(QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath))


def _load(path: Path) -> QTranslator | None:
    if not path.is_file():
        return None
    translator = QTranslator()
    if not translator.load(str(path)):
        log.warning("the translation %s could not be loaded", path)
        return None
    return translator


def install_translators(app: QCoreApplication, language: str | None = None) -> str:
    """Install the translators for `language` ("tr", "en"; None: the system's language).

    Returns the language the UI is in now: `language` when its translation was found, else
    "en" (the source language; a missing ``.qm`` is logged). Also sets the default QLocale
    to match, for dates and numbers. Calling it again replaces the previous translators.
    """
    global _current, _previous_locale
    remove_translators(app)
    wanted = normalise_language(language) or system_language() or DEFAULT_LANGUAGE
    folder = translations_dir()

    translators: list[QTranslator] = []
    used = DEFAULT_LANGUAGE
    own = _load(folder / f"{APP_CATALOG}_{wanted}.qm")
    if own is not None:
        used = wanted
        if wanted != DEFAULT_LANGUAGE:
            qt_folder = qt_translations_dir()
            for catalog in QT_CATALOGS:
                qt = _load(qt_folder / f"{catalog}_{wanted}.qm")
                if qt is None:
                    log.warning("Qt has no %s translation for %r in %s", catalog, wanted, qt_folder)
                else:
                    translators.append(qt)
        translators.append(own)  # installed last: looked up first
    elif wanted != DEFAULT_LANGUAGE:
        if wanted in LANGUAGES:
            log.warning("no %s_%s.qm in %s (make translations); the UI stays in English", APP_CATALOG, wanted, folder)
        else:
            log.info("no translation for %r; the UI is in English", wanted)

    for translator in translators:
        app.installTranslator(translator)
    _installed.extend(translators)

    if _previous_locale is None:
        _previous_locale = QLocale()
    system = QLocale.system()
    if normalise_language(system.name()) == used:
        QLocale.setDefault(system)  # the user's own regional formats
    else:
        QLocale.setDefault(QLocale(used))
    _current = used
    log.info("UI language: %s (asked for %r)", used, language)
    return used


def remove_translators(app: QCoreApplication) -> None:
    """Remove what :func:`install_translators` installed and restore the default locale:
    the UI is back to English (for widgets created from now on)."""
    global _current, _previous_locale
    while _installed:
        app.removeTranslator(_installed.pop())
    if _previous_locale is not None:
        QLocale.setDefault(_previous_locale)
        _previous_locale = None
    _current = DEFAULT_LANGUAGE


def current_language() -> str:
    """The language of the installed translation ("en" when none is)."""
    return _current
